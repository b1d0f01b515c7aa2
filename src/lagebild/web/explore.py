"""The listing pages to explore with: statements, positions, documents and the issue index, each
with filters, facet counts, sorting, paging, a period (``?since=&until=``, default the corpus's
last 12 months) and links to the same query as CSV (``/<page>.csv``, every page) and as JSON
(the /api/v1 route with the same filters)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ..api.explore import catalogue, issue_index
from ..api.records import actor_ids, check_issue, condition_texts
from ..api.routes import NotAvailable, period, reader
from ..model import STANCES, STATEMENT_TYPES
from .listing import (CSV_LIMIT, DOCUMENT_COLUMNS, ISSUE_COLUMNS, MAX_LIMIT, POSITION_COLUMNS, STATEMENT_COLUMNS,
                      choice, csv_response, facet_box, pager, position_row, statement_row)
from .pages import render
from .rows import period_query, query_string

router = APIRouter(include_in_schema=False)

RECORD_SORTS = ("date", "-date", "actor")
DOCUMENT_SORTS = ("-date", "date", "ingested")


def Text() -> Any:  # a fresh Query per parameter: FastAPI binds each to one name
    return Query("", max_length=200)


def Short() -> Any:
    return Query("", max_length=20)


Limit = Query(50, ge=1, le=MAX_LIMIT)
Offset = Query(0, ge=0, le=10_000_000)


def _api_period(span: dict[str, Any], defaults: bool) -> dict[str, Any]:
    """The applied period as API parameters: explicit bounds, so the API answers the same query
    (``since=all`` where the route has a default period and there is no lower bound)."""
    return {"since": span["since"] or ("all" if defaults else ""), "until": span["until"] or ""}


def _records(store: Any, kind: str, *, actor: str, issue: str, own: dict[str, str], source: str, lang: str,
             span: dict[str, Any], sort: str, limit: int, offset: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The records of a statements or positions page, and their filters as the store takes them."""
    if not hasattr(store, kind):
        raise NotAvailable(f"this store has no {kind}")
    check_issue(store, issue or None)
    filters = {"actor_ids": actor_ids(store, actor), "issue": issue or None, "source": source or None,
               "lang": lang or None, "since": span["since"], "until": span["until"],
               **{k: v or None for k, v in own.items()}}
    rows = getattr(store, kind)(**filters, order=sort or None, limit=limit, offset=offset, one_per_cluster=True)
    return rows, filters


def _page(request: Request, store: Any, kind: str, template: str, *, params: dict[str, Any],
          filters: dict[str, Any], rows: list[dict[str, Any]], span: dict[str, Any], sort: str, limit: int,
          offset: int, json_href: str, **context: Any):
    keep = {**params, "sort": sort}
    found = store.facets(kind, **filters)
    names = {i.id: i.label_en for i in catalogue(store)}
    for row in found["facets"].get("issue", []):
        row["label"] = names.get(row["value"]) or row["label"]
    box = facet_box(found, f"/{kind}", keep)
    return render(request, template, nav=kind, rows=rows, filters=params, period=span, box=box, sort=sort,
                  limit=limit, offset=offset, pages=pager(f"/{kind}", keep, len(rows), limit, offset),
                  json_href=json_href, csv_href=f"/{kind}.csv?{query_string(**keep)}", keep=keep, **context)


@router.get("/statements", response_class=HTMLResponse)
def statements_page(request: Request, store=Depends(reader), actor: str = Text(), issue: str = Text(),
                    type: str = Short(), source: str = Text(), lang: str = Short(),
                    since: str = Short(), until: str = Short(), sort: str = Short(),
                    limit: int = Limit, offset: int = Offset):
    choice(type, STATEMENT_TYPES, "type")
    choice(sort, RECORD_SORTS, "sort")
    span = period(store, since, until)
    rows, filters = _records(store, "statements", actor=actor, issue=issue, own={"type": type}, source=source,
                             lang=lang, span=span, sort=sort, limit=limit, offset=offset)
    params = {"actor": actor, "issue": issue, "type": type, "source": source, "lang": lang,
              **period_query(since, until)}
    api = {**params, **_api_period(span, False), "sort": sort, "limit": limit, "offset": offset}
    return _page(request, store, "statements", "statements.html", params=params, filters=filters, rows=rows,
                 span=span, sort=sort, limit=limit, offset=offset, table=[statement_row(r) for r in rows],
                 json_href="/api/v1/statements?" + query_string(**api), types=STATEMENT_TYPES)


