"""The store in PostgreSQL: same schema, same queries as SQLite (see base.py).

psycopg errors are caught at this boundary and re-raised as ``StoreError``
(or ``QueryError`` for a malformed search), with the original as ``__cause__``.
"""
from __future__ import annotations

import functools
from contextlib import contextmanager
from typing import Any, Iterable, Iterator

from ..errors import StoreError
from ..settings import make_options
from . import schema
from .base import BaseStore
from .dialect import postgres_dialect
from .pgsearch import search_documents_pg, statement_text_clause


class _Row(tuple):
    """A result row readable by index and by column name, like sqlite3.Row."""

    __slots__ = ()
    _index: dict[str, int] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@functools.lru_cache(maxsize=512)
def _row_class(names: tuple[str, ...]) -> type[_Row]:
    return type("Row", (_Row,), {"__slots__": (), "_index": {n: i for i, n in enumerate(names)}})


def _row_factory(cursor: Any) -> Any:
    if cursor.description is None:
        return tuple
    return _row_class(tuple(col.name for col in cursor.description))


@functools.lru_cache(maxsize=1024)
def _placeholders(sql: str) -> str:
    """Shared SQL uses ``?``; psycopg wants ``%s`` (and a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PgConnection:
    """A psycopg connection (autocommit) with sqlite3's ``execute``/``executemany`` shape."""

    def __init__(self, raw: Any):
        self.raw = raw

    def execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        return self.raw.execute(_placeholders(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.raw.cursor() as cur:
                cur.executemany(_placeholders(sql), rows)

    def close(self) -> None:
        self.raw.close()


class MultiRowInserts:
    """``execute``/``executemany`` of ``INSERT ... VALUES (?, ...) [tail]`` statements, gathered
    per statement and sent by ``flush`` as ``INSERT ... VALUES (...), (...), ... [tail]``.

    A statement per row costs the server an executor start-up and a protocol message
    each (a third of its time while ingesting, perf); one per table and batch does not.
    Statements go out in the order each was first seen, so rows that others reference
    are inserted first. Only for rows that cannot conflict with each other."""

    MAX_PARAMS = 30_000  # PostgreSQL allows 65,535 parameters a statement

    def __init__(self, conn: PgConnection):
        self.conn = conn
        self.pending: dict[str, list[tuple]] = {}

    def execute(self, sql: str, params: Iterable[Any] = ()) -> None:
        self.executemany(sql, [params])

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        if not sql.lstrip().upper().startswith("INSERT"):
            raise StoreError(f"only INSERT statements can be gathered, not {sql[:40]!r}")
        self.pending.setdefault(sql, []).extend(tuple(row) for row in rows)

    def flush(self) -> None:
        for sql, rows in self.pending.items():
            head, values, tail = _split_values(sql)
            per_statement = max(1, self.MAX_PARAMS // max(1, values.count("?")))
            for k in range(0, len(rows), per_statement):
                chunk = rows[k:k + per_statement]
                self.conn.execute(f"{head} VALUES {', '.join([values] * len(chunk))}{tail}",
                                  [value for row in chunk for value in row])
        self.pending.clear()


@functools.lru_cache(maxsize=64)
def _split_values(sql: str) -> tuple[str, str, str]:
    """``INSERT ... VALUES (?, ?) ON CONFLICT ...`` -> ("INSERT ...", "(?, ?)", " ON CONFLICT ...")."""
    at = sql.upper().index(" VALUES (")
    close = sql.index(")", at)
    return sql[:at], sql[at + len(" VALUES "):close + 1], sql[close + 1:]


def libpq_url(url: str) -> str:
    """The URL as libpq reads it: ``postgresql+psycopg://`` (SQLAlchemy) loses its driver part."""
    scheme, rest = url.strip().split("://", 1)
    return f"postgresql://{rest}" if scheme.lower().startswith("postgresql+") else url.strip()


def open_postgres(url: str, *, options: Any = None) -> "PostgresStore":
    """Open (migrating as needed) the PostgreSQL database at ``url``; the database must exist."""
    import psycopg

    try:
        raw = psycopg.connect(libpq_url(url), autocommit=True, row_factory=_row_factory)
    except psycopg.Error as exc:
        raise StoreError(f"cannot connect to {_redacted(url)}: {str(exc).strip()}",
                         hint="check host, port, user, password and that the database exists") from exc
    try:
        schema.migrate_postgres(raw)
        return PostgresStore(PgConnection(raw), options if options is not None else make_options(), url)
    except BaseException:
        raw.close()
        raise


def _redacted(url: str) -> str:
    """The URL without a password, for messages."""
    scheme, _, rest = url.partition("://")
    creds, at, host = rest.rpartition("@")
    if at and ":" in creds:
        creds = creds.split(":", 1)[0] + ":***"
    return f"{scheme}://{creds}{at}{host}"


class PostgresStore(BaseStore):
    """The store in a PostgreSQL database."""

    def __init__(self, conn: PgConnection, options: Any, path: str):
        self.dialect = postgres_dialect()
        super().__init__(conn, options, _redacted(path))

    def _statement_text_clause(self, text: str) -> tuple[str, list[Any]] | None:
        return statement_text_clause(text)

    @contextmanager
    def _batched(self) -> Iterator[Any]:
        # Rows of one INSERT are gathered and sent as multi-row statements, in psycopg's
        # pipeline mode (no round trip each; errors surface at the end).
        inserts = MultiRowInserts(self._conn)
        with self._conn.raw.pipeline():
            yield inserts
            inserts.flush()

    def _search_documents(self, query: str, *, limit: int, offset: int, raw: bool,
                          marks: tuple[str, str]) -> list[dict[str, Any]]:
        return search_documents_pg(self._conn, query, limit=limit, offset=offset, raw=raw, marks=marks,
                                   errors=self.dialect.match_errors)
