"""PLOVER JSON records: one per aggregated event, with the PLOVER data fields eventwire can fill.

Core fields: id, date, event (PLOVER type), mode, context, actor, actor_country, recipient,
recipient_country, event_text, location, dead, injured, size.  ``context`` is an empty list:
eventwire does not code PLOVER contexts yet.  Extra fields keep the CAMEO side and the
provenance (cameo, goldstein, quad_class, num_*, url, doc_id, ...).  Events whose CAMEO code
has no PLOVER type (01x statements) get ``"event": null``.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

from eventwire.export.gdelt import actor_name


def _iso(v: Any) -> Any:
    return v.isoformat() if hasattr(v, "isoformat") else v


def plover_record(event: Mapping[str, Any], size: int | None = None) -> dict:
    """One ``events`` row (dict) -> a PLOVER record."""
    loc = None
    if event.get("place_name") or event.get("lat") is not None:
        loc = {"name": event.get("place_name"), "lat": event.get("lat"), "lon": event.get("lon"),
               "country": event.get("place_country"), "geonameid": event.get("geonameid"),
               "feature": event.get("place_feature"), "admin1": event.get("place_admin1"),
               "admin1_code": event.get("place_admin1_code")}
    date = _iso(event.get("date"))
    return {
        "id": str(event.get("event_id")),
        "date": str(date)[:10] if date else None,
        "event": event.get("plover_type"),
        "mode": event.get("plover_mode"),
        "context": [],
        "actor": actor_name(event, "source") or event.get("source_code"),
        "actor_code": event.get("source_code"),
        "actor_country": event.get("source_country"),
        "actor_sector": event.get("source_sector"),
        "recipient": actor_name(event, "target") or event.get("target_code"),
        "recipient_code": event.get("target_code"),
        "recipient_country": event.get("target_country"),
        "recipient_sector": event.get("target_sector"),
        "event_text": event.get("sentence_text"),
        "trigger": event.get("evidence_text"),
        "location": loc,
        "dead": event.get("dead"),
        "injured": event.get("injured"),
        "size": size,
        "cameo": event.get("cameo"),
        "goldstein": event.get("goldstein"),
        "quad_class": event.get("quad_class"),
        "confidence": event.get("confidence"),
        "num_mentions": event.get("num_mentions"),
        "num_sources": event.get("num_sources"),
        "num_articles": event.get("num_articles"),
        "first_seen": _iso(event.get("first_seen")),
        "url": event.get("url"),
        "doc_id": event.get("doc_id"),
        "coder": "eventwire",
        "corrected": bool(event.get("corrected")),
    }


def write_plover(events: Iterable[Mapping[str, Any]], path: str, sizes: Mapping[int, int] | None = None) -> int:
    """JSON lines, one PLOVER record per event; ``sizes``: event id -> crowd size (protesters count)."""
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for e in events:
            size = sizes.get(e.get("event_id")) if sizes else None
            fh.write(json.dumps(plover_record(e, size), ensure_ascii=False, default=str) + "\n")
            n += 1
    return n
