"""Readers: each input kind on fixtures the project wrote (tests/fixtures/ingest)."""
from __future__ import annotations

import gzip
import hashlib
import io
import os
import sys
import zlib
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs, documents_from_records, input_kind
from eventwire.model import Document

FIX = Path(__file__).parent / "fixtures" / "ingest"
sys.path.insert(0, str(FIX))
from build_fixtures import build_warc  # noqa: E402


def docs(*paths, **kw) -> list[Document]:
    return list(read_inputs([str(p) for p in paths], **kw))


def test_jsonl_fields_extra_keys_and_dates():
    out = docs(FIX / "articles.jsonl")
    assert [d.id for d in out[:2]] == ["wire-001", "42"]
    first, second, third = out
    assert first.status == "ok" and first.title == "Turkish shelling near Afrin" and first.source == "Test Wire"
    assert first.date == "2018-01-23" and first.meta == {"section": "world"}
    assert first.origin.endswith("articles.jsonl:1")
    # RFC 2822 date normalised, raw kept
    assert second.date == "2016-06-26" and second.meta["date_raw"] == "Sun, 26 Jun 2016 10:30:00 +0000"
    assert second.url == "https://wire.example/un-mali"
    # no id: stable content id; unknown list field kept
    assert third.id.startswith("sha1:") and len(third.id) == 5 + 16
    assert third.meta["tags"] == ["labour", "chile"] and third.date == "2016-06-26"
    assert docs(FIX / "articles.jsonl")[2].id == third.id


def test_text_file_is_one_document_named_by_stem():
    (d,) = docs(FIX / "news.txt")
    assert d.id == "news" and d.status == "ok"
    assert d.text.startswith("NAIROBI, March 4") and "Moyale arrested 14 people" in d.text


def test_txt_holding_json_lines_is_still_text(tmp_path):
    p = tmp_path / "looks_like.txt"
    p.write_text('{"id": "x", "text": "The army said on Monday it had repelled an attack on its base."}\n'
                 '{"id": "y", "text": "A second line of JSON inside a text file stays part of one text."}\n')
    (d,) = docs(p)
    assert d.id == "looks_like" and d.text.startswith('{"id": "x"') and '"y"' in d.text


def test_html_main_text_and_metadata():
    (d,) = docs(FIX / "page.html")
    assert d.status == "ok" and d.id == "page"
    assert d.title == "Ministers agree on fishing quotas"
    assert d.date == "2019-03-14"
    assert d.url == "https://ledger.example/world/2019/03/14/fishing-quotas"
    assert d.source == "The Harbour Ledger"
    assert "agreed on new quotas for mackerel" in d.text
    # boilerplate is not main text
    assert "Subscribe to our newsletter" not in d.text and "Sport" not in d.text


def test_rss_items_with_html_stripped_and_bad_date():
    out = docs(FIX / "feed.rss")
    assert len(out) == 2
    a, b = out
    assert a.id == "https://wire.example/world/dhaka-protest" and a.url == a.id
    assert a.source == "Test Wire: World News" and a.title == "Protesters clash with police in Dhaka"
    assert a.text.startswith("Protesters clash with police in Dhaka\n\nPolice fired tear gas at students")
    assert "<b>" not in a.text and "<p>" not in a.text
    assert "blocked major roads" in a.text
    assert a.date == "2018-08-04"   # local date as written in pubDate (+0600), not shifted to UTC
    assert b.date is None and b.meta["date_raw"] == "next tuesday?" and "date_warning" in b.meta
    assert b.status == "ok"


def test_atom_entries_prefer_full_content_and_use_updated_when_unpublished():
    a, b = docs(FIX / "feed.atom")
    assert a.id == "urn:example:entry:1" and a.source == "Regional Desk"
    assert "delay the final vote count by two days" in a.text and "Short summary" not in a.text
    assert a.date == "2020-11-01"
    assert b.date == "2020-11-02" and "3,000 families" in b.text
    assert b.url == "https://desk.example/2020/11/floods"


