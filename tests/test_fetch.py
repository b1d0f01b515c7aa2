"""Fetcher and fetch_documents against a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from http_support import FixtureHandler, LocalServer

from lagebild.errors import FetchError, RobotsDisallowed
from lagebild.ingest.fetch import Fetcher, FetchResult, ResponseTooLarge, fetch_documents, is_feed
from lagebild.ingest.outcome import Reject
from lagebild.model import Document
from lagebild.settings import make_options

FIXTURES = Path(__file__).parent / "fixtures" / "http"
ROBOTS = b"User-agent: *\nDisallow: /privat/\n"
SLOW_SECONDS = 2.0
TIMEOUT = 0.5  # generous enough for a loaded machine; the slow endpoint sleeps four times longer


class FakeClock:
    """A monotonic clock that only moves when something sleeps on it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Site(FixtureHandler):
    """Serves the fixtures plus endpoints that misbehave on purpose."""

    server: "SiteServer"


    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        srv = self.server
        path = self.path.split("?")[0]
        with srv.lock:
            srv.hits[path] += 1
            hit = srv.hits[path]
            srv.log.append((path, srv.clock() if srv.clock else None, self.headers.get("User-Agent")))
        if path == "/robots.txt":
            status, body = srv.robots
            return self.send(status, body, "text/plain")
        if path in srv.files:
            name, ctype = srv.files[path]
            body = (FIXTURES / name).read_bytes().replace(b"__BASE__", srv.base.encode())
            return self.send(200, body, ctype)
        if path == "/slow":
            time.sleep(SLOW_SECONDS)
            return self.send(200, b"too late", "text/plain")
        if path == "/flaky":
            if hit <= 2:
                return self.send(500, b"oops", "text/plain")
            return self.send(200, (FIXTURES / "artikel-stadtwerke.html").read_bytes(), "text/html; charset=utf-8")
        if path == "/always-500":
            return self.send(500, b"broken", "text/plain")
        if path == "/busy":
            if hit == 1:
                return self.send(429, b"slow down", "text/plain", {"Retry-After": "7"})
            return self.send(200, b"ok now", "text/plain")
        if path == "/redirect":
            return self.send(301, b"", "text/plain", {"Location": "/artikel/stadtwerke.html"})
        if path == "/redirect-private":
            return self.send(302, b"", "text/plain", {"Location": "/privat/geheim.html"})
        if path == "/loop":
            return self.send(302, b"", "text/plain", {"Location": "/loop"})
        if path == "/big":
            return self.send(200, b"x" * 5000, "text/plain")
        if path == "/big-undeclared":
            # No Content-Length: the client only learns the size by reading.
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"y" * 1000)
            return None
        return self.send(404, b"not here", "text/plain")



class SiteServer(LocalServer):

    def __init__(self) -> None:
        super().__init__(Site)
        self.log: list[tuple[str, float | None, str | None]] = []
        self.clock = None
        self.robots: tuple[int, bytes] = (200, ROBOTS)
        self.files = {
            "/artikel/stadtwerke.html": ("artikel-stadtwerke.html", "text/html; charset=utf-8"),
            "/artikel/schulbau.html": ("artikel-schulbau.html", "text/html; charset=utf-8"),
            "/artikel/faehre.html": ("artikel-ohne-datum.html", "text/html; charset=utf-8"),
            "/privat/geheim.html": ("artikel-schulbau.html", "text/html; charset=utf-8"),
            "/feed.rss": ("feed.rss", "application/rss+xml; charset=utf-8"),
            "/feed.atom": ("feed.atom", "application/atom+xml"),
            "/feed.xml": ("feed.rss", "text/xml"),  # generic type: must be sniffed
        }




@pytest.fixture()
def site():
    server = SiteServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def options(**overrides):
    base = {"http_timeout": TIMEOUT, "http_retries": 2, "http_backoff": 0.5,
            "host_rate_limit": 0.0, "user_agent": "lagebild-test/1.0 (+https://example.org)"}
    return make_options({**base, **overrides}, env={})


@pytest.fixture()
def clock():
    return FakeClock()


def fetcher(clock: FakeClock, **overrides) -> Fetcher:
    return Fetcher(options(**overrides), clock=clock, sleep=clock.sleep)


# -- Fetcher.get --------------------------------------------------------------

def test_get_returns_page_with_user_agent(site, clock):
    with fetcher(clock) as f:
        result = f.get(site.url("/artikel/stadtwerke.html"))
    assert isinstance(result, FetchResult)
    assert result.status == 200
    assert result.final_url == result.url == site.url("/artikel/stadtwerke.html")
    assert result.content_type.startswith("text/html")
    assert "Fernwärmenetz".encode() in result.content
    assert result.headers["content-type"] == result.content_type
    assert all(ua == "lagebild-test/1.0 (+https://example.org)" for _, _, ua in site.log)


def test_slow_endpoint_is_retried_then_fails(site, clock):
    with fetcher(clock) as f, pytest.raises(FetchError) as err:
        f.get(site.url("/slow"))
    assert site.hits["/slow"] == 3  # one try + two retries
    assert "3 attempt(s)" in str(err.value) and "Timeout" in str(err.value)
    assert clock.sleeps == [0.5, 1.0]  # exponential backoff
    assert not isinstance(err.value.__cause__, FetchError)  # httpx error kept as cause only


