"""JSONL / NDJSON reader (plain, gzip, stdin): one Document per non-blank line, in order."""
from __future__ import annotations

import codecs
import hashlib
import json
import re
from typing import BinaryIO, Iterator, Optional

from eventwire.model import Document, FAILED
from eventwire.ingest.checks import DEFAULT_MAX_CHARS, LIMITS, OverLimit, failed, fix_surrogates, place_id
from eventwire.ingest.gz import Gunzip, cut_record

_SURROGATE_ESCAPE_RE = re.compile(r"\\u[dD][89a-fA-F]")
from eventwire.ingest.records import record_to_document


def read_jsonl_stream(
    stream: BinaryIO, name: str, *, max_chars: int = DEFAULT_MAX_CHARS, detect_language: bool = True,
    bounded_total: bool = False, gzip_source: Optional[Gunzip] = None) -> Iterator[Document]:
    """Read JSON lines from a binary stream.  ``name`` goes into each Document's origin (``name:N``).

    Blank (whitespace-only) lines are not records and give nothing, but they count in line numbers.
    A line that cannot be read as a record (not valid JSON, not an object, no usable text) and has no
    id of its own gives a failed Document whose id is its place, ``@name:N`` (``@`` + its origin, see
    ``checks.place_id``: no id a user gives can take it),
    so bad lines of different files never share an id and a rerun on the same file names them the
    same.  On stdin (``name`` ``<stdin>``) the place alone would repeat across runs, so the id is
    ``@<stdin>:N:`` + the first 8 hex digits of the SHA-1 of the raw line.  A readable record without
    an id gets ``content_id(text)``.  A read error part-way (I/O error) gives one failed Document named after
    ``name``, after the records read so far.  ``gzip_source``: the ``Gunzip`` under ``stream``; where its data is
    cut short or damaged the lines before the cut are read (a line cut in two is not a record), then one failed
    Document names the file and the offset of the cut (``@name@OFFSET``).
    """
    n = 0
    try:
        stream = _as_utf8(stream)
        for n, raw in enumerate(_bounded_lines(stream, bounded_total), 1):
            if gzip_source is not None and gzip_source.cut and raw is not None and not raw.endswith(b"\n"):
                yield cut_record(name, gzip_source.cut)
                return
            if raw is None:
                limit = LIMITS["max_record_bytes"]
                yield failed(fallback_id(name, n), f"record over the limit of {limit} bytes (--max-record-bytes)",
                             origin=f"{name}:{n}")
                continue
            if raw.startswith(b"\xef\xbb\xbf"):      # also inside: files with a BOM each, joined with cat
                raw = raw[3:]
            nul = 0
            if raw.startswith(b"\x00") or raw.rstrip(b"\r\n").endswith(b"\x00"):
                # NUL bytes around a record (a file padded with zeros after a crash, a writer's buffer): not JSON,
                # but not part of the record either
                core = raw.strip(b"\x00 \t\r\n")
                nul = len(raw.strip(b" \t\r\n")) - len(core)
                if not core:
                    yield failed(fallback_id(name, n, raw), f"line of {raw.count(0)} NUL bytes and no record",
                                 origin=f"{name}:{n}", meta={"nul_bytes_removed": raw.count(0)})
                    continue
                raw = core
            if not raw.strip():
                continue
            yield _line_to_document(raw, n, name, max_chars, detect_language, nul)
        if gzip_source is not None and gzip_source.cut:
            yield cut_record(name, gzip_source.cut)
    except OverLimit as exc:
        yield failed(place_id(name), f"{exc}, after line {n}", origin=name)
    except Exception as exc:  # I/O or decompression error part-way through
        yield failed(place_id(name), f"read error after line {n}: {type(exc).__name__}: {exc}", origin=name)


