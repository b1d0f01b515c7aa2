"""Calendar arithmetic and the resolution context shared by the German and English rules.

Values follow ISO 8601 / TIMEX conventions: "2025-09-04", "2025-09", "2025",
"2025-W36", "2025-FA" (season), "2025-H2" (half year), "193" (decade),
"19" (century, i.e. the 1900s), "BC0499" (years before Christ), intervals
"a/b", durations "P2W". Without an anchor, a value that needs one is
``UNRESOLVED`` (or, for a day or month without a year, "XXXX-10-03"/"XXXX-10").
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .language import lang_data

UNRESOLVED = "UNRESOLVED"


@dataclass
class Hit:
    """One recognised expression before it becomes a ``model.TimeExpression``."""

    start: int
    end: int
    value: str
    kind: str
    gran: str | None
    timex2: str | None = None  # the TIMEX2 VAL, where it differs from ``value`` (benchmark only)
    parts: tuple["Hit", ...] = ()  # endpoints of an interval, scored separately against TIMEX2
    ref: tuple[int, int | None, int | None] | None = None  # (year, month, day) it mentions


@dataclass
class Ctx:
    """What a rule needs to resolve a value: the anchor and the running reference date."""

    text: str
    anchor: date | None
    narrative: bool = False
    ref: tuple[int, int | None, int | None] | None = None  # last mentioned (year, month, day)
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.ref is None and self.anchor is not None:
            self.ref = (self.anchor.year, self.anchor.month, self.anchor.day)

    @property
    def ref_year(self) -> int | None:
        return self.ref[0] if self.ref else None

    def ref_date(self) -> date | None:
        """A full reference day: narrative -> last mentioned day, news -> the anchor."""
        if not self.narrative:
            return self.anchor
        if self.ref and self.ref[1] and self.ref[2] and self.ref[0] > 0:
            try:
                return date(self.ref[0], self.ref[1], self.ref[2])
            except ValueError:
                return None
        return None


def fmt_year(y: int) -> str:
    return f"{y:04d}" if y >= 0 else f"BC{-y:04d}"


def fmt(y: int | None, m: int | None = None, d: int | None = None) -> str:
    out = fmt_year(y) if y is not None else "XXXX"
    if m:
        out += f"-{m:02d}"
        if d:
            out += f"-{d:02d}"
    return out


def fmt_day(d: date) -> str:
    return d.isoformat()


def valid_day(y: int | None, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return False
    if y is None or y <= 0:
        return d <= 31
    return d <= calendar.monthrange(y, m)[1]


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def month_interval(y: int, m: int, part: str) -> str:
    """'Anfang/Mitte/Ende Oktober' as an interval of days: 1-10, 11-20, 21-end."""
    last = calendar.monthrange(y, m)[1] if y > 0 else 31
    a, b = {"start": (1, 10), "mid": (11, 20), "end": (21, last)}[part]
    return f"{fmt(y, m, a)}/{fmt(y, m, b)}"


def year_interval(y: int, part: str) -> str:
    """'Anfang/Mitte/Ende 2025' as an interval of months: Jan-Apr, May-Aug, Sep-Dec."""
    a, b = {"start": (1, 4), "mid": (5, 8), "end": (9, 12)}[part]
    return f"{fmt(y, a)}/{fmt(y, b)}"


def closest_year(anchor: date, month: int, day: int | None = None) -> int:
    """The year that puts month (and day) nearest the anchor: news mentions cluster around it."""
    best, best_dist = anchor.year, None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        dd = min(day or 15, calendar.monthrange(y, month)[1])
        dist = abs((date(y, month, dd) - anchor).days)
        if best_dist is None or dist < best_dist:
            best, best_dist = y, dist
    return best


def year_for(ctx: Ctx, month: int, day: int | None = None) -> int | None:
    """The year of a day or month mentioned without one."""
    if ctx.narrative:
        return ctx.ref_year
    if ctx.anchor is None:
        return None
    return closest_year(ctx.anchor, month, day)


def weekday_date(ref: date, weekday: int, direction: int) -> date:
    """Nearest ``weekday`` (0=Monday) to ``ref``: the same day counts; direction -1 past, +1 future."""
    delta = (weekday - ref.weekday()) % 7
    if direction > 0:
        return ref + timedelta(days=delta)
    return ref - timedelta(days=(7 - delta) % 7)


def shift(ref: date, n: int, unit: str) -> tuple[str, str]:
    """``ref`` moved by n units, as (value, granularity) at the unit's granularity."""
    if unit == "D":
        return fmt_day(ref + timedelta(days=n)), "day"
    if unit == "W":
        return iso_week(ref + timedelta(weeks=n)), "week"
    if unit == "M":
        y, m = add_months(ref.year, ref.month, n)
        return fmt(y, m), "month"
    if unit == "Y":
        return fmt_year(ref.year + n), "year"
    if unit == "DE":
        return fmt_year(ref.year + 10 * n)[:3], "decade"
    if unit == "H":
        return fmt_day(ref + timedelta(hours=n)), "day"
    return fmt_day(ref), "day"


def duration(n: float | None, unit: str) -> str:
    """ISO duration: P2W, P1Y6M, PT48H; n None -> PXD ('einige Tage')."""
    if unit == "CE" and n is not None and n != int(n):
        return f"P{int(n * 10)}DE"  # "ein halbes Jahrhundert"
    timed = unit in ("H", "MIN")
    u = {"MIN": "M"}.get(unit, unit)
    if n is None:
        return ("PT" if timed else "P") + "X" + u
    if n != int(n):
        if unit == "Y":
            return f"P{int(n)}Y{int(round((n - int(n)) * 12))}M" if int(n) else f"P{int(round(n * 12))}M"
        if unit == "M":
            return f"P{int(round(n * 30))}D"
        if unit == "D":
            return f"PT{int(round(n * 24))}H"
        if unit == "W":
            return f"P{int(round(n * 7))}D"
    return ("PT" if timed else "P") + f"{int(n)}{u}"


def timex2_duration(value: str) -> str:
    """TIMEX2 annotators wrote whole days for hours ('48 Stunden' -> P2D)."""
    m = re.fullmatch(r"PT(\d+)H", value)
    if m and int(m[1]) % 24 == 0:
        return f"P{int(m[1]) // 24}D"
    return value


@functools.lru_cache(maxsize=8)
def future_markers(lang: str) -> re.Pattern:
    """Future/modal markers of ``lang`` (``FUTURE_MARKERS`` in ``lang/<lang>/timex.py``; German's
    for a language without them)."""
    data = lang_data(lang, "timex") or lang_data("de", "timex")
    return re.compile(data.FUTURE_MARKERS)


_CLAUSE_END = re.compile(r"[.!?;,:\n]")  # commas too: "sagte am Mittwoch, er werde" is past


def future_clause(text: str, start: int, end: int, lang: str) -> bool:
    """Cheap tense check: a future/modal marker in the same sentence around the expression."""
    lo = max(0, start - 120)
    left = text[lo:start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
    right = text[end:end + 120]
    stop = _CLAUSE_END.search(right)
    window = left[cut:] + " " + right[: stop.start() if stop else len(right)]
    return bool(future_markers(lang).search(window))
