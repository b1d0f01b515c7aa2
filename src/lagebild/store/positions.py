"""Positions and commitments: writing them with an analysis, and the queries over time.

Records are the dicts the positions stage puts on ``Analysis.positions`` and
``Analysis.commitments`` (``model.Position``/``Commitment`` as JSON, see docs/commitments.md).
The tables hold the columns queries filter on; the full record stays in ``json``, written with
its ``conditions`` expanded from ids into records ``{id, type, text, start, end}`` (the
condition records live in the same analysis), so every reader gets them. Records stored before
that (bare condition ids) are expanded on read from their analysis (``expand_conditions``).
Reading them (actor keys, changes, disagreements) is ``recordviews``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model import Analysis
from ..recordviews import STANCE_LEAN, actor_fields, disagreements, issue_id, stance_changes
from .dialect import Dialect, check_order, document_clauses, in_list, latest_analysis, like_pattern
from .rows import iso_day

__all__ = ["STANCE_LEAN", "disagreements", "stance_changes", "PositionRows", "position_rows", "write_positions",
           "query_positions", "query_commitments", "timeline", "as_day", "condition_record", "expand_conditions"]


@dataclass
class PositionRows:
    """Positions and commitments of one analysis as row values; the cluster id and
    the JSON (which carries the cluster id) are added when they are written."""

    positions: list[tuple[tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)
    commitments: list[tuple[tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)
    published: str | None = None


def position_rows(analysis: Analysis) -> PositionRows:
    doc = analysis.document
    key = (doc.id, analysis.pipeline_version)
    published = doc.published.isoformat() if doc.published else None
    by_id = _conditions_by_id(analysis.conditions)
    return PositionRows(
        [((p.get("id") or f"{doc.id}:p{i}", *key, *actor_fields(p), issue_id(p), p.get("stance") or "undecided",
           published), expand_conditions(p, by_id)) for i, p in enumerate(analysis.positions)],
        [((c.get("id") or f"{doc.id}:c{i}", *key, *actor_fields(c), c.get("act") or "intention",
           _object_text(c), issue_id(c), published), expand_conditions(c, by_id))
         for i, c in enumerate(analysis.commitments)],
        published,
    )


def condition_record(cond: Any) -> dict[str, Any]:
    """A condition as records carry it in every output: ``{id, type, text, start, end}`` (``text``
    the condition's words, offsets into the document text). Takes a condition of the analysis
    (``text`` a span), a record already in this shape, or a bare id (type, text, offsets null)."""
    if isinstance(cond, str):
        return {"id": cond, "type": None, "text": None, "start": None, "end": None}
    span = cond.get("text")
    if isinstance(span, dict):
        text, start, end = span.get("text"), span.get("start"), span.get("end")
    else:
        text, start, end = span, cond.get("start"), cond.get("end")
    return {"id": cond.get("id"), "type": cond.get("type"), "text": text, "start": start, "end": end}


def expand_conditions(record: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``record`` with its ``conditions`` as ``condition_record``s: ids are looked up in ``by_id``
    (the analysis's conditions by id); the record itself is not changed."""
    conds = record.get("conditions")
    if not isinstance(conds, list) or not conds:
        return record
    return {**record, "conditions": [condition_record(by_id.get(c, c) if isinstance(c, str) else c) for c in conds]}


def _conditions_by_id(conditions: Any) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in conditions or [] if isinstance(c, dict) and isinstance(c.get("id"), str)}


def _bare_ids(record: dict[str, Any]) -> bool:
    return any(isinstance(c, str) for c in record.get("conditions") or [])


def _stored_conditions(conn: Any, doc_id: str, version: str) -> dict[str, dict[str, Any]]:
    """The conditions of one stored analysis by id (for records stored with bare condition ids)."""
    row = conn.execute("SELECT result FROM analyses WHERE doc_id = ? AND pipeline_version = ?",
                       (doc_id, version)).fetchone()
    return _conditions_by_id(json.loads(row[0]).get("conditions")) if row else {}