def test_xml_extension_is_sniffed():
    (d,) = docs(FIX / "headlines.xml")
    assert d.title == "Parliament approves budget" and d.source == "Headlines" and d.date == "2020-02-10"
    (bad,) = docs(FIX / "not-a-feed.xml")
    assert bad.status == "failed" and "not an RSS/Atom feed" in bad.reason


def test_warc_html_responses_only(tmp_path):
    path = build_warc(tmp_path / "crawl.warc.gz")
    out = docs(path)
    # warcinfo, request and the PNG response give nothing; two pages + one 404 page
    assert [d.id for d in out] == ["urn:uuid:00000000-0000-4000-8000-000000000001",
                                   "urn:uuid:00000000-0000-4000-8000-000000000003",
                                   "urn:uuid:00000000-0000-4000-8000-000000000004"]
    nile, durban, missing = out
    assert nile.url == "https://river.example/2021/05/nile-talks"
    assert nile.date == "2021-05-18"                  # the page's own date wins over WARC-Date
    assert "Delegations from Egypt and Sudan met in Khartoum" in nile.text
    assert nile.source == "River Times" and nile.title == "Talks on water sharing resume"
    assert durban.date == "2021-06-04" and durban.meta["date_source"] == "warc"
    assert "Dock workers in the port of Durban" in durban.text
    assert missing.status == "skipped" and missing.reason == "HTTP status 404"


def test_committed_warc_matches_builder(tmp_path):
    fresh = build_warc(tmp_path / "crawl.warc.gz")
    assert fresh.read_bytes() == (FIX / "crawl.warc.gz").read_bytes()


def test_folder_recursive_sorted_skips_hidden_and_unsupported():
    out = docs(FIX / "folder")
    assert [d.id for d in out] == ["first", "folder-jsonl-1", "z"]
    assert all("hidden" not in d.text for d in out)


def test_inputs_keep_order_across_paths():
    out = docs(FIX / "news.txt", FIX / "articles.jsonl", FIX / "news.txt")
    assert [d.id for d in out] == ["news", "wire-001", "42", out[3].id, "news"]


def test_single_path_string_accepted():
    assert [d.id for d in read_inputs(str(FIX / "news.txt"))] == ["news"]
    assert [d.id for d in read_inputs(FIX / "news.txt")] == ["news"]


def test_gzip_jsonl_and_truncated_gzip(tmp_path):
    lines = b"".join(
        b'{"id": "g%d", "text": "Troops guarded the roads of the port on day %d of the curfew."}\n' % (i, i)
        for i in range(1, 201))
    p = tmp_path / "batch.jsonl.gz"
    p.write_bytes(gzip.compress(lines))
    out = docs(p)
    assert [d.id for d in out] == [f"g{i}" for i in range(1, 201)]
    broken = tmp_path / "broken.jsonl.gz"
    cut = gzip.compress(lines)[:-200]
    broken.write_bytes(cut)
    out = docs(broken)
    assert out[-1].status == "failed" and out[-1].id == f"@{broken}@{len(cut)}" and "truncated gzip" in out[-1].reason
    readable = zlib.decompressobj(wbits=31).decompress(cut)           # every whole line before the cut is read
    assert [d.id for d in out[:-1]] == [f"g{i}" for i in range(1, readable.count(b"\n") + 1)]
    assert all(d.status == "ok" for d in out[:-1]) and len(out) > 1


def test_stdin_dash(monkeypatch):
    data = (b'{"id": "s1", "text": "The navy intercepted a fishing boat off the coast on Sunday."}\n'
            b'not json\n')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    out = docs("-")
    assert [d.id for d in out] == ["s1", "@<stdin>:2:" + hashlib.sha1(b"not json").hexdigest()[:8]]
    assert out[1].status == "failed" and out[1].origin == "<stdin>:2"


