"""The server's stores: one pool per process, opened (and migrated) when the app is created.

FastAPI runs sync endpoints (and their dependencies) on a thread pool, so a
store may be lent on one thread after another. ``StorePool`` (lagebild.store.open)
lends read-only stores to readers, several at once, and the read-write store to
one ingest request at a time; SQLite files and PostgreSQL databases alike.
"""
from __future__ import annotations

from typing import Any

from ..store import StorePool, open_pool

__all__ = ["StorePool", "open_server_pool"]


def open_server_pool(url: str, options: Any, *, create: bool = True) -> StorePool:
    """The app's pool over the database at ``url``; fails now if it cannot be opened (or,
    without ``create``, does not exist: ``StoreMissing``)."""
    return open_pool(url, options=options, create=create)
