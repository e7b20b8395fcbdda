"""Targets stage: the topic of a meeting, talk or visit is no party to it.

A consultation (CAMEO root 04: meet, discuss, host talks, negotiate) is done with someone; what it is about is told
by "about", "over", "against", "regarding" ("discussed military options against Eritrea", "hosted talks about
Sudan with Ethiopia", "discussed his concerns about Yemen"): a country named there is the topic, not the one met.
("On" is left out: "a donor conference on Yemen" is held for Yemen, and the project's gold keeps it as the
target.) coding/target_chain.py asks `consult_topic` of each party its fallbacks and an event
noun's phrases offer, and passes over a topic, so that the party met, where one is named, is taken instead, and
otherwise the act keeps no target. The prepositions are data/coding/roles.tsv `consult-topic-prep`.
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words


TOPIC_PREPS = role_words().get("consult-topic-prep", frozenset())


def consult_topic(code: str, tok) -> bool:
    """Whether `tok`, offered as the target of an act coded `code`, is the object of a topic preposition of a
    consultation ("talks about Somalia"), hence what it is about rather than the party met."""
    if tok is None or not code.startswith("04"):
        return False
    return tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS


def outside_topics(code: str, tok, actors: list) -> list:
    """The actors read from a consultation's slot `tok` ("hosted talks about Sudan") less those named inside a topic
    phrase of that noun ("about Sudan"): what the talks are about, not who takes part."""
    if tok is None or not code.startswith("04") or not actors:
        return actors
    spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for p in tok.children
             if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS for o in p.children if o.dep_ == "pobj"]
    return [a for a in actors if a.start is None or not any(lo <= a.start < hi for lo, hi in spans)]
