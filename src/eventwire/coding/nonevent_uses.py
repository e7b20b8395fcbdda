"""More uses of an act's word that assert no act (issue 14, precision), read like coding/nonevent.py:

- a standing deployment, where forces are, not an act of sending them: "the 800 French soldiers stationed in Niger",
  "British units are stationed in the region", "where a few dozen Italian troops are based", "the camp where she was
  stationed" (`standing_post`: a participle of a `posted` or `placed` verb of data/coding/non_events.tsv with no
  agent, no date and no destination; "Russia deployed 3,000 troops to Syria", "the destroyer was deployed to the
  Mediterranean this week", "have been deployed" stay acts);
- an act named only as what is not mentioned or seen: "made no mention of Assad's departure", "there was no sign
  of a withdrawal" (`absent`: the "of" phrase of an `absent` noun that "no" or "without" negates);
- an act that is lacking: "in the absence of an accord between X and Y", "the lack of a truce" (`lacked`: the "of"
  phrase of a `lacking` noun of data/coding/non_events.tsv, or a phrase of the noun it names, "lack of interest in
  helping");
- a standing danger named as a topic: "to contain the Pakistani threat" (`standing_menace`: a `menace` noun of
  data/coding/non_events.tsv, singular after "the", with only a party's modifier and no phrase of its own);
- a feeling told in a relative clause: "the wording which Riyadh disliked" (`felt_in_relative`: an `aversion`
  verb of data/coding/non_events.tsv);
- a fear the writer describes, a state of mind, not a pessimistic comment: "a move which Ankara fears could spread",
  "because he feared a revolt", "the villagers fear the militia", "the minister worried that the deal would fail"
  (`feared_state`: a `dread` verb of data/coding/non_events.tsv in a relative or adverbial clause, with a thing
  feared as its object, or told in the past; said aloud it stays: "I fear", "we worry that", "officials said they
  feared", and so does the present with a clause, "aid groups fear that thousands will flee", a view put out now);
- an act of another party wanted, not done: "Turkey wants Russia's backing", "Putin wants Turkish support"
  (`wanted_of_another`: an event noun with a party's possessor or modifier as the object of a `craving` verb of
  data/coding/non_events.tsv; "Iran wants talks", the wanter's own, is left to the lexicon);
- an act hedged by the writer: "a strike possibly supported by France", "troops perhaps crossed the river"
  (`hedged`: a `hedge` adverb of data/coding/non_events.tsv on the verb itself);
- an act not done: "too weak to defeat Isis" (`too_to`), or told in a work of fiction: "a film about a woman who
  left her husband" (`told_in_work`: a `work` noun of data/coding/non_events.tsv with an "about" phrase);
- whose decision something is: "It's Russia's call to determine what happens" (`verdict`: a `verdict` noun of
  data/coding/non_events.tsv that is the predicate of a bare "it", "this" or "that" with "be": not an appeal, no act);
- a question about who acts: "Who is to blame for the catastrophe?" (`asked_who`: a wh-word subject in a sentence
  that ends with a question mark asserts no one's act);
- a siege verb whose doer is people with no arms, a scene, not a blockade: "surrounded by wary onlookers",
  "a regime surrounded by gangsters" (`siege_scene`: a `siege` verb of data/coding/non_events.tsv whose subject or
  passive agent, or the noun its active participle hangs on, is a common noun of no armed or police sector; "troops
  surrounded the town", "farmers encircled the police station", "the town was surrounded", "surrounded by Kurdish
  fighters" stay acts);
- an event noun inside a name: "the Syrian civil defense" (the rescue service, not an act of defence), "the
  Ministry of Defence" (`in_name`: the noun lies inside an actor mention of several words the actor lists know).

And one test on an actor, not an act: a capital that names a process, a deal or a policy after the place where it
was made, "the Astana process", "the Minsk agreement", "the Mexico City policy", is no party to it (`named_after`; not
"the Baghdad-Washington talks", two places that are the parties, nor a summit or conference, which its host attends).

Each test returns a reason (str) or None.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.tables import aux_words
from eventwire.coding.context import OWN_POSSESSIVES as OWN_POSS
from eventwire.coding.nonevent import _is
from eventwire.doc_index import to_infinitive

DIRECTIONS = frozenset({"to", "into", "towards", "toward", "onto"})
PERFECT = frozenset({"have", "has", "had", "'ve", "'s", "having"})
WH_SUBJECTS = frozenset({"who", "whom", "what", "which"})
NEGATORS = frozenset({"no", "without"})
# the phrases of a threat noun that tell who is threatened or with what ("the threat to Israel", "of strikes")
MENACE_PREPS = frozenset({"to", "of", "against", "by", "from", "towards", "toward"})
PAIR_LINKS = frozenset({"-", "\u2013", "\u2014", "and", "&", "/"})


def unasserted(cl) -> Optional[str]:
    """Why a clause asserts no act, from its parse (the tests of this module that need no actors)."""
    from eventwire.coding import unheld_acts
    if cl.kind == "noun":
        return absent(cl.pred) or lacked(cl.pred) or standing_menace(cl) or verdict(cl.pred) or asked_who(cl) \
            or wanted_of_another(cl.pred) or unheld_acts.risked_act(cl.pred) or unheld_acts.uncared(cl.pred)
    return standing_post(cl.pred) or too_to(cl.pred) or told_in_work(cl.pred) or lacked(cl.pred) \
        or felt_in_relative(cl.pred) or feared_state(cl.pred) or hedged(cl.pred) or asked_who(cl) \
        or unheld_acts.aim_after_colon(cl.pred) or unheld_acts.compared_gerund(cl.pred) \
        or unheld_acts.imagined(cl.pred) \
        or (unheld_acts.any_patient(cl) if cl.passive else None)


def verdict(noun) -> Optional[str]:
    """ "It's Russia's call to determine what happens", "that is Ankara's call": a `verdict` noun that is the
    predicate of a bare "it", "this" or "that" with "be" says whose decision it is, no act ("the president's call came",
    "the call was a mistake" stay)."""
    if noun.dep_ != "attr" or not _is("verdict", noun) or noun.head.lemma_.lower() != "be":
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this", "that") for c in noun.head.children):
        return None
    return f"'{noun.head.text} ... {noun.text}': whose decision it is, not an act"


def too_to(verb) -> Optional[str]:
    """ "the militia is too small to beat the army", "groups Paris judged too divided and weak to beat the jihadists":
    the "to V" of "too" + adjective is what was not done."""
    if not to_infinitive(verb) or verb.dep_ not in ("xcomp", "advcl"):
        return None
    head = verb.head
    for a in [head] + [c for c in head.children if c.dep_ in ("acomp", "oprd") and c.i < verb.i]:
        while a.dep_ == "conj" and a.head.i != a.i:
            a = a.head
        if a.pos_ == "ADJ" and any(c.dep_ == "advmod" and c.lower_ == "too" for c in a.children):
            return f"'too {a.text} to {verb.text}': not done"
    return None


def told_in_work(verb) -> Optional[str]:
    """ "a novel about a man who quit his job because his boss refused to pay him": an act told in a `work` of
    fiction (data/coding/non_events.tsv) is the story's, not news."""
    tok = verb
    for _ in range(10):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "pobj" and head.lower_ == "about" and head.head.pos_ == "NOUN" and _is("work", head.head):
            return f"'{head.head.text} about ... {verb.text}': a story told in a work of fiction, not news"
        tok = head
    return None


