"""Ingest: every input kind becomes ``eventwire.model.Document``; bad input becomes a Document with
status skipped/failed and a reason, never an exception.

    read_inputs(paths, *, max_chars=200_000, detect_language=True) -> Iterator[Document]
    documents_from_records(records, *, max_chars=..., detect_language=...) -> Iterator[Document]
    check_document(doc, *, max_chars=..., detect_language=...) -> Document

Input kinds (by extension, content sniffed where the extension is missing or ambiguous):
``.jsonl``/``.ndjson``/``.json`` (+ ``.gz``), ``.txt``, ``.html``/``.htm``, ``.rss``/``.atom``/``.xml``
feeds, ``.warc``/``.warc.gz``, folders (recursive, sorted, hidden entries skipped), and ``-`` for
JSONL on stdin.  Documents come out in input order.
"""
from __future__ import annotations

import zlib
import io
import json
import logging
import os
import re
import sys
from pathlib import Path
from typing import Iterator, Optional, Sequence, Union

from eventwire.model import Document, FAILED
from eventwire.ingest.checks import (DEFAULT_MAX_CHARS, LIMITS, OverLimit, check_document, content_id, failed,
    guess_language, place_id)
from eventwire.ingest.dates import normalise_date, parse_date
from eventwire.ingest.feeds import html_to_text, read_feed
from eventwire.ingest.gz import Cut, Gunzip, gunzip_bytes, whole_lines, with_cut
from eventwire.ingest.html import html_file_documents
from eventwire.ingest.jsonl import read_jsonl_stream
from eventwire.ingest.records import documents_from_records, record_to_document
from eventwire.ingest.text import read_text
from eventwire.ingest.warc import read_warc

__all__ = [
    "read_inputs", "read_path", "documents_from_records", "check_document", "record_to_document",
    "content_id", "guess_language", "parse_date", "normalise_date", "html_to_text", "input_kind",
    "SUPPORTED_SUFFIXES", "documents_from_bytes",
]

log = logging.getLogger("eventwire.ingest")

# Suffix (lower case, longest first) -> kind.  "xml" and unknown suffixes are sniffed.
_SUFFIX_KIND = [
    (".warc.gz", "warc"), (".warc", "warc"),
    (".jsonl.gz", "jsonl"), (".ndjson.gz", "jsonl"), (".json.gz", "json"),
    (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"),
    (".txt.gz", "text"), (".txt", "text"), (".text", "text"),
    (".html.gz", "html"), (".htm.gz", "html"), (".html", "html"), (".htm", "html"), (".xhtml", "html"),
    (".rss", "feed"), (".atom", "feed"), (".xml.gz", "xml"), (".xml", "xml"),
    (".csv.gz", "csv"), (".csv", "csv"), (".tsv.gz", "tsv"), (".tsv", "tsv"),
]
SUPPORTED_SUFFIXES = tuple(s for s, _ in _SUFFIX_KIND)

PathLike = Union[str, "os.PathLike[str]"]


def input_kind(path: PathLike) -> Optional[str]:
    """The kind its name says (jsonl, json, text, html, feed, xml, warc, csv, tsv), or None."""
    name = os.fspath(path).lower()
    for suffix, kind in _SUFFIX_KIND:
        if name.endswith(suffix):
            return kind
    return None


def _sniff(data: bytes) -> str:
    """Kind from content, for .xml and unknown suffixes."""
    head = data[:4096]
    if head.startswith(b"WARC/"):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"<"):
        if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
            return "feed"
        if b"<html" in start or b"<!doctype html" in start or b"<body" in start:
            return "html"
        return "unknown-xml"
    return "text"


