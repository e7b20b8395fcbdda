"""Issue 19: no input may stall a run. What the parser is given is bounded, with offsets kept."""
import eventwire
from eventwire import nlp


def test_long_punctuation_run_is_blanked_with_offsets_kept():
    text = "Police arrested two men in Lagos. " + "(" * 500 + " The army shelled the town."
    out = nlp.bounded_text(text)
    assert len(out) == len(text)
    assert out.startswith("Police arrested two men in Lagos. ((((")
    assert "(" * (nlp.KEEP_OF_RUN + 1) not in out
    assert out.endswith(" The army shelled the town.")
    ordinary = "He said: \"No -- never!\" (see p. 4) -- and left..."
    assert nlp.bounded_text(ordinary) is ordinary


def test_run_on_sentence_is_cut_before_the_parser():
    doc = nlp.load()("Rebels attacked Aleppo and " * 200)
    longest = max(len(s) for s in doc.sents)
    assert longest <= nlp.MAX_SENTENCE_TOKENS + 1
    prose = nlp.load()("The minister met his counterpart in Cairo. They discussed the border and trade.")
    assert [s.text for s in prose.sents] == ["The minister met his counterpart in Cairo.", "They discussed the border and trade."]


def test_nested_brackets_after_a_sentence_still_code_the_sentence():
    text = "Egypt condemned the attack on the embassy. " + "([" * 20_000
    res = eventwire.code_text(text)
    assert res.status == "coded"
    ev = [e for e in res.events if e.trigger_text == "condemned"]
    assert ev and ev[0].source.code.startswith("EGY")


def test_all_caps_run_on_record_is_coded_with_bounded_sentences():
    res = eventwire.code_text("GUNMEN ATTACKED KANO " * 800)
    assert res.status == "coded"
    assert max(end - start for start, end in res.sentences) < 3000


import gzip
import json

import pytest

from eventwire.ingest import checks, read_inputs


@pytest.fixture
def small_limits():
    saved = dict(checks.LIMITS)
    checks.set_limits(max_input_bytes=200_000, max_record_bytes=5_000)
    yield checks.LIMITS
    checks.LIMITS.update(saved)


def test_gzip_text_expanding_past_the_limit_is_refused(tmp_path, small_limits):
    path = tmp_path / "report.txt.gz"
    path.write_bytes(gzip.compress(b"The army shelled the village. " * 20_000))
    docs = list(read_inputs([path]))
    assert len(docs) == 1 and docs[0].status == "failed"
    assert "decompressed size over the limit" in docs[0].reason


def test_gzip_jsonl_stops_at_the_limit_after_coding_what_came_before(tmp_path, small_limits):
    path = tmp_path / "feed.jsonl.gz"
    line = json.dumps({"id": "x", "text": "Police arrested a man in Accra. " * 100}) + "\n"
    with gzip.open(path, "wt") as f:
        for i in range(200):
            f.write(line.replace('"x"', f'"a{i}"'))
    docs = list(read_inputs([path]))
    assert docs[0].id == "a0" and docs[0].status == "ok"
    assert docs[-1].status == "failed" and "input over the limit" in docs[-1].reason
    assert len(docs) < 200


def test_over_long_json_line_is_a_failed_record_and_the_next_line_is_read(tmp_path, small_limits):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "word " * 5_000}) + "\n"
                    + json.dumps({"id": "ok", "text": "Kenya protested to Uganda on Monday."}) + "\n")
    docs = list(read_inputs([path]))
    assert [d.status for d in docs] == ["failed", "ok"]
    assert "record over the limit" in docs[0].reason and docs[0].origin.endswith(":1")
    assert docs[1].id == "ok"


def _warc_bytes(gz: bool) -> bytes:
    import io
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for i in range(5):
        html = (f"<html><head><title>Report {i}</title></head><body><p>"
                + f"Troops detained {i + 2} students in Harare on Friday. " * 30 + "</p></body></html>").encode()
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"http://example.org/{i}", "response", payload=io.BytesIO(html),
                                            http_headers=hh))
    return buf.getvalue()


@pytest.mark.parametrize("gz", [False, True])
def test_cut_warc_codes_whole_records_and_names_the_cut(tmp_path, gz):
    data = _warc_bytes(gz)
    whole = tmp_path / ("whole.warc.gz" if gz else "whole.warc")
    whole.write_bytes(data)
    assert [d.status for d in read_inputs([whole])] == ["ok"] * 5
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: int(len(data) * 0.7)])
    docs = list(read_inputs([cut]))
    assert [d.status for d in docs[:-1]] == ["ok"] * (len(docs) - 1) and len(docs) >= 3
    assert docs[-1].status == "failed" and "truncated" in docs[-1].reason and str(cut) in docs[-1].reason


