"""English time-expression rules (same engine and value conventions as ``timex_de``); the patterns
and word lists are in ``lang/en/timex.py``."""
from __future__ import annotations

import re
from datetime import timedelta

from ..lang.en import timex as D
from ..lang.en.timex import MONTHS, NUMS, SEASONS, UNITS, WEEKDAYS
from . import timex_de as de
from .timex_resolve import (
    UNRESOLVED, Hit, duration, fmt, fmt_day, fmt_year, month_interval, shift, valid_day,
    weekday_date, year_for,
)
from .timex_tense import weekday_direction


def _num(w):
    return NUMS.get(re.sub(r"\s+", " ", w.lower())) if not w.isdigit() else int(w)


def _unit(w):
    return UNITS[w.lower().rstrip("s")]


def _mon(w):
    return MONTHS[w.lower().rstrip(".")]


def h_mdy(g, s, e, ctx):
    m, d = _mon(g["mon"]), int(g["d"])
    y = int(g["y"]) if g.get("y") else year_for(ctx, m, d)
    if not valid_day(y, m, d):
        return None
    return Hit(s, e, fmt(y, m, d), "date", "day", ref=(y, m, d) if y else None)


def h_month(g, s, e, ctx):
    m = _mon(g["mon"])
    if g["mon"] in D.AMBIGUOUS_MONTHS and not (g.get("y") or g.get("mod")):
        if not re.search(D.MONTH_PREP, ctx.text[max(0, s - 8):s]):
            return None  # "May" / "March" are also a verb and a noun
    y = int(g["y"]) if g.get("y") else year_for(ctx, m)
    base = fmt(y, m) if y else fmt(None, m)
    if g.get("mod") and y:
        part = D.MONTH_MODS[g["mod"].lower().rstrip("-")]
        return Hit(s, e, month_interval(y, m, part), "interval", "day", timex2=base, ref=(y, m, None))
    return Hit(s, e, base, "date", "month", ref=(y, m, None) if y else None)


def h_weekday(g, s, e, ctx):
    wd = WEEKDAYS[g["wd"].lower()]
    rel = (g.get("rel") or "").lower()
    ref = ctx.ref_date()
    if ref is None:
        return Hit(s, e, f"XXXX-WXX-{wd + 1}", "date", "day")
    if rel == "next":
        d = weekday_date(ref + timedelta(days=1), wd, +1)
    elif rel == "last":
        d = weekday_date(ref - timedelta(days=1), wd, -1)
    else:
        d = weekday_date(ref, wd, weekday_direction(ctx.text, s, e, "en"))
    return Hit(s, e, fmt_day(d), "date", "day", ref=(d.year, d.month, d.day))


def h_deixis(g, s, e, ctx):
    off = D.DEIXIS[g["w"].lower()]
    if ctx.anchor is None:
        return Hit(s, e, UNRESOLVED, "date", "day")
    suffix = "TNI" if g["w"].lower() == "tonight" else ""
    return Hit(s, e, fmt_day(ctx.anchor + timedelta(days=off)) + suffix, "date", "day")


def h_relunit(g, s, e, ctx):
    off = D.REL_OFFSETS[g["rel"].lower()]
    unit = _unit(g["unit"])
    if ctx.anchor is None:
        return Hit(s, e, UNRESOLVED, "date", None)
    val, gran = shift(ctx.anchor, off, unit)
    return Hit(s, e, val, "date", gran)


def h_coming(g, s, e, ctx):
    unit = _unit(g["unit"])
    hi = _num(g.get("n2") or g["n1"])
    past = g["rel"].lower() in ("past", "last")
    if ctx.anchor is None or hi is None:
        return Hit(s, e, UNRESOLVED if ctx.anchor is None else "FUTURE_REF", "interval", None)
    days = {"D": 1, "W": 7, "M": 30, "Y": 365}.get(unit, 1) * hi
    a = ctx.anchor
    if past:
        val = f"{fmt_day(a - timedelta(days=days))}/{fmt_day(a - timedelta(days=1))}"
    else:
        val = f"{fmt_day(a + timedelta(days=1))}/{fmt_day(a + timedelta(days=days))}"
    return Hit(s, e, val, "interval", "day")


def h_quantity(g, s, e, ctx):
    unit = _unit(g["unit"])
    n = _num(g["n"])
    dur = duration(n, unit)
    sign = -1 if g.get("post") and g["post"].lower() in ("ago", "earlier", "before") else \
        1 if (g.get("post") and g["post"].lower() in ("later", "after")) or (g.get("pre") or "").lower() == "in" else 0
    if sign == 0 or n is None or unit in ("H", "MIN", "DE"):
        return Hit(s, e, dur, "duration", None)
    base = ctx.anchor
    if base is None:
        return Hit(s, e, UNRESOLVED, "date", None)
    val, gran = shift(base, sign * n, unit)
    return Hit(s, e, val, "date", gran)


def h_season(g, s, e, ctx):
    y = int(g["y"]) if g.get("y") else (ctx.anchor.year if ctx.anchor else None)
    code = SEASONS[g["sea"].lower()]
    return Hit(s, e, f"{fmt_year(y)}-{code}" if y else UNRESOLVED, "date", "season")


def h_century(g, s, e, ctx):
    n = int(g["n"])
    return Hit(s, e, f"BC{n - 1:02d}" if g.get("bc") else f"{n - 1:02d}", "date", "century")


def h_decade(g, s, e, ctx):
    dec = g["dec"]
    if len(dec) == 1:
        dec = f"19{dec}"
    return Hit(s, e, dec, "date", "decade")


def h_time(g, s, e, ctx):
    h = int(g["H"]) % 12 + (12 if (g.get("ap") or "").lower().startswith("p") else 0)
    if not g.get("ap"):
        h = int(g["H"])
    day = fmt_day(ctx.anchor) if ctx.anchor else "XXXX-XX-XX"
    return Hit(s, e, f"{day}T{h:02d}:{g.get('M') or '00'}", "time", "minute")


def h_year(g, s, e, ctx):
    y = int(g["y"])
    if ctx.anchor and y > ctx.anchor.year + 30:
        return None
    return Hit(s, e, fmt_year(-y if g.get("bc") else y), "date", "year", ref=(y, None, None))


P = D.PATTERNS
RULES = [(name, P[name], handler) for name, handler in [
    ("iso", de.h_iso), ("mdy", h_mdy), ("dmy", h_mdy), ("month", h_month), ("century", h_century),
    ("decade", lambda g, s, e, c: h_decade({"dec": g["dec"] or g["dec2"]}, s, e, c)),
    ("season", h_season),
    ("time", lambda g, s, e, c: h_time(g if g.get("H") else {"H": g["H24"], "M": g["M24"]}, s, e, c)),
    ("coming", h_coming), ("quantity", h_quantity), ("relunit", h_relunit), ("weekday", h_weekday),
    ("deixis", h_deixis),
]] + [(f"fuzzy_{v}", pat, de.h_fuzzy(v, kind)) for v, kind, pat in D.FUZZY] + [
    ("year", P["year"], h_year),
]

TRIGGER_STEMS = D.TRIGGER_STEMS
