"""A place's first-level region: its name in `admin1`, its GeoNames code in `admin1_code` (issue 17), from the
gazetteer through the output, the store and the exports. An article written for this test."""
from __future__ import annotations

import csv
import json

from eventwire import code_text
from eventwire.export import GDELT_EVENT_COLUMNS, export_store
from eventwire.export.gdelt import adm1_code
from eventwire.store import Store

ARTICLE = ("Police in Ankara detained 20 protesters on Monday. In Saint Petersburg, police arrested 12 activists on "
           "Tuesday.")
WANT = {"Ankara": ("Ankara Province", "TR.68", "TU68"), "Saint Petersburg": (None, "RU.66", "RS66")}


def test_admin1_name_and_code_from_the_output_to_the_exports(tmp_path):
    res = code_text(ARTICLE, date="2024-03-05")
    assert res.status == "coded", res.reason
    got = {p.name: (p.admin1, p.admin1_code) for p in res.places}
    assert got == {k: v[:2] for k, v in WANT.items()}
    assert {e.location.name: (e.location.admin1, e.location.admin1_code) for e in res.events if e.location} \
        == {k: v[:2] for k, v in WANT.items()}
    assert json.loads(json.dumps(res.to_dict()))["places"][0]["admin1_code"] == "TR.68"

    with Store(str(tmp_path / "ew.duckdb")) as store:
        store.write_batch([res])
        store.aggregate()
        places = {r[0]: r[1:] for r in store.con.execute("SELECT name, admin1, admin1_code FROM places").fetchall()}
        mentions = {r[0]: r[1:] for r in store.con.execute(
            "SELECT location_name, location_admin1, location_admin1_code FROM mentions").fetchall()}
        events = {r[0]: r[1:] for r in store.con.execute(
            "SELECT place_name, place_admin1, place_admin1_code FROM events").fetchall()}
        for table in (places, mentions, events):
            assert table == {k: v[:2] for k, v in WANT.items()}
        # the stored record gives the place back as coded
        rec = store.result_record(res.id)
        assert {e["location"]["name"]: e["location"]["admin1_code"] for e in rec["events"]
                if e["location"]} \
            == {k: v[1] for k, v in WANT.items()}
        gdelt = tmp_path / "events.tsv"
        export_store(store, "gdelt", str(gdelt), keep_all=True)
        plover = tmp_path / "events.jsonl"
        export_store(store, "plover", str(plover), keep_all=True)
    rows = [dict(zip(GDELT_EVENT_COLUMNS, r)) for r in csv.reader(gdelt.open(encoding="utf-8"), delimiter="\t")]
    assert {r["ActionGeo_FullName"].split(",")[0]: r["ActionGeo_ADM1Code"] for r in rows} \
        == {k: v[2] for k, v in WANT.items()}
    recs = [json.loads(line) for line in plover.open(encoding="utf-8") if line.strip()]
    assert {r["location"]["name"]: (r["location"]["admin1"], r["location"]["admin1_code"]) for r in recs
            if r.get("location")} == {k: v[:2] for k, v in WANT.items()}


def test_adm1_code_prefers_the_geonames_code():
    assert adm1_code("TU", "TUR", "Ankara Province", "TR.68") == "TU68"
    assert adm1_code("TU", "TUR", "Ankara Province", None) == "TU"       # a name alone gives no code
    assert adm1_code("KE", "KEN", "KE.05") == "KE05"                     # a row stored before admin1_code
    assert adm1_code("US", "USA", "Texas") == "USTX"
    assert adm1_code("VA", "VAT", None, "VA.00") == "VA"                 # GeoNames' "00": no division
