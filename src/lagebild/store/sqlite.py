"""The embedded store: one SQLite file in WAL mode, FTS5 for search.

All sqlite3 errors are caught at this boundary and re-raised as ``StoreError``
(or ``QueryError`` for a malformed search), with the original as ``__cause__``.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import StoreError, store_error
from ..settings import make_options
from . import schema
from .base import AddResult, BaseStore
from .dialect import SQLITE
from .search import add_forms, fts_query, indexed_terms, register_functions, search_documents

BUSY_TIMEOUT_MS = 10_000  # the default of the setting busy_timeout

__all__ = ["AddResult", "BUSY_TIMEOUT_MS", "Store", "open_sqlite"]


def _busy_timeout_ms(options: Any) -> int:
    """The setting busy_timeout (seconds) in milliseconds."""
    seconds = getattr(options, "busy_timeout", None)
    return BUSY_TIMEOUT_MS if seconds is None else max(0, int(seconds * 1000))


def _connect(target: str, *, shared: bool, migrate: bool, busy_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    if target != ":memory:":
        path = Path(target)
        if path.is_dir():
            raise StoreError(f"{target} is a directory, not a database file")
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(target, isolation_level=None, timeout=busy_ms / 1000,
                           check_same_thread=not shared)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {busy_ms}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        register_functions(conn)
        if migrate:
            schema.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_read_only(target: str, busy_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """``mode=ro`` and ``query_only``, so a bug in a read path cannot change the database."""
    uri = "file:" + quote(str(Path(target).resolve())) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                           timeout=busy_ms / 1000)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def open_sqlite(target: str, *, options: Any = None, url: str | None = None, read_only: bool = False,
                shared: bool = False, migrate: bool = True, hasher: Any = None) -> "Store":
    """Open the SQLite store in the file ``target`` (a path or ":memory:", see ``open.resolve_url``).

    Read-write (the default) creates and migrates the file (``migrate=False``: one
    opened and migrated before); ``read_only`` opens an existing, migrated file for
    reading only. ``shared`` connections (read-only ones always) may be used by one
    thread after another. ``url`` is what the user passed, for messages; ``hasher``
    one read from this database before.
    """
    url = target if url is None else url
    busy_ms = _busy_timeout_ms(options)
    try:
        conn = (_connect_read_only(target, busy_ms) if read_only
                else _connect(target, shared=shared, migrate=migrate, busy_ms=busy_ms))
    except sqlite3.Error as exc:
        raise store_error(f"cannot open {url!r} for reading: {exc}" if read_only
                          else f"cannot open database {url!r}: {exc}", exc) from exc
    return Store(conn, options if options is not None else make_options(), target, hasher=hasher)


class Store(BaseStore):
    """The store in one SQLite file; ``conn`` is a sqlite3 connection in autocommit mode."""

    dialect = SQLITE

    def _add(self, doc: Any, *signature: Any) -> AddResult:
        result = super()._add(doc, *signature)
        if result.status != "duplicate":  # the word forms search expands queries with
            add_forms(self._conn, indexed_terms(doc.title, doc.text))
        return result

    def _statement_text_clause(self, text: str) -> tuple[str, list[Any]] | None:
        match = fts_query(text, raw=False)
        if not match:
            return None
        return "s.row_no IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)", [match]

    def _search_documents(self, query: str, *, limit: int, offset: int, raw: bool,
                          marks: tuple[str, str]) -> list[dict[str, Any]]:
        return search_documents(self._conn, query, limit=limit, offset=offset, raw=raw, marks=marks)


SqliteStore = Store
