"""A stored document read back as an output-contract record (the ``Result.to_dict()`` shape).

Lets a resumed run print the same line for a document it does not code again.  An exact copy that
was not coded itself gets its original's events, places and counts.
"""
from __future__ import annotations

import json
from typing import Optional

from eventwire.model import CODED, PLACE_FIELDS
from eventwire.store.rows import _dated, fetch_dicts, jsonable


def read_result_record(con, doc_id: str) -> Optional[dict]:
    """The stored document ``doc_id`` as a record, or None when there is no such id."""
    row = con.execute("SELECT id, status, reason, date, duplicate_of, meta FROM documents WHERE id = ?",
                      [doc_id]).fetchone()
    if row is None:
        return None
    _, status, reason, date, dup, meta = row
    src = doc_id
    if dup and not con.execute("SELECT 1 FROM mentions WHERE doc_id = ? LIMIT 1", [doc_id]).fetchone():
        src = dup
    rec = {"id": doc_id, "status": status}
    if status != CODED or reason:
        rec["reason"] = reason
    rec["date"] = jsonable(date)
    try:
        meta = json.loads(meta) if isinstance(meta, str) else (meta or {})
    except ValueError:
        meta = {}
    if isinstance(meta, dict) and meta.get("date_why"):         # as Result.to_dict() gives it
        rec["date_why"] = meta["date_why"]
    if isinstance(meta, dict) and meta.get("date_warning"):     # as Result.to_dict() gives it
        rec["date_warning"] = meta["date_warning"]
        if meta.get("date_raw") is not None:
            rec["date_raw"] = meta["date_raw"]
    if isinstance(meta, dict) and meta.get("id_warning"):
        rec["id_warning"] = meta["id_warning"]
        rec["id_raw"] = meta.get("id_raw")
    if isinstance(meta, dict) and meta.get("truncated"):
        rec["truncated_from"] = meta["truncated"]
    actors = {}
    for a in fetch_dicts(con, "SELECT * FROM actors WHERE doc_id = ?", [src]):
        actors[(a["mention_id"], a["role"])] = {k: a[k] for k in
                                                ("code", "country", "sector", "name", "entity", "text", "start",
                                                 "end", "why")}
    counts_by_mention: dict[str, list] = {}
    counts = []
    for c in fetch_dicts(con, "SELECT * FROM counts WHERE doc_id = ? ORDER BY idx", [src]):
        cd = {k: c[k] for k in ("type", "value", "qualifier", "text", "start", "end", "sentence")}
        counts.append(cd)
        for mid in c["mention_ids"] or ([c["mention_id"]] if c["mention_id"] else []):
            counts_by_mention.setdefault(mid, []).append(cd)
    events = []
    for m in fetch_dicts(con, "SELECT * FROM mentions WHERE doc_id = ? AND NOT coalesce(not_event, false) "
                        "ORDER BY idx", [src]):
        loc = None
        if m["location_text"] is not None or m["location_name"] is not None:
            loc = {"text": m["location_text"], "start": m["location_start"], "end": m["location_end"],
                   "name": m["location_name"], "lat": m["location_lat"], "lon": m["location_lon"],
                   "country": m["location_country"], "geonameid": m["location_geonameid"],
                   "feature": m["location_feature"], "admin1": m["location_admin1"],
                   "admin1_code": m.get("location_admin1_code"),
                   "demonym": bool(m["location_demonym"]), "precision": m["location_precision"],
                   "why": m.get("location_why")}
        events.append({
            "source": actors.get((m["mention_id"], "source")), "target": actors.get((m["mention_id"], "target")),
            "cameo": m["cameo"], "plover": {"type": m["plover_type"], "mode": m["plover_mode"]},
            "goldstein": m["goldstein"], "quad_class": m["quad_class"], "sentence": m["sentence"],
            "evidence": {"text": m["evidence_text"], "start": m["evidence_start"], "end": m["evidence_end"]},
            "location": loc, "date": _dated(m["date"], m["date_precision"]), "date_precision": m["date_precision"],
            "confidence": None if m["confidence"] is None else round(m["confidence"], 3),
            "pattern": m["pattern"], "rule": m["rule"], "modality": m["modality"],
            "sentence_text": m["sentence_text"], "counts": counts_by_mention.get(m["mention_id"], []),
            "incident": m["incident"].rsplit("#", 1)[-1] if m.get("incident") else None,
            "mentions": json.loads(m["told_again"]) if m.get("told_again") else [],
        })
        if m.get("corrected"):
            events[-1]["corrected"] = True
    # in the output's key order (model.PLACE_FIELDS: admin1_code, a later column, after admin1)
    places = [{k: p.get(k) for k in PLACE_FIELDS} | {k: v for k, v in p.items() if k not in PLACE_FIELDS}
              for p in fetch_dicts(con, "SELECT * EXCLUDE (doc_id, idx) FROM places WHERE doc_id = ? ORDER BY idx",
                                  [src])]
    rec["events"], rec["places"], rec["counts"] = events, places, counts
    rec["incidents"] = [json.loads(r["record"]) for r in
                        fetch_dicts(con, "SELECT record FROM incidents WHERE doc_id = ? ORDER BY idx", [src])]
    return rec
