"""Honest exports (issue 17): GDELT rows need a date and an actor, PLOVER records both actors; the rest is
left out by default, counted, and kept with --all; a pronoun is never written as an actor's name."""
from __future__ import annotations

import json

import pytest

from eventwire.export import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, export
from eventwire.model import Document, Event, Result
from eventwire.store import Store
from test_store_fixtures import actor, run_command, sentence_spans, span, talks_result, three_copies

UNDATED = "He threatened the rebels. Gunmen attacked the convoy near the border."


def undated_result() -> Result:
    """A document without a date: a threat whose source is only 'He' (resolved to Iran's government, no
    name) and an attack by gunmen with no code at all."""
    text = UNDATED
    sents = sentence_spans(text)

    def ev(src, tgt, cameo, trigger, sentence, plover):
        ts, te = span(text, trigger)
        return Event(source=src, target=tgt, cameo=cameo, plover_type=plover, goldstein=-4.0, quad_class=3,
                     sentence=sentence, trigger_text=trigger, trigger_start=ts, trigger_end=te, date=None,
                     confidence=0.7, pattern=f"{cameo}.test", rule="fixture",
                     sentence_text=text[sents[sentence][0]:sents[sentence][1]])
    return Result(document=Document(id="undated-1", text=text, url="https://undated.example/1"), sentences=sents,
                  events=[ev(actor(text, "He", "IRNGOV", "IRN", "GOV"),
                             actor(text, "the rebels", "SYRREB", "SYR", "REB"), "138", "threatened", 0, "THREATEN"),
                          ev(None, None, "190", "attacked", 1, "ASSAULT")])


def pronoun_result() -> Result:
    """A dated sentence whose only actor is 'They' with a country code: a GDELT row, named by its country."""
    text = "They attacked the convoy."
    ts, te = span(text, "attacked")
    ev = Event(source=actor(text, "They", "SYR", "SYR", None), target=None, cameo="190", plover_type="ASSAULT",
               goldstein=-10.0, quad_class=4, sentence=0, trigger_text="attacked", trigger_start=ts, trigger_end=te,
               date="2020-02-02", date_precision="day", confidence=0.6, pattern="190.test", rule="fixture",
               sentence_text=text)
    return Result(document=Document(id="they-1", text=text, date="2020-02-02"), events=[ev], sentences=[(0, len(text))],
                  date="2020-02-02")


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "ew.duckdb")
    with Store(path) as store:
        store.write_batch(three_copies() + [talks_result(), undated_result(), pronoun_result()])
    return path


def _rows(path, columns):
    return [dict(zip(columns, line.rstrip("\n").split("\t"))) for line in path.read_text("utf-8").splitlines()]


def test_gdelt_leaves_out_undated_and_actorless_events_and_counts_them(db, tmp_path):
    out = tmp_path / "g.tsv"
    n = export(db, "gdelt", str(out))
    rows = _rows(out, GDELT_EVENT_COLUMNS)
    assert n == len(rows) == 5
    assert all(r["SQLDATE"] and (r["Actor1Code"] or r["Actor2Code"]) for r in rows)
    assert n.left_out == {"no date": 2}
    everything = tmp_path / "all.tsv"
    n_all = export(db, "gdelt", str(everything), keep_all=True)
    assert n_all == 7 and n_all.left_out == {}
    undated = [r for r in _rows(everything, GDELT_EVENT_COLUMNS) if not r["SQLDATE"]]
    assert len(undated) == 2
    # the mentions table follows the events table
    m = tmp_path / "m.tsv"
    nm = export(db, "gdelt-mentions", str(m))
    ids = {r["GLOBALEVENTID"] for r in rows}
    assert {r["GLOBALEVENTID"] for r in _rows(m, GDELT_MENTION_COLUMNS)} == ids and nm.left_out == {"no date": 2}


def test_a_pronoun_is_never_an_actor_name(db, tmp_path):
    out = tmp_path / "g.tsv"
    export(db, "gdelt", str(out), keep_all=True)
    names = {r["Actor1Name"] for r in _rows(out, GDELT_EVENT_COLUMNS)} | \
        {r["Actor2Name"] for r in _rows(out, GDELT_EVENT_COLUMNS)}
    assert not names & {"HE", "THEY"}
    rows = {r["EventCode"]: r for r in _rows(out, GDELT_EVENT_COLUMNS)}
    assert rows["138"]["Actor1Name"] == "IRAN" and rows["138"]["Actor2Name"] == "THE REBELS"
    they = next(r for r in _rows(out, GDELT_EVENT_COLUMNS) if r["SQLDATE"] == "20200202")
    assert they["Actor1Name"] == "SYRIA"
    p = tmp_path / "p.jsonl"
    export(db, "plover", str(p), keep_all=True)
    recs = [json.loads(line) for line in p.read_text("utf-8").splitlines()]
    assert {r["actor"] for r in recs if r["actor_code"] == "IRNGOV"} == {"Iran"}


