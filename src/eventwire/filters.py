"""One check of event filters for every way in: the CLI (`events`, `export`), the Python API and the server.

``check_filters({"start": "2023-13-01"})`` raises FilterError("bad start '2023-13-01': a date YYYY-MM-DD"), and
returns the filters normalised otherwise (codes upper-cased, comma lists trimmed). Unknown keys pass through.
"""
from __future__ import annotations

import datetime as _dt
import math
from typing import Any, Callable, Mapping


class FilterError(ValueError):
    """A filter value that cannot select anything; its message names the filter and what it takes."""


def _date(v: str) -> bool:
    try:
        _dt.date.fromisoformat(v)
    except ValueError:
        return False
    return len(v) == 10


def _code(v: str) -> bool:
    return v.isascii() and v.replace("_", "").isalnum() and len(v) <= 40


def _plover(v: str) -> bool:
    from eventwire.ontology import plover_types
    return v.upper() in plover_types()


_LISTS: dict[str, tuple[Callable[[str], bool], str, bool]] = {
    # key: (check of one item, what it takes, upper-case it)
    "actor": (_code, "letters and digits only (IRN, IRNGOV)", True),
    "source_actor": (_code, "letters and digits only", True),
    "target_actor": (_code, "letters and digits only", True),
    "country": (lambda v: len(v) == 3 and v.isascii() and v.isalpha(), "a three-letter ISO code (IRQ)", True),
    "sector": (_code, "letters and digits only (GOV, MIL)", True),
    "cameo": (lambda v: v.isascii() and v.isdigit() and 1 <= len(v) <= 4, "1-4 digits (19, 051)", False),
    "plover": (_plover, "a PLOVER type (ASSAULT, CONSULT, ...)", True),
    "quad": (lambda v: v in ("1", "2", "3", "4"), "1, 2, 3 or 4", False),
}


def check_filters(filters: Mapping[str, Any]) -> dict:
    out = dict(filters)
    for key in ("start", "end"):
        v = out.get(key)
        if v in (None, ""):
            continue
        v = v.isoformat() if isinstance(v, _dt.date) else str(v).strip()
        if not _date(v):
            raise FilterError(f"bad {key} {v!r}: a date YYYY-MM-DD")
        out[key] = v
    if out.get("start") and out.get("end") and out["start"] > out["end"]:
        raise FilterError(f"start {out['start']} is after end {out['end']}")
    for key, (check, hint, upper) in _LISTS.items():
        v = out.get(key)
        if v in (None, ""):
            continue
        items = [str(x).strip() for x in (v if isinstance(v, (list, tuple)) else str(v).split(",")) if str(x).strip()]
        bad = [x for x in items if not check(x)]
        if bad:
            raise FilterError(f"bad {key.replace('_', '-')} {bad[0]!r}: {hint}")
        out[key] = ",".join(x.upper() if upper else x for x in items)
    bbox = out.get("bbox")
    if bbox not in (None, ""):
        try:
            vals = [float(x) for x in str(bbox).split(",")]
        except ValueError:
            vals = []
        if len(vals) != 4 or not all(math.isfinite(x) for x in vals) or vals[0] > vals[2] or vals[1] > vals[3]:
            raise FilterError("bad bbox: four numbers min_lon,min_lat,max_lon,max_lat (min <= max)")
        out["bbox"] = ",".join(repr(x) for x in vals)
    mc = out.get("min_confidence")
    if mc not in (None, ""):
        try:
            mc = float(mc)
        except (TypeError, ValueError):
            mc = math.nan
        if not 0 <= mc <= 1:
            raise FilterError(f"bad min-confidence {out['min_confidence']!r}: a number from 0 to 1")
        out["min_confidence"] = mc
    return out
