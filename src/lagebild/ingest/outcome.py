"""What a reader yields for each input item: a ``Document`` or a ``Reject``.

Readers never raise for bad input; they yield a ``Reject`` with a reason from
``errors.REJECT_REASONS`` and go on, so one broken file never stops a run.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any, Union
from urllib.parse import urlsplit

from ..errors import REJECT_REASONS, RejectedInput
from ..model import Document
from .normalize import normalize_text, normalize_title


@dataclass(frozen=True)
class Reject:
    """An input (or one record of it) that could not become a document."""

    origin: str
    reason: str
    message: str

    def __post_init__(self) -> None:
        if self.reason not in REJECT_REASONS:
            raise ValueError(f"unknown reject reason {self.reason!r}")

    @classmethod
    def from_error(cls, origin: str, error: RejectedInput) -> "Reject":
        return cls(origin, error.reason, str(error.args[0]) if error.args else error.reason)

    def to_dict(self) -> dict[str, Any]:
        return {"origin": self.origin, "reason": self.reason, "message": self.message}


Outcome = Union[Document, Reject]


@dataclass(frozen=True)
class InputContext:
    """Where an input came from and what the caller supplies for it.

    ``published``, ``lang``, ``source`` and ``url`` are fallbacks: a date,
    language, source or URL stated by the input itself (header line, JSON
    record, feed entry, WARC record) wins over them.
    """

    origin: str
    options: Any
    published: date | None = None
    lang: str | None = None
    source: str | None = None
    url: str | None = None

    def at(self, origin: str, **changes: Any) -> "InputContext":
        return dataclasses.replace(self, origin=origin, **changes)


def site_host(url: str | None) -> str | None:
    """The host of a URL without a leading "www.", as a stable source name."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def clean_field(value: Any) -> str | None:
    """A metadata string, stripped; None for anything that is not a non-empty string."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def build_document(
    raw_text: str,
    ctx: InputContext,
    *,
    published: date | None = None,
    date_source: str = "unknown",
    lang: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    external_id: str | None = None,
    empty_reason: str = "empty",
) -> Outcome:
    """Normalise the text once and fill the document, falling back to the context."""
    text = normalize_text(raw_text)
    if not text:
        return Reject(ctx.origin, empty_reason, REJECT_REASONS[empty_reason])
    if published is None and ctx.published is not None:
        published, date_source = ctx.published, "given"
    if published is None:
        date_source = "unknown"
    lang = clean_field(lang) or clean_field(ctx.lang)
    return Document(
        text=text,
        published=published,
        date_source=date_source,
        lang=lang.lower() if lang else None,
        title=normalize_title(title),
        url=clean_field(url) or clean_field(ctx.url),
        source=clean_field(source) or clean_field(ctx.source),
        origin=ctx.origin,
        external_id=external_id,
    )
