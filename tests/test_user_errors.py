"""Issue 19: storage errors are user errors: one line, exit status 2, no partial output file."""
import json
import pytest

from eventwire import cli


@pytest.fixture(scope="module")
def stored_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("db")
    src = folder / "in.jsonl"
    src.write_text('{"id": "n1", "text": "Kenyan police fired tear gas at protesters in Nairobi on Monday.", '
                   '"date": "2023-07-03"}\n'
                   '{"id": "n2", "text": "Ghana recalled its ambassador from Togo on Friday.", "date": "2023-07-07"}\n')
    db = folder / "ew.duckdb"
    assert cli.main(["code", str(src), "--db", str(db), "-q"]) == 0
    return db


def _one_line_error(capsys, argv):
    rc = cli.main(argv)
    err = capsys.readouterr().err.strip()
    assert rc == 2
    assert err.startswith("eventwire") and "\n" not in err and "Traceback" not in err
    return err


def test_a_file_that_is_not_a_database(tmp_path, capsys):
    notdb = tmp_path / "events.jsonl"
    notdb.write_text('{"id": 1}\n')
    err = _one_line_error(capsys, ["events", "--db", str(notdb)])
    assert "not an eventwire (DuckDB) database" in err


@pytest.mark.parametrize("argv", [["events"], ["db", "info"], ["export", "--format", "csv", "-o", "{out}"]])
def test_a_truncated_database(tmp_path, capsys, stored_db, argv):
    data = stored_db.read_bytes()
    half = tmp_path / "half.duckdb"
    half.write_bytes(data[: 3 * 4096 + 100])      # the headers, then the file ends
    out = tmp_path / "out.csv"
    _one_line_error(capsys, [a.replace("{out}", str(out)) for a in argv] + ["--db", str(half)])
    assert not out.exists()
    assert not list(tmp_path.glob(".eventwire-export-*"))


def test_export_to_standard_output(capsys, stored_db):
    assert cli.main(["export", "--db", str(stored_db), "--format", "csv", "-o", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("event_id,") and len(lines) >= 2


@pytest.mark.parametrize("flag, value", [("--start", "2023-13-01"), ("--start", "07/01/2023"), ("--cameo", "zz"),
                                         ("--plover", "FOO"), ("--end", "yesterday")])
def test_bad_filters_are_refused_the_same_way_everywhere(tmp_path, capsys, stored_db, flag, value):
    err = _one_line_error(capsys, ["events", "--db", str(stored_db), flag, value])
    assert value in err
    out = tmp_path / "x.csv"
    _one_line_error(capsys, ["export", "--db", str(stored_db), "-f", "csv", "-o", str(out), flag, value])
    assert not out.exists()
    import eventwire
    from eventwire.filters import FilterError
    with pytest.raises(FilterError, match="bad"):
        eventwire.events(str(stored_db), **{flag.lstrip("-"): value})


def test_good_filters_still_select(capsys, stored_db):
    assert cli.main(["events", "--db", str(stored_db), "--plover", "assault,protest", "--start", "2023-07-01"]) == 0
    assert "(0 events)" not in capsys.readouterr().out


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("eventwire 0.")


def test_unreadable_input_dates_are_reported_and_kept(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Chile recalled its ambassador from Peru.", "date": "yesterday"}) + "\n"
                   + json.dumps({"id": "b", "text": "Norway praised Sweden.", "date": "05/02/2024"}) + "\n"
                   + json.dumps({"id": "c", "text": "Ghana praised Togo.", "date": "2024-02-05"}) + "\n")
    out = tmp_path / "out.jsonl"
    assert cli.main(["code", str(src), "--no-db", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "2 with an input date that could not be read" in err
    recs = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert recs["a"]["date"] is None and recs["a"]["date_raw"] == "yesterday" and "unreadable" in recs["a"]["date_warning"]
    assert recs["b"]["date_raw"] == "05/02/2024" and "ambiguous" in recs["b"]["date_warning"]
    assert recs["c"]["date"] == "2024-02-05" and "date_warning" not in recs["c"]
