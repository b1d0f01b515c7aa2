"""Fetching articles and feeds over HTTP, politely.

``Fetcher`` wraps one httpx client and adds what a news crawler owes the sites
it reads: a clear User-Agent, robots.txt, a minimum interval between requests
to one host, retries with exponential backoff on transient failures only, and
a cap on body size. httpx exceptions never leave this module: callers see
``FetchError`` or ``RobotsDisallowed``.

``fetch_documents`` turns URLs into documents: an article page goes to the
readers; a feed is expanded into its entries' article pages.
"""
from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable, Iterator, Mapping
from urllib.parse import urljoin

import feedparser
import httpx

from ..errors import FetchError, ResponseTooLarge, RobotsDisallowed
from ..model import Document
from .outcome import Reject
from .readers import documents_from_bytes
from .robots import MAX_ROBOTS_BYTES, RobotsPolicy, host_key, robots_policy, robots_url

MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Worth another try: the server is overloaded or briefly broken.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504}) | frozenset(range(505, 600))
# A Retry-After longer than this is cut to it, so one server cannot stall a run.
MAX_RETRY_AFTER = 60.0
# robots.txt Crawl-delay is honoured up to this many seconds.
MAX_CRAWL_DELAY = 30.0

FEED_CONTENT_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/feed+json", "application/x-rss+xml",
})


@dataclass(frozen=True)
class FetchResult:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str | None  # the full header value, charset included
    content: bytes
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names


@dataclass(frozen=True)
class FeedEntry:
    key: str  # entry id, else its link: what "seen before" is decided on
    link: str | None
    title: str | None = None
    published: date | None = None


