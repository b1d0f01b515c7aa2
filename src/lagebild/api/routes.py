"""The read routes of the REST API (/api/v1)."""
from __future__ import annotations

from datetime import date
from typing import Any, Iterator, Literal, Optional

from fastapi import APIRouter, Depends, Path, Query, Request

from ..dates import parse_date
from ..errors import LagebildError, QueryError
from ..kb import load_kb
from ..model import COMMITMENT_ACTS, STANCES, STATEMENT_TYPES
from . import models
from ..recordviews import ALL, store_period
from .records import MAX_PAGE, actor_ids, actor_profile, check_issue, issue_view, next_offset, optional, search_hits

router = APIRouter(prefix="/api/v1")


class NotFound(LagebildError):
    """A record the client asked for by id does not exist (404 at the boundary)."""


class NotAvailable(LagebildError):
    """This store cannot answer the question yet (501 at the boundary)."""

    hint = "upgrade lagebild; positions need a newer store"


def reader(request: Request) -> Iterator[Any]:
    with request.app.state.pool.reader() as store:
        yield store


def _required(store: Any, method: str, **kwargs: Any) -> list[dict[str, Any]]:
    rows = optional(store, method, **kwargs)
    if rows is None:
        raise NotAvailable(f"this store has no {method}")
    return rows


def _day(value: Optional[str], name: str) -> Optional[date]:
    """A date parameter: YYYY-MM-DD (the store says more about other spellings)."""
    if not value:
        return None
    try:
        return parse_date(value)
    except (LagebildError, ValueError) as exc:
        raise QueryError(f"{name} must be a date like 2025-09-04, got {value!r}",
                         hint="dates are YYYY-MM-DD, between 1800 and today") from exc


def period(store: Any, since: Optional[str], until: Optional[str]) -> dict[str, Any]:
    """The period of a view over time, ``{since, until, default}`` (ISO dates or null): the given
    bounds (``since=all``: no lower bound), or neither given, the corpus's last 12 months."""
    if since and since.strip().lower() == ALL:
        return store_period(store, ALL, _day(until, "until"))
    return store_period(store, _day(since, "since"), _day(until, "until"))


Limit = Query(50, ge=1, le=MAX_PAGE, description=f"page size, at most {MAX_PAGE}")
Offset = Query(0, ge=0, le=10_000_000, description="how many records to skip")
Since = Query(None, description="published on or after YYYY-MM-DD", examples=["2025-09-01"])
Until = Query(None, description="published on or before YYYY-MM-DD", examples=["2025-10-31"])
PeriodSince = Query(None, description="published on or after YYYY-MM-DD; `all`: no lower bound; without since and "
                    "until: the corpus's last 12 months (counted back from its newest article)",
                    examples=["2025-09-01", "all"])
Actor = Query(None, max_length=200, description="an actor: id (Q566257, local:...), Wikidata id, name or alias; "
              "every record of that actor, whatever the mention and role; 400 listing the candidates when it "
              "names several actors, 400 when it names none", examples=["Q566257"])
Members = Query(False, description="with actor: the records of the actor's members too (a state's government "
                "and office holders, a party's members: the knowledge base's hierarchy)")
Mention = Query(None, max_length=200, description="records whose actor mention, as written, contains this text "
                "(ignoring case), unresolved ones too")
IssueParam = Query(None, max_length=200, description="an issue id of the catalogue in use (the setting issues_path, "
                   "else the shipped one); another is a 400 listing the ids")
Source = Query(None, max_length=200, description="only records of documents from this outlet (the document's "
               "source, ignoring case)", examples=["Example Wire"])
Lang = Query(None, max_length=20, description="only records of documents in this language (ISO 639-1)",
             examples=["de"])
Sort = Query(None, description="order: `date` (oldest first, the default), `-date` (newest first), "
             "`actor` (actor or speaker name A-Z, then date)")