def test_missing_path_is_one_failed_document(tmp_path):
    missing = tmp_path / "nope.jsonl"
    out = docs(missing, FIX / "news.txt")
    assert out[0].id == f"@{missing}" and out[0].status == "failed" and "No such file" in out[0].reason
    assert out[1].id == "news"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("The cabinet resigned on Friday.")
    p.chmod(0)
    try:
        (d,) = docs(p)
        assert d.status == "failed" and d.id == f"@{p}" and "ermission" in d.reason
    finally:
        p.chmod(0o644)


def test_unknown_extension_sniffs_content(tmp_path):
    j = tmp_path / "records.data"
    j.write_text('{"id": "u1", "text": "Farmers blocked a motorway near the border on Tuesday."}\n')
    t = tmp_path / "README"
    t.write_text("The opposition leader was released from prison on Wednesday.")
    assert [d.id for d in docs(j, t)] == ["u1", "README"]


def test_json_array_file(tmp_path):
    p = tmp_path / "batch.json"
    p.write_text('[{"id": "j1", "text": "The senate passed the bill on Monday."}, 5, {"text": ""}]')
    out = docs(p)
    assert [(d.id, d.status) for d in out] == [("j1", "ok"), (f"@{p}[2]", "failed"), (out[2].id, "skipped")]


def test_several_files_line_ids_and_origin(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("{oops\n")
    b.write_text("\n{oops\n")
    out = docs(a, b)
    assert [d.id for d in out] == [f"@{a}:1", f"@{b}:2"]
    assert out[0].origin == f"{a}:1" and out[1].origin == f"{b}:2"


def test_unreadable_lines_of_two_files_get_distinct_stable_ids(tmp_path):
    """A bad line has no id of its own: it is named by its place ("@" + file:line), so the same line number
    in two files never gives the same id, and reading again gives the same ids."""
    (tmp_path / "feed").mkdir()
    a, b = tmp_path / "feed" / "monday.jsonl", tmp_path / "feed" / "tuesday.jsonl"
    a.write_text('{"id": "m1", "text": "The mayor opened a new bridge over the river."}\n{"text": \n'
                 '["a", "list"]\n{"title": "Headline without a body"}\n')
    b.write_text('{"id": "t1", "text": "Workers at the port went on strike over pay."}\n{"text": \n'
                 '["a", "list"]\n{"title": "Headline without a body"}\n')
    out = docs(tmp_path / "feed")
    bad = [d for d in out if d.status == "failed"]
    assert [d.id for d in bad] == [f"@{p}:{n}" for p in (a, b) for n in (2, 3, 4)]
    assert [d.id for d in bad] == ["@" + d.origin for d in bad]
    assert len({d.id for d in out}) == len(out) == 8
    assert [d.reason.split(":")[0] for d in bad[:3]] == [
        "malformed JSON", "record is not a JSON object (got array)", "missing text"]
    assert [d.id for d in docs(tmp_path / "feed")] == [d.id for d in out]


def test_unreadable_stdin_lines_are_named_by_line_and_content(monkeypatch):
    def read(data: bytes) -> list[Document]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        return docs("-")
    first, second = read(b"{broken one\n"), read(b"{broken two\n")
    assert first[0].id != second[0].id and first[0].id.startswith("@<stdin>:1:")
    assert read(b"{broken one\r\n")[0].id == first[0].id


def test_input_kind_by_suffix():
    assert input_kind("x.JSONL") == "jsonl" and input_kind("x.ndjson.gz") == "jsonl"
    assert input_kind("crawl.warc.gz") == "warc" and input_kind("a.htm") == "html"
    assert input_kind("f.atom") == "feed" and input_kind("f.xml") == "xml" and input_kind("x.pdf") is None


def test_documents_from_records_same_checks():
    out = list(documents_from_records([
        {"id": "r1", "text": "Rebels attacked a police station in the north on Monday.", "date": "2020/03/05"},
        "not a dict",
        {"text": "   "},
        Document(id="d1", text="Officials in Manila said the typhoon killed 12 people.\x07"),
    ]))
    assert [d.status for d in out] == ["ok", "failed", "skipped", "ok"]
    assert out[0].date == "2020-03-05" and out[1].id == "@record:2"
    assert out[3].text.endswith("12 people.") and out[3].meta["control_chars_removed"] == 1


def test_gzip_found_by_magic_number(tmp_path):
    p = tmp_path / "mislabelled.jsonl"
    p.write_bytes(gzip.compress(b'{"id": "m1", "text": "The coalition said its jets struck a depot near Hodeidah."}\n'))
    assert [(d.id, d.status) for d in docs(p)] == [("m1", "ok")]
    crawl = tmp_path / "crawl.bin"
    crawl.write_bytes((FIX / "crawl.warc.gz").read_bytes())
    assert [d.status for d in docs(crawl)] == ["ok", "ok", "skipped"]


def test_text_that_only_starts_like_gzip_is_read_as_text(tmp_path):
    # the two magic bytes alone do not make gzip: each line still gets its record, with the JSON error
    p = tmp_path / "odd.ndjson"
    p.write_bytes(b'\x1f\x8b\n{"id": "g2", "text": "Rebels shelled the port of Hodeidah."}\n')
    out = docs(p)
    assert [d.status for d in out] == ["failed", "ok"] and out[1].id == "g2"
    assert "malformed JSON" in out[0].reason
    # a file named .gz is taken at its word and reported as damaged
    gz = tmp_path / "broken.jsonl.gz"
    gz.write_bytes(b"\x1f\x8b\x08\x00 not really compressed")
    (only,) = docs(gz)
    assert only.status == "failed" and "corrupt gzip" in only.reason and only.id.startswith(f"@{gz}@")


def test_stdin_without_binary_buffer(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "t1", "text": "Border guards fired warning shots."}\n'))
    assert [d.id for d in docs("-")] == ["t1"]


def test_ingest_command_writes_one_line_per_document(tmp_path, capsys):
    import argparse
    import json
    from eventwire.ingest.commands import add_arguments, run
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    out = tmp_path / "docs.jsonl"
    assert run(parser.parse_args([str(FIX / "feed.rss"), str(FIX / "not-a-feed.xml"), "-o", str(out)])) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["status"] for r in rows] == ["ok", "ok", "failed"]
    assert "3 documents" in capsys.readouterr().err


