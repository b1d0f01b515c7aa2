"""The API's limits: writes refused before the body is read, a request body limit, and the
security headers on every answer (errors and 500s included)."""
from __future__ import annotations

import asyncio

import httpx
import pytest
from fastapi.testclient import TestClient

from lagebild.api.ingest import RequestGate
from lagebild.server import SECURITY_HEADERS, create_app
from lagebild.settings import make_options

PROBLEM = "application/problem+json"
TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
CHUNK = b"x" * 65536


class Spy:
    """An async body of ``chunks`` chunks that records how many bytes were taken from it."""

    def __init__(self, chunks: int, first: bytes = b'{"text": "'):
        self.chunks, self.first, self.consumed = chunks, first, 0

    async def __aiter__(self):
        self.consumed += len(self.first)
        yield self.first
        for _ in range(self.chunks):
            self.consumed += len(CHUNK)
            yield CHUNK


def post(app, body, headers=None) -> httpx.Response:
    async def go():
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.post("/api/v1/documents", content=body,
                                     headers={"Content-Type": "application/json", **(headers or {})})
    return asyncio.run(go())


def assert_secure(resp):
    for name, value in SECURITY_HEADERS:
        assert resp.headers.get(name.decode()) == value.decode(), (name, resp.headers)


def assert_problem(resp, status):
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith(PROBLEM)
    body = resp.json()
    assert body["status"] == status and body["detail"]
    assert_secure(resp)
    return body


@pytest.fixture
def read_only(tmp_path):
    return create_app(str(tmp_path / "ro.db"))


@pytest.fixture
def writable(tmp_path):
    return create_app(str(tmp_path / "rw.db"), allow_ingest=True, token=TOKEN,
                      options=make_options({"max_request_bytes": 1_000_000}, env={}))


def test_read_only_server_refuses_a_large_post_without_reading_it(read_only):
    spy = Spy(chunks=4000)  # about 260 MB if it were read
    body = assert_problem(post(read_only, spy), 403)
    assert "read-only" in body["detail"]
    assert spy.consumed == 0


def test_wrong_or_missing_token_is_refused_without_reading_the_body(writable):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic " + TOKEN}):
        spy = Spy(chunks=4000)
        resp = post(writable, spy, headers)
        assert_problem(resp, 401)
        assert resp.headers["www-authenticate"].startswith("Bearer")
        assert spy.consumed == 0


def test_a_declared_content_length_over_the_limit_is_413_before_reading(writable):
    spy = Spy(chunks=40)  # 2.6 MB, over the 1 MB limit
    resp = post(writable, spy, {**AUTH, "Content-Length": str(len(spy.first) + 40 * len(CHUNK))})
    body = assert_problem(resp, 413)
    assert "max_request_bytes" in body["detail"]
    assert spy.consumed == 0


def test_a_chunked_body_is_read_only_until_it_passes_the_limit(writable):
    spy = Spy(chunks=4000)  # no Content-Length: streamed
    body = assert_problem(post(writable, spy, AUTH), 413)
    assert "max_request_bytes" in body["detail"]
    assert spy.consumed <= 1_000_000 + len(CHUNK) + len(spy.first)


def test_a_bad_content_length_is_400(writable):
    # httpx refuses to send a malformed Content-Length: the gate is called on its own
    sent = []

    async def receive():
        raise AssertionError("the body was read")

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/v1/documents", "app": writable,
             "headers": [(b"authorization", AUTH["Authorization"].encode()), (b"content-length", b"lots")]}
    asyncio.run(RequestGate(writable.router)(scope, receive, send))
    assert sent[0]["status"] == 400


def test_a_valid_token_and_a_too_long_text_is_422_too_large(tmp_path):
    app = create_app(str(tmp_path / "big.db"), allow_ingest=True, token=TOKEN)  # default limit (8 MB)
    with TestClient(app) as client:
        resp = client.post("/api/v1/documents", json={"text": "Wort " * 1_200_000}, headers=AUTH)  # 6 MB
        body = assert_problem(resp, 422)
        assert body["reason"] == "too_large"


def test_a_body_within_the_limit_still_reaches_the_route(writable):
    with TestClient(writable) as client:
        resp = client.post("/api/v1/documents", json={"text": "   "}, headers=AUTH)
        assert assert_problem(resp, 422)["reason"] == "missing_text"
        resp = client.post("/api/v1/documents", json={"text": "Berlin. Merz sagte: „Wir helfen.“",
                                                      "published": "2025-10-06"}, headers=AUTH)
        assert resp.status_code == 201, resp.text
        assert_secure(resp)


def test_errors_and_500s_carry_the_security_headers(read_only):
    def boom():
        raise RuntimeError("secret detail")

    read_only.add_api_route("/api/v1/boom", boom)
    read_only.add_api_route("/boom", boom)
    with TestClient(read_only, raise_server_exceptions=False) as client:
        resp = client.get("/api/v1/boom")
        body = assert_problem(resp, 500)
        assert "secret" not in resp.text and body["type"].endswith("/internal")
        page = client.get("/boom")
        assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
        assert "secret" not in page.text
        assert_secure(page)
        assert_problem(client.get("/api/v1/documents/nope"), 404)
        assert_problem(client.get("/api/v1/statements?limit=0"), 400)
        assert_problem(client.put("/api/v1/documents"), 405)
        assert_secure(client.get("/api/v1/stats"))
