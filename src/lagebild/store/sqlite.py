"""The embedded store: one SQLite file in WAL mode, FTS5 for search.

All sqlite3 errors are caught at this boundary and re-raised as ``StoreError``
(or ``QueryError`` for a malformed search), with the original as ``__cause__``.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..settings import make_options
from . import schema
from .base import AddResult, BaseStore
from .dialect import SQLITE
from .search import fts_query, search_documents

BUSY_TIMEOUT_MS = 10_000

__all__ = ["AddResult", "BUSY_TIMEOUT_MS", "Store", "open_sqlite", "resolve_url", "is_postgres_url"]


def is_postgres_url(url: str) -> bool:
    scheme = url.strip().split("://", 1)[0].lower() if "://" in url else ""
    return scheme in {"postgresql", "postgres"} or scheme.startswith("postgresql+")


def resolve_url(url: str) -> str:
    """A file path or ":memory:" for sqlite3.connect, from what the user passed."""
    if not url or not url.strip():
        raise StoreError("no database given", hint="pass a file path, sqlite:///path or :memory:")
    url = url.strip()
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if is_postgres_url(url):
        raise StoreError(f"{url!r} is a PostgreSQL URL, not an SQLite file",
                         hint="open it with lagebild.store.open_store")
    if scheme == "sqlite":
        # SQLAlchemy spelling: sqlite:///relative/path, sqlite:////absolute/path.
        rest = url[len("sqlite://"):]
        if rest in {"", "/", "/:memory:"}:
            return ":memory:"
        if not rest.startswith("/"):
            raise StoreError(f"cannot read database URL {url!r}",
                             hint="write sqlite:///relative/path or sqlite:////absolute/path")
        return rest[1:]
    if scheme:
        raise StoreError(f"unsupported database URL scheme {scheme!r} in {url!r}",
                         hint="use a SQLite file (a path, sqlite:///path or :memory:) or postgresql://...")
    return url


def _connect(target: str) -> sqlite3.Connection:
    if target != ":memory:":
        path = Path(target)
        if path.is_dir():
            raise StoreError(f"{target} is a directory, not a database file")
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        schema.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def open_sqlite(url: str, *, options: Any = None) -> "Store":
    """Open (creating and migrating as needed) the SQLite store at ``url``.

    ``url`` is a file path, ``sqlite:///relative/path``, ``sqlite:////absolute/path``
    or ``:memory:``.
    """
    target = resolve_url(url)
    try:
        conn = _connect(target)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open database {url!r}: {exc}") from exc
    return Store(conn, options if options is not None else make_options(), target)


class Store(BaseStore):
    """The store in one SQLite file; ``conn`` is a sqlite3 connection in autocommit mode."""

    dialect = SQLITE

    def _statement_text_clause(self, text: str) -> tuple[str, list[Any]] | None:
        match = fts_query(text, raw=False)
        if not match:
            return None
        return "s.row_no IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)", [match]

    def _search_documents(self, query: str, *, limit: int, offset: int, raw: bool,
                          marks: tuple[str, str]) -> list[dict[str, Any]]:
        return search_documents(self._conn, query, limit=limit, offset=offset, raw=raw, marks=marks)


SqliteStore = Store