def test_permission_error_simulated(tmp_path, monkeypatch):
    p = tmp_path / "locked.html"
    p.write_text("<html><body><p>The cabinet resigned on Friday.</p></body></html>")

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(Path, "read_bytes", denied)
    (d,) = docs(p)
    assert d.status == "failed" and d.id == f"@{p}" and "Permission denied" in d.reason


def test_csv_and_tsv_with_a_header_are_records(tmp_path):
    """Issue 17: a CSV's header names the fields (the header is not read as text)."""
    from eventwire.ingest import read_inputs
    csv_path = tmp_path / "wire.csv"
    csv_path.write_text('ID,Date,Title,Text\n'
                        'w1,2024-05-02,Strike,"Workers in Lagos went on strike, the union said."\n'
                        '\n'
                        ',,,\n'
                        'w2,2024-05-03,Talks,"Egypt hosted talks between Sudan and Ethiopia."\n', encoding="utf-8")
    docs = list(read_inputs([csv_path]))
    assert [(d.id, d.status, d.date) for d in docs] == [("w1", "ok", "2024-05-02"), ("w2", "ok", "2024-05-03")]
    assert docs[0].text.startswith("Workers in Lagos") and docs[0].title == "Strike"
    tsv_path = tmp_path / "wire.tsv"
    tsv_path.write_text("headline\tbody\nA\tTurkey shelled positions in Syria.\n", encoding="utf-8")
    (doc,) = read_inputs([tsv_path])
    assert doc.status == "ok" and doc.text == "Turkey shelled positions in Syria."
    bad = tmp_path / "notext.csv"
    bad.write_text("id,headline\nx,Nothing here\n", encoding="utf-8")
    (doc,) = read_inputs([bad])
    assert doc.status == "failed" and "no text column" in doc.reason
