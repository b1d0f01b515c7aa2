"""Small helpers of the pages over time: links that keep a page's filters, the period test, and
commitments as flat rows (the commitments table and its CSV download)."""
from __future__ import annotations

from typing import Any, Optional
from urllib.parse import urlencode

from ..api.records import condition_text, condition_texts, optional
from ..recordviews import actor_label, issue_id, record_actor

ACTOR_COMMITMENTS = 50  # commitments on an actor's page


def query_string(**params: Any) -> str:
    """``params`` without the empty ones, URL-encoded (for links that keep a page's filters)."""
    return urlencode({k: v for k, v in params.items() if not (v is None or v is False or v == "")})


def period_query(since: Optional[str], until: Optional[str]) -> dict[str, str]:
    """The period as the user gave it, for links to the same view (empty: the default period)."""
    return {k: v for k, v in (("since", since), ("until", until)) if v}


def in_period(record: dict[str, Any], span: dict[str, Any]) -> bool:
    """True when ``record`` was published within ``span`` (``since``/``until`` ISO dates or None);
    an undated record is only in a period without bounds."""
    day = str(record.get("published") or "")[:10]
    if not day:
        return not span.get("since") and not span.get("until")
    return (not span.get("since") or day >= span["since"]) and (not span.get("until") or day <= span["until"])


def actor_of(record: dict[str, Any]) -> dict[str, Any] | None:
    """The linked actor (with an id) of a position or commitment, else None."""
    return record_actor(record)[0]


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("text") or value.get("normalized") or value.get("phrase") or "")
    return "" if value is None else str(value)


def commitment_row(c: dict[str, Any]) -> dict[str, Any]:
    """One commitment as flat columns (the CSV download and the table of the commitments page)."""
    actor, mention = record_actor(c)
    recipient = c.get("recipient") if isinstance(c.get("recipient"), dict) else {}
    recipient_actor = recipient.get("actor") if isinstance(recipient.get("actor"), dict) else {}
    return {
        "id": c.get("id"), "published": c.get("published"), "doc": c.get("doc"),
        "actor": actor_label(c, unknown=""), "actor_id": (actor or {}).get("id"), "actor_mention": mention,
        "act": c.get("act"), "object": _text(c.get("object")), "quantity": _text(c.get("quantity")),
        "recipient": recipient_actor.get("name") or " … ".join(
            s.get("text", "") for s in recipient.get("mention") or [] if isinstance(s, dict)),
        "status": c.get("status"), "issue": issue_id(c),
        "conditions": " | ".join(condition_text(k) for k in c.get("conditions") or []),
        "evidence": " … ".join(s.get("text", "") for s in c.get("evidence") or [] if isinstance(s, dict)),
    }




def commitment_cell(record: dict[str, Any], column: str) -> str:
    """One column of ``commitment_row`` ("" for none)."""
    value = commitment_row(record).get(column)
    return "" if value is None else str(value)


def actor_in_period(store: Any, profile: dict[str, Any], span: dict[str, Any]) -> dict[str, Any]:
    """An actor's profile (``api.records.actor_profile``) cut to the period, with its commitments
    in the period (``commitments``)."""
    statements = [s for s in profile["statements"] if in_period(s, span)]
    by_issue = {issue: kept for issue, positions in profile["positions_by_issue"].items()
                if (kept := [p for p in positions if in_period(p, span)])}
    commitments = optional(store, "commitments", actor_ids=[profile["id"]], since=span["since"],
                           until=span["until"], limit=ACTOR_COMMITMENTS, offset=0) or []
    condition_texts(commitments)
    latest = len(profile["latest_statements"])
    return {**profile, "statements": statements, "latest_statements": statements[::-1][:latest],
            "statement_count": len(statements), "positions_by_issue": by_issue,
            "positions": [p for p in profile["positions"] if in_period(p, span)], "commitments": commitments,
            "all_statements": profile["statement_count"]}
