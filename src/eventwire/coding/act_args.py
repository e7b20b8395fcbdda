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

from eventwire.coding.clause_args import noun_agent, subject_of
from eventwire.coding.clause_record import SUPPORT_NOUNS, _ROLES, _is_verbal
from eventwire.coding.context import OWN_POSSESSIVES, WRAPPER_NOUNS, noun_classes

BODY_NOUNS = noun_classes().get("body", frozenset())
RECEIVING_VERBS = _ROLES.get("receiving-verb", frozenset())
# sectors of an armed kind that, as an adjective of an act, say who did it ("a terrorist attack", "an insurgent
# ambush", "the jihadist offensive"); a state sector's adjective says what kind of act it is ("a military campaign",
# "political pressure", "intelligence")
DOER_KINDS = frozenset({"INS", "REB", "RAD", "UAF", "SEP", "CRM"})


def act_noun(h, event_noun, sector_of) -> bool:
    """Whether the noun token `h` names an act, not an actor: an event noun of the lexicon (`event_noun(h)` not None)
    or a wrapper noun ("campaign", "operation"), not a `body` noun, nor a plural sector word ("peacekeepers")."""
    if h.pos_ != "NOUN":
        return False
    lemma = h.lemma_.lower()
    if lemma in BODY_NOUNS or h.lower_ in BODY_NOUNS:
        return False
    if lemma not in WRAPPER_NOUNS and event_noun(h) is None:
        return False
    if h.tag_ in ("NNS", "NNPS") and sector_of(h) is not None:
        return False                 # (people named by a plural: "protesters", "peacekeepers")
    return True


def act_doer(h):
    """The token of the doer an act noun names ("the campaign by the SDF", "Moscow's demand", "the Turkish offensive"),
    or None; never a possessive pronoun of the actor's own ("its demand", "their campaign")."""
    agent = noun_agent(h)
    if agent is None or agent.i == h.i or agent.lower_ in OWN_POSSESSIVES:
        return None
    return agent


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
    the subject of a receiving verb whose object it is ("the Kurds won Washington's support", data/coding/roles.tsv)."""
    noun = cl.pred
    if cl.kind != "noun" or noun.lemma_.lower() not in SUPPORT_NOUNS:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS:
        subj, _ = subject_of(noun.head)     # "the Kurds won Washington's support", "received Iranian help"
        return subj if subj is not None and subj.i != noun.i else None
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