def write_positions(conn: Any, key: tuple[str, str], rows: PositionRows, cluster_id: str | None, *,
                    replace: bool = True) -> None:
    """Replace the positions and commitments of ``key`` (doc_id, pipeline_version); ``replace=False``
    when none can be stored yet. Caller holds a transaction."""
    if replace:
        conn.execute("DELETE FROM positions WHERE doc_id = ? AND pipeline_version = ?", key)
        conn.execute("DELETE FROM commitments WHERE doc_id = ? AND pipeline_version = ?", key)
    conn.executemany(
        "INSERT INTO positions(id, doc_id, pipeline_version, actor_key, actor_id, actor_name, actor_wikidata,"
        " actor_mention, issue, stance, published, cluster_id, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(*values, cluster_id, _record_json(record, key[0], rows.published, cluster_id))
         for values, record in rows.positions],
    )
    conn.executemany(
        "INSERT INTO commitments(id, doc_id, pipeline_version, actor_key, actor_id, actor_name, actor_wikidata,"
        " actor_mention, act, object, issue, published, cluster_id, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(*values, cluster_id, _record_json(record, key[0], rows.published, cluster_id))
         for values, record in rows.commitments],
    )


def _object_text(record: dict[str, Any]) -> str | None:
    obj = record.get("object")
    if isinstance(obj, dict):
        return obj.get("text") or obj.get("normalized") or obj.get("phrase")
    return obj


def _record_json(record: dict[str, Any], doc_id: str, published: str | None, cluster_id: str | None) -> str:
    return json.dumps({"doc": doc_id, "published": published, "cluster_id": cluster_id, **record},
                      ensure_ascii=False)


def _actor_clause(alias: str, actor: str | None, params: list[Any], dialect: Dialect) -> str | None:
    if not actor:
        return None
    params += [actor] * 4
    return (f"({alias}.actor_id = ? OR {alias}.actor_wikidata = ? OR {dialect.nocase_eq(alias + '.actor_name')}"
            f" OR {dialect.nocase_eq(alias + '.actor_mention')})")


# Wire copies (same story cluster, same key) count once: the listings' and the facets' partition.
POSITION_COPIES = "coalesce(p.cluster_id, p.doc_id), p.actor_key, p.issue, p.stance"
COMMITMENT_COPIES = "coalesce(c.cluster_id, c.doc_id), c.actor_key, c.act, lower(coalesce(c.object, ''))"
# The orders of a listing (``order=``): by date, newest first, by actor (A-Z, then date).
RECORD_ORDERS = {
    "date": "published IS NULL, published, row_no",
    "-date": "published IS NULL, published DESC, row_no DESC",
    "actor": "who IS NULL, who, published IS NULL, published, row_no",
}


def record_filters(alias: str, dialect: Dialect, *, actor=None, issue=None, since=None, until=None,
                   params: list[Any], actor_ids: list[str] | None = None, mention: str | None = None,
                   source: str | None = None, lang: str | None = None) -> list[str]:
    """The WHERE clauses of a position (``p``) or commitment (``c``) query; adds to ``params``."""
    # Only each document's newest analysis counts (as for statements).
    where = [latest_analysis(alias, dialect)]
    where += document_clauses(alias, dialect, params, source=source, lang=lang)
    if clause := _actor_clause(alias, actor, params, dialect):
        where.append(clause)
    if actor_ids is not None:  # the key is the actor id wherever there is one (and indexed)
        where.append(f"{in_list(alias + '.actor_key', list(actor_ids))} AND {alias}.actor_id IS NOT NULL")
        params += list(actor_ids)
    if mention:
        where.append(dialect.nocase_contains(f"{alias}.actor_mention"))
        params.append(like_pattern(mention))
    if issue:
        where.append(dialect.nocase_eq(f"{alias}.issue"))
        params.append(issue)
    if (day := iso_day(since, "since")) is not None:
        where.append(f"{alias}.published >= ?")
        params.append(day)
    if (day := iso_day(until, "until")) is not None:
        where.append(f"{alias}.published <= ?")
        params.append(day)
    return where


