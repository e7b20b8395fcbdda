"""Corrections over HTTP (issue 18): the bearer token (403 with none configured, 401 without or wrong, 201 with
it), checked codes (422), the corrected mention in the API's listings, the mention's corrections, undo."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.server import ServerConfig, create_app
from eventwire.store import Store
from test_corrections import make_result

AUTH = {"Authorization": "Bearer s3cret-corr"}


@pytest.fixture()
def path(tmp_path):
    p = str(tmp_path / "api.duckdb")
    with Store(p) as store:
        store.write_batch([make_result()])
        store.aggregate()
    return p


@pytest.fixture()
def writable(path):
    with TestClient(create_app(ServerConfig(db=path, api_token="s3cret-corr"))) as c:
        yield c


def test_without_a_configured_token_corrections_are_forbidden(path):
    with TestClient(create_app(ServerConfig(db=path, api_token=""))) as c:
        r = c.post("/api/events/c1:0/corrections", json={"cameo": "172"}, headers=AUTH)
        assert r.status_code == 403 and "writes are disabled" in r.json()["detail"]
        assert c.post("/api/corrections/1/undo", headers=AUTH).status_code == 403
        assert c.get("/api/events/c1:0/corrections").json()["items"] == []      # reading is open


def test_missing_or_wrong_token_is_401_and_changes_nothing(writable):
    r = writable.post("/api/events/c1:0/corrections", json={"cameo": "172"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = writable.post("/api/events/c1:0/corrections", json={"cameo": "172"}, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401
    assert writable.get("/api/events/c1:0/corrections").json()["items"] == []
    assert writable.get("/api/events/c1:0").json()["cameo"] == "173"


def test_correct_with_the_token_then_undo(writable):
    r = writable.post("/api/events/c1:1/corrections", headers=AUTH,
                      json={"target": {"country": "KEN", "sectors": ["GOV"]}, "cameo": "052", "note": "the state",
                            "by": "ann"})
    assert r.status_code == 201, r.text
    body = r.json()
    c = body["correction"]
    assert c["correction_id"] == 1 and c["created_by"] == "ann" and c["note"] == "the state"
    assert c["before"] == {"target": "KENJUD", "cameo": "051"} and c["after"] == {"target": "KENGOV", "cameo": "052"}
    assert body["mention"]["corrected"] is True and body["mention"]["target"]["code"] == "KENGOV"
    # the mention, the listings at both levels, the corrected filter
    m = writable.get("/api/events/c1:1").json()
    assert m["corrected"] is True and m["cameo"] == "052" and m["mentions"][0]["corrected"] is True
    items = writable.get("/api/events", params={"level": "mention"}).json()["items"]
    assert {i["mention_id"]: i["corrected"] for i in items} == {"c1:0": False, "c1:1": True}
    ev = writable.get("/api/events", params={"corrected": "true"}).json()["items"]
    assert [(e["cameo"], e["corrected"]) for e in ev] == [("052", True)]
    doc = writable.get("/api/documents/c1").json()
    assert [e["corrected"] for e in doc["events"]] == [False, True]
    listed = writable.get("/api/events/c1:1/corrections").json()["items"]
    assert [x["correction_id"] for x in listed] == [1] and listed[0]["status"] == "applied"
    # undo
    assert writable.post("/api/corrections/1/undo", json={"by": "ann"}).status_code == 401
    r = writable.post("/api/corrections/1/undo", json={"by": "ann"}, headers=AUTH)
    assert r.status_code == 200 and r.json()["correction"]["status"] == "undone"
    assert r.json()["mention"]["cameo"] == "051" and r.json()["mention"]["corrected"] is False
    assert writable.post("/api/corrections/1/undo", headers=AUTH).status_code == 409
    assert writable.post("/api/corrections/9/undo", headers=AUTH).status_code == 404
    assert writable.get("/api/corrections", params={"status": "undone"}).json()["items"][0]["undone_by"] == "ann"


def test_not_an_event_over_http(writable):
    r = writable.post("/api/events/c1:0/corrections", json={"not_event": True, "note": "an exercise"}, headers=AUTH)
    assert r.status_code == 201 and r.json()["mention"]["not_event"] is True
    items = writable.get("/api/events", params={"level": "mention"}).json()["items"]
    assert [i["mention_id"] for i in items] == ["c1:1"]
    assert writable.get("/api/events/c1:0").json()["not_event"] is True       # still there to look at


@pytest.mark.parametrize("body, status, message", [
    ({"cameo": "999"}, 422, "bad cameo '999'"),
    ({"source": "KENXYZ"}, 422, "bad source 'KENXYZ'"),
    ({"target": {"country": "KEN", "sectors": ["XYZ"]}}, 422, "bad target"),
    ({"source": 5}, 422, "bad source"),
    ({"colour": "red"}, 422, "unknown field"),
    ({"not_event": "yes"}, 422, "bad not_event"),
    ({}, 422, "nothing to correct"),
    ([1, 2], 422, "JSON object"),
])
def test_bad_corrections_are_refused_with_the_reason(writable, body, status, message):
    r = writable.post("/api/events/c1:0/corrections", json=body, headers=AUTH)
    assert r.status_code == status and message in r.json()["detail"]
    assert writable.get("/api/events/c1:0/corrections").json()["items"] == []


def test_unknown_mention_is_404(writable):
    assert writable.post("/api/events/zz:1/corrections", json={"cameo": "042"}, headers=AUTH).status_code == 404
    assert writable.get("/api/events/zz:1/corrections").status_code == 404


def test_actor_codes_for_the_form(writable):
    v = writable.get("/api/actor-codes").json()
    assert {"code": "KEN", "name": "Kenya"} in v["countries"]
    assert "GOV" in {s["code"] for s in v["sectors"]} and "IGOUNO" in {o["code"] for o in v["organisations"]}
