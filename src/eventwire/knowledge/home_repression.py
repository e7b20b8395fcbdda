"""A people without a state that a state arrests, jails, tries, deports or represses is that state's own people, where
the sentence's places do not say otherwise (issue 14, wrong country; read by knowledge/people_country.py for a people
as a whole and by knowledge/actor_country.py for a people's body of private people).

    repressed_at_home(a, others, cameo, home)   # (country, why) or None

A state's police, courts and government coerce at home: "Turkey has jailed thousands of Kurds", "Iranian police
detained Kurdish activists" are Turkey's and Iran's Kurds (TURKUR, IRNKURHRI), not the Kurds of the homeland the story
is about (a story of Syria's Kurds). Only where the act is one of coercion at home (data/coding/home_repression.tsv
`act`), its doers are of one country, a homeland of the people, and are the state itself or its government, police,
courts or intelligence (`doer`: not its army, which may well act across the border), and the people's body, if any, is
of private people (`body`: "Turkey captured Kurdish fighters" may be in Syria). The caller asks only where the
sentence's own places gave no country (a place there stands: "detained Kurds in Qamishli").
"""
from __future__ import annotations

import functools
from typing import Optional


@functools.cache
def _kinds() -> dict:
    from eventwire.coding.tables import kind_sets
    return kind_sets("home_repression.tsv")


def repressed_at_home(a, others, cameo: str, home: frozenset) -> Optional[tuple]:
    """(country, why) for the people's actor `a` that the act coded `cameo` by `others` (its doers) is done to, when
    that act is a state's coercion at home (module doc)."""
    k = _kinds()
    if not cameo or not any(cameo.startswith(c) for c in k.get("act", ())):
        return None
    if a.sector and a.sector not in k.get("body", frozenset()):
        return None
    doers = [o for o in others if o is not None and o.country]
    if not doers or len({o.country for o in doers}) != 1 or len(doers) != len([o for o in others if o is not None]):
        return None
    d = doers[0]
    if d.country not in home or any((o.sector or "-") not in k.get("doer", frozenset()) for o in doers):
        return None
    return d.country, (f"from the state that coerces it at home ('{d.text}', {d.code}; one of the people's homelands)")
