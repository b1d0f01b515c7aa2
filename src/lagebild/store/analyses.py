"""Writing analyses (JSON, statements, entities) and querying statements."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from ..errors import StoreError
from ..model import Analysis
from .rows import iso_day, joined_text, utc_now
from .positions import PositionRows, position_rows, write_positions
from .dialect import Dialect, check_order, document_clauses, in_list, latest_analysis, like_pattern
from .search import run_match


def check_spans(analysis: Analysis, text: str) -> None:
    """Refuse an analysis whose offsets do not point into ``text``."""
    for span in analysis.all_spans():
        if not span.check(text):
            raise StoreError(
                f"analysis of {analysis.document.id} has span {span.start}:{span.end} {span.text!r} "
                "that does not match the stored document text",
                hint="the analysis must be computed on the stored document's text",
            )


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class AnalysisRows:
    """An analysis flattened into the values the store inserts.

    Building these (span checks, JSON) is most of the cost of saving an
    analysis and needs no database, so distributed runs build them on the
    workers and the single writer only inserts. Rows leave out the story
    cluster id, which only the store knows; it is added when they are written.
    """

    doc_id: str
    pipeline_version: str
    text_sha256: str  # of the text the spans were checked against
    analysed: bool
    values: tuple[Any, ...]  # analysed, skipped_reason, lang, result JSON
    statements: list[tuple[Any, ...]] = field(default_factory=list)
    entities: list[tuple[Any, ...]] = field(default_factory=list)
    positions: PositionRows = field(default_factory=PositionRows)


def analysis_rows(analysis: Analysis) -> AnalysisRows:
    """Check the analysis's spans against its document's text and flatten it."""
    doc = analysis.document
    check_spans(analysis, doc.text)
    key = (doc.id, analysis.pipeline_version)
    published = doc.published.isoformat() if doc.published else None
    return AnalysisRows(
        doc.id, analysis.pipeline_version, text_digest(doc.text), analysis.analysed,
        (int(analysis.analysed), analysis.skipped_reason, doc.lang,
         json.dumps(analysis.to_dict(), ensure_ascii=False)),
        statements=[
            (st.id, *key, st.type, st.medium, joined_text(st.quote), joined_text(st.cue),
             joined_text(st.speaker_mention),
             st.speaker_actor.id if st.speaker_actor else None,
             st.speaker_actor.name if st.speaker_actor else None,
             st.speaker_actor.wikidata if st.speaker_actor else None,
             st.channel, published, json.dumps(st.to_dict(doc), ensure_ascii=False),
             padded(st.issues), padded(code for code, _score in st.topics[:2]))
            for st in analysis.statements if st.nested_in is None  # a nested quote lies in its statement: once
        ],
        entities=[
            (*key, e.span.start, e.span.end, e.span.text, e.label,
             e.actor.id if e.actor else None, e.actor.name if e.actor else None,
             e.actor.wikidata if e.actor else None)
            for e in analysis.entities
        ],
        positions=position_rows(analysis),
    )


def as_rows(analysis: Analysis | AnalysisRows) -> AnalysisRows:
    """Rows as they are, or an Analysis checked and flattened here."""
    return analysis if isinstance(analysis, AnalysisRows) else analysis_rows(analysis)


def check_same_text(rows: AnalysisRows, doc_id: str, stored_text: str) -> None:
    """Refuse rows whose spans were checked against another text than the stored document's."""
    if rows.doc_id != doc_id or rows.text_sha256 != text_digest(stored_text):
        raise StoreError(f"the analysis of {rows.doc_id} was computed on another text than the stored one "
                         "(its spans do not match the stored document text)",
                         hint="the analysis must be computed on the stored document's text")


def write_rows(conn: Any, rows: AnalysisRows, cluster_id: str | None, *, replace: bool = True) -> None:
    """Replace everything stored for (doc_id, pipeline_version); ``replace=False`` when nothing
    can be stored yet (a document added in this transaction). Caller holds a transaction."""
    key = (rows.doc_id, rows.pipeline_version)
    if replace:
        conn.execute("DELETE FROM statements WHERE doc_id = ? AND pipeline_version = ?", key)
        conn.execute("DELETE FROM entities WHERE doc_id = ? AND pipeline_version = ?", key)
    conn.execute(
        "INSERT INTO analyses(doc_id, pipeline_version, analysed, skipped_reason, lang, result, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(doc_id, pipeline_version) DO UPDATE SET"
        " analysed = excluded.analysed, skipped_reason = excluded.skipped_reason, lang = excluded.lang,"
        " result = excluded.result, created_at = excluded.created_at",
        (*key, *rows.values, utc_now()),
    )
    conn.executemany(
        "INSERT INTO statements(id, doc_id, pipeline_version, type, medium, quote_text, cue_text, speaker_text,"
        " actor_id, actor_name, actor_wikidata, channel, published, json, issues, topics, cluster_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*row, cluster_id) for row in rows.statements],
    )
    conn.executemany(
        'INSERT INTO entities(doc_id, pipeline_version, start, "end", text, label, actor_id, actor_name, wikidata)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.entities,
    )
    write_positions(conn, key, rows.positions, cluster_id, replace=replace)


