"""Time expressions in German and English: find them, normalise them, resolve them.

Rule-based: every rule of ``timex_<lang>`` (``timex_de``, ``timex_en``; their patterns and
word lists in ``lang/<lang>/timex.py``) becomes one alternative of
one precompiled regex, scanned once over the text (a rule's handler may reject
its match; the scan then resumes one character later). Two explicit endpoints
joined by "bis", "–", "/" ("1939 bis 1945") are merged into one interval.

Resolution: relative expressions ("am Donnerstag", "gestern", "nächste Woche")
resolve against ``anchor``, the publication date. Weekdays go to the nearest
past day (the anchor day itself included) unless the verb they modify is future tense
("will meet on Wednesday"; "said on Wednesday he will ..." is past: ``timex_tense``). Days and months without a year take the year that
puts them nearest the anchor. With ``narrative=True`` (history texts such as
WikiWars) they resolve against the last date the text mentioned instead.
Without an anchor, relative expressions are still found and their value is
``UNRESOLVED`` (a day or month without a year: "XXXX-10-03", "XXXX-10"; a
weekday: "XXXX-WXX-4").

Values (``TimeExpression.value``) and kinds:
  date      "2025-09-04", "2025-09", "2025", "2025-W36", "2025-FA" (autumn),
            "2025-H2", "193" (1930s), "19" (20th century), "BC0499",
            "2025-09-04TEV" (evening)
  time      "2025-09-04T14:30"
  interval  "2025-09-11/2025-09-18", "1939/1945"; "Anfang Oktober" ->
            "2025-10-01/2025-10-10" (Mitte 11-20, Ende 21-end); "Ende 1941" ->
            "1941-09/1941-12"; "in den kommenden ein bis zwei Wochen" -> from
            the day after the anchor to the far end (2 weeks)
  duration  "P2W", "P3Y", "PT48H", "PXD" (einige Tage)
  present / future / past  "PRESENT_REF", "FUTURE_REF", "PAST_REF"
Spans: prepositions are left out ("im Jahr 1918" -> "Jahr 1918") except "am"/"on"
before a weekday and "in den kommenden ..." spans, which keep them.
"""
from __future__ import annotations

import functools
import importlib
import re
from datetime import date

from ..model import Span, TimeExpression
from .language import lang_data
from .timex_resolve import UNRESOLVED, Ctx, Hit

__all__ = ["find_time_expressions", "tag", "UNRESOLVED"]


_WORD = re.compile(r"\w+")
_BEFORE, _AFTER = 48, 40  # chars of context a rule may need around its trigger word


class Grammar:
    """All rules of one language as one regex; ``lastgroup`` names the rule that matched.

    Speed: the regex only runs in windows around trigger words (digits, month and
    weekday names, time nouns and adverbs), found by one cheap pass over the words.
    """

    def __init__(self, rules, trigger_stems: tuple[str, ...], data=None):
        alts = []
        self.rules = []
        for i, (name, pat, handler) in enumerate(rules):
            groups = re.findall(r"\(\?P<(\w+)>", pat)
            pat = re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<r{i}_{m[1]}>", pat)
            alts.append(f"(?P<R{i}>{pat})")
            self.rules.append((name, handler, [(f"r{i}_{g}", g) for g in groups]))
        self.regex = re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")
        self.stems = trigger_stems
        # joins of two endpoints into one interval (``_merge_intervals``)
        self.join = re.compile(data.JOIN) if data is not None else None
        self.between = re.compile(data.BETWEEN) if data is not None else None
        self.and_ = re.compile(data.AND) if data is not None else None

    def windows(self, text: str) -> list[tuple[int, int]]:
        out: list[list[int]] = []
        stems, n = self.stems, len(text)
        for m in _WORD.finditer(text):
            w = m.group()
            if not (w[0].isdigit() or w.lower().startswith(stems)):
                continue
            a, b = max(0, m.start() - _BEFORE), min(n, m.end() + _AFTER)
            if out and a <= out[-1][1]:
                out[-1][1] = b
            else:
                out.append([a, b])
        for win in out:  # never cut a word at the window's end: (?!\w) would pass there
            while win[1] < n and text[win[1]].isalnum():
                win[1] += 1
        return [(a, b) for a, b in out]

    def scan(self, ctx: Ctx) -> list[Hit]:
        text, out, pos = ctx.text, [], 0
        search = self.regex.search
        for a, b in self.windows(text):
            pos = max(pos, a)
            while pos < b:
                m = search(text, pos, b)
                if m is None:
                    break
                name, handler, groups = self.rules[int(m.lastgroup[1:])]
                g = {short: m.group(full) for full, short in groups}
                g["_spans"] = {short: m.span(full) for full, short in groups}
                try:
                    res = handler(g, m.start(), m.end(), ctx)
                except (OverflowError, ValueError):
                    # date arithmetic beyond year 1..9999 ("vor 5000000 Tagen"): no usable value
                    res = None
                if not res:
                    pos = m.start() + 1
                    continue
                for hit in res if isinstance(res, list) else [res]:
                    out.append(hit)
                    if ctx.narrative and hit.ref and hit.ref[0] is not None and _moves_ref(ctx, hit):
                        ctx.ref = hit.ref
                pos = m.end()
        return out


def _moves_ref(ctx: Ctx, hit: Hit) -> bool:
    """A bare year far from the story's current year is an aside ("bis 1881"): it keeps the reference."""
    if ctx.ref is None or hit.ref[1] is not None or hit.gran != "year":
        return True
    return abs(hit.ref[0] - ctx.ref[0]) <= 3


@functools.lru_cache(maxsize=4)
def grammar(lang: str) -> Grammar | None:
    """The rules of ``lang``: module ``timex_<lang>`` over the data in ``lang/<lang>/timex.py``
    (None for a language without them)."""
    data = lang_data(lang, "timex")
    if data is None:
        return None
    rules = importlib.import_module(f"{__package__}.timex_{lang}")
    return Grammar(rules.RULES, rules.TRIGGER_STEMS, data)


_JOINABLE = ("date", "time")


def _merge_intervals(hits: list[Hit], text: str, gram: Grammar) -> list[Hit]:
    """'1939 bis 1945', 'September 1939 bis Juni 1940', 'zwischen 1914 und 1918' -> one interval."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        if i + 1 < len(hits):
            b = hits[i + 1]
            gap = text[a.end:b.start]
            joined = gram.join.fullmatch(gap) or (
                gram.and_.fullmatch(gap) and gram.between.search(text, max(0, a.start - 12), a.start))
            if joined and a.kind in _JOINABLE and b.kind in _JOINABLE and UNRESOLVED not in (a.value, b.value):
                out.append(Hit(a.start, b.end, f"{a.value}/{b.value}", "interval", b.gran,
                               parts=(a.parts or (a,)) + (b.parts or (b,)), ref=b.ref))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def tag(text: str, lang: str, anchor: date | None, *, narrative: bool = False) -> list[Hit]:
    """The raw hits (with TIMEX2 values and interval parts), for benchmarks and debugging."""
    gram = grammar((lang or "").split("-")[0].lower())
    if gram is None or not text:
        return []
    hits = gram.scan(Ctx(text, anchor, narrative))
    return _merge_intervals(hits, text, gram)


def find_time_expressions(text: str, lang: str, anchor: date | None,
                          *, narrative: bool = False) -> list[TimeExpression]:
    """Every time expression in ``text``, with its span, normalised value, kind and granularity."""
    return [TimeExpression(Span.of(text, h.start, h.end), h.value, h.kind, h.gran)
            for h in tag(text, lang, anchor, narrative=narrative)]
