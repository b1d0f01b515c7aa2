"""Saved queries whose new matches go to a webhook (`lagebild watch --alerts FILE`).

A saved query is a name, a kind (statements, positions, commitments, changes), the filters of
that listing (those of the API and the Atom feeds) and a webhook URL. After each ingest round
``Alerts.run`` lists every query's matches and POSTs those not notified before as JSON; what
was sent is remembered in the store (its ``seen_items``, keys ``alert:<fingerprint>:<record
id>``), so a restarted watch sends nothing twice. The first time a query is seen (or after its
kind or filters change: the fingerprint changes), its current matches are taken as the baseline
and not sent: only what arrives afterwards is news. A webhook that fails is retried with backoff
and logged; its records stay unsent and are tried again after the next round. Nothing here
stops the watch loop.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import httpx
import yaml

from .dates import parse_date
from .errors import ConfigError, LagebildError
from .model import COMMITMENT_ACTS, STANCES, STATEMENT_TYPES

log = logging.getLogger(__name__)

KINDS = ("statements", "positions", "commitments", "changes")
_WHO = ("actor", "members", "mention")
FILTERS: dict[str, tuple[str, ...]] = {
    "statements": (*_WHO, "issue", "type", "channel", "text", "since", "until"),
    "positions": (*_WHO, "issue", "stance", "since", "until"),
    "commitments": (*_WHO, "issue", "act", "since", "until"),
    "changes": ("actor", "members", "issue", "since", "until"),
}
CHOICES: dict[str, tuple[str, ...]] = {"type": STATEMENT_TYPES, "stance": STANCES, "act": COMMITMENT_ACTS}
SCAN_LIMIT = 100_000  # matches read per query and round
BATCH = 100  # records per POST
TIMEOUT = 10.0  # seconds per POST
RETRIES = 3  # attempts after the first one
BACKOFF = 1.0  # seconds before the first retry, doubled each time


class WebhookError(LagebildError):
    hint = "check the webhook URL and that its receiver answers 2xx; the records are sent again next round"


@dataclass(frozen=True)
class SavedQuery:
    name: str
    kind: str
    webhook: str
    filters: dict[str, Any] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """A hash of the kind and filters: the same query keeps its memory, another starts anew."""
        text = json.dumps({"kind": self.kind, "filters": self.filters}, sort_keys=True, default=str)
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_alerts(path: str | Path, **kwargs: Any) -> "Alerts":
    """``Alerts`` of a file's saved queries (``load_alerts``), with the file's ``timeout``,
    ``retries`` and ``backoff`` (seconds, attempts, seconds) where it sets them."""
    data = _read(Path(path))
    delivery = {}
    if isinstance(data, dict):
        for key, low, high in (("timeout", 0.1, 300.0), ("retries", 0, 10), ("backoff", 0.0, 600.0)):
            if key in data:
                value = data[key]
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
                    raise ConfigError(f"{path}: {key} must be a number from {low} to {high}, got {value!r}")
                delivery[key] = int(value) if key == "retries" else float(value)
    return Alerts(_queries(data, Path(path)), **{**delivery, **kwargs})


def load_alerts(path: str | Path) -> list[SavedQuery]:
    """The saved queries of a YAML (or JSON) file: a list, or ``{"queries": [...]}`` (with the
    optional delivery settings ``timeout``, ``retries``, ``backoff``), of ``{name, kind, webhook,
    filters}``. ``ConfigError`` naming the query for anything wrong."""
    return _queries(_read(Path(path)), Path(path))


def _read(path: Path) -> Any:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read the alerts file {path}: {exc.strerror or exc}",
                          hint="--alerts names a YAML or JSON file of saved queries (docs/cli.md)") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"the alerts file {path} is not valid YAML or JSON: {exc}",
                          hint="see docs/cli.md for the format") from exc
    if isinstance(data, dict):
        unknown = sorted(set(data) - {"queries", "timeout", "retries", "backoff"})
        if unknown:
            raise ConfigError(f"the alerts file {path} has unknown key(s) {', '.join(map(str, unknown))}",
                              hint="the file has queries and, optionally, timeout, retries and backoff")
    return data


def _queries(data: Any, path: Path) -> list[SavedQuery]:
    if isinstance(data, dict):
        data = data.get("queries")
    if not isinstance(data, list) or not data:
        raise ConfigError(f"the alerts file {path} lists no queries",
                          hint="write a list of {name, kind, webhook, filters} (or queries: [...])")
    queries = [_query(item, i, path) for i, item in enumerate(data, 1)]
    names = [q.name for q in queries]
    doubled = sorted({n for n in names if names.count(n) > 1})
    if doubled:
        raise ConfigError(f"the alerts file {path} names more than one query {', '.join(doubled)}",
                          hint="give each query its own name")
    return queries


def _query(item: Any, number: int, path: Path) -> SavedQuery:
    where = f"{path}, query {number}"
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: a query is a mapping of name, kind, webhook and filters")
    unknown = sorted(set(item) - {"name", "kind", "webhook", "filters"})
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}", hint="a query has name, kind, webhook, filters")
    name, kind, webhook = (str(item.get(k) or "").strip() for k in ("name", "kind", "webhook"))
    if not name:
        raise ConfigError(f"{where}: the query has no name")
    where = f"{path}, query {name!r}"
    if kind not in KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
    if not webhook.lower().startswith(("http://", "https://")):
        raise ConfigError(f"{where}: webhook must be an http(s) URL, got {webhook!r}")
    filters = item.get("filters") or {}
    if not isinstance(filters, dict):
        raise ConfigError(f"{where}: filters is a mapping, e.g. {{actor: Merz, issue: ukraine_support}}")
    return SavedQuery(name, kind, webhook, _filters(filters, kind, where))


def _filters(raw: dict[str, Any], kind: str, where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in FILTERS[kind]:
            raise ConfigError(f"{where}: {kind} have no filter {key!r}; one of: {', '.join(FILTERS[kind])}")
        if value is None or value == "":
            continue
        if key == "members":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: members is true or false, got {value!r}")
        elif key in ("since", "until"):
            try:
                value = parse_date(str(value)).isoformat()
            except (LagebildError, ValueError) as exc:
                raise ConfigError(f"{where}: {key} must be a date like 2025-09-04, got {value!r}") from exc
        else:
            value = str(value)
            if key in CHOICES and value not in CHOICES[key]:
                raise ConfigError(f"{where}: {key} must be one of {', '.join(CHOICES[key])}, got {value!r}")
        out[key] = value
    if out.get("members") and not out.get("actor"):
        raise ConfigError(f"{where}: members needs an actor")
    return out


def record_id(kind: str, record: dict[str, Any]) -> str:
    """The stable id of a record of a listing; a stance change is its two positions' ids joined by "+"."""
    if kind == "changes":
        sides = [record.get(s) if isinstance(record.get(s), dict) else {} for s in ("from", "to")]
        return f"{sides[0].get('id') or ''}+{sides[1].get('id') or ''}"
    return str(record.get("id") or "")


