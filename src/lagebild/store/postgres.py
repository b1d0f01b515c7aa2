"""The store in PostgreSQL: same schema, same queries as SQLite (see base.py).

psycopg errors are caught at this boundary and re-raised as ``StoreError``
(or ``QueryError`` for a malformed search), with the original as ``__cause__``.
"""
from __future__ import annotations

import functools
import json
import re
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
    """``execute``/``executemany`` of ``INSERT INTO t(cols) VALUES (?, ...) [tail]``, gathered per
    statement and sent by ``flush`` as one statement that reads every row from a single JSON
    array parameter: ``INSERT INTO t(cols) SELECT (r->>0)::type, ... FROM
    jsonb_array_elements(?::jsonb) r [tail]``.

    A statement per row costs the server an executor start-up and a protocol message each
    (a third of its time while ingesting, perf). The alternatives measured worse on the
    client: multi-row VALUES texts change with the row count, and psycopg converts each new
    long text anew (~0.1 s for thousands of placeholders); unnest() over array parameters
    has psycopg quote every element in Python (~12 ms an article). ``json.dumps`` is C.
    Statements go out in the order each was first seen, so rows that others reference go
    first. Only for rows that cannot conflict with each other."""

    # Rows held before they go out: about 40 articles' worth, so a batch's JSON never sits
    # in memory whole (+40 MiB client RSS for 200 articles) and the server starts early.
    MAX_PENDING_ROWS = 2_000

    def __init__(self, conn: PgConnection, column_types: dict[tuple[str, str], str]):
        self.conn = conn
        self.column_types = column_types  # (table, column) -> type name, as pg_type spells it
        self.pending: dict[str, list[tuple]] = {}
        self.held = 0

    def execute(self, sql: str, params: Iterable[Any] = ()) -> None:
        self.executemany(sql, [params])

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        if not sql.lstrip().upper().startswith("INSERT"):
            raise StoreError(f"only INSERT statements can be gathered, not {sql[:40]!r}")
        gathered = self.pending.setdefault(sql, [])
        before = len(gathered)
        gathered.extend(tuple(row) for row in rows)
        self.held += len(gathered) - before
        if self.held >= self.MAX_PENDING_ROWS:
            self.flush()  # in first-seen order: rows others reference still go first

    def flush(self) -> None:
        for sql, rows in self.pending.items():
            if rows:
                # JSON true is not an integer to PostgreSQL; the shared SQL stores booleans as 0/1
                data = json.dumps([[int(v) if isinstance(v, bool) else v for v in row] for row in rows],
                                  ensure_ascii=False)
                self.conn.execute(_json_insert(sql, self.column_types), (data,))
        self.pending.clear()
        self.held = 0


_INSERT = re.compile(r"\s*INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s+VALUES\s*\(([?,\s]*)\)(.*)\Z", re.I | re.S)


@functools.lru_cache(maxsize=64)
def _json_insert_cached(sql: str, types: tuple[str, ...]) -> str:
    match = _INSERT.match(sql)
    cols = match.group(2)
    fields = ", ".join(f"(r->>{k})::{t}" for k, t in enumerate(types))
    return f"INSERT INTO {match.group(1)}({cols}) SELECT {fields} FROM jsonb_array_elements(?::jsonb) r{match.group(4)}"


def _json_insert(sql: str, column_types: dict[tuple[str, str], str]) -> str:
    """``INSERT INTO t(a, b) VALUES (?, ?) tail`` -> ``INSERT INTO t(a, b) SELECT (r->>0)::ta,
    (r->>1)::tb FROM jsonb_array_elements(?::jsonb) r tail``, typed by the table's columns."""
    match = _INSERT.match(sql)
    if match is None:
        raise StoreError(f"cannot gather rows of {sql[:60]!r}: not INSERT INTO t(cols) VALUES (?, ...)")
    table, cols = match.group(1).lower(), [c.strip().strip('"').lower() for c in match.group(2).split(",")]
    if match.group(3).count("?") != len(cols):
        raise StoreError(f"cannot gather rows of {sql[:60]!r}: one ? per column expected")
    return _json_insert_cached(sql, tuple(column_types[(table, c)] for c in cols))


def libpq_url(url: str) -> str:
    """The URL as libpq reads it: ``postgresql+psycopg://`` (SQLAlchemy) loses its driver part."""
    scheme, rest = url.strip().split("://", 1)
    return f"postgresql://{rest}" if scheme.lower().startswith("postgresql+") else url.strip()