def standing_post(verb) -> Optional[str]:
    """ "troops stationed in Syria", "forces are stationed in the area", "who are said to be deployed beside
    hired guards": where forces are, not an act (a `posted` verb's participle, bare or after a form of "be" in any
    tense; a `placed` verb's bare participle or present passive), when it has no agent, no date or time, no
    destination ("deployed to X") and no perfect ("have been deployed": a change just made)."""
    if verb.tag_ not in ("VBN", "JJ"):
        return None
    posted, placed = _is("posted", verb), _is("placed", verb)
    if not (posted or placed):
        return None
    if any(c.dep_ in ("nsubj", "agent", "dobj") or (c.dep_ == "prep" and c.lower_ in DIRECTIONS | {"by"})
           for c in verb.children):
        return None      # an active clause, an agent or a destination: "Turkey has positioned", "deployed to Syria"
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree if t.i != verb.i):
        return None      # "deployed in the town on Tuesday": a dated act
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in PERFECT or a.lower_ in ("being", "to", "be") or a.tag_ == "MD" for a in aux):
        return None      # "have been deployed", "are being deployed", "to be stationed", "will be deployed"
    if not aux:
        if verb.dep_ in ("acl", "amod", "conj", "oprd", "ccomp", "xcomp") or (verb.dep_ == "relcl"):
            return f"'{verb.head.text} {verb.text}': where forces are, not an act"
        return None
    if not any(a.dep_ == "auxpass" or a.lemma_.lower() == "be" for a in aux):
        return None
    if placed and not posted and not all(a.tag_ in ("VBP", "VBZ") for a in aux):
        return None      # "were deployed in the town": a past deployment, an act
    return f"'{' '.join(a.text for a in aux)} {verb.text}': where forces are, not an act"


