"""Bad-input checks: every broken record becomes one Document with the right status and reason."""
from __future__ import annotations

import hashlib
import json
import logging

import pytest

from eventwire.ingest import read_inputs, check_document, parse_date, guess_language, content_id
from eventwire.ingest import checks
from eventwire.ingest.checks import truncate
from eventwire.model import Document

NEWS = ("The army of Chad said on Friday it had retaken the town of Bol from militants after two days "
        "of heavy fighting, and that 17 soldiers were wounded.")
NO_ID_TEXT = "Hundreds of nurses went on strike in Nairobi on Tuesday over unpaid salaries, their union said."
SPANISH = ("El presidente del gobierno se reunió el lunes con los líderes de los sindicatos para "
           "negociar una subida del salario mínimo, según informó la agencia oficial.")
SENTENCE = "Police in the capital detained several opposition activists on Saturday, witnesses said. "


def _eleven_lines() -> bytes:
    huge = SENTENCE * 4000                              # ~360,000 characters
    lines = [
        json.dumps({"id": "empty", "text": ""}).encode(),
        json.dumps({"id": "blank", "text": "  \n\t  \u3000 "}).encode(),
        json.dumps({"id": "binary", "text": "".join(chr(i % 32) for i in range(400)) + "PK"}).encode(),
        b'{"id": "bad-utf8", "text": "' + NEWS[:60].encode() + b"\xff\xfe\xc3" + NEWS[60:].encode() + b'"}',
        json.dumps({"id": "controls", "text": "Protesters\x07 gathered outside parliament in Tbilisi\x1b on Sunday.\x00"}).encode(),
        json.dumps({"id": "huge", "text": huge}).encode(),
        json.dumps({"id": "spanish", "text": SPANISH}).encode(),
        b'{"id": "broken", "text": "The minister said',
        b'["id", "text"]',
        json.dumps({"text": NO_ID_TEXT}).encode(),
        json.dumps({"id": "bad-date", "text": NEWS, "date": "32/13/2020"}).encode(),
    ]
    assert len(lines) == 11
    return b"\n".join(lines) + b"\n"


def test_eleven_bad_lines_give_eleven_documents(tmp_path, caplog):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(_eleven_lines())
    with caplog.at_level(logging.WARNING, logger="eventwire.ingest"):
        out = list(read_inputs([str(path)]))
    assert len(out) == 11
    by = {d.origin.rsplit(":", 1)[1]: d for d in out}
    got = [(d.id, d.status) for d in out]
    sha = "sha1:" + hashlib.sha1(NO_ID_TEXT.encode()).hexdigest()[:16]
    assert got == [("empty", "skipped"), ("blank", "skipped"), ("binary", "skipped"), ("bad-utf8", "ok"),
                   ("controls", "ok"), ("huge", "ok"), ("spanish", "skipped"), (f"@{path}:8", "failed"),
                   (f"@{path}:9", "failed"), (sha, "ok"), ("bad-date", "ok")]
    assert by["1"].reason == "empty text" and by["2"].reason == "empty text"
    assert by["3"].reason == "binary content"
    # invalid UTF-8: replaced, noted, still codable
    assert by["4"].meta["invalid_utf8"] == 3 and "\ufffd" in by["4"].text and by["4"].text.endswith("wounded.")
    # control characters stripped, \n and \t kept elsewhere; count noted
    assert by["5"].text == "Protesters gathered outside parliament in Tbilisi on Sunday."
    assert by["5"].meta["control_chars_removed"] == 3
    # huge: cut at a sentence end, original length kept, a warning logged
    huge = by["6"]
    assert len(huge.text) <= 200_000 and huge.text.endswith("witnesses said.")
    assert huge.meta["truncated"] == len(SENTENCE * 4000)
    assert any("huge" in r.getMessage() and "truncated" in r.getMessage() for r in caplog.records)
    assert by["7"].reason == "language: es (not English)"
    assert by["8"].reason.startswith("malformed JSON: ") and "line 1 column" in by["8"].reason
    assert by["9"].reason == "record is not a JSON object (got array)"
    assert by["10"].meta["id_generated"] is True and by["10"].id == content_id(NO_ID_TEXT)
    assert by["11"].date is None and by["11"].meta["date_raw"] == "32/13/2020" and "date_warning" in by["11"].meta


