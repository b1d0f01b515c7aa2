"""watch_feeds against a real HTTP server on 127.0.0.1 whose feed changes between rounds."""
from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from http_support import FixtureHandler, LocalServer

from lagebild.errors import ConfigError
from lagebild.ingest.fetch import Fetcher
from lagebild.ingest.outcome import Reject
from lagebild.ingest.watch import MAX_ENTRY_ATTEMPTS, MemorySeen, parse_interval, watch_feeds
from lagebild.model import Document
from lagebild.settings import make_options

FIXTURES = Path(__file__).parent / "fixtures" / "http"
ARTICLES = {
    "/artikel/stadtwerke.html": "artikel-stadtwerke.html",
    "/artikel/schulbau.html": "artikel-schulbau.html",
}


class FeedSite(FixtureHandler):
    server: "FeedServer"


    def do_GET(self) -> None:  # noqa: N802
        srv = self.server
        with srv.lock:
            srv.hits[self.path] += 1
            broken = srv.broken.get(self.path, 0)
            if broken:
                srv.broken[self.path] = broken - 1
        if broken:
            return self.send(503, b"try later", "text/plain")
        if self.path == "/feed.rss":
            body = srv.feed_xml()
            etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
            if self.headers.get("If-None-Match") == etag:
                srv.not_modified += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return None
            return self.send(200, body, "application/rss+xml; charset=utf-8", {"ETag": etag})
        if self.path in ARTICLES:
            return self.send(200, (FIXTURES / ARTICLES[self.path]).read_bytes(), "text/html; charset=utf-8")
        return self.send(404, b"not here", "text/plain")



class FeedServer(LocalServer):

    def __init__(self) -> None:
        super().__init__(FeedSite)
        self.broken: dict[str, int] = {}  # path -> how many more requests answer 503
        self.not_modified = 0
        self.items: list[tuple[str, str, str]] = []  # (guid, title, path)

    def add(self, guid: str, title: str, path: str) -> None:
        with self.lock:
            self.items.insert(0, (guid, title, path))  # newest first, as feeds list them

    def feed_xml(self) -> bytes:
        with self.lock:
            items = "".join(
                f"<item><title>{escape(title)}</title><link>{self.base}{path}</link>"
                f"<guid isPermaLink=\"false\">{guid}</guid></item>"
                for guid, title, path in self.items
            )
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                f"<title>Nordhafener Rundschau</title><link>{self.base}/</link>"
                f"<description>Nachrichten</description>{items}</channel></rss>").encode()



@pytest.fixture()
def site():
    server = FeedServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


OPTIONS = make_options({"http_timeout": 1.0, "http_retries": 0, "host_rate_limit": 0.0}, env={})


@pytest.fixture()
def fetcher():
    with Fetcher(OPTIONS, sleep=lambda s: None) as f:
        yield f


class Rounds:
    """Records what each call of ``handle`` received."""

    def __init__(self) -> None:
        self.calls: list[list[Document | Reject]] = []

    def __call__(self, items) -> None:
        self.calls.append(list(items))

    def urls(self) -> list[list[str | None]]:
        return [[getattr(i, "url", None) or i.origin for i in call] for call in self.calls]


def watch(site, fetcher, seen, handle, *, between=None, **kwargs) -> int:
    """Run the watcher with a sleep that runs ``between(round_no)`` instead of waiting."""
    rounds_slept = []

    def sleep(seconds: float) -> None:
        assert seconds == 60.0
        rounds_slept.append(seconds)
        if between:
            between(len(rounds_slept))

    return watch_feeds([site.base + "/feed.rss"], OPTIONS, every_seconds=60.0, seen=seen,
                       handle=handle, fetcher=fetcher, sleep=sleep, **kwargs)


def test_second_round_hands_over_only_the_new_item(site, fetcher):
    site.add("fernwaerme", "Fernwärme", "/artikel/stadtwerke.html")
    handle, seen = Rounds(), MemorySeen()

    def between(round_no: int) -> None:
        if round_no == 1:
            site.add("schulbau", "Schulbau", "/artikel/schulbau.html")

    rounds = watch(site, fetcher, seen, handle, between=between, max_rounds=3)
    assert rounds == 3
    # round 3 found nothing new, so handle was not called for it
    assert handle.urls() == [[site.base + "/artikel/stadtwerke.html"], [site.base + "/artikel/schulbau.html"]]
    assert all(isinstance(i, Document) for call in handle.calls for i in call)
    assert "Fernwärmenetz" in handle.calls[0][0].text and "Grundschulen" in handle.calls[1][0].text
    assert seen.keys == {"fernwaerme", "schulbau"}
    assert site.hits["/artikel/stadtwerke.html"] == 1  # never fetched again
    assert site.not_modified == 1  # round 3 used a conditional GET


