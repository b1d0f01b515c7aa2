"""Reading position-layer records: the one place the store, the API, the command line and the
web pages get an actor's label and key, an issue id, the latest stance per key, stance
changes, disagreements and an actor's profile from.

Records are the JSON dicts of ``model.Position``/``Commitment``/``Change`` (stored rows carry
``doc``, ``published`` and ``cluster_id`` beside them). Their ``actor`` comes in three shapes:
``{"mention": [spans], "actor": {...} or None}`` (positions, commitments), a bare actor dict,
or (changes, disagreements) a label string with ``actor_key`` beside it.

This module sits beside ``model``: it imports no store, API, command-line or web code; the
store-shaped functions take any object with ``statements``/``positions`` methods.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Callable, Iterable, TypeVar

from .model import Change

# How far each stance leans; opposite signs are a disagreement.
STANCE_LEAN = {"supports": 1.0, "conditional": 0.5, "undecided": 0.0, "hesitant": -0.5, "opposes": -1.0}
ACTOR_SCAN_LIMIT = 100_000  # statements read to count or list one actor's statements

R = TypeVar("R")


def _split_actor(record: dict[str, Any]) -> tuple[Any, list | None]:
    """(the actor dict or raw value, the mention spans or None) of a record."""
    raw = record.get("actor")
    if isinstance(raw, dict) and ("mention" in raw or "actor" in raw):
        return raw.get("actor"), raw.get("mention") or []
    return raw, None


def mention_text(record: dict[str, Any], sep: str = " … ") -> str:
    """The actor mention's spans as text, joined by ``sep`` ("" when there is none)."""
    raw = record.get("actor")
    spans = raw.get("mention") if isinstance(raw, dict) else record.get("actor_mention")
    if isinstance(spans, list):
        return sep.join(s.get("text", "") for s in spans if isinstance(s, dict))
    return str(spans or "")


def actor_fields(record: dict[str, Any]) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """(actor_key, id, name, wikidata, mention text) from a record's ``actor`` field, as the
    store writes them into its columns. The key is the actor id, else the lowercased name or
    mention; None when the record names no actor at all."""
    inner, spans = _split_actor(record)
    mention = mention_text(record) or None if spans is not None else None
    if not isinstance(inner, dict):
        return (mention.lower() if mention else None), None, None, None, mention
    actor_id = inner.get("id")
    key = actor_id or (inner.get("name") or mention or "").lower() or None
    return key, actor_id, inner.get("name"), inner.get("wikidata"), mention


def actor_key(record: dict[str, Any]) -> str | None:
    """One key per actor: the knowledge-base id, else the lowercased name or mention; a change's
    ``actor_key`` (or its label); None when the record names no actor."""
    raw = record.get("actor")
    if isinstance(raw, str):
        return str(record.get("actor_key") or raw)
    return actor_fields(record)[0]


def actor_label(record: dict[str, Any], *, unknown: str = "(unknown)", sep: str = " … ") -> str:
    """A record's actor for people. One fallback order: the knowledge-base name, the label a
    change carries, the mention as written (its spans joined by ``sep``), the actor id, else
    ``unknown``. (The command line joins mentions with a space; pages say "unknown actor".)"""
    raw = record.get("actor")
    if isinstance(raw, str) and raw:
        return raw
    inner, _spans = _split_actor(record)
    inner = inner if isinstance(inner, dict) else {}
    return inner.get("name") or mention_text(record, sep) or inner.get("id") or unknown


def _issue(record: dict[str, Any], first: str, second: str) -> str | None:
    issue = record.get("issue")
    if isinstance(issue, dict):
        return issue.get(first) or issue.get(second)
    return str(issue) if issue else None


def issue_id(record: dict[str, Any]) -> str | None:
    """The issue id (or label) of a record, whatever shape it has."""
    return _issue(record, "id", "label")


def issue_label(record: dict[str, Any]) -> str | None:
    """The issue label (or id) of a record, whatever shape it has."""
    return _issue(record, "label", "id")


def by_date(record: dict[str, Any]) -> tuple[str, str]:
    """Sort key: published day (undated first), then record id."""
    return record.get("published") or "", record.get("id") or ""


