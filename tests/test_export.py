"""Exports: GDELT Events (61 columns) and Mentions, PLOVER JSON, Parquet, CSV, GeoJSON, and the CLI."""
from __future__ import annotations

import csv
import json

import duckdb
import pyarrow.parquet as pq
import pytest

from eventwire.export import (FORMATS, GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, export, flat_columns,
                              flat_event_rows, flat_rows_from_results, split_actor_code)
from eventwire.store import Store, StoreError
from test_store_fixtures import run_command, talks_result, three_copies


def main(argv):
    return run_command("eventwire.export.commands", argv)


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "ew.duckdb")
    with Store(path) as store:
        store.write_batch(three_copies() + [talks_result()])       # not aggregated: export does it when stale
    return path


def test_gdelt_codebook_has_61_event_and_16_mention_columns():
    assert len(GDELT_EVENT_COLUMNS) == 61 and len(set(GDELT_EVENT_COLUMNS)) == 61
    assert GDELT_EVENT_COLUMNS[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert GDELT_EVENT_COLUMNS[25:35] == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    assert GDELT_EVENT_COLUMNS[51:53] == ["ActionGeo_Type", "ActionGeo_FullName"]
    assert GDELT_EVENT_COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]
    assert len(GDELT_MENTION_COLUMNS) == 16


def test_split_actor_code():
    assert split_actor_code("IRNGOV")["CountryCode"] == "IRN"
    parts = split_actor_code("USAMILREB")
    assert (parts["CountryCode"], parts["Type1Code"], parts["Type2Code"]) == ("USA", "MIL", "REB")
    parts = split_actor_code("IGOUNO")
    assert (parts["CountryCode"], parts["Type1Code"], parts["KnownGroupCode"]) == ("", "IGO", "UNO")
    parts = split_actor_code("IRQSHIREB")
    assert (parts["Religion1Code"], parts["Type1Code"]) == ("SHI", "REB")
    assert split_actor_code(None, "SYR")["CountryCode"] == "SYR"


