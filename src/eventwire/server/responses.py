"""Response shaping (stage: rows -> JSON): the JSON response class that never sends NaN, and the
helpers that turn store rows into the API's event, mention and document records, with the
highlighted spans and sentence context of each mention.
"""
from __future__ import annotations

import functools
import json
import math
from typing import Any, Optional

from fastapi.responses import JSONResponse

from eventwire.store.db import fetch_dicts, read_document


def _finite(value):
    """NaN and infinities (from a document's metadata, an average over nothing) become null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


class SafeJSONResponse(JSONResponse):
    """JSON that is always valid: NaN and infinities are sent as null."""

    def render(self, content) -> bytes:
        try:
            return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
        except ValueError:
            return json.dumps(_finite(content), ensure_ascii=False, allow_nan=False,
                              separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- helpers

_rows = fetch_dicts          # rows as JSON-ready dicts (the store's helper)


def _id_str(v: Any) -> Optional[str]:
    """Event ids are 60-bit integers: JavaScript numbers cannot hold them, so the API sends strings."""
    return None if v is None else str(v)


@functools.lru_cache(maxsize=4096)
def cameo_name(code: Optional[str]) -> Optional[str]:
    if not code:
        return None
    try:
        from eventwire.ontology import lookup
        rec = lookup(code)
    except Exception:  # noqa: BLE001 - a name is a nicety
        return None
    return rec.name if rec else None


def _actor(row: dict, prefix: str) -> Optional[dict]:
    code = row.get(f"{prefix}_code")
    text = row.get(f"{prefix}_text")
    if code is None and text is None and row.get(f"{prefix}_name") is None:
        return None
    return {"code": code, "name": row.get(f"{prefix}_name"), "country": row.get(f"{prefix}_country"),
            "sector": row.get(f"{prefix}_sector"), "text": text}


def _round(v: Any, n: int = 3) -> Any:
    return round(v, n) if isinstance(v, float) else v


def summarise(row: dict, level: str) -> dict:
    """One uniform event record for both levels (aggregated event or single mention)."""
    if level == "event":
        place = None
        if row.get("place_name") is not None or row.get("lat") is not None:
            place = {"name": row.get("place_name"), "lat": row.get("lat"), "lon": row.get("lon"),
                     "country": row.get("place_country"), "geonameid": row.get("geonameid"),
                     "feature": row.get("place_feature")}
        out = {"id": _id_str(row.get("event_id")), "level": "event", "event_id": _id_str(row.get("event_id")),
               "mention_id": row.get("mention_id"), "doc_id": row.get("doc_id"), "url": row.get("url"),
               "num_mentions": row.get("num_mentions"), "num_articles": row.get("num_articles"),
               "num_sources": row.get("num_sources"), "num_stories": row.get("num_stories"),
               "first_seen": row.get("first_seen"), "last_seen": row.get("last_seen"), "tone": row.get("tone")}
    else:
        place = None
        if row.get("location_name") is not None or row.get("location_lat") is not None:
            place = {"name": row.get("location_name"), "lat": row.get("location_lat"), "lon": row.get("location_lon"),
                     "country": row.get("location_country"), "geonameid": row.get("location_geonameid"),
                     "feature": row.get("location_feature"), "text": row.get("location_text")}
        out = {"id": row.get("mention_id"), "level": "mention", "event_id": _id_str(row.get("event_id")),
               "mention_id": row.get("mention_id"), "doc_id": row.get("doc_id"), "url": row.get("url"),
               "title": row.get("title"), "outlet": row.get("outlet"), "sentence": row.get("sentence"),
               "pattern": row.get("pattern"), "rule": row.get("rule"), "modality": row.get("modality"),
               "num_mentions": row.get("num_mentions"), "num_articles": row.get("num_articles"),
               "num_sources": row.get("num_sources")}
    cameo = row.get("cameo")
    out.update({
        "date": row.get("date"), "source": _actor(row, "source"), "target": _actor(row, "target"),
        "cameo": cameo, "cameo_name": cameo_name(cameo), "cameo_root": row.get("cameo_root"),
        "plover_type": row.get("plover_type"), "plover_mode": row.get("plover_mode"),
        "quad_class": row.get("quad_class"), "goldstein": _round(row.get("goldstein")),
        "confidence": _round(row.get("confidence")), "place": place, "dead": row.get("dead"),
        "injured": row.get("injured"), "evidence_text": row.get("evidence_text"),
        "sentence_text": row.get("sentence_text"), "corrected": bool(row.get("corrected")),
    })
    if level != "event":
        out["not_event"] = bool(row.get("not_event"))
    return out


def _span(text: Optional[str], start: Any, end: Any, expect: Optional[str]) -> Optional[tuple[int, int]]:
    """(start, end) when they are valid offsets into text (and cover ``expect`` when given)."""
    if text is None or not isinstance(start, int) or not isinstance(end, int):
        return None
    if not 0 <= start < end <= len(text):
        return None
    if expect and text[start:end].strip().lower() != expect.strip().lower():
        return None
    return start, end


def mention_spans(m: dict, text: Optional[str]) -> list[dict]:
    """The highlighted parts of a mention, as document offsets: source, target, trigger, place."""
    out = []
    for role, prefix, label_key in (("source", "source", "source_code"), ("target", "target", "target_code"),
                                    ("trigger", "evidence", "cameo"), ("place", "location", "location_name")):
        sp = _span(text, m.get(f"{prefix}_start"), m.get(f"{prefix}_end"), m.get(f"{prefix}_text"))
        if sp:
            out.append({"role": role, "start": sp[0], "end": sp[1], "text": text[sp[0]:sp[1]],
                        "label": m.get(label_key)})
    return out


def context_for(text: Optional[str], sentence: Optional[tuple[int, int]], spans: list[dict],
                fallback: Optional[str] = None, max_chars: int = 1500) -> dict:
    """The sentence of a mention (widened to take in spans from nearby sentences, up to
    ``max_chars``), with the spans' offsets made relative to it."""
    if text is None:
        return {"text": fallback or "", "start": None, "end": None, "spans": []}
    if sentence and _span(text, sentence[0], sentence[1], None):
        lo, hi = sentence
    elif spans:
        lo = max(0, min(s["start"] for s in spans) - 200)
        hi = min(len(text), max(s["end"] for s in spans) + 200)
    else:
        return {"text": fallback or "", "start": None, "end": None, "spans": []}
    wide_lo = min([lo] + [s["start"] for s in spans])
    wide_hi = max([hi] + [s["end"] for s in spans])
    if wide_hi - wide_lo <= max_chars:
        lo, hi = wide_lo, wide_hi
    keep = [dict(s, start=s["start"] - lo, end=s["end"] - lo) for s in spans if lo <= s["start"] and s["end"] <= hi]
    return {"text": text[lo:hi], "start": lo, "end": hi, "spans": keep}


