"""Turn one already-parsed record (a JSON object, a dict from Python or Spark) into a Document."""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Optional

from eventwire.model import Document, FAILED
from eventwire.ingest.checks import DEFAULT_MAX_CHARS, check_document, content_id, fix_surrogates, own_id, place_id

KNOWN = ("id", "text", "date", "title", "url", "source")
_OPTIONAL_STR = ("title", "url", "source")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def record_to_document(
    record: Any,
    *,
    fallback_id: str,
    origin: Optional[str] = None,
    notes: Optional[dict] = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    detect_language: bool = True,
) -> Document:
    """One record -> one checked Document.  Never raises.

    ``fallback_id`` names a record that cannot be read (not an object, no usable text) and has no id
    of its own, e.g. ``@news.jsonl:12`` (``checks.place_id`` of its place; no user id can take it).  A readable record without an id gets ``content_id(text)``.
    ``notes`` (e.g. ``{"invalid_utf8": 2}`` from the reader) go into meta.
    """
    meta: dict[str, Any] = dict(notes or {})
    if isinstance(record, Document):
        doc = record
        if doc.origin is None:
            doc.origin = origin
        if not isinstance(doc.meta, dict):
            doc.meta = {} if doc.meta is None else {"meta_raw": doc.meta}
        doc.meta.update(meta)
        return check_document(doc, max_chars=max_chars, detect_language=detect_language)
    if not isinstance(record, dict):
        meta["value_type"] = _json_type(record)
        return Document(id=fallback_id, text="", status=FAILED, origin=origin, meta=meta,
                        reason=f"record is not a JSON object (got {_json_type(record)})")
    try:
        return _from_dict(record, fallback_id, origin, meta, max_chars, detect_language)
    except Exception as exc:  # defensive: a record must never raise
        return Document(id=fallback_id, text="", status=FAILED, origin=origin, meta=meta,
                        reason=f"unreadable record: {type(exc).__name__}: {exc}")


def _from_dict(record: dict, fallback_id: str, origin: Optional[str], meta: dict,
               max_chars: int, detect_language: bool) -> Document:
    extra = record.get("meta")
    if isinstance(extra, dict):
        meta.update({str(k): v for k, v in extra.items()})
    for key, value in record.items():
        key = str(key)
        if key in KNOWN or (key == "meta" and isinstance(extra, dict)):
            continue
        meta[key] = value
    meta, n = fix_surrogates(meta)
    if n:
        meta["invalid_unicode"] = meta.get("invalid_unicode", 0) + n
    origin = record.get("origin") if isinstance(record.get("origin"), str) and origin is None else origin

    raw_id = record.get("id")
    doc_id: Optional[str] = None
    if isinstance(raw_id, str) and raw_id.strip():
        doc_id = own_id(raw_id, meta)          # never one of the ids made for unreadable records ("@...")
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        doc_id = str(raw_id)
    elif raw_id is not None:
        meta["id_raw"] = raw_id
        meta["id_warning"] = ("id is empty" if isinstance(raw_id, str) else
                              f"id is not a usable string or integer (got {_json_type(raw_id)})")

    fields: dict[str, Optional[str]] = {}
    for key in _OPTIONAL_STR:
        value = record.get(key)
        if value is None or isinstance(value, str):
            fields[key] = value
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            fields[key] = str(value)
        else:
            fields[key] = None
            meta[f"{key}_raw"] = value

    text = record.get("text")
    if not isinstance(text, str):
        reason = "missing text" if "text" not in record else (
            "text is null" if text is None else f"text is not a string (got {_json_type(text)})")
        if "text" in record and text is not None:
            meta["text_raw"] = text
        if "date" in record:
            meta["date_raw"] = record.get("date")
        return Document(id=doc_id or fallback_id, text="", status=FAILED, reason=reason,
                        origin=origin, meta=meta, **fields)

    doc = Document(id=doc_id or content_id(text), text=text, date=record.get("date"),
                   origin=origin, meta=meta, **fields)
    if doc_id is None:
        doc.meta["id_generated"] = True
    return check_document(doc, max_chars=max_chars, detect_language=detect_language)


def documents_from_records(
    records: Iterable[Any], *, max_chars: int = DEFAULT_MAX_CHARS, detect_language: bool = True
) -> Iterator[Document]:
    """Already-parsed records (dicts, or Documents to re-check) -> checked Documents, one per record,
    in order.  A record that cannot be read is named ``@record:N`` (1-based)."""
    for n, record in enumerate(records, 1):
        yield record_to_document(record, fallback_id=place_id(f"record:{n}"), origin=None,
                                 max_chars=max_chars, detect_language=detect_language)