def record_day(kind: str, record: dict[str, Any]) -> str:
    """The publication date of a record (a change: its newer side's), or ""."""
    if kind == "changes":
        side = record.get("to") if isinstance(record.get("to"), dict) else {}
        return str(side.get("published") or "")[:10]
    return str(record.get("published") or "")[:10]


def fetch_records(store: Any, kind: str, filters: dict[str, Any], *, actor_ids: list[str] | None = None,
                  limit: int = SCAN_LIMIT, offset: int = 0) -> list[dict[str, Any]]:
    """The matches of a listing, oldest first (``limit`` from ``offset``; changes: all). ``filters`` hold
    everything but the actor, which callers resolve to ``actor_ids`` first; ``[]`` when this
    store cannot list ``kind``."""
    fn = getattr(store, kind, None)
    if fn is None:
        return []
    args = {k: v for k, v in filters.items() if k not in ("actor", "members") and v not in (None, "")}
    if kind != "changes":
        args["limit"], args["offset"] = limit, offset
    if kind in ("statements", "positions"):
        args["one_per_cluster"] = True  # wire copies of one story count once
    return list(fn(actor_ids=actor_ids, **args))


def resolve(store: Any, query: SavedQuery) -> list[str] | None:
    """The actor ids of the query's ``actor`` filter (with members if asked), None without one."""
    actor = query.filters.get("actor")
    if not actor:
        return None
    from .kb import load_kb
    from .recordviews import resolve_actors, with_members

    kb = load_kb(store.options)
    ids = [a["id"] for a in resolve_actors(actor, kb, store)]
    return with_members(ids, kb) if query.filters.get("members") else ids


