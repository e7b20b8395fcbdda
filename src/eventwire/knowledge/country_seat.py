"""A country's name or demonym right before one of its own seats of power (issue 14): "the US Environmental Protection
Agency", "Britain's National Crime Agency", "US Immigration and Customs Enforcement". The seat (countries.tsv `seats`:
the agency with its sector) is the actor, not the bare country that only says whose it is; the mention covers both.
Only where no sector noun of the phrase speaks for the country itself (knowledge/actor_phrases.py step 3).

    got = own_seat(cands, supporters, text, start)   # the seat's Actor, or None
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

# what may stand between the country and its seat: nothing, or a possessive mark ("Britain's", "Britain ’ s")
_GAP = re.compile(r"\s*(?:['’]\s*s)?\s*$")


def own_seat(cands: list, supporters: list, text: str, start: int) -> Optional[object]:
    """The seat of power named right after the phrase's first country word, when it is that country's own, with
    the mention widened to the country word; else None."""
    free = [a for a in cands if a not in supporters]
    if len(free) < 2 or free[0].kind != "country" or not free[0].country:
        return None
    cty, seat = free[0], free[1]
    if seat.kind != "capital" or not seat.sector or seat.country != cty.country or seat.start < cty.end:
        return None
    if not _GAP.match(text[cty.end - start:seat.start - start]):
        return None
    return replace(seat, start=cty.start, text=text[cty.start - start:seat.end - start],
                   why=seat.why + f"; '{cty.text}' before it names whose it is ({__name__.rsplit('.', 1)[-1]}.py)")
