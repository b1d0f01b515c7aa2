"""RSS and Atom feeds: each entry with text becomes a document.

An entry's date is read from its own date string, so that the publisher's
local calendar day counts (feedparser's parsed dates are UTC and shift late
evening items to the next or previous day). ``updated`` stands in when an
entry has no ``published`` (Atom requires only ``updated``).
"""
from __future__ import annotations

import io
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Iterator

from ..dates import parse_date
from ..errors import RejectedInput
from .htmlpage import fragment_to_text
from .outcome import InputContext, Outcome, Reject, build_document, clean_field, site_host

# The calendar day a date string states, to check before trusting feedparser, which moves an
# impossible day on (2025-02-30 becomes 2025-03-02) instead of refusing it.
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_RFC_DAY = re.compile(r"(?:^|[\s,])(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*[\s-]+(\d{4})\b")
_MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def read_feed(data: bytes, ctx: InputContext) -> Iterator[Outcome]:
    import feedparser  # imported late: only feeds need it

    try:
        # A stream, never a str: feedparser treats strings as URLs or file names.
        parsed = feedparser.parse(io.BytesIO(data))
    # feedparser is lenient but still raises on some damage (e.g. a non-ASCII
    # byte inside the XML encoding declaration raises UnicodeDecodeError)
    except Exception as exc:  # noqa: BLE001
        yield Reject(ctx.origin, "unsupported_format", f"the feed cannot be parsed: {type(exc).__name__}: {exc}")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("version"):
            yield Reject(ctx.origin, "empty", "the feed has no entries")
        else:
            yield Reject(ctx.origin, "unsupported_format", "the XML is not an RSS or Atom feed")
        return
    feed_title = clean_field(parsed.get("feed", {}).get("title"))
    for index, entry in enumerate(entries):
        yield entry_outcome(entry, ctx.at(f"{ctx.origin}#{index}"), feed_title=feed_title)


def entry_outcome(entry: Any, ctx: InputContext, *, feed_title: str | None) -> Outcome:
    text = _entry_text(entry)
    if not text.strip():
        return Reject(ctx.origin, "missing_text", "the feed entry has no content or summary")
    try:
        published = _entry_date(entry)
    except RejectedInput as exc:
        return Reject.from_error(ctx.origin, exc)
    link = clean_field(entry.get("link"))
    return build_document(
        text,
        ctx,
        published=published,
        date_source="metadata",
        title=clean_field(entry.get("title")),
        url=link,
        source=feed_title or ctx.source or site_host(link),
        external_id=clean_field(entry.get("id")) or link,
        lang=clean_field(entry.get("language")),
        empty_reason="missing_text",
    )


def _entry_text(entry: Any) -> str:
    """The fullest text an entry carries: content, else summary; HTML stripped."""
    candidates = [c for c in entry.get("content") or [] if isinstance(c, dict)]
    if entry.get("summary_detail"):
        candidates.append(entry["summary_detail"])
    elif entry.get("summary"):
        candidates.append({"value": entry["summary"], "type": "text/html"})
    best = ""
    for item in candidates:
        value = item.get("value") or ""
        if not isinstance(value, str):
            continue
        if "html" in (item.get("type") or ""):
            value = fragment_to_text(value)
        if len(value.strip()) > len(best.strip()):
            best = value
    return best


def _entry_date(entry: Any) -> date | None:
    for key in ("published", "updated"):
        raw = clean_field(entry.get(key))
        if raw:
            return parse_date(_calendar_day(raw, entry.get(f"{key}_parsed")))
    return None


def _calendar_day(raw: str, parsed_utc: Any) -> date | str:
    try:
        return parsedate_to_datetime(raw).date()  # RFC 822, as in RSS
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()  # ISO 8601, as in Atom
    except ValueError:
        pass
    if _impossible_day(raw):
        raise RejectedInput("bad_date", f"impossible date {raw!r}")
    if parsed_utc:  # a format only feedparser knows; its UTC day is the best available
        return date(*parsed_utc[:3])
    return raw  # parse_date rejects it as bad_date


def _impossible_day(raw: str) -> bool:
    """True when raw states a year, month and day (ISO 8601 or RFC 822) that no calendar has."""
    m = _ISO_DAY.match(raw)
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _RFC_DAY.search(raw)
        if not m or m[2].lower() not in _MONTHS:
            return False
        year, month, day = int(m[3]), _MONTHS[m[2].lower()], int(m[1])
    try:
        date(year, month, day)
    except ValueError:
        return True
    return False