class Fetcher:
    """A polite HTTP client; use as a context manager or call ``close()``.

    Not thread-safe: one fetcher per thread (its robots cache and rate-limit
    bookkeeping are plain dicts). ``clock`` and ``sleep`` are injectable so
    tests never wait; ``transport`` lets tests swap httpx's network layer.
    """

    def __init__(
        self,
        options,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        max_retry_after: float = MAX_RETRY_AFTER,
        transport: httpx.BaseTransport | None = None,
    ):
        self.options = options
        self.user_agent = options.user_agent
        self.retries = max(0, int(options.http_retries))
        self.backoff = max(0.0, float(options.http_backoff))
        self.min_interval = max(0.0, float(options.host_rate_limit))
        self.respect_robots = bool(options.respect_robots)
        self.max_bytes = int(options.max_input_bytes)
        self.max_retry_after = max_retry_after
        self._clock = clock
        self._sleep = sleep
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, RobotsPolicy] = {}
        self._host_interval: dict[str, float] = {}  # raised by robots.txt Crawl-delay
        self._client = httpx.Client(
            headers={"User-Agent": self.user_agent},
            timeout=httpx.Timeout(float(options.http_timeout)),
            follow_redirects=False,  # followed by hand: each hop gets robots + rate limit
            transport=transport,
        )

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # -- public ------------------------------------------------------------

    def get(self, url: str, *, headers: Mapping[str, str] | None = None) -> FetchResult:
        """GET ``url``, following up to 5 redirects.

        Returns for 2xx and 304 (the latter only answers conditional headers
        passed in ``headers``). Raises ``RobotsDisallowed`` when robots.txt
        forbids a URL on the way, ``ResponseTooLarge`` for an oversize body,
        and ``FetchError`` for anything else.
        """
        current = _checked_url(url)
        for _hop in range(MAX_REDIRECTS + 1):
            self._check_robots(current)
            response = self._get_with_retries(current, headers)
            location = response.headers.get("location")
            if response.status in REDIRECT_STATUSES and location:
                current = _checked_url(urljoin(current, location))
                continue
            if 200 <= response.status < 300 or response.status == 304:
                return dataclasses.replace(response, url=url, final_url=current)
            raise FetchError(f"GET {current} answered HTTP {response.status}"
                             + (f" (redirected from {url})" if current != url else ""),
                             hint="the server refused the request; check the URL")
        raise FetchError(f"GET {url} redirected more than {MAX_REDIRECTS} times")

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets this fetcher's user agent fetch ``url``."""
        if not self.respect_robots:
            return True
        return self._robots_for(url).can_fetch(self.user_agent, url)

    # -- robots.txt --------------------------------------------------------

    def _check_robots(self, url: str) -> None:
        if not self.allowed(url):
            policy = self._robots_for(url)
            if policy.unreachable and policy.status is None:
                raise FetchError(f"robots.txt of {host_key(url)} could not be fetched, so {url} is not "
                                 "fetched either (RFC 9309: an unreachable robots.txt disallows everything)")
            raise RobotsDisallowed(f"robots.txt of {host_key(url)} forbids {url} "
                                   f"for user agent {self.user_agent!r}"
                                   + (f" ({policy.reason})" if policy.reason else ""))

    def _robots_for(self, url: str) -> RobotsPolicy:
        host = host_key(url)
        if host not in self._robots:
            self._robots[host] = self._fetch_robots(robots_url(url))
        return self._robots[host]

    def _fetch_robots(self, url: str) -> RobotsPolicy:
        # One attempt, no retries: an unreachable robots.txt (network error, 5xx)
        # disallows everything, a 4xx allows everything (RFC 9309 2.3.1). Redirects
        # are followed (http -> https is common), as RFC 9309 asks.
        self._wait_for_host(url)
        try:
            with self._client.stream("GET", url, follow_redirects=True) as response:
                body = _read_capped(response, MAX_ROBOTS_BYTES, url, cut=True)
                policy = robots_policy(response.status_code, body)
        except (httpx.HTTPError, httpx.InvalidURL):
            policy = robots_policy(None)
        delay = policy.crawl_delay(self.user_agent)
        if delay:
            # Crawl-delay raises (never lowers) this host's interval, within reason.
            self._host_interval[host_key(url)] = min(float(delay), MAX_CRAWL_DELAY)
        return policy

    # -- requests ----------------------------------------------------------

    def _interval(self, url: str) -> float:
        return max(self.min_interval, self._host_interval.get(host_key(url), 0.0))

    def _wait_for_host(self, url: str) -> None:
        """Sleep until the host's minimum interval since our last request has passed."""
        host = host_key(url)
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self._interval(url) - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _get_with_retries(self, url: str, headers: Mapping[str, str] | None) -> FetchResult:
        attempts = self.retries + 1
        problem = ""
        cause: Exception | None = None
        for attempt in range(attempts):
            retry_after: float | None = None
            self._wait_for_host(url)
            try:
                response = self._get_once(url, headers)
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                problem, cause = _describe(exc), exc
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # not transient: no retry
                raise FetchError(f"GET {url} failed: {_describe(exc)}") from exc
            else:
                if response.status not in RETRY_STATUSES:
                    return response
                problem, cause = f"HTTP {response.status}", None
                retry_after = _retry_after_seconds(response.headers.get("retry-after"))
            if attempt + 1 < attempts:
                delay = self.backoff * (2 ** attempt)
                if retry_after is not None:
                    delay = max(delay, min(retry_after, self.max_retry_after))
                if delay > 0:
                    self._sleep(delay)
        raise FetchError(f"GET {url} failed after {attempts} attempt(s): {problem}") from cause

    def _get_once(self, url: str, headers: Mapping[str, str] | None) -> FetchResult:
        with self._client.stream("GET", url, headers=dict(headers or {})) as response:
            status = response.status_code
            # Redirects and errors: their bodies are of no use, skip reading them.
            keep_body = 200 <= status < 300
            content = _read_capped(response, self.max_bytes, url) if keep_body else b""
            return FetchResult(
                url=url,
                final_url=url,
                status=status,
                content_type=response.headers.get("content-type"),
                content=content,
                headers={k.lower(): v for k, v in response.headers.items()},
            )


def _read_capped(response: httpx.Response, limit: int, url: str, *, cut: bool = False) -> bytes:
    """Read a streamed body, stopping as soon as it passes ``limit`` bytes."""
    declared = response.headers.get("content-length", "")
    if not cut and declared.isdigit() and int(declared) > limit:
        raise ResponseTooLarge(f"GET {url}: body of {int(declared)} bytes exceeds max_input_bytes={limit}")
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > limit:
            if cut:
                return bytes(body[:limit])
            raise ResponseTooLarge(f"GET {url}: body exceeds max_input_bytes={limit}; stopped reading")
    return bytes(body)


