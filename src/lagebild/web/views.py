"""Shaping records for templates: labels, links, charts, the stance matrix."""
from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from ..api.records import actor_key, actor_label
from ..recordviews import issue_id, issue_label, record_actor
from .charts import Point, stance_class, timeline_svg
from .highlight import analysis_marks, anchor_id, highlight


def spans_text(spans: list[dict[str, Any]] | None) -> str:
    return " … ".join(s.get("text", "") for s in spans or [])


def is_web_url(value: Any) -> bool:
    """Only http(s) links are clickable: a stored javascript: URL stays text."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def quote_text(st: dict[str, Any]) -> str:
    return spans_text(st.get("quote"))


def cue_text(st: dict[str, Any]) -> str:
    return spans_text(st.get("cue"))


def speaker(st: dict[str, Any]) -> dict[str, Any]:
    """Name, actor id (or None) and role of a statement's speaker."""
    sp = st.get("speaker") or {}
    actor = sp.get("actor") or None
    mention = spans_text(sp.get("mention"))
    if actor:
        return {"name": actor.get("name") or mention, "id": actor.get("id"), "role": actor.get("role"),
                "mention": mention}
    return {"name": mention or "unknown speaker", "id": None, "role": None, "mention": mention}


def statement_href(st: dict[str, Any]) -> str:
    return f"/documents/{quote(str(st.get('doc', '')), safe='')}#{anchor_id('st', st['id'])}"


def snippet_html(hit: dict[str, Any]) -> Markup:
    """A search snippet with its matched words in <mark>, everything else escaped."""
    text, out, pos = hit.get("snippet") or "", [], 0
    for h in hit.get("highlights") or []:
        out.append(escape(text[pos:h["start"]]))
        out.append(Markup("<mark>") + escape(text[h["start"]:h["end"]]) + Markup("</mark>"))
        pos = h["end"]
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def document_view(doc: Any, analysis: dict[str, Any] | None) -> dict[str, Any]:
    analysis = analysis or {}
    return {
        "doc": {**doc.to_dict(), "text": doc.text},
        "analysis": analysis,
        "body": highlight(doc.text, analysis_marks(analysis)),
        "statements": analysis.get("statements") or [],
        "positions": analysis.get("positions") or [],
        "conditions": analysis.get("conditions") or [],
        "commitments": analysis.get("commitments") or [],
    }


TYPE_CLASSES = {"Direct": "t-direct", "Indirect": "t-indirect", "FreeIndirect": "t-free",
                "IndirectFreeIndirect": "t-free", "Reported": "t-reported"}


def actor_chart(profile: dict[str, Any]) -> Markup:
    """Statements (coloured by type) in one row, then one row of stances per issue."""
    points = []
    for st in profile["statements"]:
        day = _day(st.get("published"))
        if day:
            points.append(Point(day, "Statements", f"{st.get('type')}: {quote_text(st)[:140]}",
                                statement_href(st), "st " + TYPE_CLASSES.get(st.get("type"), "t-other")))
    for positions in profile["positions_by_issue"].values():
        for pos in positions:
            day = _day(pos.get("published"))
            if day:
                cls, shape = stance_class(pos.get("stance"))
                label = issue_label(pos) or issue_id(pos) or "issue"
                points.append(Point(day, label, f"{pos.get('stance')} on {label}", _position_href(pos), cls, shape))
    return timeline_svg(points, label=f"Statements and stances of {profile['name']} over time")


def _position_href(pos: dict[str, Any]) -> str:
    doc = quote(str(pos.get("doc", "")), safe="")
    return f"/documents/{doc}#{anchor_id('pos', pos.get('id', ''))}"


UNRESOLVED = "unresolved speaker (pronoun or none)"


def _row_label(key: str, pos: dict[str, Any]) -> str:
    """One row per actor key: the actor's name (no role), the mention as first written, or, for
    bare pronouns and records without an actor, one "unresolved" row."""
    return UNRESOLVED if key == "unknown" else actor_label(pos)


def issue_chart(positions: list[dict[str, Any]]) -> Markup:
    points, labels = [], {}
    for pos in positions:
        day = _day(pos.get("published"))
        if day:
            cls, shape = stance_class(pos.get("stance"))
            key = actor_key(pos)
            label = labels.setdefault(key, _row_label(key, pos))
            points.append(Point(day, label, f"{actor_label(pos)}: {pos.get('stance')}",
                                _position_href(pos), cls, shape))
    return timeline_svg(points, label="Stances on this issue over time")


def stance_matrix(positions: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows: actors; columns: months; a cell: that month's latest position (with its conditions)."""
    months = sorted({str(p.get("published") or "")[:7] for p in positions if p.get("published")})
    rows: dict[str, dict[str, Any]] = {}
    for pos in sorted(positions, key=lambda p: str(p.get("published") or "")):
        key = actor_key(pos)
        row = rows.setdefault(key, {"key": key, "label": _row_label(key, pos), "actor": record_actor(pos)[0],
                                    "cells": {}, "latest": None})
        month = str(pos.get("published") or "")[:7]
        if month:
            row["cells"][month] = pos
        row["latest"] = pos
    return {"months": months, "rows": sorted(rows.values(), key=lambda r: r["label"].lower())}
