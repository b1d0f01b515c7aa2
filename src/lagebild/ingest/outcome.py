"""What a reader yields for each input item: a ``Document`` or a ``Reject``.

Readers never raise for bad input; they yield a ``Reject`` with a reason from
``errors.REJECT_REASONS`` and go on, so one broken file never stops a run. What they
did not foresee is caught per input by ``guarded`` (reason ``analysis_failed``).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator, Union
from urllib.parse import urlsplit

from ..errors import REJECT_REASONS, RejectedInput
from ..model import Document
from .normalize import normalize_text, normalize_title, valid_unicode

_SURROGATE = re.compile("[\ud800-\udfff]")
# Used when the options carry no max_text_chars (settings.MAX_TEXT_CHARS).
_MAX_TEXT_CHARS = 1_000_000


def printable(text: str) -> str:
    """``text`` with every surrogate shown as an escape: a byte of a file name that is not
    UTF-8 (``os.fsdecode`` makes it U+DC80..U+DCFF) as ``\\xNN``, any other as ``\\uNNNN``.
    Such a string can be printed, stored and compared; text without surrogates is unchanged."""
    def escape(m: re.Match) -> str:
        code = ord(m[0])
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"
    return _SURROGATE.sub(escape, text)


def bad_filename(path: str) -> "Reject | None":
    """A ``bad_filename`` reject for a path whose name is not valid UTF-8, else None."""
    if not _SURROGATE.search(path):
        return None
    return Reject(path, "bad_filename", "the file name is not valid UTF-8; rename the file (origin shows the bytes as \\xNN)")


def guarded(origin: str, outcomes: Iterator["Outcome"], stage: str = "read") -> Iterator["Outcome"]:
    """The outcomes of one input; an unexpected error while reading it ends that input with an
    ``analysis_failed`` reject (the stage and the error class in the message) instead of the run."""
    try:
        yield from outcomes
    except Exception as exc:  # noqa: BLE001 - the boundary: one input never stops a run
        yield failed(origin, exc, stage)


def or_empty(origin: str, outcomes: Iterator["Outcome"], why: str) -> Iterator["Outcome"]:
    """``outcomes``, or one ``empty`` reject saying ``why`` when there are none: an input that
    holds nothing is still accounted for."""
    yielded = False
    for outcome in outcomes:
        yielded = True
        yield outcome
    if not yielded:
        yield Reject(origin, "empty", why)


def failed(origin: str, exc: BaseException, stage: str = "read") -> "Reject":
    """The ``analysis_failed`` reject of an input on which ``stage`` raised ``exc``."""
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    return Reject(origin, "analysis_failed", f"stage {stage}: {type(exc).__name__}" + (f": {detail}" if detail else ""))


@dataclass(frozen=True)
class Reject:
    """An input (or one record of it) that could not become a document."""

    origin: str
    reason: str
    message: str

    def __post_init__(self) -> None:
        if self.reason not in REJECT_REASONS:
            raise ValueError(f"unknown reject reason {self.reason!r}")
        # origins and messages are stored and printed: no surrogates (a file name not in UTF-8)
        object.__setattr__(self, "origin", printable(self.origin))
        object.__setattr__(self, "message", printable(self.message))

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
    """A metadata string, stripped, unpaired surrogates as U+FFFD; None for anything that is not a non-empty string."""
    if isinstance(value, str):
        value = valid_unicode(value).strip()
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
    """Normalise the text once and fill the document, falling back to the context.

    A text longer than the setting ``max_text_chars`` (after normalisation) is rejected as
    ``too_large``: no document reaches the analysis longer than spaCy accepts.
    """
    text = normalize_text(raw_text)
    if not text:
        return Reject(ctx.origin, empty_reason, REJECT_REASONS[empty_reason])
    limit = getattr(ctx.options, "max_text_chars", _MAX_TEXT_CHARS)
    if len(text) > limit:
        return Reject(ctx.origin, "too_large", f"the text has {len(text)} characters, more than max_text_chars ({limit})")
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
        origin=printable(ctx.origin),
        external_id=valid_unicode(external_id) if isinstance(external_id, str) else external_id,
    )
