"""The DuckDB store: documents, sentences, mentions, actors, places, counts; stories; aggregated events.

Writes go through ``Store.write_batch`` -- one transaction per batch, so a killed run leaves
whole batches only, and a rerun upserts by document id (never a duplicate row).  Reading:
``query_events``, ``get_document``, ``events_frame``.  Schema: ``schema.sql`` beside this file,
documented in docs/STORAGE.md.
"""
from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import json
import math
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Iterable, Optional

import duckdb
import numpy as np

from eventwire.model import CODED, FAILED, SKIPPED, Result
from eventwire.stories import StoryIndex, content_hash, event_day, outlet_of, tone

SCHEMA_PATH = Path(__file__).with_name("schema.sql")
SCHEMA_VERSION = "1"
FINAL_STATUSES = (CODED, SKIPPED, FAILED)



def _is_duckdb(path: str) -> bool:
    """A DuckDB database file carries "DUCK" at byte 8 of its header."""
    try:
        with open(path, "rb") as f:
            return f.read(12)[8:12] == b"DUCK"
    except OSError:
        return True         # let DuckDB say what is wrong


class StoreError(RuntimeError):
    """A store that cannot be opened or used (clear message, no DuckDB internals needed)."""


# --------------------------------------------------------------------------- value coercion

def _to_date(value: Any) -> Optional[_dt.date]:
    day = event_day(value)
    return _dt.date.fromisoformat(day) if day else None


def _num(value: Any, kind: type) -> Any:
    if value is None:
        return None
    try:
        v = kind(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if kind is float and (math.isnan(v) or math.isinf(v)):
        return None
    return v


def _coerce(value: Any, sqltype: str) -> Any:
    if value is None:
        return None
    if sqltype in ("VARCHAR", "JSON"):
        return value if isinstance(value, str) else str(value)
    if sqltype in ("INTEGER", "BIGINT"):
        return _num(value, int)
    if sqltype == "DOUBLE":
        return _num(value, float)
    if sqltype == "BOOLEAN":
        return bool(value)
    if sqltype == "DATE":
        return value if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime) else _to_date(value)
    if sqltype == "TIMESTAMP":
        return value if isinstance(value, _dt.datetime) else None
    if sqltype == "BLOB":
        return bytes(value)
    if sqltype == "VARCHAR[]":
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
    return value


