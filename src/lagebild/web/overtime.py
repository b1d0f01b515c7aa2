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
    return render(request, "commitments.html", nav="commitments", rows=rows, table=[commitment_row(c) for c in rows],
                  acts=ACTS, filters=filters, period=span, page=page,
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


@router.get("/changes", response_class=HTMLResponse)
def changes_page(request: Request, store=Depends(reader), actor: str = Query("", max_length=200),
                 issue: str = Query("", max_length=200), since: str = Query("", max_length=20),
                 until: str = Query("", max_length=20)):
    span = period(store, since, until)
    changes = optional(store, "changes", actor_ids=actor_ids(store, actor), issue=issue or None,
                       since=span["since"], until=span["until"])
    filters = {"actor": actor, "issue": issue, **period_query(since, until)}
    return render(request, "changes.html", nav="changes", changes=changes, filters=filters, period=span,
                  has_positions=changes is not None,
                  json_href="/api/v1/changes?" + query_string(**filters))
