"""Facet counts: how many records of a listing's query have each actor, issue, stance, type,
outlet or language (as Datasette shows them beside a table), and the documents' filters.

The counts use the very WHERE clauses of the listings (``statement_filters``,
``position_filters``, ``commitment_filters``, ``document_filters``) and count wire copies once
as the listings do, so a facet's count is the number of records its link lists.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable

from ..errors import QueryError
from .analyses import STATEMENT_COPIES, statement_filters
from .dialect import Dialect, check_order
from .positions import COMMITMENT_COPIES, POSITION_COPIES, commitment_filters, position_filters
from .rows import iso_day

# kind -> (table, alias, wire-copy partition, {facet: (value column, label column or None)})
_OUTLET = ("d.source", None)
_LANG = ("d.lang", None)
FACETS: dict[str, tuple[str, str, str | None, dict[str, tuple[str, str | None]]]] = {
    "statements": ("statements", "s", STATEMENT_COPIES, {
        "actor": ("s.actor_id", "s.actor_name"), "issue": ("s.issues", None), "type": ("s.type", None),
        "source": _OUTLET, "lang": _LANG}),
    "positions": ("positions", "p", POSITION_COPIES, {
        "actor": ("p.actor_id", "p.actor_name"), "issue": ("p.issue", None), "stance": ("p.stance", None),
        "source": _OUTLET, "lang": _LANG}),
    "commitments": ("commitments", "c", COMMITMENT_COPIES, {
        "actor": ("c.actor_id", "c.actor_name"), "issue": ("c.issue", None), "act": ("c.act", None),
        "source": _OUTLET, "lang": _LANG}),
    "documents": ("documents", "d", None, {"source": _OUTLET, "lang": _LANG}),
}
PADDED = {"s.issues"}  # space-padded lists (" a b "): each member counts

# The orders of the document listing: ingestion order, by publication date, newest first.
DOCUMENT_ORDERS = {
    "ingested": "doc_no",
    "date": "published IS NULL, published, doc_no",
    "-date": "published IS NULL, published DESC, doc_no DESC",
}


def document_filters(dialect: Dialect, params: list[Any], *, since: Any = None, until: Any = None,
                     source: str | None = None, lang: str | None = None) -> list[str]:
    """The WHERE clauses of a document query on documents ``d`` (published in [since, until],
    from the outlet ``source`` ignoring ASCII case, in language ``lang``)."""
    where = ["1 = 1"]
    if (day := iso_day(since, "since")) is not None:
        where.append("d.published >= ?")
        params.append(day)
    if (day := iso_day(until, "until")) is not None:
        where.append("d.published <= ?")
        params.append(day)
    if source:
        where.append(dialect.nocase_eq("d.source"))
        params.append(source)
    if lang:
        where.append("d.lang = ?")
        params.append(lang)
    return where


def document_order(order: str | None) -> str:
    return DOCUMENT_ORDERS[check_order(order or "ingested", DOCUMENT_ORDERS)]


def _where(kind: str, dialect: Dialect, text_clause: Callable[[str], Any], params: list[Any],
           filters: dict[str, Any]) -> list[str] | None:
    if kind == "statements":
        found = statement_filters(dialect, text_clause, **filters)
        if found is None:
            return None
        params += found[1]
        return found[0]
    if kind == "positions":
        return position_filters(dialect, params, **filters)
    if kind == "commitments":
        return commitment_filters(dialect, params, **filters)
    return document_filters(dialect, params, **filters)


def facet_counts(conn: Any, dialect: Dialect, text_clause: Callable[[str], Any], kind: str, *,
                 names: Any = None, top: int | None = 10, one_per_cluster: bool = True,
                 **filters: Any) -> dict[str, Any]:
    """``{"total": n, "facets": {name: [{"value", "label", "count"}, ...]}}`` for the records of
    ``kind`` (statements, positions, commitments, documents) that ``filters`` keep (the keyword
    arguments of that kind's query): the ``top`` values of each facet in ``names`` (default: all
    of the kind's), most records first; records without a value are not listed."""
    if kind not in FACETS:
        raise QueryError(f"no facets for {kind!r}; one of: {', '.join(FACETS)}")
    table, alias, copies, columns = FACETS[kind]
    wanted = list(columns) if names is None else [n for n in names if n in columns]
    params: list[Any] = []
    where = _where(kind, dialect, text_clause, params, {k: v for k, v in filters.items() if v not in (None, "")})
    if where is None:
        return {"total": 0, "facets": {name: [] for name in wanted}}
    join = "" if alias == "d" else f" LEFT JOIN documents d ON d.id = {alias}.doc_id"
    copy_no = (f"ROW_NUMBER() OVER (PARTITION BY {copies} ORDER BY {alias}.published, {alias}.row_no)"
               if copies and one_per_cluster else "1")
    picked = ", ".join(f"{value} AS v{i}, {label or 'NULL'} AS l{i}"
                       for i, (value, label) in enumerate(columns[n] for n in wanted))
    inner = (f"SELECT {picked + ', ' if picked else ''}{copy_no} AS copy_no FROM {table} {alias}{join}"
             f" WHERE {' AND '.join(where)}")
    total = conn.execute(f"SELECT count(*) FROM ({inner}) AS t WHERE copy_no = 1", params).fetchone()[0]
    out: dict[str, list[dict[str, Any]]] = {}
    for i, name in enumerate(wanted):
        rows = conn.execute(f"SELECT v{i}, max(l{i}), count(*) FROM ({inner}) AS t WHERE copy_no = 1"
                            f" AND v{i} IS NOT NULL GROUP BY v{i}", params).fetchall()
        counts: Counter = Counter()
        labels: dict[str, Any] = {}
        for value, label, n in rows:
            for member in (str(value).split() if columns[name][0] in PADDED else [value]):
                if member != "":
                    counts[member] += int(n)
                    labels.setdefault(member, label)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))
        out[name] = [{"value": v, "label": labels.get(v) or v, "count": n}
                     for v, n in (ranked if top is None else ranked[:top])]
    return {"total": int(total), "facets": out}