def jsonable(value: Any) -> Any:
    """A value as JSON can hold it: dates as ISO strings, NaN and infinities as None."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def _dated(value, precision: Optional[str]):
    """A stored event date as the coder wrote it: "1935" for a year, "2014-03" for a month (the DATE column holds
    the first day)."""
    if not isinstance(value, str) or len(value) < 10:
        return value
    return value[:4] if precision == "year" else value[:7] if precision == "month" else value


def fetch_dicts(con, sql: str, params: Sequence = ()) -> list[dict]:
    """Rows of a query as JSON-ready dicts (dates as ISO strings, NaN as None)."""
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [{k: jsonable(v) for k, v in zip(names, row)} for row in cur.fetchall()]


def read_document(con, doc_id: str, story_limit: Optional[int] = None) -> Optional[dict]:
    """A stored document with its text, sentences, events (mentions with their event ids), places,
    counts and the other documents of its story; None when there is no such id."""
    rows = fetch_dicts(con, "SELECT * FROM documents WHERE id = ?", [doc_id])
    if not rows:
        return None
    doc = rows[0]
    if doc.get("meta"):
        try:
            doc["meta"] = json.loads(doc["meta"])
        except (TypeError, ValueError):
            pass
    doc["sentences"] = [[a, b] for a, b in con.execute(
        'SELECT start, "end" FROM sentences WHERE doc_id = ? ORDER BY idx', [doc_id]).fetchall()]
    doc["events"] = fetch_dicts(
        con, "SELECT m.*, em.event_id FROM mentions m LEFT JOIN event_mentions em "
             "ON em.mention_id = m.mention_id AND em.doc_id = m.doc_id WHERE m.doc_id = ? ORDER BY m.idx", [doc_id])
    doc["places"] = fetch_dicts(con, "SELECT * EXCLUDE (doc_id) FROM places WHERE doc_id = ? ORDER BY idx", [doc_id])
    doc["counts"] = fetch_dicts(con, "SELECT * EXCLUDE (doc_id) FROM counts WHERE doc_id = ? ORDER BY idx", [doc_id])
    limit = f" LIMIT {int(story_limit)}" if story_limit else ""
    doc["story_documents"] = [r[0] for r in con.execute(
        f"SELECT id FROM documents WHERE story_id = ? AND id <> ? ORDER BY id{limit}",
        [doc.get("story_id"), doc_id]).fetchall()]
    return doc


def _meta_json(meta: Any) -> Optional[str]:
    if not meta:
        return None
    try:
        return json.dumps(meta, default=str, ensure_ascii=False)
    except (TypeError, ValueError):
        return json.dumps({"unserialisable": repr(meta)[:1000]})


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


# --------------------------------------------------------------------------- rows from a Result

def _actor_cols(prefix: str, actor) -> dict:
    if actor is None:
        return {f"{prefix}_{k}": None for k in ("code", "country", "sector", "name", "entity", "text", "start", "end")}
    return {f"{prefix}_code": actor.code, f"{prefix}_country": actor.country, f"{prefix}_sector": actor.sector,
            f"{prefix}_name": actor.name, f"{prefix}_entity": actor.entity, f"{prefix}_text": actor.text,
            f"{prefix}_start": actor.start, f"{prefix}_end": actor.end}


def result_rows(result: Result, *, run_id: Optional[str], coded_at: _dt.datetime) -> dict[str, list[dict]]:
    """The rows one Result gives, table by table (documents row without story/duplicate fields)."""
    doc = result.document
    doc_id = str(doc.id)
    text = doc.text if isinstance(doc.text, str) else (None if doc.text is None else str(doc.text))
    story_date = _to_date(result.date) or _to_date(doc.date)
    doc_tone, n_words = tone(text)
    events = list(result.events or [])
    rows: dict[str, list[dict]] = {k: [] for k in ("documents", "sentences", "mentions", "actors", "places", "counts")}
    rows["documents"].append({
        "id": doc_id, "status": result.status or FAILED, "reason": result.reason, "title": doc.title,
        "url": doc.url, "source": doc.source, "outlet": outlet_of(doc.source, doc.url, doc_id),
        "date": story_date, "text": text, "n_chars": len(text) if text else 0, "n_words": n_words,
        "tone": doc_tone, "content_hash": content_hash(text), "duplicate_of": None, "story_id": None,
        "n_events": len(events), "n_sentences": len(result.sentences or []), "run_id": run_id,
        "coded_at": coded_at, "seconds": result.seconds, "origin": doc.origin, "meta": _meta_json(doc.meta),
    })
    for i, span in enumerate(result.sentences or []):
        try:
            start, end = _num(span[0], int), _num(span[1], int)
        except (TypeError, IndexError, KeyError):
            continue
        if start is None or end is None:
            continue
        rows["sentences"].append({"doc_id": doc_id, "idx": i, "start": start, "end": end})

    count_rows: dict[tuple, dict] = {}

    def add_count(c, mention_id):
        key = (c.type, c.start, c.end, c.value)
        if key in count_rows:
            row = count_rows[key]
            if mention_id is not None and mention_id not in row["mention_ids"]:
                row["mention_ids"].append(mention_id)
                if row["mention_id"] is None:
                    row["mention_id"] = mention_id
            return
        count_rows[key] = {"doc_id": doc_id, "idx": len(count_rows), "mention_id": mention_id,
                           "mention_ids": [mention_id] if mention_id else [], "type": c.type,
                           "value": c.value, "qualifier": c.qualifier, "text": c.text, "start": c.start,
                           "end": c.end, "sentence": c.sentence}

    for c in result.counts or []:
        add_count(c, None)
    for i, ev in enumerate(events):
        mid = f"{doc_id}:{i}"
        loc = ev.location
        cameo = str(ev.cameo) if ev.cameo is not None else ""
        dead = sum(int(c.value) for c in ev.counts or [] if c.type == "killed" and _num(c.value, int) is not None)
        injured = sum(int(c.value) for c in ev.counts or [] if c.type == "injured" and _num(c.value, int) is not None)
        m = {"mention_id": mid, "doc_id": doc_id, "idx": i, "sentence": ev.sentence}
        m.update(_actor_cols("source", ev.source))
        m.update(_actor_cols("target", ev.target))
        m.update({
            "cameo": cameo, "cameo_root": cameo[:2] or None, "plover_type": ev.plover_type,
            "plover_mode": ev.plover_mode, "goldstein": ev.goldstein, "quad_class": ev.quad_class,
            "evidence_text": ev.trigger_text, "evidence_start": ev.trigger_start, "evidence_end": ev.trigger_end,
            "pattern": ev.pattern, "rule": ev.rule, "confidence": ev.confidence, "modality": ev.modality,
            "date": _to_date(ev.date) or story_date, "date_precision": ev.date_precision,
            "location_text": loc.text if loc else None, "location_start": loc.start if loc else None,
            "location_end": loc.end if loc else None, "location_name": loc.name if loc else None,
            "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
            "location_country": loc.country if loc else None,
            "location_geonameid": str(loc.geonameid) if loc and loc.geonameid not in (None, "") else None,
            "location_feature": loc.feature if loc else None, "location_admin1": loc.admin1 if loc else None,
            "location_precision": loc.precision if loc else None,
            "location_demonym": loc.demonym if loc else None,
            "dead": dead if any(c.type == "killed" for c in ev.counts or []) else None,
            "injured": injured if any(c.type == "injured" for c in ev.counts or []) else None,
            "sentence_text": ev.sentence_text,
        })
        rows["mentions"].append(m)
        for role, actor in (("source", ev.source), ("target", ev.target)):
            if actor is not None:
                rows["actors"].append({"doc_id": doc_id, "mention_id": mid, "role": role, "code": actor.code,
                                       "country": actor.country, "sector": actor.sector, "name": actor.name,
                                       "entity": actor.entity, "text": actor.text, "start": actor.start,
                                       "end": actor.end, "why": actor.why})
        for c in ev.counts or []:
            add_count(c, mid)
    for i, p in enumerate(result.places or []):
        rows["places"].append({"doc_id": doc_id, "idx": i, "text": p.text, "start": p.start, "end": p.end,
                               "name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country,
                               "geonameid": p.geonameid, "feature": p.feature, "admin1": p.admin1,
                               "demonym": p.demonym, "precision": p.precision})
    rows["counts"] = list(count_rows.values())
    return rows


# --------------------------------------------------------------------------- filters

_ORDERS = {"date", "confidence", "goldstein", "num_articles", "num_sources", "num_mentions", "doc_id", "event_id",
           "mention_id", "quad_class", "cameo"}


def _parse_bbox(bbox: Any) -> Optional[tuple[float, float, float, float]]:
    if bbox is None or bbox == "":
        return None
    if isinstance(bbox, str):
        bbox = [x for x in bbox.replace(";", ",").split(",") if x.strip()]
    vals = [float(x) for x in bbox]
    if len(vals) != 4:
        raise ValueError("bbox needs four numbers: min_lon,min_lat,max_lon,max_lat")
    return vals[0], vals[1], vals[2], vals[3]


def _many(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [v for v in value if v is not None and v != ""]
    return [value]


def _like(value) -> str:
    """A user's text for ILIKE ... ESCAPE '\\': its own %, _ and \\ match themselves."""
    return str(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _Where:
    def __init__(self):
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def any_of(self, template: str, values: list, per_value: int = 1, transform: Optional[tuple] = None) -> None:
        """`template` once per value, joined by OR; `transform` (one function or None per placeholder) prepares
        the value for each of the template's placeholders."""
        if not values:
            return
        sqls = []
        for v in values:
            sqls.append(template)
            if transform:
                self.params.extend(f(v) if f else v for f in transform)
            else:
                self.params.extend([v] * per_value)
        self.parts.append("(" + " OR ".join(sqls) + ")")



    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


FILTERS = ("start", "end", "actor", "source_actor", "target_actor", "country", "sector", "cameo", "plover", "quad",
           "place", "bbox", "text", "outlet", "source", "doc_id", "story_id", "modality", "min_confidence",
           "event_id", "limit", "offset", "order", "level")


def _build_filters(w: _Where, f: dict, c: dict[str, str], doc_scope: Optional[str]) -> None:
    """Add filter clauses.  ``c`` maps logical names to SQL columns of the row being filtered;
    ``doc_scope`` wraps clauses on mention/document columns for the event level (EXISTS)."""
    if f.get("start"):
        w.add(f"{c['date']} >= ?", _to_date(f["start"]))
    if f.get("end"):
        w.add(f"{c['date']} <= ?", _to_date(f["end"]))
    for key, cols in (("actor", (c["source_code"], c["target_code"])), ("source_actor", (c["source_code"],)),
                      ("target_actor", (c["target_code"],))):
        vals = [str(v).upper() for v in _many(f.get(key))]
        if vals:
            tmpl = "(" + " OR ".join(f"starts_with({col}, ?)" for col in cols) + ")"
            w.any_of(tmpl, vals, per_value=len(cols))
    vals = [str(v).upper() for v in _many(f.get("country"))]
    if vals:
        cols = (c["source_country"], c["target_country"], c["place_country"])
        w.any_of("(" + " OR ".join(f"{col} = ?" for col in cols) + ")", vals, per_value=len(cols))
    vals = [str(v).upper() for v in _many(f.get("sector"))]
    if vals:
        w.any_of(f"({c['source_sector']} = ? OR {c['target_sector']} = ? OR "
                 f"list_contains(regexp_extract_all(coalesce({c['source_code']}, '') || '|' || "
                 f"coalesce({c['target_code']}, ''), '[A-Z]{{3}}'), ?))", vals, per_value=3)
    vals = [str(v) for v in _many(f.get("cameo"))]
    if vals:
        w.any_of(f"starts_with({c['cameo']}, ?)", vals)
    vals = [str(v).upper() for v in _many(f.get("plover"))]
    if vals:
        w.any_of(f"upper({c['plover_type']}) = ?", vals)
    vals = [int(v) for v in _many(f.get("quad"))]
    if vals:
        w.add(f"{c['quad_class']} IN ({','.join('?' * len(vals))})", *vals)
    vals = [str(v) for v in _many(f.get("place"))]
    if vals:
        w.any_of(f"({c['geonameid']} = ? OR {c['place_name']} ILIKE '%' || ? || '%' ESCAPE '\\')",
                 vals, transform=(None, _like))
    bbox = _parse_bbox(f.get("bbox"))
    if bbox:
        w.add(f"{c['lon']} BETWEEN ? AND ? AND {c['lat']} BETWEEN ? AND ?", bbox[0], bbox[2], bbox[1], bbox[3])
    if f.get("min_confidence") is not None:
        w.add(f"{c['confidence']} >= ?", float(f["min_confidence"]))
    vals = [int(v) for v in _many(f.get("event_id"))]
    if vals:
        w.add(f"{c['event_id']} IN ({','.join('?' * len(vals))})", *vals)
    # clauses on the mention / document of the row
    inner = _Where()
    if f.get("text"):
        inner.add("(m.evidence_text ILIKE '%' || ? || '%' ESCAPE '\\' OR m.sentence_text ILIKE '%' || ? || '%' ESCAPE '\\')",
                  _like(f["text"]), _like(f["text"]))
    outlets = [str(v) for v in _many(f.get("outlet"))] + [str(v) for v in _many(f.get("source"))]
    if outlets:
        inner.any_of("(d.outlet = lower(?) OR lower(d.source) = lower(?) OR d.url ILIKE '%' || ? || '%' ESCAPE '\\')",
                     outlets, per_value=3, transform=(None, None, _like))
    vals = [str(v) for v in _many(f.get("doc_id"))]
    if vals:
        inner.add(f"d.id IN ({','.join('?' * len(vals))})", *vals)
    vals = [str(v) for v in _many(f.get("story_id"))]
    if vals:
        inner.add(f"d.story_id IN ({','.join('?' * len(vals))})", *vals)
    vals = [str(v) for v in _many(f.get("modality"))]
    if vals:
        inner.add(f"m.modality IN ({','.join('?' * len(vals))})", *vals)
    if inner.parts:
        clause = " AND ".join(inner.parts)
        if doc_scope:
            w.add(doc_scope.format(clause=clause), *inner.params)
        else:
            w.add(clause, *inner.params)


# filter/order column -> SQL, for mentions (m, em) and aggregated events (e); same names where the tables agree
_SHARED_COLS = ("date", "source_code", "target_code", "source_country", "target_country", "source_sector",
                "target_sector", "cameo", "plover_type", "quad_class", "confidence")
_MENTION_COLS = {**{c: f"m.{c}" for c in _SHARED_COLS},
                 "place_country": "m.location_country", "geonameid": "m.location_geonameid",
                 "place_name": "m.location_name", "lat": "m.location_lat", "lon": "m.location_lon",
                 "event_id": "em.event_id"}
_EVENT_COLS = {**{c: f"e.{c}" for c in _SHARED_COLS},
               **{c: f"e.{c}" for c in ("place_country", "geonameid", "place_name", "lat", "lon", "event_id")}}
_EVENT_SCOPE = ("EXISTS (SELECT 1 FROM event_mentions em2 JOIN mentions m ON m.mention_id = em2.mention_id "
                "JOIN documents d ON d.id = em2.doc_id WHERE em2.event_id = e.event_id AND {clause})")


def _order_sql(order: Optional[str], level: str, alias: str) -> str:
    default = f"{alias}.date DESC NULLS LAST, " + ("e.event_id" if level == "event" else "m.mention_id")
    if not order:
        return default
    parts = []
    for item in str(order).split(","):
        item = item.strip()
        desc = item.startswith("-")
        name = item.lstrip("-+")
        if name not in _ORDERS:
            raise ValueError(f"cannot order by {name!r}; one of {sorted(_ORDERS)}")
        if level == "mention" and name.startswith("num_"):
            col = f"e.{name}"
        elif level == "mention" and name == "event_id":
            col = "em.event_id"
        elif level == "event" and name in ("doc_id", "mention_id"):
            col = f"e.{name}"
        else:
            col = f"{alias}.{name}"
        parts.append(f"{col} {'DESC' if desc else 'ASC'} NULLS LAST")
    tie = "e.event_id" if level == "event" else "m.mention_id"
    return ", ".join(parts + [tie])


def build_query(level: str = "mention", count: bool = False, **filters) -> tuple[str, list]:
    """(SQL, params) for ``query_events`` filters -- shared by the store, events_frame and exports."""
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise ValueError(f"unknown filter(s) {sorted(unknown)}; known: {list(FILTERS)}")
    if level not in ("mention", "event"):
        raise ValueError("level must be 'mention' or 'event'")
    w = _Where()
    if level == "mention":
        _build_filters(w, filters, _MENTION_COLS, None)
        select = ("m.*, d.url, d.title, d.source, d.outlet, d.story_id, d.date AS doc_date, em.event_id, "
                  "e.num_mentions, e.num_articles, e.num_sources, e.num_stories")
        base = ("FROM mentions m JOIN documents d ON d.id = m.doc_id "
                "LEFT JOIN event_mentions em ON em.mention_id = m.mention_id AND em.doc_id = m.doc_id "
                "LEFT JOIN events e ON e.event_id = em.event_id")
        alias = "m"
    else:
        _build_filters(w, filters, _EVENT_COLS, _EVENT_SCOPE)
        select, base, alias = "e.*", "FROM events e", "e"
    if count:
        return f"SELECT count(*) {base}{w.sql()}", w.params
    sql = f"SELECT {select} {base}{w.sql()} ORDER BY {_order_sql(filters.get('order'), level, alias)}"
    params = list(w.params)
    if filters.get("limit") is not None:
        sql += " LIMIT ?"
        params.append(max(0, int(filters["limit"])))
    if filters.get("offset"):
        sql += " OFFSET ?"
        params.append(max(0, int(filters["offset"])))
    return sql, params


# --------------------------------------------------------------------------- aggregation SQL

_AGGREGATE_SQL = [
    "DELETE FROM event_mentions",
    "DELETE FROM events",
    # every (mention, article) pair: a mention counts for its own document, and for every exact
    # copy of that document that was not coded itself (duplicate_of set, no mentions of its own)
    """CREATE OR REPLACE TEMP TABLE _ew_art AS
       SELECT m.*, m.doc_id AS art_doc, false AS inherited FROM mentions m
       UNION ALL
       SELECT m.*, d.id AS art_doc, true AS inherited
       FROM documents d JOIN mentions m ON m.doc_id = d.duplicate_of
       WHERE d.duplicate_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mentions x WHERE x.doc_id = d.id)""",
    """CREATE OR REPLACE TEMP TABLE _ew_keyed AS
       SELECT a.*, d.outlet, coalesce(d.story_id, d.id) AS story, d.date AS doc_date, d.coded_at, d.tone AS doc_tone,
              d.url AS doc_url,
              ('0x' || substr(md5(concat_ws('|', coalesce(a.source_code, ''), coalesce(a.target_code, ''),
                     coalesce(a.cameo, ''), coalesce(strftime(a.date, '%Y-%m-%d'), ''),
                     coalesce(a.location_geonameid, ''))), 1, 15))::BIGINT AS event_id
       FROM _ew_art a JOIN documents d ON d.id = a.art_doc""",
    """INSERT INTO events
       WITH g AS (
         SELECT event_id, count(*) AS num_mentions, count(DISTINCT art_doc) AS num_articles,
                count(DISTINCT outlet) AS num_sources, count(DISTINCT story) AS num_stories,
                avg(goldstein) AS goldstein, max(confidence) AS confidence, min(doc_date) AS first_seen,
                max(doc_date) AS last_seen, min(coded_at) AS added_at, bool_or(sentence = 0) AS is_root,
                avg(doc_tone) AS tone, max(dead) AS dead, max(injured) AS injured
         FROM _ew_keyed GROUP BY event_id),
       best AS (
         SELECT * FROM (
           SELECT k.*, row_number() OVER (PARTITION BY event_id
                   ORDER BY inherited, confidence DESC NULLS LAST, (doc_url IS NULL), doc_date NULLS LAST,
                            coded_at, mention_id) AS rn
           FROM _ew_keyed k) WHERE rn = 1)
       SELECT g.event_id, b.date, b.source_code, b.source_name, b.source_country, b.source_sector, b.source_text,
              b.target_code, b.target_name, b.target_country, b.target_sector, b.target_text, b.cameo, b.cameo_root,
              b.plover_type, b.plover_mode, b.quad_class, round(g.goldstein, 3), g.confidence,
              b.location_geonameid, b.location_name, b.location_lat, b.location_lon, b.location_country,
              b.location_feature, b.location_admin1, g.num_mentions, g.num_articles, g.num_sources,
              g.num_stories, g.first_seen, g.last_seen, g.added_at, g.is_root, round(g.tone, 3), g.dead,
              g.injured, b.mention_id, b.doc_id, b.doc_url, b.evidence_text, b.sentence_text
       FROM g JOIN best b USING (event_id)""",
    "INSERT INTO event_mentions SELECT event_id, mention_id, art_doc, inherited FROM _ew_keyed",
    "DROP TABLE _ew_keyed",
    "DROP TABLE _ew_art",
]


# --------------------------------------------------------------------------- the store

@functools.lru_cache(maxsize=2)
def _reference_columns(schema: str) -> dict[str, list[tuple[str, str]]]:
    """table -> [(column, type)] of the schema, read from a throw-away in-memory database."""
    ref = duckdb.connect(":memory:")
    try:
        ref.execute(schema)
        out: dict[str, list] = {}
        for table, name, sqltype in ref.execute(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall():
            out.setdefault(table, []).append((name, sqltype))
        return out
    finally:
        ref.close()


def _releasing(method):
    """Public store calls give the file back afterwards when the store does not ``hold`` it."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            return method(self, *args, **kwargs)
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._release()
    return wrapper


class Store:
    """An eventwire DuckDB database.

    ``Store(path)`` opens (creating if needed) a read-write store; ``read_only=True`` opens an
    existing file for reading (several processes may read at once, but not while a writer
    holds the file -- see docs/STORAGE.md).  ``path=":memory:"`` gives a throw-away store.

    ``hold=False`` closes the file after every call (write_batch, query_events, ...) and opens
    it again on the next one, so that a writer and readers in other processes can take turns;
    opening waits up to ``lock_timeout`` seconds for the other side, then raises StoreError.
    """

    def __init__(self, path: str = "eventwire.duckdb", read_only: bool = False, *,
                 story_threshold: float = 0.5, lock_timeout: float = 10.0, run_id: Optional[str] = None,
                 hold: bool = True):
        self.path = str(path)
        self.read_only = read_only
        self.lock_timeout = lock_timeout
        self.hold = hold or self.path == ":memory:"
        self._con = None
        self.story_threshold = story_threshold
        self.run_id = run_id or f"run-{_now():%Y%m%dT%H%M%S}-{os.getpid()}"
        self._stories: Optional[StoryIndex] = None
        self._types: dict[str, list[tuple[str, str]]] = {}
        memory = self.path == ":memory:"
        if read_only and not memory and not os.path.exists(self.path):
            raise StoreError(f"no eventwire database at {self.path}")
        if not memory and os.path.isfile(self.path) and os.path.getsize(self.path) > 0 and not _is_duckdb(self.path):
            raise StoreError(f"{self.path} is not an eventwire (DuckDB) database")
        con = self.con
        if not read_only:
            try:
                schema = SCHEMA_PATH.read_text(encoding="utf-8")
                # a file last set up with this very schema text, its tables and columns as they were left then,
                # needs neither the schema run again nor _migrate's comparison with a throw-away database (about a
                # third of a second per open)
                if self._schema_digest(schema) != self._stored_digest():
                    con.execute(schema)
                    self._migrate(schema)
                    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
                    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_sha1', ?)", [self._schema_digest(schema)])
            except duckdb.Error as exc:
                self.close()
                raise StoreError(f"cannot set up the schema in {self.path}: {exc}") from exc
        self._release()

    def _table_columns(self) -> list[tuple]:
        return self.con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall()

    def _schema_digest(self, schema: str) -> str:
        """SHA-1 of the schema text with the file's tables and columns as they are now."""
        return hashlib.sha1((schema + repr(self._table_columns())).encode("utf-8")).hexdigest()

    def _stored_digest(self) -> Optional[str]:
        """The digest saved when the file was last set up (None for a new file or one from an older eventwire)."""
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_sha1'").fetchone()
        except duckdb.Error:            # no meta table yet
            return None
        return row[0] if row else None

    def _migrate(self, schema: str) -> None:
        """Bring a file written by an older eventwire up to this schema: add missing columns to
        the stored tables; drop and recreate the derived ones (events, event_mentions: rebuilt by
        aggregate())."""
        have_all: dict[str, list] = {}
        for table, name, sqltype in self._table_columns():
            have_all.setdefault(table, []).append((name, sqltype))
        for table, want in _reference_columns(schema).items():
            have = have_all.get(table, [])
            if have == want:
                continue
            if table in ("events", "event_mentions"):
                self.con.execute(f"DROP TABLE {table}")
                self.con.execute(schema)        # recreates it (IF NOT EXISTS everywhere)
                continue
            have_names = {n for n, _ in have}
            for name, sqltype in want:
                if name not in have_names:
                    self.con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {sqltype}')

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection (opened on demand; see ``hold``)."""
        if self._con is None:
            self._con = self._connect(self.lock_timeout)
        return self._con

    def _release(self) -> None:
        """With ``hold=False`` give the file back after each call, so that other processes can
        open it between batches (a writer and a server taking turns)."""
        if not self.hold and self._con is not None and getattr(self, "_depth", 0) == 0:
            self._con.close()
            self._con = None

    def _connect(self, lock_timeout: float):
        deadline = time.monotonic() + max(0.0, lock_timeout)
        delay = 0.05
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only)
            except duckdb.IOException as exc:
                msg = str(exc)
                if "lock" not in msg.lower() or time.monotonic() >= deadline:
                    if "lock" in msg.lower():
                        raise StoreError(f"{self.path} is held by another process (DuckDB allows one writer, "
                                         f"or many readers when no process writes): {msg}") from exc
                    raise StoreError(f"cannot open {self.path}: {msg}") from exc
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open {self.path}: {exc}") from exc

    # -- context manager --------------------------------------------------------------
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        con, self._con = getattr(self, "_con", None), None
        if con is not None:
            con.close()

    # -- helpers -------------------------------------------------------------------------
    def _columns(self, table: str) -> list[tuple[str, str]]:
        cols = self._types.get(table)
        if cols is None:
            info = self.con.execute(f"DESCRIBE {table}").fetchall()
            cols = [(r[0], r[1].upper()) for r in info]
            self._types[table] = cols
        return cols

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        # the rows go in as one scan of NumPy columns (DuckDB reads them natively; no pyarrow, whose first use
        # imports pandas: a second and a half of start-up), each cast to its column's type
        cols = self._columns(table)
        columns = {}
        for name, sqltype in cols:
            col = np.empty(len(rows), dtype=object)
            if sqltype in ("VARCHAR", "JSON"):     # nearly always a str or None already: _coerce only the rest
                col[:] = [v if v is None or type(v) is str else _coerce(v, sqltype) for v in (r.get(name) for r in rows)]
            elif sqltype == "VARCHAR[]":           # lists: one by one (a list given to a slice would be spread)
                for i, r in enumerate(rows):
                    col[i] = _coerce(r.get(name), sqltype)
            else:
                col[:] = [_coerce(r.get(name), sqltype) for r in rows]
            columns[name] = col
        names = ", ".join(f'"{n}"' for n, _ in cols)
        casts = ", ".join(f'CAST("{n}" AS {t})' for n, t in cols)
        self.con.register("_ew_rows", columns)
        try:
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {casts} FROM _ew_rows")
        finally:
            self.con.unregister("_ew_rows")

    def _rows(self, sql: str, params: Sequence = ()) -> list[dict]:
        return fetch_dicts(self.con, sql, params)

    @_releasing
    def story_index(self) -> StoryIndex:
        """The persisted StoryIndex (loaded on first use)."""
        if self._stories is None:
            idx = StoryIndex(threshold=self.story_threshold)
            for doc_id, story_id, sig in self.con.execute(
                    "SELECT doc_id, story_id, signature FROM story_signatures ORDER BY doc_id").fetchall():
                idx.add(doc_id, story_id, sig)
            idx.take_new()
            self._stories = idx
        return self._stories

    # -- writing -----------------------------------------------------------------------
    @_releasing
    def write_batch(self, results: Sequence[Result], run_id: Optional[str] = None) -> None:
        """Store a batch of Results in ONE transaction (all rows or none); upsert by document id."""
        if self.read_only:
            raise StoreError("store opened read_only")
        run_id = run_id or self.run_id
        coded_at = _now()
        latest: dict[str, Result] = {}
        for r in results:
            if r is None or getattr(r, "document", None) is None or getattr(r.document, "id", None) is None:
                continue
            latest[str(r.document.id)] = r          # the last copy of an id in a batch wins
        if not latest:
            return
        per_table: dict[str, list[dict]] = {k: [] for k in ("documents", "sentences", "mentions", "actors", "places", "counts")}
        for r in latest.values():
            for table, rows in result_rows(r, run_id=run_id, coded_at=coded_at).items():
                per_table[table].extend(rows)
        docs = per_table["documents"]
        ids = [d["id"] for d in docs]

        # exact duplicates: first stored (or first in this batch) document with the same hash
        hashes = sorted({d["content_hash"] for d in docs if d["content_hash"]})
        first_by_hash: dict[str, str] = {}
        if hashes:
            for h, doc_id in self.con.execute(
                    "SELECT content_hash, arg_min(id, coded_at) FROM documents WHERE content_hash IN "
                    f"({','.join('?' * len(hashes))}) AND duplicate_of IS NULL AND NOT (id IN "
                    f"({','.join('?' * len(ids))})) GROUP BY content_hash", hashes + ids).fetchall():
                first_by_hash[h] = doc_id
        # within the batch, a copy that was coded (has events) is a better original than one that was not
        for d in sorted(docs, key=lambda d: 0 if d["status"] == CODED and d["n_events"] else 1):
            if d["content_hash"]:
                first_by_hash.setdefault(d["content_hash"], d["id"])
        idx = self.story_index()
        for d in docs:
            h = d["content_hash"]
            if h:
                orig = first_by_hash.setdefault(h, d["id"])
                if orig != d["id"]:
                    d["duplicate_of"] = orig
            if d["id"] in idx:
                d["story_id"] = idx.story_of(d["id"])
            elif d["duplicate_of"] and d["duplicate_of"] in idx:
                d["story_id"] = idx.assign(d["id"], d["text"], story_id=idx.story_of(d["duplicate_of"]))
            else:
                d["story_id"] = idx.assign(d["id"], d["text"])
        new_sigs = [idx.row(doc_id) for doc_id in idx.take_new()]

        try:
            self.con.execute("BEGIN TRANSACTION")
            existing = [r[0] for r in self.con.execute(
                f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()]
            if existing:
                marks = ",".join("?" * len(existing))
                for table in ("sentences", "mentions", "actors", "places", "counts"):
                    self.con.execute(f"DELETE FROM {table} WHERE doc_id IN ({marks})", existing)
                self.con.execute(f"DELETE FROM documents WHERE id IN ({marks})", existing)
            for table in ("documents", "sentences", "mentions", "actors", "places", "counts"):
                self._insert(table, per_table[table])
            self._insert("story_signatures", [{"doc_id": a, "story_id": b, "signature": c} for a, b, c in new_sigs])
            self.con.execute(
                "INSERT INTO runs VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (run_id) DO UPDATE SET "
                "updated_at = excluded.updated_at, n_batches = runs.n_batches + 1, "
                "n_documents = runs.n_documents + excluded.n_documents, "
                "n_mentions = runs.n_mentions + excluded.n_mentions",
                [run_id, coded_at, coded_at, len(docs), len(per_table["mentions"])])
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('written_at', ?)", [coded_at.isoformat()])
            self.con.execute("COMMIT")
        except BaseException:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            idx.forget_new([s[0] for s in new_sigs])
            raise

    @_releasing
    def aggregate(self) -> None:
        """(Re)build ``events`` and ``event_mentions`` from ``mentions`` in one transaction."""
        if self.read_only:
            raise StoreError("store opened read_only")
        try:
            self.con.execute("BEGIN TRANSACTION")
            for sql in _AGGREGATE_SQL:
                self.con.execute(sql)
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('aggregated_at', ?)", [_now().isoformat()])
            self.con.execute("COMMIT")
        except BaseException:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise

    # -- reading -----------------------------------------------------------------------
    @_releasing
    def done_ids(self, statuses: Iterable[str] = FINAL_STATUSES) -> set[str]:
        """Ids of documents stored with a final status (a resumed run skips them)."""
        st = list(statuses)
        return {r[0] for r in self.con.execute(
            f"SELECT id FROM documents WHERE status IN ({','.join('?' * len(st))})", st).fetchall()}

    @_releasing
    def known_hashes(self) -> dict[str, str]:
        """Content hash -> id of the first stored document with that text."""
        return dict(self.con.execute(
            "SELECT content_hash, arg_min(id, coded_at) FROM documents "
            "WHERE content_hash IS NOT NULL AND duplicate_of IS NULL GROUP BY content_hash").fetchall())

    @_releasing
    def query_events(self, **filters) -> list[dict]:
        """Coded events matching the filters, as JSON-ready dicts (dates as ISO strings).

        ``level="mention"`` (default): one row per mention (all mention columns plus url, title,
        source, outlet, story_id, doc_date, event_id, num_mentions/articles/sources/stories).
        ``level="event"``: one row per aggregated event (the ``events`` table).
        Filters: start, end (dates), actor / source_actor / target_actor (code prefix), country
        (source, target or place ISO3), sector, cameo (code or root prefix), plover, quad, place
        (name substring or geonameid), bbox (min_lon,min_lat,max_lon,max_lat), text (evidence or
        sentence), outlet / source, doc_id, story_id, modality, min_confidence, event_id;
        limit, offset, order ("date", "-confidence", "num_articles", ...).  List values OR together.
        """
        level = filters.pop("level", "mention") or "mention"
        sql, params = build_query(level, **filters)
        return self._rows(sql, params)

    @_releasing
    def count_events(self, **filters) -> int:
        level = filters.pop("level", "mention") or "mention"
        for k in ("limit", "offset", "order"):
            filters.pop(k, None)
        sql, params = build_query(level, count=True, **filters)
        return int(self.con.execute(sql, params).fetchone()[0])

    @_releasing
    def query_frame(self, **filters):
        """Like query_events, as a pandas DataFrame (native date types)."""
        level = filters.pop("level", "mention") or "mention"
        sql, params = build_query(level, **filters)
        return self.con.execute(sql, params).df()

    @_releasing
    def get_document(self, doc_id: str) -> Optional[dict]:
        """A stored document: its fields, text, sentences, events (mentions), places and counts."""
        return read_document(self.con, doc_id)

    @_releasing
    def result_record(self, doc_id: str) -> Optional[dict]:
        """A stored document as an output-contract record (``Result.to_dict()`` shape), or None.

        Lets a resumed run print the same line for a document it does not code again.  An exact
        copy that was not coded itself gets its original's events, places and counts.
        """
        row = self.con.execute("SELECT id, status, reason, date, duplicate_of FROM documents WHERE id = ?",
                               [doc_id]).fetchone()
        if row is None:
            return None
        _, status, reason, date, dup = row
        src = doc_id
        if dup and not self.con.execute("SELECT 1 FROM mentions WHERE doc_id = ? LIMIT 1", [doc_id]).fetchone():
            src = dup
        rec = {"id": doc_id, "status": status}
        if status != CODED or reason:
            rec["reason"] = reason
        rec["date"] = jsonable(date)
        actors = {}
        for a in self._rows("SELECT * FROM actors WHERE doc_id = ?", [src]):
            actors[(a["mention_id"], a["role"])] = {k: a[k] for k in
                                                    ("code", "country", "sector", "name", "entity", "text", "start",
                                                     "end", "why")}
        counts_by_mention: dict[str, list] = {}
        counts = []
        for c in self._rows("SELECT * FROM counts WHERE doc_id = ? ORDER BY idx", [src]):
            cd = {k: c[k] for k in ("type", "value", "qualifier", "text", "start", "end", "sentence")}
            counts.append(cd)
            for mid in c["mention_ids"] or ([c["mention_id"]] if c["mention_id"] else []):
                counts_by_mention.setdefault(mid, []).append(cd)
        events = []
        for m in self._rows("SELECT * FROM mentions WHERE doc_id = ? ORDER BY idx", [src]):
            loc = None
            if m["location_text"] is not None or m["location_name"] is not None:
                loc = {"text": m["location_text"], "start": m["location_start"], "end": m["location_end"],
                       "name": m["location_name"], "lat": m["location_lat"], "lon": m["location_lon"],
                       "country": m["location_country"], "geonameid": m["location_geonameid"],
                       "feature": m["location_feature"], "admin1": m["location_admin1"],
                       "demonym": bool(m["location_demonym"]), "precision": m["location_precision"]}
            events.append({
                "source": actors.get((m["mention_id"], "source")), "target": actors.get((m["mention_id"], "target")),
                "cameo": m["cameo"], "plover": {"type": m["plover_type"], "mode": m["plover_mode"]},
                "goldstein": m["goldstein"], "quad_class": m["quad_class"], "sentence": m["sentence"],
                "evidence": {"text": m["evidence_text"], "start": m["evidence_start"], "end": m["evidence_end"]},
                "location": loc, "date": _dated(m["date"], m["date_precision"]), "date_precision": m["date_precision"],
                "confidence": None if m["confidence"] is None else round(m["confidence"], 3),
                "pattern": m["pattern"], "rule": m["rule"], "modality": m["modality"],
                "sentence_text": m["sentence_text"], "counts": counts_by_mention.get(m["mention_id"], []),
            })
        places = self._rows("SELECT * EXCLUDE (doc_id, idx) FROM places WHERE doc_id = ? ORDER BY idx", [src])
        rec["events"], rec["places"], rec["counts"] = events, places, counts
        return rec

    @_releasing
    def stats(self) -> dict:
        """Row counts per table, documents per status, and the meta entries."""
        out = {}
        for t in ("documents", "sentences", "mentions", "actors", "places", "counts", "events",
                  "event_mentions", "story_signatures", "runs"):
            out[t] = int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        out["status"] = dict(self.con.execute("SELECT status, count(*) FROM documents GROUP BY status ORDER BY 1").fetchall())
        out["stories"] = int(self.con.execute("SELECT count(DISTINCT story_id) FROM documents").fetchone()[0])
        out["duplicates"] = int(self.con.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0])
        out["meta"] = dict(self.con.execute("SELECT key, value FROM meta ORDER BY key").fetchall())
        return out


def events_frame(db: str, **filters):
    """Stored events as a pandas DataFrame (``eventwire.events(db, **filters)``); empty when no db."""
    import pandas as pd

    if str(db) != ":memory:" and not os.path.exists(str(db)):
        return pd.DataFrame()
    with Store(db, read_only=True) as store:
        return store.query_frame(**filters)