def test_a_document_over_its_time_limit_is_failed_with_a_reason_and_the_next_is_coded(monkeypatch):
    from eventwire.model import Document
    from eventwire.pipeline import default_pipeline
    pipe = default_pipeline()
    long_doc = Document(id="slow", text="Rebels shelled the town of Kidal on Monday. " * 40, date="2021-03-01")
    monkeypatch.setenv("EVENTWIRE_DOC_TIMEOUT", "0.000001")
    (res,) = pipe.code([long_doc])
    assert res.status == "failed" and res.reason.startswith("timeout")
    monkeypatch.setenv("EVENTWIRE_DOC_TIMEOUT", "120")
    (res,) = pipe.code([Document(id="next", text="Mali closed its border with Niger.", date="2021-03-01")])
    assert res.status == "coded" and res.events


# ---------------------------------------------------------------- files cut short (issue 19: truncation is reported)

def _cut(tmp_path, name: str, data: bytes, share: float):
    path = tmp_path / name
    path.write_bytes(data[: int(len(data) * share)])
    return path, list(read_inputs([path], detect_language=False))


def test_cut_json_array_gives_its_whole_items_and_names_the_cut(tmp_path):
    records = [{"id": f"j{i}", "text": f"Police in Accra detained {i + 2} protesters on Monday."} for i in range(6)]
    data = json.dumps(records, indent=1).encode()
    whole = tmp_path / "whole.json"
    whole.write_bytes(data)
    assert [d.id for d in read_inputs([whole])] == [r["id"] for r in records]
    path, docs = _cut(tmp_path, "cut.json", data, 0.6)
    assert [d.id for d in docs[:-1]] == ["j0", "j1", "j2"] and all(d.status == "ok" for d in docs[:-1])
    last = docs[-1]
    offset = data.index(b'{\n  "id": "j3"')
    assert last.status == "failed" and last.reason.startswith(f"truncated JSON: {path} ends inside item 4")
    assert f"byte {offset}" in last.reason and last.id == f"@{path}@{offset}" and last.origin == f"{path}@{offset}"


