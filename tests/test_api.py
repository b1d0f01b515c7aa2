"""The REST API: filters, pagination, problem+json errors, ingest auth, and schema conformance."""
from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (content_type_conformance, not_a_server_error, response_schema_conformance,
                                 status_code_conformance)

from browser_support import copy_db, sample_db
from lagebild.server import create_app
from lagebild.errors import ConfigError

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return sample_db(tmp_path_factory.mktemp("api"))


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(str(db))) as c:
        yield c


@pytest.fixture
def ingest_client(db, tmp_path):
    app = create_app(str(copy_db(db, tmp_path / "w.db")), allow_ingest=True, token="s3cret-token")
    with TestClient(app) as c:
        yield c


def assert_problem(resp, status):
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith(PROBLEM)
    body = resp.json()
    assert body["status"] == status and body["title"] and body["type"].startswith("https://")
    assert body["detail"]
    return body


# -- statements ---------------------------------------------------------------

def test_statements_filter_by_actor_type_and_dates(client):
    body = client.get("/api/v1/statements", params={"actor": "Q566257", "limit": 200}).json()
    assert body["items"], "the sample corpus quotes Friedrich Merz"
    assert all(st["speaker"]["actor"]["id"] == "Q566257" for st in body["items"])
    direct = client.get("/api/v1/statements", params={"type": "Direct", "limit": 200}).json()["items"]
    assert direct and all(st["type"] == "Direct" for st in direct)
    dated = client.get("/api/v1/statements",
                       params={"since": "2025-09-01", "until": "2025-09-30", "limit": 200}).json()["items"]
    assert dated and all("2025-09-01" <= st["published"] <= "2025-09-30" for st in dated)
    dates = [st["published"] for st in dated]
    assert dates == sorted(dates)


def test_statement_spans_point_into_the_stored_text(client):
    st = client.get("/api/v1/statements", params={"type": "Direct", "limit": 1}).json()["items"][0]
    doc = client.get(f"/api/v1/documents/{st['doc']}").json()
    for span in st["quote"] + st["cue"] + st["speaker"]["mention"]:
        assert doc["text"][span["start"]:span["end"]] == span["text"]


def test_statements_pagination_and_page_cap(client):
    first = client.get("/api/v1/statements", params={"limit": 5}).json()
    second = client.get("/api/v1/statements", params={"limit": 5, "offset": first["next_offset"]}).json()
    assert first["next_offset"] == 5 and len(first["items"]) == 5
    assert {s["id"] for s in first["items"]}.isdisjoint({s["id"] for s in second["items"]})
    body = assert_problem(client.get("/api/v1/statements", params={"limit": 201}), 400)
    assert body["errors"][0]["parameter"] == "limit"


def all_pages(client, path, **params):
    items, offset = [], 0
    while offset is not None:
        body = client.get(path, params={**params, "limit": 200, "offset": offset}).json()
        items += body["items"]
        offset = body["next_offset"]
    return items


def test_one_per_cluster_is_default_and_can_be_switched_off(client):
    once = all_pages(client, "/api/v1/statements")
    every = all_pages(client, "/api/v1/statements", one_per_cluster="false")
    assert len(every) > len(once), "the corpus holds a wire copy whose quotes repeat"


def test_bad_date_is_a_400_problem(client):
    body = assert_problem(client.get("/api/v1/statements", params={"since": "2025-13-40"}), 400)
    assert "since" in body["detail"] and "YYYY-MM-DD" in body["detail"]


# -- documents and search -------------------------------------------------------

def test_documents_list_and_detail(client):
    page = client.get("/api/v1/documents", params={"limit": 3}).json()
    assert len(page["items"]) == 3 and "text" not in page["items"][0]
    doc = client.get(f"/api/v1/documents/{page['items'][0]['id'][:8]}").json()  # a unique prefix works
    assert doc["id"] == page["items"][0]["id"]
    assert len(doc["text"]) == doc["chars"]
    assert doc["analysis"]["pipeline_version"]
    assert_problem(client.get("/api/v1/documents/doesnotexist"), 404)


def test_search_returns_offsets_of_matched_words(client):
    body = client.get("/api/v1/search", params={"q": "Schuldenbremse"}).json()
    assert body["items"]
    for hit in body["items"]:
        assert hit["highlights"]
        for h in hit["highlights"]:
            assert "schuldenbremse" in hit["snippet"][h["start"]:h["end"]].lower()
        assert "\x02" not in hit["snippet"] and "\x03" not in hit["snippet"]


@pytest.mark.parametrize("q", ['"unbalanced', "Merz: Truppen?", "AND OR NOT", "a*(b", "'; DROP TABLE documents;--"])
def test_free_text_search_never_fails(client, q):
    assert client.get("/api/v1/search", params={"q": q}).status_code == 200


@pytest.mark.parametrize("q", ['"unbalanced', "AND", "NEAR(", "title:"])
def test_malformed_raw_query_is_a_helpful_400(client, q):
    body = assert_problem(client.get("/api/v1/search", params={"q": q, "raw": "true"}), 400)
    assert "search query" in body["detail"] and "quote phrases" in body["detail"]


def test_missing_query_is_400(client):
    assert_problem(client.get("/api/v1/search"), 400)


# -- actors, positions ----------------------------------------------------------

