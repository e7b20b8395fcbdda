"""An act named by a noun as an argument (issue 14, nominalisations): "backed the campaign by the SDF", "launched a
military campaign", "rejected Moscow's demand", "condemned Turkish military actions".

An event or wrapper noun in a target slot is no actor: not the sector a word of its own gives ("campaign" PTY), nor the
adjective of a state sector that describes it ("military campaign", "military action"; a noun before it that names a
body, "a cabinet meeting", "army shelling", and an armed kind, "a terrorist attack", are its doer). Its own doer stands for it:
its possessor, its "by" phrase or its actor modifier (coding/clause_args.py: ``noun_agent``), never the actor's own
("its demand"). A `body` noun (data/coding/nouns.tsv: "the US-led coalition", "the Syrian opposition") names the group
that does the act and stays an actor.

Support frames ("with American air support", "with the support of the US"): the supporter is no agent of the acts of
the one it backs (``support_frame``: coding/resolve.py leaves the frame out of that one's phrase), and the one backed is
the target of the support (``supported_party``: coding/roles.py).
"""
from __future__ import annotations

import bisect

from eventwire.coding.clause_args import noun_agent, noun_preps, object_of, preps_of, subject_of
from eventwire.coding.clause_record import SUPPORT_NOUNS, role_words, _is_verbal
from eventwire.coding.context import OWN_POSSESSIVES, RESPONSE_ROOTS, WRAPPER_NOUNS, noun_classes
from eventwire.coding.proposal_author import PROPOSAL_NOUNS, proposal_maker
from eventwire.coding.sent_index import sentence_starts
from eventwire.doc_index import nouns_by_lemma, to_infinitive

BODY_NOUNS = noun_classes().get("body", frozenset())
RECEIVING_VERBS = role_words().get("receiving-verb", frozenset())
RELYING_VERBS = role_words().get("relying-verb", frozenset())
BOLSTERING_VERBS = role_words().get("bolstering-verb", frozenset())
ANSWERING_VERBS = role_words().get("answering-verb", frozenset())
LOSING_VERBS = role_words().get("losing-verb", frozenset())
AIM_PARTICIPLES = role_words().get("aim-participle", frozenset())
PURPOSE_NOUNS = role_words().get("purpose-noun", frozenset())
PURPOSE_PARTICIPLES = role_words().get("purpose-participle", frozenset())
DEFENCE_VERBS = role_words().get("defence-verb", frozenset())
ASSERT_NOUNS = role_words().get("assert-noun", frozenset())
# findings, reports, verdicts: a response to one answers the party that issued it (data/coding/roles.tsv)
AUTHORED_NOUNS = role_words().get("authored-noun", frozenset())
NOUN_MAKERS = role_words().get("noun-maker", frozenset())
# how many sentences back a definite act noun ("the decision") may find the telling that names its doer
STORY_DOER_SENTENCES = 12
# sectors of an armed kind that, as an adjective of an act, say who did it ("a terrorist attack", "an insurgent
# ambush", "the jihadist offensive"); a state sector's adjective says what kind of act it is ("a military campaign",
# "political pressure", "intelligence")
DOER_KINDS = frozenset({"INS", "REB", "RAD", "UAF", "SEP", "CRM"})


def act_noun(h, event_noun, sector_of) -> bool:
    """Whether the noun token `h` names an act, not an actor: an event noun of the lexicon (`event_noun(h)` not None)
    or a wrapper noun ("campaign", "operation"), not a `body` noun, nor a plural sector word ("peacekeepers"; a wrapper
    noun aimed at someone is an act all the same: "led campaigns against the rebels")."""
    if h.pos_ != "NOUN":
        return False
    lemma = h.lemma_.lower()
    if lemma in BODY_NOUNS or h.lower_ in BODY_NOUNS:
        return False
    if lemma not in WRAPPER_NOUNS and event_noun(h) is None:
        return False
    if h.tag_ in ("NNS", "NNPS") and sector_of(h) is not None \
            and not (lemma in WRAPPER_NOUNS and any(p in ("against", "on") for p in preps_of(h))):
        return False                 # (people named by a plural: "protesters", "peacekeepers")
    return True