def test_json_array_corrupt_part_way_gives_the_items_before_and_a_reason(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[{"id": "a", "text": "Chad closed its border."}, {"id": "b", text: 1}, {"id": "c", "text": "x"}]')
    docs = list(read_inputs([path], detect_language=False))
    assert [d.id for d in docs[:1]] == ["a"] and len(docs) == 2
    assert docs[1].status == "failed" and docs[1].reason.startswith(f"malformed JSON: {path}, item 2")


def _rss(n: int) -> bytes:
    items = "".join(f"<item><title>Report {i}</title><link>http://news.example/{i}</link><description>"
                    f"Troops detained {i + 2} students in Harare on Friday.</description></item>\n" for i in range(n))
    return (f'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>\n{items}</channel></rss>\n').encode()


def test_cut_rss_codes_whole_items_only_and_names_the_cut(tmp_path):
    data = _rss(5)
    whole = tmp_path / "whole.rss"
    whole.write_bytes(data)
    assert [d.status for d in read_inputs([whole])] == ["ok"] * 5
    path, docs = _cut(tmp_path, "cut.rss", data, 0.7)
    cut_at = int(len(data) * 0.7)
    n_whole = data[:cut_at].count(b"</item>")
    assert [d.id for d in docs[:-1]] == [f"http://news.example/{i}" for i in range(n_whole)]
    last = docs[-1]
    assert last.status == "failed" and last.reason.startswith(f"truncated feed: {path} ends inside item {n_whole + 1}")
    offset = data[:cut_at].rindex(b"</item>") + len(b"</item>")
    assert last.id == f"@{path}@{offset}" and f"after byte {offset} of {cut_at}" in last.reason


def test_cut_atom_feed_names_the_cut(tmp_path):
    entries = "".join(f"<entry><id>urn:e{i}</id><title>E{i}</title><summary>Rebels shelled Kidal on day {i}."
                      "</summary></entry>" for i in range(4))
    data = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>{entries}</feed>'.encode()
    path, docs = _cut(tmp_path, "cut.atom", data, 0.65)
    n_whole = data[: int(len(data) * 0.65)].count(b"</entry>")
    assert [d.id for d in docs[:-1]] == [f"urn:e{i}" for i in range(n_whole)]
    assert docs[-1].status == "failed" and docs[-1].reason.startswith(f"truncated feed: {path} ends inside item")


def test_cut_html_page_codes_its_text_and_names_the_cut(tmp_path):
    body = "".join(f"<p>Soldiers arrested {i + 3} men in the market of Gao on Sunday, residents said.</p>" for i in range(30))
    data = f"<!DOCTYPE html><html><head><title>Gao</title></head><body><article>{body}</article></body></html>".encode()
    whole = tmp_path / "whole.html"
    whole.write_bytes(data)
    assert [d.status for d in read_inputs([whole])] == ["ok"]
    path, docs = _cut(tmp_path, "cut.html", data, 0.6)
    assert [d.status for d in docs] == ["ok", "failed"] and docs[0].id == "cut"
    n = int(len(data) * 0.6)
    assert docs[1].reason.startswith(f"truncated HTML: {path} ends at byte {n}") and docs[1].id == f"@{path}@{n}"
    fragment = tmp_path / "fragment.html"           # no <html> element at all: nothing to say about a cut
    fragment.write_bytes(f"<article>{body}</article>".encode())
    assert [d.status for d in read_inputs([fragment])] == ["ok"]


# ---------------------------------------------------------------- what the parser is given (issue 19, item 1)

def test_an_over_long_word_keeps_its_first_characters_and_offsets():
    text = "Troops entered Gao. " + "abcdefgh" * 25_000 + " Rebels fled."
    out = nlp.bounded_text(text)
    assert len(out) == len(text) and out.endswith(" Rebels fled.")
    assert max(len(w) for w in out.split()) == nlp.MAX_TOKEN_CHARS
    url = "Read https://news.example/" + "a/" * 200 + " today."           # an ordinary long URL is left alone
    assert nlp.bounded_text(url) == url


def test_lines_without_full_stops_are_cut_into_bounded_sentences():
    doc = nlp.load()("Gao\n" * 2_000)
    assert max(len(s) for s in doc.sents) <= nlp.MAX_SENTENCE_TOKENS + 1
    # a blank line still ends a run, so ordinary paragraphs are not cut
    prose = nlp.load()("Mali closed its border\n\nNiger reopened its embassy")
    assert len(prose) < nlp.MAX_SENTENCE_TOKENS


def test_a_record_over_the_token_limit_is_parsed_up_to_it_and_says_so(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MAX_PARSE_TOKENS", "300")
    text = "Kenya protested to Uganda on Monday. " * 20 + "a " * 2_000 + "Chad expelled the envoy of Sudan."
    cut = nlp.parse_cut(text)
    assert cut is not None and cut < len(text)
    assert not nlp.bounded_text(text)[cut:].strip()
    res = eventwire.code_text(text)
    assert res.status == "coded" and res.reason.startswith(f"parsed up to character {cut} of {len(text)}")
    assert any(e.source and e.source.code.startswith("KEN") for e in res.events)
    assert not any(e.source and e.source.code.startswith("TCD") for e in res.events)
    monkeypatch.delenv("EVENTWIRE_MAX_PARSE_TOKENS")
    assert nlp.parse_cut(text) is None and not eventwire.code_text(text).reason


def test_a_lower_case_word_of_200000_letters_is_no_compound_to_split():
    from eventwire.pipeline import default_pipeline
    import time
    pipe = default_pipeline()
    t0 = time.perf_counter()
    pipe.readable("troops entered the town and " + "abcdefgh" * 25_000)
    assert time.perf_counter() - t0 < 8          # 22 s before (a split tried at every letter), 0.1 s now


def test_doc_timeout_is_an_option_of_eventwire_code(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    exe = str(Path(sys.executable).with_name("eventwire"))
    helptext = subprocess.run([exe, "code", "--help"], capture_output=True, text=True).stdout
    assert "--doc-timeout SECONDS" in helptext
    bad = subprocess.run([exe, "code", "x.jsonl", "--doc-timeout", "0"], capture_output=True, text=True)
    assert bad.returncode == 2 and "must be a number of seconds above 0" in bad.stderr
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "a", "text": "Rebels shelled the town of Kidal on Monday. " * 30}) + "\n")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([exe, "code", str(inp), "--no-db", "--workers", "1", "-o", str(out), "--doc-timeout", "1e-9"],
                          capture_output=True, text=True, timeout=600)
    (rec,) = [json.loads(x) for x in out.read_text().splitlines()]
    assert rec["status"] == "failed" and rec["reason"].startswith("timeout: coding took over 1e-09 s"), proc.stderr
