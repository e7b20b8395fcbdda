"""Analysts' corrections (issue 18): the record, what every reader shows, undo, the CLI's checks, and a
re-write of the document (a re-code) that puts each correction back on the mention with the same trigger."""
from __future__ import annotations

import json

import pytest

import eventwire
from eventwire.export import export
from eventwire.model import Actor, Document, Event, Result
from eventwire.store import Store
from test_store_fixtures import run_command

TEXT = ("Kenyan police detained six students in Eldoret on Friday. "
        "The Tanzanian minister praised the Kenyan court for its ruling.")


def _span(text, word):
    i = TEXT.index(text)
    return i, i + len(text)


def _actor(code, country, sector, text):
    s, e = _span(text, text)
    return Actor(code=code, country=country, sector=sector, text=text, start=s, end=e, why="test")


def _event(source, target, cameo, trigger, sentence, plover="COERCE"):
    s, e = _span(trigger, trigger)
    return Event(source=source, target=target, cameo=cameo, plover_type=plover, goldstein=-5.0, quad_class=4,
                 trigger_text=trigger, trigger_start=s, trigger_end=e, sentence=sentence, date="2024-05-10",
                 pattern=f"{cameo}.test", rule="test", confidence=0.8, sentence_text=TEXT)


def make_result(events=None):
    sents = [(0, TEXT.index(" The") ), (TEXT.index("The"), len(TEXT))]
    if events is None:
        events = [
            _event(_actor("KENCOP", "KEN", "COP", "Kenyan police"), _actor("KENEDU", "KEN", "EDU", "six students"),
                   "173", "detained", 0),
            _event(_actor("TZAGOV", "TZA", "GOV", "Tanzanian minister"), _actor("KENJUD", "KEN", "JUD", "Kenyan court"),
                   "051", "praised", 1, plover="SUPPORT"),
        ]
    return Result(document=Document(id="c1", text=TEXT, date="2024-05-10", source="Lake Post"), events=events,
                  sentences=sents, date="2024-05-10")


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "c.duckdb")
    with Store(path) as store:
        store.write_batch([make_result()])
        store.aggregate()
    return path