# codes of acts that are aimed at a party (threats, force posture, coercion, force): an act noun they are done with
# ("spearheaded the campaign against Isis", "launched an offensive to oust the Kurds") names that party
AIMED_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})


def aimed_parties(h, force_verb, done: bool = False) -> list:
    """(token, how) for the party an act noun of force (`h`: "campaign", "offensive", "assault") is aimed at, read
    through the parse, in order: its own "against" or "on" phrase ("the offensive against the Kurds"); the "against"
    phrase of its owner ("the air war of the Saudi-led alliance against the Houthis", the parser hanging "against" on
    the owner); for its purpose, an infinitive of force (`force_verb(verb)`: "a campaign to oust Isis from Raqqa",
    "the offensive to take Baghouz from Isis"), that verb's object, then the one it is taken from. The one the act
    noun itself names (its doer, its owner) is on the side of the one who does the act, never its target. `done`:
    whether the verb `h` is the object of does the act itself ("led the campaign", "launched an offensive")."""
    out = []
    preps = noun_preps(h)
    for p in ("against", "on", "upon"):
        if p in preps:
            out.append((preps[p], f"the one '{h.lemma_.lower()}' is aimed at"))
    for c in h.children:
        # "a campaign targeting Baloch groups", "an offensive aimed at the Taliban" (data/coding/roles.tsv
        # aim-participle): the participle after the noun names the one it is aimed at
        if c.dep_ == "acl" and c.i > h.i and c.lemma_.lower() in AIM_PARTICIPLES:
            if c.tag_ == "VBG":
                t = next((o for o in c.children if o.dep_ == "dobj"), None)
            elif c.tag_ == "VBN":
                t = next((preps_of(c)[p] for p in ("at", "against") if p in preps_of(c)), None)
            else:
                t = None
            if t is not None:
                out.append((t, f"the one '{h.lemma_.lower()}' {c.lower_} is aimed at"))
    owner = preps.get("of")
    if owner is not None and "against" in preps_of(owner):
        out.append((preps_of(owner)["against"], f"the one '{h.lemma_.lower()}' of '{owner.text}' is aimed at"))
    # (the parser hangs the purpose on the verb as often: "launched an offensive[dobj] to oust[advcl] the Kurds")
    # (or as the complement of the verb that does the act: "led the campaign[dobj] to drive[xcomp] Isis from Raqqa")
    purposes = force_purposes(h) + (force_purposes(h.head, ("advcl", "xcomp") if done else ("advcl",))
                                    if h.dep_ == "dobj" else [])
    out.extend(purpose_parties(h, purposes, force_verb))
    out.extend(purpose_parties(h, relative_acts(h), force_verb))
    return out


def relative_acts(h) -> list:
    """The verbs of relative clauses that tell whom the act noun `h` itself drove from a place ("a Turkish assault
    that drove the Kurds from Afrin", "the offensive, which ousted Isis from the border towns"): an act of force
    among them names whom the act was aimed at (purpose_parties). (Not a harm it did, "an attack that killed dozens":
    one act with the noun, coded together.)"""
    return [c for c in h.children if c.dep_ == "relcl" and c.i > h.i and c.pos_ == "VERB"
            and any(x.dep_ == "nsubj" and x.lower_ in ("that", "which") for x in c.children)
            and any(x.dep_ in ("prep", "prt") and x.lower_ in ("from", "out") for x in c.children)]


