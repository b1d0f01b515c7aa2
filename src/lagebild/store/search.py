"""Full-text search over documents (FTS5) and safe query building."""
from __future__ import annotations

import re
import sqlite3
from typing import Any

from ..errors import QueryError

_HAS_WORD = re.compile(r"\w")


def quote_terms(user_input: str) -> str:
    """Turn free user input into an FTS5 query that cannot be malformed.

    Every whitespace-separated term becomes a quoted string (inner quotes
    doubled), so ``Merz: Truppen?`` or ``"unbalanced`` search for the words
    they contain, all of which must occur. Terms without a word character are
    dropped. Returns "" when nothing searchable is left.
    """
    terms = [t for t in user_input.split() if _HAS_WORD.search(t)]
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def fts_query(query: str, raw: bool) -> str:
    return query.strip() if raw else quote_terms(query)


def run_match(conn: Any, sql: str, params: tuple[Any, ...], query: str,
              errors: tuple[type[BaseException], ...] = (sqlite3.OperationalError,)) -> list[Any]:
    """Execute a full-text query; syntax errors (``errors``) become QueryError."""
    try:
        return conn.execute(sql, params).fetchall()
    except errors as exc:
        raise QueryError(f"cannot parse search query {query!r}: {exc}") from exc


def search_documents(conn: sqlite3.Connection, query: str, *, limit: int, offset: int, raw: bool,
                     marks: tuple[str, str]) -> list[dict[str, Any]]:
    match = fts_query(query, raw)
    if not match:
        return []
    rows = run_match(
        conn,
        "SELECT d.id, d.title, d.published, d.cluster_id,"
        "       snippet(documents_fts, -1, ?, ?, '…', 16) AS snippet, documents_fts.rank AS rank"
        " FROM documents_fts JOIN documents d ON d.doc_no = documents_fts.rowid"
        " WHERE documents_fts MATCH ? ORDER BY documents_fts.rank LIMIT ? OFFSET ?",
        (marks[0], marks[1], match, limit, offset),
        query,
    )
    return [
        {"doc_id": r["id"], "title": r["title"], "published": r["published"], "cluster_id": r["cluster_id"],
         "snippet": r["snippet"], "rank": r["rank"]}
        for r in rows
    ]