def post_json(url: str, payload: dict[str, Any], *, timeout: float = TIMEOUT, retries: int = RETRIES,
              backoff: float = BACKOFF, sleep: Callable[[float], None] = time.sleep) -> None:
    """POST ``payload`` as JSON; retried (``backoff``, doubled each time) on a connection error,
    a timeout, 429 or 5xx. ``WebhookError`` when every attempt failed or the receiver refused it."""
    body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "lagebild-alerts"}
    problem = ""
    for attempt in range(retries + 1):
        if attempt:
            sleep(backoff * 2 ** (attempt - 1))
        try:
            resp = httpx.post(url, content=body, headers=headers, timeout=timeout, follow_redirects=False)
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc}"
            continue
        if 200 <= resp.status_code < 300:
            return
        problem = f"HTTP {resp.status_code}"
        if resp.status_code != 429 and resp.status_code < 500:
            break  # the receiver refuses it: asking again will not help
    raise WebhookError(f"webhook {url} failed: {problem}")


class Alerts:
    """The saved queries of one watch: ``start`` before the first round, ``run`` after each.

    ``seen`` remembers what was sent (the store; anything with ``seen_has``/``seen_add``);
    ``post`` sends one payload (``post_json`` with the timeout and retries given here).
    """

    def __init__(self, queries: list[SavedQuery], *, post: Callable[..., None] | None = None,
                 timeout: float = TIMEOUT, retries: int = RETRIES, backoff: float = BACKOFF,
                 sleep: Callable[[float], None] = time.sleep):
        self.queries = list(queries)
        self._post = post or (lambda url, payload: post_json(url, payload, timeout=timeout, retries=retries,
                                                            backoff=backoff, sleep=sleep))

    def check(self, store: Any) -> None:
        """``ConfigError`` for a query whose issue is unknown or whose actor names no actor, or several."""
        from .extract.issues import load_issues
        from .recordviews import issue_known

        ids = [i.id for i in load_issues(getattr(store.options, "issues_path", "") or None)]
        for q in self.queries:
            issue = q.filters.get("issue")
            if issue and not issue_known(store, issue, ids):
                raise ConfigError(f"alert {q.name!r}: issue {issue!r} is not in the catalogue; one of: {', '.join(ids)}")
            try:
                resolve(store, q)
            except LagebildError as exc:
                raise ConfigError(f"alert {q.name!r}: {exc}") from exc

    def start(self, store: Any, seen: Any = None) -> None:
        """Check the queries and take each new query's current matches as its baseline (not sent)."""
        self.check(store)
        seen = seen if seen is not None else store
        for q in self.queries:
            marker = f"alert:{q.fingerprint}"
            if seen.seen_has(marker):
                continue
            for rec in self._matches(store, q):
                seen.seen_add(f"{marker}:{record_id(q.kind, rec)}")
            seen.seen_add(marker)
            log.info("alert %r: baseline taken; from now on new matches go to its webhook", q.name)

    def run(self, store: Any, seen: Any = None) -> dict[str, int]:
        """Send each query's matches not sent before; query name -> records sent. Never raises
        for a failing webhook or query: that is logged, and its records come again next round."""
        seen = seen if seen is not None else store
        sent: dict[str, int] = {}
        for q in self.queries:
            try:
                sent[q.name] = self._run_one(store, seen, q)
            except Exception as exc:  # noqa: BLE001 - one query or webhook must never stop the watch
                sent[q.name] = 0
                log.error("alert %r: %s", q.name, exc)
        return sent

    def _matches(self, store: Any, q: SavedQuery) -> list[dict[str, Any]]:
        return fetch_records(store, q.kind, q.filters, actor_ids=resolve(store, q))

    def _run_one(self, store: Any, seen: Any, q: SavedQuery) -> int:
        marker = f"alert:{q.fingerprint}"
        fresh = [r for r in self._matches(store, q) if not seen.seen_has(f"{marker}:{record_id(q.kind, r)}")]
        done = 0
        for start in range(0, len(fresh), BATCH):
            batch = fresh[start:start + BATCH]
            self._post(q.webhook, {"query": q.name, "kind": q.kind, "filters": q.filters,
                                   "count": len(batch), "items": batch})
            for rec in batch:  # remembered only once the receiver took them
                seen.seen_add(f"{marker}:{record_id(q.kind, rec)}")
            done += len(batch)
        if done:
            log.info("alert %r: sent %d new record(s)", q.name, done)
        return done