def force_purposes(head, deps=("acl", "relcl", "advcl", "xcomp")) -> list:
    """The verbs of the purposes an act (`head`, its verb or noun) states for itself after it: a "to V" clause on it
    ("fought to drive the militia from the valley", "an offensive to oust the Kurds"), one in the "in" phrase of a
    `purpose-noun` ("shelled the town in an effort to dislodge the rebels") and one after a `purpose-participle`
    ("launched the assault, aiming to force the militia out of the valley"; data/coding/roles.tsv)."""
    out = []
    for c in head.children:
        if c.i < head.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "in":
            n = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in PURPOSE_NOUNS), None)
            inner = [g for g in n.children if g.dep_ in ("acl", "relcl")] if n is not None else []
        elif c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in PURPOSE_PARTICIPLES:
            inner = [g for g in c.children if g.dep_ == "xcomp"]
        elif c.dep_ in deps:
            inner = [c]
        else:
            continue
        out.extend(v for v in inner if v.pos_ in ("VERB", "AUX")
                   and to_infinitive(v))
    return out


def purpose_parties(h, purposes, force_verb) -> list:
    """(token, how) for the party the purposes of force (`force_verb(verb)`: "drive out", "oust", "capture") of the
    act `h` name: the purpose verb's object, then the one it is taken from ("the offensive to take Baghouz from
    Isis"). Not a purpose of warding off ("fought to defend their homes": the defenders' own)."""
    out = []
    for c in purposes:
        if c.lemma_.lower() in DEFENCE_VERBS or not force_verb(c):
            continue
        obj = next((o for o in c.children if o.dep_ == "dobj"), None)
        frm = preps_of(c).get("from")
        if frm is None:
            # "to force the militia out of the valley": the parser reads "out" as a preposition heading "of"
            out_of = next((o for o in c.children if o.dep_ == "prep" and o.lower_ == "out"), None)
            frm = preps_of(out_of).get("of") if out_of is not None else None
        for t in (obj, frm):
            if t is not None:
                out.append((t, f"the one '{h.lemma_.lower()}' to '{c.lemma_.lower()}' is aimed at"))
    return out


def aim_role(t) -> str:
    """The role to resolve a party `aimed_parties` gave in: "target" for the object of an aim participle ("an
    campaign targeting Baloch groups": named as the one aimed at, as a lexicon slot names it), else "fallback"
    (coding/resolve.py: a theme or place that merely holds a name is no party)."""
    verb = t.head.head if t.dep_ == "pobj" else t.head
    if t.dep_ in ("dobj", "pobj") and verb.dep_ == "acl" and verb.lemma_.lower() in AIM_PARTICIPLES:
        return "target"
    return "fallback"


def story_doer(h, event_noun):
    """The doer the story named for a definite act noun that names none ("denounced the decision", "rejected the
    demands", "welcomed the move"): the doer of the nearest earlier mention of the same noun, in this sentence or
    the STORY_DOER_SENTENCES before it, that names one by a name, a noun or a nationality ("Trump's decision to
    withdraw", "the decision by the president", "the US move", "the German decision", or, for an `authored-noun`
    that is the object of a `noun-maker` verb, that verb's subject: "the court issued a ruling"; for a `proposal-noun`,
    the subject of a verb that put it forward, "Madrid unveiled a plan", coding/proposal_author.py; not "his decision",
    "its demand"), or None. Only for nouns of acts
    (an event noun of the lexicon, a wrapper noun, an `assert-noun` or `authored-noun` of data/coding/roles.tsv:
    "decision", "the findings"; a plan or threat answered is coding/answered.py's), not a
    `body` noun, which names a group ("join the alliance").
    The nouns of the document are indexed once, by lemma (Doc.user_data)."""
    lemma = h.lemma_.lower()
    if h.pos_ != "NOUN" or lemma in BODY_NOUNS or noun_agent(h) is not None \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in h.children) \
            or (lemma not in ASSERT_NOUNS and lemma not in AUTHORED_NOUNS and lemma not in WRAPPER_NOUNS
                and lemma not in PROPOSAL_NOUNS and event_noun(h) is None):
        return None
    doc = h.doc
    index = nouns_by_lemma(doc)
    starts = sentence_starts(doc)
    here = bisect.bisect_right(starts, h.i)
    found = index.get(lemma, ())
    for k in range(bisect.bisect_left(found, h.i) - 1, -1, -1):     # (the earlier ones only, nearest first)
        i = found[k]
        if here - bisect.bisect_right(starts, i) > STORY_DOER_SENTENCES:
            return None
        agent = noun_agent(doc[i]) or (maker_subject(doc[i]) if lemma in AUTHORED_NOUNS else None) \
            or (proposal_maker(doc[i]) if lemma in PROPOSAL_NOUNS else None)   # ("unveiled a plan": proposal_author.py)
        if agent is not None and agent.pos_ != "PRON" and agent.i != i:
            return agent
    return None


