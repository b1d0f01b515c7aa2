"""Read helpers shared by the REST API and the web pages.

The position/commitment/timeline methods are newer than some stores; they are
looked up with ``getattr`` so both surfaces work (with empty sections) before
and after they exist.
"""
from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

from ..errors import ActorQueryError, QueryError
from ..kb import load_kb
from ..recordviews import ACTOR_SCAN_LIMIT, actor_key as _actor_key, actor_label as _actor_label, actor_profile as \
    _actor_profile, camps, issue_id, issue_known, issue_label, latest_per, resolve_actors, with_members

# Search snippets are marked with control characters, which stored text never
# holds (ingest drops them), then turned into offsets: no markup reaches a client.
_OPEN, _CLOSE = "\x02", "\x03"
MAX_PAGE = 200


def optional(store: Any, method: str, **kwargs: Any) -> list[dict[str, Any]] | None:
    """``store.<method>(**kwargs)``, or None when this store does not have it."""
    fn = getattr(store, method, None)
    if fn is None:
        return None
    return list(fn(**kwargs))


def next_offset(items: list[Any], limit: int, offset: int) -> int | None:
    return offset + limit if len(items) == limit else None


def split_marks(snippet: str) -> tuple[str, list[dict[str, int]]]:
    """Plain snippet text and the [start, end) offsets of its marked words."""
    out: list[str] = []
    marks: list[dict[str, int]] = []
    start = None
    pos = 0
    for ch in snippet:
        if ch == _OPEN:
            start = pos
        elif ch == _CLOSE:
            if start is not None:
                marks.append({"start": start, "end": pos})
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), marks


def search_hits(store: Any, query: str, *, limit: int, offset: int, raw: bool) -> list[dict[str, Any]]:
    hits = store.search(query, limit=limit, offset=offset, raw=raw, marks=(_OPEN, _CLOSE))
    out = []
    for hit in hits:
        snippet, marks = split_marks(hit.get("snippet") or "")
        out.append({**hit, "snippet": snippet, "highlights": marks, "rank": float(hit.get("rank") or 0.0)})
    return out


def actor_ids(store: Any, actor: str | None, members: bool = False) -> list[str] | None:
    """The ids of the actors an ``actor`` parameter names (``recordviews.resolve_actors``), None
    without one; ``ActorQueryError`` (a 400 listing the candidates) for no actor or several.
    ``members``: with the ids of their members (``recordviews.with_members``)."""
    if not actor:
        if members:
            raise ActorQueryError("members needs an actor", hint="add actor=NAME, or leave members out")
        return None
    kb = load_kb(store.options)
    ids = [a["id"] for a in resolve_actors(actor, kb, store)]
    return with_members(ids, kb) if members else ids


def check_issue(store: Any, issue: str | None) -> None:
    """A ``QueryError`` (400) listing the ids when ``issue`` is given and is neither an issue of
    the catalogue in use (the setting issues_path, else the shipped one) nor one that stored
    records name (``recordviews.issue_known``)."""
    if issue is None:
        return
    from ..extract.issues import load_issues

    path = getattr(store.options, "issues_path", "") or None
    ids = [i.id for i in load_issues(path)]
    if not issue_known(store, issue, ids):
        raise QueryError(f"issue {issue!r} is not in the catalogue; one of: {', '.join(ids)}",
                         hint="ask with one of these ids; `lagebild issues list` shows their labels")


def actor_profile(store: Any, actor_id: str, *, latest: int = 20) -> dict[str, Any] | None:
    """Name, roles, statements and positions of one actor; None if nothing is known."""
    record = load_kb(store.options).record(actor_id)
    profile = _actor_profile(store, actor_id, kb_record=record, position_limit=1000)
    statements = profile["statements"]
    if record is None and not statements:
        return None
    if record is not None:
        head = {"id": record.id, "name": record.name, "type": record.type, "wikidata": record.wikidata,
                "roles": sorted(profile["roles"], key=lambda r: r["start"] or "")}
    else:  # an actor id seen in statements but not in this knowledge base
        actor = statements[0]["speaker"]["actor"] or {}
        head = {"id": actor_id, "name": actor.get("name") or actor_id, "type": actor.get("type"),
                "wikidata": actor.get("wikidata"), "roles": []}
    condition_texts(profile["positions"])
    return {**head, "statement_count": len(statements), "statements": statements,
            "latest_statements": statements[::-1][:latest], "positions": profile["positions"],
            "positions_by_issue": profile["positions_by_issue"]}


def actor_key(record: dict[str, Any]) -> str:
    """``recordviews.actor_key``, "unknown" for a record without an actor."""
    return _actor_key(record) or "unknown"


def actor_label(record: dict[str, Any]) -> str:
    """``recordviews.actor_label`` as pages show it."""
    return _actor_label(record, unknown="unknown actor")