def _as_utf8(stream):
    """A stream of JSON lines in UTF-16 (Windows tools write them so: a byte order mark, then "{", "[" or white space
    as one 16-bit unit) read as UTF-8 lines.  Other bytes after a mark are left to the byte reader."""
    if hasattr(stream, "peek"):
        head = stream.peek(4)[:4]
    elif hasattr(stream, "seekable") and stream.seekable():
        at = stream.tell()
        head = stream.read(4)
        stream.seek(at)
    else:
        return stream
    starts = b"{[ \t\r\n"
    if (head[:2] == b"\xff\xfe" and head[3:4] == b"\x00" and head[2:3] and head[2:3] in starts) or (
            head[:2] == b"\xfe\xff" and head[2:3] == b"\x00" and head[3:4] and head[3:4] in starts):
        return codecs.EncodedFile(stream, "utf-8", "utf-16", errors="replace")
    return stream


def _bounded_lines(stream, bounded_total: bool) -> Iterator:
    """Lines of a binary stream; None for a line over the record limit (skipped without being held in memory).
    With `bounded_total` (a gzip stream) raises OverLimit once the stream has given more than the input limit."""
    max_line = LIMITS["max_record_bytes"]
    max_total = LIMITS["max_input_bytes"] if bounded_total else float("inf")
    readline = getattr(stream, "readline", None)
    if readline is None:                     # an iterator of lines (a text-only stdin stand-in)
        for raw in stream:
            yield raw if len(raw) <= max_line else None
        return
    total = 0
    while True:
        raw = readline(max_line + 1)
        if not raw:
            return
        total += len(raw)
        if len(raw) > max_line and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):     # skip the rest of the over-long line
                raw = readline(1 << 20)
                total += len(raw)
                if total > max_total:
                    raise OverLimit(f"input over the limit of {max_total} bytes (--max-input-bytes)")
            yield None
            continue
        if total > max_total:
            raise OverLimit(f"input over the limit of {max_total} bytes (--max-input-bytes)")
        yield raw


STDIN_NAME = "<stdin>"


def fallback_id(name: str, n: int, raw: bytes = b"") -> str:
    """The id of line ``n`` of ``name`` when the record gives none and cannot be named by its text."""
    if name == STDIN_NAME:
        digest = hashlib.sha1(raw.rstrip(b"\r\n")).hexdigest()[:8]
        return place_id(f"{name}:{n}:{digest}")
    return place_id(f"{name}:{n}")


def _line_to_document(raw: bytes, n: int, name: str, max_chars: int, detect_language: bool,
                      nul: int = 0) -> Document:
    origin = f"{name}:{n}"
    fallback = fallback_id(name, n, raw)
    notes: dict = {"nul_bytes_removed": nul} if nul else {}
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = raw.decode("utf-8", errors="replace")
        notes["invalid_utf8"] = line.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    try:
        try:
            value = json.loads(line, parse_constant=_no_constant)    # NaN, Infinity -> null
        except ValueError as exc:
            if not str(exc).startswith("Invalid control character"):
                raise
            # a raw tab, NUL or other control character inside a string (JSON wants it escaped): read as written
            value = json.loads(line, parse_constant=_no_constant, strict=False)
            notes["raw_control_characters"] = True
    except (ValueError, RecursionError) as exc:
        msg = str(exc) or type(exc).__name__
        line = line.rstrip("\r\n")
        notes["raw"] = line if len(line) <= 1000 else line[:1000] + "..."
        return Document(id=fallback, text="", status=FAILED, origin=origin, meta=notes,
                        reason=f"malformed JSON: {msg}")
    if "\\u" in line and _SURROGATE_ESCAPE_RE.search(line):
        value, n = fix_surrogates(value)
        if n:
            notes["invalid_unicode"] = n
    return record_to_document(value, fallback_id=fallback, origin=origin, notes=notes,
                              max_chars=max_chars, detect_language=detect_language)


def _no_constant(_name: str) -> None:
    """NaN and Infinity are not JSON; a record that carries them gets null there."""
    return None
