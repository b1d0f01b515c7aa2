"""Exploring: facet counts (store, both backends; web pages), the statements, positions, documents
and issues pages with filters, sorting and paging, CSV and JSON links that reproduce the page's
query, and the offline API documentation at /docs."""
from __future__ import annotations

import csv
import dataclasses
import html
import io
import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from fastapi.testclient import TestClient

from browser_support import sample_db
from lagebild.server import create_app
from test_store_positions import MACRON, MERZ, analysed


# -- the store (SQLite and PostgreSQL) ---------------------------------------------------------------

def _fill(s) -> None:
    a = analysed("Merz zögert bei Truppen. Macron drängt.", "2025-08-19",
                 [(MERZ, "troops", "hesitant", "Merz zögert"), (MACRON, "troops", "supports", "Macron drängt")],
                 [("refusal", "Bodentruppen")])
    a.document = dataclasses.replace(a.document, source="Wire")
    s.save_analysis(a)
    b = analysed("Merz schließt Truppen nicht mehr aus. Merz will die Schuldenbremse.", "2025-09-24",
                 [(MERZ, "troops", "conditional", "Merz schließt"), (MERZ, "debt", "supports", "Merz will")])
    b.document = dataclasses.replace(b.document, lang="en")
    s.save_analysis(b)


def test_facet_counts_match_the_records_on_each_backend(store):
    _fill(store)
    found = store.facets("positions")
    assert found["total"] == 4
    facets = {name: {row["value"]: row["count"] for row in rows} for name, rows in found["facets"].items()}
    assert facets["issue"] == {"troops": 3, "debt": 1}
    assert facets["stance"] == {"hesitant": 1, "supports": 2, "conditional": 1}
    assert facets["actor"] == {"Q566257": 3, "Q3052772": 1}
    assert facets["source"] == {"Wire": 2} and facets["lang"] == {"de": 2, "en": 2}
    assert found["facets"]["actor"][0] == {"value": "Q566257", "label": "Friedrich Merz", "count": 3}
    # the counts are those of the listing's query, filters included
    for name, value in (("issue", "troops"), ("stance", "supports"), ("source", "Wire"), ("lang", "en")):
        assert len(store.positions(**{name: value})) == facets[name][value]
    narrowed = store.facets("positions", issue="troops", stance="hesitant", names=["actor"])
    assert narrowed == {"total": 1, "facets": {"actor": [{"value": "Q566257", "label": "Friedrich Merz",
                                                          "count": 1}]}}
    assert store.facets("positions", actor_ids=["Q3052772"])["total"] == 1
    assert store.facets("commitments")["facets"]["act"] == [{"value": "refusal", "label": "refusal", "count": 1}]
    assert store.facets("documents", since="2025-09-01")["facets"]["lang"] == [
        {"value": "en", "label": "en", "count": 1}]
    assert store.facets("positions", top=1)["facets"]["stance"] == [{"value": "supports", "label": "supports",
                                                                      "count": 2}]


def test_listings_sort_and_filter_by_outlet_and_language(store):
    _fill(store)
    dates = [p["published"] for p in store.positions(order="-date")]
    assert dates == sorted(dates, reverse=True)
    assert [d.published.isoformat() for d in store.documents(order="-date")] == ["2025-09-24", "2025-08-19"]
    assert [d.source for d in store.documents(source="wire")] == ["Wire"]  # the outlet ignoring case
    assert [d.lang for d in store.documents(lang="en")] == ["en"]
    names = [p["actor"]["actor"]["name"] for p in store.positions(order="actor")]
    assert names == sorted(names, key=str.lower)
    with pytest.raises(Exception, match="order must be one of"):
        store.positions(order="sideways")


# -- the pages (the sample corpus) -------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with TestClient(create_app(str(sample_db(tmp_path_factory.mktemp("explore"))))) as c:
        yield c


def _links(page: str, cls: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(rf'<a href="([^"]+)"[^>]*>{cls}</a>', page)]


def _href(page: str, label: str) -> str:
    return html.unescape(re.search(rf'<a href="([^"]+)"[^>]*>{label}</a>', page).group(1))


def _csv(client, href: str) -> list[dict[str, str]]:
    resp = client.get(href)
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(resp.text)))


def _facets(page: str) -> dict[str, list[tuple[str, str, int]]]:
    """Facet title -> (link, label, count) of each value in the page's facet box."""
    box = page.split('<aside class="facets"', 1)[1].split("</aside>", 1)[0]
    out = {}
    value = r'<a href="([^"]+)">([^<]+)</a> <span class="count">([\d,]+)'
    for title, body in re.findall(r"<h2>([^<]+)</h2>\s*<ul>(.*?)</ul>", box, re.S):
        out[title] = [(html.unescape(h), html.unescape(label), int(n.replace(",", "")))
                      for h, label, n in re.findall(value, body)]
    return out


