"""The server-rendered pages: content, links to records, escaping, security headers."""
from __future__ import annotations

import html
import re

import pytest

from lagebild.web.highlight import anchor_id
from fastapi.testclient import TestClient

from browser_support import copy_db, sample_db
from lagebild.server import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return sample_db(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(str(db))) as c:
        yield c


def doc_with(client, predicate):
    offset = 0
    while offset is not None:
        page = client.get("/api/v1/documents", params={"limit": 200, "offset": offset}).json()
        for meta in page["items"]:
            doc = client.get(f"/api/v1/documents/{meta['id']}").json()
            if predicate(doc):
                return doc
        offset = page["next_offset"]
    pytest.fail("no sample document fits")


def test_overview_lists_statements_actors_and_moved_issues(client):
    resp = client.get("/")
    assert resp.status_code == 200
    page = resp.text
    assert "Recent statements" in page and "Most active actors" in page
    assert 'href="/actors/Q566257"' in page  # Friedrich Merz is among the most quoted
    assert page.count('class="card statement"') >= 10
    # issues that moved in the period (the corpus's last 12 months), with a form to change it
    assert "Issues that moved" in page and "Period: " in page and 'name="since"' in page
    assert 'href="/changes' in page


def test_pages_send_security_headers_and_load_only_local_assets(client):
    resp = client.get("/")
    csp = resp.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', resp.text)
    for asset in ("/static/style.css", "/static/app.js", "/static/favicon.svg"):
        assert client.get(asset).status_code == 200


def test_document_page_keeps_the_text_exact_and_links_every_statement(client):
    doc = doc_with(client, lambda d: len(d["analysis"]["statements"]) >= 3)
    page = client.get(f"/documents/{doc['id']}").text
    body = re.search(r'<div class="doctext"[^>]*>(.*?)</div>', page, re.S).group(1)
    # Removing the highlight markup gives back exactly the stored text: offsets stay true.
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == doc["text"]
    for st in doc["analysis"]["statements"]:
        anchor = "st-" + st["id"].replace(":", "-")
        assert f'id="{anchor}"' in page  # the record card
        assert f'<a href="#{anchor}">' in body  # its highlighted spans link to it
        assert f'id="q-{st["id"].replace(":", "-")}"' in body
    assert "<mark class=\"hl k-quote" in body and "k-speaker" in body and "k-cue" in body
    assert doc["analysis"]["pipeline_version"] in page
    first = doc["analysis"]["statements"][0]["quote"][0]
    assert f"{first['start']}–{first['end']}" in page  # provenance offsets


def test_condition_spans_are_highlighted(client):
    doc = doc_with(client, lambda d: d["analysis"].get("conditions"))
    page = client.get(f"/documents/{doc['id']}").text
    cond = doc["analysis"]["conditions"][0]
    assert "k-condition" in page and f'id="{anchor_id("cond", cond["id"])}"' in page


def test_search_page_highlights_hits_and_explains_bad_queries(client):
    page = client.get("/search", params={"q": "Soldaten"}).text
    assert re.search(r"<mark>Soldaten</mark>", page, re.I)
    assert "Matching statements" in page
    bad = client.get("/search", params={"q": '"open', "raw": "true"})
    assert bad.status_code == 400 and "cannot be read" in bad.text and "quote phrases" in bad.text


def test_actor_page_has_roles_quotes_positions_and_a_timeline_chart(client):
    page = client.get("/actors/Q566257").text
    assert "Friedrich Merz" in page and "Chancellor of Germany" in page
    svg = re.search(r'<svg class="chart".*?</svg>', page, re.S).group(0)
    points = re.findall(r'class="pt-link" data-date="(\d{4}-\d\d-\d\d)"', svg)
    profile = client.get("/api/v1/actors/Q566257", params={"latest": 0}).json()
    assert len(points) >= profile["statement_count"]
    assert "Positions by issue" in page and 'class="stance stance-' in page


def test_issue_page_shows_a_stance_matrix(client):
    positions = client.get("/api/v1/positions", params={"limit": 200}).json()["items"]
    with_cond = [p for p in positions if p["conditions"] and isinstance(p.get("issue"), dict)]
    issue = (with_cond or [p for p in positions if isinstance(p.get("issue"), dict)])[0]["issue"]
    page = client.get(f"/issues/{issue['id']}").text
    assert issue["label"] in page and 'class="table matrix"' in page and "<svg" in page
    if with_cond:
        assert 'class="conditions"' in page


def test_unknown_pages_are_html_404s(client):
    for url in ("/actors/Q0", "/documents/nope", "/issues/nope", "/no/such/page"):
        resp = client.get(url)
        assert resp.status_code == 404 and resp.headers["content-type"].startswith("text/html")


HOSTILE = {
    "title": "<script>alert('title')</script> Ärger",
    "url": "javascript:alert(1)",
    "published": "2025-10-07",
    "lang": "de",
    "text": ("Berlin. <script>alert(1)</script> Der Minister sagte: „Wir liefern <b>sofort</b>.“ "
             "<img src=x onerror=alert(2)> Die Opposition sprach von einem <a href=\"javascript:x\">Fehler</a>."),
}


def test_document_text_is_always_escaped(db, tmp_path):
    app = create_app(str(copy_db(db, tmp_path / "x.db")), allow_ingest=True, token="t0ken")
    with TestClient(app) as c:
        resp = c.post("/api/v1/documents", json=HOSTILE, headers={"Authorization": "Bearer t0ken"})
        assert resp.status_code == 201, resp.text
        doc_id = resp.json()["id"]
        stored = c.get(f"/api/v1/documents/{doc_id}").json()["text"]
        assert "<script>alert(1)</script>" in stored  # stored as text, as sent
        for url in (f"/documents/{doc_id}", "/search?q=alert", "/search?q=Minister", "/"):
            page = c.get(url).text
            assert "<script>alert" not in page and "<img src=x" not in page and "<b>sofort" not in page
            assert 'href="javascript:' not in page
        page = c.get(f"/documents/{doc_id}").text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "&lt;img src=x onerror=alert(2)&gt;" in page
        assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
