"""Flat event rows (one per aggregated event) and the Parquet, CSV and GeoJSON writers."""
from __future__ import annotations

import csv
import functools
import json
from typing import Any, Iterable, Mapping, Sequence

# The flat columns, in order, with their Arrow types: the one layout Parquet, CSV and the
# Spark runner share. pyarrow is imported when a table is built, not when a command starts.
FLAT_COLUMNS = [
    ("event_id", "int64"),
    ("date", "date32"),
    ("source_code", "string"),
    ("source_country", "string"),
    ("source_sector", "string"),
    ("target_code", "string"),
    ("target_country", "string"),
    ("target_sector", "string"),
    ("cameo", "string"),
    ("cameo_root", "string"),
    ("plover_type", "string"),
    ("plover_mode", "string"),
    ("goldstein", "float64"),
    ("quad_class", "int32"),
    ("place_name", "string"),
    ("lat", "float64"),
    ("lon", "float64"),
    ("country", "string"),
    ("num_mentions", "int32"),
    ("num_sources", "int32"),
    ("num_articles", "int32"),
    ("evidence", "string"),
    ("doc_id", "string"),
    ("url", "string"),
    ("corrected", "bool_"),       # an analyst's correction is applied to one of its mentions
]

# The two flat columns whose name differs from the aggregated events' (``eventwire.events(level="event")``,
# the API's events, PLOVER's source fields): flat name -> events name.  Every other flat column has the
# same name and value there (docs/STORAGE.md, "Column names").
FLAT_RENAMED = {"country": "place_country", "evidence": "evidence_text"}


def __getattr__(name: str):
    if name == "FLAT_SCHEMA":
        return flat_schema()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def flat_schema():
    """FLAT_COLUMNS as an Arrow schema."""
    import pyarrow as pa
    return pa.schema([(n, getattr(pa, t)()) for n, t in FLAT_COLUMNS])


def flat_columns() -> list[str]:
    """Names of the flat export columns, in order."""
    return [n for n, _ in FLAT_COLUMNS]


def flat_row(event: Mapping[str, Any]) -> dict:
    """One ``events`` row (dict, as Store.query_events(level="event") gives) -> flat row."""
    import datetime as _dt

    date = event.get("date")
    if isinstance(date, str):
        try:
            date = _dt.date.fromisoformat(date[:10])
        except ValueError:
            date = None
    cameo = event.get("cameo")
    return {
        "event_id": event.get("event_id"), "date": date,
        "source_code": event.get("source_code"), "source_country": event.get("source_country"),
        "source_sector": event.get("source_sector"), "target_code": event.get("target_code"),
        "target_country": event.get("target_country"), "target_sector": event.get("target_sector"),
        "cameo": cameo, "cameo_root": event.get("cameo_root") or (cameo[:2] if cameo else None),
        "plover_type": event.get("plover_type"), "plover_mode": event.get("plover_mode"),
        "goldstein": event.get("goldstein"), "quad_class": event.get("quad_class"),
        "place_name": event.get("place_name"), "lat": event.get("lat"), "lon": event.get("lon"),
        "country": event.get(FLAT_RENAMED["country"]), "num_mentions": event.get("num_mentions"),
        "num_sources": event.get("num_sources"), "num_articles": event.get("num_articles"),
        "evidence": event.get(FLAT_RENAMED["evidence"]), "doc_id": event.get("doc_id"), "url": event.get("url"),
        "corrected": bool(event.get("corrected")),
    }


def flat_table(rows: Sequence[Mapping[str, Any]]):
    """Flat rows -> an Arrow table with the flat schema."""
    import pyarrow as pa
    schema = flat_schema()
    return pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in rows], schema=schema)


def write_parquet(rows: Sequence[Mapping[str, Any]], path: str) -> int:
    import pyarrow.parquet as pq

    pq.write_table(flat_table(rows), path)
    return len(rows)


def write_csv(rows: Iterable[Mapping[str, Any]], path: str) -> int:
    cols = flat_columns()
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else (r[c].isoformat() if hasattr(r.get(c), "isoformat") else r[c])
                        for c in cols])
            n += 1
    return n


def geojson_feature(event: Mapping[str, Any]) -> dict | None:
    """A GeoJSON Point feature for an event with coordinates (None without)."""
    lat, lon = event.get("lat"), event.get("lon")
    if lat is None or lon is None:
        return None
    props = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in flat_row(event).items()
             if k not in ("lat", "lon")}
    props.update({"num_stories": event.get("num_stories"), "geonameid": event.get("geonameid"),
                  "source_name": event.get("source_name"), "target_name": event.get("target_name"),
                  "dead": event.get("dead"), "injured": event.get("injured")})
    return {"type": "Feature", "id": event.get("event_id"),
            "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]}, "properties": props}


def write_geojson(events: Iterable[Mapping[str, Any]], path: str) -> int:
    """A FeatureCollection of the events that have coordinates; returns how many were written."""
    feats = [f for f in (geojson_feature(e) for e in events) if f is not None]
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": feats}, fh, ensure_ascii=False)
        fh.write("\n")
    return len(feats)
