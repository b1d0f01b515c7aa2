"""Watching feeds: poll them on an interval and hand over only what is new.

Each round fetches every feed (with a conditional GET when the feed sent an
ETag or Last-Modified before), fetches the article page of each entry not seen
before, and calls ``handle`` once with that round's documents and rejects.
"What is new" is decided by a ``seen`` object: the SQLite store provides one,
``MemorySeen`` serves tests and one-off runs.
"""
from __future__ import annotations

import math
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from ..errors import ConfigError, FetchError
from ..model import Document
from .fetch import FeedEntry, Fetcher, entry_documents, feed_entries, fetch_failure, is_feed
from .outcome import Reject

# A link that fails this many rounds in a row is given up: marked seen and
# its Reject handed over. Before that a failure stays silent and is retried,
# so a briefly unreachable article is not lost.
MAX_ENTRY_ATTEMPTS = 3

_UNITS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?|\.\d+)\s*([smhd]?)\s*$", re.IGNORECASE)


def parse_interval(value: str | int | float) -> float:
    """Seconds from "30s", "15m", "2h", "1d" or plain seconds ("90", 90)."""
    if isinstance(value, bool):
        raise ConfigError(f"not an interval: {value!r}")
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        match = _INTERVAL.match(str(value))
        if not match:
            raise ConfigError(f"not an interval: {value!r}; use e.g. 30s, 15m, 2h, 1d or seconds")
        seconds = float(match[1]) * _UNITS[match[2].lower()]
    if not math.isfinite(seconds) or seconds <= 0:
        raise ConfigError(f"an interval must be more than zero seconds, got {value!r}")
    return seconds


class SeenKeys(Protocol):
    """What the watcher needs to remember entries across rounds (and runs)."""

    def seen_has(self, key: str) -> bool: ...

    def seen_add(self, key: str) -> None: ...


class MemorySeen:
    """Seen keys kept in memory; forgotten when the process ends."""

    def __init__(self, keys: set[str] | None = None) -> None:
        self.keys: set[str] = set(keys or ())

    def seen_has(self, key: str) -> bool:
        return key in self.keys

    def seen_add(self, key: str) -> None:
        self.keys.add(key)


@dataclass
class _FeedState:
    etag: str | None = None
    last_modified: str | None = None
    # entries whose link failed and are retried; a 304 must not hide them
    pending: dict[str, FeedEntry] = field(default_factory=dict)

    def conditional_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class FeedWatcher:
    """The state kept between rounds: per-feed validators and failing links."""

    def __init__(self, feeds: list[str], options, *, seen: SeenKeys, fetcher: Fetcher):
        self.feeds = list(feeds)
        self.options = options
        self.seen = seen
        self.fetcher = fetcher
        self._state: dict[str, _FeedState] = {url: _FeedState() for url in self.feeds}
        self._failures: dict[str, int] = {}  # entry key -> rounds its link failed in a row

    def poll(self, stop: threading.Event | None = None) -> tuple[list[Document | Reject], list[str]]:
        """One round: the new items and the keys to mark seen once they are handled."""
        items: list[Document | Reject] = []
        done: list[str] = []
        for feed_url in self.feeds:
            if stop is not None and stop.is_set():
                break
            for entry in self._new_entries(feed_url, items):
                if entry.key in done:  # the same entry listed by two feeds
                    continue
                if self._take_entry(entry, feed_url, items):
                    done.append(entry.key)
        return items, done

    def _new_entries(self, feed_url: str, items: list) -> list[FeedEntry]:
        """The feed's entries not seen before (a failing feed adds its Reject to ``items``)."""
        state = self._state[feed_url]
        try:
            result = self.fetcher.get(feed_url, headers=state.conditional_headers())
        except FetchError as exc:
            items.append(fetch_failure(feed_url, exc))
            return []
        if result.status == 304:  # unchanged since the last round
            return [e for e in state.pending.values() if not self.seen.seen_has(e.key)]
        if not is_feed(result.content_type, result.content):
            items.append(Reject(feed_url, "unsupported_format",
                                f"{feed_url} is not an RSS or Atom feed ({result.content_type or 'no content type'})"))
            return []
        state.etag = result.headers.get("etag")
        state.last_modified = result.headers.get("last-modified")
        _title, entries = feed_entries(result)
        return [e for e in entries if not self.seen.seen_has(e.key)]

    def _take_entry(self, entry: FeedEntry, feed_url: str, items: list) -> bool:
        """Fetch one new entry; True when it is finished with, False to retry next round."""
        state = self._state[feed_url]
        outcomes = list(entry_documents(self.fetcher, entry, self.options, feed_url=feed_url))
        if any(isinstance(o, Reject) and o.reason == "fetch_failed" for o in outcomes):
            self._failures[entry.key] = self._failures.get(entry.key, 0) + 1
            if self._failures[entry.key] < MAX_ENTRY_ATTEMPTS:
                state.pending[entry.key] = entry
                return False
        self._failures.pop(entry.key, None)
        state.pending.pop(entry.key, None)
        items.extend(outcomes)
        return True


def watch_feeds(
    feeds: list[str],
    options,
    *,
    every_seconds: float,
    seen: SeenKeys,
    handle: Callable[[list[Document | Reject]], Any],
    stop: threading.Event | None = None,
    max_rounds: int | None = None,
    fetcher: Fetcher | None = None,
    sleep: Callable[[float], None] = time.sleep,
    after_round: Callable[[], Any] | None = None,
) -> int:
    """Poll ``feeds`` every ``every_seconds`` and hand new entries to ``handle``.

    ``handle`` is called once per round that found something new, with that
    round's documents and rejects (a feed that cannot be fetched yields a
    Reject every round). Keys are marked seen only after ``handle`` returns,
    so if it raises, the entries come again next time. Runs until ``stop`` is
    set or ``max_rounds`` rounds have run; returns the number of rounds run.
    With the default ``sleep`` a set ``stop`` also cuts the wait short. ``after_round`` (if
    given) is called after every round, new entries or not (`watch --alerts` sends its alerts).
    """
    if every_seconds <= 0:
        raise ConfigError(f"every_seconds must be more than zero, got {every_seconds!r}")
    # Waiting on the event wakes up as soon as stop is set; an injected sleep is
    # used as given (tests), with stop checked after it.
    wait = stop.wait if (stop is not None and sleep is time.sleep) else sleep
    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    watcher = FeedWatcher(feeds, options, seen=seen, fetcher=fetcher)
    rounds = 0
    try:
        while not (stop is not None and stop.is_set()):
            items, keys = watcher.poll(stop)
            rounds += 1
            if items:
                handle(items)
            for key in keys:
                seen.seen_add(key)
            if after_round is not None:
                after_round()
            if max_rounds is not None and rounds >= max_rounds:
                break
            if stop is not None and stop.is_set():
                break
            wait(every_seconds)
    finally:
        if own:
            fetcher.close()
    return rounds
