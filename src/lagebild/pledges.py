"""One pledge, many articles: stored commitment records that are the same pledge become one.

    merged = merge_commitments(store.commitments(limit=10**6, one_per_cluster=False))

The Kiel Institute's Ukraine Support Tracker keeps one line per pledge however often it is
re-announced; this is that step, automatically. Two stored commitment records (dicts with
``doc``, ``published``, ``actor``, ``act``, ``recipient``, ``item_category``, ``object``,
``quantity``, ``value``, as the store gives them) are the same pledge when

- the donor is the same *linked* actor (the knowledge-base id; a donor without an id is
  never merged: "26 Staaten" in one article is not "26 Staaten" in another);
- the recipient is the same (its actor id, else its mention lower-cased; both absent counts
  as the same);
- the acts are of one family: pledge, intention and delivery are one (a pledge later
  delivered is the same pledge); every other act only with itself;
- the item category is the same (both unknown counts as the same) and the objects share a
  content word, or the quantities are equal (unit and value) or the values are equal
  (currency and amount, or EUR values within 1 %);
- the records lie within ``WINDOW_DAYS`` (180) of the group's latest source.

A merged record is the record of its most advanced source (phase delivered > committed >
announced, ties: the latest) with ``sources`` (``{doc, published, id, evidence}``, oldest
first), ``history`` (one entry ``{published, doc, id, act, phase}`` for the first source and for
every source whose act or phase differs from the entry before), ``first_published`` and
``last_published``; its ``id`` is ``pledge:`` + the first source's id. Records that merge with
nothing come back the same way, with one source. Output order: first published, then id.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterable

WINDOW_DAYS = 180
GIVE_ACTS = frozenset({"pledge", "intention", "delivery"})
PHASE_RANK = {"announced": 0, "committed": 1, "delivered": 2}
_WORD = re.compile(r"[^\W\d_][\w-]{3,}")
# Words of an object phrase that say nothing about what is given (both languages).
_STOP = frozenset("""
liefern bereitstellen geben leisten schicken senden zahlen stellen entsenden unterstützen weitere weiteren
weiterer neue neuen neues ukraine ukrainian kyjiw kiew kyiv diese dieser dieses einer einen eines sowie
insgesamt rund etwa mehr provide deliver send supply give fund support offer deploy more further another
additional with from that this their these those into over about around worth wert value
""".split())


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _actor_id(who: Any) -> str | None:
    if not isinstance(who, dict):
        return None
    inner = who.get("actor")
    if isinstance(inner, dict):
        return inner.get("id") or inner.get("wikidata")
    return None


def _recipient_key(record: dict[str, Any]) -> str | None:
    rec = record.get("recipient")
    if not isinstance(rec, dict):
        return None
    aid = _actor_id(rec)
    if aid:
        return aid
    mentions = rec.get("mention") or []
    text = " ".join(m.get("text", "") for m in mentions if isinstance(m, dict))
    return " ".join(text.casefold().split()) or None


def _family(act: Any) -> str:
    return "give" if act in GIVE_ACTS else str(act)


def _object_words(record: dict[str, Any]) -> set[str]:
    obj = record.get("object")
    text = obj.get("text") if isinstance(obj, dict) else obj
    words = {w.casefold() for w in _WORD.findall(text or "")}
    # a crude stem: the first six letters, so "Panzer"/"Panzern", "howitzer"/"howitzers" meet
    return {w[:6] for w in words if w not in _STOP}


def _same_number(a: Any, b: Any, tolerance: float = 0.01) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return a == b
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return False
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def _same_quantity(a: dict[str, Any], b: dict[str, Any]) -> bool:
    qa, qb = a.get("quantity"), b.get("quantity")
    if not isinstance(qa, dict) or not isinstance(qb, dict) or qa.get("unit") != qb.get("unit"):
        return False
    return _same_number(qa.get("value"), qb.get("value"), 0.0)


def _same_value(a: dict[str, Any], b: dict[str, Any]) -> bool:
    va, vb = a.get("value"), b.get("value")
    if not isinstance(va, dict) or not isinstance(vb, dict):
        return False
    if va.get("currency") == vb.get("currency") and _same_number(va.get("amount"), vb.get("amount"), 0.0):
        return True
    return _same_number(va.get("eur"), vb.get("eur"))


def same_pledge(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two stored commitment records are the same pledge (without the time window)."""
    donor = _actor_id(a.get("actor"))
    if not donor or donor != _actor_id(b.get("actor")):
        return False
    if _recipient_key(a) != _recipient_key(b) or _family(a.get("act")) != _family(b.get("act")):
        return False
    if a.get("item_category") != b.get("item_category"):
        return False
    return bool(_object_words(a) & _object_words(b)) or _same_quantity(a, b) or _same_value(a, b)


def _source(record: dict[str, Any]) -> dict[str, Any]:
    return {"doc": record.get("doc"), "published": record.get("published"), "id": record.get("id"),
            "evidence": record.get("evidence") or []}


def _order(record: dict[str, Any]) -> tuple:
    published = record.get("published")
    return (published is None, published or "", str(record.get("id") or ""))


def _merged(group: list[dict[str, Any]]) -> dict[str, Any]:
    head = max(group, key=lambda r: (PHASE_RANK.get(r.get("phase") or "announced", 0), _order(r)[1]))
    out = dict(head)
    out["id"] = f"pledge:{group[0].get('id')}"
    out["sources"] = [_source(r) for r in group]
    history: list[dict[str, Any]] = []
    for r in group:
        step = {"published": r.get("published"), "doc": r.get("doc"), "id": r.get("id"),
                "act": r.get("act"), "phase": r.get("phase")}
        if not history or (history[-1]["act"], history[-1]["phase"]) != (step["act"], step["phase"]):
            history.append(step)
    out["history"] = history
    out["first_published"] = group[0].get("published")
    out["last_published"] = group[-1].get("published")
    for key in ("quantity", "value", "due"):  # the latest source that says it
        latest = next((r.get(key) for r in reversed(group) if r.get(key)), None)
        if latest is not None:
            out[key] = latest
    return out


def merge_commitments(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored commitment records, the same pledge in several articles merged into one record
    with its ``sources`` and ``history`` (see the module docstring)."""
    groups: list[list[dict[str, Any]]] = []
    for rec in sorted(records, key=_order):
        day = _day(rec.get("published"))
        home = None
        if _actor_id(rec.get("actor")):
            for group in groups:
                last = _day(group[-1].get("published"))
                if day is not None and last is not None and (day - last).days > WINDOW_DAYS:
                    continue
                if (day is None) != (last is None):
                    continue
                if any(same_pledge(rec, other) for other in group):
                    home = group
                    break
        if home is None:
            groups.append([rec])
        else:
            home.append(rec)
    return sorted((_merged(g) for g in groups), key=lambda r: (r["first_published"] is None,
                                                               r["first_published"] or "", r["id"]))
