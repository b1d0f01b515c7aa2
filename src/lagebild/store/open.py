"""``open_store``: one entry point for both backends, chosen by the URL."""
from __future__ import annotations

from typing import Any

from .base import BaseStore
from .sqlite import is_postgres_url, open_sqlite


def open_store(url: str, *, options: Any = None) -> BaseStore:
    """Open (creating and migrating as needed) the store at ``url``.

    ``postgresql://user@host:port/dbname`` (or ``postgres://``) opens a
    PostgreSQL database; anything else is an SQLite file: a path,
    ``sqlite:///relative/path``, ``sqlite:////absolute/path`` or ``:memory:``.
    """
    if url and is_postgres_url(url):
        from .postgres import open_postgres  # psycopg is only needed here

        return open_postgres(url, options=options)
    return open_sqlite(url, options=options)
