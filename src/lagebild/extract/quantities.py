"""Quantities in German and English news text, normalised to numbers and units.

    find_quantities("Die Bundesregierung will Hunderte Militärfahrzeuge liefern")
    -> [{"value": 200, "unit": "vehicles", "approx": True, "bound": "at_least", ...}]

Each quantity is a plain dict: ``value`` (a number, or ``[low, high]`` for a
range), ``unit`` ("EUR", "USD", "percent", "fraction", a counted noun class such
as "vehicles"/"states", or the lower-cased head noun), ``approx`` (vague or
rounded: "Hunderte", "rund", "about"), ``bound`` ("at_least", "at_most" or
None) and the span ``text``/``start``/``end`` into the text searched.
"""
from __future__ import annotations

import re
from typing import Any

from ..nlp.language import lang_data, merged

_L = "quantities"  # the language data: lang/<code>/quantities.py; every language's words apply to any text
_WORDS = merged(_L, "WORDS")
_BARE_WORDS = merged(_L, "BARE_WORDS")
_SCALES = merged(_L, "SCALES")
# Vague plurals: a conservative lower bound ("Hunderte" means at least two hundred).
_VAGUE = merged(_L, "VAGUE")
_CURRENCY = {**merged(_L, "CURRENCY"), "€": "EUR", "$": "USD", "£": "GBP"}
_PERCENT = merged(_L, "PERCENT") | {"%"}
_AT_LEAST, _AT_MOST, _APPROX = merged(_L, "AT_LEAST"), merged(_L, "AT_MOST"), merged(_L, "APPROX")
_EXACT_BOUND = merged(_L, "EXACT_BOUND")  # a vague plural with this modifier is no approximation
# Counted things: noun fragment -> unit class (checked as substring of the lower-cased noun, in rank order).
_NOUN_UNITS = [(frag, unit) for _rank, frag, unit in sorted(merged(_L, "NOUN_UNITS"), key=lambda r: r[0])]

_NUM = r"\d{1,3}(?:[.,\u202f ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_WORD_RE = "|".join(sorted((re.escape(w) for w in _WORDS if len(w) > 2), key=len, reverse=True))
_SCALE_RE = merged(_L, "SCALE_WORDS")
_CUR_RE = merged(_L, "CURRENCY_WORDS") + r"|€|\$|£"
_PERCENT_RE = merged(_L, "PERCENT_WORDS")
_MONTHS = merged(_L, "MONTHS")
_DAY_BEFORE = re.compile(rf"^(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?:{_MONTHS})\b")
_DAY_AFTER = re.compile(rf"\b(?:{_MONTHS})\s+$")
_MOD_RE = rf"(?P<mod>{merged(_L, 'MODIFIERS')})\s+"
_ONE = rf"(?:{_NUM}|(?:{_WORD_RE}))"
_QTY_RE = re.compile(
    rf"(?<![\w$€£])(?:{_MOD_RE})?"
    rf"(?:(?P<between>{merged(_L, 'BETWEEN')})\s+)?"
    rf"(?P<pre>[$€£])?\s?"
    rf"(?P<a>{_ONE})(?:\s*(?:{merged(_L, 'RANGE')}|-|–)\s*(?P<b>{_ONE}))?"
    rf"(?:\s?(?P<scale>{_SCALE_RE}))?"
    rf"(?:\s?(?P<cur>{_CUR_RE}|{_PERCENT_RE}|%))?",
    re.IGNORECASE,
)
_VAGUE_RE = re.compile(
    rf"(?<!\w)(?:(?P<mod>{merged(_L, 'VAGUE_MODIFIERS')})\s+)?(?P<v>"
    + "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))
    + r")(?:\s+(?:von|of))?(?!\w)",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    rf"(?<!\w)(?P<n>{merged(_L, 'FRACTION_NUMS')})[\s-](?P<d>{merged(_L, 'FRACTION_DENOMS')})(?!\w)",
    re.IGNORECASE,
)
_DENOM = merged(_L, "DENOM")
_TOKEN_AFTER = re.compile(r"\s+([\w][\w.-]*\w|\w)")
_STOP = merged(_L, "STOP")


