"""Progress on stderr for long commands (`ingest`, `reanalyze`): a tqdm bar with the count,
total (where it is known beforehand), rate and ETA.

Shown only when stderr is a terminal and ``--quiet`` is not given: a run whose stderr
goes to a file, a pipe or a CI log writes no bar at all. The bar redraws by time (at
most five times a second), not once per batch of documents, and disappears when done,
so the summary a command prints afterwards is the same with and without it.
"""
from __future__ import annotations

import sys
from typing import Any, Callable, Iterable, Iterator

# Redraw at most this often (seconds); the bar counts every document.
MIN_INTERVAL = 0.2


def stderr_is_terminal() -> bool:
    """Whether stderr is an interactive terminal (not a file, pipe or captured stream)."""
    try:
        return bool(sys.stderr.isatty())
    except (AttributeError, ValueError):  # replaced or closed stream
        return False


class Progress:
    """A progress bar, or nothing (every method a no-op) when quiet or stderr is no terminal.

    ``total`` is the expected count, or a function that computes it, called only when the
    bar is shown (counting may read files or query the store); None where unknown.
    """

    def __init__(self, *, quiet: bool, unit: str = "docs", total: int | Callable[[], int | None] | None = None,
                 desc: str | None = None):
        self._bar: Any = None
        if quiet or not stderr_is_terminal():
            return
        from tqdm import tqdm

        count = total() if callable(total) else total
        self._bar = tqdm(total=count, unit=f" {unit}", desc=desc, file=sys.stderr, mininterval=MIN_INTERVAL,
                         miniters=1, smoothing=0.1, dynamic_ncols=True, leave=False)

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def tick(self, n: int = 1) -> None:
        """``n`` more documents done."""
        if self._bar is not None:
            self._bar.update(n)

    def reach(self, done: int) -> None:
        """``done`` documents done in all (the bar never moves back)."""
        if self._bar is not None and done > self._bar.n:
            self._bar.update(done - self._bar.n)

    def note(self, text: str) -> None:
        """A short status shown after the numbers ("read 120")."""
        if self._bar is not None:
            self._bar.set_postfix_str(text, refresh=False)

    def counting(self, items: Iterable[Any], label: str = "read") -> Iterator[Any]:
        """``items`` unchanged, noting how many have been read so far."""
        for n, item in enumerate(items, 1):
            self.note(f"{label} {n}")
            yield item

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def count_inputs(paths: list[str], urls: list[str]) -> int | None:
    """How many outcomes (documents or rejects) reading ``paths`` gives, where that is cheap to
    know: one per file, one per line of a JSON Lines file. None with URLs (feeds expand),
    stdin or a WARC file (records are only found by reading it)."""
    from ..ingest.readers import splittable_format
    from ..ingest.sources import STDIN, expand_inputs

    if urls:
        return None
    total = 0
    for item in expand_inputs(paths):
        if not isinstance(item, str):  # a Reject: one outcome
            total += 1
        elif item == STDIN:
            return None
        else:
            fmt = splittable_format(item)
            if fmt == "warc":
                return None
            total += _count_lines(item) if fmt == "jsonl" else 1
    return total


def _count_lines(path: str) -> int:
    """Non-blank lines of a file (records of JSON Lines), read in blocks."""
    n = 0
    with open(path, "rb") as fh:
        for line in fh:
            n += bool(line.strip())
    return n