def latest_stances(positions: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Actor key -> that actor's latest position."""
    return latest_per(positions, actor_key, order=lambda p: p.get("published") or "")


def condition_texts(records: list[dict[str, Any]]) -> None:
    """Give each record ``condition_texts``: its conditions as text, for pages.

    Stored positions and commitments carry their conditions as records ``{id, type, text,
    start, end}`` (the store expands them, ``store.positions.expand_conditions``), so nothing
    is read here; a condition without text (its analysis is gone) shows its id.
    """
    for rec in records:
        rec["condition_texts"] = [condition_text(cond) for cond in rec.get("conditions") or []]


def condition_text(cond: Any) -> str:
    """A condition of any shape (string, span, record with a text span) as text."""
    if isinstance(cond, str):
        return cond
    if isinstance(cond, dict):
        for key in ("text", "condition", "span", "label", "id"):
            value = cond.get(key)
            if isinstance(value, str):
                return value
            if isinstance(value, dict) and isinstance(value.get("text"), str):
                return value["text"]
    return str(cond)


def issue_view(store: Any, issue: str, period: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """Positions, latest stance per actor, changes, camps and commitments of one issue in ``period``
    (``{since, until, ...}``; None: all dates); None if no position ever named the issue."""
    span = {"since": (period or {}).get("since"), "until": (period or {}).get("until")}
    positions = optional(store, "positions", issue=issue, limit=1000, offset=0, **span)
    anyone = positions or optional(store, "positions", issue=issue, limit=1, offset=0)
    if not anyone:
        return None
    condition_texts(positions)
    latest = latest_stances(positions)
    fn = getattr(store, "disagreements", None)
    commitments = optional(store, "commitments", issue=issue, limit=MAX_PAGE, offset=0, **span) or []
    condition_texts(commitments)
    return {
        "id": issue,
        "label": issue_label(anyone[0]) or issue,
        "positions": positions,
        "latest": latest,
        "stances": {key: str(pos.get("stance")) for key, pos in latest.items()},
        "changes": optional(store, "changes", issue=issue, **span) or [],
        "camps": (fn(issue=issue, **span) if fn is not None else camps(positions, issue))["camps"],
        "commitments": commitments,
        "period": period,
    }


class OverviewCache:
    """The overview's aggregates, recomputed when the store's counts change (or after ``ttl`` s).

    Counting rows is cheap; reading every statement to rank actors is not, and the
    overview is the most requested page.
    """

    def __init__(self, ttl: float = 30.0):
        self.ttl = ttl
        self._lock = threading.Lock()
        self._key: Any = None
        self._at = 0.0
        self._value: dict[str, Any] | None = None

    def get(self, store: Any, period: dict[str, Any] | None = None) -> dict[str, Any]:
        """The aggregates; stance changes those of ``period`` (``{since, until, ...}``; None: all dates)."""
        counts = store.counts()
        span = {"since": (period or {}).get("since"), "until": (period or {}).get("until")}
        key = (tuple(sorted(counts.items())), span["since"], span["until"])
        with self._lock:
            if self._value is not None and key == self._key and time.monotonic() - self._at < self.ttl:
                return self._value
        value = compute_overview(store, counts, period=span)
        with self._lock:
            self._key, self._at, self._value = key, time.monotonic(), value
        return value


def compute_overview(store: Any, counts: dict[str, int], *, recent: int = 12, top: int = 10,
                     period: dict[str, Any] | None = None) -> dict[str, Any]:
    statements = store.statements(limit=ACTOR_SCAN_LIMIT, one_per_cluster=True)
    by_actor: Counter[str] = Counter()
    names: dict[str, dict[str, Any]] = {}
    for st in statements:
        actor = st.get("speaker", {}).get("actor")
        if actor and actor.get("id"):  # one actor, one identity: the role is not part of it
            by_actor[actor["id"]] += 1
            names[actor["id"]] = {k: v for k, v in actor.items() if k != "role"}
    span = {"since": (period or {}).get("since"), "until": (period or {}).get("until")}
    changes = [c for c in optional(store, "changes", **span) or [] if issue_id(c)]
    moved: Counter[str] = Counter(issue_id(c) for c in changes)
    labels = {issue_id(p): issue_label(p) for p in optional(store, "positions", limit=ACTOR_SCAN_LIMIT) or []}
    return {
        "counts": counts,
        "recent": statements[::-1][:recent],
        "active": [{"actor": names[aid], "count": n} for aid, n in by_actor.most_common(top)],
        "moved": [{"issue": issue, "label": labels.get(issue) or issue, "changes": n,
                   "latest": max((c for c in changes if issue_id(c) == issue), key=_change_day)}
                  for issue, n in moved.most_common(top)],
        "has_positions": hasattr(store, "positions"),
    }


def _change_day(change: dict[str, Any]) -> str:
    side = change.get("to")
    return str(side.get("published") or "") if isinstance(side, dict) else ""
