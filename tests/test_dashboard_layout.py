"""The dashboard at 1400x900 in Debian's Chromium (issue 17, issue 15): a layout that uses the width (no empty column
beside the table, the table not squeezed), network labels that do not overlap, and the incidents of the selection
with their tolls counted once, following the filters.  Same harness as test_dashboard.py (skipped without
/usr/bin/chromium or playwright); the store is coded by the pipeline from the articles test_incidents_api.py writes (two
incidents with their tolls, a crowded network of 26 actor pairs)."""
from __future__ import annotations

import itertools

import pytest

from test_dashboard import running_server, _loaded, _until, browser, _attributes, sync_api  # noqa: F401  (fixtures; skips without Chromium)
from test_incidents_api import ARTICLES
from test_server import build_db

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("layout") / "events.duckdb"
    build_db(path, ARTICLES)
    with running_server(path) as url:
        yield url


@pytest.fixture()
def page(browser, server):
    """The issue's window: 1400x900."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.problems = []
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(f"console: {m.text}"))
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    yield pg
    ctx.close()


def _box(page, sel):
    b = page.locator(sel).first.bounding_box()
    assert b is not None, sel
    return b


def test_the_layout_uses_the_width(page, server):
    _loaded(page, server)
    grid, table, wrap = _box(page, "main.grid"), _box(page, ".table-card"), _box(page, ".table-wrap")
    # the table spans the page (not two thirds of it) and is not cut off: no horizontal scroll inside it
    assert table["width"] >= 0.95 * grid["width"]
    evidence = _box(page, "#events-table th:last-child")
    assert page.locator("#events-table th:last-child").inner_text().startswith("Evidence")
    assert evidence["x"] + evidence["width"] <= wrap["x"] + wrap["width"] + 1          # in view, not cut
    assert evidence["width"] >= 280
    # CAMEO names take at most two lines (11px type: a line is about 14 px)
    names = page.locator("#events-table td.event .sub").all()
    assert names
    heights = [n.bounding_box()["height"] for n in names]
    assert max(heights) <= 2 * 15, heights
    # no empty right third: from the top of the event panel down to the table, the column right of the map is
    # filled by cards (the panel, then the incidents) with no gap wider than the grid's gap
    mapc, panel, inc = _box(page, ".map-card"), _box(page, "#event-panel"), _box(page, ".inc-card")
    right = mapc["x"] + mapc["width"]
    assert panel["x"] >= right and inc["x"] >= right - 1
    assert abs(panel["y"] - mapc["y"]) <= 1
    assert 0 <= inc["y"] - (panel["y"] + panel["height"]) <= 16
    assert 0 <= table["y"] - (inc["y"] + inc["height"]) <= 16
    assert panel["width"] >= 0.25 * grid["width"]
    assert page.problems == []


def test_selecting_a_row_brings_the_panel_into_view(page, server):
    _loaded(page, server)
    row = page.locator("#events-table tbody tr[data-id]").nth(8)
    row.scroll_into_view_if_needed()
    assert _box(page, "#event-panel")["y"] + _box(page, "#event-panel")["height"] < 0     # scrolled past it
    row.click()
    page.wait_for_selector("#panel-body .mention .hl-trigger")
    b = _box(page, "#event-panel")
    assert b["y"] + b["height"] > 0 and b["y"] < 900
    assert page.problems == []


def _label_boxes(page):
    shown, hidden = {}, []
    for node in page.locator("#network .node").all():
        code = node.get_attribute("data-code")
        b = node.locator("text").bounding_box()
        if b is None or "hidden-label" in (node.locator("text").get_attribute("class") or ""):
            hidden.append(code)
        else:
            shown[code] = b
    return shown, hidden


def _overlap(a, b):
    return a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and \
        a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]


def test_network_labels_do_not_overlap(page, server):
    api = page.request.get(f"{server}/api/dyads", params={"limit": 25}).json()["items"]
    assert len(api) == 25                                   # a crowded network: the 26 pairs written, top 25
    _check_labels(page, server)


def test_network_labels_in_a_narrower_window(browser, server):
    """At 1200 px the network is smaller: some labels find no free place and wait for the pointer."""
    ctx = browser.new_context(viewport={"width": 1200, "height": 800})
    pg = ctx.new_page()
    pg.problems = []
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    try:
        _check_labels(pg, server)
    finally:
        ctx.close()


def _check_labels(page, server):
    _loaded(page, server)
    _until(lambda: page.locator("#network .node").count() >= 20)
    shown, hidden = _label_boxes(page)
    pairs = [(a, b) for a, b in itertools.combinations(shown, 2) if _overlap(shown[a], shown[b])]
    assert pairs == []
    # nor does a label cover another node
    circles = {n.get_attribute("data-code"): n.locator("circle").bounding_box()
               for n in page.locator("#network .node").all()}
    covered = [(code, other) for code, b in shown.items() for other, c in circles.items()
               if other != code and _overlap(b, c)]
    assert covered == []
    # the hub (France: the most events) keeps its label, most nodes keep theirs, and every label is in the frame
    assert "FRA" in shown
    assert len(shown) >= 0.6 * (len(shown) + len(hidden))
    frame = _box(page, "#network svg")
    assert all(frame["x"] - 1 <= b["x"] and b["x"] + b["width"] <= frame["x"] + frame["width"] + 1
               and frame["y"] - 1 <= b["y"] and b["y"] + b["height"] <= frame["y"] + frame["height"] + 1
               for b in shown.values())
    # a hidden label shows on hover
    for code in hidden:
        node = page.locator(f"#network .node[data-code='{code}']")
        assert node.locator("text").bounding_box() is None
        node.locator("circle").hover()
        assert node.locator("text").bounding_box() is not None
        assert code in node.locator("title").first.text_content()
    assert page.problems == []


def _each(items, read):
    """``read`` of each positional item, or None when the list re-rendered meanwhile (the caller polls again)."""
    try:
        return [read(item) for item in items]
    except sync_api.TimeoutError:
        return None


def _incidents(page):
    items = page.locator("#incidents li.incident").all()
    keys = _attributes(items, "data-incident")
    return {None: None} if keys is None else dict(zip(keys, items))    # a stale read matches no expected list


def test_incidents_with_their_tolls_follow_the_filters(page, server):
    _loaded(page, server)
    _until(lambda: len(_incidents(page)) == 2)
    totals = page.locator("#incidents .incident-totals")
    # Maiduguri: 12 killed and 30 wounded, told twice in the article and carried by two outlets: counted once;
    # Kabul: seven killed, 15 wounded
    _until(lambda: totals.get_attribute("data-killed") == str(12 + 7))     # (the card and the map fill in turn)
    assert totals.get_attribute("data-injured") == str(30 + 15)
    assert totals.inner_text().startswith("2 incidents · 19 killed · 45 injured")
    cards = []      # (toll, whole text) of each incident, read in one pass that a re-render restarts

    def _cards_read():
        cards[:] = _each(page.locator("#incidents li.incident").all(),
                         lambda li: (li.locator(".toll").inner_text(timeout=2000), li.inner_text(timeout=2000))) or []
        return len(cards) == 2
    _until(_cards_read)
    assert sorted(toll for toll, _ in cards) == ["12 killed, 30 injured", "7 killed, 15 injured"]
    bor = [text for _, text in cards if "Maiduguri" in text]
    assert len(bor) == 1 and "2 articles" in bor[0]
    # the map layer: one ring per incident with a toll, at its place, with the toll in its tooltip
    rings = page.locator("#map circle.ring")
    _until(lambda: rings.count() == 2)
    _until(lambda: sorted(_each(rings.all(), lambda r: (r.get_attribute("data-killed", timeout=2000),
                                                        r.get_attribute("data-injured", timeout=2000))) or [])
           == [("12", "30"), ("7", "15")])
    kabul = page.locator("#map circle.ring[data-incident='kbl-1#i1']")
    assert "Kabul (AFG) 2021-06-07: 7 killed, 15 injured" in kabul.locator("title").text_content()
    # a filter: only Afghanistan's incident and its toll
    page.fill("#filters input[name=country]", "AFG")
    page.click("#apply")
    _until(lambda: list(_incidents(page)) == ["kbl-1#i1"] and totals.get_attribute("data-killed") == "7")
    assert "Kabul (AFG)" in page.locator("#incidents").inner_text()
    _until(lambda: _attributes(rings.all(), "data-incident") == ["kbl-1#i1"])
    # a filter that keeps no act of force: no incidents
    page.fill("#filters input[name=country]", "")
    page.check("input[name=quad][value='1']")
    page.click("#apply")
    _until(lambda: "quad=1" in page.url and len(_incidents(page)) == 0)
    _until(lambda: totals.get_attribute("data-total") == "0" and rings.count() == 0)
    # a refused filter empties the card too
    page.fill("#filters input[name=cameo]", "zz")
    page.click("#apply")
    _until(lambda: "refused" in page.locator("#incidents").inner_text())
    assert page.problems == [] or all("400" in p for p in page.problems)


def test_an_incident_click_opens_its_event(page, server):
    _loaded(page, server, "#country=AFG")
    _until(lambda: list(_incidents(page)) == ["kbl-1#i1"])
    _incidents(page)["kbl-1#i1"].click()
    page.wait_for_selector("#panel-body .mention .hl-trigger")
    assert "Kabul" in page.locator("#panel-body .sentence").first.inner_text()
    assert "event=kbl-1" in page.url
    assert page.problems == []
