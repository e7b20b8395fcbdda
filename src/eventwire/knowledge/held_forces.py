"""Whose are forces a state has somewhere (issue 14, wrong source): "France has special forces in northern Syria
fighting Isis", "the US, which has about 2,000 troops in Syria", "Britain keeps 800 soldiers in Estonia". A body of
data/coding/actor_country.tsv `held-sector` (armed forces, intelligence) with no country of its own, the object of a
`holding-verb` (have, keep, maintain, station ...) or the noun such an object is made of ("special forces
contingents", "thousands of troops"), belongs to that verb's subject where the subject is one country or a state's body or office-holder
(a relative pronoun stands for the name its clause hangs on); not the country of the place it is in, which is where
it is, not whose. Nothing for a subject of several countries ("the UK and France, who have special forces in Syria"),
a group, a people or a person of no state body.

    got = holder_country(a, head, ctx)      # (country, why) or None; asked by knowledge/actor_country.place_actor
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.actor_where import word_kinds

RELATIVE = frozenset({"who", "which", "that"})
STATE_KINDS = frozenset({"country", "capital"})
STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "LEG", "ELI"})
COUNT_WORDS = frozenset({"thousand", "hundred", "dozen", "score", "number", "contingent", "unit", "battalion",
                         "brigade", "team", "detachment", "force"})


def _held_noun(head):
    """The object of a holding verb that `head` stands in: itself, or the noun it is a compound of ("special forces
    contingents")."""
    t = head
    while t.dep_ == "compound" and t.head.i > t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj" \
            and (t.head.head.pos_ == "NUM" or t.head.head.like_num or t.head.head.lemma_.lower() in COUNT_WORDS):
        t = t.head.head                 # ("maintains thousands of troops in Iraq")
    return t


def _holder(verb):
    """The token naming who holds: the verb's subject, or the name a relative subject's clause hangs on."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
        return verb.head
    return subj


def holder_country(a, head, ctx) -> Optional[tuple]:
    """(country, why) for a held body (module doc), else None."""
    from eventwire.knowledge.actor_story import _mention_at
    kinds = word_kinds()
    if head is None or a.sector not in kinds.get("held-sector", frozenset()):
        return None
    obj = _held_noun(head)
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() not in kinds.get("holding-verb", frozenset()):
        return None
    who = _holder(verb)
    if who is None or who.conjuncts or who.i >= obj.i:
        return None
    owners = _mention_at(ctx, who.idx)
    if not owners:
        return None
    o = owners[0]
    if not o.country or not (o.kind in STATE_KINDS or o.sector in STATE_SECTORS) or o.entity and o.kind == "group":
        return None
    return o.country, f"from '{who.text}', which {verb.lemma_.lower()}s them ('{verb.text} ... {obj.text}')"
