"""The Kiel tracker's fields of a commitment (``extract/commitments.py``): ``item_category`` from
the object phrase (``CATEGORIES`` word lists of ``lang/<code>/commitments.py``), ``value`` (money in
the clause, with a EUR value from the reference rates in ``data/currency/eur_rates.yaml``),
``phase`` (announced, committed, delivered) and ``due`` (a time expression of the clause that lies
after publication).
"""
from __future__ import annotations

import functools
import re
from datetime import date
from importlib import resources
from typing import Any

import yaml

from ..nlp.language import lang_data, merged
from .quantities import find_quantities

_L = "commitments"  # the language data: lang/<code>/commitments.py


def _t_dict(t) -> dict[str, Any]:
    return {**t.span.to_dict(), "value": t.value}


@functools.lru_cache(maxsize=8)
def _categories(lang: str) -> list[tuple[str, re.Pattern]]:
    data = lang_data(lang, _L)
    flags = re.IGNORECASE if data is not None and data.IGNORE_CASE else 0
    return [(cat, re.compile(rf"(?<!\w)(?:{p})(?!\w)", flags)) for cat, p in getattr(data, "CATEGORIES", [])]


def item_category(phrase: str | None, lang: str) -> str | None:
    """The category of what is committed (``weapons_system``, ``ammunition``, ``equipment``,
    ``financial``, ``humanitarian``, ``troops``, ``training``, ``political``), from the word of
    ``CATEGORIES`` that comes first in ``phrase`` (ties: list order); None when no word is there."""
    found = _category_at(phrase, lang)
    return found[1] if found else None


def _category_at(phrase: str | None, lang: str) -> tuple[int, str] | None:
    if not phrase:
        return None
    best: tuple[int, int, str] | None = None
    for rank, (cat, rx) in enumerate(_categories(lang if lang_data(lang, _L) is not None else "de")):
        m = rx.search(phrase)
        if m and (best is None or (m.start(), rank) < best[:2]):
            best = (m.start(), rank, cat)
    return (best[0], best[2]) if best else None


@functools.lru_cache(maxsize=1)
def eur_rates() -> dict[str, dict[int, float]]:
    """Units of each currency per 1 EUR by year (``data/currency/eur_rates.yaml``)."""
    raw = yaml.safe_load((resources.files("lagebild") / "data" / "currency" / "eur_rates.yaml").read_text("utf-8"))
    return {cur: {int(y): float(r) for y, r in years.items()} for cur, years in raw["rates"].items()}


def to_eur(amount: float, currency: str, year: int | None = None) -> float | None:
    """``amount`` of ``currency`` in EUR at the reference rate of ``year`` (the nearest year in the
    table; None: the latest); None for a currency without a rate."""
    if currency == "EUR":
        return amount
    years = eur_rates().get(currency)
    if not years:
        return None
    y = max(years) if year is None else min(years, key=lambda k: (abs(k - year), -k))
    eur = amount / years[y]
    return round(eur) if abs(eur) >= 1000 else round(eur, 2)


def find_value(text: str, lang: str, regions: list[tuple[int, int]], published: date | None = None) -> dict | None:
    """The first sum of money in the first region that has one: ``{"amount", "currency", "eur",
    "text", "start", "end"}`` (a range counts with its lower end)."""
    for a, b in regions:
        for q in find_quantities(text, lang, a, b):
            cur = q.get("unit")
            if cur and (cur == "EUR" or cur in eur_rates()):
                amount = q["value"][0] if isinstance(q["value"], list) else q["value"]
                return {"amount": amount, "currency": cur,
                        "eur": to_eur(amount, cur, published.year if published else None),
                        "text": q["text"], "start": q["start"], "end": q["end"]}
    return None


_COMMITTED = re.compile(rf"(?:{merged(_L, 'COMMITTED')})", re.IGNORECASE)
_DUE_BEFORE = re.compile(rf"\b(?:{merged(_L, 'DUE_BEFORE')})\s+(?:(?:the|dem|den|der|Ende|end of|im|in|am)\s+)?$",
                         re.IGNORECASE)


def phase_of(act: str, status: str, sentence: str) -> str:
    """``delivered`` for a delivery, ``committed`` where the sentence says it is formally agreed
    (a contract, a budget, a parliament's approval), else ``announced``."""
    if act == "delivery" or status in ("fulfilled", "in_progress"):
        return "delivered"
    if act in ("pledge", "intention") and _COMMITTED.search(sentence):
        return "committed"
    return "announced"


def _period(value: str) -> tuple[date, date] | None:
    """First and last day of an ISO-like time value ("2026", "2025-10", "2025-H2", "a/b"), or None."""
    if "/" in value:
        a, b = value.split("/", 1)
        pa, pb = _period(a), _period(b)
        return (pa[0], pb[1]) if pa and pb else None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-H([12])|-Q([1-4])|-W(\d{2}))?(?:T.*)?", value)
    if not m:
        return None
    y = int(m[1])
    try:
        if m[3]:
            d = date(y, int(m[2]), int(m[3]))
            return d, d
        if m[2]:
            mo = int(m[2])
            return date(y, mo, 1), date.fromordinal(date(y + mo // 12, mo % 12 + 1, 1).toordinal() - 1)
        if m[4]:
            return (date(y, 1, 1), date(y, 6, 30)) if m[4] == "1" else (date(y, 7, 1), date(y, 12, 31))
        if m[5]:
            q = int(m[5])
            end = date(y + (q == 4), (3 * q) % 12 + 1, 1)
            return date(y, 3 * q - 2, 1), date.fromordinal(end.toordinal() - 1)
        if m[6]:
            start = date.fromisocalendar(y, int(m[6]), 1)
            return start, date.fromordinal(start.toordinal() + 6)
    except ValueError:
        return None
    return date(y, 1, 1), date(y, 12, 31)


def due_of(time: dict | None, text: str, published: date | None) -> str | None:
    """The time expression's value when it lies in the future of ``published`` (it starts later,
    or it has not ended and a deadline word such as "bis", "by", "until" comes before it)."""
    if not time or published is None or not isinstance(time.get("value"), str):
        return None
    period = _period(time["value"])
    if period is None:
        return None
    if period[0] > published:
        return time["value"]
    if period[1] >= published and _DUE_BEFORE.search(text[max(0, time["start"] - 30):time["start"]]):
        return time["value"]
    return None


def _tracker_fields(ctx: Any, act: str, status: str, obj: tuple[int, int], region: tuple[int, int],
                    evidence: tuple[int, int], sent: tuple[int, int], time) -> dict[str, Any]:
    text = ctx.text
    value = find_value(text, ctx.lang, [region, evidence], ctx.published)
    phrase = text[obj[0]:obj[1]] if obj[1] > obj[0] else ""
    found = _category_at(phrase, ctx.lang)
    category = found[1] if found else None
    if value and obj[0] <= value["start"] < obj[1] and (found is None or obj[0] + found[0] > value["start"]):
        category = "financial"  # "$1.5bn in military aid": the sum comes first
    return {"item_category": category, "value": value, "phase": phase_of(act, status, text[sent[0]:sent[1]]),
            "due": due_of(_t_dict(time) if time else None, text, ctx.published)}