def test_flaky_endpoint_succeeds_on_third_try(site, clock):
    with fetcher(clock) as f:
        result = f.get(site.url("/flaky"))
    assert result.status == 200
    assert site.hits["/flaky"] == 3


def test_always_500_fails_after_retries(site, clock):
    with fetcher(clock) as f, pytest.raises(FetchError, match="HTTP 500"):
        f.get(site.url("/always-500"))
    assert site.hits["/always-500"] == 3


def test_retry_after_is_honoured_up_to_a_cap(site, clock):
    with Fetcher(options(), clock=clock, sleep=clock.sleep) as f:
        assert f.get(site.url("/busy")).content == b"ok now"
    assert clock.sleeps == [7.0]
    site.hits.clear()
    capped = FakeClock()
    with Fetcher(options(), clock=capped, sleep=capped.sleep, max_retry_after=2.0) as f:
        f.get(site.url("/busy"))
    assert capped.sleeps == [2.0]


def test_404_is_not_retried(site, clock):
    with fetcher(clock) as f, pytest.raises(FetchError, match="HTTP 404"):
        f.get(site.url("/gibt-es-nicht"))
    assert site.hits["/gibt-es-nicht"] == 1
    assert clock.sleeps == []


def test_redirect_is_followed_and_final_url_recorded(site, clock):
    with fetcher(clock) as f:
        result = f.get(site.url("/redirect"))
    assert result.url == site.url("/redirect")
    assert result.final_url == site.url("/artikel/stadtwerke.html")
    assert "Fernwärmenetz".encode() in result.content


def test_redirect_loop_stops(site, clock):
    with fetcher(clock) as f, pytest.raises(FetchError, match="redirected more than 5"):
        f.get(site.url("/loop"))
    assert site.hits["/loop"] == 6


def test_robots_disallowed_path(site, clock):
    with fetcher(clock) as f:
        with pytest.raises(RobotsDisallowed, match="robots.txt"):
            f.get(site.url("/privat/geheim.html"))
        # a redirect into a forbidden path is refused as well
        with pytest.raises(RobotsDisallowed):
            f.get(site.url("/redirect-private"))
        f.get(site.url("/artikel/schulbau.html"))
    assert site.hits["/privat/geheim.html"] == 0
    assert site.hits["/robots.txt"] == 1  # fetched once per host


# RFC 9309 2.3.1: 4xx = "unavailable" (allow all), 5xx = "unreachable" (disallow all).
@pytest.mark.parametrize("status, allowed", [(404, True), (410, True), (403, True), (401, True),
                                             (500, False), (503, False)])
def test_robots_answer_statuses(site, clock, status, allowed):
    site.robots = (status, b"User-agent: *\nDisallow: /\n")
    with fetcher(clock) as f:
        assert f.allowed(site.url("/artikel/schulbau.html")) is allowed
        if allowed:
            assert f.get(site.url("/artikel/schulbau.html")).status == 200
        else:
            with pytest.raises(RobotsDisallowed, match=f"HTTP {status}"):
                f.get(site.url("/artikel/schulbau.html"))
    assert site.hits["/robots.txt"] == 1  # never retried
    assert site.hits["/artikel/schulbau.html"] == (1 if allowed else 0)


def test_robots_wildcards_and_longest_match(site, clock):
    site.robots = (200, b"User-agent: *\nDisallow: /*?print=\nDisallow: /*.pdf$\n"
                        b"Disallow: /privat/\nAllow: /privat/offen\n")
    with fetcher(clock) as f:
        with pytest.raises(RobotsDisallowed):
            f.get(site.url("/artikel/stadtwerke.html?print=1"))  # "*" wildcard
        assert f.allowed(site.url("/privat/offen.html"))  # the longer (more specific) Allow wins
        assert not f.allowed(site.url("/privat/geheim.html"))
        assert not f.allowed(site.url("/dokument.pdf")) and f.allowed(site.url("/dokument.pdf.html"))  # "$"
        assert f.get(site.url("/artikel/stadtwerke.html")).status == 200
    assert site.hits["/artikel/stadtwerke.html"] == 1  # only the allowed one, not the ?print= one


def test_robots_crawl_delay_raises_the_interval(site, clock):
    site.robots = (200, b"User-agent: lagebild-test\nCrawl-delay: 5\nDisallow: /privat/\n")
    with fetcher(clock, host_rate_limit=1.0) as f:
        f.get(site.url("/artikel/stadtwerke.html"))
        f.get(site.url("/artikel/schulbau.html"))
    assert clock.sleeps == [5.0, 5.0]  # robots.txt -> page -> page


def test_robots_ignored_when_disabled(site, clock):
    with fetcher(clock, respect_robots=False) as f:
        assert f.get(site.url("/privat/geheim.html")).status == 200
    assert site.hits["/robots.txt"] == 0


