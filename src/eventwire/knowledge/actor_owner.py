"""A country from the state a relative clause is about (issue 14, item 3; read by knowledge/actor_country.py).

    got = relative_owner(a, head, ctx)     # (country, why) or None

A sector-only actor whose possessor is "whose", or "its"/"their" inside a relative clause, belongs to that clause's
antecedent when the antecedent is a country, a capital standing for one, or a state's office-holder or body: "Iran,
whose Revolutionary Guards and militiamen are fighting alongside Assad's forces" (IRNUAF for "militiamen", which shares
the possessor of the title it is coordinated with); "in Iraq, where its military has ousted the group" (IRQMIL). The
syntax says whose they are, so this comes before coreference of the pronoun (knowledge/actor_story.possessor_country).
None for a group's, a party's, an international body's or a people's ("Isis, whose fighters"), for an antecedent listed
with others ("Russia and Turkey, whose defence ministers met"), and for a place that is no country ("Raqqa, where its
fighters hid": the town's people are not a state's).
"""
from __future__ import annotations

import bisect
from typing import Optional

_RELATIVE_POSS = ("whose", "its", "their")


def _country_places(ctx) -> tuple:
    """(starts, places): the story's named countries as places ("in Iraq"), sorted by start; built once per story."""
    from eventwire.knowledge.actor_story import _store
    s = _store(ctx)
    if "country_places" not in s:
        ps = sorted((p for p in getattr(ctx, "places", None) or ()
                     if p.feature == "country" and p.country and not p.demonym and p.start is not None
                     and p.end is not None), key=lambda p: p.start)
        s["country_places"] = ([p.start for p in ps], ps)
    return s["country_places"]


def _place_at(ctx, idx: int):
    starts, ps = _country_places(ctx)
    k = bisect.bisect_right(starts, idx) - 1
    return ps[k] if k >= 0 and ps[k].start <= idx < ps[k].end else None


def _antecedent(poss):
    """The token a relative clause holding `poss` is about ("Iran" in "Iran, whose forces ..."), else None."""
    t = poss
    for _ in range(10):
        if t.dep_ == "relcl":
            return t.head
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def relative_owner(a, head, ctx) -> Optional[tuple]:
    """(country, why) for a sector-only actor whose possessor is a relative clause's antecedent (module doc)."""
    from eventwire.knowledge.actor_story import _mention_at, _possessor, _kinds
    if head is None:
        return None
    got = _possessor(head)
    if got is None or got[0].lower_ not in _RELATIVE_POSS:
        return None
    poss, shared = got
    ante = _antecedent(poss)
    if ante is None or ante.i > poss.i or ante.conjuncts:
        return None               # ("Russia and Turkey, whose foreign and defence ministers met": two countries)
    owners = _mention_at(ctx, ante.idx)
    owned = _kinds().get("owned", frozenset())
    if owners:
        o = owners[0]
        if o.kind in ("group", "party", "igo", "people") or o.kind == "person" and o.sector not in owned \
                or o.kind not in ("country", "capital", "person") and o.sector not in owned:
            return None           # ("Isis, whose fighters", "the rebels, whose commanders")
        country, name = o.country, o.name or o.text
    else:
        p = _place_at(ctx, ante.idx)
        if p is None:
            return None
        country, name = p.country, p.text
    how = f"'{poss.text}' in a relative clause about '{ante.text}'" + \
        (" (shared with the title it is coordinated with)" if shared else "")
    return country, f"from its possessor {how} -> {name}"
