"""Figures of speech and characterisations the writer makes with an act's verb (issue 14, not an event).

Six mechanisms, each a reason (str) or None, called from coding/coder.py beside `nonevent.unasserted`:

* `figure(cl)`: a clause the writer marks as a figure of speech: a bare "in a N" phrase whose noun is a `figure`
  word of data/coding/non_events.tsv ("in a sense", "in a way"; not "in a way that ...", a manner) or a `figure`
  adverb ("figuratively"), on the verb or on the first of the verbs it is coordinated with ("In a sense, he has
  abandoned the region and handed it to its enemies": no handing over of territory).
* `abstract_doer(cl)`: a verb clause whose subject is an `abstract` noun of data/lexicon/argument_kinds.tsv (a
  policy, a decision, a withdrawal, inaction) and whose verb the lexicon could read as a physical act (handing over,
  giving aid or arms, seizing, striking) states a consequence, not an act: "the policy handed the militants a
  victory", "the decision gave Assad a free hand". Only active clauses; an act of force or a weapon as subject ("the
  attack killed ten") is no abstract noun.
  The same subject of a statement or an appeal (roots 01, 02) is a figure: "Isis's rule made a global statement";
  of a threat (root 13) it is a danger, no threat made: "a decision that threatens the safety of the US" (the
  relative pronoun's noun is the subject).
* `abstract_object(cl, code, lex)`: a verb of force (roots 15, 18-20) whose object is a `figure_object` or `abstract`
  noun ("strike a symbolic wedge", "crush moves towards democracy"), whose goal makes an idiom ("it is hitting
  home"), or whose passive doer is `abstract` ("hit by military setbacks"): a figure, no act of force.
* `adverse_doer(cl, code, lex, sector_of)`: a verb of force or threat whose doer is a hardship or a passion
  (`adversity`: a squeeze, ambition, inflation) or a war (`strife`) that does not kill, wound or destroy (`toll`
  verbs) is a figure: "a conflict that has crushed the country's old", "battered by the long fight", "people
  destroyed by their ambitions" ("the war has killed 400,000" stays, and so does a war a party is named on).
* `hedged(cl)`: a `hedge` of data/coding/non_events.tsv ("all but", "virtually") right before a `declaring` verb, or
  the light verb of an event noun, says the declaration was not made: "Erdogan all but declared war" (hyperbole).
  A hedge on another act ("all but destroyed the town") says it was nearly done and stays an act.
* `mental(cl)`: a `mental` verb (fear, contemplate) as a participle hung on another clause or on a noun is a motive
  or a feeling, not a comment: "refused to disarm, fearing the militia", "families fearing the worst" ("agencies
  fear that ...", a finite verb, stays a pessimistic comment, 012).
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.nonevent import _first_conjunct, _is
from eventwire.coding.nonevent import words as nonevent_words

# roots of acts done with the body or with things: material cooperation, aid, yielding (handing over), force
# posture, coercion, assault, fighting, mass violence
PHYSICAL_ROOTS = ("06", "07", "08", "15", "18", "19", "20")
# roots of acts done in words alone that an abstract thing is said to do only as a figure: statements, appeals
SPOKEN_ROOTS = ("01", "02")
# threats: what an abstract thing "threatens" it endangers ("a decision that threatens the security of the US")
THREAT_ROOTS = ("13",)


def _figure_mark(verb) -> Optional[str]:
    for c in verb.children:
        if c.dep_ == "advmod" and _is("figure", c) and c.pos_ == "ADV":
            return c.text
        if c.dep_ == "prep" and c.lower_ == "in":
            noun = next((p for p in c.children if p.dep_ == "pobj"), None)
            if noun is None or not _is("figure", noun) or noun.pos_ != "NOUN" or noun.tag_ != "NN":
                continue
            kids = list(noun.children)
            if len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in ("a", "an", "one"):
                return f"in {kids[0].text} {noun.text}"
    return None


def figure(cl) -> Optional[str]:
    if cl.kind != "verb":
        return None
    verb = cl.pred
    mark = _figure_mark(verb) or (_figure_mark(_first_conjunct(verb)) if verb.dep_ == "conj" else None)
    if mark:
        return f"'{mark} ... {verb.text}': the writer's figure of speech, not an act"
    return None


def abstract_doer(cl, code: str, lex) -> Optional[str]:
    """An `abstract` subject of an active verb: of a physical act, a consequence ("the policy handed the militants a
    victory"); of a statement or an appeal, a figure ("Isis's rule made a global statement", "the decision sent a
    message"). Not of a sanction, a demand or an intention (roots 03, 10, 17): a policy bans and rhetoric demands
    for whoever made it ("a policy which banned funding for NGOs", "rhetoric that had demanded the junta step down")."""
    if cl.kind != "verb" or cl.passive or cl.subj is None or not code \
            or code[:2] not in PHYSICAL_ROOTS + SPOKEN_ROOTS + THREAT_ROOTS:
        return None
    subj = cl.subj
    if subj.lower_ in ("that", "which") and cl.pred.dep_ in ("relcl", "acl"):
        subj = cl.pred.head          # "a decision that threatens the security of ...": the relative's noun
    if subj.pos_ != "NOUN":
        return None
    kinds = lex.word_kinds(subj.lemma_.lower())
    if "abstract" not in kinds:
        if "view" in kinds and code[:2] in PHYSICAL_ROOTS and code[:2] != "06":
            return f"'{subj.text} {cl.pred.text}': words give no aid or arms and do no physical act (a figure, not an act)"
        return None
    if code[:2] in PHYSICAL_ROOTS:
        return f"'{subj.text} {cl.pred.text}': an abstract subject does no physical act (a consequence, not an act)"
    if code[:2] in THREAT_ROOTS:
        return f"'{subj.text} {cl.pred.text}': an abstract subject endangers, it makes no threat (a figure, not an act)"
    return f"'{subj.text} {cl.pred.text}': an abstract subject says or asks nothing (a figure, not an act)"


def _hedge(tok) -> Optional[str]:
    """The hedge right before a word, or before its auxiliaries: "all but declared", "had virtually admitted"."""
    doc = tok.doc
    first = min([tok.i] + [c.i for c in tok.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")
                           and c.i < tok.i and not _is("hedge", c)])
    for i in range(first, tok.i + 1):
        for j in (i - 1, i - 2):
            if j < 0 or doc[j].is_punct:
                continue
            words = " ".join(t.lower_ for t in doc[j:i])
            if words in nonevent_words().get("hedge", frozenset()):
                return doc[j:i].text
    return None


def hedged(cl) -> Optional[str]:
    """ "Erdogan all but declared war", "the minister virtually admitted the strike": a hedge on a verb of declaring
    (the verb, or the light verb of its event noun) says the declaration was not made; hyperbole, no act. A hedge on
    another act ("all but destroyed the town") says it was nearly done, which is an act."""
    verb = cl.light_verb if cl.kind == "noun" and cl.light_verb is not None else cl.pred
    if cl.kind == "noun" and cl.light_verb is None:
        return None
    if not _is("declaring", verb):
        return None
    mark = _hedge(verb)
    if mark:
        return f"'{mark} {verb.text}': a hedge says the declaration was not made, no act"
    return None


def mental(cl) -> Optional[str]:
    """ "refused to disarm, fearing the militia", "families fearing the worst", "while contemplating the worst": a
    verb of a state of mind (`mental`) as a participle hung on another clause or on a noun is a motive or a feeling,
    not a statement. A finite verb ("agencies fear that ...") stays a comment."""
    verb = cl.pred
    if cl.kind != "verb" or not _is("mental", verb) or verb.tag_ != "VBG":
        return None
    if verb.dep_ not in ("advcl", "acl") or any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
        return None
    return f"'{verb.text}': a state of mind in a participle, a motive or a feeling, not a statement"


# roots of acts of force: force posture, assault, fighting, mass violence (not coercion, 17: a ban, a suspension or a
# restriction is done to abstract things, "banned the initiative", "suspended the bill")
FORCE_ROOTS = ("15", "18", "19", "20")


def _figure_goal(verb, lex) -> Optional[str]:
    # (the goal is the bare word, "hit home": "attacked homes", "attacked their home" are acts on dwellings)
    def goal(c):
        return "figure_goal" in lex.word_kinds(c.lower_) and not any(True for _ in c.children)
    if any(c.dep_ == "dobj" and not goal(c) for c in verb.children):
        return None       # "forced the refugees home", "bring the troops home": a real movement of people
    for c in verb.children:
        if c.dep_ in ("advmod", "npadvmod", "dobj") and goal(c):
            return c.text
    return None


def abstract_object(cl, code: str, lex) -> Optional[str]:
    """A verb of force whose object is no one force can be used on: a `figure_object` (an attempt, a plan, a bill,
    an idea, a wedge) or an `abstract` thing (a policy, a decision, efforts) of data/lexicon/argument_kinds.tsv
    ("fought a UN attempt to ...", "attacked the plan", "the bill was struck down"), a `figure_goal` that makes
    the verb an idiom when the verb has no other object ("the sanctions hit home"; not "forced the refugees home"), or a passive whose doer is `abstract` ("hit by setbacks"). An
    object that a common noun in front names as an act ("a coup attempt", "an assassination bid") is an act."""
    if cl.kind != "verb" or not code or code[:2] not in FORCE_ROOTS:
        return None
    verb = cl.pred
    goal = _figure_goal(verb, lex)
    if goal:
        return f"'{verb.text} {goal}': an idiom, no act of force"
    obj = cl.subj if cl.passive else cl.obj
    if obj is not None and obj.pos_ == "NOUN" and \
            {"figure_object", "abstract"} & lex.word_kinds(obj.lemma_.lower()) and \
            not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in obj.children):
        return f"'{verb.text} ... {obj.text}': a verb of force on an abstract thing is a figure, not an act of force"
    if cl.passive:
        agent = next((a for c in verb.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"), None)
        if agent is not None and agent.pos_ == "NOUN" and "abstract" in lex.word_kinds(agent.lemma_.lower()):
            return f"'{verb.text} by {agent.text}': an abstract doer does no act of force"
    return None


# (a party named on a war makes it that party's fighting: "the Saudi-led war", "the regime's war", "Turkish fighting")
_SIDE_ENTS = ("NORP", "GPE", "ORG", "PERSON")


def _doer_of(cl):
    """The doer of a verb clause: the passive "by" phrase's noun, or the active subject (a relative pronoun's noun);
    through a `stretch` noun of time or mass to its "of" phrase ("years of war", "a storm of criticism")."""
    verb = cl.pred
    if cl.passive:
        doer = next((a for c in verb.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"), None)
    else:
        doer = cl.subj
        if doer is not None and doer.lower_ in ("that", "which") and verb.dep_ in ("relcl", "acl"):
            doer = verb.head
    if doer is not None and _is("stretch", doer):
        of = next((c for c in doer.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        doer = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return doer


def _side_named(noun) -> bool:
    """Whether a party is named on a noun: "Russia's war", "the Saudi-led war", "the Turkish offensive"."""
    for c in noun.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and (c.ent_type_ in _SIDE_ENTS or c.pos_ == "PROPN"):
            return True
        if c.dep_ in ("amod", "compound") and any(g.lower_ in ("led", "backed") for g in c.subtree):
            return True
    return False


def adverse_doer(cl, code: str, lex, sector_of=None) -> Optional[str]:
    """ "a conflict that has crushed the country's old", "the army, battered by the long fight", "people destroyed by
    their ambitions", "the squeeze targets its allies": an act of force (or a threat) whose doer, active subject or
    passive "by" phrase, is an `adversity` noun of data/lexicon/argument_kinds.tsv (a squeeze, ambition, inflation,
    criticism) or a `strife` noun (a war, a conflict, a fight) is a figure: no one's act of force. A war's `toll`
    verbs of data/coding/non_events.tsv are done in the plain sense by those who wage it and stay ("the war has
    killed 400,000", "the fighting destroyed the old city"; a war expels no one: "the war has displaced half the
    population" is no expulsion, 201, no more than "displaced by fighting"), and so does a war a party is named on ("the
    Saudi-led war has crushed ..."), and a noun the actor lists give a sector, `sector_of` (an insurgency is its
    insurgents: "an insurgency that terrorised the towns")."""
    if cl.kind != "verb" or not code or code[:2] not in PHYSICAL_ROOTS + THREAT_ROOTS + ("17",):
        return None       # (17: "destroyed by their ambitions" reads as destruction of property, 1712)
    doer = _doer_of(cl)
    if doer is None or doer.pos_ != "NOUN" or (sector_of is not None and sector_of(doer)):
        return None
    kinds = lex.word_kinds(doer.lemma_.lower()) | lex.word_kinds(doer.lower_)
    verb = cl.pred
    if "adversity" in kinds:
        return f"'{doer.text} ... {verb.text}': a hardship or a passion does no act of force (a figure, not an act)"
    if "strife" in kinds and not _side_named(doer) and not (code[:2] in ("17", "18", "19", "20") and _is("toll", verb)):
        return f"'{doer.text} ... {verb.text}': a war or a fight doing '{verb.lemma_}' is a figure, no one's act"
    return None


_IDIOMS = None


def _idioms() -> dict:
    """{(verb lemma, kind): [word tuples]} from data/coding/idioms.tsv, read once."""
    global _IDIOMS
    if _IDIOMS is None:
        from eventwire.coding.tables import coding_table
        out: dict = {}
        for verb, kind, words, *_ in coding_table("idioms.tsv"):
            out.setdefault((verb.lower(), kind.lower()), set()).update(w.strip().lower() for w in words.split("|"))
        _IDIOMS = {k: frozenset(v) for k, v in out.items()}
    return _IDIOMS


def _person_subject(verb) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in ("he", "she", "i", "who")
    # (a singular name the parser does not take for a place or an organisation; its person tags are unreliable:
    # "Mattis" comes out NORP)
    return subj.pos_ == "PROPN" and subj.tag_ == "NNP" and subj.ent_type_ not in ("GPE", "LOC", "FAC", "ORG")


def idiom(cl, sector_of=None) -> Optional[str]:
    """A fixed phrase of data/coding/idioms.tsv made with an act's verb that names no act: "seizing a chance to ...",
    "stabbed Turkey in the back", "the loss sealed their fate", "Mattis fought hard to keep ...", "struggles to
    speak", "the uprising gave way to insurgency", "the clinic suspended operations". The verb's real uses ("seized the town", "sealed the border",
    "fought Isis", "the government gave way to the strikers") keep their event: a `thing_object` idiom holds only when
    the subject is a common noun that `sector_of` finds no actor's sector in."""
    if cl.kind != "verb":
        return None
    verb = cl.pred
    lemma = verb.lemma_.lower()
    table = _idioms()
    words = table.get((lemma, "object"), frozenset())
    subj = cl.subj if not cl.passive else None
    if (lemma, "thing_object") in table and subj is not None and subj.pos_ == "NOUN" \
            and (sector_of is None or not sector_of(subj)):
        words = words | table[(lemma, "thing_object")]
    if words:
        obj = cl.subj if cl.passive else cl.obj
        objs = [obj] if obj is not None else []
        objs += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        for o in objs:
            if o.lemma_.lower() in words or o.lower_ in words:
                return f"'{verb.text} ... {o.text}': an idiom, no act"
    places = table.get((lemma, "facility"))
    if places and subj is not None and subj.lemma_.lower() in places and cl.obj is not None \
            and cl.obj.lemma_.lower() in table.get((lemma, "facility_object"), frozenset()):
        return f"'{subj.text} {verb.text} {cl.obj.text}': a place of work stops its own work, no act"
    words = table.get((lemma, "prep"))
    if words:
        for c in verb.children:
            if c.dep_ == "prep":
                for p in c.children:
                    if p.dep_ == "pobj" and f"{c.lower_} {p.lemma_.lower()}" in words:
                        return f"'{verb.text} ... {c.text} {p.text}': an idiom, no act"
    words = table.get((lemma, "manner"))
    if words:
        marks = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dobj") and c.lower_ in words]
        others = [c for c in verb.children if (c.dep_ == "dobj" and c not in marks) or c.dep_ == "agent"
                  or (c.dep_ == "prep" and c.lower_ in ("against", "with", "alongside", "beside", "among"))]
        goal = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                     and any(a.lower_ == "to" for a in c.children)), None)
        real = table.get((lemma, "not_for"), frozenset())
        if marks and not others and _person_subject(verb) and goal is not None and goal.lemma_.lower() not in real:
            return f"'{verb.text} {marks[0].text}': an idiom of effort, no fighting"
    words = table.get((lemma, "governor"))
    if words and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words:
        return f"'{verb.head.text} to {verb.text}': an idiom of effort, no act"
    return _inert_complement(verb, table)


def _inert_complement(verb, table) -> Optional[str]:
    """A refusal or failure whose "to V" is an `inert` idiom of idioms.tsv, "refused to lift a finger to defend the
    town", "did not bother to lift a finger": a figure for doing nothing at all, no refusal of anything asked."""
    for c in verb.children:
        if c.dep_ != "xcomp" or c.pos_ != "VERB":
            continue
        words = table.get((c.lemma_.lower(), "inert"))
        if words and any(o.dep_ == "dobj" and o.lemma_.lower() in words for o in c.children):
            return f"'{verb.text} to {c.text} a ...': an idiom of doing nothing, no act"
    return None
