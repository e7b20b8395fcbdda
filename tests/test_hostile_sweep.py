"""Hostile inputs found by the session-11 reliability sweep (rely11): each used to lose a record's text or its
id without saying so.  Fast: no parse (the pipeline's pool is replaced where a run is needed)."""
from __future__ import annotations

import json

import pytest

from eventwire.ingest.checks import check_document, guess_language
from eventwire.ingest.html import html_document
from eventwire.ingest.records import record_to_document
from eventwire.model import Document, Result

ENGLISH = ("Farmers from three provinces blocked the main highway with their tractors on Friday and the police "
           "said that they would not clear the road before talks with the ministry.")
FRENCH = ("Les agriculteurs de trois provinces ont bloqué la route principale avec leurs tracteurs vendredi et la "
          "police a déclaré qu'elle ne dégagerait pas la route avant des discussions avec le ministère.")


# --- an over-long run of letters decided the language of the whole record ---------------------------------------

def test_a_long_run_of_letters_does_not_make_english_text_foreign():
    """10,000 x's in a record (a separator, a stretched word, junk from a scraper) filled the detector's sample and
    the English record was skipped as Somali; "kkkk..." as Finnish, "abab..." as Tagalog."""
    for junk in ("x" * 10_000, "k" * 3_000, "ab" * 2_000, "Aaaa" + "a" * 5_000 + "rgh"):
        assert guess_language(junk + " " + ENGLISH) == "en", junk[:8]
        doc = check_document(Document(id="r", text="Headline " + junk + "\n" + ENGLISH))
        assert doc.status == "ok", (junk[:8], doc.reason)


def test_a_long_run_of_letters_alone_is_not_named_a_language():
    assert guess_language("x" * 10_000) is None
    doc = check_document(Document(id="r", text="Farmers blocked " + "x" * 10_000 + " the road."))
    assert doc.status == "ok" and doc.reason is None


def test_foreign_text_after_a_long_run_of_letters_is_still_foreign():
    assert guess_language("z" * 5_000 + " " + FRENCH) == "fr"
    assert guess_language(FRENCH) == "fr"


# --- an id that could not be used was replaced without a word in the output --------------------------------------

def _out(record: dict) -> dict:
    doc = record_to_document(record, fallback_id="@f.jsonl:1", origin="f.jsonl:1")
    return Result(document=doc, status="coded").to_dict()


def test_an_unusable_id_is_reported_in_the_output_record_with_the_id_given():
    for given, warning in (("", "id is empty"), ("   ", "id is empty"), (7.5, "got number"), (True, "got boolean"),
                           ([1, 2], "got array"), ({"a": 1}, "got object")):
        rec = _out({"id": given, "text": ENGLISH})
        assert rec["id"].startswith("sha1:"), given
        assert warning in rec["id_warning"] and rec["id_raw"] == given, given
        json.dumps(rec)
    rec = _out({"id": "@x", "text": ENGLISH})
    assert rec["id"] == "@@x" and rec["id_raw"] == "@x" and "reserved" in rec["id_warning"]
    assert "id_warning" not in _out({"id": "a1", "text": ENGLISH})
    assert "id_warning" not in _out({"id": 12, "text": ENGLISH})
    assert "id_warning" not in _out({"text": ENGLISH})


def test_an_unusable_id_from_python_is_reported_and_the_output_stays_json():
    doc = check_document(Document(id=("tuple", 1), text=ENGLISH))
    rec = Result(document=doc, status="coded").to_dict()
    assert rec["id"].startswith("sha1:") and "tuple" in rec["id_warning"]
    json.dumps(rec)


@pytest.mark.slow            # two runs into DuckDB: about 10 s on a loaded machine
def test_the_id_warning_comes_back_from_the_store_on_a_rerun(tmp_path):
    from tests.test_bad_input_e2e import _code_into

    f = tmp_path / "ids.jsonl"
    f.write_text(json.dumps({"id": 7.5, "text": ENGLISH}) + "\n" + json.dumps({"id": "@x", "text": FRENCH}) + "\n")
    db = tmp_path / "ew.duckdb"
    for run in (1, 2):                   # the second run gives the stored records
        recs = _code_into(db, f)
        assert [(r["id_raw"], "id_warning" in r) for r in recs] == [(7.5, True), ("@x", True)], run


# --- a page nested deeper than the HTML parser's limit gave no text ----------------------------------------------

def _page(depth: int, open_tag: str = "<div><span>", close_tag: str = "</span></div>") -> bytes:
    return ("<html><head><title>t</title></head><body>" + open_tag * depth + "<p>" + ENGLISH + "</p>"
            + close_tag * depth + "</body></html>").encode()


def test_a_page_nested_deeper_than_the_parser_limit_keeps_its_text():
    for page in (_page(2_000), _page(400, "<font>", "")):
        doc = html_document(page, "deep", "deep.html")
        assert doc.status == "ok", doc.reason
        assert "blocked the main highway" in doc.text