def test_seen_entries_are_not_handed_over(site, fetcher):
    site.add("fernwaerme", "Fernwärme", "/artikel/stadtwerke.html")
    site.add("schulbau", "Schulbau", "/artikel/schulbau.html")
    handle = Rounds()
    watch(site, fetcher, MemorySeen({"fernwaerme"}), handle, max_rounds=1)
    assert handle.urls() == [[site.base + "/artikel/schulbau.html"]]
    assert site.hits["/artikel/stadtwerke.html"] == 0


def test_stop_event_set_by_handler_ends_the_loop(site, fetcher):
    site.add("fernwaerme", "Fernwärme", "/artikel/stadtwerke.html")
    stop = threading.Event()
    handle = Rounds()

    def handle_then_stop(items) -> None:
        handle(items)
        stop.set()

    assert watch(site, fetcher, MemorySeen(), handle_then_stop, stop=stop) == 1
    assert len(handle.calls) == 1


def test_stop_event_cuts_the_wait_short(site, fetcher):
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    started = time.monotonic()
    rounds = watch_feeds([site.base + "/feed.rss"], OPTIONS, every_seconds=30.0, seen=MemorySeen(),
                         handle=Rounds(), stop=stop, fetcher=fetcher)
    assert rounds == 1
    assert time.monotonic() - started < 5.0


def test_failing_link_is_retried_in_a_later_round(site, fetcher):
    site.add("fernwaerme", "Fernwärme", "/artikel/stadtwerke.html")
    site.broken["/artikel/stadtwerke.html"] = 1  # fails once, then works
    handle, seen = Rounds(), MemorySeen()
    watch(site, fetcher, seen, handle, max_rounds=2)
    # round 1: silent failure; round 2: the feed answers 304 but the entry is retried
    assert site.not_modified == 1
    assert handle.urls() == [[site.base + "/artikel/stadtwerke.html"]]
    assert isinstance(handle.calls[0][0], Document)
    assert seen.keys == {"fernwaerme"}


def test_link_failing_every_round_is_given_up_with_a_reject(site, fetcher):
    site.add("weg", "Gelöscht", "/artikel/geloescht.html")
    handle, seen = Rounds(), MemorySeen()
    watch(site, fetcher, seen, handle, max_rounds=MAX_ENTRY_ATTEMPTS + 2)
    assert site.hits["/artikel/geloescht.html"] == MAX_ENTRY_ATTEMPTS
    assert len(handle.calls) == 1
    [reject] = handle.calls[0]
    assert isinstance(reject, Reject) and reject.reason == "fetch_failed"
    assert reject.origin == site.base + "/artikel/geloescht.html"
    assert seen.keys == {"weg"}


def test_unreachable_feed_yields_a_reject_each_round(site, fetcher):
    site.broken["/feed.rss"] = 2
    site.add("fernwaerme", "Fernwärme", "/artikel/stadtwerke.html")
    handle = Rounds()
    watch(site, fetcher, MemorySeen(), handle, max_rounds=3)
    assert [[getattr(i, "reason", "doc") for i in call] for call in handle.calls] == [
        ["fetch_failed"], ["fetch_failed"], ["doc"]]


def test_entries_stay_unseen_when_handle_fails(site, fetcher):
    site.add("fernwaerme", "Fernwärme", "/artikel/stadtwerke.html")
    seen = MemorySeen()

    def broken_handle(items) -> None:
        raise RuntimeError("database is down")

    with pytest.raises(RuntimeError):
        watch(site, fetcher, seen, broken_handle, max_rounds=2)
    assert seen.keys == set()


def test_owns_a_fetcher_when_none_given(site):
    site.add("fernwaerme", "Fernwärme", "/artikel/stadtwerke.html")
    handle = Rounds()
    rounds = watch_feeds([site.base + "/feed.rss"], OPTIONS, every_seconds=1.0, seen=MemorySeen(),
                         handle=handle, max_rounds=1)
    assert rounds == 1 and len(handle.calls) == 1


@pytest.mark.parametrize("text, seconds", [
    ("30s", 30.0), ("15m", 900.0), ("2h", 7200.0), ("1d", 86400.0), ("90", 90.0),
    (" 1.5m ", 90.0), ("10M", 600.0), (45, 45.0), (0.5, 0.5),
])
def test_parse_interval(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("junk", ["", "abc", "15x", "-5m", "0", "0s", "1h30m", 0, -1, float("nan"), True])
def test_parse_interval_rejects_junk(junk):
    with pytest.raises(ConfigError):
        parse_interval(junk)


def test_watch_rejects_nonpositive_interval(site, fetcher):
    with pytest.raises(ConfigError):
        watch_feeds([site.base + "/feed.rss"], OPTIONS, every_seconds=0, seen=MemorySeen(),
                    handle=Rounds(), fetcher=fetcher, max_rounds=1)