RecordOrder = Literal["date", "-date", "actor"]
# Literal parameters: a value outside the list is a 400 problem naming the allowed values.
StatementType = Literal[STATEMENT_TYPES]  # type: ignore[valid-type]
Stance = Literal[STANCES]  # type: ignore[valid-type]
Act = Literal[COMMITMENT_ACTS]  # type: ignore[valid-type]


@router.get("/statements", response_model=models.StatementPage, tags=["statements"])
def list_statements(
    store=Depends(reader),
    actor: Optional[str] = Actor,
    members: bool = Members,
    mention: Optional[str] = Mention,
    type: Optional[StatementType] = Query(None, description="statement type"),
    since: Optional[str] = Since,
    until: Optional[str] = Until,
    text: Optional[str] = Query(None, description="words that must occur in quote, speaker or cue"),
    channel: Optional[str] = Query(None, description='channel, e.g. "X", "Pressekonferenz", "Bundestag"'),
    issue: Optional[str] = IssueParam,
    topic: Optional[int] = Query(None, ge=1, le=99, description="CAP major topic code"),
    newest_first: bool = Query(False, description="newest first instead of oldest first"),
    source: Optional[str] = Source,
    lang: Optional[str] = Lang,
    sort: Optional[RecordOrder] = Sort,
    limit: int = Limit,
    offset: int = Offset,
    one_per_cluster: bool = Query(True, description="one statement per story cluster (wire copies once)"),
):
    """Statements (who said what), oldest first unless newest_first."""
    check_issue(store, issue)
    items = store.statements(actor_ids=actor_ids(store, actor, members), mention=mention, type=type,
                             since=_day(since, "since"), until=_day(until, "until"),
                             text=text, channel=channel, issue=issue, topic=topic, newest_first=newest_first,
                             limit=limit, offset=offset, one_per_cluster=one_per_cluster, source=source, lang=lang,
                             order=sort)
    return {"items": items, "limit": limit, "offset": offset, "next_offset": next_offset(items, limit, offset)}


@router.get("/documents", response_model=models.DocumentPage, tags=["documents"])
def list_documents(store=Depends(reader), since: Optional[str] = Since, until: Optional[str] = Until,
                   source: Optional[str] = Source, lang: Optional[str] = Lang,
                   sort: Optional[Literal["ingested", "date", "-date"]] = Query(
                       None, description="order: `ingested` (the default), `date` (oldest first), "
                       "`-date` (newest first)"),
                   limit: int = Limit, offset: int = Offset):
    """Stored documents in ingestion order unless sort (metadata only)."""
    docs = store.documents(limit=limit, offset=offset, since=_day(since, "since"), until=_day(until, "until"),
                           source=source, lang=lang, order=sort)
    items = [doc.to_dict() for doc in docs]
    return {"items": items, "limit": limit, "offset": offset, "next_offset": next_offset(items, limit, offset)}


@router.get("/documents/{doc_id}", response_model=models.DocumentFull, tags=["documents"],
            responses={404: {"description": "no such document"}})
def get_document(store=Depends(reader), doc_id: str = Path(description="document id or a unique prefix of it")):
    """One document: metadata, the stored text and its latest analysis."""
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    return {**doc.to_dict(), "text": doc.text, "analysis": store.analysis(doc.id)}


@router.get("/search", response_model=models.SearchPage, tags=["search"])
def search(store=Depends(reader),
           q: str = Query(..., min_length=1, max_length=1000, description="words to find in titles and texts"),
           raw: bool = Query(False, description="pass FTS5 syntax through: AND, OR, NOT, \"phrases\", prefix*"),
           limit: int = Query(20, ge=1, le=MAX_PAGE), offset: int = Offset):
    """Full-text search over documents, best first."""
    items = search_hits(store, q, limit=limit, offset=offset, raw=raw)
    return {"query": q, "items": items, "limit": limit, "offset": offset,
            "next_offset": next_offset(items, limit, offset)}