def test_record_errors_have_reasons(tmp_path):
    path = tmp_path / "more.jsonl"
    path.write_text("\n".join([
        '{"id": "no-text", "title": "Headline only"}',
        '{"id": "num-text", "text": 12}',
        '{"id": "null-text", "text": null}',
        '"just a string"',
        '{"id": ["a"], "text": "A court in Cairo sentenced two journalists to prison on Monday."}',
        '{"id": "x", "text": "The governor declared a state of emergency.", "title": {"a": 1}, "source": 7}',
    ]) + "\n")
    out = list(read_inputs([str(path)]))
    assert [(d.id, d.status, d.reason) for d in out[:4]] == [
        ("no-text", "failed", "missing text"),
        ("num-text", "failed", "text is not a string (got number)"),
        ("null-text", "failed", "text is null"),
        (f"@{path}:4", "failed", "record is not a JSON object (got string)"),
    ]
    assert out[0].title == "Headline only" and out[1].meta["text_raw"] == 12
    assert out[4].status == "ok" and out[4].id.startswith("sha1:") and out[4].meta["id_raw"] == ["a"]
    assert out[5].title is None and out[5].meta["title_raw"] == {"a": 1} and out[5].source == "7"


def test_whole_binary_file_and_latin1_file(tmp_path):
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (d,) = read_inputs([str(png)])
    assert d.status == "skipped" and d.reason == "binary content"
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(b % 128 + 128 for b in range(3000)))   # no NUL, undecodable as UTF-8
    (d,) = read_inputs([str(noise)])
    assert d.status == "skipped" and d.reason == "binary content"
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("The president of Côte d'Ivoire met the UN envoy in Abidjan on Monday.".encode("latin-1"))
    (d,) = read_inputs([str(latin)])
    assert d.status == "ok" and d.meta["invalid_utf8"] == 1 and "C\ufffdte" in d.text


