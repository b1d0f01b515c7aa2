"""The pages in a real browser (Debian Chromium via Playwright): search -> document -> statement -> actor.

Screenshots of each page land in test-artifacts/ for a human look.
"""
from __future__ import annotations

import pytest

from browser_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, LiveServer, ensure_chromium, sample_db

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


@pytest.fixture(scope="module")
def browser():
    reason = ensure_chromium()
    if reason:
        pytest.skip(reason)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from lagebild.server import create_app

    app = create_app(str(sample_db(tmp_path_factory.mktemp("browser"))))
    with LiveServer(app) as srv:
        yield srv


@pytest.fixture
def page(browser):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    problems: list[str] = []
    pg.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    pg.on("pageerror", lambda exc: problems.append(str(exc)))
    pg.problems = problems
    yield pg
    context.close()


def shot(pg, name):
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_document_statement_actor(page, server):
    page.goto(server.url + "/")
    assert page.locator("h1").inner_text() == "Situation picture"
    shot(page, "overview")

    page.fill("#site-q", "Soldaten")
    page.press("#site-q", "Enter")
    page.wait_for_url("**/search?q=Soldaten*")
    assert page.locator(".hit mark").count() >= 1
    shot(page, "search")

    page.locator(".hit h3 a").first.click()
    page.wait_for_url("**/documents/*")
    assert page.locator(".doctext mark.hl").count() >= 1
    shot(page, "document")

    # Click a quote whose statement has a known speaker, and land on its record card.
    records = page.eval_on_selector_all(
        ".doctext mark.hl.k-quote a",
        "els => els.map(a => a.getAttribute('href')).filter(h => document.querySelector(h + ' a.speaker'))")
    assert records, "some quote in this document has a linked speaker"
    page.locator(f'.doctext mark.hl.k-quote a[href="{records[0]}"]').first.click()
    page.wait_for_url(f"**{records[0]}")
    card = page.locator(records[0])
    assert card.is_visible() and card.evaluate("el => el.matches(':target')")
    shot(page, "document-statement")

    speaker = card.locator("a.speaker")
    name = speaker.inner_text()
    speaker.click()
    page.wait_for_url("**/actors/*")
    assert page.locator("h1").inner_text() == name
    chart = page.locator("svg.chart")
    assert chart.is_visible()
    assert chart.locator("a.pt-link").count() >= 1
    assert chart.locator(".pt").first.is_visible()
    shot(page, "actor")
    assert page.problems == [], "no console errors (e.g. Content-Security-Policy violations)"


def test_issue_page_renders(page, server):
    page.goto(server.url + "/")
    moved = page.locator(".moved a")
    if moved.count() == 0:
        pytest.skip("no issue moved in this store")
    moved.first.click()
    page.wait_for_url("**/issues/*")
    assert page.locator("table.matrix tbody tr").count() >= 1
    shot(page, "issue")
    assert page.problems == []