@router.get("/actors", response_model=models.ActorCandidates, tags=["actors"])
def find_actors(store=Depends(reader),
                q: str = Query(..., min_length=1, max_length=200, description="a name, alias, role or adjective"),
                on: Optional[str] = Query(None, description="resolve roles held on this day (YYYY-MM-DD)"),
                limit: int = Query(10, ge=1, le=50)):
    """Knowledge-base lookup: ranked candidates for a mention."""
    candidates = load_kb(store.options).lookup(q, on=_day(on, "on"))[:limit]
    items = [{"actor": c.actor.to_dict(), "score": c.score, "kind": c.kind, "role_at_date": c.role_at_date}
             for c in candidates]
    return {"query": q, "items": items}


@router.get("/actors/{actor_id}", response_model=models.ActorProfile, tags=["actors"],
            responses={404: {"description": "no such actor"}})
def get_actor(store=Depends(reader), actor_id: str = Path(description="knowledge-base id, e.g. Q566257"),
              latest: int = Query(20, ge=0, le=MAX_PAGE, description="how many latest statements")):
    """An actor's profile: roles, latest statements and positions by issue."""
    profile = actor_profile(store, actor_id, latest=latest)
    if profile is None:
        raise NotFound(f"no actor {actor_id!r} in the knowledge base or the statements")
    profile.pop("statements")
    profile.pop("positions")
    return profile


NOT_AVAILABLE = {501: {"description": "this store does not record positions yet"}}


@router.get("/positions", response_model=models.Records, tags=["positions"], responses=NOT_AVAILABLE)
def list_positions(store=Depends(reader), actor: Optional[str] = Actor, members: bool = Members,
                   mention: Optional[str] = Mention,
                   issue: Optional[str] = IssueParam,
                   stance: Optional[Stance] = Query(None, description="only this stance"),
                   since: Optional[str] = PeriodSince, until: Optional[str] = Until,
                   source: Optional[str] = Source, lang: Optional[str] = Lang, sort: Optional[RecordOrder] = Sort,
                   limit: int = Limit, offset: int = Offset, one_per_cluster: bool = True):
    """Positions: actor x issue x stance, with conditions and evidence spans."""
    check_issue(store, issue)
    applied = period(store, since, until)
    since, until = applied["since"], applied["until"]
    items = _required(store, "positions", actor_ids=actor_ids(store, actor, members), mention=mention, issue=issue,
                      stance=stance, since=_day(since, "since"), until=_day(until, "until"), limit=limit,
                      offset=offset, one_per_cluster=one_per_cluster, source=source, lang=lang, order=sort)
    return {"items": items, "limit": limit, "offset": offset, "next_offset": next_offset(items, limit, offset),
            "period": applied}


@router.get("/commitments", response_model=models.Records, tags=["positions"], responses=NOT_AVAILABLE)
def list_commitments(store=Depends(reader), actor: Optional[str] = Actor, members: bool = Members,
                     mention: Optional[str] = Mention,
                     issue: Optional[str] = IssueParam,
                     act: Optional[Act] = Query(None, description="only this act"),
                     since: Optional[str] = PeriodSince, until: Optional[str] = Until,
                     limit: int = Limit, offset: int = Offset,
                     merged: bool = Query(False, description="one record per pledge: the same pledge re-announced "
                                          "in several articles merged, with its sources and history")):
    """Commitments: pledges, demands and refusals, with evidence."""
    check_issue(store, issue)
    applied = period(store, since, until)
    since, until = applied["since"], applied["until"]
    if merged:  # merging needs every record of the query; the page is cut from the merged list
        from ..pledges import merge_commitments

        rows = _required(store, "commitments", actor_ids=actor_ids(store, actor, members), mention=mention,
                         issue=issue, act=act, since=_day(since, "since"), until=_day(until, "until"),
                         limit=10**9, offset=0, one_per_cluster=False)
        items = merge_commitments(rows)[offset:offset + limit]
        return {"items": items, "limit": limit, "offset": offset, "next_offset": next_offset(items, limit, offset),
                "period": applied}
    items = _required(store, "commitments", actor_ids=actor_ids(store, actor, members), mention=mention, issue=issue,
                      act=act, since=_day(since, "since"), until=_day(until, "until"), limit=limit, offset=offset)
    return {"items": items, "limit": limit, "offset": offset, "next_offset": next_offset(items, limit, offset),
            "period": applied}


