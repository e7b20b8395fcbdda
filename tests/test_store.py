"""The DuckDB store: one transaction per batch, upserts, resume ids, queries, documents."""
from __future__ import annotations

import math

import pytest

from eventwire.model import Actor, Document, Event, Place, Result
from eventwire.store import Store, StoreError, events_frame
from test_store_fixtures import SHELLING, shelling_result, skipped_result, talks_result, three_copies


@pytest.fixture()
def db(tmp_path):
    return str(tmp_path / "ew.duckdb")


def table_counts(store: Store) -> dict:
    s = store.stats()
    return {k: s[k] for k in ("documents", "sentences", "mentions", "actors", "places", "counts", "story_signatures")}


def test_write_batch_stores_every_table_with_offsets_into_the_text(db):
    with Store(db) as store:
        store.write_batch([shelling_result("levant-001", source="Levant Herald"), talks_result()])
        counts = table_counts(store)
        assert counts["documents"] == 2 and counts["mentions"] == 4 and counts["actors"] == 8
        assert counts["places"] == 4 and counts["counts"] == 2 and counts["sentences"] >= 5
        doc = store.get_document("levant-001")
    assert doc["text"] == SHELLING and doc["status"] == "coded" and doc["outlet"] == "levant herald"
    assert doc["meta"] == {"lang": "en"} and doc["date"] == "2018-03-03"
    for ev in doc["events"]:
        assert doc["text"][ev["evidence_start"]:ev["evidence_end"]] == ev["evidence_text"]
        assert doc["text"][ev["source_start"]:ev["source_end"]] == ev["source_text"]
    for start, end in doc["sentences"]:
        assert 0 <= start < end <= len(doc["text"])
    shelling = doc["events"][0]
    assert (shelling["cameo"], shelling["cameo_root"], shelling["dead"], shelling["injured"]) == ("194", "19", 12, 20)
    assert {c["type"]: c["mention_id"] for c in doc["counts"]} == {"killed": "levant-001:0", "injured": "levant-001:0"}


def test_an_exception_mid_batch_leaves_no_partial_rows(db, monkeypatch):
    with Store(db) as store:
        store.write_batch([talks_result()])
        before = table_counts(store)
        real_insert = Store._insert

        def failing_insert(self, table, rows):
            if table == "actors":          # documents, sentences and mentions are already inserted by now
                raise RuntimeError("disk full (simulated)")
            return real_insert(self, table, rows)

        monkeypatch.setattr(Store, "_insert", failing_insert)
        with pytest.raises(RuntimeError, match="simulated"):
            store.write_batch([shelling_result("levant-001"), shelling_result("eastwire-42")])
        assert table_counts(store) == before
        assert store.get_document("levant-001") is None
        monkeypatch.setattr(Store, "_insert", real_insert)
        # the rolled-back batch left nothing behind in the story index either: a retry stores it whole
        store.write_batch([shelling_result("levant-001"), shelling_result("eastwire-42")])
        assert store.get_document("levant-001")["story_id"] == "levant-001"
        assert table_counts(store)["documents"] == 3


def test_a_killed_run_keeps_whole_batches_and_resume_skips_them(db, monkeypatch):
    store = Store(db)
    store.write_batch([shelling_result("a-1"), talks_result("t-1")], run_id="run-1")
    monkeypatch.setattr(Store, "_insert", lambda self, t, rows: (_ for _ in ()).throw(KeyboardInterrupt())
                        if t == "counts" else None)
    with pytest.raises(KeyboardInterrupt):
        store.write_batch([shelling_result("a-2"), talks_result("t-2")], run_id="run-1")
    monkeypatch.undo()
    store.close()
    with Store(db) as again:
        assert again.done_ids() == {"a-1", "t-1"}
        assert again.con.execute("SELECT n_batches, n_documents FROM runs WHERE run_id = 'run-1'").fetchone() == (1, 2)


def test_rerun_upserts_by_document_id(db):
    with Store(db) as store:
        store.write_batch([shelling_result("levant-001"), talks_result()])
        first = table_counts(store)
        store.write_batch([shelling_result("levant-001"), talks_result()])
        assert table_counts(store) == first
        # the same id coded again with fewer events replaces its rows, children included
        fewer = shelling_result("levant-001")
        fewer.events = fewer.events[:1]
        store.write_batch([fewer])
        assert store.con.execute("SELECT count(*) FROM mentions WHERE doc_id = 'levant-001'").fetchone()[0] == 1
        assert store.con.execute("SELECT n_events FROM documents WHERE id = 'levant-001'").fetchone()[0] == 1
        assert store.con.execute("SELECT count(*) FROM actors WHERE doc_id = 'levant-001'").fetchone()[0] == 2
        # an id twice in one batch: the last copy wins, one row
        store.write_batch([skipped_result("x-1", reason="empty text"), skipped_result("x-1", reason="not English")])
        assert store.con.execute("SELECT count(*), any_value(reason) FROM documents WHERE id = 'x-1'").fetchone() \
            == (1, "not English")