def _looks_gzip(head: bytes, name: str) -> bool:
    """Is this the start of gzip data? A file named *.gz only needs the magic number (a damaged one is then
    reported as corrupt); any other file must also have a gzip header whose first block inflates, so a text
    file that merely starts with the bytes 1f 8b is read as text."""
    if head[:2] != b"\x1f\x8b":
        return False
    if name.lower().endswith(".gz"):
        return True
    if len(head) < 18 or head[2] != 8:         # header (10 bytes) + trailer (8); method 8 = deflate
        return False
    try:
        zlib.decompressobj(wbits=31).decompress(head, 1 << 16)
    except zlib.error:
        return False
    return True


def _read_bytes(path: Path) -> tuple[bytes, Optional[Cut]]:
    """File content, gunzipped when it is gzip (see ``_content``), and where gzip data was cut (None: whole)."""
    limit = LIMITS["max_input_bytes"]
    if path.is_file() and path.stat().st_size > limit:
        raise OverLimit(f"file over the limit of {limit} bytes (--max-input-bytes)")
    return _content(path.read_bytes(), path.name)


def _content(data: bytes, name: str) -> tuple[bytes, Optional[Cut]]:
    """Gzip data (by magic number and header, whatever the suffix; not a WARC, which is read record by record)
    gunzipped up to --max-input-bytes (OverLimit past it), with where it was cut or damaged; other data as it is."""
    if _looks_gzip(data[:1 << 16], name) and not name.lower().endswith((".warc.gz", ".warc")):
        return gunzip_bytes(data, LIMITS["max_input_bytes"])
    return data, None


def _read_json_file(data: bytes, name: str, max_chars: int, detect_language: bool,
                    cut: bool = False) -> Iterator[Document]:
    """A ``.json`` file: a JSON array of records or a single object; otherwise JSON lines.  An item that
    cannot be read and has no id is named by its place, ``@name[N]`` (1-based; ``@`` + its origin).
    The array is read item by item: a file cut short (or corrupt part-way) gives the items before the cut, then
    one failed record that names the file, the item and the byte offset where reading stopped. JSON lines from
    gzip data that was ``cut`` are read up to the last whole line."""
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start == b"[" or (start == b"{" and data.strip().count(b"\n") == 0):
        yield from _json_items(data.decode("utf-8", errors="replace").lstrip("\ufeff"), name, max_chars, detect_language)
        return
    if cut:
        data = whole_lines(data)
    yield from read_jsonl_stream(io.BytesIO(data), name, max_chars=max_chars, detect_language=detect_language)


_JSON_WS = re.compile(r"[ \t\r\n]*")
# what a value cut short can end with: part of a literal or a number
_CUT_TAIL = re.compile(r"-?[0-9.eE+-]*|t(r(ue?)?)?|f(a(l(se?)?)?)?|n(u(ll?)?)?|N(aN?)?|-?I(n(f(i(n(i(ty?)?)?)?)?)?)?")


def _json_items(text: str, name: str, max_chars: int, detect_language: bool) -> Iterator[Document]:
    decoder = json.JSONDecoder(parse_constant=lambda _c: None)         # NaN, Infinity -> null
    opts = {"max_chars": max_chars, "detect_language": detect_language}
    pos = _JSON_WS.match(text).end()
    if text.startswith("{", pos):                       # one object
        n, item_at = 1, pos
        try:
            item, pos = decoder.raw_decode(text, pos)
            pos = _JSON_WS.match(text, pos).end()
            if pos < len(text):
                raise json.JSONDecodeError("Extra data", text, pos)
        except (ValueError, RecursionError) as exc:
            yield _json_cut(text, name, n, item_at, exc)
            return
        yield record_to_document(item, fallback_id=place_id(f"{name}[1]"), origin=f"{name}[1]", **opts)
        return
    pos += 1                                            # past "["
    n, item_at = 0, pos
    try:
        pos = _JSON_WS.match(text, pos).end()
        if text.startswith("]", pos):
            pos += 1
        else:
            while True:
                n, item_at = n + 1, pos
                item, pos = decoder.raw_decode(text, pos)
                yield record_to_document(item, fallback_id=place_id(f"{name}[{n}]"), origin=f"{name}[{n}]", **opts)
                pos = _JSON_WS.match(text, pos).end()
                if text.startswith(",", pos):
                    pos = _JSON_WS.match(text, pos + 1).end()
                    continue
                if text.startswith("]", pos):
                    pos += 1
                    break
                n, item_at = n + 1, pos
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
        pos = _JSON_WS.match(text, pos).end()
        if pos < len(text):
            n, item_at = n + 1, pos
            raise json.JSONDecodeError("Extra data after the array", text, pos)
    except (ValueError, RecursionError) as exc:
        yield _json_cut(text, name, max(n, 1), item_at, exc)


