"""The embedded store: SQLite (WAL) with migrations, FTS5 search and near-duplicate clustering."""
from __future__ import annotations

from .sqlite import AddResult, Store, open_store, resolve_url

__all__ = ["AddResult", "Store", "open_store", "resolve_url"]