def absent(noun) -> Optional[str]:
    """ "made no mention of Assad's departure", "there was no sign of a withdrawal", "without any mention of talks":
    an act named as what is not mentioned or seen; also through a noun of wanting, "the junta showed no sign of
    interest in talks with the strikers"."""
    tok = noun
    if tok.dep_ == "conj":
        for _ in range(4):
            if tok.dep_ != "conj":
                break
            tok = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.lower_ not in ("of", "to", "in", "for"):
        return None
    head, via = tok.head.head, ""
    if head.pos_ == "NOUN" and tok.head.lower_ in ("in", "for") and _wanted(head) \
            and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        # "no sign of interest in talks": what is wanted is not seen
        tok, head, via = head, head.head.head, f"{head.text} ... "
    elif head.pos_ in ("VERB", "AUX") and tok.head.lower_ in ("in", "for"):
        # the parser hung the wanted noun's phrase on the verb: "showed no sign of interest[sign] in[showed]
        # talks"
        wanted = next((w for o in head.children if o.dep_ == "dobj" for p in o.children
                       if p.dep_ == "prep" and p.lower_ == "of" for w in p.children
                       if w.dep_ == "pobj" and w.i < tok.i and _wanted(w)), None)
        if wanted is not None:
            tok, head, via = wanted, wanted.head.head, f"{wanted.text} ... "
    if tok.head.lower_ not in ("of", "to") or head.pos_ != "NOUN" or not _is("absent", head):
        return None
    if any(c.dep_ in ("det", "neg") and c.lower_ in NEGATORS for c in head.children) \
            or (head.dep_ == "pobj" and head.head.lower_ == "without"):
        return f"'no {head.text} {tok.head.text} {via}{noun.text}': not asserted"
    return None


def _wanted(noun) -> bool:
    """A noun of wanting or intending (complements.tsv N `wanted`, `intent`: "interest", "willingness")."""
    from eventwire.coding.modality import _has
    return any(_has("N", kind, noun.lemma_.lower()) for kind in ("wanted", "intent"))