def _records(conn: Any, table: str, alias: str, where: list[str], params: list[Any], copies: str | None,
             limit: int, offset: int, order: str | None = None) -> list[dict[str, Any]]:
    """Rows of ``table`` in ``order`` (``RECORD_ORDERS``, default by date); with ``copies`` (a
    partition), wire copies (same story cluster and the same key) count once: the earliest is kept."""
    sort = RECORD_ORDERS[check_order(order or "date", RECORD_ORDERS)]
    dedupe = (f", ROW_NUMBER() OVER (PARTITION BY {copies}"
              f" ORDER BY {alias}.published, {alias}.row_no) AS copy_no" if copies else ", 1 AS copy_no")
    sql = (f"SELECT json, doc_id, pipeline_version FROM (SELECT {alias}.json, {alias}.doc_id, {alias}.pipeline_version,"
           f" {alias}.published, {alias}.row_no, lower(coalesce({alias}.actor_name, {alias}.actor_mention)) AS who"
           f"{dedupe} FROM {table} {alias}"
           f" WHERE {' AND '.join(where)}) AS t WHERE copy_no = 1"
           f" ORDER BY {sort} LIMIT ? OFFSET ?")
    rows = [(json.loads(r[0]), r[1], r[2]) for r in conn.execute(sql, (*params, limit, offset)).fetchall()]
    stored: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    out = []
    for record, doc_id, version in rows:
        if _bare_ids(record):  # stored before conditions were written expanded
            if (doc_id, version) not in stored:
                stored[doc_id, version] = _stored_conditions(conn, doc_id, version)
            record = expand_conditions(record, stored[doc_id, version])
        out.append(record)
    return out


def query_positions(conn: Any, dialect: Dialect, *, actor=None, issue=None, stance=None, since=None, until=None,
                    limit: int = 100, offset: int = 0, one_per_cluster: bool = True, actor_ids=None,
                    mention=None, source=None, lang=None, order=None) -> list[dict[str, Any]]:
    params: list[Any] = []
    where = position_filters(dialect, params, actor=actor, issue=issue, stance=stance, since=since, until=until,
                             actor_ids=actor_ids, mention=mention, source=source, lang=lang)
    return _records(conn, "positions", "p", where, params, POSITION_COPIES if one_per_cluster else None, limit,
                    offset, order)


def position_filters(dialect: Dialect, params: list[Any], *, stance=None, **filters: Any) -> list[str]:
    """``record_filters`` on positions ``p``, and ``stance``."""
    where = record_filters("p", dialect, params=params, **filters)
    if stance:
        where.append("p.stance = ?")
        params.append(stance)
    return where


def query_commitments(conn: Any, dialect: Dialect, *, actor=None, issue=None, act=None, since=None, until=None,
                      limit: int = 100, offset: int = 0, one_per_cluster: bool = True, actor_ids=None,
                      mention=None) -> list[dict[str, Any]]:
    params: list[Any] = []
    where = commitment_filters(dialect, params, actor=actor, issue=issue, act=act, since=since, until=until,
                               actor_ids=actor_ids, mention=mention)
    return _records(conn, "commitments", "c", where, params, COMMITMENT_COPIES if one_per_cluster else None,
                    limit, offset)


def commitment_filters(dialect: Dialect, params: list[Any], *, act=None, **filters: Any) -> list[str]:
    """``record_filters`` on commitments ``c``, and ``act``."""
    where = record_filters("c", dialect, params=params, **filters)
    if act:
        where.append("c.act = ?")
        params.append(act)
    return where


def timeline(statements: list[dict[str, Any]], positions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Statements and positions of an actor (or issue), merged in date order, each with a ``kind``."""
    rows = [{"kind": "statement", **s} for s in statements] + [{"kind": "position", **p} for p in positions]
    return sorted(rows, key=lambda r: (r.get("published") or "", r["kind"], r.get("id") or ""))


def as_day(value: date | str | None) -> str | None:
    return iso_day(value, "date")
