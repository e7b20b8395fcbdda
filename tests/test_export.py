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
    # actors placed at their country (nothing in the text says more); the EU has no country
    assert (shelling["Actor1Geo_Type"], shelling["Actor1Geo_FullName"], shelling["Actor1Geo_CountryCode"]) == \
        ("1", "Turkey", "TU")
    assert (shelling["Actor2Geo_Type"], shelling["Actor2Geo_CountryCode"]) == ("1", "SY")
    assert eu["Actor1Geo_Type"] == "0" and eu["Actor1Geo_FullName"] == ""
    # "their Ukrainian counterpart in Brussels": the place after the actor's words
    assert (eu["Actor2Geo_Type"], eu["Actor2Geo_FullName"], eu["Actor2Geo_FeatureID"]) == \
        ("4", "Brussels, Belgium", "2800866")


PILGRIMS = ("KARBALA, May 9 - Police in Karbala detained two guards on Thursday after Iranian pilgrims "
            "clashed with them at a shrine. Tehran summoned the Iraqi ambassador over the incident, and the "
            "Arab League urged calm.")
KARBALA = dict(name="Karbala", lat=32.616, lon=44.0249, country="IRQ", geonameid="94824", feature="city",
               admin1="12")
TEHRAN = dict(name="Tehran", lat=35.6944, lon=51.4215, country="IRN", geonameid="112931", feature="city",
              admin1="26")


def pilgrims_result():
    """Actors placed by the text: 'Police in Karbala' (a place joined by 'in'), 'Tehran' (a place standing
    for Iran's government), 'Iranian pilgrims' (only a demonym: the country), the Arab League (no country)."""
    from eventwire.model import Document, Event, Place, Result
    from test_store_fixtures import actor, place, sentence_spans, span

    text = PILGRIMS
    sents = sentence_spans(text)
    karbala = Place(text="Karbala", start=span(text, "Karbala", 10)[0], end=span(text, "Karbala", 10)[1],
                    precision="clause", **KARBALA)
    iranian = Place(text="Iranian", start=span(text, "Iranian")[0], end=span(text, "Iranian")[1], name="Iran",
                    lat=32.0, lon=53.0, country="IRN", geonameid="130758", feature="country", demonym=True)
    tehran = place(text, "Tehran", TEHRAN)

    def ev(src, tgt, cameo, trigger, sentence, loc, conf):
        ts, te = span(text, trigger)
        return Event(source=src, target=tgt, cameo=cameo, plover_type="X", goldstein=-2.0, quad_class=3,
                     sentence=sentence, trigger_text=trigger, trigger_start=ts, trigger_end=te, location=loc,
                     date="2024-05-09", date_precision="day", confidence=conf, pattern=f"{cameo}.test",
                     rule="fixture", sentence_text=text[sents[sentence][0]:sents[sentence][1]])
    events = [
        ev(actor(text, "Police", "IRQCOP", "IRQ", "COP"), actor(text, "Iranian pilgrims", "IRNCVL", "IRN", "CVL"),
           "173", "detained", 0, karbala, 0.8),
        ev(actor(text, "Tehran", "IRNGOV", "IRN", "GOV"), actor(text, "the Iraqi ambassador", "IRQGOV", "IRQ", "GOV"),
           "1121", "summoned", 1, None, 0.7),
        ev(actor(text, "the Arab League", "IGOARL", None, "IGO", name="Arab League"), None,
           "010", "urged", 1, None, 0.6),
    ]
    doc = Document(id="pilgrims-1", text=text, date="2024-05-09", url="https://river.example/karbala")
    return Result(document=doc, events=events, places=[place(text, "KARBALA", KARBALA, "dateline"), karbala,
                                                        iranian, tehran], sentences=sents, date="2024-05-09")


def _geo(row: dict, who: str) -> tuple:
    return tuple(row[f"{who}Geo_{f}"] for f in ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long",
                                                 "FeatureID"))


def test_gdelt_actor_geo_from_the_text_else_the_actor_country(tmp_path):
    db = str(tmp_path / "geo.duckdb")
    with Store(db) as store:
        store.write_batch([pilgrims_result()])
    out = tmp_path / "events.tsv"
    assert export(db, "gdelt", str(out)) == 3
    rows = {r["EventCode"]: r for r in (dict(zip(GDELT_EVENT_COLUMNS, line.split("\t")))
                                        for line in out.read_text(encoding="utf-8").splitlines())}
    detained, summoned, urged = rows["173"], rows["1121"], rows["010"]
    # "Police in Karbala": the place right after the actor's words (a world city: type 4, FIPS codes)
    assert _geo(detained, "Actor1") == ("4", "Karbala, Iraq", "IZ", "IZ12", "32.616", "44.0249", "94824")
    # "Iranian pilgrims": a bare demonym is no place of its own; the actor's country (type 1, its point)
    assert _geo(detained, "Actor2")[:4] == ("1", "Iran", "IR", "IR") and detained["Actor2Geo_FeatureID"] == "130758"
    assert float(detained["Actor2Geo_Lat"]) == pytest.approx(32.0, abs=1.0)
    assert float(detained["Actor2Geo_Long"]) == pytest.approx(53.0, abs=1.0)
    # "Tehran" standing for Iran's government: the place is the actor's own words
    assert _geo(summoned, "Actor1") == ("4", "Tehran, Iran", "IR", "IR26", "35.6944", "51.4215", "112931")
    assert _geo(summoned, "Actor2")[:3] == ("1", "Iraq", "IZ")
    # an IGO without a country, and no target at all: empty, type 0
    assert _geo(urged, "Actor1") == ("0", "", "", "", "", "", "")
    assert _geo(urged, "Actor2") == ("0", "", "", "", "", "", "")
    # ActionGeo is still the event's place
    assert _geo(detained, "Action")[:3] == ("4", "Karbala, Iraq", "IZ") and _geo(summoned, "Action")[0] == "0"
    # filters and limits give the same actor places for the rows they keep
    one = tmp_path / "one.tsv"
    assert export(db, "gdelt", str(one), cameo="173", limit=1) == 1
    row = dict(zip(GDELT_EVENT_COLUMNS, one.read_text(encoding="utf-8").rstrip("\n").split("\t")))
    assert _geo(row, "Actor1") == _geo(detained, "Actor1")


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
    assert export(db, "plover", str(out)) == 0           # no recipient: left out unless kept with keep_all
    assert export(db, "plover", str(out), keep_all=True) == 1
    rec = json.loads(out.read_text())
    assert rec["size"] == 5000 and rec["event"] == "PROTEST" and rec["recipient"] is None and rec["actor"] == "teachers"
