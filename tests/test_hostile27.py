"""Hostile inputs, session 27 (speed27): every kind of bad record the reliability brief lists, through
`eventwire code` with a store, gets one output record with a clear status (and a reason where it is not coded),
never a traceback or a stall; and a word given over and over before a story no longer names the story's language
(filler such as "xx xx xx ..." was read as Somali, the "amp" of "&amp;&amp;..." as Catalan, and the record was
skipped as foreign).  The language checks are fast (no parse); the end-to-end run parses a few short records."""
from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from eventwire.ingest.checks import check_document, guess_language
from eventwire.model import Document

EVENTWIRE = str(Path(sys.executable).with_name("eventwire"))

STORY = ("Kenyan police arrested two opposition organisers in Kisumu on Tuesday after a rally against the new "
         "tax law turned violent, and the interior ministry said more arrests would follow.")
FRENCH = ("Des manifestants ont bloqué mardi le centre de Kisumu pour protester contre la nouvelle loi fiscale, et "
          "le ministère de l'Intérieur a annoncé que d'autres arrestations suivraient.")
RUSSIAN = ("Полиция Кении задержала во вторник двух организаторов оппозиции в Кисуму после того, как митинг "
           "против нового налогового закона перерос в беспорядки, сообщило министерство внутренних дел страны.")


# --- a word given over and over says nothing of the language ----------------------------------------------------

def test_filler_repeated_before_an_english_story_does_not_make_it_foreign():
    for junk in ("xx " * 300, "amp " * 2_000, "&amp;" * 2_000, "k " * 600, "XX XX " * 200):
        assert guess_language(junk + STORY * 2) == "en", junk[:8]
        doc = check_document(Document(id="r", text=junk + "\n" + STORY * 2))
        assert doc.status == "ok" and doc.reason is None, (junk[:8], doc.reason)


def test_filler_repeated_before_a_french_story_still_leaves_it_french():
    assert guess_language("xx " * 300 + FRENCH * 2) == "fr"
    doc = check_document(Document(id="r", text="amp " * 2_000 + FRENCH * 2))
    assert doc.status == "skipped" and doc.reason.startswith("language: fr")


def test_a_record_of_one_repeated_word_is_named_no_language():
    assert guess_language("xx " * 3_000) is None
    assert guess_language("&amp;" * 5_000) is None


def test_words_said_twice_in_a_row_are_read_as_they_are():
    # ("that that", "had had": ordinary English keeps its repeated pairs; only a longer run is filler)
    text = "He said that that was the end of it, and the police had had enough of the crowd outside the court. " * 3
    assert guess_language(text) == "en"


# --- every hostile kind through the CLI, with the store -----------------------------------------------------------

def _records() -> list[tuple[object, str, str]]:
    """(record or raw line, expected id, expected status): status "coded", "skipped" or "failed"."""
    rnd = random.Random(27)
    words = ("the army said that troops from the northern province shelled villages near the border while "
             "rebels fired back at police posts and").split()
    run_on = " ".join(rnd.choice(words) for _ in range(3_600))[:20_000]        # one 20,000-character sentence
    nested = "The minister said " + "“([" * 300 + "Kenya accused Uganda of a border raid" + "])”" * 300 + "."
    html = ("<html><head><title>Kisumu</title><script>var s = 'Israel bombed Gaza'; track(s);</script></head>"
            "<body><p>" + STORY + "</p><script>document.write('Iran attacked Iraq');</script></body></html>")
    junk = "".join(chr(rnd.randrange(0, 32)) + chr(rnd.randrange(0x80, 0x100)) for _ in range(1_500))
    return [
        ({"id": "empty", "text": ""}, "empty", "skipped"),
        ({"id": "punct", "text": "!!! ... ??? ;;; --- ,,, ((( ))) " * 40}, "punct", "skipped"),
        ({"id": "run-on", "text": run_on}, "run-on", "coded"),
        ({"id": "nested", "text": nested}, "nested", "coded"),
        ({"id": "html", "text": html}, "html", "coded"),
        ({"id": "junk", "text": junk}, "junk", "skipped"),
        ({"id": "mixed", "text": STORY + " " + RUSSIAN + " 中国谴责了这次袭击。 " + FRENCH}, "mixed", "coded"),
        ({"id": "russian", "text": RUSSIAN * 4 + " " + STORY}, "russian", "skipped"),     # (mostly Russian)
        ({"id": "lower", "text": STORY.lower()}, "lower", "coded"),
        ({"id": "upper", "text": STORY.upper()}, "upper", "coded"),
        ({"id": "filler", "text": "xx " * 300 + STORY}, "filler", "coded"),
        ({"id": "list", "text": [STORY]}, "list", "failed"),
        ({"id": "number", "text": 12345}, "number", "failed"),
        ({"id": "dup", "text": STORY}, "dup", "coded"),
        ({"id": "dup", "text": STORY.replace("Tuesday", "Wednesday")}, "dup", "coded"),
        ('{"id": "cut", "text": "no end', "line:16", "failed"),
    ]


def test_every_hostile_record_gets_one_output_record_with_a_status_and_a_reason(tmp_path):
    cases = _records()
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for rec, _, _ in cases:
            fh.write((rec if isinstance(rec, str) else json.dumps(rec, ensure_ascii=False)) + "\n")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([EVENTWIRE, "code", str(src), "--db", str(tmp_path / "h.duckdb"), "-o", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(got) == len(cases)                      # one record per input line, in input order
    for rec, (_, want_id, want_status) in zip(got, cases):
        if not want_id.startswith("line:"):
            assert rec["id"] == want_id
        assert rec["status"] == want_status, (want_id, rec["status"], rec.get("reason"))
        if want_status != "coded":
            assert rec.get("reason"), want_id             # a skipped or failed record says why
    by_id = {r["id"]: r for r in got}
    assert by_id["russian"]["reason"].startswith("language: ru")
    assert by_id["list"]["reason"] == "text is not a string (got array)"
    assert by_id["number"]["reason"] == "text is not a string (got number)"
    # the scripts of a page are no text of the story: nothing is coded from them
    html_events = by_id["html"].get("events") or []
    assert html_events and not any((e.get("source") or {}).get("code", "").startswith(("ISR", "IRN"))
                                   for e in html_events)
    # the story after the filler is coded like the story alone
    assert by_id["filler"].get("events") and by_id["lower"].get("events") and by_id["upper"].get("events")
    assert "given again with other text" in proc.stderr     # the second "dup" is told about, both kept
