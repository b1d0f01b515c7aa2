"""Every listing as an Atom 1.0 feed: ``/feeds/{statements,positions,commitments,changes}.atom``.

A feed takes the filters of its listing (those of the API: ``actor``, ``members``, ``mention``,
``issue``, ``type``/``stance``/``act``, ``since``/``until``) and holds the newest ``FEED_SIZE``
matching records in the period (as the pages: without ``since``/``until`` the corpus's last 12
months, ``since=all`` every date), newest first. Each entry's id is ``urn:lagebild:<record id>``
(a change: its two positions' ids joined by ``+``), its ``updated`` the publication date, its
summary the evidence text and its link the record on its document page. Invalid filter values
are a 400, as on the pages.

The pages link the feed of the query they show (``<link rel="alternate">``) through the template
global ``feed_href``, which ``install`` registers.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional
from urllib.parse import quote
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import Response

from ..alerts import fetch_records, record_day, record_id
from ..api.records import actor_ids, actor_label, check_issue, condition_text
from ..api.routes import Act, Stance, StatementType, period, reader
from ..recordviews import issue_id, issue_label
from .highlight import anchor_id
from .pages import env
from .rows import commitment_row, query_string
from .views import quote_text, spans_text, speaker, statement_href

ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml; charset=utf-8"
FEED_SIZE = 50
SCAN_PAGE = 5_000  # rows read at a time to find the newest of a date-ordered listing
KINDS = ("statements", "positions", "commitments", "changes")
# The query parameters each feed keeps in its links (the page's filters of the same name).
PARAMS = {
    "statements": ("actor", "members", "mention", "issue", "type", "channel", "text", "since", "until"),
    "positions": ("actor", "members", "mention", "issue", "stance", "since", "until"),
    "commitments": ("actor", "members", "mention", "issue", "act", "since", "until"),
    "changes": ("actor", "members", "issue", "since", "until"),
}

router = APIRouter(include_in_schema=False)



def _q(max_length: int = 200) -> Any:
    """A fresh optional text parameter (FastAPI must not share one Query between parameters)."""
    return Query("", max_length=max_length)



@router.get("/feeds/statements.atom")
def statements_feed(request: Request, store=Depends(reader), actor: str = _q(), members: bool = False,
                    mention: str = _q(), issue: str = _q(), type: Optional[StatementType] = None,
                    channel: str = _q(), text: str = _q(), since: str = _q(20), until: str = _q(20)):
    return _feed(request, store, "statements", dict(actor=actor, members=members, mention=mention, issue=issue,
                                                    type=type, channel=channel, text=text, since=since, until=until))


@router.get("/feeds/positions.atom")
def positions_feed(request: Request, store=Depends(reader), actor: str = _q(), members: bool = False,
                   mention: str = _q(), issue: str = _q(), stance: Optional[Stance] = None,
                   since: str = _q(20), until: str = _q(20)):
    return _feed(request, store, "positions", dict(actor=actor, members=members, mention=mention, issue=issue,
                                                   stance=stance, since=since, until=until))


@router.get("/feeds/commitments.atom")
def commitments_feed(request: Request, store=Depends(reader), actor: str = _q(), members: bool = False,
                     mention: str = _q(), issue: str = _q(), act: Optional[Act] = None,
                     since: str = _q(20), until: str = _q(20)):
    return _feed(request, store, "commitments", dict(actor=actor, members=members, mention=mention, issue=issue,
                                                     act=act, since=since, until=until))


@router.get("/feeds/changes.atom")
def changes_feed(request: Request, store=Depends(reader), actor: str = _q(), members: bool = False,
                 issue: str = _q(), since: str = _q(20), until: str = _q(20)):
    return _feed(request, store, "changes", dict(actor=actor, members=members, issue=issue, since=since, until=until))


def feed_href(request: Request) -> str | None:
    """The feed of the listing page ``request`` shows (its filters kept), or None for other pages."""
    kind = request.url.path.strip("/")
    if kind not in KINDS:
        return None
    given = {k: request.query_params.get(k, "") for k in PARAMS[kind]}
    query = query_string(**given)
    return f"/feeds/{kind}.atom" + (f"?{query}" if query else "")


def install(app: FastAPI) -> None:
    """The feed routes, and ``feed_href`` for the pages' ``<link rel="alternate">``."""
    env.globals["feed_href"] = feed_href
    app.include_router(router)


def _feed(request: Request, store: Any, kind: str, given: dict[str, Any]) -> Response:
    check_issue(store, given.get("issue") or None)
    ids = actor_ids(store, given.get("actor") or None, bool(given.get("members")))
    span = period(store, given.get("since") or None, given.get("until") or None)
    filters = {k: v for k, v in given.items() if k not in ("actor", "members", "since", "until") and v}
    records = _newest(store, kind, {**filters, "since": span["since"], "until": span["until"]}, ids)
    base = str(request.base_url).rstrip("/")
    query = query_string(**{k: given.get(k) for k in PARAMS[kind]})
    self_url = f"{base}/feeds/{kind}.atom" + (f"?{query}" if query else "")
    body = atom(kind, records, self_url=self_url, base=base, title=_title(kind, given),
                page_url=f"{base}/{kind}" + (f"?{query}" if query else ""))
    return Response(body, media_type=MEDIA_TYPE)


