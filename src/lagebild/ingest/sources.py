"""Turn the input arguments (files, folders, globs, "-") into file paths, lazily.

Folders are walked recursively in sorted order, skipping hidden files and
folders; globs are expanded (``**`` recurses) and sorted. Nothing here opens
a file: the readers do, one at a time. Only regular files come out as paths:
every other input named or found (a FIFO, a device, a socket, a dangling link,
a folder that cannot be listed) comes out as a ``Reject`` with its reason, found
with ``os.stat`` alone, so that nothing blocks on a FIFO. Linked folders are
followed once: a link to a folder already being walked (a loop) is rejected.
"""
from __future__ import annotations

import errno
import glob
import os
import re
import stat
from typing import Iterator

from .outcome import Reject

STDIN = "-"
_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(spec: str) -> bool:
    return bool(_URL.match(spec))


def expand_inputs(inputs: list[str]) -> Iterator[str | Reject]:
    """Paths of regular files to read (or STDIN), and a Reject for every other input."""
    for spec in inputs:
        if spec == STDIN:
            yield STDIN
        elif is_url(spec):
            yield Reject(spec, "unsupported_format", "URLs are fetched by `lagebild ingest URL`, not read as files")
        elif glob.has_magic(spec):
            yield from _expand_glob(spec)
        else:
            found = False
            for item in _classify(spec, set()):
                found = True
                yield item
            if not found:
                yield Reject(spec, "not_found", f"the folder {spec} holds no (visible) files")


def special_file_problem(mode: int) -> str | None:
    """What a file of this ``st_mode`` is when it is not a regular file or a folder, else None."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def oserror_reject(path: str, exc: OSError) -> Reject:
    """``not_found`` for a path that is not there (or a dangling link), ``unreadable`` otherwise."""
    why = exc.strerror or str(exc)
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return Reject(path, "not_found", f"{path} is a symbolic link to nothing ({why})")
        return Reject(path, "not_found", f"no such file or folder: {path}")
    if isinstance(exc, NotADirectoryError):
        return Reject(path, "not_found", f"no such file or folder: {path} ({why})")
    if isinstance(exc, PermissionError):
        return Reject(path, "unreadable", f"cannot read {path}: permission denied")
    if exc.errno == errno.ELOOP:
        return Reject(path, "not_a_file", f"{path} is a loop of symbolic links ({why})")
    return Reject(path, "unreadable", f"cannot read {path}: {why}")


def _expand_glob(pattern: str) -> Iterator[str | Reject]:
    found = False
    seen: set[str] = set()
    for path in sorted(glob.iglob(pattern, recursive=True)):
        for item in _classify(path, seen):
            found = True
            yield item
    if not found:
        yield Reject(pattern, "not_found", f"the pattern {pattern} matches no file")


def _classify(path: str, walking: set[str]) -> Iterator[str | Reject]:
    """``path`` itself if it is a regular file, the files under it if it is a folder, else a Reject."""
    try:
        info = os.stat(path)
    except OSError as exc:
        yield oserror_reject(path, exc)
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, walking)
        return
    if stat.S_ISREG(info.st_mode):
        yield path
        return
    yield Reject(path, "not_a_file", f"{path} is {special_file_problem(info.st_mode)}, not a regular file: not read")


def _walk(folder: str, walking: set[str]) -> Iterator[str | Reject]:
    """Files under folder, depth first, names sorted; ``walking`` holds the real paths of the
    folders being walked above, so that a link back to one of them is rejected, not followed."""
    real = os.path.realpath(folder)
    if real in walking:
        yield Reject(folder, "not_a_file", f"{folder} links back to the folder {real}, which is being read: not followed (a loop)")
        return
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        yield oserror_reject(folder, exc)
        return
    walking.add(real)
    try:
        # as os.walk goes: the files of a folder first, then its sub-folders
        entries = [os.path.join(folder, name) for name in names if not name.startswith(".")]
        folders = {path for path in entries if _is_dir(path)}
        for path in entries:
            if path not in folders:
                yield from _classify(path, walking)
        for path in entries:
            if path in folders:
                yield from _classify(path, walking)
    finally:
        walking.discard(real)


def _is_dir(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def walk_files(folder: str) -> Iterator[str]:
    """Every visible regular file under folder, depth first, names sorted (linked folders once)."""
    for item in _walk(folder, set()):
        if isinstance(item, str):
            yield item
