"""English time-expression rules (same engine and value conventions as ``timex_de``)."""
from __future__ import annotations

import re
from datetime import timedelta

from . import timex_de as de
from .timex_resolve import (
    UNRESOLVED, Hit, duration, fmt, fmt_day, fmt_year, future_clause, month_interval, shift, valid_day,
    weekday_date, year_for,
)

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
      r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUMS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
        "a couple of": 2, "a few": None, "several": None, "few": None}
NUMW = r"(?i:\d+|a\s+couple\s+of|a\s+few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|" \
       r"twelve|fifteen|twenty|thirty)"
UNIT = r"(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)"
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "MIN", "decade": "DE"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


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
    if g["mon"] in ("May", "March") and not (g.get("y") or g.get("mod")):
        if not re.search(r"(?:in|since|until|by|of|from|early|late|mid|last|next|this)\s+$", ctx.text[max(0, s - 8):s]):
            return None  # "May" / "March" are also a verb and a noun
    y = int(g["y"]) if g.get("y") else year_for(ctx, m)
    base = fmt(y, m) if y else fmt(None, m)
    if g.get("mod") and y:
        part = {"early": "start", "mid": "mid", "late": "end"}[g["mod"].lower().rstrip("-")]
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
        d = weekday_date(ref, wd, +1 if future_clause(ctx.text, s, e, "en") else -1)
    return Hit(s, e, fmt_day(d), "date", "day", ref=(d.year, d.month, d.day))


def h_deixis(g, s, e, ctx):
    off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["w"].lower()]
    if ctx.anchor is None:
        return Hit(s, e, UNRESOLVED, "date", "day")
    suffix = "TNI" if g["w"].lower() == "tonight" else ""
    return Hit(s, e, fmt_day(ctx.anchor + timedelta(days=off)) + suffix, "date", "day")


def h_relunit(g, s, e, ctx):
    off = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}[g["rel"].lower()]
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


_FUZZY = [("PRESENT_REF", "present", r"[Cc]urrently|[Nn]ow|[Nn]owadays|[Aa]t\s+present|[Aa]t\s+the\s+moment|[Pp]resently"),
          ("FUTURE_REF", "future", r"in\s+the\s+(?:near\s+)?future|[Ss]oon|[Ee]ventually|in\s+due\s+course|[Ll]ater\s+on|"
                                   r"in\s+the\s+coming\s+(?:days|weeks|months|years)"),
          ("PAST_REF", "past", r"[Ff]ormerly|[Oo]nce\s+upon\s+a\s+time|[Rr]ecently|in\s+the\s+past|[Pp]reviously")]

RULES = [
    ("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<M>\d{2})(?::\d{2})?)?(?!\d)", de.h_iso),
    ("mdy", rf"(?:{WD},?\s+)?(?P<mon>{MON})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?", h_mdy),
    ("dmy", rf"(?:{WD},?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MON})(?:,?\s+(?P<y>\d{{4}}))?", h_mdy),
    ("month", rf"(?:(?P<mod>[Ee]arly|[Mm]id-?|[Ll]ate)\s*)?(?P<mon>{MON})(?:,?\s+(?P<y>\d{{4}}))?", h_month),
    ("century", r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century(?P<bc>\s+BC)?", h_century),
    ("decade", r"(?:the\s+)?(?:(?P<dec>\d{3})0s|'?(?P<dec2>\d)0s)", lambda g, s, e, c: h_decade(
        {"dec": g["dec"] or g["dec2"]}, s, e, c)),
    ("season", r"(?:the\s+)?(?P<sea>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+(?:of\s+)?(?P<y>\d{4}))",
     h_season),
    ("time", r"(?:at\s+)?(?P<H>[01]?\d)(?::(?P<M>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)|(?P<H24>[0-2]\d):(?P<M24>[0-5]\d)(?:\s*GMT|\s*UTC)?",
     lambda g, s, e, c: h_time(g if g.get("H") else {"H": g["H24"], "M": g["M24"]}, s, e, c)),
    ("coming", rf"in\s+the\s+(?P<rel>coming|next|past|last)\s+(?P<n1>{NUMW})(?:\s+(?:to|or)\s+(?P<n2>{NUMW}))?\s+(?P<unit>{UNIT})",
     h_coming),
    ("quantity", rf"(?:(?P<pre>[Ii]n|[Ff]or|[Ww]ithin|[Ss]ince)\s+)?(?:(?:more\s+than|less\s+than|about|almost|nearly|"
                 rf"over)\s+)?(?P<n>{NUMW})\s+(?P<unit>{UNIT})(?:\s+(?P<post>ago|later|earlier|before|after))?", h_quantity),
    ("relunit", r"(?P<rel>[Ll]ast|[Pp]ast|[Pp]revious|[Nn]ext|[Cc]oming|[Tt]his|[Cc]urrent)\s+(?P<unit>week|month|year)", h_relunit),
    ("weekday", rf"(?:[Oo]n\s+)?(?:(?P<rel>last|next|this)\s+)?(?P<wd>{WD})", h_weekday),
    ("deixis", r"(?P<w>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)", h_deixis),
] + [(f"fuzzy_{v}", pat, de.h_fuzzy(v, kind)) for v, kind, pat in _FUZZY] + [
    ("year", r"(?:the\s+year\s+)?(?P<y>1[0-9]\d\d|20\d\d)(?P<bc>\s+BC)?(?![\d,.]\d)", h_year),
]

TRIGGER_STEMS = tuple(sorted(set(MONTHS) | set(WEEKDAYS) | set(SEASONS) | {
    "today", "tonight", "yesterday", "tomorrow", "day", "week", "month", "year", "hour", "minute", "decade",
    "century", "currently", "now", "nowadays", "present", "moment", "future", "soon", "eventually", "course",
    "later", "coming", "formerly", "once", "recently", "past", "previously", "am", "pm", "a", "p",
}))
