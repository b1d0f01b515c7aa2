"""What differs between the SQL of the two backends, in one place.

Shared store code writes ``?`` placeholders and standard SQL (upserts with
ON CONFLICT, window functions); a ``Dialect`` supplies the few fragments that
cannot be spelled the same way in SQLite and PostgreSQL.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..errors import QueryError


@dataclass(frozen=True)
class Dialect:
    name: str
    begin: tuple[str, ...]  # statements that open a write transaction
    rowid: str  # a column that grows with insertion, for tie-breaks (analyses, rejects)
    errors: tuple[type[BaseException], ...]  # driver errors mapped to StoreError
    match_errors: tuple[type[BaseException], ...]  # errors of a malformed search: QueryError
    _nocase: str  # "{col}" equals a parameter, ignoring (ASCII) case
    _like: str = "{col} LIKE ? ESCAPE '\\'"  # "{col}" matches a LIKE pattern, ignoring (ASCII) case

    def nocase_eq(self, column: str) -> str:
        return self._nocase.format(col=column)

    def nocase_contains(self, column: str) -> str:
        """``column`` contains the parameter (a ``like_pattern``), ignoring (ASCII) case."""
        return self._like.format(col=column)


SQLITE = Dialect(
    name="sqlite",
    begin=("BEGIN IMMEDIATE",),  # take the write lock now, not at the first write
    rowid="rowid",
    errors=(sqlite3.Error,),
    match_errors=(sqlite3.OperationalError,),
    _nocase="{col} = ? COLLATE NOCASE",
)

# One advisory lock for all writers: near-duplicate assignment reads then
# writes clusters, so concurrent writers are serialised as SQLite does.
PG_WRITE_LOCK = 0x6C616765  # "lage"


def postgres_dialect() -> Dialect:
    import psycopg

    return Dialect(
        name="postgresql",
        begin=("BEGIN", f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})"),
        rowid="row_no",
        errors=(psycopg.Error,),
        match_errors=(psycopg.errors.SyntaxError, psycopg.errors.InvalidTextRepresentation),
        _nocase="lower({col}) = lower(?)",
        _like="{col} ILIKE ? ESCAPE '\\'",
    )


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards in ``text`` taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def in_list(column: str, values: list) -> str:
    """``column IN (?, ?, ...)``, one placeholder per value (FALSE for none)."""
    return f"{column} IN ({', '.join('?' * len(values))})" if values else "1 = 0"



def check_order(order: str, orders: dict) -> str:
    """``order`` if it is one of ``orders`` (a listing's sort keys), else a QueryError naming them."""
    if order not in orders:
        raise QueryError(f"order must be one of {', '.join(orders)}, got {order!r}")
    return order


def document_clauses(alias: str, dialect: Dialect, params: list, *, source: str | None = None,
                     lang: str | None = None) -> list[str]:
    """WHERE clauses keeping records of ``alias`` (a table with ``doc_id``) whose document comes from
    ``source`` (the outlet, ignoring ASCII case) and is in language ``lang``."""
    where = []
    if source:
        where.append(f"{alias}.doc_id IN (SELECT id FROM documents WHERE {dialect.nocase_eq('source')})")
        params.append(source)
    if lang:
        where.append(f"{alias}.doc_id IN (SELECT id FROM documents WHERE lang = ?)")
        params.append(lang)
    return where


def latest_analysis(alias: str, dialect: Dialect) -> str:
    """A WHERE clause keeping only rows of their document's newest analysis."""
    return (f"{alias}.pipeline_version = (SELECT a.pipeline_version FROM analyses a WHERE a.doc_id = {alias}.doc_id"
            f" ORDER BY a.created_at DESC, a.{dialect.rowid} DESC LIMIT 1)")
