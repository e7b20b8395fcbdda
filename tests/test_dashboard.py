"""The dashboard in a real browser: Debian's Chromium driven by Playwright, against uvicorn on
127.0.0.1 serving a store filled by coding the articles of test_server.py.  Skipped when
/usr/bin/chromium or the playwright package is missing (never downloads a browser)."""
from __future__ import annotations

import contextlib
import os
import re
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)

from test_server import build_db  # noqa: E402  (tests/ is on sys.path under pytest)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(db_path, api_token=""):
    """The API and the dashboard on a free local port, served from a thread, for the browser tests."""
    import uvicorn

    from eventwire.server import ServerConfig, create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(ServerConfig(db=str(db_path), api_token=api_token)),
                                        host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not th.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        th.join(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("dash") / "events.duckdb"
    build_db(path)
    with running_server(path) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1500, "height": 1100})
    pg = ctx.new_page()
    pg.problems = []          # console errors, page errors, dialogs, requests to other hosts

    def on_request(route):
        host = urlparse(route.request.url).hostname
        if host != "127.0.0.1":
            pg.problems.append(f"request to {route.request.url}")
            route.abort()
        else:
            route.continue_()

    pg.route("**/*", on_request)
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(f"console: {m.text}"))
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    ctx.close()


def _until(check, timeout=15.0):
    """Poll ``check`` from Python (the page's CSP rightly forbids the eval that wait_for_function needs)."""
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {check.__doc__ or check}")
        time.sleep(0.1)


def _attributes(items, name):
    """Each item's attribute, or None when the list re-rendered while it was read (the caller polls again):
    a locator from ``.all()`` is positional, so one that went stale would otherwise wait its full 30 s."""
    try:
        return [item.get_attribute(name, timeout=2000) for item in items]
    except sync_api.TimeoutError:
        return None


def _rows(page):
    return page.locator("#events-table tbody tr[data-id]").count()


def _loaded(page, server, hash_=""):
    page.goto(server + "/" + hash_)
    page.wait_for_selector("#events-table tbody tr[data-id]")
    page.wait_for_selector("body[data-loaded]", state="attached")


def test_dashboard_shows_map_timeline_network_table(page, server):
    _loaded(page, server)
    assert page.locator("#map path.country").count() > 150          # the bundled basemap
    assert page.locator("#map circle.dot").count() >= 3             # event places
    assert page.locator("#timeline rect.bar").count() >= 3
    assert page.locator("#network .node").count() >= 4
    assert page.locator("#network path.edge").count() >= 2
    rows = _rows(page)
    assert rows >= 5
    assert "events" in page.locator("#stats").inner_text()
    assert page.problems == []


def test_filter_click_and_see_the_evidence(page, server):
    _loaded(page, server)
    before = _rows(page)
    page.check("input[name=quad][value='4']")
    page.click("#apply")
    _until(lambda: 0 < _rows(page) < before)
    chips = page.locator("#events-table tbody td .chip").all_inner_texts()
    assert chips and all(c == "material confl." for c in chips)
    assert "quad=4" in page.url

    row = page.locator("#events-table tbody tr", has=page.locator("td.evidence", has_text=re.compile("^shelled"))).first
    row.click()
    page.wait_for_selector("#panel-body .mention .hl-trigger")
    panel = page.locator("#panel-body")
    # "shelled ..., killing four civilians" is one event whose evidence spans both verbs (coding/retold.py)
    assert panel.locator(".mention .hl-trigger").first.inner_text().startswith("shelled")
    assert panel.locator(".mention .hl-source").first.inner_text().startswith("Russian")
    assert panel.locator(".mention .hl-place").count() >= 1
    assert "Kharkiv" in panel.locator(".sentence").first.inner_text()
    # the panel names the pattern and rule that the API says coded this event
    api = page.request.get(f"{server}/api/events/{row.get_attribute('data-id')}").json()["mentions"][0]
    meta = " ".join(panel.locator(".meta").all_inner_texts())
    assert f"coded by pattern {api['pattern']}" in meta and api["rule"] in meta
    assert api["pattern"].startswith("19")
    assert "selected" in (row.get_attribute("class") or "")
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("header.top").scroll_into_view_if_needed()   # back to the top: the sticky panel beside the map
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    assert page.problems == []