def _num(tok: str) -> float | None:
    low = tok.lower()
    if low in _WORDS:
        return float(_WORDS[low])
    t = tok.replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):  # German 300.000 / 1.500,5
        return float(t.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", t):  # English 5,000 / 1,500.5
        return float(t.replace(",", ""))
    if re.fullmatch(r"\d+,\d+", t):  # German decimal 1,5
        return float(t.replace(",", "."))
    try:
        return float(t)
    except ValueError:
        return None


def _clean(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 4)


def _capitalised_nouns(lang: str | None) -> bool:
    """Whether ``lang`` capitalises nouns (so a capitalised word after a number is what it counts)."""
    data = lang_data(lang, _L)
    return data.CAPITALISED_NOUNS if data is not None else True


def _noun_unit(text: str, end: int, lang: str | None = None) -> tuple[str | None, int]:
    """The counted noun after a number (within three words): a unit class, or a capitalised head noun."""
    first: tuple[str, int] | None = None
    pos = 0
    for i, m in enumerate(_TOKEN_AFTER.finditer(text[end:end + 80])):
        word = m.group(1)
        if m.start() != pos:
            break
        pos = m.end()
        low = word.lower()
        if i >= 3 or low in _STOP:
            break
        for frag, unit in _NOUN_UNITS:
            if frag in low:
                return unit, end + m.end()
        if first is None and word[:1].isupper() and _capitalised_nouns(lang):
            first = (low, end + m.end())
    return first if first else (None, end)


def find_quantities(text: str, lang: str | None = None, start: int = 0, end: int | None = None) -> list[dict[str, Any]]:
    """All quantities in ``text[start:end]``, offsets into ``text``."""
    end = len(text) if end is None else end
    out: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(a: int, b: int, value: Any, unit: str | None, approx: bool, bound: str | None) -> None:
        taken.append((a, b))
        out.append({"value": value, "unit": unit, "approx": approx, "bound": bound,
                    "text": text[a:b], "start": a, "end": b})

    for m in _FRACTION_RE.finditer(text, start, end):
        n = _WORDS.get(m.group("n").lower(), 1)
        add(m.start(), m.end(), round(n / _DENOM[m.group("d").lower()], 4), "fraction", False, None)
    for m in _VAGUE_RE.finditer(text, start, end):
        if not free(m.start(), m.end()):
            continue
        unit, uend = _noun_unit(text, m.end(), lang)
        mod = (m.group("mod") or "").lower()
        add(m.start("mod") if m.group("mod") else m.start("v"), m.end(), _VAGUE[m.group("v").lower()], unit,
            mod not in _EXACT_BOUND, "at_least")
    for m in _QTY_RE.finditer(text, start, end):
        a_tok, b_tok = m.group("a"), m.group("b")
        if not m.group(0).strip() or not free(m.start("a"), m.end()):
            continue
        is_digit = a_tok[:1].isdigit()
        scale = (m.group("scale") or "").lower()
        cur = m.group("cur") or m.group("pre") or ""
        # A bare number word ("ein", "a") only counts with a scale, currency or a counted noun.
        if not is_digit and not scale and not cur and not b_tok and a_tok.lower() in _BARE_WORDS:
            continue
        if scale == "m" and not cur:
            scale = ""
        a = _num(a_tok)
        if a is None:
            continue
        mult = _SCALES.get(scale, 1.0)
        b = _num(b_tok) if b_tok else None
        # "ein bis zwei" with a scale on the second number only: both share it.
        value: Any = _clean(a * mult) if b is None else [_clean(a * mult), _clean(b * mult)]
        if re.search(r"\d{4}", a_tok) and not cur and not scale and 1900 < a < 2100 and b is None:
            continue  # a year, not a quantity
        qend = m.end()
        if cur.lower() in _PERCENT or cur == "%":
            unit: str | None = "percent"
        elif cur:
            unit = _CURRENCY.get(cur.lower())
        else:
            unit, qend = _noun_unit(text, m.end(), lang)
            if unit is None:
                qend = m.end()
                # "5 percent" written out after the noun-less number
            if re.match(rf"\s+(?:{_PERCENT_RE})", text[m.end():m.end() + 12], re.I):
                unit = "percent"
        if unit is None and not is_digit and not scale:
            continue  # a number word with nothing counted ("eine Beteiligung")
        if unit is None and not scale and b is None and a <= 31 and (
                _DAY_BEFORE.match(text[m.end():m.end() + 14]) or _DAY_AFTER.search(text[max(0, m.start() - 12):m.start()])):
            continue  # the day of a date ("August 1st", "am 3. März"), not a quantity
        mod = (m.group("mod") or "").lower()
        bound = "at_least" if mod in _AT_LEAST else "at_most" if mod in _AT_MOST else None
        approx = mod in _APPROX
        s = m.start("mod") if m.group("mod") else (m.start("between") if m.group("between") else
                                                   (m.start("pre") if m.group("pre") else m.start("a")))
        add(s, qend, value, unit, approx, bound)
    out.sort(key=lambda q: q["start"])
    return out