def maker_subject(n):
    """The subject of a `noun-maker` verb (data/coding/roles.tsv) whose object the noun is ("the court issued a
    ruling", "the inspectors issued their findings"): the one who made it, for a noun that names no doer of its own;
    or None."""
    if n.dep_ != "dobj" or n.head.pos_ not in ("VERB", "AUX") or n.head.lemma_.lower() not in NOUN_MAKERS:
        return None
    s, _ = subject_of(n.head)
    return s if s is not None and s.pos_ in ("PROPN", "NOUN") else None


def clause_parties(cl, slot, code: str) -> list:
    """Tokens for more parties an act may be directed at, from its clause: the name in apposition to its slot or
    object when that is a noun described by its possessor ("implored its sponsor, the United States, to step in": a
    slot whose own words name no one else); for a
    response (CAMEO 016, 05, 10-12), the subject of the act its "to", "against" or "over" phrase names by a clause
    ("objections to Russia inviting the Kurds", "angry at Iraq holding the vote"), or its object names by a gerund
    clause ("welcomed the US keeping troops there")."""
    out = []
    for head in (slot, cl.obj):
        # (only a noun described by its possessor: "its sponsor", "Iran's proxy"; not "houses refugees, Lebanon ...")
        if head is not None and head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in head.children):
            out.extend(c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c not in out)
            # (or a name set off by commas right after it that the parser hung on the verb: "implored its
            # sponsor[dobj], the United States[npadvmod], to ...")
            doc = head.doc
            after = head.right_edge.i + 1
            out.extend(c for c in head.head.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c not in out
                       and after < len(doc) and doc[after].text == "," and c.left_edge.i == after + 1
                       and head.dep_ == "dobj")
    if code[:3] == "016" or code[:2] in RESPONSE_ROOTS:
        for c in cl.pred.children:
            if c.dep_ == "ccomp" and c.tag_ == "VBG" and cl.kind == "verb" and cl.obj is None \
                    and not any(a.dep_ in ("aux", "auxpass") for a in c.children):
                # "welcomed the US keeping troops there", "condemned Israel building settlements": the act answered
                # is the gerund's, done by its subject (a bare gerund: "denied the Kurds were discussing" reports)
                subj = next((x for x in c.children if x.dep_ == "nsubj" and x.pos_ in ("PROPN", "NOUN")), None)
                if subj is not None:
                    out.append(subj)
            if c.dep_ == "prep" and c.lower_ in ("to", "against", "over", "at"):
                act = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
                subj = next((x for x in act.children if x.dep_ == "nsubj" and x.pos_ in ("PROPN", "NOUN")), None) \
                    if act is not None else None
                if subj is not None:
                    out.append(subj)
    return out


def act_doer(h):
    """The token of the doer an act noun names ("the campaign by the SDF", "Moscow's demand", "the Turkish offensive"),
    or None; never a possessive pronoun of the actor's own ("its demand", "their campaign")."""
    agent = noun_agent(h)
    if agent is None or agent.i == h.i or agent.lower_ in OWN_POSSESSIVES:
        return None
    return agent