def test_article_text_is_never_html(page, server):
    _loaded(page, server, "#country=NGA")
    page.locator("#events-table tbody tr[data-id]").first.click()
    page.wait_for_selector("#panel-body .mention .hl-trigger")
    panel = page.locator("#panel-body")
    assert panel.locator(".mention .hl-trigger").inner_text() == "demonstrated"
    sentence = panel.locator(".sentence").inner_text()
    assert "<b>" in sentence and "</b>" in sentence                # shown as text ...
    assert panel.locator(".sentence b").count() == 0                # ... never parsed
    assert panel.locator("a[href^='javascript']").count() == 0      # the javascript: url is not a link
    panel.locator("button.show-article").click()
    art = page.locator("#panel-body .article")
    art.wait_for()
    assert '<script>alert(1)</script>' in art.inner_text()
    assert art.locator("script").count() == 0
    assert art.locator(".hl-place").inner_text() == "Abuja"
    assert page.problems == []                                     # no alert dialog fired


def test_network_click_filters_by_actor(page, server):
    _loaded(page, server)
    page.locator("#network .node[data-code='NGAOPP']").click()
    _until(lambda: "actor=NGAOPP" in page.url and _rows(page) == 1)
    assert page.locator("#filters input[name=actor]").input_value() == "NGAOPP"
    assert page.problems == []


def test_map_click_filters_by_place(page, server):
    _loaded(page, server)
    page.locator("#map circle.dot[data-place='2352778']").dispatch_event("click")
    _until(lambda: "place=2352778" in page.url and _rows(page) == 1)
    assert "Abuja" in page.locator("#events-table tbody tr[data-id]").first.inner_text()
    _until(lambda: page.locator("#filters input[name=place]").input_value() == "Abuja (NGA)")   # the name, not the id
    assert page.problems == []


def test_every_mention_view_and_an_id_with_a_slash(page, server):
    _loaded(page, server, "#level=mention&text=demonstrated")
    assert page.locator("#filters select[name=level]").input_value() == "mention"
    row = page.locator("#events-table tbody tr[data-id]")
    _until(lambda: row.count() == 1)
    assert row.first.get_attribute("data-id") == "wire/nga-0507:0"
    row.first.click()
    page.wait_for_selector("#panel-body .mention .hl-trigger")
    assert page.locator("#panel-body .mention .hl-trigger").inner_text() == "demonstrated"
    assert "141.demonstrate" in page.locator("#panel-body .mention").inner_text()
    assert page.problems == []


def test_sort_by_header_and_filter_by_a_timeline_bar(page, server):
    _loaded(page, server)
    page.click("#events-table th[data-sort='goldstein']")
    _until(lambda: "order=-goldstein" in page.url)
    page.wait_for_selector("#events-table th.desc[data-sort='goldstein']")
    cells = page.locator("#events-table tbody tr[data-id] td:nth-child(7)").all_inner_texts()
    values = [float(v) for v in cells if v not in ("–", "")]
    assert values and values == sorted(values, reverse=True)

    bar = page.locator("#timeline rect.bar").first
    period = bar.get_attribute("data-period")
    bar.dispatch_event("click")
    _until(lambda: f"start={period}" in page.url)
    assert page.locator("#filters input[name=start]").input_value() == period
    end = page.locator("#filters input[name=end]").input_value()
    assert end >= period

    def only_that_period():
        dates = page.locator("#events-table tbody tr[data-id] td:first-child").all_inner_texts()
        return dates and all(period <= d <= end for d in dates)
    _until(only_that_period)
    assert page.problems == []
