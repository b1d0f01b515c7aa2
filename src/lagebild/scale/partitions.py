"""Splitting inputs into partitions that workers read on their own.

A partition names byte ranges, not data: the client only scans for line or
record boundaries, and each worker opens the file itself. Partitions are
yielded as they are found, so planning a huge corpus holds nothing in memory
but the current file's position.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Iterator

from ..ingest.outcome import Reject, printable
from ..ingest.readers import splittable_format
from ..ingest.sources import STDIN, expand_inputs

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Partition:
    kind: str  # "files" (whole files), "jsonl" (a line range) or "warc" (a record range)
    paths: tuple[str, ...]
    start: int = 0  # byte offset of the first line / record
    first: int = 0  # number of the first line (1-based) / index of the first record (0-based)
    count: int = 0  # lines / records in the range
    fingerprint: str = ""  # sizes and mtimes when planned: a changed file is a new partition

    @property
    def key(self) -> str:
        """A stable name, recorded in the store once the partition is written (printable: a
        file name that is not UTF-8 shows its bytes as \\xNN)."""
        path = printable(self.paths[0])
        if self.kind == "jsonl":
            return f"{path}#lines={self.first}-{self.first + self.count - 1}"
        if self.kind == "warc":
            return f"{path}#records={self.first}-{self.first + self.count - 1}"
        digest = hashlib.sha1("\0".join(self.paths).encode("utf-8", "surrogateescape")).hexdigest()[:16]
        return f"{path}#files={len(self.paths)}:{digest}"


def _stat(path: str) -> str:
    try:
        st = os.stat(path)
    except OSError:
        return "missing"
    return f"{st.st_size}:{st.st_mtime_ns}"


def _jsonl_ranges(path: str, lines: int, fingerprint: str) -> Iterator[Partition]:
    """Ranges of ``lines`` lines, counted as the JSON Lines reader counts them (by LF)."""
    start, first, n, offset, last_byte = 0, 1, 0, 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            pos = 0
            while (nl := chunk.find(b"\n", pos)) >= 0:
                n, pos = n + 1, nl + 1
                if n == lines:
                    yield Partition("jsonl", (path,), start, first, n, fingerprint)
                    start, first, n = offset + pos, first + n, 0
            offset += len(chunk)
            last_byte = chunk[-1:]
    if last_byte != b"\n":
        n += 1  # a last line without a line feed
    if n:
        yield Partition("jsonl", (path,), start, first, n, fingerprint)


def _warc_ranges(path: str, records: int, fingerprint: str) -> Iterator[Partition]:
    """Ranges of ``records`` records; the whole file if it cannot be entered in the middle."""
    from warcio.archiveiterator import ArchiveIterator

    offsets: list[int] = []  # one int per record: small next to the records themselves
    try:
        with open(path, "rb") as fh:
            archive = ArchiveIterator(fh)
            for _record in archive:
                offsets.append(archive.get_record_offset())
    except Exception:  # noqa: BLE001 - a damaged archive: the reader reports it, reading it whole
        offsets = []
    # A gzip file compressed as one stream cannot be entered at a record: offsets do not grow.
    if len(offsets) < 2 or any(b <= a for a, b in zip(offsets, offsets[1:])):
        yield Partition("files", (path,), fingerprint=fingerprint)
        return
    for first in range(0, len(offsets), records):
        count = min(records, len(offsets) - first)
        yield Partition("warc", (path,), offsets[first], first, count, fingerprint)


def plan_partitions(inputs: list[str], *, lines: int = 200, files: int = 50) -> Iterator[Partition | Reject]:
    """Partitions of the inputs, in input order; a Reject for each input that matches nothing.

    ``lines`` is the size of a JSON Lines (or WARC record) range, ``files``
    the number of single-article files in one partition.
    """
    group: list[str] = []

    def flush() -> Iterator[Partition]:
        if group:
            yield Partition("files", tuple(group), fingerprint=";".join(_stat(p) for p in group))
            group.clear()

    for item in expand_inputs(inputs):
        if isinstance(item, Reject):
            yield item
            continue
        if item == STDIN:
            raise ValueError("stdin cannot be split into partitions")
        kind = splittable_format(item)
        if kind is None:
            group.append(item)
            if len(group) >= files:
                yield from flush()
            continue
        yield from flush()
        ranges = _jsonl_ranges if kind == "jsonl" else _warc_ranges
        yield from ranges(item, max(1, lines), _stat(item))
    yield from flush()

