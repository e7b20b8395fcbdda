"""Issue 15 as a new user checks it (session 26): places of a local US crime story and a British football story,
dates only from temporal expressions (no street number, age, birth or founding year, model or club name dates an
event or a story; a story with no date says why), and tolls counted once per incident, in the store's totals per
place and period and across copies of a story. The articles are written for these tests."""
from __future__ import annotations

import pytest

import eventwire
from eventwire.store import Store

RAPIDES = ("Alexandria police are searching for a gunman who shot a teenager outside a gas station on MacArthur Drive "
           "late Friday. The Rapides Parish coroner said the 17-year-old died at the scene. Deputies from the Rapides "
           "Parish Sheriff's Office joined the search overnight.")
FOOTBALL = ("Police arrested three fans after crowd trouble at the end of Saturday's Premier League match between "
            "Everton and Liverpool at Goodison Park. Merseyside Police said officers were pelted with bottles as "
            "supporters left the ground. The club condemned the violence.")


def _code(text, date=None):
    return eventwire.code_text(text, date=date)


def test_alexandria_of_a_rapides_parish_story_is_in_louisiana():
    res = _code(RAPIDES, "2024-03-02")
    alex = [p for p in res.places if p.text == "Alexandria"]
    assert alex and all(p.country == "USA" and p.admin1 == "Louisiana" for p in alex)
    assert res.events and all(e.location is None or e.location.country == "USA" for e in res.events)


def test_police_of_a_british_football_story_stay_in_britain():
    res = _code(FOOTBALL, "2023-02-13")
    assert any(e.cameo == "173" for e in res.events)
    for e in res.events:
        assert e.location is None or e.location.country in (None, "GBR"), (e.cameo, e.location)
    assert all(p.country in (None, "GBR") for p in res.places)


@pytest.mark.parametrize("text, year", [
    ("Police arrested a man at 1935 Orchard St. after a stabbing on the estate.", "1935"),
    ("Mary Jones, born in 1923, was attacked by a gang of teenagers outside her home.", "1923"),
    ("The company, founded in 1887, was sued by the state of Ohio.", "1887"),
    ("Founded in 1902, the union was banned by the government of Chile.", "1902"),
    ("Police in Santiago arrested 1950 protesters outside the palace.", "1950"),
    ("The class of 2005 protested against the government of Serbia.", "2005"),
])
def test_a_year_with_no_date_context_dates_no_event(text, year):
    for date in (None, "2022-08-20"):
        res = _code(text, date)
        assert res.events, text
        assert all(not (e.date or "").startswith(year) for e in res.events), [(e.cameo, e.date) for e in res.events]
        if date:
            assert all(e.date and e.date.startswith("2022") for e in res.events)


def test_a_year_in_a_date_context_still_dates_the_event():
    res = _code("Iraqi forces attacked Islamic State fighters in 2017, months after the group seized the town.")
    assert any(e.cameo.startswith("19") and e.date == "2017" and e.date_precision == "year" for e in res.events)
    res = _code("Rebels attacked the army base throughout the rest of 2015, officials said.")
    assert any(e.date == "2015" for e in res.events)
    # a year said of the act itself: before its noun, or the noun of its "in" phrase
    res = _code("Critics recalled the premier's 1998 decision to invade Lesotho without a mandate.", "2018-05-09")
    assert any(e.cameo.startswith("19") and e.date == "1998" for e in res.events)
    res = _code("The rebel commander was killed in a 2012 airstrike, his family said.", "2018-05-09")
    assert any(e.date == "2012" for e in res.events)


def test_a_club_named_for_a_weekday_dates_nothing():
    res = _code("Police are investigating after a linesman was hit by a coin during Leeds United's 2-1 win over "
                "Sheffield Wednesday at Elland Road.", "2024-03-02")         # a Saturday
    assert res.events and all(e.date == "2024-03-02" for e in res.events)
    res = _code("President Rowe on Tuesday condemned the rebels.", "2024-03-02")
    assert any(e.date == "2024-02-27" for e in res.events)