def test_done_ids_and_known_hashes(db):
    with Store(db) as store:
        store.write_batch(three_copies() + [skipped_result("bad-1", status="failed", reason="binary content")])
        assert store.done_ids() == {"levant-001", "gulf-778", "eastwire-42", "bad-1"}
        assert store.done_ids(statuses=["coded"]) == {"levant-001", "eastwire-42"}
        hashes = store.known_hashes()
    from eventwire.stories import content_hash
    assert hashes[content_hash(SHELLING)] == "levant-001"       # the first copy, not the duplicate
    assert "gulf-778" not in hashes.values()


def test_odd_values_are_stored_not_raised(db):
    text = "Rebels attacked a convoy."
    weird = Result(
        document=Document(id="odd-1", text=text, date="last Tuesday", meta={"fetched": object(), "n": 3}),
        events=[Event(source=Actor(code=None), target=None, cameo="190", goldstein=float("nan"), sentence=0,
                      trigger_text="attacked", trigger_start=7, trigger_end=15, date="2021-02-30",
                      location=Place(text="convoy", start=18, end=24, geonameid=12345, lat=None, lon=None))],
        sentences=[(0, len(text)), "not a span"])
    with Store(db) as store:
        store.write_batch([weird, None])
        doc = store.get_document("odd-1")
    assert doc["date"] is None and doc["meta"]["n"] == 3 and len(doc["sentences"]) == 1
    ev = doc["events"][0]
    assert ev["goldstein"] is None or not math.isnan(ev["goldstein"])
    assert ev["date"] is None and ev["location_geonameid"] == "12345"


def test_query_filters(db):
    with Store(db) as store:
        store.write_batch(three_copies() + [talks_result()])
        store.aggregate()
        q = store.query_events
        assert len(q()) == 6                                      # mentions: 2 + 2 (edited copy) + 2 (talks)
        assert {r["source_code"] for r in q(actor="TUR")} == {"TURMIL", "SYRGOV"}   # source or target
        assert {r["source_code"] for r in q(source_actor="TUR")} == {"TURMIL"}
        assert {r["target_code"] for r in q(target_actor="SYRR")} == {"SYRREB"}
        assert {r["cameo"] for r in q(cameo="19")} == {"194"}
        assert {r["cameo"] for r in q(cameo=["040", "111"])} == {"040", "111"}
        assert {r["doc_id"] for r in q(country="KEN")} == {"talks-1"}
        assert len(q(start="2020-01-01")) == 2 and len(q(end="2018-03-03")) == 4
        assert {r["plover_type"] for r in q(plover="consult")} == {"CONSULT"}
        assert {r["quad_class"] for r in q(quad=[3, 4])} == {3, 4}
        assert {r["location_name"] for r in q(bbox="30,30,40,40")} == {"Afrin"}
        assert {r["location_name"] for r in q(place="brussel")} == {"Brussels"}
        assert {r["evidence_text"] for r in q(text="pounded")} == {"pounded"}
        assert {r["doc_id"] for r in q(outlet="Eastern Wire Service")} == {"eastwire-42"}
        assert {r["doc_id"] for r in q(sector="REB")} == {"levant-001", "eastwire-42"}
        assert [r["confidence"] for r in q(order="-confidence", limit=2)] == [0.9, 0.86]
        assert len(q(limit=2, offset=5)) == 1
        events = q(level="event", actor="TURMIL", cameo="194")
        assert len(events) == 1 and events[0]["num_articles"] == 3
        assert store.count_events(level="event") == 4 and store.count_events(doc_id="talks-1") == 2
        assert {r["event_id"] for r in q(level="event", outlet="gulfdaily.example")} \
            == {r["event_id"] for r in q(level="event", country="SYR")}
        with pytest.raises(ValueError):
            q(colour="blue")
        with pytest.raises(ValueError):
            q(order="1; DROP TABLE mentions")


def test_stories_persist_across_runs(db):
    a, _, c = three_copies()
    with Store(db) as first:
        first.write_batch([a, talks_result()])
    with Store(db) as later:                       # a later run joins the earlier story
        later.write_batch([c])
        assert later.get_document("eastwire-42")["story_id"] == "levant-001"
        assert later.get_document("talks-1")["story_id"] == "talks-1"


def test_read_only_store_and_events_frame(db, tmp_path):
    with Store(db) as store:
        store.write_batch(three_copies())
        store.aggregate()
    with Store(db, read_only=True) as ro:
        assert len(ro.query_events()) == 4
        with pytest.raises(StoreError):
            ro.write_batch([talks_result()])
    frame = events_frame(db, actor="SYR")
    assert len(frame) == 4 and {"source_code", "evidence_text", "num_articles"} <= set(frame.columns)
    assert len(events_frame(db, level="event")) == 2
    assert events_frame(str(tmp_path / "missing.duckdb")).empty
    with pytest.raises(StoreError):
        Store(str(tmp_path / "missing.duckdb"), read_only=True)


