"""Conversions between model objects and table rows."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone
from typing import Any

from ..errors import QueryError
from ..model import Document, Span

DOCUMENT_COLUMNS = ("id", "text", "published", "date_source", "lang", "title", "url",
                    "source", "origin", "external_id")


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def iso_day(value: date | str | None, name: str) -> str | None:
    """A date filter as an ISO string; a bad string is the caller's error."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError as exc:
        raise QueryError(f"{name} must be an ISO date like 2025-09-04, got {value!r}") from exc


def document_values(doc: Document) -> tuple[Any, ...]:
    return (doc.id, doc.text, doc.published.isoformat() if doc.published else None, doc.date_source,
            doc.lang, doc.title, doc.url, doc.source, doc.origin, doc.external_id)


def document_from_row(row: sqlite3.Row) -> Document:
    published = date.fromisoformat(row["published"]) if row["published"] else None
    return Document(text=row["text"], published=published, date_source=row["date_source"],
                    lang=row["lang"], title=row["title"], url=row["url"], source=row["source"],
                    origin=row["origin"], external_id=row["external_id"], id=row["id"])


def joined_text(spans: list[Span]) -> str:
    """The text of (possibly discontinuous) spans, for columns and search."""
    return " … ".join(s.text for s in spans)
