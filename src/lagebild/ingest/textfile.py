"""Plain text and the seed format: an optional ``date YYYY-MM-DD`` header line.

Seed files put the article on the header line itself, after the date
(`` date 2025-09-04 Darüber hinaus ...``); an optional ``title: ...`` line may
follow a header line that ends after the date.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..dates import parse_date
from ..errors import RejectedInput
from .normalize import decode_bytes, normalize_text
from .outcome import InputContext, Outcome, Reject, build_document

# Text is normalised (left-stripped) before matching, so the header starts at 0.
_DATE_HEADER = re.compile(r"date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?=[ \t\n]|$)[ \t]*", re.IGNORECASE)
_TITLE_LINE = re.compile(r"\ntitle:[ \t]*([^\n]*)(?:\n|$)", re.IGNORECASE)


def read_text(data: bytes, ctx: InputContext, *, charset: str | None = None) -> Iterator[Outcome]:
    try:
        raw = decode_bytes(data, declared=charset)
    except RejectedInput as exc:
        yield Reject.from_error(ctx.origin, exc)
        return
    yield text_outcome(raw, ctx)


def text_outcome(raw: str, ctx: InputContext) -> Outcome:
    """A document from decoded text; the header date, if any, is validated."""
    text = normalize_text(raw)
    header = _DATE_HEADER.match(text)
    if header is None:
        return build_document(text, ctx)
    try:
        published = parse_date(header[1])
    except RejectedInput as exc:
        return Reject.from_error(ctx.origin, exc)
    body, title = text[header.end():], None
    title_line = _TITLE_LINE.match(body)
    if title_line:
        body, title = body[title_line.end():], title_line[1]
    return build_document(body, ctx, published=published, date_source="header", title=title)
