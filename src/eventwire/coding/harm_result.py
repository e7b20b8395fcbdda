"""The people an act of force told by a noun harmed, named as the harm the act brought about (issue 14, no target).

"Kenyan air strikes led to the deaths of 12 herders", "the shelling resulted in the killing of five children", "the
bombing caused the deaths of dozens of villagers": the act noun is the subject of a verb that ties it to what it
brought about (data/coding/harm_result.tsv `result`: "led to", "resulted in", "caused"), whose phrase (or object) is
a noun for harm done to people (`harm`: death, killing, wounding) with the people in its "of" phrase or as its
possessor. Those people are the act's target, read as the patients of a killing are (coding/victim_roles.py: a noun
for people civilians, a name the lists do not know a private individual), never the doer itself. A target stage of
coding/target_chain.py, asked after the people a verb of suffering names (coding/suffered.py); only for an act of
force (CAMEO 18-20) told by a noun with a doer ("a bombardment" with no doer makes no event with a victim alone).
The event's rule says so: "target: '<people>', whose '<harm>' the act brought about ('<verb>') ...".
"""
from __future__ import annotations

import functools

from eventwire.coding.same_party import is_source
from eventwire.coding.tables import kind_sets

FORCE_ROOTS = ("18", "19", "20")


@functools.cache
def _words() -> dict:
    return kind_sets("harm_result.tsv")


def _result_phrase(verb):
    """The harm noun a result verb ties its subject to: the object of its preposition ("led to the deaths"), or its
    own object for a row with "-"/no preposition ("caused the deaths"); None when it is no result verb."""
    rows = _words().get("result", frozenset())
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ == "prep" and f"{lemma} {c.lower_}" in rows:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "dobj" and lemma in rows:
            return c
    return None


def harmed_people(noun):
    """The head of the people named as harmed by the act the noun `noun` tells, or None: the noun is the subject of a
    result verb whose harm noun names them in its "of" phrase or as its possessor."""
    if noun.dep_ != "nsubj" or noun.head.pos_ != "VERB":
        return None
    harm = _result_phrase(noun.head)
    if harm is None or harm.lemma_.lower() not in _words().get("harm", frozenset()):
        return None
    for c in harm.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            people = next((g for g in c.children if g.dep_ == "pobj"), None)
            if people is not None and people.pos_ in ("NOUN", "PROPN"):
                return people
    return None


def harm_result_target(coder, cl, code: str, sources, ctx, sent):
    """([actors], how) for the people an act-of-force noun led to the harm of (module doc), or None."""
    if code[:2] not in FORCE_ROOTS or not sources:
        return None
    if cl.kind != "noun" and not (cl.kind == "verb" and cl.pred.dep_ == "nsubj" and cl.pred.tag_ == "VBZ"):
        # (a noun the tagger read as a verb, "the coalition airstrikes[VBZ] led to the killing of ...": a verb is
        # no subject, so the act is still told by a noun)
        return None
    people = harmed_people(cl.pred)
    if people is None:
        return None
    found = [a for a in coder._victims(people, cl, "kill", ctx, sent) if a is not None and a.code
             and not is_source(a, sources)]
    if not found:
        return None
    verb = cl.pred.head
    return found, (f"'{people.text}', whose '{_result_phrase(verb).text}' the act brought about ('{verb.text}'): the "
                   f"people it was done to")
