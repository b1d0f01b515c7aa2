"""WARC archives (plain or gzip): each HTML response becomes a document.

Only successful (2xx) response and resource records with an HTML payload
count; other records (requests, metadata, images, redirects) are skipped
silently. A WARC is a container: ``max_input_bytes`` limits each payload.
"""
from __future__ import annotations

from itertools import count as counting
from typing import BinaryIO, Iterator

from .htmlpage import read_html
from .outcome import InputContext, Outcome, Reject
from .sniff import content_type_parts

_HTML_TYPES = {"text/html", "application/xhtml+xml"}


def read_warc(stream: BinaryIO, ctx: InputContext) -> Iterator[Outcome]:
    return warc_records(stream, ctx)


def warc_records(stream: BinaryIO, ctx: InputContext, *, first: int = 0,
                 count: int | None = None) -> Iterator[Outcome]:
    """The HTML records; the stream starts at record ``first`` (0-based), ``count`` records at most.

    Distributed runs read an archive in record ranges with this, exactly as ``read_warc`` reads it whole.
    """
    from warcio.archiveiterator import ArchiveIterator

    archive = ArchiveIterator(stream)
    try:
        yield from _html_records(archive, ctx, first, count)
    finally:
        archive.close()  # releases the decompressor; the caller owns the stream


def _html_records(archive, ctx: InputContext, first: int, count: int | None) -> Iterator[Outcome]:
    limit = ctx.options.max_input_bytes
    # the numbers first, so that a range that is done does not read the next record
    records = zip(counting(first) if count is None else range(first, first + count), archive)
    index = first - 1
    while True:
        try:
            index, record = next(records)
            content_type = _html_content_type(record)
            if content_type is None:
                continue
            payload = record.content_stream().read(limit + 1)
            url = record.rec_headers.get_header("WARC-Target-URI")
        except StopIteration:
            return
        # warcio raises many kinds of exception on a damaged archive; all mean the same here
        except Exception as exc:  # noqa: BLE001
            where = f"after record {index}" if index >= 0 else "at the start"
            yield Reject(ctx.origin, "unsupported_format", f"not a readable WARC archive ({where}): {type(exc).__name__}: {exc}")
            return
        origin = f"{ctx.origin}#{index}"
        if len(payload) > limit:
            yield Reject(origin, "too_large", f"record payload is larger than max_input_bytes ({limit})")
            continue
        _, charset = content_type_parts(content_type)
        yield from read_html(payload, ctx.at(origin, url=url or ctx.url), charset=charset)


def _html_content_type(record) -> str | None:
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or not headers.get_statuscode().startswith("2"):
            return None
        content_type = headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    media, _ = content_type_parts(content_type)
    return content_type if media in _HTML_TYPES else None