def latest_per(records: Iterable[R], key: Callable[[R], Any], *,
               order: Callable[[R], Any] | None = None) -> dict[Any, R]:
    """Key -> the last record with that key (records in ``order`` if given, else as they come);
    keys in order of first appearance; records whose key is None are left out."""
    out: dict[Any, R] = {}
    for rec in sorted(records, key=order) if order is not None else records:
        k = key(rec)
        if k is not None:
            out[k] = rec
    return out


def _side(pos: dict[str, Any]) -> dict[str, Any]:
    return {"stance": pos.get("stance"), "published": pos.get("published"), "doc": pos.get("doc"),
            "id": pos.get("id"), "evidence": pos.get("evidence"), "conditions": pos.get("conditions", [])}


def stance_changes(positions: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Consecutive different stances of one actor on one issue, with the evidence on both sides
    (``model.Change`` records as JSON).

    A shift needs a known actor and issue, and two different stories: two stances
    in one article are nuance (or extraction noise), not a move over time.
    """
    last: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    shifts = []
    for pos in sorted(positions, key=by_date):
        k = (actor_fields(pos)[0], issue_id(pos))
        if k[0] is None or k[1] is None:
            continue
        prev = last.get(k)
        same_story = prev is not None and (prev.get("cluster_id") or prev.get("doc")) == \
            (pos.get("cluster_id") or pos.get("doc"))
        if prev is not None and not same_story and prev.get("stance") != pos.get("stance"):
            shifts.append(Change(actor_label(pos), k[0], k[1], _side(prev), _side(pos)).to_dict())
        last[k] = pos
    return shifts


def disagreements(positions: Iterable[dict[str, Any]], issue: str) -> list[dict[str, Any]]:
    """Pairs of actors whose latest stances on ``issue`` in the period lean opposite ways."""
    items = sorted(latest_per(positions, lambda p: actor_fields(p)[0], order=by_date).items())
    pairs = []
    for i, (key_a, a) in enumerate(items):
        for key_b, b in items[i + 1:]:
            lean_a, lean_b = STANCE_LEAN.get(a.get("stance"), 0.0), STANCE_LEAN.get(b.get("stance"), 0.0)
            if lean_a * lean_b < 0:
                pairs.append({"issue": issue,
                              "a": {"actor": actor_label(a), "actor_key": key_a, **_side(a)},
                              "b": {"actor": actor_label(b), "actor_key": key_b, **_side(b)}})
    return pairs


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def kb_roles(kb_record: Any) -> list[dict[str, Any]]:
    """A knowledge-base record's roles (``key``, ``label``, ISO ``start``/``end``) in its own order."""
    return [{"key": r.key, "label": r.label, "start": _iso(r.start), "end": _iso(r.end)}
            for r in getattr(kb_record, "roles", None) or []]


def actor_profile(store: Any, key: str, *, kb_record: Any = None, alias: str | None = None,
                  position_limit: int = ACTOR_SCAN_LIMIT) -> dict[str, Any]:
    """What the store knows about one actor: its statements (one per story, oldest first; looked
    up by ``alias`` when ``key`` finds none), roles from ``kb_record``, positions (none when the
    store has no positions), those grouped by issue, and the latest position per issue."""
    statements = store.statements(actor=key, limit=ACTOR_SCAN_LIMIT, one_per_cluster=True)
    if not statements and alias:
        statements = store.statements(actor=alias, limit=ACTOR_SCAN_LIMIT, one_per_cluster=True)
    fn = getattr(store, "positions", None)
    positions = list(fn(actor=key, limit=position_limit, offset=0)) if fn is not None else []
    by_issue: dict[str, list[dict[str, Any]]] = {}
    for pos in positions:  # positions without an issue stay on their document page
        if issue_id(pos):
            by_issue.setdefault(issue_id(pos), []).append(pos)  # type: ignore[arg-type]
    return {"statements": statements, "roles": kb_roles(kb_record), "positions": positions,
            "positions_by_issue": by_issue,
            "latest_by_issue": latest_per(positions, lambda p: issue_id(p) or "-")}
