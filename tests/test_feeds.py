"""Atom feeds of the listings (/feeds/{kind}.atom): valid Atom 1.0, filters applied, stable ids."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from browser_support import sample_db
from lagebild.server import create_app

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
KINDS = ("statements", "positions", "commitments", "changes")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with TestClient(create_app(str(sample_db(tmp_path_factory.mktemp("feeds"))))) as c:
        yield c


def feed(client, kind, **params) -> ET.Element:
    resp = client.get(f"/feeds/{kind}.atom", params=params)
    assert resp.status_code == 200, resp.text[:500]
    assert resp.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(resp.content)
    check_atom(root)
    return root


def check_atom(root: ET.Element) -> None:
    """The elements RFC 4287 requires of a feed and its entries (and what we promise besides)."""
    assert root.tag == f"{A}feed"
    for name in ("id", "title", "updated"):
        assert len(root.findall(f"{A}{name}")) == 1 and root.findtext(f"{A}{name}").strip(), name
    assert RFC3339.match(root.findtext(f"{A}updated"))
    selfs = [link for link in root.findall(f"{A}link") if link.get("rel") == "self"]
    assert len(selfs) == 1 and selfs[0].get("href", "").startswith("http")
    assert root.find(f"{A}author/{A}name") is not None  # entries may then omit theirs
    for entry in root.findall(f"{A}entry"):
        for name in ("id", "title", "updated", "summary"):
            assert len(entry.findall(f"{A}{name}")) == 1 and entry.findtext(f"{A}{name}").strip(), name
        assert entry.findtext(f"{A}id").startswith("urn:lagebild:")
        assert RFC3339.match(entry.findtext(f"{A}updated"))
        links = [link for link in entry.findall(f"{A}link") if link.get("rel", "alternate") == "alternate"]
        assert len(links) == 1 and "/documents/" in links[0].get("href")


def ids(root: ET.Element) -> list[str]:
    return [e.findtext(f"{A}id").removeprefix("urn:lagebild:") for e in root.findall(f"{A}entry")]


def api_ids(client, kind, **params) -> set[str]:
    if kind == "statements" and params.get("since") == "all":
        params.pop("since")  # the statements route has no default period to lift
    out, offset = set(), 0
    while offset is not None:
        page = client.get(f"/api/v1/{kind}", params={**params, "limit": 200, "offset": offset}).json()
        out |= {item["id"] for item in page["items"]}
        offset = page["next_offset"]
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_every_listing_is_a_valid_atom_feed_with_stable_ids(client, kind):
    root = feed(client, kind, since="all")
    assert root.findall(f"{A}entry"), kind
    assert ids(feed(client, kind, since="all")) == ids(root)  # same query, same ids
    days = [e.findtext(f"{A}updated") for e in root.findall(f"{A}entry")]
    assert days == sorted(days, reverse=True)  # newest first
    assert root.findtext(f"{A}updated") == days[0]


@pytest.mark.parametrize("kind", ("statements", "positions", "commitments"))
def test_entry_ids_are_the_record_ids(client, kind):
    assert set(ids(feed(client, kind, since="all"))) <= api_ids(client, kind, since="all")


def test_entries_link_to_their_card_on_the_document_page(client):
    entry = feed(client, "statements", since="all").find(f"{A}entry")
    record_id = entry.findtext(f"{A}id").removeprefix("urn:lagebild:")
    href = entry.find(f"{A}link").get("href")
    doc, anchor = href.split("/documents/", 1)[1].split("#")
    assert anchor == "st-" + record_id.replace(":", "-") and record_id.startswith(doc)
    page = client.get(f"/documents/{doc}").text
    assert f'id="{anchor}"' in page
    api = client.get(f"/api/v1/documents/{doc}").json()
    quote = next(st for st in api["analysis"]["statements"] if st["id"] == record_id)["quote"][0]["text"]
    assert quote in entry.findtext(f"{A}summary")  # the evidence text


def test_filters_are_applied(client):
    merz = feed(client, "statements", actor="Q566257", since="all")
    assert ids(merz) and set(ids(merz)) <= api_ids(client, "statements", actor="Q566257", since="all")
    assert {e.findtext(f"{A}author/{A}name") for e in merz.findall(f"{A}entry")} == {"Friedrich Merz"}
    supports = feed(client, "positions", stance="supports", since="all")
    assert ids(supports) and set(ids(supports)) <= api_ids(client, "positions", stance="supports", since="all")
    pledges = feed(client, "commitments", act="refusal", since="all")
    assert set(ids(pledges)) <= api_ids(client, "commitments", act="refusal", since="all")
    change = feed(client, "changes", since="all").find(f"{A}entry")
    issue = client.get("/api/v1/changes", params={"since": "all"}).json()["items"][0]["issue"]
    assert ids(feed(client, "changes", issue=issue, since="all"))
    assert change is not None and "→" in change.findtext(f"{A}title")
    # the self link and the id keep the query
    self_href = next(link.get("href") for link in merz.findall(f"{A}link") if link.get("rel") == "self")
    assert "actor=Q566257" in self_href and "since=all" in self_href


def test_an_empty_listing_is_a_valid_empty_feed(client):
    root = feed(client, "statements", since="1900-01-01", until="1900-12-31")
    assert root.findall(f"{A}entry") == []
    assert feed(client, "changes", since="1900-01-01", until="1900-12-31").findall(f"{A}entry") == []


@pytest.mark.parametrize("url", ["/feeds/positions.atom?stance=maybe", "/feeds/commitments.atom?act=promise",
                                 "/feeds/statements.atom?type=Bogus", "/feeds/positions.atom?issue=no-such-issue",
                                 "/feeds/statements.atom?since=yesterday"])
def test_invalid_filters_are_400(client, url):
    assert client.get(url).status_code == 400


def test_listing_pages_link_their_feed(client):
    for page, expected in (("/commitments?actor=Merz&act=pledge", "/feeds/commitments.atom?actor=Merz&amp;act=pledge"),
                           ("/changes", "/feeds/changes.atom")):
        html = client.get(page).text
        link = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', html)
        assert link and link.group(1) == expected, page
        assert client.get(link.group(1).replace("&amp;", "&")).status_code == 200
    assert 'type="application/atom+xml"' not in client.get("/").text