def test_actor_lookup_and_profile(client):
    hits = client.get("/api/v1/actors", params={"q": "Merz"}).json()["items"]
    assert hits[0]["actor"]["id"] == "Q566257"
    profile = client.get("/api/v1/actors/Q566257").json()
    assert profile["name"] == "Friedrich Merz" and profile["wikidata"] == "Q566257"
    assert any(r["key"] == "DE.chancellor" for r in profile["roles"])
    latest = [s["published"] for s in profile["latest_statements"]]
    assert latest == sorted(latest, reverse=True) and profile["statement_count"] >= len(latest)
    assert_problem(client.get("/api/v1/actors/Q0"), 404)


def test_issue_timeline_changes_and_disagreements(client):
    positions = client.get("/api/v1/positions", params={"limit": 200}).json()["items"]
    issue = next(p["issue"]["id"] for p in positions if isinstance(p.get("issue"), dict))
    view = client.get(f"/api/v1/issues/{issue}").json()
    assert view["positions"] and view["stances"] and view["label"]
    assert all(p["issue"]["id"] == issue for p in view["positions"])
    assert client.get("/api/v1/timeline", params={"actor": "Q566257"}).json()["items"][0]["kind"] in (
        "statement", "position")
    changes = client.get("/api/v1/changes").json()["items"]
    assert all(c["from"]["stance"] != c["to"]["stance"] for c in changes)
    assert client.get("/api/v1/disagreements", params={"issue": issue}).status_code == 200
    assert_problem(client.get("/api/v1/issues/no-such-issue"), 404)
    assert_problem(client.get("/api/v1/disagreements"), 400)


class _StatementsOnlyStore:
    """A store from before positions existed."""

    HIDDEN = {"positions", "commitments", "timeline", "changes", "disagreements"}

    def __init__(self, store):
        self._store = store

    def __getattr__(self, name):
        if name in self.HIDDEN:
            raise AttributeError(name)
        return getattr(self._store, name)


def test_routes_degrade_without_position_methods(db):
    app = create_app(str(db))
    pool = app.state.pool
    real_reader = pool.reader

    from contextlib import contextmanager

    @contextmanager
    def legacy_reader():
        with real_reader() as store:
            yield _StatementsOnlyStore(store)

    pool.reader = legacy_reader
    with TestClient(app) as c:
        assert_problem(c.get("/api/v1/positions"), 501)
        assert_problem(c.get("/api/v1/issues/x"), 501)
        assert c.get("/api/v1/actors/Q566257").json()["positions_by_issue"] == {}
        assert c.get("/").status_code == 200


# -- ingest -----------------------------------------------------------------------

ARTICLE = {"text": "Berlin. Bundeskanzler Friedrich Merz sagte am Montag: „Wir stehen fest an der Seite "
                   "der Ukraine.“ Die Opposition kritisierte das.", "published": "2025-10-06",
           "title": "Merz bekräftigt Unterstützung", "lang": "de"}


def test_ingest_is_refused_on_a_read_only_server(client):
    assert_problem(client.post("/api/v1/documents", json=ARTICLE, headers={"Authorization": "Bearer x"}), 403)


def test_ingest_needs_the_token(ingest_client):
    resp = ingest_client.post("/api/v1/documents", json=ARTICLE)
    assert_problem(resp, 401)
    assert resp.headers["www-authenticate"].startswith("Bearer")
    assert_problem(ingest_client.post("/api/v1/documents", json=ARTICLE,
                                      headers={"Authorization": "Bearer wrong"}), 401)


def test_ingest_stores_and_analyses(ingest_client):
    auth = {"Authorization": "Bearer s3cret-token"}
    resp = ingest_client.post("/api/v1/documents", json=ARTICLE, headers=auth)
    assert resp.status_code == 201, resp.text
    made = resp.json()
    assert made["status"] == "processed" and made["analysed"] and made["statements"] >= 1
    doc = ingest_client.get(resp.headers["location"]).json()
    assert doc["title"] == ARTICLE["title"] and doc["published"] == "2025-10-06"
    again = ingest_client.post("/api/v1/documents", json=ARTICLE, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    assert_problem(ingest_client.post("/api/v1/documents", json={"text": "   "}, headers=auth), 422)
    assert_problem(ingest_client.post("/api/v1/documents", json={**ARTICLE, "published": "2025-02-30"},
                                      headers=auth), 422)
    assert_problem(ingest_client.post("/api/v1/documents", json={"txt": "typo"}, headers=auth), 400)


def test_allow_ingest_without_token_is_refused(db):
    with pytest.raises(ConfigError, match="token"):
        create_app(str(db), allow_ingest=True, token="  ")


# -- schema -----------------------------------------------------------------------

def test_openapi_documents_problem_details(client):
    schema = client.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert "Problem" in schema["components"]["schemas"]
    for path, item in schema["paths"].items():
        assert path.startswith("/api/v1/")
        for op in item.values():
            assert "422" not in op["responses"] or path == "/api/v1/documents"
            assert PROBLEM in op["responses"]["400"]["content"]


def test_api_conforms_to_its_schema(db):
    """Schemathesis drives every operation with generated requests: no 5xx, no schema violation.

    (Operations are looped over by hand: ``schemathesis.pytest.from_fixture`` does not
    run under pytest 9.)
    """
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(str(db)))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def conforms(case):
            case.call_and_validate(checks=[not_a_server_error, status_code_conformance,
                                           content_type_conformance, response_schema_conformance])

        conforms()
