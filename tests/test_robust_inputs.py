"""Hostile inputs that once failed a record or a whole run: a casualty figure of 400 digits (float infinity in
the count parser: the record failed with a coding error), a figure past what the store's 32-bit toll columns
hold (the store's insert raised and `eventwire code --db` stopped with no output at all), and Documents made in
Python with lone surrogates or a text that is no string (a parse error, or a TypeError inside the parser).
Each record comes back with a status, its other events kept, and the run goes on."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.knowledge.counts import MAX_COUNT, parse_number
from eventwire.model import Count, Document, Event, Result

EVENTWIRE = str(Path(sys.executable).with_name("eventwire"))

HUGE_TOLL = ("Government aircraft struck the market in Sirte on Friday, killing at least "
             "1,000,000,000,000,000,000,000,000 people, a monitoring group claimed. "
             "The Tunisian foreign ministry condemned the raid on Sirte.")
DIGIT_RUN = ("At least " + "7" * 400 + " villagers were killed when militiamen stormed Baidoa. "
             "Kenya condemned the raid on Baidoa.")


def test_a_figure_of_400_digits_is_no_number_and_raises_nothing():
    assert parse_number("7" * 400) is None
    assert parse_number("3,000,000,000,000") is None
    assert parse_number("two billion billion") is None
    assert parse_number("1.9 million") == (1_900_000, None)
    assert parse_number("1 billion") == (MAX_COUNT, None)


def test_a_record_with_a_toll_of_400_digits_is_coded_with_its_events():
    import eventwire
    res = eventwire.code_text(DIGIT_RUN, date="2022-04-02")
    assert res.status == "coded", res.reason
    assert any(e.cameo.startswith("11") for e in res.events)          # the condemnation is kept
    assert all(c.value <= MAX_COUNT for e in res.events for c in e.counts)


def test_a_toll_past_any_count_of_people_is_no_count_and_the_act_stays():
    import eventwire
    res = eventwire.code_text(HUGE_TOLL, date="2022-04-02")
    assert res.status == "coded", res.reason
    assert any(e.cameo.startswith(("18", "19")) for e in res.events)
    assert not [c for e in res.events for c in e.counts]


def test_tolls_summed_past_32_bits_are_stored(tmp_path):
    from eventwire.store import Store
    counts = [Count("killed", 1_500_000_000, "exact", "1.5 billion", 0, 11, 0),
              Count("killed", 900_000_000, "exact", "900 million", 20, 31, 0)]
    ev = Event(source=None, target=None, cameo="190", sentence=0, trigger_text="shelled", counts=counts)
    doc = Document(id="sum", text="Artillery shelled the plain, killing 1.5 billion and 900 million.")
    with Store(str(tmp_path / "t.duckdb")) as store:
        store.write_batch([Result(document=doc, status="coded", events=[ev], counts=counts)])
        dead = store.con.execute("SELECT dead FROM mentions").fetchall()
    assert dead == [(2 ** 31 - 1,)]


def test_code_batch_reads_lone_surrogates_and_fails_text_that_is_no_string():
    from eventwire.pipeline import code_batch
    docs = [Document(id="sur", text="Chad warned Niger \ud800 over the border. Nigeria condemned the raid on Diffa."),
            Document(id="none", text=None), Document(id="int", text=17), Document(id="bytes", text=b"Chad warned Niger.")]
    sur, none, num, raw = code_batch(docs)
    assert sur.status == "coded" and len(sur.events) >= 2, sur.reason
    assert "\ud800" not in sur.document.text and len(sur.document.text) == len(docs[0].text)
    assert "\ud800" in docs[0].text                           # the caller's own Document is left as it was
    for r, kind in ((none, "NoneType"), (num, "int"), (raw, "bytes")):
        assert r.status == "failed" and r.reason == f"text is not a string ({kind})"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_with_a_store_codes_every_record_around_a_huge_toll(tmp_path, workers):
    recs = [{"id": "toll", "text": HUGE_TOLL}, {"id": "digits", "text": DIGIT_RUN},
            {"id": "empty", "text": ""}, {"id": "pron", "text": "They. \u201c. He said."},
            {"id": "quote", "text": "\u201d"}, {"id": "mixed", "text": "\u200fThe army\u200e shelled\u200b Homs \U0001F4A5; "
                                                             "\u0420\u043e\u0441\u0441\u0438\u044f objected. "
                                                             "<b>Jordan</b> condemned the shelling of Homs."},
            {"id": "next", "text": "Kenya protested to Uganda on Monday over the border closure."}]
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    out, db = tmp_path / "out.jsonl", tmp_path / "ew.duckdb"
    proc = subprocess.run(["timeout", "600", EVENTWIRE, "code", str(inp), "--output", str(out), "--db", str(db),
                           "--workers", workers], capture_output=True, text=True, timeout=620)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    got = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert list(got) == [r["id"] for r in recs]
    assert {i: r["status"] for i, r in got.items()} == {"toll": "coded", "digits": "coded", "empty": "skipped",
                                                        "pron": "coded", "quote": "skipped", "mixed": "coded",
                                                        "next": "coded"}
    for i in ("toll", "digits", "mixed", "next"):
        assert got[i]["events"], i
    from eventwire.store import Store
    with Store(str(db), read_only=True) as store:
        texts = dict(store.con.execute("SELECT id, text FROM documents").fetchall())
    assert texts["toll"] == HUGE_TOLL and texts["digits"] == DIGIT_RUN and texts["next"] == recs[-1]["text"]


def test_years_ago_before_year_one_give_no_date_and_keep_the_acts():
    import eventwire
    from eventwire.knowledge.dates import resolve
    import datetime as dt
    assert resolve("99999 years ago", dt.date(2023, 5, 2)) is None
    assert resolve("12 years ago", dt.date(2023, 5, 2)) == ("2011", "year")
    res = eventwire.code_text("Greek ships blockaded the harbour of Tyre 88888 years ago, and Lebanon later "
                              "protested to Greece.", date="2023-05-02")
    assert res.status == "coded" and res.events, res.reason
    assert all(e.date is None or not e.date.startswith("-") for e in res.events)