@router.get("/issues/{issue_id}", response_model=models.Issue, tags=["positions"],
            responses={404: {"description": "no positions on this issue"}, **NOT_AVAILABLE})
def get_issue(store=Depends(reader), issue_id: str = Path(description="issue id"),
              since: Optional[str] = PeriodSince, until: Optional[str] = Until):
    """One issue in the period: every position on it, the latest stance per actor, stance changes,
    the camps and the commitments."""
    if not hasattr(store, "positions"):
        raise NotAvailable("this store has no positions")
    view = issue_view(store, issue_id, period(store, since, until))
    if view is None:
        raise NotFound(f"no positions on issue {issue_id!r}")
    return {key: view[key] for key in ("id", "label", "positions", "stances", "changes", "camps", "commitments",
                                       "period")}


@router.get("/timeline", response_model=models.Listing, tags=["positions"], responses=NOT_AVAILABLE)
def timeline(store=Depends(reader), actor: Optional[str] = Actor, members: bool = Members,
             mention: Optional[str] = Mention,
             issue: Optional[str] = IssueParam, since: Optional[str] = PeriodSince, until: Optional[str] = Until):
    """Statements and positions of an actor and/or issue in the period, merged and date-ordered
    (each has a "kind")."""
    check_issue(store, issue)
    if not hasattr(store, "timeline"):
        raise NotAvailable("this store has no timeline")
    applied = period(store, since, until)
    return {"items": _required(store, "timeline", actor_ids=actor_ids(store, actor, members), mention=mention,
                               issue=issue, since=applied["since"], until=applied["until"]),
            "period": applied}


@router.get("/changes", response_model=models.Listing, tags=["positions"], responses=NOT_AVAILABLE)
def changes(store=Depends(reader), actor: Optional[str] = Actor, members: bool = Members,
            issue: Optional[str] = IssueParam, since: Optional[str] = PeriodSince, until: Optional[str] = Until):
    """Stance shifts in the period: actor, issue, from, to, with evidence and dates (confident
    positions of a linked actor on both sides, from different dates and stories)."""
    check_issue(store, issue)
    if not hasattr(store, "changes"):
        raise NotAvailable("this store has no changes")
    applied = period(store, since, until)
    return {"items": _required(store, "changes", actor_ids=actor_ids(store, actor, members), issue=issue,
                               since=applied["since"], until=applied["until"]),
            "period": applied}


@router.get("/disagreements", response_model=models.Camps, tags=["positions"], responses=NOT_AVAILABLE)
def disagreements(store=Depends(reader), issue: str = Query(..., min_length=1, description="issue id"),
                  actor: Optional[str] = Query(None, max_length=200, description="only this actor's place "
                                               "(id, Wikidata id, name or alias)"),
                  members: bool = Members, since: Optional[str] = PeriodSince, until: Optional[str] = Until):
    """The camps on one issue in a period: who supports, opposes, sets conditions, hesitates or is
    undecided (each actor by its latest stance), ranked by evidence."""
    check_issue(store, issue)
    fn = getattr(store, "disagreements", None)
    if fn is None:
        raise NotAvailable("this store has no disagreements")
    applied = period(store, since, until)
    found = fn(issue=issue, actor_ids=actor_ids(store, actor, members), since=applied["since"],
               until=applied["until"])
    return {**found, "period": applied}


@router.get("/stats", response_model=models.Counts, tags=["documents"])
def stats(store=Depends(reader)):
    """Row counts of the store."""
    return {"counts": store.counts()}

