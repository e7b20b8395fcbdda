"""GET /api/incidents (issue 15, issue 17): the incidents the filtered events tell, each toll counted once (told
twice in an article, carried by two outlets), with the event filters of every read route.  The store is coded by
the pipeline from the articles written here (test_dashboard_layout.py shows them in the browser)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.server import ServerConfig, create_app
from test_server import build_db

MAIDUGURI = ("Gunmen attacked a market in Maiduguri on Tuesday, killing 12 people and wounding 30. "
             "The dead included four children.")
KABUL = "Taliban militants detonated a car bomb in Kabul on Monday, killing seven civilians and wounding 15."
# a crowded network: a chain of 21 European states and a hub (France) beside it
CHAIN = ["Poland", "Hungary", "Austria", "Slovenia", "Croatia", "Serbia", "Romania", "Bulgaria", "Greece", "Turkey",
         "Cyprus", "Malta", "Italy", "France", "Spain", "Portugal", "Ireland", "Belgium", "Denmark", "Sweden", "Finland"]
VERBS = ["criticised", "praised", "condemned", "thanked"]
DIPLOMACY = " ".join(f"{a} {VERBS[i % 4]} {b} on Monday." for i, (a, b) in enumerate(zip(CHAIN, CHAIN[1:])))
HUB = " ".join(f"France {VERBS[i % 4]} {b} on Tuesday." for i, b in enumerate(["Germany", "Norway", "Estonia",
                                                                             "Latvia", "Lithuania", "Slovakia"]))
ARTICLES = [
    {"id": "bor-1", "date": "2021-06-01", "source": "Sahel Post", "title": "Market attack", "text": MAIDUGURI},
    # the same story from another outlet: one incident, its toll counted once
    {"id": "bor-2", "date": "2021-06-01", "source": "Lake Chad Times", "title": "Market attack", "text": MAIDUGURI},
    {"id": "kbl-1", "date": "2021-06-07", "source": "Hindu Kush Daily", "title": "Car bomb", "text": KABUL},
    {"id": "eu-1", "date": "2021-06-14", "source": "Union Wire", "title": "Words", "text": DIPLOMACY},
    {"id": "eu-2", "date": "2021-06-15", "source": "Union Wire", "title": "More words", "text": HUB},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("incidents") / "events.duckdb"
    build_db(path, ARTICLES)
    return TestClient(create_app(ServerConfig(db=str(path), api_token="")))


def test_incidents_with_tolls_counted_once(client):
    r = client.get("/api/incidents")
    assert r.status_code == 200, r.text
    d = r.json()
    assert (d["total"], d["killed"], d["injured"], d["without_toll"]) == (2, 12 + 7, 30 + 15, 0)
    got = {(i["place"]["name"], i["killed"], i["injured"], i["n_documents"]) for i in d["items"]}
    assert got == {("Maiduguri", 12, 30, 2), ("Kabul", 7, 15, 1)}
    assert all(i["mention_id"] and i["mention_id"].startswith(i["doc_id"] + ":") for i in d["items"])
    assert [i["date"] for i in d["items"]] == ["2021-06-07", "2021-06-01"]          # newest first


def test_incidents_follow_the_event_filters(client):
    for level in ("event", "mention"):
        nga = client.get("/api/incidents", params={"country": "NGA", "level": level}).json()
        assert [(i["killed"], i["injured"], i["place"]["name"]) for i in nga["items"]] == [(12, 30, "Maiduguri")]
    assert client.get("/api/incidents", params={"start": "2021-06-05"}).json()["killed"] == 7
    assert client.get("/api/incidents", params={"actor": "AFG"}).json()["total"] == 1
    assert client.get("/api/incidents", params={"quad": "1"}).json()["total"] == 0        # no act of force
    assert client.get("/api/incidents", params={"text": "car bomb"}).json()["killed"] == 7
    assert client.get("/api/incidents", params={"limit": 1}).json()["items"][0]["place"]["name"] == "Kabul"


def test_bad_filters_are_refused(client):
    assert client.get("/api/incidents", params={"cameo": "zz"}).status_code == 400
    assert client.get("/api/incidents", params={"limit": 0}).status_code == 422
