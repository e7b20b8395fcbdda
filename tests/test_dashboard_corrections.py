"""The dashboard's "correct" form in Chromium (issue 18): hidden without a token; with the token, a bad code gets
the server's clear message and nothing changes; a good correction is saved, the panel shows the corrected mention
and its history, and undo brings the coded values back.  Same harness as test_dashboard.py (skipped without
/usr/bin/chromium or playwright)."""
from __future__ import annotations

import pytest

from test_dashboard import running_server, ARTIFACTS, _until, browser, page  # noqa: F401  (fixtures; skips without Chromium)

from eventwire.store import Store
from test_corrections import make_result

pytestmark = pytest.mark.browser
TOKEN = "dash-s3cret"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("dashcorr") / "events.duckdb"
    with Store(str(path)) as store:
        store.write_batch([make_result()])
        store.aggregate()
    with running_server(path, TOKEN) as url:
        yield url


def _open_mention(page, server, mention_id):
    page.goto(f"{server}/#level=mention&event={mention_id}")
    page.wait_for_selector(f'#panel-body .mention[data-mention="{mention_id}"]')


def _unexpected(problems):
    # a refused POST is logged by Chromium as a failed resource load: expected where the test sends a bad code
    return [p for p in problems if "Failed to load resource" not in p]


def test_form_appears_only_with_a_token_and_checks_codes(page, server):
    _open_mention(page, server, "c1:1")
    assert page.locator("details.correct").count() == 0              # no token: no form
    page.fill("#api-token", "wrong-token")
    page.press("#api-token", "Enter")
    page.wait_for_selector('details.correct')
    page.click("details.correct summary")
    form = page.locator("form.correct-form")
    form.locator("input[name=cameo]").fill("1b")
    form.locator("button.save").click()
    _until(lambda: "two to four digits" in page.locator(".correct-msg").inner_text())
    form.locator("input[name=cameo]").fill("999")
    form.locator("button.save").click()
    _until(lambda: "token is wrong" in page.locator(".correct-msg").inner_text())
    page.fill("#api-token", TOKEN)
    page.press("#api-token", "Enter")
    page.wait_for_selector('details.correct')
    page.click("details.correct summary")
    form = page.locator("form.correct-form")
    form.locator("input[name=cameo]").fill("999")
    form.locator("button.save").click()
    _until(lambda: "bad cameo '999': not a CAMEO code" in page.locator(".correct-msg").inner_text())
    form.locator("input[name=cameo]").fill("")
    form.locator("input[name=target_country]").fill("KEN")
    form.locator("input[name=target_sectors]").fill("XYZ")
    form.locator("button.save").click()
    _until(lambda: "XYZ is not a sector code" in page.locator(".correct-msg").inner_text())
    assert "051" in page.locator("#panel-body dl").inner_text()      # nothing changed
    assert _unexpected(page.problems) == []


def test_correct_then_undo_in_the_panel(page, server):
    _open_mention(page, server, "c1:0")
    page.fill("#api-token", TOKEN)
    page.press("#api-token", "Enter")
    page.wait_for_selector("details.correct")
    page.click("details.correct summary")
    form = page.locator("form.correct-form")
    form.locator("input[name=source_country]").fill("ken")
    form.locator("input[name=source_sectors]").fill("mil")
    form.locator("input[name=cameo]").fill("1711")
    form.locator("input[name=note]").fill("soldiers, not police")
    form.locator("input[name=by]").fill("ann")
    form.locator("button.save").click()
    page.wait_for_selector("#panel-body .corrected-note")
    head = page.locator("#panel-body h3").inner_text()
    assert head.startswith("KENMIL") and "1711" in head
    assert "yes, by an analyst" in page.locator("#panel-body dl").inner_text()
    _until(lambda: "KENMIL" in page.locator("#events-table tbody").inner_text())
    page.click("details.correct summary")
    page.wait_for_selector("ul.corrections li.correction")
    item = page.locator("ul.corrections li.correction").first.inner_text()
    assert "source KENCOP → KENMIL" in item and "ann" in item and "soldiers, not police" in item
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-correct.png"), full_page=True)
    page.locator("ul.corrections li.correction button.undo").first.click()
    _until(lambda: page.locator("#panel-body h3").inner_text().startswith("KENCOP"))
    assert page.locator("#panel-body .corrected-note").count() == 0
    assert _unexpected(page.problems) == []