def _json_cut(text: str, name: str, n: int, item_at: int, exc: Exception) -> Document:
    """The failed record for where a JSON file stops being readable: cut short (the text ends inside item n)
    or corrupt (anything else); named by the file and the byte offset of the item."""
    pos = getattr(exc, "pos", None)
    offset = len(text[:item_at].encode("utf-8", "surrogatepass"))
    size = len(text.encode("utf-8", "surrogatepass"))
    msg = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
    rest = text[pos:].strip() if isinstance(pos, int) else None
    cut = rest is not None and ("Unterminated string" in msg or _CUT_TAIL.fullmatch(rest) is not None)
    if cut:
        reason = f"truncated JSON: {name} ends inside item {n} (from byte {offset}; {size} bytes)"
    else:
        at = f" at byte {len(text[:pos].encode('utf-8', 'surrogatepass'))}" if isinstance(pos, int) else ""
        reason = f"malformed JSON: {name}, item {n} (from byte {offset}): {msg}{at}; the rest of the file is not read"
    place = f"{name}@{offset}"
    return Document(id=place_id(place), text="", status=FAILED, origin=place, reason=reason)


def read_path(path: PathLike, *, max_chars: int = DEFAULT_MAX_CHARS, detect_language: bool = True,
              _kind: Optional[str] = None) -> Iterator[Document]:
    """Documents from one path (file, folder or ``-``).  Never raises."""
    name = os.fspath(path)
    opts = {"max_chars": max_chars, "detect_language": detect_language}
    if name == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:   # a text-only stand-in for stdin (embedding, some test runners)
            stdin = (line.encode("utf-8", "surrogatepass") for line in (sys.stdin or []))
        yield from read_jsonl_stream(stdin, "<stdin>", **opts)
        return
    p = Path(name)
    try:
        if p.is_dir():
            yield from _read_folder(p, **opts)
            return
        kind = _kind or input_kind(p)
        if kind == "jsonl":
            with open(p, "rb") as fh:
                packed = _looks_gzip(fh.read(1 << 16), p.name)
                fh.seek(0)
                if not packed:
                    yield from read_jsonl_stream(fh, name, **opts)
                    return
                gz = Gunzip(fh)
                with io.BufferedReader(gz, 1 << 16) as stream:
                    yield from read_jsonl_stream(stream, name, bounded_total=True, gzip_source=gz, **opts)
            return
        if kind == "warc":
            with open(p, "rb") as fh:
                yield from read_warc(fh, name, **opts)
            return
        data, cut = _read_bytes(p)
    except OverLimit as exc:
        log.warning("%s: %s", name, exc)
        yield failed(place_id(name), f"{name}: {exc}", origin=name)
        return
    except OSError as exc:
        log.warning("cannot read %s: %s", name, exc.strerror or exc)
        yield failed(place_id(name), f"cannot read {name}: {exc.strerror or exc}", origin=name)
        return
    except Exception as exc:
        log.warning("cannot read %s: %s", name, exc)
        yield failed(place_id(name), f"cannot read {name}: {type(exc).__name__}: {exc}", origin=name)
        return
    yield from with_cut(_documents(data, name, kind, cut is not None, **opts), cut, name)