def test_rate_limit_spaces_requests_to_one_host(site, clock):
    site.clock = clock
    with fetcher(clock, host_rate_limit=2.0) as f:
        for path in ("/artikel/stadtwerke.html", "/artikel/schulbau.html", "/feed.rss"):
            f.get(site.url(path))
    times = [t for _, t, _ in site.log]
    assert [p for p, _, _ in site.log][0] == "/robots.txt"  # counts as a request too
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert len(gaps) == 3 and all(g >= 2.0 for g in gaps)


def test_oversize_body_is_refused(site, clock):
    with fetcher(clock, max_input_bytes=1000) as f:
        with pytest.raises(ResponseTooLarge, match="max_input_bytes=1000"):
            f.get(site.url("/big"))
        with pytest.raises(ResponseTooLarge, match="stopped reading"):
            f.get(site.url("/big-undeclared"))
    assert site.hits["/big"] == 1  # not retried


def test_bad_urls_raise_fetch_error(clock):
    with fetcher(clock) as f:
        for url in ("ftp://example.org/x", "not a url", "http://"):
            with pytest.raises(FetchError):
                f.get(url)


def test_unreachable_host_is_fetch_error(clock):
    # a port nobody listens on: connection refused, retried, then FetchError
    probe = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = probe.server_address[1]
    probe.server_close()
    with fetcher(clock, respect_robots=False) as f, pytest.raises(FetchError, match="3 attempt"):
        f.get(f"http://127.0.0.1:{port}/x")
    # with robots.txt respected, its being unreachable already stops the fetch (RFC 9309)
    with fetcher(clock) as f:
        assert not f.allowed(f"http://127.0.0.1:{port}/x")
        with pytest.raises(FetchError, match="robots.txt .* could not be fetched") as err:
            f.get(f"http://127.0.0.1:{port}/x")
    assert not isinstance(err.value, RobotsDisallowed)  # reported as a fetch failure


def test_is_feed_by_type_and_sniffing():
    rss = (FIXTURES / "feed.rss").read_bytes()
    assert is_feed("application/rss+xml", b"")
    assert is_feed("text/xml", rss)
    assert is_feed(None, (FIXTURES / "feed.atom").read_bytes())
    assert not is_feed("text/html; charset=utf-8", rss)
    assert not is_feed(None, (FIXTURES / "artikel-stadtwerke.html").read_bytes())


# -- fetch_documents -----------------------------------------------------------

def run(urls, site, clock, **overrides):
    with fetcher(clock, **overrides) as f:
        return list(fetch_documents(urls, f.options, fetcher=f))


def test_article_page_becomes_document(site, clock):
    items = run([site.url("/redirect")], site, clock)
    assert len(items) == 1 and isinstance(items[0], Document)
    doc = items[0]
    assert "Fernwärmenetz" in doc.text and "Preisgarantie" in doc.text
    assert "Meistgelesen" not in doc.text and "Impressum" not in doc.text  # page chrome dropped
    assert doc.url == site.url("/artikel/stadtwerke.html")  # the final URL
    assert doc.origin == site.url("/redirect")  # what was asked for
    assert doc.title == "Stadtwerke Nordhafen wollen Fernwärmenetz bis 2030 verdoppeln"
    assert doc.published == date(2024, 3, 14)


@pytest.mark.parametrize("feed", ["/feed.rss", "/feed.xml"])
def test_rss_feed_expands_to_its_articles(site, clock, feed):
    items = run([site.url(feed)], site, clock)
    assert [type(i) for i in items] == [Document, Document]
    assert [d.url for d in items] == [site.url("/artikel/stadtwerke.html"), site.url("/artikel/schulbau.html")]
    assert "Grundschulen" in items[1].text
    assert [d.published for d in items] == [date(2024, 3, 14), date(2024, 3, 15)]


def test_atom_feed_with_a_dead_link(site, clock):
    items = run([site.url("/feed.atom")], site, clock)
    docs = [i for i in items if isinstance(i, Document)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [d.url for d in docs] == [site.url("/artikel/stadtwerke.html"), site.url("/artikel/faehre.html")]
    assert (docs[0].published, docs[0].date_source) == (date(2024, 3, 14), "html")
    # the page states no date: the feed entry's date fills in
    assert (docs[1].published, docs[1].date_source) == (date(2024, 3, 13), "metadata")
    assert len(rejects) == 1
    assert rejects[0].origin == site.url("/artikel/geloescht.html")
    assert rejects[0].reason == "fetch_failed" and "404" in rejects[0].message


def test_failures_become_rejects_and_run_goes_on(site, clock):
    urls = [site.url("/always-500"), site.url("/privat/geheim.html"),
            site.url("/big"), site.url("/artikel/schulbau.html")]
    items = run(urls, site, clock, max_input_bytes=4000)
    assert [getattr(i, "reason", None) for i in items] == ["fetch_failed", "robots_disallowed", "too_large", None]
    assert [i.origin for i in items[:3]] == urls[:3]
    assert isinstance(items[3], Document)


def test_fetch_documents_owns_a_fetcher_when_none_given(site):
    items = list(fetch_documents([site.url("/artikel/schulbau.html")], options()))
    assert len(items) == 1 and isinstance(items[0], Document)
