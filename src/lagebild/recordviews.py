"""Reading position-layer records: the one place the store, the API, the command line and the
web pages get an actor's label and key, an issue id, the latest stance per key, the period of
a view over time, stance changes, the camps on an issue and an actor's profile from.

Records are the JSON dicts of ``model.Position``/``Commitment``/``Change`` (stored rows carry
``doc``, ``published`` and ``cluster_id`` beside them). Their ``actor`` comes in three shapes:
``{"mention": [spans], "actor": {...} or None}`` (positions, commitments), a bare actor dict,
or (changes, disagreements) a label string with ``actor_key`` beside it.

One actor, one identity: records are grouped by the actor id, whatever role the actor held
(the role is shown with each record, never as part of the identity). A record without an
actor is grouped by its mention normalised (``normalize_mention``); a bare pronoun
("er", "sie", "they") is no actor at all (``is_pronoun``). An actor query (a name, alias, id
or Wikidata id) becomes actor ids first (``resolve_actors``), then every record of those ids.

This module sits beside ``model``: it imports no store, API, command-line or web code; the
store-shaped functions take any object with ``statements``/``positions`` methods, and
``resolve_actors`` any knowledge base with ``record``/``lookup``.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Any, Callable, Iterable, TypeVar

from .errors import ActorQueryError
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


# -- unresolved mentions: one normalised form, pronouns apart --------------------------------
#
# The normaliser is deliberately small: lower-case, the quotes and punctuation around it
# dropped, leading articles dropped (German der/die/das/ein..., English the/a/an), and each
# word's inflection endings (-em -en -er -es -e -n -s, repeatedly, keeping at least 3
# letters) cut off. "einem hochrangigen EU-Beamten" and "ein hochrangiger EU-Beamter" both
# become "hochrangig eu-beamt"; "Er" and "er" become "er". It is a grouping key, not a
# lemma: two different words may now and then share one.

ARTICLES = frozenset("der die das des dem den ein eine einer eines einem einen the a an".split())
PRONOUNS = frozenset((
    "ich du er sie es wir ihr man mich mir dich dir ihn ihm uns euch ihnen sich wer jemand "  # German
    "dieser diese dieses jener jene selbiger "
    "i me you he him she her it we us they them someone somebody one"  # English
).split())
_ENDINGS = ("em", "en", "er", "es", "e", "n", "s")
_EDGE = " \t\n.,;:!?\"'«»„“”‚‘’()[]"
_SPACE = re.compile(r"\s+")


def _stem(word: str) -> str:
    while True:
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        else:
            return word


def _words(text: str) -> list[str]:
    return [w.strip(_EDGE) for w in _SPACE.split(text.lower()) if w.strip(_EDGE)]


def is_pronoun(text: str) -> bool:
    """True for a bare pronoun ("er", "Sie", "they"): never an actor of its own."""
    words = _words(text)
    return len(words) == 1 and words[0] in PRONOUNS


def normalize_mention(text: str) -> str:
    """The grouping key of an unresolved mention (see above); "" for none."""
    words = _words(text)
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    if len(words) == 1 and words[0] in PRONOUNS:
        return words[0]
    return " ".join(_stem(w) for w in words)


def actor_fields(record: dict[str, Any]) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """(actor_key, id, name, wikidata, mention text) from a record's ``actor`` field, as the
    store writes them into its columns. The key is the actor id, else the lowercased name,
    else the normalised mention (``normalize_mention``); None when the record names no actor
    at all or only a bare pronoun."""
    inner, spans = _split_actor(record)
    mention = mention_text(record) or None if spans is not None else None
    if not isinstance(inner, dict):
        return _mention_key(mention), None, None, None, mention
    actor_id = inner.get("id")
    key = actor_id or (inner.get("name") or "").lower() or _mention_key(mention)
    return key, actor_id, inner.get("name"), inner.get("wikidata"), mention


def _mention_key(mention: str | None) -> str | None:
    if not mention or is_pronoun(mention):
        return None
    return normalize_mention(mention) or None


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


def record_actor(record: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """(the resolved actor dict or None, the mention as written) of a statement (its
    ``speaker``), a position or a commitment (its ``actor``)."""
    speaker = record.get("speaker")
    if isinstance(speaker, dict):
        spans = speaker.get("mention") or []
        return speaker.get("actor") or None, " … ".join(s.get("text", "") for s in spans if isinstance(s, dict))
    inner, _spans = _split_actor(record)
    return (inner if isinstance(inner, dict) and inner.get("id") else None), mention_text(record)


GROUP_ORDER = {"actor": 0, "mention": 0, "pronoun": 1, "unknown": 2}


def group_key(record: dict[str, Any]) -> tuple[str, str]:
    """(kind, key) a listing groups a record by: ("actor", id), ("mention", normalised mention),
    ("pronoun", "") for a bare unresolved pronoun, ("unknown", "") without any actor."""
    actor, mention = record_actor(record)
    if actor is not None:
        return "actor", str(actor["id"])
    if not mention.strip():
        return "unknown", ""
    if is_pronoun(mention):
        return "pronoun", ""
    return "mention", normalize_mention(mention)


def group_by_actor(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records grouped as ``group_key`` says: one group per actor id whatever role it held, one
    per normalised unresolved mention, one for all bare pronouns ("unresolved pronoun") and one
    for records without a speaker. Each group: ``kind``, ``key``, ``id`` (actors), ``name``
    (the actor's name; the mention as most often written; or the kind), ``roles`` (the roles
    the records show, in order), ``mentions`` (as written, with counts) and ``records``.
    Biggest groups first; pronouns and unknown speakers last."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for rec in records:
        kind, key = group_key(rec)
        actor, mention = record_actor(rec)
        group = groups.setdefault((kind, key), {"kind": kind, "key": key, "id": actor["id"] if actor else None,
                                                 "name": None, "roles": [], "mentions": Counter(), "records": []})
        group["records"].append(rec)
        if mention:
            group["mentions"][mention] += 1
        if actor is not None:
            group["name"] = actor.get("name") or group["name"]
            if actor.get("role") and actor["role"] not in group["roles"]:
                group["roles"].append(actor["role"])
    for group in groups.values():
        if group["kind"] == "actor":
            group["name"] = group["name"] or group["id"]
        elif group["kind"] == "mention":
            group["name"] = group["mentions"].most_common(1)[0][0]
        else:
            group["name"] = "unresolved pronoun" if group["kind"] == "pronoun" else "unknown speaker"
        group["mentions"] = dict(group["mentions"].most_common())
    return sorted(groups.values(), key=lambda g: (GROUP_ORDER[g["kind"]], -len(g["records"]), g["name"].lower()))


# -- actor queries: a name, alias or id -> actor ids ---------------------------------------------

_WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")


def _candidate(actor_id: str, kb: Any, fallback: dict[str, Any] | None = None, role: str | None = None,
               on: date | None = None) -> dict[str, Any]:
    rec = kb.record(actor_id) if kb is not None else None
    if rec is not None:
        current = rec.role_on(on or date.today()) if hasattr(rec, "role_on") else None
        roles = getattr(rec, "roles", None) or []
        label = role or (current.label if current else (roles[-1].label if roles else None))
        return {"id": rec.id, "name": rec.name, "type": rec.type, "wikidata": rec.wikidata, "role": label}
    fallback = fallback or {}
    return {"id": actor_id, "name": fallback.get("name") or actor_id, "type": fallback.get("type"),
            "wikidata": fallback.get("wikidata"), "role": role}


def _listed(candidates: list[dict[str, Any]]) -> str:
    return "; ".join(f"{c['id']} {c['name']}" + (f" ({c['role']})" if c.get("role") else "") for c in candidates)


def _one_person(candidates: list[dict[str, Any]]) -> bool:
    """One candidate, or several ids of one Wikidata item (an older and a newer knowledge base)."""
    wikidata = {c.get("wikidata") for c in candidates}
    return len(candidates) == 1 or (len(wikidata) == 1 and None not in wikidata)


def issue_known(store: Any, issue: str, catalogue: Iterable[str]) -> bool:
    """Whether ``issue`` is an id of the ``catalogue`` in use, or one that a stored position,
    commitment or statement names (an issue of an earlier catalogue stays queryable)."""
    if issue in set(catalogue):
        return True
    for method in ("positions", "commitments", "statements"):
        fn = getattr(store, method, None)
        if fn is not None and fn(issue=issue, limit=1):
            return True
    return False


def resolve_actors(query: str, kb: Any, store: Any = None, *, on: date | None = None) -> list[dict[str, Any]]:
    """The actors an actor query means, as ``{id, name, type, wikidata, role}`` dicts.

    ``query`` is an actor id (a Wikidata id or ``local:...``), a Wikidata id, a canonical name
    or an alias. Ids are looked up in the knowledge base ``kb`` and among the actors the store
    names (``store.actors``, where it has that); names and aliases through ``kb.lookup`` and the
    stored actors' names. Several matches narrow to the one with the query as its full name,
    else to the one the store has records of (the others have none to return); several ids of
    one Wikidata item are one actor (all their ids come back). Raises
    ``ActorQueryError`` (with ``candidates``) when the query names no actor, or several.
    """
    found = _resolve(query, kb, store, on)
    listed = getattr(store, "actors", None)
    for wikidata in {a["wikidata"] for a in found if a.get("wikidata")} if listed is not None else ():
        known = {a["id"] for a in found}  # the same person's records under another id
        found += [_candidate(a["id"], kb, a, on=on) for a in listed(match=wikidata)
                  if a["id"] not in known and a.get("wikidata") == wikidata]
    return found



def with_members(ids: list[str], kb: Any, on: date | None = None) -> list[str]:
    """``ids`` followed by the ids of their members in the knowledge base's hierarchy
    (``kb.members``: a state's government and its office holders, a party's members), each
    once: "France" with or without its members."""
    out = list(dict.fromkeys(ids))
    members = getattr(kb, "members", None)
    for aid in list(out) if members is not None else ():
        out += [m.id for m in members(aid, on) if m.id not in out]
    return out

def _resolve(query: str, kb: Any, store: Any, on: date | None) -> list[dict[str, Any]]:
    """The ids :func:`resolve_actors` starts from (before adding ids of the same Wikidata item)."""
    text = " ".join(str(query or "").split())
    if not text:
        raise ActorQueryError("the actor query is empty")
    listed = getattr(store, "actors", None)
    stored = listed(match=text) if listed is not None else []
    # 1. an id or a Wikidata id
    found: dict[str, dict[str, Any]] = {}
    if kb is not None and kb.record(text) is not None:
        found[text] = _candidate(text, kb, on=on)
    if _WIKIDATA_ID.match(text) and kb is not None:
        for rec in getattr(kb, "records", {}).values():
            if rec.wikidata == text:
                found.setdefault(rec.id, _candidate(rec.id, kb, on=on))
    for actor in stored:
        if text in (actor["id"], actor.get("wikidata")):
            found.setdefault(actor["id"], _candidate(actor["id"], kb, actor, on=on))
    if found:
        return list(found.values())
    # 2. a name or an alias
    hits = kb.lookup(text, on=on) if kb is not None else []
    by_id: dict[str, dict[str, Any]] = {}
    full_names: set[str] = set()
    for hit in hits:
        by_id.setdefault(hit.actor.id, _candidate(hit.actor.id, kb, hit.actor.to_dict(), hit.role_at_date, on=on))
        if hit.kind == "name":
            full_names.add(hit.actor.id)
    for actor in stored:  # stored actors whose name it is (actors of an older or another knowledge base)
        by_id.setdefault(actor["id"], _candidate(actor["id"], kb, actor, on=on))
        full_names.add(actor["id"])
    if not by_id:
        hint = ("`lagebild kb lookup NAME` lists the actors a name can mean; to search the speaker mentions "
                "as written, use --mention (API: mention=)")
        raise ActorQueryError(f"no actor {text!r} in the knowledge base or the store", hint=hint)
    for keep in (set(by_id), full_names):  # all of them, or those with the query as full name
        if keep and _one_person([by_id[i] for i in keep]):
            return [by_id[i] for i in by_id if i in keep]
    present = {a["id"] for a in listed(ids=list(by_id))} if listed is not None else set()
    if present and _one_person([by_id[i] for i in present]):
        return [by_id[i] for i in by_id if i in present]
    candidates = [c for c in by_id.values() if c["id"] in present] or list(by_id.values())
    raise ActorQueryError(f"{text!r} names {len(candidates)} actors: {_listed(candidates)}",
                          candidates=candidates, hint="give one of their ids instead")


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
            "id": pos.get("id"), "evidence": pos.get("evidence"), "conditions": pos.get("conditions", []),
            "confidence": confidence(pos)}


# -- the period of the views over time -----------------------------------------------------------

ALL = "all"  # ``since="all"``: no lower bound


def resolve_period(latest: str | None, since: Any = None, until: Any = None,
                   months: int = 12) -> tuple[str | None, str | None]:
    """(since, until) of a view over time, as ISO dates or None (no bound).

    Neither given: the last ``months`` of the corpus, ``since`` = ``latest`` (the newest
    published date in the store) minus 365 days for 12 months, no upper bound (nothing is newer);
    no ``latest`` (an empty or undated store): no bounds. ``since="all"``: no lower bound.
    Given dates pass through (dates as ISO strings); checking them is the caller's.
    """
    def iso(value: Any) -> str | None:
        if value is None or value == "":
            return None
        return value.isoformat() if isinstance(value, date) else str(value)

    if iso(since) is None and iso(until) is None:
        if not latest:
            return None, None
        day = date.fromisoformat(str(latest)[:10]) - timedelta(days=round(months * 365 / 12))
        return day.isoformat(), None
    if isinstance(since, str) and since.strip().lower() == ALL:
        return None, iso(until)
    return iso(since), iso(until)


def store_period(store: Any, since: Any = None, until: Any = None) -> dict[str, Any]:
    """The period of a view over ``store``: ``{"since", "until", "default"}`` (``resolve_period``
    from the store's ``newest_published``; ``default`` is true when neither bound was given)."""
    default = (since is None or since == "") and (until is None or until == "")
    newest = getattr(store, "newest_published", None) if default else None
    s, u = resolve_period(newest() if newest is not None else None, since, until)
    return {"since": s, "until": u, "default": default}


def period_text(period: dict[str, Any], all_hint: str = "since=all") -> str:
    """One line for people: the period a view covers (``{since, until, default}``)."""
    since, until = period.get("since"), period.get("until")
    span = f"{since or 'the beginning'} to {until or 'the newest article'}" if since or until else "all dates"
    return f"period: {span}" + (f" (default: the corpus's last 12 months; {all_hint} for everything)"
                                if period.get("default") and since else "")


# -- stance changes and camps ----------------------------------------------------------------------

UNSURE = 0.5  # the confidence of a stored position that carries none


def confidence(record: dict[str, Any]) -> float:
    """A position's ``confidence`` in [0, 1]; 0.5 (not confident) when it has none."""
    value = record.get("confidence")
    try:
        return UNSURE if value is None else max(0.0, min(1.0, float(value)))
    except (TypeError, ValueError):
        return UNSURE


def _story(pos: dict[str, Any]) -> Any:
    return pos.get("cluster_id") or pos.get("doc")


def stance_changes(positions: Iterable[dict[str, Any]], *, min_confidence: float = 0.6) -> list[dict[str, Any]]:
    """Shifts of one linked actor's stance on one issue, with the evidence on both sides
    (``model.Change`` records as JSON; each side: stance, date, doc, position id, evidence,
    conditions, confidence).

    Only confident evidence counts: positions of an actor with an id (not a bare mention), with
    an issue and a date, each with ``confidence`` >= ``min_confidence`` (the setting
    ``change_min_confidence``; a record without one counts as 0.5). Each is compared with the
    last such stance of that actor on that issue; a different stance from another published
    date and another story is a shift (two stances in one article or one day are nuance, or
    extraction noise, not a move over time).
    """
    last: dict[tuple[str, str], dict[str, Any]] = {}
    shifts = []
    for pos in sorted(positions, key=by_date):
        _key, actor_id, *_rest = actor_fields(pos)
        issue = issue_id(pos)
        if not actor_id or not issue or not pos.get("published") or confidence(pos) < min_confidence:
            continue
        k = (str(actor_id), issue)
        prev = last.get(k)
        if (prev is not None and prev.get("stance") != pos.get("stance") and prev.get("published") != pos.get("published")
                and _story(prev) != _story(pos)):
            shifts.append(Change(actor_label(pos), k[0], issue, _side(prev), _side(pos)).to_dict())
        last[k] = pos
    return shifts


CAMPS = ("supports", "opposes", "conditional", "hesitant", "undecided")


def camps(positions: Iterable[dict[str, Any]], issue: str) -> dict[str, Any]:
    """Who stands where on ``issue``: ``{"issue", "camps": {stance: [member, ...]}}`` with one key
    per stance in ``CAMPS``. Each actor is in the camp of its latest stance among ``positions``
    (the period's); a member is ``{"actor", "actor_key", "actor_id" (None for an unlinked mention),
    "positions" (how many of its positions
    on the issue are evidence), "latest" (that stance's side: date, doc, id, evidence, ...)}``,
    most evidence first, then the most recent. Bare pronouns are no actors, and an unlinked
    mention seen only once is left out."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for pos in sorted(positions, key=by_date):
        key, actor_id, *_rest = actor_fields(pos)
        if key is not None and (issue_id(pos) or "").lower() == str(issue).lower():
            groups.setdefault(key, []).append(pos)
    out: dict[str, list[dict[str, Any]]] = {stance: [] for stance in CAMPS}
    for key, found in groups.items():
        latest = found[-1]
        if not actor_fields(latest)[1] and len(found) < 2:
            continue
        stance = latest.get("stance") if latest.get("stance") in out else "undecided"
        out[stance].append({"actor": actor_label(latest), "actor_key": key, "actor_id": actor_fields(latest)[1],
                            "positions": len(found), "latest": _side(latest)})
    for members in out.values():
        members.sort(key=lambda m: m["actor_key"])
        members.sort(key=lambda m: m["latest"].get("published") or "", reverse=True)
        members.sort(key=lambda m: m["positions"], reverse=True)
    return {"issue": issue, "camps": out}


disagreements = camps  # the former name: disagreements are shown as camps, not as pairs of actors


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