def documents_from_bytes(data: bytes, name: str, *, max_chars: int = DEFAULT_MAX_CHARS,
                         detect_language: bool = True) -> Iterator[Document]:
    """Documents from one file's bytes (Spark reads files whole), as ``read_path`` gives them for the file on disk:
    kind by the name's suffix, sniffed when unknown; gzip by magic number, with the same size limit and a cut or
    damaged gzip file giving its readable records and then one failed record naming the cut.  Never raises."""
    opts = {"max_chars": max_chars, "detect_language": detect_language}
    try:
        kind = input_kind(name)
        if kind == "warc":
            yield from read_warc(io.BytesIO(data), name, **opts)
            return
        try:
            data, cut = _content(data, name)
        except OverLimit as exc:
            yield failed(place_id(name), f"{name}: {exc}", origin=name)
            return
        yield from with_cut(_documents(data, name, kind, cut is not None, **opts), cut, name)
    except Exception as exc:  # a reader bug must not fail the run
        log.exception("ingest error on %s", name)
        yield failed(place_id(name), f"ingest error: {type(exc).__name__}: {exc}", origin=name)


def _documents(data: bytes, name: str, kind: Optional[str], cut: bool, **opts) -> Iterator[Document]:
    """Documents from a file's content (after gunzip) by kind; ``cut``: the content ends where gzip data was cut,
    so a line-based kind is read up to its last whole line (a line cut in two is not a record)."""
    if kind is None or kind == "xml":
        sniffed = _sniff(data)
        if kind == "xml" and sniffed not in ("feed", "html"):
            yield Document(id=place_id(name), text="", status=FAILED, origin=name,
                           reason="unsupported XML: not an RSS/Atom feed")
            return
        kind = "text" if sniffed == "unknown-xml" else sniffed
        if kind == "warc":
            yield from read_warc(io.BytesIO(data), name, **opts)
            return
    base = Path(name).name
    base = base[:-3] if base.lower().endswith(".gz") else base
    if kind == "jsonl":
        yield from read_jsonl_stream(io.BytesIO(whole_lines(data) if cut else data), name, **opts)
    elif kind == "json":
        yield from _read_json_file(data, name, opts["max_chars"], opts["detect_language"], cut=cut)
    elif kind in ("csv", "tsv"):
        from eventwire.ingest.tables import read_table
        yield from read_table(whole_lines(data) if cut else data, name, "," if kind == "csv" else "\t", **opts)
    elif kind == "feed":
        yield from read_feed(data, name, **opts)
    elif kind == "html":
        yield from html_file_documents(data, Path(base).stem, name, **opts)
    else:
        yield from read_text(Path(name), data, **opts)


def _read_folder(folder: Path, **opts) -> Iterator[Document]:
    errors: list[OSError] = []
    files: list[tuple[tuple[str, ...], Path]] = []
    for root, dirs, names in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel = Path(root).relative_to(folder).parts
        for n in names:
            if not n.startswith(".") and input_kind(n) is not None:
                files.append((rel + (n,), Path(root) / n))
    if not files and not errors:
        log.warning("folder %s holds no supported input files", folder)
    for exc in errors:
        where = exc.filename or str(folder)
        yield failed(place_id(where), f"cannot read {where}: {exc.strerror or exc}", origin=where)
    for _, path in sorted(files):
        yield from read_path(path, **opts)


def read_inputs(paths: Union[Sequence[PathLike], PathLike], *, max_chars: int = DEFAULT_MAX_CHARS,
                detect_language: bool = True) -> Iterator[Document]:
    """Documents from every path, in input order; one per input record, never an exception.
    A single path (str or Path) is accepted as well as a sequence of them."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    for path in paths:
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        try:
            yield from read_path(path, max_chars=max_chars, detect_language=detect_language)
        except Exception as exc:  # last resort: a reader bug must not stop the run
            log.exception("ingest error on %s", path)
            yield failed(place_id(str(path)), f"ingest error: {type(exc).__name__}: {exc}", origin=str(path))
