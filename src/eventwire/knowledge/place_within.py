"""A town and the province the gazetteer puts it in are one ground, as a town and its country are
(coding/incidents._compatible): once a town's apposition names its province (place_apposed.py), an act placed at the
town and another telling of it in a later sentence placed at the province are still one act (in one sentence, "launched
an offensive in the province, targeting the town" keeps each verb's own place, as before). Only where the gazetteer knows the town's
province and the province is that one: a town it does not know may lie anywhere.
"""
from __future__ import annotations

from typing import Optional

from eventwire.model import Place


def _within(town: Place, province: Place) -> bool:
    return (town.feature == "city" and province.feature == "admin1" and town.lat is not None
            and province.lat is not None and bool(town.country) and town.country == province.country
            and bool(town.admin1) and town.admin1 == province.admin1)


def one_ground(a: Optional[Place], b: Optional[Place]) -> bool:
    """Is one of the two places a town the gazetteer puts in the other, a province?"""
    if a is None or b is None or a.demonym or b.demonym:
        return False
    return _within(a, b) or _within(b, a)


def place_key(p: Optional[Place], broad: tuple = (), demonym: bool = False) -> Optional[str]:
    """What tells two acts' places apart: the gazetteer's id, else the name in lower case; None for no place, for one of
    a `broad` feature (a country and a town in it are not different places) and, with `demonym`, for a nationality."""
    if p is None or p.feature in broad or (demonym and p.demonym):
        return None
    return p.geonameid or (p.name or p.text or "").lower() or None