@pytest.mark.parametrize("kind", ["statements", "positions"])
def test_facet_counts_are_the_records_their_links_list(client, kind):
    page = client.get(f"/{kind}?since=all").text
    facets = _facets(page)
    assert {"Actor", "Issue", "Language"} <= set(facets)
    assert ("Statement type" if kind == "statements" else "Stance") in facets
    for title in ("Actor", "Issue", "Language", "Statement type" if kind == "statements" else "Stance"):
        href, label, count = facets[title][0]
        assert "since=all" in href
        rows = _csv(client, href.replace(f"/{kind}?", f"/{kind}.csv?"))
        assert len(rows) == count, (title, label)
        filtered = client.get(href).text
        assert "Filtered by" in filtered and f"<strong>{html.escape(label, quote=False)}</strong>" in filtered
        remove = html.unescape(re.search(r'<a href="([^"]+)" aria-label="Remove the filter', filtered).group(1))
        assert dict(parse_qsl(urlsplit(remove).query)) == {"since": "all"}


def test_statement_facets_agree_with_the_store(client, tmp_path_factory):
    from lagebild.store import open_store

    with open_store(str(sample_db(tmp_path_factory.mktemp("unused")))) as s:
        found = s.facets("statements", top=10)
        per_type = {r["value"]: r["count"] for r in found["facets"]["type"]}
        for value, n in per_type.items():
            assert len(s.statements(type=value, one_per_cluster=True, limit=10_000)) == n
    page = client.get("/statements?since=all").text
    shown = {label: n for _, label, n in _facets(page)["Statement type"]}
    assert shown == per_type


@pytest.mark.parametrize("kind", ["statements", "positions", "documents"])
def test_paging_and_the_json_and_csv_links_reproduce_the_query(client, kind):
    first = client.get(f"/{kind}?since=all&sort=-date&limit=3").text
    assert 'rel="prev"' not in first
    nxt = html.unescape(re.search(r'<a href="([^"]+)" rel="next"', first).group(1))
    assert dict(parse_qsl(urlsplit(nxt).query))["offset"] == "3"
    second = client.get(nxt).text
    assert 'rel="prev"' in second
    everything = _csv(client, _href(first, "CSV"))
    assert len(everything) > 6
    dates = [r["published"] for r in everything if r["published"]]
    assert dates == sorted(dates, reverse=True)
    for page, offset in ((first, 0), (second, 3)):
        api = _href(page, "JSON")
        assert api.startswith(f"/api/v1/{kind}?")
        items = client.get(api).json()["items"]
        assert [i["id"] for i in items] == [r["id"] for r in everything[offset:offset + 3]]


def test_sorting_by_actor_and_invalid_values(client):
    rows = _csv(client, "/positions.csv?since=all&sort=actor")
    names = [r["actor"].lower() for r in rows if r["actor"]]
    assert names == sorted(names)
    for url in ("/statements?type=Bogus", "/positions?stance=maybe", "/documents?sort=sideways",
                "/statements.csv?sort=x"):
        resp = client.get(url)
        assert resp.status_code == 400, url
        assert "must be one of" in html.unescape(resp.text)


def test_documents_newest_first_with_outlet_and_language_facets(client):
    page = client.get("/documents?since=all").text
    dates = re.findall(r"<tr><td><time>([^<]+)</time>", page)
    assert dates and dates == sorted(dates, reverse=True)
    facets = _facets(page)
    assert facets["Outlet"][0][1:] == ("Example Wire", 2)
    langs = {label: n for _, label, n in facets["Language"]}
    assert sum(langs.values()) == len(_csv(client, "/documents.csv?since=all"))
    wire = client.get(facets["Outlet"][0][0]).text
    assert wire.count("<tr><td><time>") == 2 and "Example Wire" in wire


def test_issue_index_counts_positions_in_the_period(client):
    page = client.get("/issues?since=all").text
    rows = _csv(client, _href(page, "CSV"))
    api = client.get(_href(page, "JSON")).json()["items"]
    assert [r["id"] for r in rows] == [i["id"] for i in api]
    for row in rows:
        if int(row["positions"]):
            assert len(client.get("/api/v1/positions", params={"issue": row["id"], "since": "all",
                                                               "limit": 200}).json()["items"]) == int(row["positions"])
    assert any(int(r["positions"]) for r in rows) and any(not int(r["positions"]) for r in rows)
    assert 'href="/positions?issue=' in page
    recent = _csv(client, "/issues.csv?since=2025-11-01")
    assert sum(int(r["positions"]) for r in recent) < sum(int(r["positions"]) for r in rows)


def test_nav_links_the_new_pages(client):
    page = client.get("/").text
    for href in ("/statements", "/positions", "/issues", "/documents", "/docs"):
        assert f'href="{href}"' in page


def test_api_docs_are_served_offline(client):
    resp = client.get("/docs")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/html")
    page = resp.text
    for route in ("GET /api/v1/statements", "GET /api/v1/positions", "GET /api/v1/issues", "POST /api/v1/documents"):
        assert route in page
    assert "<code>sort</code>" in page and "<code>since</code>" in page
    # nothing from another host: no script, stylesheet, image or font outside this server
    for url in re.findall(r"<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)=\"([^\"]*)\"", page):
        assert url.startswith("/") and not url.startswith("//"), url
    assert "cdn" not in page.lower()


def test_commitments_page_has_facets_of_its_query(client):
    page = client.get("/commitments?since=all").text
    facets = _facets(page)
    assert {"Actor", "Act"} <= set(facets)  # the samples' commitments name no issue
    href, label, count = facets["Act"][0]
    assert len(_csv(client, href.replace("/commitments?", "/commitments.csv?"))) == count
    assert "Filtered by" in client.get(href).text
