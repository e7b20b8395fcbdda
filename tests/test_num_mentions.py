"""NumMentions (events.num_mentions) counts the tellings of an act that coding/retold.py folded into one event
(Event.mentions, stored as told_again), not only stored rows (issue 15). An article written for this test."""
from __future__ import annotations

import csv
import json

from eventwire import code_text
from eventwire.export import GDELT_EVENT_COLUMNS, export_store, flat_rows_from_results
from eventwire.stories import aggregate_mentions, tellings
from eventwire.store import Store

ARTICLE = ("Syrian troops shelled the town of Saraqib on Monday. Four civilians were killed in the shelling, "
           "activists said.")


def _told_twice():
    res = code_text(ARTICLE, date="2024-03-05")
    assert res.status == "coded", res.reason
    (ev,) = [e for e in res.events if e.cameo.startswith("19")]
    # "shelled" and "killed in the shelling": one act told in two sentences, one event
    assert len(ev.mentions) == 1 and {ev.sentence, ev.mentions[0]["sentence"]} == {0, 1}
    return res, ev


def test_num_mentions_counts_the_tellings_folded_into_one_event(tmp_path):
    res, ev = _told_twice()
    with Store(str(tmp_path / "ew.duckdb")) as store:
        store.write_batch([res])
        store.aggregate()
        (row,) = [r for r in store.query_events(level="event") if r["cameo"] == ev.cameo]
        assert row["num_mentions"] == 2 and row["num_articles"] == 1
        # the mention level carries its event's count
        (m,) = [r for r in store.query_events() if r["cameo"] == ev.cameo]
        assert m["num_mentions"] == 2
        out = tmp_path / "events.gdelt.tsv"
        export_store(store, "gdelt", str(out), keep_all=True)
    rows = [dict(zip(GDELT_EVENT_COLUMNS, r)) for r in csv.reader(out.open(encoding="utf-8"), delimiter="\t")]
    (g,) = [r for r in rows if r["EventCode"] == ev.cameo]
    assert g["NumMentions"] == "2" and g["NumArticles"] == "1"
    (flat,) = [r for r in flat_rows_from_results([res]) if r["cameo"] == ev.cameo]
    assert flat["num_mentions"] == 2


def test_the_python_rule_counts_tellings_as_the_store_does():
    base = {"doc_id": "a", "source_code": "SYRMIL", "target_code": "CVL", "cameo": "194", "date": "2024-03-04",
            "geonameid": "170017"}
    told = [{"sentence": 1, "evidence": {"text": "killed"}}]
    assert tellings({}) == 1 and tellings({"told_again": json.dumps(told)}) == 2 and tellings({"mentions": told}) == 2
    assert tellings({"told_again": "not json"}) == 1
    (e,) = aggregate_mentions([dict(base, told_again=json.dumps(told)), dict(base, doc_id="b")],
                              {"a": {"outlet": "x"}, "b": {"outlet": "y"}})
    assert e["num_mentions"] == 3 and e["num_articles"] == 2
