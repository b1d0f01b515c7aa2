"""Exploring in a real browser (Debian Chromium via Playwright), issue #19: on the positions and
statements pages of the sample corpus, a facet link filters the table to exactly its count, the
active filter can be removed, the period form changes the period, and the CSV link returns the
rows the page shows.

Skips when Chromium or Playwright is not installed (.ci/run installs Chromium).
"""
from __future__ import annotations

import csv
import io
import os
import re

import pytest

from browser_support import CHROMIUM, CHROMIUM_ARGS, LiveServer, sample_db

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

ROWS = "table.table tbody tr:not(:has(td.empty))"


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from lagebild.server import create_app

    app = create_app(str(sample_db(tmp_path_factory.mktemp("explore"))))
    with LiveServer(app) as srv, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        pg.base = srv.url  # type: ignore[attr-defined]
        yield pg
        browser.close()


def _facet_links(pg, title: str) -> list[tuple[str, int]]:
    """(href, count) of the facet box titled ``title``."""
    return pg.evaluate("""title => [...document.querySelectorAll('aside.facets section.facet')]
        .filter(s => s.querySelector('h2').textContent.trim() === title)
        .flatMap(s => [...s.querySelectorAll('li')])
        .filter(li => li.querySelector('a'))
        .map(li => [li.querySelector('a').getAttribute('href'),
                    parseInt(li.querySelector('.count').textContent.replace(/,/g, ''), 10)])""", title)


@pytest.mark.parametrize("listing,facet", [("/positions", "Issue"), ("/statements", "Statement type")])
def test_a_facet_filters_to_its_count_and_can_be_removed(page, listing, facet):
    page.goto(page.base + listing + "?since=all&limit=200")
    before = page.locator(ROWS).count()
    links = _facet_links(page, facet)
    assert links, f"no {facet} facet on {listing}"
    href, count = min(links, key=lambda x: x[1])  # the smallest value: fits on one page
    page.click(f'aside.facets a[href="{href}"]')
    page.wait_for_load_state()
    assert page.locator(ROWS).count() == count
    chip = page.locator("p.active-filters .filter a")
    assert chip.count() == 1
    chip.first.click()
    page.wait_for_load_state()
    assert page.locator("p.active-filters").count() == 0
    assert page.locator(ROWS).count() >= min(count, 50) and page.locator(ROWS).count() <= before


def test_the_period_form_changes_the_period(page):
    page.goto(page.base + "/positions")
    default_rows = page.locator(ROWS).count()
    assert "last 12 months" in page.locator("form.period-form").inner_text()
    page.fill("form.period-form input[name=since]", "2025-10-01")
    page.fill("form.period-form input[name=until]", "2025-12-31")
    page.click("form.period-form button[type=submit]")
    page.wait_for_load_state()
    assert "since=2025-10-01" in page.url
    dates = [t for t in page.locator(f"{ROWS} td:first-child time").all_inner_texts() if t != "—"]
    assert dates and all("2025-10-01" <= d <= "2025-12-31" for d in dates)
    assert page.locator(ROWS).count() <= default_rows


@pytest.mark.parametrize("listing", ["/positions", "/statements", "/commitments"])
def test_the_csv_link_gives_the_rows_of_the_page(page, listing):
    import httpx

    page.goto(page.base + listing + "?since=all&limit=200")
    rows = page.locator(ROWS).count()
    downloads = page.locator("p.downloads").first
    total = re.match(r"\s*([\d,]+) in all", downloads.inner_text())
    href = downloads.locator("a", has_text="CSV").first.get_attribute("href")
    assert href
    body = httpx.get(page.base + href if href.startswith("/") else href, timeout=30).text
    records = list(csv.DictReader(io.StringIO(body)))
    # the CSV is every page of the query: as many records as the page's total (at least its rows)
    assert rows > 0 and (len(records) == int(total.group(1).replace(",", "")) if total else len(records) >= rows)
    ids = set(page.locator(f"{ROWS} a[href*='#']").evaluate_all(
        "as => as.map(a => a.getAttribute('href').split('#')[0].split('/').pop())"))
    assert ids <= {r.get("doc") for r in records}  # the page's rows are among the CSV's


def test_the_changes_page_links_a_csv_of_its_shifts(page):
    import httpx

    page.goto(page.base + "/changes?since=all")
    href = page.locator("p.downloads a", has_text="CSV").first.get_attribute("href")
    assert href and href.startswith("/changes.csv")
    body = httpx.get(page.base + href, timeout=30).text
    header = next(csv.reader(io.StringIO(body)))
    assert header[:3] == ["actor", "actor_key", "issue"] and "to_stance" in header
    cards = page.locator("ul.changes li, li.card").count()
    assert len(list(csv.DictReader(io.StringIO(body)))) == cards