def correct(argv, capsys):
    rc = run_command("eventwire.corrections.commands", ["correct", *argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


def events_json(db, capsys, *extra):
    rc = run_command("eventwire.commands", ["events", "--db", db, "--json", *extra])
    assert rc == 0
    return {r["mention_id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}


def test_correction_shows_everywhere_and_undo_restores(db, capsys, tmp_path):
    rc, out, err = correct(["c1:1", "--cameo", "052", "--target", "KENGOV", "--note", "a ruling praised is the state's",
                            "--by", "ann", "--db", db], capsys)
    assert rc == 0, err
    assert "correction 1 on c1:1 by ann" in out and "cameo 051 -> 052" in out and "target KENJUD -> KENGOV" in out
    ev = events_json(db, capsys)
    assert ev["c1:1"]["cameo"] == "052" and ev["c1:1"]["target_code"] == "KENGOV" and ev["c1:1"]["corrected"] is True
    assert ev["c1:1"]["target_text"] == "Kenyan court"          # the span stays; only the code changes
    assert ev["c1:0"]["corrected"] is False and ev["c1:0"]["cameo"] == "173"
    # eventwire.events() (pandas) and the aggregated events
    frame = eventwire.events(db)
    assert set(frame.loc[frame.corrected, "mention_id"]) == {"c1:1"}
    with Store(db, read_only=True) as s:
        agg = {r["cameo"]: r for r in s.query_events(level="event")}
        why = s.con.execute("SELECT why FROM actors WHERE mention_id = 'c1:1' AND role = 'target'").fetchone()[0]
        rec = s.result_record("c1")
    assert agg["052"]["corrected"] is True and agg["173"]["corrected"] is False and "051" not in agg
    assert why.startswith("corrected by ann (correction 1)")
    assert rec["events"][1]["cameo"] == "052" and rec["events"][1]["corrected"] is True
    # exports
    out_csv, out_pl = tmp_path / "e.csv", tmp_path / "e.jsonl"
    export(db, "csv", str(out_csv))
    export(db, "plover", str(out_pl))
    assert "052" in out_csv.read_text() and out_csv.read_text().splitlines()[0].endswith(",corrected")
    plover = {r["cameo"]: r for r in map(json.loads, out_pl.read_text().splitlines())}
    assert plover["052"]["corrected"] is True and plover["052"]["recipient_code"] == "KENGOV"
    # undo
    rc, out, err = correct(["--undo", "1", "--db", db], capsys)
    assert rc == 0 and "[undone]" in out
    ev = events_json(db, capsys)
    assert ev["c1:1"]["cameo"] == "051" and ev["c1:1"]["target_code"] == "KENJUD" and ev["c1:1"]["corrected"] is False
    with Store(db, read_only=True) as s:
        why = s.con.execute("SELECT why FROM actors WHERE mention_id = 'c1:1' AND role = 'target'").fetchone()[0]
        status = s.con.execute("SELECT status, undone_by FROM corrections").fetchall()
    assert why == "test" and status[0][0] == "undone"


def test_two_corrections_of_one_mention_and_undo_of_the_first(db, capsys):
    assert correct(["c1:0", "--source", "KENMIL", "--db", db], capsys)[0] == 0
    assert correct(["c1:0", "--cameo", "1711", "--db", db], capsys)[0] == 0
    assert correct(["--undo", "1", "--db", db], capsys)[0] == 0
    ev = events_json(db, capsys)["c1:0"]
    assert (ev["source_code"], ev["cameo"], ev["corrected"]) == ("KENCOP", "1711", True)
    assert correct(["--undo", "2", "--db", db], capsys)[0] == 0
    ev = events_json(db, capsys)["c1:0"]
    assert (ev["source_code"], ev["cameo"], ev["corrected"]) == ("KENCOP", "173", False)


def test_not_an_event_leaves_every_listing_and_comes_back_on_undo(db, capsys, tmp_path):
    rc, out, err = correct(["c1:0", "--not-an-event", "--note", "a drill", "--db", db], capsys)
    assert rc == 0 and "not an event" in out
    assert set(events_json(db, capsys)) == {"c1:1"}
    out_csv = tmp_path / "e.csv"
    export(db, "csv", str(out_csv))
    assert "173" not in out_csv.read_text()
    with Store(db, read_only=True) as s:
        assert s.con.execute("SELECT not_event, corrected FROM mentions WHERE mention_id = 'c1:0'").fetchone() == (True, True)
    rc, out, err = correct(["c1:0", "--cameo", "172", "--db", db], capsys)
    assert rc == 2 and "undo that correction first" in err
    assert correct(["--undo", "1", "--db", db], capsys)[0] == 0
    assert set(events_json(db, capsys)) == {"c1:0", "c1:1"}


@pytest.mark.parametrize("argv, message", [
    (["c1:0", "--cameo", "999"], "bad --cameo '999': not a CAMEO code"),
    (["c1:0", "--cameo", "1b"], "bad --cameo '1b'"),
    (["c1:0", "--source", "KENXYZ"], "bad --source 'KENXYZ': XYZ is not a sector code"),
    (["c1:0", "--target", "QQQGOV"], "bad --target 'QQQGOV': QQQ is not a country or sector"),
    (["c1:0", "--not-an-event", "--cameo", "042"], "--not-an-event takes no new codes"),
    (["c1:0"], "nothing to correct"),
    (["c1:0", "--cameo", "173"], "already has"),
    (["nope:3", "--cameo", "042"], "no mention 'nope:3'"),
    (["--undo", "7"], "no correction 7"),
    (["--undo", "x"], "bad correction id 'x'"),
    ([], "give a MENTION_ID"),
])
def test_mistakes_get_one_line_and_exit_2(db, capsys, argv, message):
    rc, out, err = correct([*argv, "--db", db], capsys)
    assert rc == 2 and message in err and err.count("\n") == 1 and out == ""
    with Store(db, read_only=True) as s:
        assert s.con.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0
        assert s.con.execute("SELECT count(*) FROM mentions WHERE corrected").fetchone()[0] == 0


def test_missing_database_exit_2(tmp_path, capsys):
    rc, out, err = correct(["c1:0", "--cameo", "042", "--db", str(tmp_path / "none.duckdb")], capsys)
    assert rc == 2 and "no database" in err and not (tmp_path / "none.duckdb").exists()


def test_actor_codes_follow_the_actor_files_grammar():
    from eventwire.corrections.codes import CodeError, build_actor, check_actor
    assert check_actor("irqgov") == "IRQGOV" and check_actor("IGOUNO") == "IGOUNO" and check_actor("CVL") == "CVL"
    assert check_actor("SYRMILREB") == "SYRMILREB" and build_actor("irq", ["gov"]) == "IRQGOV"
    for bad in ("IRQGO", "IRQGOVXXX", "XYZ", "IRQ GOV", ""):
        with pytest.raises(CodeError):
            check_actor(bad)


def test_a_rewrite_puts_corrections_back_on_the_same_trigger(db, capsys):
    assert correct(["c1:1", "--cameo", "052", "--db", db], capsys)[0] == 0
    assert correct(["c1:0", "--not-an-event", "--db", db], capsys)[0] == 0
    # the document coded again: its events come in another order (other mention ids), the praise now 051 again
    again = make_result()
    again.events.reverse()
    with Store(db) as s:
        s.write_batch([again])
        report = s.last_reapply
        s.aggregate()
        rows = {r[0]: r[1:] for r in s.con.execute(
            "SELECT evidence_text, mention_id, cameo, corrected, not_event FROM mentions").fetchall()}
        corr = s.con.execute("SELECT correction_id, mention_id, status FROM corrections ORDER BY 1").fetchall()
    assert rows["praised"] == ("c1:0", "052", True, None) and rows["detained"] == ("c1:1", "173", True, True)
    assert corr == [(1, "c1:0", "applied"), (2, "c1:1", "applied")]
    assert [c["correction_id"] for c in report["applied"]] == [1, 2] and report["unmatched"] == []
    # coded once more without the arrest: its correction is reported unmatched, never dropped
    praise_only = make_result()
    praise_only.events = praise_only.events[1:]
    with Store(db) as s:
        s.write_batch([praise_only])
        report = s.last_reapply
        corr = s.con.execute("SELECT correction_id, status FROM corrections ORDER BY 1").fetchall()
    assert [c["correction_id"] for c in report["unmatched"]] == [2] and corr == [(1, "applied"), (2, "unmatched")]


def test_events_corrected_filter(db, capsys):
    assert correct(["c1:1", "--source", "TZAMIL", "--db", db], capsys)[0] == 0
    assert set(events_json(db, capsys, "--corrected")) == {"c1:1"}


def test_a_file_from_before_corrections_is_readable_and_upgraded_on_write(db, capsys, tmp_path):
    import duckdb
    con = duckdb.connect(db)                 # make it look like a file of the last release
    for table, col in (("mentions", "corrected"), ("mentions", "not_event"), ("events", "corrected")):
        con.execute(f"ALTER TABLE {table} DROP COLUMN {col}")
    con.execute("DROP TABLE corrections")
    con.execute("DROP TABLE mention_originals")
    con.close()
    before = open(db, "rb").read()
    ev = events_json(db, capsys)             # read-only: nothing to migrate, still readable
    assert set(ev) == {"c1:0", "c1:1"} and ev["c1:0"]["corrected"] is False
    assert open(db, "rb").read() == before
    rc, out, err = correct(["c1:0", "--cameo", "1711", "--db", db], capsys)     # a write brings it up to date
    assert rc == 0, err
    assert events_json(db, capsys)["c1:0"]["corrected"] is True
