"""An act named only as what people in general talk about (issue 14, "not an event"): the noun of an act as the
"about"/"of" phrase of a `topic_talk` verb (data/coding/non_events.tsv: talk, speak, think) in a generic "when" or
"if" clause whose subject is "we", "you" or "one" in the present is a topic of conversation, not an act told:
"what is at stake when we talk about an invasion by the army", "if you speak of a war with the neighbours".

    if generic_topic(cl): ...     # coding/clause_gate.py

Only an indefinite or bare noun: "officials spoke of an attack by troops on Sunday" (a report, no generic clause) and
"when we talk about the attack on the embassy" (one attack the story told, definite) stay acts.
"""
from __future__ import annotations

from eventwire.coding.nonevent import _is

GENERIC_SUBJECTS = frozenset({"we", "you", "one"})
GENERIC_MARKS = frozenset({"when", "whenever", "if"})
PRESENT_TAGS = frozenset({"VBP", "VBZ", "VB"})


def generic_topic(cl) -> bool:
    """Whether the event noun of `cl` is the topic of a generic present talk clause (see the module doc)."""
    noun = cl.pred
    if cl.kind != "noun" or noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in ("about", "of"):
        return False
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any") for c in noun.children):
        return False
    verb = noun.head.head
    if not _is("topic_talk", verb) or verb.tag_ not in PRESENT_TAGS:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "mark" or c.dep_ == "advmod" for c in children if c.lower_ in GENERIC_MARKS):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in GENERIC_SUBJECTS for c in children)
