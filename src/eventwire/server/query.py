"""Request parameters -> SQL (stage: filtering): the event filters every read route takes, the
sort order check, and the inner query and grouping columns the aggregate routes build on.
"""
from __future__ import annotations

import math
from datetime import date
from typing import Any, Callable, Literal, Optional

from fastapi import HTTPException, Query

from eventwire.store import build_query

_ORDER_NAMES = ("date", "confidence", "goldstein", "num_articles", "num_sources", "num_mentions", "doc_id",
                "event_id", "mention_id", "quad_class", "cameo")


# --------------------------------------------------------------------------- filters

def _list_param(value: Optional[str], name: str, check: Callable[[str], bool], hint: str) -> Optional[str]:
    if value is None or not value.strip():
        return None
    items = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in items if not check(v)]
    if bad:
        raise HTTPException(400, f"bad {name} {bad[0]!r}: {hint}")
    return ",".join(items)


def _is_code(v: str) -> bool:
    return v.isascii() and v.replace("_", "").isalnum() and len(v) <= 40


def event_filters(
    start: Optional[date] = Query(None, description="first day, YYYY-MM-DD"),
    end: Optional[date] = Query(None, description="last day, YYYY-MM-DD"),
    actor: Optional[str] = Query(None, max_length=200, description="actor code prefix, source or target (IRN, IRNGOV); comma list"),
    actor_name: Optional[str] = Query(None, max_length=200, description="words of the source's or target's name "
                                                                         "or text (Merkel, opposition)"),
    source_actor: Optional[str] = Query(None, max_length=200, description="source actor code prefix"),
    target_actor: Optional[str] = Query(None, max_length=200, description="target actor code prefix"),
    country: Optional[str] = Query(None, max_length=200, description="ISO3 of source, target or place; comma list"),
    sector: Optional[str] = Query(None, max_length=200, description="sector code (GOV, MIL, REB ...)"),
    cameo: Optional[str] = Query(None, max_length=200, description="CAMEO code or root prefix (19, 051); comma list"),
    plover: Optional[str] = Query(None, max_length=200, description="PLOVER type (ASSAULT, CONSULT ...)"),
    quad: Optional[str] = Query(None, max_length=20, description="quad class 1-4; comma list"),
    place: Optional[str] = Query(None, max_length=200, description="place name (substring) or geonameid"),
    bbox: Optional[str] = Query(None, max_length=200, description="min_lon,min_lat,max_lon,max_lat"),
    text: Optional[str] = Query(None, max_length=200, description="text in the evidence or sentence"),
    outlet: Optional[str] = Query(None, max_length=200, description="outlet / source name or URL host"),
    modality: Optional[str] = Query(None, max_length=100, description="asserted, intent, negated, reported ..."),
    min_confidence: Optional[float] = Query(None, ge=0, le=1),
    doc_id: Optional[str] = Query(None, max_length=500, description="document id"),
    corrected: Optional[bool] = Query(None, description="true: only what an analyst corrected; false: the rest"),
) -> dict:
    f: dict[str, Any] = {}
    if start:
        f["start"] = start.isoformat()
    if end:
        f["end"] = end.isoformat()
    for key, value in (("actor", actor), ("source_actor", source_actor), ("target_actor", target_actor),
                       ("country", country), ("sector", sector), ("plover", plover)):
        v = _list_param(value, key, _is_code, "letters and digits only")
        if v:
            f[key] = v
    v = _list_param(cameo, "cameo", lambda x: x.isdigit() and 1 <= len(x) <= 4, "1-4 digits")
    if v:
        f["cameo"] = v
    v = _list_param(quad, "quad", lambda x: x in ("1", "2", "3", "4"), "1, 2, 3 or 4")
    if v:
        f["quad"] = v
    if bbox:
        try:
            vals = [float(x) for x in bbox.split(",")]
        except ValueError:
            vals = []
        if len(vals) != 4 or not all(math.isfinite(x) for x in vals) or vals[0] > vals[2] or vals[1] > vals[3]:
            raise HTTPException(400, "bbox needs four numbers min_lon,min_lat,max_lon,max_lat (min <= max)")
        f["bbox"] = ",".join(repr(x) for x in vals)
    for key, value in (("actor_name", actor_name), ("place", place), ("text", text), ("outlet", outlet),
                       ("modality", modality), ("doc_id", doc_id)):
        if value is not None and value.strip():
            f[key] = value.strip()
    if min_confidence is not None:
        f["min_confidence"] = min_confidence
    if corrected is not None:
        f["corrected"] = corrected
    from eventwire.filters import FilterError, check_filters
    try:
        return check_filters(f)           # the one check the CLI and the Python API use too
    except FilterError as exc:
        raise HTTPException(400, str(exc)) from exc


Level = Literal["event", "mention"]


def _order(order: Optional[str]) -> Optional[str]:
    if not order:
        return None
    for item in order.split(","):
        name = item.strip().lstrip("+-")
        if name not in _ORDER_NAMES:
            raise HTTPException(400, f"cannot sort by {name!r}; one of {', '.join(_ORDER_NAMES)}")
    return order


def _inner(level: str, filters: dict) -> tuple[str, list]:
    try:
        count = bool(filters.pop("count", False))
        return build_query(level, count=count, **filters)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc


_GROUP_COLS = {
    "event": {"mentions": "coalesce(q.num_mentions, 1)", "gid": "q.geonameid", "name": "q.place_name", "lat": "q.lat",
              "lon": "q.lon", "country": "q.place_country", "feature": "q.place_feature"},
    "mention": {"mentions": "1", "gid": "q.location_geonameid", "name": "q.location_name", "lat": "q.location_lat",
                "lon": "q.location_lon", "country": "q.location_country", "feature": "q.location_feature"},
}
_QUAD_COUNTS = ", ".join(f"count(*) FILTER (WHERE q.quad_class = {i}) AS q{i}" for i in (1, 2, 3, 4))


def _quads(row: dict) -> dict:
    return {str(i): row.pop(f"q{i}", 0) or 0 for i in (1, 2, 3, 4)}
