"""The pages over time: commitments (with a CSV download) and stance changes, and the period
every page over time shows (``?since=&until=``, ``since=all``: no lower bound; neither: the
corpus's last 12 months)."""
from __future__ import annotations

import csv
import io
from typing import Any, Optional

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..api.records import actor_ids, condition_texts, optional
from ..api.routes import period, reader
from .pages import render
from .listing import facet_box
from .rows import commitment_row, period_query, query_string

PAGE = 50
CSV_LIMIT = 100_000
ACTS = ("pledge", "intention", "delivery", "demand", "refusal", "not_ruled_out", "under_consideration")

router = APIRouter(include_in_schema=False)


def _commitments(store: Any, actor: Optional[str], act: Optional[str], issue: Optional[str],
                 span: dict[str, Any], limit: int, offset: int) -> list[dict[str, Any]]:
    rows = optional(store, "commitments", actor_ids=actor_ids(store, actor), act=act or None, issue=issue or None,
                    since=span["since"], until=span["until"], limit=limit, offset=offset) or []
    condition_texts(rows)
    return rows


@router.get("/commitments", response_class=HTMLResponse)
def commitments_page(request: Request, store=Depends(reader), actor: str = Query("", max_length=200),
                     act: str = Query("", max_length=40), issue: str = Query("", max_length=200),
                     since: str = Query("", max_length=20), until: str = Query("", max_length=20),
                     page: int = Query(1, ge=1, le=100_000)):
    span = period(store, since, until)
    rows = _commitments(store, actor, act, issue, span, PAGE, (page - 1) * PAGE)
    filters = {"actor": actor, "act": act, "issue": issue, **period_query(since, until)}
    box = None
    if hasattr(store, "facets"):  # counts of the same query (store.facets), links that add a filter
        found = store.facets("commitments", names=["actor", "issue", "act"], actor_ids=actor_ids(store, actor),
                             act=act or None, issue=issue or None, since=span["since"], until=span["until"])
        box = facet_box(found, "/commitments", filters)
    return render(request, "commitments.html", nav="commitments", rows=rows, table=[commitment_row(c) for c in rows],
                  acts=ACTS, filters=filters, period=span, page=page, box=box,
                  prev=query_string(**filters, page=page - 1) if page > 1 else None,
                  more=query_string(**filters, page=page + 1) if len(rows) == PAGE else None,
                  json_href="/api/v1/commitments?" + query_string(**filters, limit=PAGE, offset=(page - 1) * PAGE),
                  csv_href="/commitments.csv?" + query_string(**filters))


@router.get("/commitments.csv")
def commitments_csv(store=Depends(reader), actor: str = Query("", max_length=200),
                    act: str = Query("", max_length=40), issue: str = Query("", max_length=200),
                    since: str = Query("", max_length=20), until: str = Query("", max_length=20)):
    """Every commitment of the commitments page's query (all its pages) as CSV."""
    rows = _commitments(store, actor, act, issue, period(store, since, until), CSV_LIMIT, 0)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(commitment_row({})))
    writer.writeheader()
    writer.writerows(commitment_row(c) for c in rows)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="commitments.csv"'})


def _changes(store: Any, actor: str, issue: str, span: dict[str, Any]) -> list[dict[str, Any]] | None:
    return optional(store, "changes", actor_ids=actor_ids(store, actor), issue=issue or None,
                    since=span["since"], until=span["until"])


@router.get("/changes", response_class=HTMLResponse)
def changes_page(request: Request, store=Depends(reader), actor: str = Query("", max_length=200),
                 issue: str = Query("", max_length=200), since: str = Query("", max_length=20),
                 until: str = Query("", max_length=20)):
    span = period(store, since, until)
    changes = _changes(store, actor, issue, span)
    filters = {"actor": actor, "issue": issue, **period_query(since, until)}
    box = facet_box(change_facets(changes or []), "/changes", filters) if changes else None
    return render(request, "changes.html", nav="changes", changes=changes, filters=filters, period=span,
                  has_positions=changes is not None, box=box,
                  json_href="/api/v1/changes?" + query_string(**filters),
                  csv_href="/changes.csv?" + query_string(**filters))


def change_facets(changes: list[dict[str, Any]]) -> dict[str, Any]:
    """Actor and issue counts of the changes on the page (``store.facets``' shape): the changes are
    computed from positions, not stored, so they are counted here."""
    counts: dict[str, dict[tuple[str, str], int]] = {"actor": {}, "issue": {}}
    for c in changes:
        for name, value, label in (("actor", c.get("actor_key"), c.get("actor")), ("issue", c.get("issue"), None)):
            if value:
                key = (str(value), str(label or value))
                counts[name][key] = counts[name].get(key, 0) + 1
    return {"total": len(changes), "facets": {
        name: [{"value": v, "label": lab, "count": n} for (v, lab), n in sorted(found.items(), key=lambda x: -x[1])]
        for name, found in counts.items()}}


# one row per shift: who, on what, from which stance and article to which
CHANGE_COLUMNS = ("actor", "actor_key", "issue", "from_stance", "from_published", "from_doc", "from_id",
                  "from_evidence", "to_stance", "to_published", "to_doc", "to_id", "to_evidence")


def _change_row(change: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"actor": change.get("actor"), "actor_key": change.get("actor_key"),
                           "issue": change.get("issue")}
    for side in ("from", "to"):
        rec = change.get(side) or {}
        evidence = rec.get("evidence") or []
        row.update({f"{side}_stance": rec.get("stance"), f"{side}_published": rec.get("published"),
                    f"{side}_doc": rec.get("doc"), f"{side}_id": rec.get("id"),
                    f"{side}_evidence": " … ".join(e.get("text", "") for e in evidence if isinstance(e, dict)) or None})
    return row


@router.get("/changes.csv")
def changes_csv(store=Depends(reader), actor: str = Query("", max_length=200),
                issue: str = Query("", max_length=200), since: str = Query("", max_length=20),
                until: str = Query("", max_length=20)):
    """Every stance change of the changes page's query as CSV (columns: ``CHANGE_COLUMNS``)."""
    rows = _changes(store, actor, issue, period(store, since, until)) or []
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(CHANGE_COLUMNS))
    writer.writeheader()
    writer.writerows(_change_row(c) for c in rows)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="changes.csv"'})
