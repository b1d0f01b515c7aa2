"""Full-text search over documents (FTS5) and safe query building.

Search by word forms: the FTS5 index holds the words as written (case and
diacritics folded); the table ``documents_fts_forms`` (migration 006) maps the German
and English Snowball stem of every indexed word to the word, so a query word
is expanded to all indexed words with its stem ("Soldat" finds "Soldaten",
"Schuldenbremsen" finds "Schuldenbremse"). A word or phrase in double quotes
is searched exactly as written; ``raw=True`` queries are never expanded.
"""
from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata
from typing import Any, Iterable

import Stemmer

from ..errors import QueryError

_HAS_WORD = re.compile(r"\w")
# Tokens as FTS5's unicode61 tokenizer sees them: runs of letters and digits.
_TOKEN = re.compile(r"[^\W_]+")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# A query: "quoted phrases" (exact) and whitespace-separated words (all forms).
_QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')
# The languages whose word forms are indexed, with their Snowball stemmers.
STEM_LANGUAGES = {"de": "german", "en": "english"}
# At most this many indexed forms are searched for one query word.
MAX_FORMS = 200


@functools.lru_cache(maxsize=None)
def _stemmer(lang: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(STEM_LANGUAGES[lang])


def fold(word: str) -> str:
    """Lower case without diacritics, as the index stores a word (``remove_diacritics 2``)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def stem(lang: str, word: str) -> str:
    """The Snowball stem of the folded ``word`` in ``lang`` (a key of ``STEM_LANGUAGES``)."""
    return _stemmer(lang).stemWord(fold(word))


def indexed_terms(*texts: str | None) -> set[str]:
    """The distinct folded words of ``texts`` that contain a letter (numbers have no forms)."""
    return {fold(t) for text in texts if text for t in _TOKEN.findall(text) if _HAS_LETTER.search(t)}


def add_forms(conn: Any, terms: Iterable[str]) -> None:
    """Record the stems of ``terms`` in ``documents_fts_forms`` (known ones are skipped)."""
    terms = sorted(set(terms))
    for lang in STEM_LANGUAGES:
        stems = _stemmer(lang).stemWords(terms)
        conn.executemany("INSERT OR IGNORE INTO documents_fts_forms(lang, stem, term) VALUES (?, ?, ?)",
                         [(lang, s, t) for s, t in zip(stems, terms)])


def register_functions(conn: sqlite3.Connection) -> None:
    """``lagebild_stem(lang, word)`` for SQL (migration 006 fills ``documents_fts_forms`` with it)."""
    conn.create_function("lagebild_stem", 2, lambda lang, word: stem(lang, word or ""), deterministic=True)


def query_parts(user_input: str) -> list[tuple[str, bool]]:
    """(text, exact) for each "quoted phrase" (exact) and each other word of ``user_input``."""
    parts = []
    for match in _QUERY_PART.finditer(user_input):
        phrase, word = match.group(1), match.group(2)
        text = phrase if phrase is not None else word
        if _HAS_WORD.search(text):
            parts.append((text, phrase is not None))
    return parts


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _forms(conn: Any, word: str) -> list[str]:
    """The indexed words that share a stem with the folded ``word`` in a stemmed language."""
    sql = ("SELECT DISTINCT term FROM documents_fts_forms WHERE "
           + " OR ".join("(lang = ? AND stem = ?)" for _ in STEM_LANGUAGES) + f" ORDER BY term LIMIT {MAX_FORMS}")
    try:
        return [r[0] for r in conn.execute(sql, [x for lang in STEM_LANGUAGES for x in (lang, stem(lang, word))])]
    except sqlite3.OperationalError:  # a store read before migration 006 ran: the word as written
        return []


def forms_query(conn: Any, user_input: str) -> str:
    """An FTS5 query for free user input that finds every indexed form of each word.

    Each word must occur in one of its forms; a "quoted phrase" must occur as
    written; a word FTS5 splits into several tokens ("E-Auto") is searched as the
    phrase of its tokens. Returns "" when nothing searchable is left.
    """
    out = []
    for text, exact in query_parts(user_input):
        tokens = _TOKEN.findall(text)
        if exact or len(tokens) != 1:
            out.append(_quoted(text.replace('"', "")))
            continue
        word = fold(tokens[0])
        forms = [word] + [f for f in _forms(conn, word) if f != word]
        out.append("(" + " OR ".join(_quoted(f) for f in forms) + ")" if len(forms) > 1 else _quoted(word))
    return " AND ".join(out)


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
    match = fts_query(query, raw) if raw else forms_query(conn, query)
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