def test_utf16_text_file(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Troops withdrew from the disputed village on Thursday.".encode("utf-16"))
    (d,) = read_inputs([str(p)])
    assert d.status == "ok" and d.text == "Troops withdrew from the disputed village on Thursday."


def test_check_document_is_idempotent():
    raw = Document(id="a", text=("Soldiers\x0b fired on a crowd in Mandalay on Sunday. " * 30).strip(),
                   date="Sunday, 26 June, 2016")
    once = check_document(raw, max_chars=500)
    snapshot = once.to_dict()
    twice = check_document(Document(**{**snapshot, "meta": dict(snapshot["meta"])}), max_chars=500)
    assert twice.to_dict() == snapshot
    assert once.date == "2016-06-26" and once.meta["truncated"] > 500 and len(once.text) <= 500


def test_truncate_prefers_sentence_then_whitespace():
    text = "First sentence here. Second one is longer than that. Third."
    assert truncate(text, 55) == "First sentence here. Second one is longer than that."
    words = "word " * 100
    cut = truncate(words, 103)
    assert len(cut) <= 103 and cut.endswith("word")
    assert truncate("x" * 50, 20) == "x" * 20


def test_line_breaks_normalised_tabs_kept():
    d = check_document(Document(id="n", text="Line one.\r\nLine two.\rLine\tthree."))
    assert d.text == "Line one.\nLine two.\nLine\tthree." and "control_chars_removed" not in d.meta


@pytest.mark.parametrize("raw, iso", [
    ("2016-06-26", "2016-06-26"),
    ("2016-06-26T23:30:00-05:00", "2016-06-26"),
    ("2016-06-26 08:00", "2016-06-26"),
    ("Sun, 26 Jun 2016 10:30:00 GMT", "2016-06-26"),
    ("June 26, 2016", "2016-06-26"),
    ("Jun. 26th 2016", "2016-06-26"),
    ("26 June 2016", "2016-06-26"),
    ("Sunday, 26 June, 2016", "2016-06-26"),
    ("2016/6/26", "2016-06-26"),
    ("20160626", "2016-06-26"),
    ("26/06/2016", "2016-06-26"),
    ("06/26/2016", "2016-06-26"),
    (1466899200, "2016-06-26"),
    ("next tuesday?", None),
    ("32/13/2020", None),
    ("2016-02-30", None),
    ("03/04/2016", None),           # ambiguous: not guessed
    ("", None),
])
def test_dates(raw, iso):
    got, warning = parse_date(raw)
    assert got == iso
    assert (warning is None) == (iso is not None or raw == "")


def test_language_verdicts_and_determinism():
    german = ("Die Bundesregierung hat am Montag neue Sanktionen gegen mehrere Unternehmen beschlossen, "
              "teilte ein Sprecher des Außenministeriums in Berlin mit.")
    russian = ("Министр иностранных дел встретился в понедельник с послом Китая в Москве, "
               "сообщила пресс-служба министерства.")
    assert guess_language(NEWS) == "en"
    assert [guess_language(german) for _ in range(3)] == ["de"] * 3
    assert guess_language(russian) == "ru"
    assert guess_language("Hola, ¿qué tal?") is None           # too short to judge
    d = check_document(Document(id="de", text=german))
    assert d.status == "skipped" and d.reason == "language: de (not English)"
    short = check_document(Document(id="short", text="Merci beaucoup"))
    assert short.status == "ok"
    off = check_document(Document(id="off", text=german), detect_language=False)
    assert off.status == "ok"


def test_plain_english_news_does_not_call_the_detector(monkeypatch):
    def boom(sample):
        raise AssertionError("langdetect called on plain English")
    monkeypatch.setattr(checks, "_langdetect", boom)
    for text in (NEWS, NO_ID_TEXT, SENTENCE * 3,
                 "Gunmen killed at least 22 people in a village in the north on Monday, police said.",
                 "A police sergeant was gunned down as he left home in the capital."):
        assert guess_language(text) == "en"


def test_foreign_text_with_english_looking_words_still_flagged():
    dutch = ("De regering heeft op maandag nieuwe sancties aangekondigd. Het was niet duidelijk wat de "
             "minister had gezegd over de plannen, die in het parlement worden besproken.")
    danish = ("Regeringen har mandag besluttet at indføre nye sanktioner. Det er ikke klart, hvad "
              "ministeren har sagt om planerne for byen, og her er der mange spørgsmål.")
    assert guess_language(dutch) == "nl"
    assert guess_language(danish) in {"da", "no"}


def test_english_headline_style_text_is_not_skipped():
    # few function words: goes to the detector, which must not call it foreign
    text = ("Kenya, Ethiopia sign border security pact; Somalia joins talks in Nairobi; "
            "African Union welcomes deal; ministers pledge joint patrols, trade corridor")
    assert check_document(Document(id="h", text=text)).status == "ok"


def test_content_id_stable():
    assert content_id("abc") == "sha1:a9993e364706816a"
    assert content_id(NO_ID_TEXT) == content_id(str(NO_ID_TEXT))


def test_lone_surrogates_replaced_so_output_is_writable(tmp_path):
    p = tmp_path / "sur.jsonl"
    p.write_text('{"id": "s\\udc80", "text": "Rebels shelled the city on Monday \\ud800 killing four.", '
                 '"note": ["x\\udfff"], "emoji": "\\ud83d\\ude00"}\n')
    (d,) = read_inputs([str(p)])
    assert d.status == "ok" and d.text == "Rebels shelled the city on Monday \ufffd killing four."
    assert d.id == "s\ufffd" and d.meta["note"] == ["x\ufffd"] and d.meta["emoji"] == "\U0001F600"
    assert d.meta["invalid_unicode"] == 3
    json.dumps(d.to_dict(), ensure_ascii=False).encode("utf-8")


def test_python_api_documents_get_usable_ids_dates_and_word_check():
    import datetime
    d = check_document(Document(id=None, text="Troops crossed the river at dawn.", date=datetime.date(2016, 6, 26)))
    assert d.id == content_id("Troops crossed the river at dawn.") and d.date == "2016-06-26"
    assert "date_raw" not in d.meta
    t = check_document(Document(id="t", text="x y z", date=datetime.datetime(2016, 6, 26, 23, 5)))
    assert t.date == "2016-06-26" and t.meta["date_raw"] == "2016-06-26T23:05:00"
    assert check_document(Document(id=7, text="Troops crossed the river.")).id == "7"
    punct = check_document(Document(id="p", text="... 12 -- 34 !!"))
    assert punct.status == "skipped" and punct.reason == "no words in text"


def test_a_table_of_names_and_figures_gets_no_language_verdict():
    # capitalised words and numbers are no evidence of a language: the record is coded, not skipped as Indonesian
    table = "Mosul 31 12 Kirkuk 8 2 Tikrit 14 5 Samarra 6 1 Ramadi 22 9 Falluja 17 4 Baiji 3 0 Haditha 5 2"
    assert guess_language(table) is None
    assert check_document(Document(id="tbl", text=table)).status == "ok"
    names = "Oksana Bilyk, Dmytro Hnatiuk, Yuliia Marchenko, Serhii Tkachenko, Iryna Kovalchuk, Andrii Melnyk"
    assert guess_language(names) is None
    # a language with capitalised nouns still has its small words
    german = "Die Regierung in Berlin hat am Montag neue Sanktionen gegen mehrere Firmen aus dem Ausland beschlossen."
    assert guess_language(german) == "de"


def test_text_all_in_capitals_is_judged_by_its_words_not_its_case():
    spanish = ("EL GOBIERNO DE CHILE ANUNCIÓ EL LUNES NUEVAS SANCIONES CONTRA VARIAS EMPRESAS, SEGÚN UN PORTAVOZ "
               "DEL MINISTERIO EN SANTIAGO.")
    assert guess_language(spanish) == "es"
    english = "CHILEAN POLICE ARRESTED 30 DOCK WORKERS IN VALPARAISO ON THURSDAY AFTER THEY BLOCKED THE PORT."
    assert guess_language(english) == "en"
