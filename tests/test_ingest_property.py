"""Property-based: arbitrary bytes and arbitrary JSON into read_inputs never raise, and JSONL gives
exactly one Document per (non-blank) input line."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from eventwire.ingest import read_inputs, documents_from_records, check_document
from eventwire.model import Document

STATUSES = {"ok", "skipped", "failed"}
# EW_HYPOTHESIS_EXAMPLES=2000 for a deeper run
SETTINGS = settings(max_examples=int(os.environ.get("EW_HYPOTHESIS_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
any_text = st.text(st.characters(codec=None), max_size=300)   # includes lone surrogates
records = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=12), st.integers(), st.none(), json_values),
        "text": st.one_of(any_text, json_values),
        "date": st.one_of(st.text(max_size=30), st.integers(), json_values),
        "title": st.one_of(st.text(max_size=20), json_values),
        "url": st.text(max_size=20),
        "extra": st.one_of(json_values, any_text),
    },
)


def _read(data: bytes, suffix: str, **kw) -> list[Document]:
    d = Path(tempfile.mkdtemp(prefix="ew-ingest-"))
    try:
        p = d / f"input{suffix}"
        p.write_bytes(data)
        return list(read_inputs([str(p)], **kw))
    finally:
        shutil.rmtree(d, ignore_errors=True)


def _valid(doc: Document) -> None:
    assert isinstance(doc, Document)
    assert isinstance(doc.id, str) and doc.id
    assert isinstance(doc.text, str)
    assert doc.status in STATUSES
    assert (doc.reason is None) == (doc.status == "ok")
    assert doc.date is None or (len(doc.date) == 10 and doc.date[4] == "-")
    json.dumps(doc.to_dict(), default=str, ensure_ascii=False).encode("utf-8")   # writable as UTF-8


def _nonblank_lines(data: bytes) -> int:
    # a UTF-8 BOM opens a file, and any line of files joined with cat: the reader drops it wherever a line starts
    lines = [line[3:] if line.startswith(b"\xef\xbb\xbf") else line for line in data.split(b"\n")]
    return sum(1 for line in lines if line.strip())


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_as_jsonl_one_document_per_line(data):
    out = _read(data, ".jsonl", detect_language=False)
    assert len(out) == _nonblank_lines(data)
    for doc in out:
        _valid(doc)


@SETTINGS
@given(st.lists(st.binary(max_size=120).filter(lambda b: b"\n" not in b), max_size=12))
def test_arbitrary_byte_lines_with_language_detection(lines):
    data = b"\n".join(lines)
    out = _read(data, ".ndjson")
    assert len(out) == _nonblank_lines(data)
    for doc in out:
        _valid(doc)


@SETTINGS
@given(st.lists(st.one_of(json_values, records), min_size=1, max_size=10))
def test_arbitrary_json_lines(values):
    data = "\n".join(json.dumps(v) for v in values).encode()
    out = _read(data, ".jsonl")
    assert len(out) == len(values)
    for n, (value, doc) in enumerate(zip(values, out), 1):
        _valid(doc)
        assert doc.origin.endswith(f":{n}")
        if not isinstance(value, dict):
            assert doc.status == "failed" and doc.id == "@" + doc.origin and doc.id.endswith(f":{n}")
        elif not isinstance(value.get("text"), str):
            assert doc.status == "failed"
        # every key the user gave is kept somewhere
        if isinstance(value, dict):
            for key in value:
                if key not in ("id", "text", "date", "title", "url", "source"):
                    assert key in doc.meta


@SETTINGS
@given(st.binary(max_size=1500), st.sampled_from([".txt", ".html", ".rss", ".xml", ".warc", ".warc.gz",
                                                  ".jsonl.gz", ".json", ".bin"]))
def test_arbitrary_bytes_any_kind_never_raise(data, suffix):
    out = _read(data, suffix, detect_language=False)
    for doc in out:
        _valid(doc)
    if suffix == ".txt":
        assert len(out) == 1


@SETTINGS
@given(st.lists(st.one_of(records, json_values), max_size=8))
def test_documents_from_records_one_per_record(values):
    out = list(documents_from_records(values))
    assert len(out) == len(values)
    for doc in out:
        _valid(doc)


@SETTINGS
@given(st.text(max_size=600), st.integers(min_value=20, max_value=400))
def test_check_document_idempotent(text, max_chars):
    once = check_document(Document(id="p", text=text), max_chars=max_chars).to_dict()
    again = check_document(Document(**{**once, "meta": dict(once["meta"])}), max_chars=max_chars).to_dict()
    assert again == once
    assert once["status"] != "ok" or len(once["text"]) <= max_chars


@SETTINGS
@given(st.text(min_size=1, max_size=200))
def test_same_text_same_id(text):
    a = list(documents_from_records([{"text": text}]))[0]
    b = list(documents_from_records([{"text": text, "title": "other"}]))[0]
    assert a.id == b.id


FIX = Path(__file__).parent / "fixtures" / "ingest"


def _mutate(data: bytes, edits: list[tuple[int, int]], cut: int) -> bytes:
    buf = bytearray(data)
    for pos, value in edits:
        buf[pos % len(buf)] = value
    return bytes(buf[: max(1, len(buf) - cut)])


@SETTINGS
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=6),
       st.integers(min_value=0, max_value=400))
def test_damaged_warc_never_raises(edits, cut):
    import gzip
    plain = gzip.decompress((FIX / "crawl.warc.gz").read_bytes())
    out = _read(_mutate(plain, edits, cut), ".warc", detect_language=False)
    for doc in out:
        _valid(doc)
    out = _read(_mutate((FIX / "crawl.warc.gz").read_bytes(), edits, cut), ".warc.gz", detect_language=False)
    for doc in out:
        _valid(doc)


@SETTINGS
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=6),
       st.integers(min_value=0, max_value=300), st.sampled_from(["feed.rss", "feed.atom", "page.html"]))
def test_damaged_feed_and_html_never_raise(edits, cut, name):
    data = _mutate((FIX / name).read_bytes(), edits, cut)
    out = _read(data, Path(name).suffix)
    for doc in out:
        _valid(doc)
    if name == "page.html":    # the page, and for a page cut before </html> a failed record naming the cut
        assert len(out) in (1, 2)
        assert len(out) == 1 or (out[1].status == "failed" and out[1].reason.startswith("truncated HTML"))