def _document(con, doc_id: str) -> Optional[dict]:
    """A stored document with its sentences, mentions (and their event ids), places and counts."""
    doc = read_document(con, doc_id, story_limit=100)
    if doc is not None:
        doc.pop("content_hash", None)
    return doc


_MENTION_DETAIL_SQL = """
SELECT m.*, {em_cols}
       d.title, d.url, d.source AS outlet_name, d.outlet, d.date AS doc_date,
       md.text AS doc_text, s.start AS sent_start, s."end" AS sent_end
FROM {from_clause}
JOIN documents md ON md.id = m.doc_id
LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence
"""


def mention_detail(m: dict) -> dict:
    text = m.get("doc_text")
    spans = mention_spans(m, text)
    sent = (m.get("sent_start"), m.get("sent_end")) if m.get("sent_start") is not None else None
    ctx = context_for(text, sent, spans, fallback=m.get("sentence_text"))
    return {
        "mention_id": m.get("mention_id"), "doc_id": m.get("doc_id"), "article_id": m.get("article_id") or m.get("doc_id"),
        "inherited": bool(m.get("inherited")), "event_id": _id_str(m.get("event_id")),
        "title": m.get("title"), "url": m.get("url"), "outlet": m.get("outlet_name") or m.get("outlet"),
        "doc_date": m.get("doc_date"), "date": m.get("date"), "sentence": m.get("sentence"),
        "cameo": m.get("cameo"), "cameo_name": cameo_name(m.get("cameo")), "plover_type": m.get("plover_type"),
        "plover_mode": m.get("plover_mode"), "goldstein": m.get("goldstein"), "quad_class": m.get("quad_class"),
        "confidence": _round(m.get("confidence")), "modality": m.get("modality"), "pattern": m.get("pattern"),
        "rule": m.get("rule"), "source": _actor(m, "source"), "target": _actor(m, "target"),
        "place": m.get("location_name"), "evidence_text": m.get("evidence_text"),
        "dead": m.get("dead"), "injured": m.get("injured"), "context": ctx,
        "corrected": bool(m.get("corrected")), "not_event": bool(m.get("not_event")),
    }
