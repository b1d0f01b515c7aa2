"""JSON Lines (one article record per line) and JSON (one record or a list).

Record fields: id, url, published, title, text, lang, source. A JSON Lines
file is a container: it is read line by line and ``max_input_bytes`` limits
each record, not the file.
"""
from __future__ import annotations

import json
from typing import Any, BinaryIO, Iterator

from ..dates import parse_date
from ..errors import RejectedInput
from .normalize import decode_bytes
from .outcome import InputContext, Outcome, Reject, build_document, clean_field, failed, or_empty


def iter_lines(stream: BinaryIO, max_bytes: int, *, first: int = 1,
               count: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line, None for a line over max_bytes (then skipped).

    The stream's first line is number ``first``; at most ``count`` lines are read.
    """
    number = first - 1
    last = None if count is None else first - 1 + count
    while last is None or number < last:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = stream.readline(1 << 20)
            yield number, None
            continue
        yield number, line


def read_jsonl(stream: BinaryIO, ctx: InputContext) -> Iterator[Outcome]:
    return or_empty(ctx.origin, jsonl_records(stream, ctx), "the JSON Lines input holds no records")


def jsonl_records(stream: BinaryIO, ctx: InputContext, *, first: int = 1,
                  count: int | None = None) -> Iterator[Outcome]:
    """An outcome per non-blank line; the stream starts at line ``first``, ``count`` lines at most.

    Distributed runs read a file in line ranges with this, exactly as ``read_jsonl`` reads it whole.
    """
    limit = ctx.options.max_input_bytes
    for number, line in iter_lines(stream, limit, first=first, count=count):
        origin = f"{ctx.origin}:{number}"
        if line is None:
            yield Reject(origin, "too_large", f"record is larger than max_input_bytes ({limit})")
            continue
        if not line.strip():
            continue
        try:
            text = decode_bytes(line.strip())
        except RejectedInput as exc:
            yield Reject.from_error(origin, exc)
            continue
        try:
            outcome = _record_from_json(text, ctx.at(origin))
        except Exception as exc:  # noqa: BLE001 - one record never ends the file
            outcome = failed(origin, exc)
        yield outcome


def read_json(data: bytes, ctx: InputContext) -> Iterator[Outcome]:
    """A JSON document: one record object, or a list of them (origin ``file#index``)."""
    try:
        value = _loads(decode_bytes(data))
    except RejectedInput as exc:
        yield Reject.from_error(ctx.origin, exc)
        return
    if isinstance(value, list):
        if not value:
            yield Reject(ctx.origin, "empty", "the JSON list holds no records")
        for index, item in enumerate(value):
            yield record_outcome(item, ctx.at(f"{ctx.origin}#{index}"))
    else:
        yield record_outcome(value, ctx)


def _record_from_json(text: str, ctx: InputContext) -> Outcome:
    try:
        return record_outcome(_loads(text), ctx)
    except RejectedInput as exc:
        return Reject.from_error(ctx.origin, exc)


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise RejectedInput("malformed_json", f"not valid JSON: {exc}") from exc


def record_outcome(record: Any, ctx: InputContext) -> Outcome:
    """A document from one record; ``published`` in the record has date_source 'metadata'."""
    if not isinstance(record, dict):
        return Reject(ctx.origin, "malformed_json", f"a record must be a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Reject(ctx.origin, "missing_text", "the record has no 'text' string")
    published = None
    raw_date = record.get("published")
    if raw_date not in (None, ""):
        if not isinstance(raw_date, str):
            return Reject(ctx.origin, "bad_date", f"'published' must be a YYYY-MM-DD string, got {raw_date!r}")
        try:
            published = parse_date(raw_date)
        except RejectedInput as exc:
            return Reject.from_error(ctx.origin, exc)
    record_id = record.get("id")
    external_id = str(record_id) if isinstance(record_id, (str, int)) and not isinstance(record_id, bool) else None
    return build_document(
        text,
        ctx,
        published=published,
        date_source="metadata",
        lang=clean_field(record.get("lang")),
        title=clean_field(record.get("title")),
        url=clean_field(record.get("url")),
        source=clean_field(record.get("source")),
        external_id=clean_field(external_id),
        empty_reason="missing_text",
    )