def light_participle_doer(verb, light_verbs: frozenset, is_event_noun):
    """The doer of a light verb's participle that modifies the act noun it carries ("US sanctions imposed on Russia",
    "Ankara's demands, made during a summit", "the Turkish offensive launched in January"): verb and noun tell one act,
    so the doer the noun names (its possessor, actor modifier or "by" phrase; act_doer) did the participle too, and the
    noun is the act itself, not its patient. (the act noun, to be read as its doer; rule) or None; a participle with a "by" phrase of its own names
    its doer, and a participle of another verb ("the decision, widely criticised") says nothing of who did it."""
    from eventwire.coding.clause_record import verb_key
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb_key(verb) not in light_verbs \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.i > verb.i or noun.lemma_.lower() in BODY_NOUNS or not is_event_noun(noun):
        return None
    doer = act_doer(noun)
    if doer is None or doer.i > verb.i:
        return None
    # (the noun itself stands as the subject: an act as the subject is read as its doer, coding/resolve.py, also
    # where its doer is an adjective: "Japanese sanctions")
    return noun, f"doer of the '{noun.lemma_.lower()}' that '{verb_key(verb)}' carries (named on the noun)"


# the subject rules of doers found where the parse hid them (light_participle_doer; coding/passive_agents.py): the
# source's `why` says how it was found, not only the event's rule
HIDDEN_DOER_RULES = ("carries (named on the noun)", "(the parser hung it on")


def hidden_doer_why(subj_rule: str, sources: list) -> list:
    """The sources, each with the subject rule that found it in its `why` where it is a hidden doer's rule."""
    if not sources or not any(r in (subj_rule or "") for r in HIDDEN_DOER_RULES):
        return sources
    from dataclasses import replace
    return [replace(a, why=f"{subj_rule}; {a.why or ''}") for a in sources]


def support_frame(prep) -> bool:
    """Whether a preposition token opens a support frame ("with American air support", "with the support of the US",
    "under Russian protection"): who is named in it backs the one the phrase hangs on and does not act with it."""
    if prep.dep_ != "prep" or prep.lower_ not in ("with", "under"):
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in SUPPORT_NOUNS for c in prep.children)


def supported_party(cl):
    """The token of the one a support noun in a support frame backs, or None: the noun the frame modifies ("Kurdish
    fighters with American air support"), else the subject of the clause it hangs on ("the Kurdish fighters, operating
    with American air support, captured the dam"; "rebels attacked the village with the support of Turkish troops");
    the subject of a receiving verb whose object it is ("the Kurds won Washington's support", data/coding/roles.tsv),
    or of a relying verb whose "on" phrase it is ("the Emiratis, who depend on French support"); the one a bolstering
    verb says the support strengthened (``bolstered_party``)."""
    noun = cl.pred
    if cl.kind != "noun" or noun.lemma_.lower() not in SUPPORT_NOUNS:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS:
        subj, _ = subject_of(noun.head)     # "the Kurds won Washington's support", "received Iranian help"
        return subj if subj is not None and subj.i != noun.i else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() in RELYING_VERBS:
        subj, _ = subject_of(noun.head.head)    # "the Emiratis, who depend on French support": they are backed
        return subj if subj is not None and subj.i != noun.i else None
    if (bolstered := bolstered_party(noun)) is not None:
        return bolstered                # "the SDF had been emboldened by renewed Pentagon support"
    if noun.dep_ != "pobj" or not support_frame(noun.head):
        return None
    gov = noun.head.head
    if gov.pos_ in ("NOUN", "PROPN") and gov is not noun:
        return gov
    if _is_verbal(gov):
        if any(t.pos_ in ("VERB", "AUX") for t in gov.doc[min(gov.i, noun.head.i) + 1: max(gov.i, noun.head.i)]):
            return None                  # a frame the parser hung on a verb across other clauses: none, not a wrong one
        subj, _ = subject_of(gov)
        if subj is not None and subj.i != noun.i:
            return subj
    return None


