"""robots.txt: where it lives and how an answer to fetching it becomes a policy.

The fetching itself is the ``Fetcher``'s job (it owns the HTTP client, the rate
limit and the per-host cache); this module only interprets what came back, through
protego (RFC 9309: ``*`` and ``$`` wildcards, the longest matching rule wins, Allow
over Disallow on a tie).
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

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


@dataclass(frozen=True)
class RobotsPolicy:
    """What one host's robots.txt answer allows: the parsed rules, or all, or nothing.

    ``unreachable`` marks a complete disallow because the file could not be read
    (network error or 5xx), not because the site said so; ``status`` is the HTTP
    status of the answer, None where none came.
    """

    status: int | None = None
    rules: Protego | None = None
    allow_all: bool = False
    reason: str = ""
    unreachable: bool = False

    def can_fetch(self, user_agent: str, url: str) -> bool:
        """Whether ``user_agent`` may fetch ``url`` (the argument order of ``urllib.robotparser``)."""
        if self.rules is not None:
            return self.rules.can_fetch(url, user_agent)
        return self.allow_all

    def crawl_delay(self, user_agent: str) -> float | None:
        """The Crawl-delay for ``user_agent`` in seconds, or None."""
        return self.rules.crawl_delay(user_agent) if self.rules is not None else None


def robots_policy(status: int | None, body: bytes = b"") -> RobotsPolicy:
    """The policy for a robots.txt answer, as RFC 9309 (section 2.3.1) says.

    2xx: the rules in the file. 4xx (404, 410, also 401 and 403) and a 3xx left
    over after following redirects: "unavailable", everything is allowed. 5xx, or
    ``status`` None (the file could not be reached at all): "unreachable",
    everything is disallowed.
    """
    if status is not None and 200 <= status < 300:
        text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        return RobotsPolicy(status, rules=Protego.parse(text))
    if status is not None and 300 <= status < 500:
        return RobotsPolicy(status, allow_all=True, reason=f"robots.txt answered HTTP {status}: no rules")
    what = "could not be fetched" if status is None else f"answered HTTP {status}"
    return RobotsPolicy(status, allow_all=False, unreachable=True,
                        reason=f"robots.txt {what}; RFC 9309 says to fetch nothing from the host then")
