"""robots.txt: where it lives and how an answer to fetching it becomes a policy.

The fetching itself is the ``Fetcher``'s job (it owns the HTTP client, the rate
limit and the per-host cache); this module only interprets what came back.
"""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

# A robots.txt larger than this is cut; Google reads only the first 500 KiB too.
MAX_ROBOTS_BYTES = 512 * 1024


def robots_url(url: str) -> str:
    """The robots.txt URL that governs ``url`` (same scheme, host and port)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def host_key(url: str) -> str:
    """scheme://host:port in lower case: the unit robots.txt and rate limits apply to."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def robots_policy(status: int | None, body: bytes = b"") -> RobotFileParser:
    """A parser for a robots.txt answer.

    ``status`` None means the file could not be reached at all. Following the
    usual crawler convention (RFC 9309): unreachable, 404 and other 4xx and
    5xx answers allow everything; 401 and 403 mean the site keeps us out, so
    everything is disallowed.
    """
    parser = RobotFileParser()
    if status in (401, 403):
        parser.disallow_all = True
    elif status is not None and 200 <= status < 300:
        text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        parser.parse(text.splitlines())
    else:
        parser.allow_all = True
    return parser
