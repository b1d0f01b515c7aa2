"""Turn the input arguments (files, folders, globs, "-") into file paths, lazily.

Folders are walked recursively in sorted order, skipping hidden files and
folders; globs are expanded (``**`` recurses) and sorted. Nothing here opens
a file: the readers do, one at a time.
"""
from __future__ import annotations

import glob
import os
import re
from typing import Iterator

from .outcome import Reject

STDIN = "-"
_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(spec: str) -> bool:
    return bool(_URL.match(spec))


def expand_inputs(inputs: list[str]) -> Iterator[str | Reject]:
    """Paths of files to read (or STDIN), and a Reject for each input that matches nothing."""
    for spec in inputs:
        if spec == STDIN:
            yield STDIN
        elif is_url(spec):
            yield Reject(spec, "unsupported_format", "URLs are fetched by `lagebild ingest URL`, not read as files")
        elif glob.has_magic(spec):
            yield from _expand_glob(spec)
        elif os.path.isdir(spec):
            yield from _walk_or_reject(spec)
        elif os.path.isfile(spec):
            yield spec
        else:
            yield Reject(spec, "not_found", f"no such file or folder: {spec}")


def _expand_glob(pattern: str) -> Iterator[str | Reject]:
    found = False
    for path in sorted(glob.iglob(pattern, recursive=True)):
        if os.path.isdir(path):
            for item in walk_files(path):
                found = True
                yield item
        elif os.path.isfile(path):
            found = True
            yield path
    if not found:
        yield Reject(pattern, "not_found", f"the pattern {pattern} matches no file")


def _walk_or_reject(folder: str) -> Iterator[str | Reject]:
    found = False
    for path in walk_files(folder):
        found = True
        yield path
    if not found:
        yield Reject(folder, "not_found", f"the folder {folder} holds no (visible) files")


def walk_files(folder: str) -> Iterator[str]:
    """Every visible file under folder, depth first, names sorted."""
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(top, name)
