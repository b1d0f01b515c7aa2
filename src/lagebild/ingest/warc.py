"""WARC archives (plain or gzip): each HTML response becomes a document.

Only successful (2xx) response and resource records with an HTML payload
count; other records (requests, metadata, images, redirects) are skipped
silently. A WARC is a container: ``max_input_bytes`` limits each payload.

Two things warcio lets pass are handled here: a record that ends before its
``Content-Length`` (a cut-off download) is rejected as ``truncated`` instead of
read as complete, and a WARC gzipped as one stream (not one gzip member per
record) is read whole instead of stopping after its first record.
"""
from __future__ import annotations

from itertools import count as counting
from typing import BinaryIO, Iterator

from .htmlpage import read_html
from .outcome import InputContext, Outcome, Reject, or_empty
from .sniff import content_type_parts

_HTML_TYPES = {"text/html", "application/xhtml+xml"}


def read_warc(stream: BinaryIO, ctx: InputContext) -> Iterator[Outcome]:
    """The HTML records of a whole archive; one without any (only requests, images, or
    records warcio reads as no HTML at all) is rejected as ``empty``, never left unaccounted."""
    return or_empty(ctx.origin, warc_records(stream, ctx),
                    "the WARC archive holds no HTML response or resource records")


def warc_records(stream: BinaryIO, ctx: InputContext, *, first: int = 0,
                 count: int | None = None) -> Iterator[Outcome]:
    """The HTML records; the stream starts at record ``first`` (0-based), ``count`` records at most.

    Distributed runs read an archive in record ranges with this, exactly as ``read_warc`` reads it whole.
    """
    archive = _archive_iterator(stream)
    try:
        yield from _html_records(archive, ctx, first, count)
    finally:
        archive.close()  # releases the decompressor; the caller owns the stream


class _Truncated(Exception):
    """A record's block is shorter than its Content-Length: the archive ends inside it."""


def _archive_iterator(stream: BinaryIO):
    from warcio.archiveiterator import ArchiveIterator

    class Archive(ArchiveIterator):
        gzip_cut = False  # the archive ended inside a gzip member

        def close(self):
            decompressor = self.reader.decompressor if self.reader else None
            if decompressor is not None and not getattr(decompressor, "eof", True):
                self.gzip_cut = True
            super().close()

        def _raise_invalid_gzip_err(self):
            # one gzip stream holding several records: not seekable by record, but readable
            # from the start, which is what lagebild does (``scale`` reads such a file whole)
            return None

        def read_to_end(self, record=None):
            current = self.record
            done = self.member_info is not None
            super().read_to_end(record)
            raw = getattr(current, "raw_stream", None) if current is not None and not done else None
            if raw is not None and getattr(raw, "limit", 0) > 0:
                raise _Truncated(f"the archive ends {raw.limit} bytes before the end of the record")

    return Archive(stream)


def _html_records(archive, ctx: InputContext, first: int, count: int | None) -> Iterator[Outcome]:
    limit = ctx.options.max_input_bytes
    # the numbers first, so that a range that is done does not read the next record
    records = zip(counting(first) if count is None else range(first, first + count), archive)
    index = first - 1
    pending: tuple[str, InputContext, bytes, str] | None = None  # an HTML record, until it proved complete
    while True:
        try:
            index, record = next(records)
            if pending is not None:
                yield from _read_payload(*pending, limit)
                pending = None
            content_type = _html_content_type(record)
            if content_type is not None:
                origin = f"{ctx.origin}#{index}"
                payload = record.content_stream().read(limit + 1)
                url = record.rec_headers.get_header("WARC-Target-URI")
                pending = (origin, ctx.at(origin, url=url or ctx.url), payload, content_type)
            if count is not None and index == first + count - 1:
                archive.read_to_end()  # the last record of a range: check that it is whole
        except StopIteration:
            if pending is not None:
                yield from _read_payload(*pending, limit)
            if getattr(archive, "gzip_cut", False):  # cut inside the headers of the next record
                yield Reject(f"{ctx.origin}#{index + 1}", "truncated", f"the gzip data ends in the middle, after WARC record {index}")
            return
        except _Truncated as exc:
            yield Reject(f"{ctx.origin}#{index}", "truncated", f"WARC record {index} is cut off: {exc}")
            return
        # warcio raises many kinds of exception on a damaged archive; all mean the same here
        except Exception as exc:  # noqa: BLE001
            where = f"after record {index}" if index >= 0 else "at the start"
            if pending is not None:
                yield from _read_payload(*pending, limit)
            yield Reject(ctx.origin, "unsupported_format", f"not a readable WARC archive ({where}): {type(exc).__name__}: {exc}")
            return


def _read_payload(origin: str, ctx: InputContext, payload: bytes, content_type: str, limit: int) -> Iterator[Outcome]:
    if len(payload) > limit:
        yield Reject(origin, "too_large", f"record payload is larger than max_input_bytes ({limit})")
        return
    _, charset = content_type_parts(content_type)
    yield from read_html(payload, ctx, charset=charset)


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
