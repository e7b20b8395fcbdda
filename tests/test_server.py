"""The REST API (eventwire.server) on a temporary store filled by coding articles written for these
tests, plus one hand-made Result whose offsets are known exactly."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.model import Actor, Document, Event, Place, Result
from eventwire.server import ServerConfig, create_app
from eventwire.store import Store

ARTICLES = [
    {"id": "harbor-0314", "date": "2021-03-14", "source": "Harbor Times", "title": "Merkel and Macron meet in Berlin",
     "url": "https://harbor.example/2021/03/14/berlin",
     "text": "German Chancellor Angela Merkel met France's President Emmanuel Macron in Berlin on Sunday to discuss "
             "the migration crisis. Merkel praised Macron for his leadership on the issue."},
    {"id": "ledger-0302", "date": "2021-03-02", "source": "Valley Ledger", "title": "Tear gas in Caracas",
     "text": "Riot police in Caracas fired tear gas at opposition protesters on Tuesday. Venezuela's government "
             "accused the United States of backing the protests."},
    {"id": "courier-0320", "date": "2021-03-20", "source": "Evening Courier", "title": "Shelling in Kharkiv",
     "text": "Russian forces shelled the Ukrainian city of Kharkiv overnight, killing four civilians, officials said. "
             "Ukraine's foreign minister condemned the attack."},
    {"id": "courier-0405", "date": "2021-04-05", "source": "Evening Courier", "title": "Talks in Cairo",
     "text": "Egypt hosted talks between Israeli and Palestinian negotiators in Cairo on Monday. "
             "The United Nations welcomed the talks."},
    {"id": "ledger-0411", "date": "2021-04-11", "source": "Valley Ledger", "title": "Warning over islands",
     "text": "China warned Japan on Sunday against sending warships near the disputed islands. "
             "Japanese Prime Minister Yoshihide Suga rejected the warning."},
    {"id": "harbor-0419", "date": "2021-04-19", "source": "Harbor Times", "title": "Aid for Yemen",
     "text": "The World Health Organization sent medical supplies to Yemen on Monday. "
             "Saudi Arabia pledged to provide food aid to Yemen."},
]

# A hand-made article (id with a slash, markup in the text) whose event offsets are known exactly.
HAND_ID = "wire/nga-0507"
HAND_TEXT = ('Nigerian protesters <b>demonstrated</b> outside the parliament in Abuja on Friday. '
             'A banner read "<script>alert(1)</script>" & more.')


def _at(text: str, sub: str) -> tuple[int, int]:
    i = text.index(sub)
    return i, i + len(sub)


def hand_result() -> Result:
    t = HAND_TEXT
    s0, s1 = 0, t.index("Friday.") + len("Friday.")
    src, tgt, trg, plc = _at(t, "Nigerian protesters"), _at(t, "parliament"), _at(t, "demonstrated"), _at(t, "Abuja")
    doc = Document(id=HAND_ID, text=t, date="2021-05-07", title="Protest <i>in</i> Abuja", source="Lagos Wire",
                   url="javascript:alert(1)")
    place = Place(text="Abuja", start=plc[0], end=plc[1], name="Abuja", lat=9.05785, lon=7.49508, country="NGA",
                  geonameid="2352778", feature="city", precision="clause")
    ev = Event(source=Actor(code="NGAOPP", country="NGA", sector="OPP", text="Nigerian protesters",
                            start=src[0], end=src[1]),
               target=Actor(code="NGAGOV", country="NGA", sector="GOV", name="Nigeria", text="parliament",
                            start=tgt[0], end=tgt[1]),
               cameo="141", plover_type="PROTEST", plover_mode="demo", goldstein=-6.5, quad_class=4, sentence=0,
               trigger_text="demonstrated", trigger_start=trg[0], trigger_end=trg[1], location=place,
               date="2021-05-07", date_precision="day", confidence=0.8, pattern="141.demonstrate",
               rule="hand-written test event", sentence_text=t[s0:s1])
    return Result(document=doc, events=[ev], places=[place], sentences=[(s0, s1), (s1 + 1, len(t))],
                  date="2021-05-07")


def build_db(path, articles=ARTICLES) -> list[Result]:
    """Code ``articles`` with the real pipeline, add the hand-made Result, store and aggregate."""
    from eventwire.ingest import documents_from_records
    from eventwire.pipeline import code_batch

    results = list(code_batch(list(documents_from_records(articles)))) + [hand_result()]
    with Store(str(path)) as store:
        store.write_batch(results)
        store.aggregate()
    return results


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    path = tmp_path_factory.mktemp("server") / "events.duckdb"
    results = build_db(path)
    return path, results


@pytest.fixture(scope="module")
def client(coded):
    path, _ = coded
    return TestClient(create_app(ServerConfig(db=str(path), api_token="")))


def _all(client, **params):
    r = client.get("/api/events", params=dict(params, limit=1000))
    assert r.status_code == 200, r.text
    return r.json()


def _digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# ----------------------------------------------------------------------------- the bar

def test_dashboard_is_served(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "text/html" in r.headers["content-type"]
    assert 'id="map"' in r.text and 'id="events-table"' in r.text and 'id="timeline"' in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    # every asset the page names is served by us (no CDN)
    import re
    scripts = re.findall(r'<script src="([^"]+)"', r.text)
    assert {"/static/core.js", "/static/app.js", "/static/map.js", "/static/incidents.js"} <= set(scripts)
    for asset in scripts + ["/static/app.css"]:
        assert asset.startswith("/static/")
        assert f'"{asset}"' in r.text
        assert client.get(asset).status_code == 200
    # each of the dashboard's own scripts stays under the project's module size (about 600 lines)
    for asset in scripts:
        if "/vendor/" not in asset:
            assert len(client.get(asset).text.splitlines()) <= 600, asset
    assert "http://" not in r.text.replace("http://www.w3.org", "") and "https://" not in r.text
    topo = client.get("/static/vendor/countries-110m.json").json()
    assert topo["type"] == "Topology" and len(topo["objects"]["countries"]["geometries"]) > 150


def test_events_returns_the_coded_events(client, coded):
    _, results = coded
    n_mentions = sum(len(r.events) for r in results)
    assert n_mentions >= 6
    mentions = _all(client, level="mention")
    assert mentions["total"] == n_mentions
    assert {i["doc_id"] for i in mentions["items"]} == {r.document.id for r in results if r.events}
    events = _all(client)
    assert events["level"] == "event" and 1 <= events["total"] <= n_mentions
    for item in events["items"]:
        assert isinstance(item["id"], str) and item["id"].isdigit()     # 60-bit ids travel as strings
        assert item["num_mentions"] >= 1
    hand = [i for i in events["items"] if i["doc_id"] == HAND_ID]
    assert len(hand) == 1
    h = hand[0]
    assert (h["source"]["code"], h["cameo"], h["target"]["code"]) == ("NGAOPP", "141", "NGAGOV")
    assert h["cameo_name"] and h["quad_class"] == 4 and h["place"]["name"] == "Abuja"


def test_unauthenticated_post_is_refused(client, coded):
    path, _ = coded
    before = _digest(path)
    r = client.post("/api/documents", json={"text": "Kenya's president met Uganda's president in Nairobi."})
    assert r.status_code in (401, 403)
    assert _digest(path) == before


# ----------------------------------------------------------------------------- filters, paging, sorting

def test_filters_narrow_the_events(client, coded):
    everything = _all(client)["items"]
    conflict = _all(client, quad="4")["items"]
    assert conflict and all(i["quad_class"] == 4 for i in conflict)
    assert len(conflict) == sum(1 for i in everything if i["quad_class"] == 4)
    both = _all(client, quad="3,4")["items"]
    assert len(both) == sum(1 for i in everything if i["quad_class"] in (3, 4))

    nga = _all(client, country="NGA")["items"]
    assert [i["doc_id"] for i in nga] == [HAND_ID]
    assert [i["doc_id"] for i in _all(client, text="demonstrated")["items"]] == [HAND_ID]
    assert [i["doc_id"] for i in _all(client, bbox="2,4,15,14")["items"]] == [HAND_ID]     # around Nigeria
    assert [i["doc_id"] for i in _all(client, place="2352778")["items"]] == [HAND_ID]
    assert [i["doc_id"] for i in _all(client, place="abuj")["items"]] == [HAND_ID]
    assert [i["doc_id"] for i in _all(client, plover="protest")["items"]] == [HAND_ID]
    assert all(i["cameo"].startswith("14") for i in _all(client, cameo="14")["items"])

    may = _all(client, start="2021-05-01", end="2021-05-31")["items"]
    assert [i["doc_id"] for i in may] == [HAND_ID]
    march = _all(client, start="2021-03-01", end="2021-03-31")["items"]
    assert march and all("2021-03-01" <= i["date"] <= "2021-03-31" for i in march)

    harbor = _all(client, outlet="Harbor Times", level="mention")["items"]
    assert harbor and {i["doc_id"] for i in harbor} <= {"harbor-0314", "harbor-0419"}
    for code in ("RUS", "DEU"):
        got = _all(client, actor=code)["items"]
        for i in got:
            assert any((i[r] or {}).get("code", "").startswith(code) for r in ("source", "target"))
    src = _all(client, source_actor="NGA")["items"]
    assert [i["doc_id"] for i in src] == [HAND_ID]
    assert _all(client, target_actor="NGAOPP")["total"] == 0


def test_paging_and_sorting(client):
    total = _all(client)["total"]
    assert total >= 4
    p1 = client.get("/api/events", params={"limit": 2, "offset": 0, "order": "date"}).json()
    p2 = client.get("/api/events", params={"limit": 2, "offset": 2, "order": "date"}).json()
    assert p1["total"] == p2["total"] == total
    assert len(p1["items"]) == 2 and not {i["id"] for i in p1["items"]} & {i["id"] for i in p2["items"]}
    assert p1["items"][-1]["date"] <= p2["items"][0]["date"]
    down = [i["goldstein"] for i in _all(client, order="-goldstein")["items"] if i["goldstein"] is not None]
    assert down == sorted(down, reverse=True) and down[0] > down[-1]
    up = [i["goldstein"] for i in _all(client, order="goldstein")["items"] if i["goldstein"] is not None]
    assert up == sorted(up)


@pytest.mark.parametrize("params", [
    {"order": "text; DROP TABLE mentions"}, {"quad": "5"}, {"cameo": "1a"}, {"bbox": "1,2,3"},
    {"bbox": "10,0,5,5"}, {"actor": "IRN'--"},
])
def test_bad_filters_get_400(client, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 400, r.text
    assert "detail" in r.json()


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 100000}, {"offset": -1}, {"start": "yesterday"},
                                    {"level": "story"}, {"min_confidence": 2}])
def test_bad_parameters_get_422(client, params):
    assert client.get("/api/events", params=params).status_code == 422


def test_text_filter_is_a_parameter_not_sql(client, coded):
    path, _ = coded
    r = client.get("/api/events", params={"text": "x' OR 1=1; DROP TABLE mentions; --"})
    assert r.status_code == 200 and r.json()["total"] == 0
    assert _all(client)["total"] > 0


# ----------------------------------------------------------------------------- one event, one document

def test_event_detail_highlights_the_evidence(client):
    item = _all(client, text="demonstrated")["items"][0]
    r = client.get(f"/api/events/{item['id']}")
    assert r.status_code == 200
    ev = r.json()
    assert ev["id"] == item["id"] and ev["mentions_total"] == 1
    m = ev["mentions"][0]
    assert m["pattern"] == "141.demonstrate" and m["rule"] == "hand-written test event"
    assert m["doc_id"] == HAND_ID and m["outlet"] == "Lagos Wire"
    ctx = m["context"]
    assert ctx["text"] == HAND_TEXT[:HAND_TEXT.index("Friday.") + len("Friday.")]
    roles = {s["role"]: ctx["text"][s["start"]:s["end"]] for s in ctx["spans"]}
    assert roles == {"source": "Nigerian protesters", "target": "parliament", "trigger": "demonstrated",
                     "place": "Abuja"}


def test_coded_event_detail_has_its_sentence(client):
    for item in _all(client, level="mention")["items"]:
        ev = client.get(f"/api/events/{item['event_id']}").json()
        assert item["mention_id"] in {m["mention_id"] for m in ev["mentions"]}
        for m in ev["mentions"]:
            trig = [s for s in m["context"]["spans"] if s["role"] == "trigger"]
            assert len(trig) == 1
            assert m["context"]["text"][trig[0]["start"]:trig[0]["end"]] == m["evidence_text"]


def test_mention_detail_by_mention_id(client):
    r = client.get(f"/api/events/{HAND_ID}:0")
    assert r.status_code == 200
    ev = r.json()
    assert ev["level"] == "mention" and ev["cameo"] == "141" and ev["event_id"].isdigit()
    assert ev["mentions"][0]["context"]["spans"]


def test_unknown_ids_get_404(client):
    assert client.get("/api/events/12345").status_code == 404
    assert client.get("/api/events/99999999999999999999999").status_code == 404
    assert client.get("/api/events/nothing:0").status_code == 404
    assert client.get("/api/documents/not-there").status_code == 404


def test_document_with_text_and_spans(client):
    r = client.get(f"/api/documents/{HAND_ID}")         # an id with a slash
    assert r.status_code == 200
    doc = r.json()
    assert doc["text"] == HAND_TEXT and doc["title"] == "Protest <i>in</i> Abuja"
    assert doc["sentences"][0] == [0, HAND_TEXT.index("Friday.") + len("Friday.")]
    got = {(s["role"], HAND_TEXT[s["start"]:s["end"]]) for s in doc["spans"]}
    assert got == {("source", "Nigerian protesters"), ("target", "parliament"), ("trigger", "demonstrated"),
                   ("place", "Abuja")}
    assert doc["events"][0]["event_id"].isdigit() and doc["places"][0]["name"] == "Abuja"
    coded = client.get("/api/documents/courier-0320").json()
    assert coded["status"] == "coded" and coded["events"]
    for s in coded["spans"]:
        assert coded["text"][s["start"]:s["end"]] == s["text"]


# ----------------------------------------------------------------------------- aggregates

def test_timeline_counts_by_quad(client):
    everything = _all(client)["items"]
    for interval in ("day", "week", "month", "year"):
        t = client.get("/api/timeline", params={"interval": interval}).json()
        assert t["interval"] == interval
        assert sum(r["count"] for r in t["series"]) == len(everything)
        assert all(1 <= r["quad_class"] <= 4 for r in t["series"])
    month = client.get("/api/timeline", params={"interval": "month"}).json()["series"]
    may = [r for r in month if r["period"] == "2021-05-01"]
    assert may == [{"period": "2021-05-01", "quad_class": 4, "count": 1, "mentions": 1, "goldstein": -6.5}]
    march4 = [i["goldstein"] for i in everything if i["date"].startswith("2021-03") and i["quad_class"] == 4]
    row = [r for r in month if r["period"] == "2021-03-01" and r["quad_class"] == 4]
    if march4:
        assert row[0]["count"] == len(march4)
        assert row[0]["goldstein"] == pytest.approx(sum(march4) / len(march4), abs=1e-3)
    auto = client.get("/api/timeline").json()
    assert auto["interval"] == "day"                    # two months of news: daily bars
    assert auto["undated"] == 0                         # every article here has a date
    assert client.get("/api/timeline", params={"interval": "hour"}).status_code == 422
    only = client.get("/api/timeline", params={"country": "NGA", "interval": "day"}).json()["series"]
    assert [(r["period"], r["count"]) for r in only] == [("2021-05-07", 1)]


def test_dyads_and_places(client):
    everything = _all(client)["items"]
    d = client.get("/api/dyads", params={"limit": 50}).json()["items"]
    pairs = {(x["source"], x["target"]): x for x in d}
    assert ("NGAOPP", "NGAGOV") in pairs
    assert pairs[("NGAOPP", "NGAGOV")]["quad"] == {"1": 0, "2": 0, "3": 0, "4": 1}
    with_both = [i for i in everything if i["source"] and i["target"] and i["source"]["code"] and i["target"]["code"]]
    assert sum(x["count"] for x in d) == len(with_both)
    counts = [x["count"] for x in d]
    assert counts == sorted(counts, reverse=True)
    assert len(client.get("/api/dyads", params={"limit": 1}).json()["items"]) == 1

    p = client.get("/api/places").json()["items"]
    abuja = [x for x in p if x["geonameid"] == "2352778"]
    assert abuja and abuja[0]["name"] == "Abuja" and abuja[0]["lat"] == pytest.approx(9.05785)
    assert sum(x["count"] for x in p) == sum(1 for i in everything if i["place"] and i["place"]["lat"] is not None)


def test_geojson(client):
    r = client.get("/api/events.geojson")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and fc["features"]
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["cameo"] and isinstance(f["id"], str)
    nga = client.get("/api/events.geojson", params={"country": "NGA"}).json()["features"]
    assert [f["geometry"]["coordinates"] for f in nga] == [[7.49508, 9.05785]]


def test_stats_and_meta(client, coded):
    _, results = coded
    s = client.get("/api/stats").json()
    assert s["documents"] == len(results) and s["mentions"] == sum(len(r.events) for r in results)
    assert s["first_date"] == "2021-03-02" and s["last_date"] == "2021-05-07"
    assert s["writes_enabled"] is False and s["aggregated"] is True
    m = client.get("/api/meta").json()
    assert "ASSAULT" in m["plover_types"] and any(c["code"] == "141" for c in m["cameo"])
    assert client.get("/docs").status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


def test_api_docs_load_nothing_from_the_internet(client):
    import re
    for page in ("/docs", "/redoc"):
        r = client.get(page)
        assert r.status_code == 200
        urls = re.findall(r"""(?:src|href)=["']([^"']+)["']""", r.text)
        assert urls and not [u for u in urls if u.startswith(("http:", "https:", "//"))], urls
        for u in urls:                    # every asset comes from this server
            assert client.get(u).status_code == 200, u
        assert "default-src 'self'" in r.headers["content-security-policy"]


def test_reads_leave_the_file_untouched(client, coded):
    path, _ = coded
    before = _digest(path)
    for url in ("/api/events", "/api/events?level=mention", "/api/timeline", "/api/dyads", "/api/places",
                "/api/events.geojson", f"/api/documents/{HAND_ID}", "/api/stats"):
        assert client.get(url).status_code == 200
    assert _digest(path) == before


# ----------------------------------------------------------------------------- writes

def test_post_without_a_configured_token_is_forbidden(client):
    r = client.post("/api/documents", json={"text": "The army shelled the town."},
                    headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "disabled" in r.json()["detail"]


@pytest.fixture()
def writable(tmp_path):
    path = tmp_path / "w.duckdb"
    with Store(str(path)) as s:
        s.write_batch([hand_result()])
        s.aggregate()
    app = create_app(ServerConfig(db=str(path), api_token="s3cret-token", max_body_bytes=4000, max_documents=3))
    return path, TestClient(app)


def test_post_needs_the_right_token(writable):
    path, c = writable
    before = _digest(path)
    body = {"text": "Kenyan police arrested ten opposition activists in Nairobi on Monday."}
    assert c.post("/api/documents", json=body).status_code == 401
    r = c.post("/api/documents", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert c.post("/api/documents", json=body, headers={"Authorization": "Basic czNjcmV0LXRva2Vu"}).status_code == 401
    assert _digest(path) == before
    assert c.get("/api/stats").json()["writes_enabled"] is True


def test_post_codes_and_stores_articles(writable):
    _, c = writable
    auth = {"Authorization": "Bearer s3cret-token"}
    body = [{"id": "post-1", "date": "2022-01-10", "source": "Test Post",
             "text": "Iranian President Hassan Rouhani met Turkish Foreign Minister Mevlut Cavusoglu in Tehran "
                     "on Monday."},
            {"text": "Kenyan police arrested ten opposition activists in Nairobi on Monday.", "date": "2022-01-11"}]
    r = c.post("/api/documents", json=body, headers=auth)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["stored"] == 2 and out["documents"][0]["id"] == "post-1"
    second_id = out["documents"][1]["id"]
    assert second_id and second_id != "post-1"          # an id made from the text
    for d in out["documents"]:
        assert d["status"] == "coded"
        stored = c.get("/api/events", params={"doc_id": d["id"], "level": "mention"}).json()
        assert stored["total"] == d["n_events"]
        for ev in d["events"]:
            assert ev["event_id"].isdigit()
            assert c.get(f"/api/events/{ev['event_id']}").status_code == 200
    assert out["documents"][0]["n_events"] >= 1
    assert c.get("/api/documents/post-1").json()["source"] == "Test Post"
    # the same article again replaces the stored one (upsert), never duplicates it
    again = c.post("/api/documents", json=body[0], headers=auth).json()
    assert again["stored"] == 1
    assert c.get("/api/events", params={"doc_id": "post-1", "level": "mention"}).json()["total"] == \
        out["documents"][0]["n_events"]
    assert c.get("/api/stats").json()["documents"] == 3


@pytest.mark.parametrize("body,status", [
    (b"{not json", 400),
    (b"[]", 422),
    (json.dumps({"title": "no text"}).encode(), 422),
    (json.dumps({"text": "   "}).encode(), 422),
    (json.dumps({"text": "ok text", "date": "last week"}).encode(), 422),
    (json.dumps({"text": "ok text", "html": "<p>"}).encode(), 422),
    (json.dumps({"text": 5}).encode(), 422),
    (json.dumps(["just a string"]).encode(), 422),
    (json.dumps([{"text": "a"}] * 4).encode(), 413),
    (json.dumps({"text": "word " * 2000}).encode(), 413),
])
def test_post_rejects_bad_or_oversized_input(writable, body, status):
    path, c = writable
    before = c.get("/api/stats").json()["documents"]
    r = c.post("/api/documents", content=body,
               headers={"Authorization": "Bearer s3cret-token", "Content-Type": "application/json"})
    assert r.status_code == status, r.text
    assert isinstance(r.json()["detail"], str)
    assert c.get("/api/stats").json()["documents"] == before


# ----------------------------------------------------------------------------- CORS, locking, empty stores

def test_cors_is_closed_by_default(client, tmp_path):
    r = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    pre = client.options("/api/documents", headers={"Origin": "https://elsewhere.example",
                                                    "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in pre.headers
    app = create_app(ServerConfig(db=str(tmp_path / "c.duckdb"), api_token="", cors_origins=("https://ok.example",)))
    c = TestClient(app)
    assert c.get("/api/stats", headers={"Origin": "https://ok.example"}).headers["access-control-allow-origin"] == \
        "https://ok.example"
    assert "access-control-allow-origin" not in c.get("/api/stats", headers={"Origin": "https://bad.example"}).headers


def test_a_held_file_gives_503_not_a_hang(tmp_path):
    path = tmp_path / "held.duckdb"
    with Store(str(path)) as s:
        s.write_batch([hand_result()])
    c = TestClient(create_app(ServerConfig(db=str(path), api_token="", lock_timeout=0.2)))
    assert c.get("/api/events?level=mention").json()["total"] == 1
    holder = Store(str(path))                       # a writer keeps the file open
    try:
        _ = holder.con
        r = c.get("/api/events")
        assert r.status_code == 503 and "Retry-After" in r.headers
    finally:
        holder.close()
    assert c.get("/api/events").status_code == 200


def test_missing_database(tmp_path):
    path = tmp_path / "new.duckdb"
    c = TestClient(create_app(ServerConfig(db=str(path), api_token="")))
    assert path.exists()                            # created empty, with the schema
    assert c.get("/api/events").json() == {"total": 0, "limit": 100, "offset": 0, "level": "event", "items": []}
    assert c.get("/api/timeline").json()["series"] == []
    assert c.get("/").status_code == 200
    gone = tmp_path / "gone.duckdb"
    c2 = TestClient(create_app(ServerConfig(db=str(gone), api_token="", create=False)))
    r = c2.get("/api/events")
    assert r.status_code == 503 and "no eventwire database" in r.json()["detail"]


def test_unaggregated_store_is_readable_by_mention(tmp_path):
    path = tmp_path / "raw.duckdb"
    with Store(str(path)) as s:
        s.write_batch([hand_result()])              # no aggregate()
    c = TestClient(create_app(ServerConfig(db=str(path), api_token="")))
    assert c.get("/api/stats").json()["aggregated"] is False
    got = c.get("/api/events", params={"level": "mention"}).json()
    assert got["total"] == 1 and got["items"][0]["id"] == f"{HAND_ID}:0"
    assert c.get("/api/timeline", params={"level": "mention"}).json()["series"][0]["count"] == 1


def test_serve_command_is_registered():
    from eventwire.cli import build_parser
    args = build_parser().parse_args(["serve", "--db", "x.duckdb"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, "x.duckdb")
    assert args.func.__module__ == "eventwire.server.commands"


def _fake_coder(docs):
    """Stands in for the NLP pipeline: the hand-made event, moved onto each posted document."""
    out = []
    for d in docs:
        r = hand_result()
        r.document = dataclasses.replace(r.document, id=d.id, text=d.text, date=d.date)
        out.append(r)
    return out


def test_reads_do_not_wait_for_a_write(tmp_path, monkeypatch):
    path = tmp_path / "mvcc.duckdb"
    c = TestClient(create_app(ServerConfig(db=str(path), api_token="tok", coder=_fake_coder)))
    in_write, release = threading.Event(), threading.Event()
    original = Store.aggregate

    def slow_aggregate(self):
        in_write.set()
        release.wait(20)
        return original(self)

    monkeypatch.setattr(Store, "aggregate", slow_aggregate)
    answer = {}
    post = threading.Thread(target=lambda: answer.update(r=c.post(
        "/api/documents", json={"id": "p1", "text": HAND_TEXT}, headers={"Authorization": "Bearer tok"})))
    post.start()
    try:
        assert in_write.wait(20)
        t0 = time.monotonic()
        during = c.get("/api/events", params={"level": "mention"})   # the writer holds its lock now
        assert during.status_code == 200 and time.monotonic() - t0 < 5
        assert c.get("/api/stats").json()["events"] == 0          # not aggregated yet: the old state
    finally:
        release.set()
        post.join(30)
    assert answer["r"].status_code == 200 and answer["r"].json()["documents"][0]["n_events"] == 1
    assert c.get("/api/events").json()["total"] == 1


def test_writable_server_needs_its_file_unless_it_may_create_it(tmp_path):
    from eventwire.store import StoreError
    with pytest.raises(StoreError):
        create_app(ServerConfig(db=str(tmp_path / "none.duckdb"), api_token="tok", create=False))
    c = TestClient(create_app(ServerConfig(db=str(tmp_path / "new.duckdb"), api_token="tok", coder=_fake_coder)))
    r = c.post("/api/documents", json=[{"text": "First text about Abuja."}, {"text": "Second text about Abuja."}],
               headers={"Authorization": "Bearer tok"})
    assert r.status_code == 200 and r.json()["stored"] == 2
    assert c.get("/api/stats").json()["documents"] == 2


# ----------------------------------------------------------------------------- hostile requests (issue 19)

@pytest.mark.parametrize("event_id", ["\u00b2", "9" * 5000, "12\u0663"])
def test_odd_event_ids_are_404_with_the_security_headers(client, event_id):
    r = client.get(f"/api/events/{event_id}")
    assert r.status_code == 404
    assert r.headers["X-Content-Type-Options"] == "nosniff" and "Content-Security-Policy" in r.headers


def test_like_wildcards_match_themselves(client):
    everything = _all(client)["total"]
    assert everything > 0
    for text in ("_", "%", "\\"):
        assert client.get("/api/events", params={"text": text}).json()["total"] == 0
        assert client.get("/api/events", params={"place": text}).json()["total"] == 0


def test_nested_body_and_nan_metadata(writable):
    _, c = writable
    auth = {"Authorization": "Bearer s3cret-token", "Content-Type": "application/json"}
    deep = "[" * 1900 + "]" * 1900                 # under the size limit, over the parser's depth
    r = c.post("/api/documents", content=deep, headers=auth)
    assert r.status_code in (400, 422) and r.headers["X-Content-Type-Options"] == "nosniff"
    body = '{"id": "nan-1", "text": "Peru expelled the Bolivian ambassador on Monday.", "title": NaN}'
    r = c.post("/api/documents", content=body, headers=auth)
    assert r.status_code in (200, 201), r.text
    assert c.get("/api/documents/nan-1").status_code == 200


def test_a_held_file_does_not_show_paths_or_pids(tmp_path):
    path = tmp_path / "held2.duckdb"
    with Store(str(path)) as s:
        s.write_batch([hand_result()])
    c = TestClient(create_app(ServerConfig(db=str(path), api_token="", lock_timeout=0.2)))
    holder = Store(str(path))
    try:
        _ = holder.con
        r = c.get("/api/events")
        assert r.status_code == 503
        assert str(tmp_path) not in r.text and "PID" not in r.text and "python" not in r.text.lower()
    finally:
        holder.close()
