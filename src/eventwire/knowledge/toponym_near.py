"""Places named together lie together: a candidate near a candidate of another name in the same text gains.

A local story names its town with its county, its neighbours or its suburbs ("Paris and Henry County",
"Huntsville ... Walker County", "Athens ... Clarke County"); each such name taken alone has namesakes in many
states and countries, but only one reading puts them side by side. For every gazetteer candidate (a town, or a
county with its point) of every name of the document, `near_names` counts the OTHER names of the document that
have a candidate of their own within NEAR_KM of it. The scorer (places._score) adds a weight per such name, so the
pair of readings that lie together beats the bigger namesakes that lie apart.

Computed once per document: the candidates' points are put in a grid of cells of about NEAR_KM, so each candidate
is compared only with the points of its own and the eight cells around it, never with every other candidate.
"""
from __future__ import annotations

import math
from typing import Iterable

from eventwire.knowledge.gazetteer import km, norm

NEAR_KM = 40.0            # a town and its county, a town and the next town
TOWN_PAIR = 0.5          # the weight of a town beside a town (a town beside a county: 1)
BIG_CITY = 100_000        # a name with a reading this big takes no support from towns beside its other readings
NEAR_TOP = 30             # the candidates of each name that are looked at (a county name can have 30 namesakes)
_CELL = 0.5               # degrees of latitude of a grid cell (about 55 km: NEAR_KM fits in the cells around)
_FEATURES = ("city", "admin2")


def _cell(lat: float, lon: float) -> tuple[int, int]:
    # longitude cells widen towards the poles; dividing by cos(lat) keeps them about as wide as tall
    return int(math.floor(lat / _CELL)), int(math.floor(lon * max(0.2, math.cos(math.radians(lat))) / _CELL))


def _usable(c) -> bool:
    return c.feature in _FEATURES and c.lat is not None and c.lon is not None and not c.alt and not c.demonym


def big_city_name(cands) -> bool:
    """Whether a name's candidates include a big city (BIG_CITY or more) by its main name."""
    return any(c.feature == "city" and c.population >= BIG_CITY and not c.alt for c in cands)


def near_names(mentions: Iterable, cands_of: dict) -> dict[tuple[str, int], float]:
    """(name key, candidate geonameid) -> the other names of the text that have a candidate within NEAR_KM: each
    counts 1 where one of the two is a county (a town in its county is what a local story names), TOWN_PAIR where
    both are towns (namesakes of two common town names lie side by side somewhere more often), and nothing where
    both are towns and either name also names a big city (BIG_CITY), a state or a country, unless the other is that
    big city."""
    points: dict[str, list] = {}
    big: set[str] = set()
    for m in mentions:
        key = norm(m.text)
        if key in points:
            continue
        cs = cands_of.get(id(m), ())
        points[key] = [c for c in cs[:NEAR_TOP] if _usable(c)]
        if big_city_name(cs) or any(c.feature in ("admin1", "country") and not c.alt for c in cs):
            big.add(key)      # a big city's name, or a state's or a country's ("Lima", "California")
    if len(points) < 2:
        return {}
    grid: dict[tuple[int, int], list] = {}
    for key, cs in points.items():
        for c in cs:
            grid.setdefault(_cell(c.lat, c.lon), []).append(
                (key, c.lat, c.lon, c.feature == "admin2", key not in big or c.population >= BIG_CITY))
    out: dict[tuple[str, int], int] = {}
    for key, cs in points.items():
        for c in cs:
            r, q = _cell(c.lat, c.lon)
            county = c.feature == "admin2"
            # the small namesakes of big cities cluster by chance ("Paris", "Moscow" and "Rome" of one state): a
            # name that also names a big city gains only from a county beside its reading, and gives a town beside
            # it nothing but from the big city itself (a suburb beside it)
            towns_count = key not in big
            others: dict[str, float] = {}
            for dr in (-1, 0, 1):
                for dq in (-1, 0, 1):
                    for k2, lat, lon, county2, plain in grid.get((r + dr, q + dq), ()):
                        w = 1.0 if county or county2 else TOWN_PAIR if towns_count and plain else 0.0
                        if w and k2 != key and others.get(k2, 0.0) < w and km(c.lat, c.lon, lat, lon) <= NEAR_KM:
                            others[k2] = w
            if others:
                out[(key, c.geonameid)] = sum(others.values())
    return out