def lacked(tok) -> Optional[str]:
    """ "in the absence of an accord between Washington and Moscow", "the lack of a truce", "Ankara's lack of
    interest in helping": an act in the "of" phrase of a `lacking` noun, or in a phrase of the noun that phrase
    names ("interest in helping"), is not there, not done."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    for _ in range(2):
        if tok.dep_ not in ("pobj", "pcomp") or tok.head.dep_ != "prep":
            return None
        prep = tok.head
        noun = prep.head
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        if _is("lacking", noun) and (prep.lower_ == "of" or (prep.lower_ in ("in", "for", "to") and any(
                c.dep_ == "prep" and c.lower_ == "of" and c.i < prep.i for c in noun.children))):
            # (the parser may hang the noun's own phrase on the lacking noun: "lack of interest in[lack] helping")
            return f"'{noun.text} of ... {tok.text}': not there, not an act done"
        tok = noun
    return None


def standing_menace(cl) -> Optional[str]:
    """ "to contain the Pakistani threat", "what Delhi calls the Pakistani threat": a singular `menace`
    noun after "the" with only a party's adjective or name before it, no possessor and no phrase or clause that says
    who is threatened or with what, names a standing danger, not a threat made (not "Iran's threat", "the Iranian
    threat to close the strait", "the threat against Iran", "the threat Tehran made")."""
    noun = cl.pred
    if cl.light_verb is not None or noun.tag_ != "NN" or not _is("menace", noun):
        return None
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return None
    mods = [c for c in kids if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    if not mods or any(c.dep_ == "poss" for c in kids):
        return None
    if any((c.dep_ == "prep" and c.lower_ in MENACE_PREPS)
           or (c.dep_ in ("relcl", "acl", "ccomp") and not (c.dep_ == "acl" and c.tag_ == "VBG")) for c in kids):
        return None      # "the threat against Iran", "the threat it made", "the threat to close": a threat made
    return f"'the {mods[0].text} {noun.text}': a standing danger, not a threat made"


def felt_in_relative(verb) -> Optional[str]:
    """ "the wording which Riyadh and Abu Dhabi disliked", "the reason why they resented the curfew": an `aversion`
    verb in a relative clause tells a standing feeling that describes its noun, not an act of disapproval."""
    if verb.dep_ != "relcl" or not _is("aversion", verb):
        return None
    return f"'{verb.head.text} ... {verb.text}': a feeling that describes the noun, not an act"


VOICED = frozenset({"i", "we"})
REPORT_LINKS = frozenset({"ccomp", "conj", "xcomp", "parataxis"})


def feared_state(verb) -> Optional[str]:
    """ "which Ankara fears could spread", "because he feared a revolt", "the villagers fear the militia", "she
    worried that the talks would fail": a `dread` verb tells a state of mind, not a pessimistic comment, when it
    describes a noun or a reason (relative or adverbial clause), fears a thing (a noun object, no clause) or is
    told in the past; not said aloud by its own subject ("I fear", "we worry") nor under a verb of saying ("said
    they feared"); the present with a clause ("aid groups fear that thousands will flee") is a view put out. A
    `fondness` verb is read the same way: "Trump, who admired the general's bearing", "he has long admired
    strongmen" tell a liking, not praise given ("I admire him", "said he admired him" stay 051)."""
    if verb.pos_ not in ("VERB", "AUX") or not (_is("dread", verb) or _is("fondness", verb)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in VOICED for c in verb.children):
        return None
    t = verb
    for _ in range(8):      # up the chain of what is reported ("said that they had ... and feared")
        if t.dep_ not in REPORT_LINKS or t.head.i == t.i:
            break
        t = t.head
        if _is("saying", t):
            return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if any(c.dep_ == "ccomp" for c in verb.children):
        objs = []           # "fear the area is riddled with mines": the noun is the clause's subject
    if verb.dep_ in ("relcl", "advcl", "acl") or (verb.dep_ != "ROOT" and any(
            c.dep_ in ("dobj", "nsubj") and c.lower_ == "what" and c.i < verb.i for c in verb.children)):
        why = "describes a noun or gives a reason"   # (also "flee what they fear will be a blockade": a thing)
    elif objs and objs[0].pos_ in ("NOUN", "PROPN", "PRON") and objs[0].lower_ not in ("that", "what"):
        why = f"fears a thing ('{objs[0].text}')"
    elif verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in aux_words("told-ahead")
                                            for c in verb.children):
        why = "told of a past or supposed state"
    else:
        return None
    return f"'{verb.text}': a state of mind the writer describes ({why}), not a comment"


def wanted_of_another(noun) -> Optional[str]:
    """ "Turkey wants Russia's backing for its plan", "Putin wants Turkish support", "Kiev needs Nato help": an event
    noun that names another party as its doer (a possessor, or a name or adjective of a party before it), wanted
    by the subject of a `craving` verb, is a wish about that party, not an act it did."""
    if noun.dep_ != "dobj" or not _is("craving", noun.head):
        return None
    party = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in OWN_POSS
             or c.dep_ in ("amod", "compound") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()]
    if not party:
        return None
    return f"'{noun.head.text} {party[0].text} ... {noun.text}': another's act wanted, not done"


def hedged(verb) -> Optional[str]:
    """ "a raid perhaps backed by Italy and Spain", "the militia perhaps crossed the river": a `hedge`
    adverb on the act's own verb says it may not have happened (not one on a number or another word: "perhaps
    500 fighters fled" stays)."""
    adv = next((c for c in verb.children if c.dep_ == "advmod" and _is("hedge", c)), None)
    if adv is None:
        return None
    return f"'{adv.text} {verb.text}': hedged, may not have happened"


