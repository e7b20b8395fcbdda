"""WARC files (.warc, .warc.gz): one Document per response/resource record with an HTML payload."""
from __future__ import annotations

import io
import os
from collections import Counter
from typing import BinaryIO, Iterator, Optional

from eventwire.model import Document, SKIPPED
from eventwire.ingest.checks import DEFAULT_MAX_CHARS, failed, own_id, place_id
from eventwire.ingest.dates import normalise_date
from eventwire.ingest.html import html_document

_HTML_TYPES = ("text/html", "application/xhtml")


def _is_html(ctype: Optional[str], head: bytes) -> bool:
    if ctype:
        return any(t in ctype.lower() for t in _HTML_TYPES)
    start = head[:512].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html"))


def read_warc(stream: BinaryIO, name: str, *, max_chars: int = DEFAULT_MAX_CHARS,
              detect_language: bool = True) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator

    i = 0
    given = 0                          # records yielded for this file
    kinds: Counter = Counter()         # what the records that gave nothing were: "warcinfo", "response image/png" ...
    formats: set = set()
    try:
        records = ArchiveIterator(stream)
        for i, record in enumerate(records, 1):
            formats.add(record.format)
            if record.rec_type not in ("response", "resource"):
                kinds[record.rec_type] += 1
                continue
            origin = f"{name}#{i}"
            rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>") or None
            url = record.rec_headers.get_header("WARC-Target-URI") or None
            rid = own_id(rid) if rid else None               # the file's own names are never a place id ("@...")
            key = rid or (own_id(url) if url else place_id(origin))
            warc_date = record.rec_headers.get_header("WARC-Date")
            status = None
            if record.rec_type == "response" and record.http_headers is not None:
                ctype = record.http_headers.get_header("Content-Type")
                status = record.http_headers.get_statuscode()
            else:
                ctype = record.rec_headers.get_header("Content-Type")
                if ctype and ctype.startswith("application/http"):
                    kinds["unparsed HTTP message"] += 1
                    continue  # an HTTP message warcio could not parse; not a page
            try:
                payload = record.content_stream().read()
            except Exception as exc:
                given += 1
                yield failed(key, f"unreadable WARC payload: {type(exc).__name__}: {exc}",
                             origin=origin)
                continue
            missing = getattr(record.raw_stream, "limit", 0) or 0
            if missing > 0:           # the file ends inside this record: say so, and code nothing half-read
                given += 1
                yield failed(key, f"truncated WARC: {name} ends inside record {i} "
                             f"({missing} of {record.length} bytes missing)", origin=origin)
                continue
            if not _is_html(ctype, payload):
                kinds[f"{record.rec_type} {(ctype or 'without a type').split(';')[0].strip()}"] += 1
                continue
            given += 1
            meta = {"warc_date": warc_date} if warc_date else {}
            if status and not str(status).startswith("2"):
                yield Document(id=key, text="", url=url, status=SKIPPED, origin=origin,
                               reason=f"HTTP status {status}", meta=meta)
                continue
            yield html_document(payload, rid, origin, url=url, fallback_date=normalise_date(warc_date),
                                meta=meta, max_chars=max_chars, detect_language=detect_language)
    except Exception as exc:
        yield failed(place_id(name), _unreadable(name, i, exc), origin=name)
        return
    size = _size(stream)
    end = getattr(records, "offset", None)
    if size is not None and end is not None and end < size:
        # a compressed record cut short: the reader stops at the last whole one without a word
        given += 1
        yield failed(place_id(f"{name}@{end}"), f"truncated or corrupt WARC: {name} has {size - end} unreadable bytes after "
                     f"offset {end} (record {i + 1})", origin=f"{name}@{end}")
    if not given:
        # a file that gives no page must still give a record with the reason, never nothing
        yield Document(id=place_id(name), text="", status=SKIPPED, origin=name, reason=_nothing_coded(name, i, formats, kinds),
                       meta={"warc_records": i, "warc_record_kinds": dict(kinds)})


def _nothing_coded(name: str, n: int, formats: set, kinds: Counter) -> str:
    if not n:
        return f"no records in WARC file {name}"
    if "warc" not in formats:
        return (f"not a WARC file: {name} has no 'WARC/1.x' record header (its {n} record(s) could only be read as "
                "the old ARC format, with no HTML page)")
    seen = ", ".join(f"{count} {kind}" for kind, count in kinds.most_common(6))
    return f"no HTML pages in WARC file {name}: {n} record(s): {seen}"


def _unreadable(name: str, i: int, exc: Exception) -> str:
    """The reason a user reads when the WARC reader (warcio) stops at record i + 1: what is wrong in words, then the
    reader's own message."""
    where = f"{name}: record {i + 1} cannot be read" + (f" (the {i} before it were)" if i else "")
    text = f"{type(exc).__name__}: {exc}"
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    frame = tb.tb_frame.f_code.co_name if tb is not None else ""
    if type(exc).__name__ == "ArchiveLoadFailed":
        what = "not a WARC or ARC record header (not a WARC file, or the file is corrupt here)"
    elif frame == "load_http_headers" or "startswith" in str(exc):
        what = "its WARC headers lack a WARC-Target-URI, which a response or request record needs"
    elif isinstance(exc, (EOFError, OSError)) or "decompress" in str(exc).lower():
        what = "the data ends or is damaged inside it"
    else:
        what = "the WARC reader failed"
    return f"unreadable WARC: {where}: {what} ({text})"


def _size(stream) -> Optional[int]:
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        try:
            return len(stream.getbuffer())          # BytesIO
        except (AttributeError, ValueError):
            return None