def _connect_kwargs(*, read_only: bool = False) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"autocommit": True, "row_factory": _row_factory}
    if read_only:  # as SQLite's query_only: a bug in a read path cannot change the database
        kwargs["options"] = "-c default_transaction_read_only=on"
    return kwargs


def _cannot_connect(url: str, exc: BaseException) -> StoreError:
    return StoreError(f"cannot connect to {_redacted(url)}: {str(exc).strip()}",
                      hint="check host, port, user, password and that the database exists")


def open_postgres(url: str, *, options: Any = None) -> "PostgresStore":
    """Open (migrating as needed) the PostgreSQL database at ``url``; the database must exist."""
    import psycopg

    try:
        raw = psycopg.Connection.connect(libpq_url(url), **_connect_kwargs())
    except psycopg.Error as exc:
        raise _cannot_connect(url, exc) from exc
    try:
        schema.migrate_postgres(raw)
        return PostgresStore(PgConnection(raw), options if options is not None else make_options(), url)
    except BaseException:
        raw.close()
        raise


# How long a pooled store waits for a connection before the request fails (503).
CONNECT_TIMEOUT_S = 10.0


class PostgresPool:
    """A psycopg_pool connection pool over a migrated database; ``store()`` lends one as a store.

    The stores share the MinHash layout and column types that ``template`` (a store
    opened, and so migrated, before) read once, so lending one costs no query.
    """

    def __init__(self, url: str, template: "PostgresStore", *, read_only: bool, size: int):
        from psycopg_pool import ConnectionPool, PoolTimeout

        self.url = url
        self._options = template.options
        self._hasher = template.hasher
        self._column_types = dict(template._column_types)
        self._pool = ConnectionPool(libpq_url(url), kwargs=_connect_kwargs(read_only=read_only),
                                    min_size=1, max_size=max(1, size), open=False,
                                    check=ConnectionPool.check_connection, name="lagebild")
        try:  # with its first connection made, the first request does not start a second one
            self._pool.open(wait=True, timeout=CONNECT_TIMEOUT_S)
        except PoolTimeout as exc:
            self._pool.close()
            raise _cannot_connect(url, exc) from exc

    @contextmanager
    def store(self) -> Iterator["PostgresStore"]:
        from psycopg_pool import PoolTimeout

        try:
            raw = self._pool.getconn(timeout=CONNECT_TIMEOUT_S)
        except PoolTimeout as exc:
            raise _cannot_connect(self.url, exc) from exc
        try:
            yield PostgresStore(PgConnection(raw), self._options, self.url,
                                column_types=self._column_types, hasher=self._hasher)
        finally:
            self._pool.putconn(raw)  # rolled back if a transaction was left open

    def close(self) -> None:
        self._pool.close()


def _redacted(url: str) -> str:
    """The URL without a password, for messages."""
    scheme, _, rest = url.partition("://")
    creds, at, host = rest.rpartition("@")
    if at and ":" in creds:
        creds = creds.split(":", 1)[0] + ":***"
    return f"{scheme}://{creds}{at}{host}"


class PostgresStore(BaseStore):
    """The store in a PostgreSQL database."""

    def __init__(self, conn: PgConnection, options: Any, path: str, *,
                 column_types: dict[tuple[str, str], str] | None = None, hasher: Any = None):
        self.dialect = postgres_dialect()
        super().__init__(conn, options, _redacted(path), hasher=hasher)
        if column_types is None:
            column_types = {(r[0], r[1]): r[2] for r in conn.execute(
                "SELECT table_name, column_name, udt_name FROM information_schema.columns"
                " WHERE table_schema = current_schema()")}
        self._column_types = column_types

    def _statement_text_clause(self, text: str) -> tuple[str, list[Any]] | None:
        return statement_text_clause(text)

    @contextmanager
    def _batched(self) -> Iterator[Any]:
        # Rows of one INSERT are gathered and sent as multi-row statements, in psycopg's
        # pipeline mode (no round trip each; errors surface at the end).
        inserts = MultiRowInserts(self._conn, self._column_types)
        with self._conn.raw.pipeline():
            yield inserts
            inserts.flush()

    def _search_documents(self, query: str, *, limit: int, offset: int, raw: bool,
                          marks: tuple[str, str]) -> list[dict[str, Any]]:
        return search_documents_pg(self._conn, query, limit=limit, offset=offset, raw=raw, marks=marks,
                                   errors=self.dialect.match_errors)