def test_gdelt_export_every_row_has_61_fields(db, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(db, "gdelt", str(out)) == 4
    rows = [line.rstrip("\n").split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4 and all(len(r) == 61 for r in rows)
    rec = {r[0]: dict(zip(GDELT_EVENT_COLUMNS, r)) for r in rows}
    shelling = next(r for r in rec.values() if r["EventCode"] == "194")
    assert shelling["SQLDATE"] == "20180303" and shelling["MonthYear"] == "201803" and shelling["Year"] == "2018"
    assert shelling["EventBaseCode"] == "194" and shelling["EventRootCode"] == "19" and shelling["QuadClass"] == "4"
    assert shelling["Actor1CountryCode"] == "TUR" and shelling["Actor1Type1Code"] == "MIL"
    assert shelling["Actor2Code"] == "SYRREB" and shelling["Actor2Type1Code"] == "REB"
    assert int(shelling["NumArticles"]) >= 3 and int(shelling["NumSources"]) >= 3
    assert shelling["ActionGeo_CountryCode"] == "SY" and shelling["ActionGeo_FeatureID"] == "170017"
    assert float(shelling["ActionGeo_Lat"]) == pytest.approx(36.5119) and shelling["IsRootEvent"] == "1"
    assert float(shelling["AvgTone"]) < 0 and len(shelling["DATEADDED"]) == 14
    assert shelling["SOURCEURL"].startswith("https://")
    eu = next(r for r in rec.values() if r["EventCode"] == "040")
    assert eu["Actor1Type1Code"] == "IGO" and eu["Actor1KnownGroupCode"] == "EEC"


def test_gdelt_mentions_export(db, tmp_path):
    out = tmp_path / "mentions.tsv"
    n = export(db, "gdelt-mentions", str(out), cameo="194")
    rows = [dict(zip(GDELT_MENTION_COLUMNS, line.split("\t"))) for line in out.read_text().splitlines()]
    assert n == 3 and all(len(r) == 16 for r in rows)
    assert {r["MentionSourceName"] for r in rows} == {"levant herald", "gulfdaily.example", "eastern wire service"}
    assert {r["SentenceID"] for r in rows} == {"1"} and {r["Confidence"] for r in rows} == {"86"}


def test_plover_records(db, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export(db, "plover", str(out)) == 4
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    for r in recs:
        for key in ("id", "date", "actor", "recipient", "event", "mode", "event_text", "location"):
            assert key in r and r[key] not in (None, ""), key
    fight = next(r for r in recs if r["cameo"] == "194")
    assert fight["event"] == "FIGHT" and fight["actor_country"] == "TUR" and fight["recipient_country"] == "SYR"
    assert fight["dead"] == 12 and fight["injured"] == 20 and fight["location"]["name"] == "Afrin"
    assert fight["recipient"] == "People's Protection Units" and "shelled" in fight["event_text"]


def test_parquet_loads_with_pyarrow_and_duckdb(db, tmp_path):
    out = tmp_path / "events.parquet"
    assert export(db, "parquet", str(out)) == 4
    table = pq.read_table(out)
    assert table.column_names == flat_columns() and table.num_rows == 4
    con = duckdb.connect()
    got = con.execute(f"SELECT num_articles, num_sources, place_name FROM read_parquet('{out}') "
                      "WHERE cameo = '111'").fetchall()
    assert got == [(3, 3, "Afrin")]
    assert con.execute(f"SELECT count(*) FROM read_parquet('{out}') WHERE date = DATE '2023-03-04'").fetchone() == (2,)


def test_csv_and_geojson(db, tmp_path):
    out_csv, out_geo = tmp_path / "events.csv", tmp_path / "events.geojson"
    assert export(db, "csv", str(out_csv), country="KEN") == 1
    with open(out_csv, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == flat_columns() and rows[0]["source_code"] == "KENGOV" and rows[0]["date"] == "2023-03-04"
    assert export(db, "geojson", str(out_geo)) == 4
    fc = json.loads(out_geo.read_text())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 4
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert {"event_id", "cameo", "num_articles", "date"} <= set(f["properties"])
    nairobi = next(f for f in fc["features"] if f["properties"]["place_name"] == "Nairobi")
    assert nairobi["geometry"]["coordinates"] == [36.8167, -1.2833]          # GeoJSON order: lon, lat


def test_flat_rows_reuse(db):
    rows = flat_event_rows(db, cameo="19")
    assert len(rows) == 1 and list(rows[0]) == flat_columns() and rows[0]["num_articles"] == 3
    direct = flat_rows_from_results(three_copies())
    assert {r["event_id"] for r in direct} == {r["event_id"] for r in flat_event_rows(db, country="SYR")}


def test_cli_export(db, tmp_path, capsys):
    for fmt in FORMATS:
        out = tmp_path / f"out.{fmt}"
        assert main(["export", "--db", db, "--format", fmt, "--output", str(out), "--start", "2018-01-01"]) == 0
        assert out.stat().st_size > 0
    assert main(["export", "--db", str(tmp_path / "none.duckdb"), "-f", "csv", "-o", str(tmp_path / "x.csv")]) == 2
    assert "no eventwire database" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--db", db, "--format", "xml", "--output", str(tmp_path / "x")])
    with pytest.raises(StoreError):
        export(str(tmp_path / "none.duckdb"), "gdelt", str(tmp_path / "y"))


def test_plover_size_from_a_protesters_count(tmp_path):
    from eventwire.model import Actor, Count, Document, Event, Result
    text = "About 5,000 teachers marched through Nairobi on Friday demanding higher pay."
    crowd = Count(type="protesters", value=5000, qualifier="about", text="About 5,000 teachers", start=0, end=20,
                  sentence=0)
    ev = Event(source=Actor(code="KENEDU", country="KEN", sector="EDU", text="teachers", start=12, end=20),
               target=None, cameo="141", plover_type="PROTEST", plover_mode="demonstrate", goldstein=-6.5,
               quad_class=4, trigger_text="marched", trigger_start=21, trigger_end=28, date="2024-05-10",
               sentence_text=text, counts=[crowd])
    result = Result(document=Document(id="protest-1", text=text, date="2024-05-10", source="Nairobi Daily"),
                    events=[ev], counts=[crowd], sentences=[(0, len(text))], date="2024-05-10")
    db = str(tmp_path / "p.duckdb")
    with Store(db) as store:
        store.write_batch([result])
    out = tmp_path / "p.jsonl"
    assert export(db, "plover", str(out)) == 1
    rec = json.loads(out.read_text())
    assert rec["size"] == 5000 and rec["event"] == "PROTEST" and rec["recipient"] is None and rec["actor"] == "teachers"