def test_result_record_gives_back_the_output_line(db):
    results = three_copies() + [talks_result()]
    with Store(db) as store:
        store.write_batch(results)
        for r in results:
            if r.events:
                assert store.result_record(r.id) == r.to_dict()
        dup = store.result_record("gulf-778")
        assert dup["status"] == "skipped" and len(dup["events"]) == 2    # the original's events
        assert store.result_record("nope") is None


def _read_in_another_process(db: str) -> str:
    import subprocess
    import sys
    code = ("from eventwire.store import Store, StoreError\n"
            "try:\n"
            f"    with Store({db!r}, read_only=True, lock_timeout=0.3) as s: print('rows', len(s.query_events()))\n"
            "except StoreError as e: print('locked', e)\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120).stdout


def test_writer_that_does_not_hold_the_file_lets_readers_in_between_batches(db):
    writer = Store(db, hold=False)
    writer.write_batch(three_copies())
    assert _read_in_another_process(db).startswith("rows 4")
    writer.write_batch([talks_result()])
    assert writer.done_ids() == {"levant-001", "gulf-778", "eastwire-42", "talks-1"}
    writer.close()
    holding = Store(db)                      # the default holds the file: DuckDB allows one writer process
    assert _read_in_another_process(db).startswith("locked")
    holding.close()


def test_db_commands(db, capsys):
    import json as _json

    from test_store_fixtures import run_command

    def main(argv):
        return run_command("eventwire.store.commands", argv)

    with Store(db) as store:
        store.write_batch(three_copies() + [talks_result()], run_id="run-a")
    assert main(["db", "aggregate", "--db", db]) == 0
    capsys.readouterr()
    assert main(["db", "info", "--db", db]) == 0
    info = _json.loads(capsys.readouterr().out)
    assert info["documents"] == 4 and info["events"] == 4 and info["stories"] == 2 and info["duplicates"] == 1
    assert info["runs"][0]["run_id"] == "run-a"
    assert main(["db", "stories", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("levant-001\t3 documents\t3 outlets")
    assert main(["db", "document", "eastwire-42", "--db", db]) == 0
    assert _json.loads(capsys.readouterr().out)["events"][0]["evidence_text"] == "pounded"
    assert main(["db", "document", "nope", "--db", db]) == 1
    assert main(["db", "info", "--db", db + ".missing"]) == 2


def test_a_count_shared_by_two_events_stays_with_both(db):
    r = shelling_result("levant-001")
    killed = r.events[0].counts[0]
    r.events[1].counts = [killed]                 # "condemned the shelling that killed 12"
    with Store(db) as store:
        store.write_batch([r])
        rows = store.con.execute("SELECT type, mention_id, mention_ids FROM counts ORDER BY idx").fetchall()
        assert rows == [("killed", "levant-001:0", ["levant-001:0", "levant-001:1"]),
                        ("injured", "levant-001:0", ["levant-001:0"])]
        assert store.result_record("levant-001") == r.to_dict()


def test_an_older_file_is_brought_up_to_the_schema(db):
    import duckdb
    con = duckdb.connect(db)                 # a file from before counts.mention_ids and events.source_text
    con.execute("CREATE TABLE counts (doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, mention_id VARCHAR, "
                "type VARCHAR, value BIGINT, qualifier VARCHAR, text VARCHAR, start INTEGER, \"end\" INTEGER, "
                "sentence INTEGER)")
    con.execute("CREATE TABLE events (event_id BIGINT PRIMARY KEY, date DATE, source_code VARCHAR)")
    con.close()
    with Store(db) as store:
        store.write_batch(three_copies())
        store.aggregate()
        assert "mention_ids" in {r[0] for r in store.con.execute("DESCRIBE counts").fetchall()}
        assert store.query_events(level="event", cameo="194")[0]["source_text"] == "Turkish artillery"


def test_a_stored_record_gives_back_year_and_month_dates_as_coded(tmp_path):
    """A resumed run writes stored records: their event dates keep the coder's precision ("1935", "2014-03"),
    not the DATE column's first day."""
    import eventwire
    from eventwire.store import Store
    res = eventwire.code_text("In 1935, Italian troops invaded Ethiopia. In March 2014, Russia annexed Crimea.",
                              date="2020-01-01", id="hist-1")
    coded = res.to_dict()
    with Store(str(tmp_path / "s.duckdb")) as store:
        store.write_batch([res])
        back = store.result_record("hist-1")
    assert [(e["date"], e["date_precision"]) for e in back["events"]] == \
        [(e["date"], e["date_precision"]) for e in coded["events"]]
    assert ("1935", "year") in [(e["date"], e["date_precision"]) for e in back["events"]]
