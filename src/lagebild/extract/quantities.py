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

_WORDS = {
    "ein": 1, "eine": 1, "einen": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15,
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1000,
    "halbe": 0.5, "halben": 0.5, "eine halbe": 0.5, "einer halben": 0.5, "half a": 0.5,
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "half": 0.5,
}
_SCALES = {
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9, "billion": 1e9, "billions": 1e9, "bn": 1e9,
    "million": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6, "millions": 1e6, "m": 1e6,
    "tausend": 1e3, "thousand": 1e3,
}
# Vague plurals: a conservative lower bound ("Hunderte" means at least two hundred).
_VAGUE = {
    "dutzende": 24, "dozens": 24, "hunderte": 200, "hundreds": 200, "tausende": 2000, "thousands": 2000,
    "mehrere dutzend": 24, "several dozen": 24, "mehrere hundert": 200, "several hundred": 200,
    "mehrere tausend": 2000, "several thousand": 2000, "einige hundert": 200, "a few hundred": 200,
}
_CURRENCY = {
    "euro": "EUR", "eur": "EUR", "€": "EUR", "dollar": "USD", "dollars": "USD", "usd": "USD", "$": "USD",
    "us-dollar": "USD", "pfund": "GBP", "pounds": "GBP", "£": "GBP", "kronor": "SEK", "kronen": "SEK",
}
_PERCENT = {"prozent", "percent", "per cent", "%", "prozentpunkte", "percentage points"}
# Counted things: noun fragment -> unit class (checked as substring of the lower-cased noun).
_NOUN_UNITS = [
    ("fahrzeug", "vehicles"), ("vehicle", "vehicles"), ("lastwagen", "vehicles"), ("lkw", "vehicles"),
    ("truck", "vehicles"), ("schützenpanzer", "tanks"), ("panzerhaubitze", "howitzers"), ("panzer", "tanks"),
    ("tank", "tanks"), ("staaten", "states"), ("länder", "states"), ("countries", "states"), ("states", "states"),
    ("nations", "states"), ("soldat", "soldiers"), ("truppen", "soldiers"), ("troops", "soldiers"),
    ("soldier", "soldiers"), ("ausbilder", "soldiers"), ("recruit", "soldiers"), ("rekrut", "soldiers"),
    ("system", "systems"), ("batter", "systems"), ("flugzeug", "aircraft"), ("kampfjet", "aircraft"),
    ("jet", "aircraft"), ("aircraft", "aircraft"), ("drohne", "drones"), ("drone", "drones"),
    ("rakete", "missiles"), ("missile", "missiles"), ("marschflugkörper", "missiles"),
    ("haubitze", "howitzers"), ("howitzer", "howitzers"), ("geschütz", "guns"), ("gun", "guns"),
    ("fregatte", "ships"), ("schiff", "ships"), ("ship", "ships"), ("frigate", "ships"),
    ("granate", "shells"), ("shell", "shells"),
]

_NUM = r"\d{1,3}(?:[.,\u202f ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_WORD_RE = "|".join(sorted((re.escape(w) for w in _WORDS if len(w) > 2), key=len, reverse=True))
_SCALE_RE = r"Milliarden|Milliarde|Mrd\.?|Millionen|Million|Mio\.?|Tausend|billions?|millions?|thousand|bn|m\b"
_CUR_RE = r"Euro|EUR|US-Dollar|Dollar|dollars|USD|Pfund|pounds|kronor|Kronen|€|\$|£"
_MOD_RE = (r"(?P<mod>mindestens|wenigstens|bis zu|höchstens|maximal|rund|etwa|ca\.|circa|knapp|gut|fast|nahezu|"
           r"über|mehr als|weniger als|at least|up to|at most|about|around|some|roughly|nearly|almost|"
           r"more than|over|fewer than|less than|an estimated)\s+")
_ONE = rf"(?:{_NUM}|(?:{_WORD_RE}))"
_QTY_RE = re.compile(
    rf"(?<![\w$€£])(?:{_MOD_RE})?"
    rf"(?:(?P<between>between|zwischen)\s+)?"
    rf"(?P<pre>[$€£])?\s?"
    rf"(?P<a>{_ONE})(?:\s*(?:bis|to|and|und|-|–)\s*(?P<b>{_ONE}))?"
    rf"(?:\s?(?P<scale>{_SCALE_RE}))?"
    rf"(?:\s?(?P<cur>{_CUR_RE}|Prozent|percent|per cent|%))?",
    re.IGNORECASE,
)
_VAGUE_RE = re.compile(
    r"(?<!\w)(?:(?P<mod>mindestens|at least|rund|etwa|some)\s+)?(?P<v>"
    + "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))
    + r")(?:\s+(?:von|of))?(?!\w)",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    r"(?<!\w)(?P<n>ein|eine|zwei|drei|vier|one|two|three|a)[\s-](?P<d>Drittel|Viertel|Hälfte|thirds?|quarters?|half)(?!\w)",
    re.IGNORECASE,
)
_DENOM = {"drittel": 3, "viertel": 4, "hälfte": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "half": 2}
_TOKEN_AFTER = re.compile(r"\s+([\w][\w.-]*\w|\w)")
_STOP = {"und", "and", "bis", "to", "der", "die", "das", "the", "of", "von", "in", "im", "for", "für", "an", "at", "auf", "mit", "with"}


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
        if first is None and word[:1].isupper() and lang != "en":
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
            mod not in {"mindestens", "at least"}, "at_least")
    for m in _QTY_RE.finditer(text, start, end):
        a_tok, b_tok = m.group("a"), m.group("b")
        if not m.group(0).strip() or not free(m.start("a"), m.end()):
            continue
        is_digit = a_tok[:1].isdigit()
        scale = (m.group("scale") or "").lower()
        cur = m.group("cur") or m.group("pre") or ""
        # A bare number word ("ein", "a") only counts with a scale, currency or a counted noun.
        if not is_digit and not scale and not cur and not b_tok and a_tok.lower() in {"ein", "eine", "einen", "einer", "einem", "a", "an", "one", "halbe", "halben", "half"}:
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
            if re.match(r"\s+(?:Prozent|percent|per cent)", text[m.end():m.end() + 12], re.I):
                unit = "percent"
        if unit is None and not is_digit and not scale:
            continue  # a number word with nothing counted ("eine Beteiligung")
        mod = (m.group("mod") or "").lower()
        bound = ("at_least" if mod in {"mindestens", "wenigstens", "at least", "über", "mehr als", "more than", "over"}
                 else "at_most" if mod in {"bis zu", "höchstens", "maximal", "up to", "at most", "weniger als",
                                           "fewer than", "less than", "knapp"} else None)
        approx = mod in {"rund", "etwa", "ca.", "circa", "knapp", "gut", "fast", "nahezu", "about", "around",
                         "some", "roughly", "nearly", "almost", "an estimated"}
        s = m.start("mod") if m.group("mod") else (m.start("between") if m.group("between") else
                                                   (m.start("pre") if m.group("pre") else m.start("a")))
        add(s, qend, value, unit, approx, bound)
    out.sort(key=lambda q: q["start"])
    return out
