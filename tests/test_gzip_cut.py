"""Issue 19: a gzip input of any kind cut short or damaged part-way gives every record that could be read, then one
failed record naming the file and the offset of the cut; the decompressed-size limit still holds."""
from __future__ import annotations

import gzip
import json
import zlib

import pytest

from eventwire.ingest import checks, documents_from_bytes, read_inputs

RECORDS = [{"id": f"r{i}", "text": f"Police arrested {i + 2} men in Lagos on Monday, officials said. " * 12}
           for i in range(40)]


def _content(kind: str) -> bytes:
    if kind == "jsonl.gz":
        return "".join(json.dumps(r) + "\n" for r in RECORDS).encode()
    if kind == "json.gz":
        return json.dumps(RECORDS, indent=1).encode()
    if kind == "csv.gz":
        return ("id,text\n" + "".join(f'{r["id"]},"{r["text"]}"\n' for r in RECORDS)).encode()
    if kind == "rss.gz":         # named .xml.gz: sniffed as a feed
        items = "".join(f"<item><guid>{r['id']}</guid><title>Report {r['id']}</title>"
                        f"<description>{r['text']}</description></item>\n" for r in RECORDS)
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode()
    if kind == "html.gz":
        return ("<html><body>" + "".join(f"<p>{r['text']}</p>\n" for r in RECORDS) + "</body></html>").encode()
    return "".join(r["text"] + "\n" for r in RECORDS).encode()


def _read(path):
    return list(read_inputs([str(path)], detect_language=False))


@pytest.mark.parametrize("kind", ["jsonl.gz", "json.gz", "csv.gz", "rss.gz", "html.gz", "txt.gz"])
def test_cut_gzip_gives_the_records_before_the_cut_and_one_failed_record(tmp_path, kind):
    packed = gzip.compress(_content(kind))
    name = "wire.xml.gz" if kind == "rss.gz" else f"wire.{kind}"
    whole = _read_path(tmp_path / name, packed)
    assert all(d.status == "ok" for d in whole) and len(whole) == (1 if kind in ("html.gz", "txt.gz") else 40)

    cut = packed[: int(len(packed) * 0.6)]
    path = tmp_path / name
    path.write_bytes(cut)
    out = _read(path)
    failed = [d for d in out if d.status == "failed"]
    assert failed == [out[-1]]                                  # one failed record, last
    assert out[-1].id == f"@{path}@{len(cut)}" and out[-1].origin == f"{path}@{len(cut)}"
    assert out[-1].reason.startswith(f"truncated gzip: {path} ends at byte {len(cut)}")
    readable = zlib.decompressobj(wbits=31).decompress(cut)
    assert f"after {len(readable)} bytes of content" in out[-1].reason
    coded = out[:-1]
    if kind in ("html.gz", "txt.gz"):                           # one record: the text before the cut
        (doc,) = coded
        assert doc.id == "wire" and doc.text.startswith(RECORDS[0]["text"].strip())
        assert len(doc.text) < len(_content("txt.gz"))
    else:                                                       # the whole records before the cut, in order
        whole_ids = [d.id for d in whole]
        assert [d.id for d in coded] == whole_ids[:len(coded)] and 5 < len(coded) < 40
        assert all(d.text == w.text for d, w in zip(coded, whole))   # none of them half-read


def _read_path(path, data):
    path.write_bytes(data)
    return _read(path)


def _members(lines: list[bytes], split: int) -> tuple[bytes, bytes]:
    return gzip.compress(b"".join(lines[:split])), gzip.compress(b"".join(lines[split:]))


def test_damaged_second_member_keeps_the_first_and_names_the_damage(tmp_path):
    lines = [(json.dumps(r) + "\n").encode() for r in RECORDS]
    first, second = _members(lines, 15)
    path = tmp_path / "two.jsonl.gz"
    assert [d.id for d in _read_path(path, first + b"\0" * 7 + second)] == [r["id"] for r in RECORDS]  # padding is fine
    bad = bytearray(second)
    bad[2] = 7                                                  # compression method 7: not deflate
    out = _read_path(path, first + bytes(bad))
    assert [d.id for d in out[:-1]] == [r["id"] for r in RECORDS[:15]]
    at = int(out[-1].id.rsplit("@", 1)[1])      # where zlib notices: with the flags byte after the method byte
    assert len(first) + 2 <= at <= len(first) + 3 and out[-1].origin == f"{path}@{at}"
    assert out[-1].status == "failed" and out[-1].reason.startswith(f"corrupt gzip: {path} at byte {at} of ")
    assert "unknown compression method" in out[-1].reason
    # a damaged CRC: the content is all there but cannot be trusted past the member; the failed record says so
    crc = bytearray(first)
    crc[-6] ^= 0xFF
    out = _read_path(path, bytes(crc) + second)
    assert [d.id for d in out[:-1]] == [r["id"] for r in RECORDS[:15]]
    assert "corrupt gzip" in out[-1].reason and "incorrect data check" in out[-1].reason


def test_spark_reads_cut_gzip_as_the_file_reader_does(tmp_path):
    for kind in ("jsonl.gz", "json.gz", "txt.gz"):
        packed = gzip.compress(_content(kind))
        packed = packed[: len(packed) // 2]
        path = tmp_path / f"cut.{kind}"
        path.write_bytes(packed)
        local = [(d.id, d.status, d.reason) for d in _read(path)]
        spark = [(d.id, d.status, d.reason) for d in documents_from_bytes(packed, str(path), detect_language=False)]
        assert spark == local and local[-1][1] == "failed"


def test_cut_gzip_over_the_size_limit_is_still_refused(tmp_path):
    saved = dict(checks.LIMITS)
    checks.set_limits(max_input_bytes=100_000)
    try:
        packed = gzip.compress(b"The army shelled the village. " * 20_000)
        path = tmp_path / "big.txt.gz"
        path.write_bytes(packed[: len(packed) * 9 // 10])
        (only,) = _read(path)
        assert only.status == "failed" and "decompressed size over the limit of 100000 bytes" in only.reason
        assert documents_from_bytes(packed, "big.txt.gz").__next__().reason == only.reason.replace(str(path), "big.txt.gz")
    finally:
        checks.LIMITS.update(saved)