def test_a_shallow_page_and_a_page_with_no_text_are_read_as_before():
    assert "blocked the main highway" in html_document(_page(20), "p", "p.html").text
    empty = html_document(b"<html><body>" + b"<div>" * 600 + b"</div>" * 600 + b"</body></html>", "e", "e.html")
    assert empty.status == "skipped" and empty.reason == "no main text found in HTML"


@pytest.mark.slow            # one run into DuckDB
def test_an_exact_copy_reports_its_own_id_warning_not_the_originals(tmp_path):
    """The copy's output record was the original's with the id replaced: it carried the original's id_warning."""
    from tests.test_bad_input_e2e import _code_into

    f = tmp_path / "copies.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in (
        {"id": True, "text": ENGLISH}, {"id": "@x", "text": ENGLISH}, {"id": "plain", "text": ENGLISH})) + "\n")
    recs = _code_into(tmp_path / "ew.duckdb", f)
    assert [r["id"] for r in recs][1:] == ["@@x", "plain"]
    assert recs[0]["id_raw"] is True and "boolean" in recs[0]["id_warning"]
    assert recs[1]["reason"].startswith("exact duplicate") and recs[1]["id_raw"] == "@x"
    assert "reserved" in recs[1]["id_warning"]
    assert "id_warning" not in recs[2] and "id_raw" not in recs[2]


# --- JSON lines in UTF-16, and a byte order mark inside the file ---------------------------------------------------

def _read(data: bytes) -> list:
    import io

    from eventwire.ingest.jsonl import read_jsonl_stream
    return list(read_jsonl_stream(io.BytesIO(data), "f.jsonl", detect_language=False))


def test_json_lines_in_utf16_are_read():
    """Windows PowerShell's `>` writes UTF-16 with a BOM: every line failed as 'malformed JSON: Expecting value'."""
    lines = [json.dumps({"id": "a", "text": ENGLISH}), json.dumps({"id": "b", "text": "Tr\u00e8s bien, \u00e9t\u00e9."})]
    for enc in ("utf-16", "utf-16-be"):
        data = ("\n".join(lines) + "\n").encode(enc)
        if enc == "utf-16-be":
            data = b"\xfe\xff" + data
        docs = _read(data)
        assert [(d.id, d.status) for d in docs] == [("a", "ok"), ("b", "ok")], enc
        assert docs[1].text == "Tr\u00e8s bien, \u00e9t\u00e9."


def test_a_byte_order_mark_at_the_start_of_a_later_line_is_not_a_bad_record():
    """Two UTF-8 files with a BOM each joined with cat: the second file's first record failed."""
    line = json.dumps({"id": "a", "text": ENGLISH}).encode()
    docs = _read(b"\xef\xbb\xbf" + line + b"\n\xef\xbb\xbf" + line.replace(b'"a"', b'"b"') + b"\n")
    assert [(d.id, d.status) for d in docs] == [("a", "ok"), ("b", "ok")]


def test_nul_bytes_around_a_record_do_not_lose_it():
    """A record followed by NUL padding (a file filled with zeros after a crash) failed as 'Extra data'."""
    good = json.dumps({"id": "a", "text": ENGLISH}).encode()
    docs = _read(good + b"\x00\x00\x00\n" + b"\x00\x00" + good.replace(b'"a"', b'"b"') + b"\n" + b"\x00" * 4096)
    assert [(d.id, d.status) for d in docs] == [("a", "ok"), ("b", "ok"), ("@f.jsonl:3", "failed")]
    assert docs[0].meta["nul_bytes_removed"] == 3 and docs[1].meta["nul_bytes_removed"] == 2
    assert docs[2].reason == "line of 4096 NUL bytes and no record"
    # a NUL inside the JSON text is not touched here (the text checks decide on it)
    inner = _read(json.dumps({"id": "c", "text": "Farmers\u0000 blocked the road."}).encode() + b"\n")
    assert inner[0].id == "c" and "nul_bytes_removed" not in inner[0].meta


def test_a_byte_order_mark_before_other_bytes_is_still_read_as_bytes():
    """Only UTF-16 JSON lines are decoded as UTF-16: a mark alone, or before binary, stays one bad line."""
    assert [(d.status, d.reason[:14]) for d in _read(b"\xfe\xff")] == [("failed", "malformed JSON")]
    assert len(_read(b"\xff\xfe\x01\x02\n{}\n")) == 2


def test_words_parted_by_zero_width_spaces_are_read_as_words():
    from eventwire import code_text
    res = code_text("Iran\u200battacked\u200bIraq\u200bon\u200bMonday.", date="2019-01-01")
    assert res.status == "coded"
    e = next(e for e in res.events if e.cameo == "190")
    assert (e.source.code, e.target.code) == ("IRN", "IRQ")