def test_plover_needs_both_actors(db, tmp_path):
    p = tmp_path / "p.jsonl"
    n = export(db, "plover", str(p))
    recs = [json.loads(line) for line in p.read_text("utf-8").splitlines()]
    assert n == len(recs) and all(r["actor_code"] and r["recipient_code"] for r in recs)
    n_all = export(db, "plover", str(tmp_path / "all.jsonl"), keep_all=True)
    assert n.left_out["not both actors"] == n_all - n > 0


def test_cli_counts_what_it_leaves_out(db, tmp_path, capsys):
    assert run_command("eventwire.export.commands", ["export", "--db", db, "-f", "gdelt", "-o",
                                                     str(tmp_path / "g.tsv")]) == 0
    err = capsys.readouterr().err
    assert "5 events" in err and "left out 2 events (no date 2), --all keeps them" in err
    assert run_command("eventwire.export.commands", ["export", "--db", db, "-f", "gdelt", "-o",
                                                     str(tmp_path / "g.tsv"), "--all"]) == 0
    assert "7 events" in capsys.readouterr().err
    assert len((tmp_path / "g.tsv").read_text().splitlines()) == 7


def test_one_vocabulary_for_columns(db, tmp_path):
    """`source_*`/`target_*` are the actors in every output; the outlet is `outlet` / `outlet_name`; the flat
    export's columns are the aggregated events' columns, two of them renamed as FLAT_RENAMED documents."""
    import csv

    import eventwire
    from eventwire.export.flat import FLAT_RENAMED, flat_columns

    mentions = eventwire.events(db)
    assert "source" not in mentions.columns and "target" not in mentions.columns
    assert {"outlet", "outlet_name", "source_code", "source_name", "target_code"} <= set(mentions.columns)
    assert set(mentions["outlet_name"].dropna()) >= {"Levant Herald", "Brussels Monitor"}
    out = tmp_path / "e.csv"
    export(db, "csv", str(out), order="event_id")            # aggregates the store first
    events = eventwire.events(db, level="event")
    flat = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(flat[0]) == flat_columns()
    by_id = {int(r["event_id"]): r for r in events.to_dict("records")}
    for row in flat:
        ev = by_id[int(row["event_id"])]
        for col in flat_columns():
            if col in ("event_id", "date", "corrected", "lat", "lon", "goldstein", "quad_class") \
                    or col.startswith("num_"):
                if col == "date":
                    assert row[col] == (str(ev[col])[:10] if ev[col] == ev[col] and ev[col] else ""), col
                elif col != "corrected" and row[col]:
                    assert float(row[col]) == pytest.approx(float(ev[col])), col
                continue
            want = ev[FLAT_RENAMED.get(col, col)]
            assert (row[col] or None) == (None if want != want else want), col     # NaN: empty


def test_gdelt_adm1_code_from_the_gazetteer_places():
    """ADM1Code is the FIPS country code plus the division's code, for places as the gazetteer gives them."""
    from eventwire.export.gdelt import action_geo
    from eventwire.knowledge.gazetteer import default_gazetteer

    gaz = default_gazetteer()

    def adm1(name, country):
        c = next(c for c in gaz.lookup(name) if c.country == country and c.feature == "city")
        geo = action_geo({"place_name": c.name, "lat": c.lat, "lon": c.lon, "place_country": c.country,
                          "place_feature": c.feature, "place_admin1": c.admin1, "place_admin1_code": c.admin1_code,
                          "geonameid": c.geonameid})
        return geo[3]

    assert adm1("Nairobi", "KEN") == "KE05"          # the gazetteer's admin1_code "KE.05"
    assert adm1("Houston", "USA") == "USTX"          # "US.TX"
    assert adm1("Ankara", "TUR") == "TU68"           # named "Ankara Province", its code "TR.68"
    assert adm1("Saint Petersburg", "RUS") == "RS66"  # a region with no name in the data: the code alone


def test_actor_name_filter_in_the_python_api_and_the_exports(db, tmp_path):
    import csv

    import eventwire

    found = eventwire.events(db, actor_name="rebels")
    assert len(found) == 1 and found.iloc[0]["target_text"] == "the rebels"
    out = tmp_path / "r.csv"
    assert export(db, "csv", str(out), actor_name="REBELS") == 1         # any case
    assert [r["target_code"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["SYRREB"]
    assert len(eventwire.events(db, actor_name="100%")) == 0             # % is a character, not a wildcard
