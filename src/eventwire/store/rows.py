"""Rows of the store: values coerced to column types, one Result as the rows of each table, and stored
rows read back as JSON-ready dicts (``fetch_dicts``, ``read_document``).  Part of the DuckDB store (``db.py``)."""
from __future__ import annotations

import datetime as _dt
import json
import math
from collections.abc import Sequence
from typing import Any, Optional

from eventwire.model import FAILED, Result
from eventwire.stories import content_hash, event_day, outlet_of, tone

_TOLL_MAX = 2 ** 31 - 1          # mentions.dead and .injured are INTEGER (store/schema.sql)

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


# the tables that hold one document's rows (documents first)
DOC_TABLES = ("documents", "sentences", "mentions", "actors", "places", "counts", "incidents")


def result_rows(result: Result, *, run_id: Optional[str], coded_at: _dt.datetime) -> dict[str, list[dict]]:
    """The rows one Result gives, table by table (documents row without story/duplicate fields)."""
    doc = result.document
    doc_id = str(doc.id)
    text = doc.text if isinstance(doc.text, str) else (None if doc.text is None else str(doc.text))
    story_date = _to_date(result.date) or _to_date(doc.date)
    doc_tone, n_words = tone(text)
    events = list(result.events or [])
    rows: dict[str, list[dict]] = {k: [] for k in DOC_TABLES}
    rows["documents"].append({
        "id": doc_id, "status": result.status or FAILED, "reason": result.reason, "title": doc.title,
        "url": doc.url, "source": doc.source, "outlet": outlet_of(doc.source, doc.url, doc_id),
        "date": story_date, "text": text, "n_chars": len(text) if text else 0, "n_words": n_words,
        "tone": doc_tone, "content_hash": content_hash(text), "duplicate_of": None, "story_id": None,
        "n_events": len(events), "n_sentences": len(result.sentences or []), "run_id": run_id,
        "coded_at": coded_at, "seconds": result.seconds, "origin": doc.origin,
        # (where the story date came from, or why there is none, when it is not the record's own: Result.to_dict)
        "meta": _meta_json({**(doc.meta or {}), "date_why": result.date_why}
                           if result.date_why and result.date_why != "the record's date" else doc.meta),
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
        dead, injured = min(dead, _TOLL_MAX), min(injured, _TOLL_MAX)     # 32-bit columns: a larger sum is kept at the most
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
            "location_admin1_code": loc.admin1_code if loc else None,
            "location_why": loc.why if loc else None,
            "location_precision": loc.precision if loc else None,
            "location_demonym": loc.demonym if loc else None,
            "dead": dead if any(c.type == "killed" for c in ev.counts or []) else None,
            "injured": injured if any(c.type == "injured" for c in ev.counts or []) else None,
            "sentence_text": ev.sentence_text,
            "incident": f"{doc_id}#{ev.incident}" if getattr(ev, "incident", None) else None,
            "told_again": json.dumps(ev.mentions, ensure_ascii=False) if getattr(ev, "mentions", None) else None,
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
                               "admin1_code": p.admin1_code,
                               "demonym": p.demonym, "precision": p.precision, "why": p.why})
    rows["counts"] = list(count_rows.values())
    for i, inc in enumerate(getattr(result, "incidents", None) or []):
        d = inc.to_dict()
        loc = d.get("location") or {}
        rows["incidents"].append({
            "incident_id": f"{doc_id}#{d['id']}", "doc_id": doc_id, "idx": i, "kind": d.get("kind"),
            "date": _to_date(d.get("date")), "date_precision": d.get("date_precision"),
            "source_code": d.get("source"), "target_code": d.get("target"), "location_name": loc.get("name"),
            "location_lat": loc.get("lat"), "location_lon": loc.get("lon"), "location_country": loc.get("country"),
            "location_geonameid": str(loc["geonameid"]) if loc.get("geonameid") not in (None, "") else None,
            "location_admin1": loc.get("admin1"), "location_admin1_code": loc.get("admin1_code"), "killed": d.get("killed"), "injured": d.get("injured"),
            # its events and the other tellings folded into them (Event.mentions, coding/retold.py)
            "n_mentions": sum(1 + len(getattr(events[k], "mentions", None) or []) for k in d.get("events") or []
                              if 0 <= k < len(events)),
            "record": json.dumps(jsonable(d), ensure_ascii=False)})
    return rows