def asked_who(cl) -> Optional[str]:
    """ "Who is to blame for the catastrophe?", "Which country attacked first?": a question about the doer asserts
    no one's act."""
    subj = cl.subj
    if subj is None or subj.lower_ not in WH_SUBJECTS and not any(
            c.dep_ == "det" and c.lower_ in WH_SUBJECTS for c in subj.children):
        return None
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return None
    last = next((t for t in reversed(subj.sent) if not t.is_space and t.text not in ('"', "\u201d", "'", "\u2019")),
                None)
    if last is None or last.text != "?":
        return None
    return f"'{subj.text} ... {cl.pred.text}?': a question, no act asserted"


def in_name(cl, ctx) -> Optional[str]:
    """ "the Syrian civil defense said", "the Ministry of Defence": an event noun inside the name of an actor the
    lists know (a mention of several words) is part of that name, not an act."""
    if cl.kind != "noun" or ctx is None:
        return None
    tok = cl.pred
    for m in ctx.mentions_at(tok.idx):
        text = m.text or ""
        if len(text.split()) >= 2 and m.end >= tok.idx + len(tok.text):
            return f"'{tok.text}' is part of the name '{text}', not an act"
    return None


def named_after(head, actor, mentions) -> Optional[str]:
    """ "the Astana process", "the Mexico City policy, which banned ...": a capital before a `venue` noun of
    data/coding/non_events.tsv names the place the thing was made, not a party to it; None when the words before the
    noun name two or more actors ("the Baghdad-Washington talks")."""
    if actor.kind != "capital" or actor.start is None or actor.end is None or actor.end > head.idx:
        return None
    if head.pos_ not in ("NOUN", "PROPN") or not _is("venue", head):
        return None
    if sum(1 for m in mentions if m.start is not None and m.start < head.idx) > 1:
        return None
    doc = head.doc
    first = next((t for t in doc[head.left_edge.i:head.i] if t.idx >= actor.start), None)
    if first is None:
        return None
    if not all(t.ent_type_ in ("GPE", "LOC") for t in doc[first.i:head.i] if t.idx < actor.end):
        return None      # a seat of power, not a city: "the Trump administration's policy", "the Kremlin plan"
    if any(t.lower_ in PAIR_LINKS for t in doc[first.i:head.i] if t.idx >= actor.end) \
            or (first.i >= 2 and doc[first.i - 1].lower_ in PAIR_LINKS and doc[first.i - 2].pos_ == "PROPN"):
        return None      # "the Baghdad-Washington talks", "the Israel-Hamas agreement": the parties
    return f"'{actor.text} {head.text}': named after a place, not a party"


# sectors of a doer that can lay a siege: forces, police, intelligence (a crowd or a gang "surrounding" someone is a
# scene, or a protest coded by its own verb)
SIEGE_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "COP", "SPY"})


def siege_scene(cl, sector_of, armed) -> Optional[str]:
    """ "Surrounded by wary onlookers", "a regime surrounded by gangsters": a `siege` verb whose doer (the
    passive agent, or the noun an active participle hangs on) is a common noun of no siege sector and not armed. `sector_of`
    gives a noun's sector, `armed` whether a noun is armed (coding/agency.py)."""
    verb = cl.pred
    if cl.kind != "verb" or not _is("siege", verb):
        return None
    if cl.passive:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    elif verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
        doer = cl.subj    # "the villages surrounding the town", "the alarm surrounding its drone use"
    else:
        return None       # a finite active verb is an act: "hundreds of miners surrounded a town hall"
    if doer is None or doer.pos_ != "NOUN" or doer.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
        return None      # (no agent: "the town was surrounded"; a name or a pronoun: "Assad's forces", "they")
    # the doer, what its "of" phrase holds ("a mixture of Kurds and Russian special forces") and their conjuncts
    doers = [doer] + [o for p in doer.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
    doers += [c for d in list(doers) for c in d.conjuncts]
    for d in doers:
        if d.pos_ != "NOUN" or d.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
            return None  # "besieged by a mixture of Kurds, Arabs and Hezbollah"
        if any(c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
               for c in d.children):
            return None  # "surrounded by Kurdish men": a side named
        if sector_of(d) in SIEGE_SECTORS or armed(d):
            return None
    return f"'{verb.text}' by '{doer.text}', no armed party: a scene, not a siege"
