"""Routes for exploring: the issue index and facet counts (/api/v1), shared with the web pages."""
from __future__ import annotations

from typing import Any, Literal, Optional

from fastapi import APIRouter, Depends, Path, Query

from ..errors import QueryError
from ..model import COMMITMENT_ACTS, STANCES, STATEMENT_TYPES
from .records import actor_ids, check_issue
from .routes import (Actor, IssueParam, Lang, NotAvailable, PeriodSince, Source, Until, _day, period, reader)

router = APIRouter(prefix="/api/v1")

FACET_KINDS = ("statements", "positions", "commitments", "documents")


def catalogue(store: Any) -> tuple[Any, ...]:
    """The issues of the catalogue in use (the setting issues_path, else the shipped one)."""
    from ..extract.issues import load_issues

    return tuple(load_issues(getattr(store.options, "issues_path", "") or None))


def issue_index(store: Any, span: dict[str, Any]) -> list[dict[str, Any]]:
    """Every issue of the catalogue, and any other that stored records name, with how many
    positions and commitments on it were published in ``span``: most positions first, then id."""
    counts: dict[str, dict[str, int]] = {}
    if hasattr(store, "facets"):
        for kind in ("positions", "commitments"):
            found = store.facets(kind, names=["issue"], top=None, since=span.get("since"), until=span.get("until"))
            for row in found["facets"]["issue"]:
                counts.setdefault(str(row["value"]), {})[kind] = row["count"]
    rows = {i.id: {"id": i.id, "label": i.label_en or i.id, "label_de": i.label_de or None} for i in catalogue(store)}
    for issue in counts:
        rows.setdefault(issue, {"id": issue, "label": issue, "label_de": None})
    out = [{**row, "positions": counts.get(row["id"], {}).get("positions", 0),
            "commitments": counts.get(row["id"], {}).get("commitments", 0)} for row in rows.values()]
    return sorted(out, key=lambda r: (-r["positions"], -r["commitments"], r["id"]))


@router.get("/issues", tags=["positions"])
def list_issues(store=Depends(reader), since: Optional[str] = PeriodSince, until: Optional[str] = Until):
    """The issue catalogue with the number of positions and commitments on each issue in the
    period, most positions first."""
    applied = period(store, since, until)
    return {"items": issue_index(store, applied), "period": applied}


@router.get("/facets/{kind}", tags=["documents"])
def facets(store=Depends(reader),
           kind: Literal[FACET_KINDS] = Path(description="what to count: statements, positions, "  # type: ignore
                                                          "commitments or documents"),
           actor: Optional[str] = Actor, issue: Optional[str] = IssueParam,
           type: Optional[Literal[STATEMENT_TYPES]] = Query(None, description="statements: this type"),  # type: ignore
           stance: Optional[Literal[STANCES]] = Query(None, description="positions: this stance"),  # type: ignore
           act: Optional[Literal[COMMITMENT_ACTS]] = Query(None, description="commitments: this act"),  # type: ignore
           source: Optional[str] = Source, lang: Optional[str] = Lang,
           since: Optional[str] = PeriodSince, until: Optional[str] = Until,
           top: int = Query(10, ge=1, le=1000, description="how many values of each facet")):
    """Facet counts of a listing's query: how many records (wire copies once) have each actor,
    issue, type/stance/act, outlet (`source`) and language, the most frequent first, and the total."""
    if not hasattr(store, "facets"):
        raise NotAvailable("this store has no facets")
    check_issue(store, issue)
    applied = period(store, since, until)
    own = {"statements": {"type": type}, "positions": {"stance": stance}, "commitments": {"act": act}}.get(kind, {})
    stray = [name for name, value in (("type", type), ("stance", stance), ("act", act)) if value and name not in own]
    if stray or (kind == "documents" and (actor or issue)):
        raise QueryError(f"{kind} cannot be filtered by {', '.join(stray) or 'actor or issue'}")
    filters: dict[str, Any] = {"source": source, "lang": lang, "since": _day(applied["since"], "since"),
                               "until": _day(applied["until"], "until"), **own}
    if kind != "documents":
        filters.update(actor_ids=actor_ids(store, actor), issue=issue)
    return {**store.facets(kind, top=top, **filters), "period": applied}