def test_a_story_with_no_date_says_why_and_an_obituary_birth_date_is_none():
    obit = ("John Peters, born on March 3, 1923, in Springfield, led the city council for two decades. He died on "
            "Monday, aged 101. Police said he had been attacked outside his home by a burglar last week.")
    res = _code(obit)
    d = res.to_dict()
    assert d["date"] is None and "no date known" in d["date_why"]
    assert all(not (e.date or "").startswith("1923") for e in res.events)
    span = _code("Jane Cole (May 2, 1931 - June 1, 2023) was a union leader who was arrested by police in 1984.")
    assert span.to_dict()["date"] is None
    dated = _code("TEHRAN, June 26, 2016 (IRNA) - Iran praised Iraq for retaking Fallujah.").to_dict()
    assert dated["date"] == "2016-06-26" and "June 26, 2016" in dated["date_why"]
    given = _code("Iran praised Iraq for retaking Fallujah.", "2016-06-26").to_dict()
    assert given["date"] == "2016-06-26" and "date_why" not in given


def test_killing_and_wounding_in_one_clause_is_one_incident_counted_once():
    res = _code("Government forces shelled a village in Idlib province on Sunday, killing at least 12 civilians and "
                "wounding 30, activists said. The dead included four children.", "2019-05-06")
    force = [i for i in res.incidents if i.kind == "force"]
    assert len(force) == 1 and force[0].tolls.get("killed") == 12 and force[0].tolls.get("injured") == 30
    assert sum(c.value for e in res.events for c in e.counts if c.type == "killed") == 12


def test_an_arrest_beside_a_shooting_takes_no_toll():
    text = ("Police in Alexandria arrested a 24-year-old man on Tuesday after a shooting outside a convenience store "
            "on Jackson Street left one man dead. Investigators said the suspect fired at two men in the parking lot, "
            "killing one and wounding the other.")
    res = _code(text, "2023-05-10")
    arrests = [e for e in res.events if e.cameo == "173"]
    assert arrests and all(not any(c.type == "killed" for c in e.counts) for e in arrests)
    assert sum(i.tolls.get("killed", 0) for i in res.incidents) == 1


def test_a_toll_beside_an_arrest_with_no_harm_told_stays_on_the_arrests_incident():
    res = _code("Police in Kano arrested 40 people on Friday over a stampede that left seven people dead. The governor "
                "praised the officers.", "2024-03-05")
    arrest = next(e for e in res.events if e.cameo == "173")
    assert not any(c.type == "killed" for c in arrest.counts)
    inc = next(i for i in res.incidents if arrest.incident == i.id)
    assert inc.tolls.get("killed") == 7 and any("read as this incident's" in w for w in inc.why)


SHELLING = ("Government forces shelled the village of Kafr Aweid in Idlib province on Sunday, killing at least {n} "
            "civilians and wounding 30, activists said. The dead included four children. Rescue workers were still "
            "searching the rubble of several houses on the edge of the village late into the night.")


def test_store_totals_per_place_and_period_keep_the_largest_toll_of_a_story(tmp_path):
    from eventwire.export.incidents import incident_rows, toll_totals
    from eventwire.ingest import documents_from_records
    from eventwire.pipeline import code_batch
    records = [{"id": "wire-a", "source": "Wire One", "date": "2020-09-14", "text": SHELLING.format(n=12)},
               {"id": "wire-b", "source": "Daily Two", "date": "2020-09-14", "text": SHELLING.format(n=15)},
               {"id": "nga", "source": "Wire One", "date": "2020-09-14",
                "text": "Militants attacked a market in Maiduguri on Friday, killing 7 people. The dead included "
                        "four children, and 20 others were wounded in the attack."}]
    path = str(tmp_path / "ew.duckdb")
    with Store(path) as store:
        store.write_batch(list(code_batch(list(documents_from_records(records)))))
        store.aggregate()
    rows = incident_rows(path)
    assert sorted((r["killed"], r["injured"]) for r in rows) == [(7, 20), (15, 30)]
    month = toll_totals(path, by="month")
    assert [(r["incidents"], r["killed"], r["injured"]) for r in month] == [(2, 22, 50)]
    by_place = {r["place"]: r["killed"] for r in toll_totals(path, by="place")}
    assert sorted(by_place.values()) == [7, 15]


def test_a_stored_record_keeps_the_reason_it_has_no_date(tmp_path):
    from eventwire.ingest import documents_from_records
    from eventwire.pipeline import code_batch
    recs = [{"id": "undated", "text": "Police arrested a man at 1935 Orchard St. after a stabbing on the estate."}]
    results = list(code_batch(list(documents_from_records(recs))))
    path = str(tmp_path / "ew.duckdb")
    with Store(path) as store:
        store.write_batch(results)
        again = store.result_record("undated")
    first = results[0].to_dict()
    assert first["date"] is None and again["date"] is None
    assert again["date_why"] == first["date_why"] and "no date known" in first["date_why"]
    assert all(e["date"] is None for e in again["events"])