def stale_analysis(doc_alias: str, dialect: Dialect) -> str:
    """A WHERE clause on documents (one ``?``: the current pipeline version) keeping those to
    (re)analyse: never analysed, or whose newest analysis is by another pipeline version."""
    return (f"coalesce((SELECT a.pipeline_version FROM analyses a WHERE a.doc_id = {doc_alias}.id"
            f" ORDER BY a.created_at DESC, a.{dialect.rowid} DESC LIMIT 1), '') <> ?")


def padded(items: Any) -> str:
    """A list as " a b ": `LIKE '% a %'` then finds a member."""
    return " " + " ".join(str(i) for i in items) + " "


# Wire copies of one story repeat the same quote: one per (cluster, speaker, quote) when asked.
STATEMENT_COPIES = ("coalesce(s.cluster_id, s.doc_id),"
                    " coalesce(s.actor_id, lower(s.actor_name), lower(s.speaker_text)), lower(s.quote_text)")
# The orders of a statement listing (``order=``): by date, newest first, by speaker (A-Z, then date).
STATEMENT_ORDERS = {
    "date": "published IS NULL, published, row_no",
    "-date": "published IS NULL, published DESC, row_no DESC",
    "actor": "who IS NULL, who, published IS NULL, published, row_no",
}


def query_statements(conn: Any, dialect: Dialect, text_clause: Callable[[str], "tuple[str, list[Any]] | None"],
                     *, actor: str | None, since: date | str | None, until: date | str | None, type: str | None,
                     text: str | None, limit: int, offset: int, one_per_cluster: bool, channel: str | None = None,
                     issue: str | None = None, topic: int | str | None = None,
                     newest_first: bool = False, actor_ids: list[str] | None = None,
                     mention: str | None = None, source: str | None = None, lang: str | None = None,
                     order: str | None = None) -> list[dict[str, Any]]:
    found = statement_filters(dialect, text_clause, actor=actor, since=since, until=until, type=type, text=text,
                              channel=channel, issue=issue, topic=topic, actor_ids=actor_ids, mention=mention,
                              source=source, lang=lang)
    if found is None:
        return []
    where, params = found
    dedupe = (f", ROW_NUMBER() OVER (PARTITION BY {STATEMENT_COPIES} ORDER BY s.published, s.row_no) AS copy_no"
              if one_per_cluster else ", 1 AS copy_no")
    sort = STATEMENT_ORDERS[check_order(order or ("-date" if newest_first else "date"), STATEMENT_ORDERS)]
    sql = (f"SELECT * FROM (SELECT s.json, s.cluster_id, s.published, s.row_no,"
           f" lower(coalesce(s.actor_name, s.speaker_text)) AS who{dedupe}"
           f" FROM statements s WHERE {' AND '.join(where)}) AS t"
           f" WHERE copy_no = 1 ORDER BY {sort} LIMIT ? OFFSET ?")
    rows = run_match(conn, sql, (*params, limit, offset), text or "", dialect.match_errors)
    return [{**json.loads(r["json"]), "cluster_id": r["cluster_id"]} for r in rows]


def statement_filters(dialect: Dialect, text_clause: Callable[[str], "tuple[str, list[Any]] | None"], *,
                      actor: str | None = None, since: date | str | None = None, until: date | str | None = None,
                      type: str | None = None, text: str | None = None, channel: str | None = None,
                      issue: str | None = None, topic: int | str | None = None, actor_ids: list[str] | None = None,
                      mention: str | None = None, source: str | None = None,
                      lang: str | None = None) -> "tuple[list[str], list[Any]] | None":
    """The WHERE clauses (on statements ``s``) and parameters of a statement query; None when
    ``text`` has nothing to search for (no statement matches)."""
    # Only the newest analysis of a document counts, so re-analysing with a new
    # pipeline version does not double its statements.
    where = [latest_analysis("s", dialect)]
    params: list[Any] = []
    where += document_clauses("s", dialect, params, source=source, lang=lang)
    if actor:
        where.append(f"(s.actor_id = ? OR s.actor_wikidata = ? OR {dialect.nocase_eq('s.actor_name')}"
                     f" OR {dialect.nocase_eq('s.speaker_text')})")
        params += [actor] * 4
    if actor_ids is not None:
        where.append(in_list("s.actor_id", list(actor_ids)))
        params += list(actor_ids)
    if mention:
        where.append(dialect.nocase_contains("s.speaker_text"))
        params.append(like_pattern(mention))
    if (day := iso_day(since, "since")) is not None:
        where.append("s.published >= ?")
        params.append(day)
    if (day := iso_day(until, "until")) is not None:
        where.append("s.published <= ?")
        params.append(day)
    if type:
        where.append(dialect.nocase_eq("s.type"))
        params.append(type)
    if channel:
        where.append(dialect.nocase_eq("s.channel"))
        params.append(channel)
    if issue:
        where.append("s.issues LIKE ?")
        params.append(f"% {issue} %")
    if topic not in (None, ""):
        where.append("s.topics LIKE ?")
        params.append(f"% {int(topic)} %")
    if text:
        clause = text_clause(text)
        if clause is None:
            return None
        where.append(clause[0])
        params += clause[1]
    return where, params
