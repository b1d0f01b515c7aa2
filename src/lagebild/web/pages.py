"""Server-rendered HTML pages. They read through the same helpers as the API.

Every page works without JavaScript; GET only, so the pages change nothing.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Optional
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from ..about import __version__
from ..errors import QueryError
from ..kb import load_kb
from ..api.records import (OverviewCache, actor_key, actor_label, actor_profile, condition_text, issue_view,
                           search_hits)
from ..api.routes import NotFound, period, reader
from ..recordviews import issue_id, issue_label, period_text
from . import views
from .charts import bar_svg, stance_class
from .highlight import anchor_id
from .rows import actor_in_period, actor_of, commitment_cell, period_query, query_string

PAGE = 20

env = Environment(loader=PackageLoader("lagebild.web", "templates"), autoescape=select_autoescape(["html"]),
                  trim_blocks=True, lstrip_blocks=True)
env.filters["seg"] = lambda value: quote(str(value), safe="")  # one URL path segment
env.filters["anchor"] = lambda value, prefix: anchor_id(prefix, value)
env.filters["stance_class"] = lambda s: stance_class(s)[0]
env.globals.update(version=__version__, bar_svg=bar_svg, actor_label=actor_label, actor_key=actor_key,
                   speaker=views.speaker, quote_text=views.quote_text, cue_text=views.cue_text,
                   snippet_html=views.snippet_html, statement_href=views.statement_href,
                   spans_text=views.spans_text, condition_text=condition_text,
                   issue_id=issue_id, issue_label=issue_label, period_text=period_text, query_string=query_string,
                   actor_of=actor_of, commitment_cell=commitment_cell)
env.tests["web_url"] = views.is_web_url

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = env.get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, detail: str) -> HTMLResponse:
    titles = {400: "That request did not work", 404: "Not found", 501: "Not available yet"}
    return render(request, "error.html", status=status, status_code=status,
                  title=titles.get(status, "Something went wrong"), detail=detail)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, store=Depends(reader), since: str = Query("", max_length=20),
             until: str = Query("", max_length=20)):
    span = period(store, since, until)
    data = request.app.state.overview.get(store, span)
    return render(request, "overview.html", **data, period=span, keep=period_query(since, until))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store=Depends(reader), q: str = Query("", max_length=1000),
                raw: bool = False, page: int = Query(1, ge=1, le=500)):
    hits, statements, error = [], [], None
    if q.strip():
        try:
            hits = search_hits(store, q, limit=PAGE, offset=(page - 1) * PAGE, raw=raw)
            if page == 1:
                statements = store.statements(text=q, limit=8, one_per_cluster=True) if not raw else []
        except QueryError as exc:
            error = str(exc)
    status = 400 if error else 200
    more = urlencode({"q": q, "raw": "true" if raw else "", "page": page + 1}) if len(hits) == PAGE else None
    return render(request, "search.html", status=status, q=q, raw=raw, hits=hits, statements=statements,
                  error=error, page=page, more=more)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, store=Depends(reader)):
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}; search finds documents by their words")
    analysis = store.analysis(doc.id)
    return render(request, "document.html", **views.document_view(doc, analysis))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, store=Depends(reader), q: str = Query("", max_length=200)):
    candidates = load_kb(store.options).lookup(q)[:20] if q.strip() else []
    return render(request, "actors.html", q=q, candidates=candidates,
                  active=request.app.state.overview.get(store, period(store, None, None))["active"])


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: str, store=Depends(reader), since: str = Query("", max_length=20),
               until: str = Query("", max_length=20)):
    span = period(store, since, until)
    profile = actor_profile(store, actor_id, latest=30)
    if profile is None:
        raise NotFound(f"no actor {actor_id!r}; the actor search looks names up")
    profile = actor_in_period(store, profile, span)
    chart = views.actor_chart(profile)
    current = next((r for r in reversed(profile["roles"]) if not r["end"] and
                    (not r["start"] or r["start"] <= date.today().isoformat())), None)
    return render(request, "actor.html", actor=profile, chart=chart, current=current, period=span,
                  keep=period_query(since, until))


@router.get("/issues/{issue_id}", response_class=HTMLResponse)
def issue_page(request: Request, issue_id: str, store=Depends(reader), since: str = Query("", max_length=20),
               until: str = Query("", max_length=20)):
    span = period(store, since, until)
    view = issue_view(store, issue_id, span)
    if view is None:
        detail = (f"no positions on issue {issue_id!r}" if hasattr(store, "positions")
                  else "this store does not record positions yet")
        raise NotFound(detail)
    return render(request, "issue.html", issue=view, matrix=views.stance_matrix(view["positions"]),
                  chart=views.issue_chart(view["positions"]), period=span, keep=period_query(since, until))


@router.get("/statements/{statement_id}", response_class=HTMLResponse, include_in_schema=False)
def statement_redirect(statement_id: str, store=Depends(reader)):
    """A stable link to a statement: its place in the document page."""
    from fastapi.responses import RedirectResponse

    doc_id = statement_id.split(":", 1)[0]
    if store.document(doc_id) is None:
        raise NotFound(f"no statement {statement_id!r}")
    return RedirectResponse(f"/documents/{quote(doc_id, safe='')}#{anchor_id('st', statement_id)}", status_code=302)


def install(app: FastAPI, *, overview_ttl: Optional[float] = None) -> None:
    app.state.overview = OverviewCache() if overview_ttl is None else OverviewCache(overview_ttl)
    app.include_router(router)
