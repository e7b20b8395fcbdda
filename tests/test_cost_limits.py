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
