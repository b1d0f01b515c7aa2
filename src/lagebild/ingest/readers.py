"""Entry points: read files, folders, globs and stdin, or bytes already in memory.

Both yield ``Document`` or ``Reject`` and never raise for bad input. Inputs
are streamed: one file at a time, JSON Lines line by line, WARC record by
record. ``published``/``lang``/``source``/``url`` passed by the caller only
fill what the input does not state itself (see ``InputContext``).
"""
from __future__ import annotations

import io
import os
import stat
import sys
from datetime import date
from typing import Any, BinaryIO, Iterator

from ..errors import REJECT_REASONS
from .feeds import read_feed
from .htmlpage import read_html
from .normalize import NUL_MESSAGE
from .jsonl import jsonl_records, read_json, read_jsonl
from .outcome import InputContext, Outcome, Reject, bad_filename, guarded
from .sniff import binary_problem, content_type_parts, holds_nul, sniff_format
from .sources import STDIN, expand_inputs, oserror_reject, special_file_problem
from .textfile import read_text
from .warc import read_warc, warc_records

# Enough to sniff a format and spot binary data; larger inputs are not read
# further when their size already rules them out.
HEAD_BYTES = 64 * 1024
# Containers hold many articles: max_input_bytes limits each record, not the file.
CONTAINER_FORMATS = ("jsonl", "warc")


def iter_inputs(
    inputs: list[str],
    options: Any,
    *,
    published: date | None = None,
    lang: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Outcome]:
    """Documents (and rejects) from files, folders, glob patterns and "-" (stdin)."""
    for item in expand_inputs(inputs):
        if isinstance(item, Reject):
            yield item
            continue
        bad_name = bad_filename(item)  # not valid UTF-8: reported (printably), not read
        if bad_name is not None:
            yield bad_name
            continue
        ctx = InputContext(origin=item, options=options, published=published, lang=lang)
        if item == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from guarded(item, _read_stream(stream, ctx, name=None, size=None))
            continue
        opened = open_regular(item)
        if isinstance(opened, Reject):
            yield opened
            continue
        handle, size = opened
        with handle:
            try:
                yield from guarded(item, _read_stream(handle, ctx, name=item, size=size))
            except OSError as exc:  # an I/O error while reading: this input ends here
                yield Reject(item, "unreadable", f"reading {item} failed: {exc.strerror or exc}")