def _newest(store: Any, kind: str, filters: dict[str, Any], ids: list[str] | None) -> list[dict[str, Any]]:
    """The newest ``FEED_SIZE`` matches, newest first."""
    if kind == "statements" and hasattr(store, "statements"):
        return list(store.statements(actor_ids=ids, newest_first=True, limit=FEED_SIZE, one_per_cluster=True,
                                     **{k: v for k, v in filters.items() if v}))
    rows: list[dict[str, Any]] = []
    offset = 0
    while True:  # date order, oldest first: keep the tail
        page = fetch_records(store, kind, filters, actor_ids=ids, limit=SCAN_PAGE, offset=offset)
        rows = (rows + page)[-FEED_SIZE:]
        if kind == "changes" or len(page) < SCAN_PAGE:
            break
        offset += SCAN_PAGE
    return rows[::-1]


def _title(kind: str, given: dict[str, Any]) -> str:
    parts = [f"{k} {v}" for k, v in given.items() if v and k not in ("since", "until")]
    return f"lagebild: {kind}" + (f" ({', '.join(parts)})" if parts else "")


def _timestamp(day: str) -> str:
    """An RFC 3339 date-time from a publication date (midnight UTC)."""
    return f"{day[:10]}T00:00:00Z"


def atom(kind: str, records: list[dict[str, Any]], *, self_url: str, base: str, title: str,
         page_url: str) -> bytes:
    """The Atom document of ``records`` (newest first)."""
    feed = ET.Element("feed", {"xmlns": ATOM})
    days = [d for d in (record_day(kind, r) for r in records) if d]
    _sub(feed, "id", self_url)
    _sub(feed, "title", title)
    _sub(feed, "updated", _timestamp(max(days)) if days else
         datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    ET.SubElement(feed, "link", {"rel": "self", "type": "application/atom+xml", "href": self_url})
    ET.SubElement(feed, "link", {"rel": "alternate", "type": "text/html", "href": page_url})
    author = ET.SubElement(feed, "author")
    _sub(author, "name", "lagebild")
    _sub(feed, "generator", "lagebild")
    for rec in records:
        entry = ET.SubElement(feed, "entry")
        head, summary, href, who = ENTRY[kind](rec)
        _sub(entry, "id", f"urn:lagebild:{record_id(kind, rec)}")
        _sub(entry, "title", head)
        day = record_day(kind, rec)
        _sub(entry, "updated", _timestamp(day) if day else feed.findtext("updated") or "")
        if day:
            _sub(entry, "published", _timestamp(day))
        if who:
            _sub(ET.SubElement(entry, "author"), "name", who)
        ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html", "href": base + href})
        _sub(entry, "summary", summary)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8", xml_declaration=False)


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    el = ET.SubElement(parent, tag)
    el.text = _xml_text(text)
    return el


def _xml_text(text: Any) -> str:
    """Text without the control characters XML 1.0 cannot carry."""
    return "".join(ch for ch in str(text or "") if ch in "\t\n\r" or ord(ch) >= 32)


def _doc_href(record: dict[str, Any], prefix: str | None = None) -> str:
    href = f"/documents/{quote(str(record.get('doc') or ''), safe='')}"
    return href + (f"#{anchor_id(prefix, record.get('id') or '')}" if prefix and record.get("id") else "")


def _short(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _statement(st: dict[str, Any]) -> tuple[str, str, str, str]:
    who = speaker(st)["name"]
    quote_ = quote_text(st)
    cue = spans_text(st.get("cue"))
    summary = f"{who}: „{quote_}“" + (f" ({cue})" if cue else "")
    return f"{who}: {_short(quote_)}", summary, statement_href(st), who


def _issue(record: dict[str, Any]) -> str:
    return issue_label(record) or issue_id(record) or "an issue"


def _position(pos: dict[str, Any]) -> tuple[str, str, str, str]:
    who = actor_label(pos)
    evidence = spans_text(pos.get("evidence"))
    conditions = [condition_text(c) for c in pos.get("conditions") or []]
    summary = evidence + (f" (conditions: {'; '.join(conditions)})" if conditions else "")
    return f"{who} on {_issue(pos)}: {pos.get('stance') or 'a position'}", summary, _doc_href(pos, "pos"), who


def _commitment(c: dict[str, Any]) -> tuple[str, str, str, str]:
    row = commitment_row(c)
    what = row["object"] or row["quantity"] or ""
    act = str(row["act"] or "commitment").replace("_", " ")
    summary = row["evidence"] + (f" (conditions: {row['conditions']})" if row["conditions"] else "")
    return f"{row['actor'] or 'unknown actor'}: {act}" + (f": {_short(what)}" if what else ""), summary, \
        _doc_href(c), row["actor"]


def _change(ch: dict[str, Any]) -> tuple[str, str, str, str]:
    old, new = (ch.get(s) if isinstance(ch.get(s), dict) else {} for s in ("from", "to"))
    who = str(ch.get("actor") or ch.get("actor_key") or "unknown actor")
    label = str(ch.get("issue") or "an issue")
    summary = (f"{old.get('published') or '?'}, {old.get('stance')}: {spans_text(old.get('evidence'))} → "
               f"{new.get('published') or '?'}, {new.get('stance')}: {spans_text(new.get('evidence'))}")
    return f"{who}: {old.get('stance')} → {new.get('stance')} on {label}", summary, _doc_href(new, "pos"), who


ENTRY = {"statements": _statement, "positions": _position, "commitments": _commitment, "changes": _change}