def _checked_url(url: str) -> str:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchError(f"not a valid URL: {url!r} ({exc})") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise FetchError(f"not an http(s) URL: {url!r}")
    return url


def _describe(exc: Exception) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: either a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


# -- feeds -----------------------------------------------------------------

def is_feed(content_type: str | None, content: bytes) -> bool:
    """Whether a response is an RSS/Atom/RDF feed: by content type, else by sniffing."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in FEED_CONTENT_TYPES:
        return True
    if mime in ("text/html", "application/xhtml+xml"):
        return False
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def feed_entries(result: FetchResult) -> tuple[str | None, list[FeedEntry]]:
    """The feed's title and its entries, links made absolute against the final URL."""
    parsed = feedparser.parse(result.content, response_headers={"content-location": result.final_url})
    title = parsed.feed.get("title") or None
    entries: list[FeedEntry] = []
    keys: set[str] = set()
    for entry in parsed.entries:
        link = entry.get("link")
        link = urljoin(result.final_url, link) if link else None
        key = entry.get("id") or link
        if not key or key in keys:
            continue
        keys.add(key)
        entries.append(FeedEntry(key=key, link=link, title=entry.get("title") or None,
                                 published=_entry_date(entry)))
    return title, entries


def _entry_date(entry) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    try:
        return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
    except ValueError:
        return None


# -- documents -------------------------------------------------------------

def fetch_failure(url: str, exc: FetchError) -> Reject:
    """The Reject for a failed fetch, with the reason the error stands for."""
    if isinstance(exc, RobotsDisallowed):
        reason = "robots_disallowed"
    elif isinstance(exc, ResponseTooLarge):
        reason = "too_large"
    else:
        reason = "fetch_failed"
    return Reject(url, reason, str(exc))


def page_documents(result: FetchResult, options, *, source: str | None = None,
                   fallback_published: date | None = None) -> Iterator[Document | Reject]:
    """A fetched article page handed to the readers.

    A feed's date for the entry fills in only when the page itself gives none.
    """
    for item in documents_from_bytes(result.content, origin=result.url, options=options,
                                     content_type=result.content_type, url=result.final_url,
                                     source=source):
        if isinstance(item, Document) and item.published is None and fallback_published:
            item = dataclasses.replace(item, published=fallback_published, date_source="metadata")
        yield item


def entry_documents(fetcher: Fetcher, entry: FeedEntry, options, *, feed_url: str,
                    source: str | None = None) -> Iterator[Document | Reject]:
    """Fetch one feed entry's article page. A failing link yields its own Reject."""
    if not entry.link:
        yield Reject(f"{feed_url}#{entry.key}", "missing_text", "feed entry has no link to an article")
        return
    try:
        result = fetcher.get(entry.link)
    except FetchError as exc:
        yield fetch_failure(entry.link, exc)
        return
    yield from page_documents(result, options, source=source, fallback_published=entry.published)


def fetch_documents(urls: list[str], options, *, fetcher: Fetcher | None = None) -> Iterator[Document | Reject]:
    """Documents from URLs; a failing URL yields a Reject and the run goes on.

    A URL answering with a feed stands for its entries: each entry's link is
    fetched as an article page (the feed's own summaries are not used as
    text). A failing entry link yields a Reject with the link as origin.
    """
    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    try:
        for url in urls:
            try:
                result = fetcher.get(url)
            except FetchError as exc:
                yield fetch_failure(url, exc)
                continue
            if is_feed(result.content_type, result.content):
                # The feed's title names a section ("X – Politik"), not the outlet:
                # the source is left to the page, as for a page fetched directly.
                _title, entries = feed_entries(result)
                for entry in entries:
                    yield from entry_documents(fetcher, entry, options, feed_url=url)
            else:
                yield from page_documents(result, options)
    finally:
        if own:
            fetcher.close()