def open_regular(path: str) -> tuple[BinaryIO, int] | Reject:
    """``(binary file, size)`` of a regular file, else a Reject (``not_found``, ``not_a_file``,
    ``unreadable``). A FIFO, device or socket is refused from ``os.stat``, before any open;
    the open itself does not block (``O_NONBLOCK``) and is checked again, should the path
    have changed in between."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return oserror_reject(path, exc)
    if not stat.S_ISREG(mode):
        what = "a folder" if stat.S_ISDIR(mode) else special_file_problem(mode)
        return Reject(path, "not_a_file", f"{path} is {what}, not a regular file: not read")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        return oserror_reject(path, exc)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            return Reject(path, "not_a_file", f"{path} is {special_file_problem(info.st_mode)}, not a regular file: not read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        size = os.path.getsize(path)
        return os.fdopen(fd, "rb"), size
    except OSError as exc:
        os.close(fd)
        return oserror_reject(path, exc)


def splittable_format(path: str) -> str | None:
    """"jsonl" or "warc" for a file that ``iter_inputs`` reads record by record, so that it can
    be read in ranges (``read_range``); None for one to read whole (or that cannot be read)."""
    opened = open_regular(path)
    if isinstance(opened, Reject):
        return None  # reading it whole reports it
    fh, _ = opened
    try:
        with fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return None
    if len(head) < HEAD_BYTES and not head.strip():
        return None
    fmt = sniff_format(head, name=path)
    if fmt == "warc":
        return "warc"
    if fmt == "jsonl" and not binary_problem(head):
        return "jsonl"
    return None


def read_range(
    path: str,
    fmt: str,
    options: Any,
    *,
    start: int,
    first: int,
    count: int,
    published: date | None = None,
    lang: str | None = None,
) -> Iterator[Outcome]:
    """Part of a ``splittable_format`` file, as ``iter_inputs`` reads it: ``count`` lines of
    JSON Lines from line ``first`` (1-based), or ``count`` WARC records from record
    ``first`` (0-based); byte ``start`` is where that line or record begins."""
    bad_name = bad_filename(path)
    if bad_name is not None:
        if first <= 1:  # reported once per file, by its first range
            yield bad_name
        return
    ctx = InputContext(origin=path, options=options, published=published, lang=lang)
    opened = open_regular(path)
    if isinstance(opened, Reject):
        yield opened
        return
    handle, _ = opened
    with handle:
        handle.seek(start)
        records = jsonl_records if fmt == "jsonl" else warc_records
        yield from guarded(path, records(handle, ctx, first=first, count=count))


def documents_from_bytes(
    data: bytes,
    *,
    origin: str,
    options: Any,
    name: str | None = None,
    content_type: str | None = None,
    url: str | None = None,
    published: date | None = None,
    lang: str | None = None,
    source: str | None = None,
) -> Iterator[Outcome]:
    """Documents (and rejects) from one input's bytes, e.g. a fetched HTTP body.

    The format comes from the extension of ``name`` or ``url``, then
    ``content_type``, then the content; a charset in ``content_type`` is honoured.
    """
    ctx = InputContext(origin=origin, options=options, published=published, lang=lang, source=source, url=url)
    head = data[:HEAD_BYTES]
    fmt = sniff_format(head, name=name, content_type=content_type, url=url)
    _, charset = content_type_parts(content_type)
    yield from guarded(origin, _read_all(io.BytesIO(data), head, fmt, ctx, size=len(data), charset=charset))


def _read_stream(stream: BinaryIO, ctx: InputContext, *, name: str | None, size: int | None) -> Iterator[Outcome]:
    head = stream.read(HEAD_BYTES) or b""
    fmt = sniff_format(head, name=name)
    rest = io.BufferedReader(_Prefixed(head, stream), buffer_size=HEAD_BYTES)
    yield from _read_all(rest, head, fmt, ctx, size=size, charset=None)


def _read_all(
    stream: BinaryIO, head: bytes, fmt: str, ctx: InputContext, *, size: int | None, charset: str | None
) -> Iterator[Outcome]:
    """Checks common to all inputs, then the format's reader. ``stream`` starts at byte 0."""
    limit = ctx.options.max_input_bytes
    if len(head) < HEAD_BYTES and not head.strip():
        yield Reject(ctx.origin, "empty", REJECT_REASONS["empty"])
        return
    if fmt == "warc":
        yield from read_warc(stream, ctx)
        return
    problem = binary_problem(head)
    if problem:
        yield Reject(ctx.origin, *problem)
        return
    if fmt == "jsonl":
        yield from read_jsonl(stream, ctx)
        return
    if size is not None and size > limit:  # decided before reading the rest
        yield Reject(ctx.origin, "too_large", f"{size} bytes is more than max_input_bytes ({limit})")
        return
    data = stream.read(limit + 1)
    if len(data) > limit:
        yield Reject(ctx.origin, "too_large", f"more than max_input_bytes ({limit}) bytes")
        return
    if holds_nul(data):  # a NUL after the first bytes rejects the input as one before them does
        yield Reject(ctx.origin, "binary", NUL_MESSAGE)
        return
    if fmt == "html":
        yield from read_html(data, ctx, charset=charset)
    elif fmt == "feed":
        yield from read_feed(data, ctx)
    elif fmt == "json":
        yield from read_json(data, ctx)
    else:
        yield from read_text(data, ctx, charset=charset)


class _Prefixed(io.RawIOBase):
    """A stream that replays the sniffed head, then reads on from the original."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._rest.read(len(buffer))
        if not chunk:
            return 0
        buffer[: len(chunk)] = chunk
        return len(chunk)