def bolstered_party(noun):
    """The token of the one a support noun strengthens, or None: the patient of a `bolstering-verb` (data/coding/
    roles.tsv) whose "by" agent the noun is ("the militia had been emboldened by renewed American support", "the
    regime, propped up by Iranian aid") or whose subject it is ("Iranian backing has bolstered the rebels")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.lower_ == "by":
        verb = noun.head.head
    elif noun.dep_ == "nsubj":
        verb = noun.head
    else:
        return None
    if verb.lemma_.lower() not in BOLSTERING_VERBS:
        return None
    patient, _ = object_of(verb)
    return patient if patient is not None and patient.i != noun.i and patient not in noun.subtree else None


def answering_party(cl, code: str):
    """The token of the one an act named by a noun (`cl`, a noun clause) was aimed at, named as the subject of the verb
    that answers or suffers it (data/coding/roles.tsv), or None: a demand or appeal (CAMEO 02, 10) that is the object
    of an `answering-verb`, or of its preposition ("France is not responding to Trump's demands", "has not complied
    with Washington's demands", "heeded calls from the UN", "would not act on the envoy's appeal"), or its passive
    subject ("the appeal was spurned by Cairo", its "by" phrase), was made of that verb's subject (also where a light
    verb's participle on the noun is the clause: "Rome's demands, made at the summit, were spurned by Cairo"); an act of force (18-20)
    in the "to" phrase of a `losing-verb` ("the group lost its heartland to an assault by Iraqi troops") was aimed at
    the one who lost. Never the noun's own doer."""
    noun = cl.pred
    if code[:2] not in ("02", "10", "18", "19", "20"):
        return None
    force = code[:2] in ("18", "19", "20")
    if cl.kind == "verb" and not force and noun.dep_ == "acl" and noun.tag_ == "VBN" and noun.head.pos_ == "NOUN" \
            and noun.head.i < noun.i and not any(c.dep_ == "agent" for c in noun.children):
        # (why: a light verb's participle on the demand noun tells the same act, "Ankara's demands, made at the
        # summit, were rebuffed by Moscow": the noun is what was answered)
        noun = noun.head
    elif cl.kind != "noun":
        return None
    if noun.dep_ == "nsubjpass" and not force and noun.head.pos_ == "VERB" \
            and noun.head.lemma_.lower() in ANSWERING_VERBS:
        # (why: the passive's "by" phrase names who answered it, "the appeal was ignored by Kenya")
        by = next((g for c in noun.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if by is None or (noun_agent(noun) is not None and noun_agent(noun).i == by.i):
            return None
        return by
    if noun.dep_ == "dobj" and not force:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (not force or noun.head.lower_ == "to"):
        verb = noun.head.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in (LOSING_VERBS if force else ANSWERING_VERBS):
        return None
    subj, _ = subject_of(verb)
    agent = noun_agent(noun)
    if subj is None or subj.i == noun.i or (agent is not None and agent.i == subj.i) \
            or subj.lower_ in ("who", "which", "that") or any(t.i == subj.i for t in noun.subtree):
        return None
    return subj


def act_sector(h, a, weak=lambda text: False) -> bool:
    """Whether the actor `a` read from the phrase of the act noun `h` is only a sector that the noun's own word or one of
    its modifiers names ("the campaign" PTY, "a military campaign" MIL, "the terrorist threat" INS), with no country,
    organisation or person: no actor of the act. `weak(text)`: whether a sector term is a weak one ("official"), whose
    adjective says whose the thing is ("an official convoy"), not what kind of act it is."""
    if a.country or a.entity or a.kind not in ("sector", None) or a.start is None or a.sector in DOER_KINDS:
        return False
    if not (h.left_edge.idx <= a.start and (a.end or 0) <= h.idx + len(h.text)):
        return False
    # (a noun before the act that names a body is its doer, as in "army shelling", "a cabinet meeting", "a police
    # operation"; an adjective describes the act: "a military campaign", "the terrorist threat")
    if any(t.i != h.i and t.dep_ == "compound" and t.pos_ == "NOUN" and a.start <= t.idx < a.end for t in h.subtree):
        return False
    # (a weak term's adjective names whose the thing is: "an official convoy" is the state's)
    return a.start <= h.idx < a.end or not weak(a.text)


def bid_for_party(cl):
    """The one an appeal or a demand asks to act, named as the subject of a "for ... to" clause of its verb ("called
    for Britain to stay", "urged on Friday for the army to withdraw", "demanded for Israel to halt"), or None. The
    parser hangs the party on the clause's verb (nsubj) or on "for" (pobj). A passive clause names whom the act is
    done to, not the one asked to do it ("pressed ahead with its plan for Syria to be launched")."""
    if cl.kind != "verb":
        return None
    for c in cl.pred.children:
        if c.dep_ not in ("advcl", "ccomp", "xcomp") or c.pos_ not in ("VERB", "AUX") \
                or not to_infinitive(c) \
                or any(a.dep_ in ("auxpass", "nsubjpass") for a in c.children):
            continue               # (not "pressed for the plan to be adopted": what it is done to, not the one asked)
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)
        if mark is None or mark.i > c.i:
            continue
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < c.i), None) \
            or next((x for x in mark.children if x.dep_ == "pobj"), None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN"):
            return subj
    return None


def protest_adjunct_party(cl, protest_noun):
    """What a protest named in an adjunct of its clause is against ("began a hunger strike in protest against the
    police", "blocked the road in protest at the government's decision", "walked out in protest over the ban"): the
    object of the adjunct noun's against/at/over/of phrase, or of the one right after it that the parser hung on the
    verb or its object instead; or None. `protest_noun(tok)` says whether a noun names a protest (a lexicon event
    noun coded 14)."""
    heads = [h for h in (cl.pred, cl.obj, getattr(cl, "light_verb", None)) if h is not None]   # ("began a sit-in in protest")
    # "walked out of the talks in protest at X": the parser hangs the adjunct on the object of the verb's particle
    # phrase ("out" -> "of" -> "talks"), as it does on a direct object
    heads += [o for p in cl.pred.children if p.dep_ == "prep" and p.lower_ in ("out", "away")
              for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
              for o in q.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ != "in":
                continue
            adj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if adj is None or adj.pos_ != "NOUN" or not protest_noun(adj):
                continue
            preps = preps_of(adj)
            found = next((preps[p] for p in ("against", "at", "over", "of") if p in preps), None)
            if found is None and adj.i + 1 < len(adj.doc):
                nxt = adj.doc[adj.i + 1]
                if nxt.dep_ == "prep" and nxt.lower_ in ("against", "at", "over") and nxt.head in heads:
                    found = next((x for x in nxt.children if x.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def purpose_party(cl) -> list:
    """For a show or build-up of force (CAMEO 15: "deployed troops to confront the militia", "sent warplanes to
    strike the rebels", "massed forces to attack Afrin"), the party its "to V" purpose names: the object of that verb
    or of its "against"/"on" phrase. The purpose clause hangs on the verb or on the forces sent ("sent troops to
    fight X": the parser's acl of "troops"); a bare "to" phrase is where they went ("sent troops to the border")."""
    out = []
    heads = [cl.pred] + ([cl.obj] if cl.obj is not None else [])
    for head in heads:
        for v in head.children:
            if v.dep_ not in ("xcomp", "advcl", "acl") or v.pos_ not in ("VERB", "AUX") \
                    or not to_infinitive(v):
                continue
            for c in v.children:
                if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"):
                    out.append(c)
                elif c.dep_ == "prep" and c.lower_ in ("against", "on"):
                    out.extend(g for g in c.children if g.dep_ == "pobj")
    return out