@router.get("/statements.csv")
def statements_csv(store=Depends(reader), actor: str = Text(), issue: str = Text(), type: str = Short(),
                   source: str = Text(), lang: str = Short(), since: str = Short(), until: str = Short(),
                   sort: str = Short()):
    """Every statement of the statements page's query (all its pages) as CSV."""
    choice(type, STATEMENT_TYPES, "type")
    choice(sort, RECORD_SORTS, "sort")
    rows, _ = _records(store, "statements", actor=actor, issue=issue, own={"type": type}, source=source, lang=lang,
                       span=period(store, since, until), sort=sort, limit=CSV_LIMIT, offset=0)
    return csv_response((statement_row(r) for r in rows), STATEMENT_COLUMNS, "statements")


@router.get("/positions", response_class=HTMLResponse)
def positions_page(request: Request, store=Depends(reader), actor: str = Text(), issue: str = Text(),
                   stance: str = Short(), source: str = Text(), lang: str = Short(),
                   since: str = Short(), until: str = Short(), sort: str = Short(),
                   limit: int = Limit, offset: int = Offset):
    choice(stance, STANCES, "stance")
    choice(sort, RECORD_SORTS, "sort")
    span = period(store, since, until)
    rows, filters = _records(store, "positions", actor=actor, issue=issue, own={"stance": stance}, source=source,
                             lang=lang, span=span, sort=sort, limit=limit, offset=offset)
    condition_texts(rows)
    params = {"actor": actor, "issue": issue, "stance": stance, "source": source, "lang": lang,
              **period_query(since, until)}
    api = {**params, **_api_period(span, True), "sort": sort, "limit": limit, "offset": offset}
    return _page(request, store, "positions", "positions.html", params=params, filters=filters, rows=rows,
                 span=span, sort=sort, limit=limit, offset=offset, table=[position_row(r) for r in rows],
                 json_href="/api/v1/positions?" + query_string(**api), stances=STANCES)


@router.get("/positions.csv")
def positions_csv(store=Depends(reader), actor: str = Text(), issue: str = Text(), stance: str = Short(),
                  source: str = Text(), lang: str = Short(), since: str = Short(), until: str = Short(),
                  sort: str = Short()):
    """Every position of the positions page's query (all its pages) as CSV."""
    choice(stance, STANCES, "stance")
    choice(sort, RECORD_SORTS, "sort")
    rows, _ = _records(store, "positions", actor=actor, issue=issue, own={"stance": stance}, source=source,
                       lang=lang, span=period(store, since, until), sort=sort, limit=CSV_LIMIT, offset=0)
    return csv_response((position_row(r) for r in rows), POSITION_COLUMNS, "positions")


def _documents(store: Any, source: str, lang: str, span: dict[str, Any], sort: str, limit: int,
               offset: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    filters = {"source": source or None, "lang": lang or None, "since": span["since"], "until": span["until"]}
    docs = store.documents(limit=limit, offset=offset, order=sort or "-date", **filters)
    return [d.to_dict() for d in docs], filters


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, store=Depends(reader), source: str = Text(), lang: str = Short(),
                   since: str = Short(), until: str = Short(), sort: str = Short(),
                   limit: int = Limit, offset: int = Offset):
    choice(sort, DOCUMENT_SORTS, "sort")
    span = period(store, since, until)
    rows, filters = _documents(store, source, lang, span, sort, limit, offset)
    params = {"source": source, "lang": lang, **period_query(since, until)}
    api = {**params, **_api_period(span, False), "sort": sort or "-date", "limit": limit, "offset": offset}
    return _page(request, store, "documents", "documents.html", params=params, filters=filters, rows=rows,
                 span=span, sort=sort, limit=limit, offset=offset, json_href="/api/v1/documents?" + query_string(**api))


@router.get("/documents.csv")
def documents_csv(store=Depends(reader), source: str = Text(), lang: str = Short(), since: str = Short(),
                  until: str = Short(), sort: str = Short()):
    """Every document (metadata) of the documents page's query as CSV."""
    choice(sort, DOCUMENT_SORTS, "sort")
    rows, _ = _documents(store, source, lang, period(store, since, until), sort, CSV_LIMIT, 0)
    return csv_response(rows, DOCUMENT_COLUMNS, "documents")


@router.get("/issues", response_class=HTMLResponse)
def issues_page(request: Request, store=Depends(reader), since: str = Short(), until: str = Short()):
    span = period(store, since, until)
    keep = period_query(since, until)
    return render(request, "issues.html", nav="issues", rows=issue_index(store, span), period=span, keep=keep,
                  json_href="/api/v1/issues?" + query_string(**_api_period(span, True)),
                  csv_href="/issues.csv?" + query_string(**keep))


@router.get("/issues.csv")
def issues_csv(store=Depends(reader), since: str = Short(), until: str = Short()):
    """The issue index of the period as CSV."""
    return csv_response(issue_index(store, period(store, since, until)), ISSUE_COLUMNS, "issues")
