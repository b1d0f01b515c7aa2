"""Full-text search in PostgreSQL: tsvector columns, one text search configuration per language.

Documents are indexed with ``lagebild_de`` / ``lagebild_en`` (stemming) or
``lagebild_simple`` by their language (see migrations_pg/001). A query is
normalised with all three configurations; a document matches when the query
in *its* configuration matches, so a German query finds German inflections.

Free queries find every word form, as in SQLite; a "quoted phrase" must also
occur as written (case-insensitive, a regular expression on title and text).

``raw=True`` accepts the same syntax as SQLite's FTS5 (terms, "phrases",
prefix*, AND, OR, NOT, parentheses); it is translated here into ``to_tsquery``
syntax, and anything malformed is a QueryError, as in SQLite.
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import QueryError
from .search import query_parts, run_match

_HAS_WORD = re.compile(r"\w")
_TOKEN = re.compile(r'\s*(?:(?P<open>\()|(?P<close>\))|"(?P<phrase>(?:[^"]|"")*)"|(?P<word>[^\s()"]+))')
_OPERATORS = {"AND", "OR", "NOT"}


def _lexeme(word: str) -> str:
    """A quoted tsquery operand; to_tsquery still runs it through the configuration."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _tokens(query: str) -> list[tuple[str, str]]:
    tokens, pos, query = [], 0, query.rstrip()
    while pos < len(query):
        match = _TOKEN.match(query, pos)
        if match is None:
            raise QueryError(f"cannot parse search query {query!r}: unterminated string at {pos}")
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind) or ""))
        pos = match.end()
    return tokens


class _Parser:
    """or := and (OR and)* ; and := not ([AND] not)* ; not := primary (NOT primary)*"""

    def __init__(self, query: str):
        self.query = query
        self.tokens = _tokens(query)
        self.pos = 0

    def fail(self, why: str) -> QueryError:
        return QueryError(f"cannot parse search query {self.query!r}: {why}")

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def is_op(self, name: str) -> bool:
        tok = self.peek()
        return tok is not None and tok == ("word", name)

    def parse(self) -> str:
        if not self.tokens:
            raise self.fail("empty query")
        expr = self.or_expr()
        if self.peek() is not None:
            raise self.fail(f"unexpected {self.peek()[1]!r}")
        return expr

    def or_expr(self) -> str:
        left = self.and_expr()
        while self.is_op("OR"):
            self.pos += 1
            left = f"({left} | {self.and_expr()})"
        return left

    def and_expr(self) -> str:
        left = self.not_expr()
        while self.peek() is not None and self.peek()[0] != "close" and not self.is_op("OR"):
            if self.is_op("AND"):
                self.pos += 1
            left = f"({left} & {self.not_expr()})"
        return left

    def not_expr(self) -> str:
        left = self.primary()
        while self.is_op("NOT"):
            self.pos += 1
            left = f"({left} & !{self.primary()})"
        return left

    def primary(self) -> str:
        tok = self.peek()
        if tok is None:
            raise self.fail("the query ends where a term is expected")
        kind, value = tok
        self.pos += 1
        if kind == "open":
            inner = self.or_expr()
            if self.peek() is None or self.peek()[0] != "close":
                raise self.fail("unbalanced parenthesis")
            self.pos += 1
            return inner
        if kind == "phrase":
            words = value.replace('""', '"').split()
            if not words:
                raise self.fail("empty phrase")
            return "(" + " <-> ".join(_lexeme(w) for w in words) + ")"
        if kind == "word" and value not in _OPERATORS:
            if value.endswith("*") and len(value) > 1:
                return _lexeme(value[:-1]) + ":*"
            return _lexeme(value)
        raise self.fail(f"unexpected {value or kind!r}")


def to_tsquery_syntax(query: str) -> str:
    """FTS5-style query syntax as a ``to_tsquery`` expression; QueryError if malformed."""
    return _Parser(query.strip()).parse()


def statement_text_clause(text: str) -> tuple[str, list[Any]] | None:
    if not _HAS_WORD.search(text):
        return None
    return "s.fts @@ plainto_tsquery('lagebild_simple', ?)", [text]


def _exact_pattern(phrase: str) -> str:
    """A PostgreSQL regular expression for ``phrase`` as whole words, any non-word characters between."""
    return r"\m" + r"\W+".join(re.findall(r"\w+", phrase)) + r"\M"


def _headline_options(marks: tuple[str, str]) -> str:
    start, stop = (m.replace('"', "") for m in marks)  # option values are double-quoted
    return (f'StartSel="{start}", StopSel="{stop}", MaxWords=20, MinWords=8, '
            'MaxFragments=2, FragmentDelimiter=" … "')


def search_documents_pg(conn: Any, query: str, *, limit: int, offset: int, raw: bool,
                        marks: tuple[str, str], errors: tuple[type[BaseException], ...]) -> list[dict[str, Any]]:
    if raw:
        expr, parse = to_tsquery_syntax(query), "to_tsquery"
    elif _HAS_WORD.search(query):
        expr, parse = query, "plainto_tsquery"  # never fails, whatever the punctuation
    else:
        return []
    exact = [] if raw else [_exact_pattern(text) for text, is_exact in query_parts(query) if is_exact]
    # The OR over the three queries can use the GIN index; the exact check then
    # keeps only matches in the document's own configuration.
    sql = (
        f"WITH q AS (SELECT {parse}('lagebild_de', ?) AS de, {parse}('lagebild_en', ?) AS en,"
        f" {parse}('lagebild_simple', ?) AS si),"
        " hits AS (SELECT d.doc_no, d.id, d.title, d.published, d.cluster_id, d.text, d.lang, d.fts,"
        "  CASE lagebild_ts_config(d.lang) WHEN 'lagebild_de'::regconfig THEN q.de"
        "   WHEN 'lagebild_en'::regconfig THEN q.en ELSE q.si END AS tq"
        "  FROM documents d, q WHERE d.fts @@ q.de OR d.fts @@ q.en OR d.fts @@ q.si)"
        " SELECT id, title, published, cluster_id,"
        "  ts_headline(lagebild_ts_config(lang), text, tq, ?) AS snippet, -ts_rank_cd(fts, tq) AS rank"
        " FROM hits WHERE fts @@ tq"
        + "".join(" AND (coalesce(title, '') || ' ' || text) ~* ?" for _ in exact)
        + " ORDER BY rank, doc_no LIMIT ? OFFSET ?"
    )
    rows = run_match(conn, sql, (expr, expr, expr, _headline_options(marks), *exact, limit, offset), query, errors)
    return [
        {"doc_id": r["id"], "title": r["title"], "published": r["published"], "cluster_id": r["cluster_id"],
         "snippet": r["snippet"], "rank": float(r["rank"])}
        for r in rows
    ]
