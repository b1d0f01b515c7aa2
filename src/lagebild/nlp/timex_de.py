"""German time-expression rules: one handler per form; the patterns and word lists are
in ``lang/de/timex.py``.

Rules are tried in order at each position (longest, most specific first); the
handler turns the named groups into a ``Hit`` or returns None to reject the
match. Capitalisation carries meaning in German ("morgen" tomorrow vs. "Morgen
des 6. Juni" morning), so the patterns are case-sensitive except where written
``[Aa]m``. "Merz" is never a month: only "März"/"Mär." are.
"""
from __future__ import annotations

import re
from datetime import timedelta

from ..lang.de import timex as D
from ..lang.de.timex import HOLIDAYS, MOD, MONTHS, NUMS, POD, SEASONS, UNITS, WEEKDAYS
from .timex_resolve import (
    UNRESOLVED, Ctx, Hit, add_months, duration, fmt, fmt_day, fmt_year, iso_week,
    month_interval, shift, timex2_duration, valid_day, weekday_date, year_for, year_interval,
)
from .timex_tense import weekday_direction


def _num(word: str | None) -> float | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.strip().lower())
    if w.replace(",", "").isdigit():
        return float(w.replace(",", "."))
    if re.fullmatch(r"\d+,5", w):
        return float(w.replace(",", "."))
    return NUMS.get(w)


def _unit(word: str) -> str:
    w = word.lower()
    for stem, code in UNITS.items():
        if w.startswith(stem):
            if stem == "jahr" and w.startswith("jahrz"):
                return "DE"
            if stem == "jahr" and w.startswith("jahrh"):
                return "CE"
            return code
    return "D"


def _year(y: str, bc: str | None, ctx: Ctx) -> int:
    n = int(y)
    if not bc and len(y) <= 3 and ctx.narrative and ctx.ref_year is not None and ctx.ref_year < 0:
        return -n  # "Jahr 478" in a text about 480 v. Chr.
    if len(y) == 2:  # "1.9.39", "1911/12": the century of the reference
        base = ctx.ref_year if ctx.ref_year and ctx.ref_year > 0 else 2000
        n = base - base % 100 + n
        if not ctx.narrative and ctx.anchor and n > ctx.anchor.year + 10:
            n -= 100
    return -n if bc else n


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_hit(ctx: Ctx, s: int, e: int, y: int | None, m: int, d: int, time: str = "") -> Hit | None:
    if not valid_day(y, m, d):
        return None
    val = fmt(y, m, d) + time
    return Hit(s, e, val, "time" if time else "date", "minute" if time else "day",
               ref=(y, m, d) if y is not None else None)


# --- handlers -------------------------------------------------------------------------------

def h_numeric(g, s, e, ctx):
    y = _year(g["y"], None, ctx)
    return _day_hit(ctx, s, e, y, int(g["m"]), int(g["d"]))


def h_iso(g, s, e, ctx):
    time = f"T{g['H']}:{g['M']}" if g.get("H") else ""
    return _day_hit(ctx, s, e, int(g["y"]), int(g["m"]), int(g["d"]), time)


def _time_suffix(g) -> str:
    if not g.get("H"):
        return ""
    mm = g.get("M") or g.get("M2") or "00"
    tz = g.get("tz") or ""
    zone = "+02" if "MESZ" in tz or "Sommerzeit" in tz else ("+01" if tz else "")
    return f"T{int(g['H']):02d}:{mm}{zone}"


def h_daymonth(g, s, e, ctx):
    m = _month(g["mon"])
    d = int(g["d"])
    y = _year(g["y"], g.get("bc"), ctx) if g.get("y") else year_for(ctx, m, d)
    hit = _day_hit(ctx, s, e, y, m, d, _time_suffix(g))
    if hit and g.get("pod"):
        hit.value += "T" + POD[g["pod"].lower()]
        hit.gran = "part_of_day"
    return hit


def h_dayrange(g, s, e, ctx):
    m = _month(g["mon"])
    d1, d2 = int(g["d1"]), int(g["d2"])
    y = _year(g["y"], None, ctx) if g.get("y") else year_for(ctx, m, d2)
    a = _day_hit(ctx, s, s + len(g["d1"]) + 1, y, m, d1)
    b = _day_hit(ctx, g["_spans"]["d2"][0], e, y, m, d2)
    if not (a and b):
        return None
    if g["c"] == "und" or not ctx.text[s:e].split(g["c"])[1].strip().startswith(g["d2"]):
        return [a, b]
    return Hit(s, e, f"{a.value}/{b.value}", "interval", "day", parts=(a, b), ref=b.ref)


def _following_year(ctx: Ctx, e: int) -> int | None:
    """'Mai/Juni 1940', 'Nacht vom 16. zum 17. April 1945': borrow the year (and month) that follows."""
    m = _FOLLOW.match(ctx.text, e)
    return m


_FOLLOW = re.compile(D.FOLLOW)


def h_pod_date(g, s, e, ctx):
    d = int(g["d"])
    y = None
    if g.get("mon"):
        m = _month(g["mon"])
    else:
        f = _FOLLOW.match(ctx.text, e)
        if f and f["mon"]:
            m = _month(f["mon"])
            if f["y"]:
                y = int(f["y"])
        elif ctx.ref and ctx.ref[1]:
            m = ctx.ref[1]
        else:
            return None
    if g.get("y"):
        y = _year(g["y"], None, ctx)
    elif y is None:
        y = year_for(ctx, m, d)
    hit = _day_hit(ctx, s, e, y, m, d)
    if hit:
        hit.value += "T" + POD[g["pod"].lower().removeprefix("des ")]
        hit.gran = "part_of_day"
    return hit


def h_month(g, s, e, ctx):
    m = _month(g["mon"])
    if g["mon"] == "August" and not (g.get("y") or g.get("mod") or g.get("rel")
                                     or _MONTH_PREP.search(ctx.text, max(0, s - 8), s)):
        return None  # "August" alone is as often a first name (August Bebel)
    if g.get("y"):
        y = _year(g["y"], g.get("bc"), ctx)
    elif g.get("rel"):
        base = ctx.ref_year
        if base is None:
            return Hit(s, e, UNRESOLVED, "date", "month")
        y = base + (1 if re.search(r"folgenden|nächsten|kommenden", g["rel"]) else
                    -1 if re.search(r"vorigen|vergangenen|letzten|Vor", g["rel"]) else 0)
    else:
        f = _FOLLOW.match(ctx.text, e)
        y = int(f["y"]) if f and f["y"] and f["mon"] else year_for(ctx, m)
    base = fmt(y, m) if y is not None else fmt(None, m)
    mod = g.get("mod")
    if mod and y is not None:
        part = MOD[re.sub(r"\s+", " ", mod.lower())]
        return Hit(s, e, month_interval(y, m, part), "interval", "day", timex2=base, ref=(y, m, None))
    return Hit(s, e, base, "date", "month", ref=(y, m, None) if y is not None else None)


_MONTH_PREP = re.compile(D.MONTH_PREP)


def h_modyear(g, s, e, ctx):
    y = _year(g["y"], g.get("bc"), ctx)
    if g["mod"].lower() == "laufe":
        return Hit(s, e, fmt_year(y), "date", "year", ref=(y, None, None))
    part = MOD[re.sub(r"\s+", " ", g["mod"].lower())]
    return Hit(s, e, year_interval(y, part), "interval", "month", timex2=fmt_year(y), ref=(y, None, None))


def h_modrelyear(g, s, e, ctx):
    """'Ende des Jahres', 'Jahresende', 'Mitte des Jahres' -> the reference year."""
    y = ctx.ref_year
    if y is None:
        return Hit(s, e, UNRESOLVED, "interval", "month")
    rel = g.get("rel") or ""
    y += 1 if re.search(r"folgenden|nächsten|neuen", rel) else -1 if re.search(r"vor|letzten|vergangenen", rel) else 0
    key = (g.get("mod") or g.get("mod2") or "").lower()
    key = D.YEAR_MOD_ALIASES.get(key, key)
    if not key:
        return Hit(s, e, fmt_year(y), "date", "year", ref=(y, None, None))
    part = MOD[re.sub(r"\s+", " ", key)]
    return Hit(s, e, year_interval(y, part), "interval", "month", timex2=fmt_year(y), ref=(y, None, None))


def h_endmonth(g, s, e, ctx):
    if not ctx.ref or not ctx.ref[1]:
        return Hit(s, e, UNRESOLVED, "interval", "day")
    y, m = ctx.ref[0], ctx.ref[1]
    part = MOD[g["mod"].lower()]
    return Hit(s, e, month_interval(y, m, part), "interval", "day", timex2=fmt(y, m), ref=(y, m, None))


def h_season(g, s, e, ctx):
    w = g["sea"].lower()
    code = SEASONS.get(w) or SEASONS.get(w[:-1]) or SEASONS[w[:-2]]
    if g.get("y"):
        y = _year(g["y"], g.get("bc"), ctx)
    else:
        y = ctx.ref_year
        if g.get("rel") and y is not None:
            y += 1 if re.search(r"folgenden|nächsten|kommenden", g["rel"]) else \
                -1 if re.search(r"vorigen|vergangenen|letzten|Vor", g["rel"]) else 0
        if y is None:
            return Hit(s, e, UNRESOLVED, "date", "season")
    return Hit(s, e, f"{fmt_year(y)}-{code}", "date", "season", ref=(y, None, None))


def h_century(g, s, e, ctx):
    n = int(g["n"])
    val = f"BC{n - 1:02d}" if g.get("bc") else f"{n - 1:02d}"
    return Hit(s, e, val, "date", "century")


def h_decade(g, s, e, ctx):
    dec = g["dec"]
    if g.get("bc") or (ctx.narrative and ctx.ref_year is not None and ctx.ref_year < 0 and len(dec) < 3):
        return Hit(s, e, f"BC{int(dec):03d}", "date", "decade")
    if len(dec) == 1:  # "20er Jahre"
        n = int(dec)
        cent = 20 if ctx.anchor and n < 3 and ctx.anchor.year >= 2000 + 10 * n else 19
        dec = f"{cent}{n}"
    return Hit(s, e, dec, "date", "decade")


def h_year(g, s, e, ctx):
    y = _year(g["y"], g.get("bc"), ctx)
    if g.get("y2"):  # "1911/12": the second year takes the first one's century
        a = Hit(s, g["_spans"]["y"][1], fmt_year(y), "date", "year", ref=(y, None, None))
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else y - y % 100 + int(g["y2"])
        b = Hit(e - len(g["y2"]), e, fmt_year(y2), "date", "year", ref=(y2, None, None))
        return Hit(s, e, f"{fmt_year(y)}/{fmt_year(y2)}", "interval", "year", parts=(a, b), ref=b.ref)
    return Hit(s, e, fmt_year(y), "date", "year", ref=(y, None, None))


_NOT_YEAR_AFTER = re.compile(D.NOT_YEAR_AFTER)
_CAP_AFTER = re.compile(D.CAP_AFTER)
_YEAR_PREP = re.compile(D.YEAR_PREP)


def h_bareyear(g, s, e, ctx):
    y = int(g["y"])
    if _NOT_YEAR_AFTER.match(ctx.text, e) or (
            _CAP_AFTER.match(ctx.text, e) and not _YEAR_PREP.search(ctx.text, max(0, s - 12), s)):
        return None  # "1500 Soldaten", "1370 Landungsboote": a count, not a year
    if s > 1 and ctx.text[s - 1] in ".,/" and ctx.text[s - 2].isdigit():
        return None  # part of a larger number

    if ctx.anchor and y > ctx.anchor.year + 30:
        return None
    return Hit(s, e, fmt_year(y), "date", "year", ref=(y, None, None))


def h_weekday(g, s, e, ctx):
    wd = WEEKDAYS[g["wd"].lower()]
    pod = g.get("pod")
    rel = (g.get("rel") or "").lower()
    ref = ctx.ref_date()
    if ref is None:
        return Hit(s, e, f"XXXX-WXX-{wd + 1}" + (f"T{POD[pod.lower()]}" if pod else ""), "date", "day")
    if rel in ("kommenden", "nächsten"):
        d = weekday_date(ref + timedelta(days=1), wd, +1)
    elif rel in ("vergangenen", "letzten", "vorigen"):
        d = weekday_date(ref - timedelta(days=1), wd, -1)
    else:
        d = weekday_date(ref, wd, weekday_direction(ctx.text, s, e, "de"))
    val = fmt_day(d) + (f"T{POD[pod.lower()]}" if pod else "")
    return Hit(s, e, val, "date", "part_of_day" if pod else "day", ref=(d.year, d.month, d.day))


def h_deixis(g, s, e, ctx):
    w = g["w"].lower()
    off = D.DEIXIS[w]
    pod = g.get("pod")
    suffix = f"T{POD[pod.lower()]}" if pod else ""
    if ctx.anchor is None:
        return Hit(s, e, UNRESOLVED, "date", "day")
    d = ctx.anchor + timedelta(days=off)
    t2 = "PRESENT_REF" if (w == "heute" and ctx.narrative and not pod) else None
    return Hit(s, e, fmt_day(d) + suffix, "date", "part_of_day" if pod else "day", timex2=t2)


def h_relunit(g, s, e, ctx):
    """'vergangene Woche', 'nächsten Monat', 'im selben Jahr', 'dieses Jahres'."""
    rel = g["rel"].lower()
    unit = _unit(g["unit"])
    off = 1 if re.match(r"kommend|nächst|folgend|darauffolgend|neu", rel) else \
        -1 if re.match(r"vergangen|letzt|vorig|vorangegangen", rel) else 0
    gran = {"W": "week", "M": "month", "Y": "year"}[unit]
    if ctx.narrative:  # relative to the last mentioned date, at its granularity
        if ctx.ref is None:
            return Hit(s, e, UNRESOLVED, "date", gran)
        y, m, _ = ctx.ref
        if unit == "Y":
            return Hit(s, e, fmt_year(y + off), "date", "year", ref=(y + off, None, None))
        if unit == "M" and m:
            y2, m2 = add_months(y, m, off)
            return Hit(s, e, fmt(y2, m2), "date", "month", ref=(y2, m2, None))
        base = ctx.ref_date()
        if unit == "W" and base:
            return Hit(s, e, iso_week(base + timedelta(weeks=off)), "date", "week")
        return Hit(s, e, UNRESOLVED, "date", gran)
    if ctx.anchor is None:
        return Hit(s, e, UNRESOLVED, "date", gran)
    val, gran = shift(ctx.anchor, off, unit)
    return Hit(s, e, val, "date", gran)


def h_sameday(g, s, e, ctx):
    """'am selben Tag', 'am Tag darauf', 'am folgenden Tag', 'Vortag'."""
    w = g[0] if isinstance(g, str) else ctx.text[s:e]
    off = 1 if re.search(r"darauf|folgend|nächst|später", w) else -1 if re.search(r"Vortag|vorher|zuvor", w) else 0
    ref = ctx.ref_date()
    if ref is None:
        return Hit(s, e, UNRESOLVED, "date", "day")
    d = ref + timedelta(days=off)
    return Hit(s, e, fmt_day(d), "date", "day", ref=(d.year, d.month, d.day))


def h_span_coming(g, s, e, ctx):
    """'in den kommenden ein bis zwei Wochen' -> from the day after the anchor to the far end.

    The interval runs to the upper bound ("zwei"); the lower bound is kept in the TIMEX2 value
    as a duration for the benchmark only.
    """
    unit = _unit(g["unit"])
    lo, hi = _num(g["n1"]), _num(g.get("n2") or g["n1"])
    past = bool(re.match(r"vergangen|letzt", g["rel"]))
    base = ctx.ref_date()
    dur = duration(hi, unit)
    if base is None or lo is None or hi is None:
        return Hit(s, e, UNRESOLVED if base is None else dur, "interval", None, timex2=dur)
    days = {"D": 1, "W": 7, "M": 30, "Y": 365}.get(unit, 1) * hi
    if past:
        val = f"{fmt_day(base - timedelta(days=int(days)))}/{fmt_day(base - timedelta(days=1))}"
    else:
        val = f"{fmt_day(base + timedelta(days=1))}/{fmt_day(base + timedelta(days=int(days)))}"
    return Hit(s, e, val, "interval", "day", timex2=dur)


def h_quantity(g, s, e, ctx):
    """'zwei Wochen', 'vor zwei Wochen', 'seit drei Jahren', 'zwei Tage später', 'nach drei Tagen'."""
    unit = _unit(g["unit"])
    n = _num(g.get("n")) if g.get("n") else None
    pre = re.sub(r"\s+.*", "", (g.get("pre") or "").strip().lower())
    post = (g.get("post") or "").lower()
    dur = duration(n, {"CE": "CE"}.get(unit, unit))
    t2 = timex2_duration(dur)
    sign = -1 if (pre == "vor" or post in ("zuvor", "vorher", "früher", "zurück")) else \
        1 if (pre in ("in", "nach") or post in ("später", "danach", "darauf")) else 0
    if g.get("n0"):  # "18 – 35 Jahren": two durations, as TIMEX2 has them
        a0, a1 = g["_spans"]["n0"]
        b0 = g["_spans"]["n"][0]
        return [Hit(a0, a1, duration(int(g["n0"]), unit), "duration", None), Hit(b0, e, dur, "duration", None, timex2=t2)]
    if sign == 0 or n is None or g.get("qual") or n != int(n) and unit not in ("Y", "M") or unit in ("H", "MIN", "CE", "DE"):
        return Hit(s, e, dur, "duration", None, timex2=t2)
    k = sign * n
    if ctx.narrative:
        if ctx.ref is None:
            return Hit(s, e, UNRESOLVED, "date", None, timex2=t2)
        y, m, d = ctx.ref
        base = ctx.ref_date()
        if unit == "Y" and n == int(n):
            return Hit(s, e, fmt_year(y + int(k)), "date", "year", ref=(y + int(k), None, None))
        if unit in ("Y", "M") and m:
            y2, m2 = add_months(y, m, int(round(k * (12 if unit == "Y" else 1))))
            return Hit(s, e, fmt(y2, m2), "date", "month", ref=(y2, m2, None))
        if unit in ("D", "W") and base:
            dd = base + timedelta(days=int(k) * (7 if unit == "W" else 1))
            return Hit(s, e, fmt_day(dd), "date", "day", ref=(dd.year, dd.month, dd.day))
        return Hit(s, e, UNRESOLVED, "date", None, timex2=t2)
    if ctx.anchor is None:
        return Hit(s, e, UNRESOLVED, "date", None, timex2=t2)
    if n != int(n):  # "vor anderthalb Jahren" -> months
        val, gran = shift(ctx.anchor, int(round(k * (12 if unit == "Y" else 1))), "M")
    else:
        val, gran = shift(ctx.anchor, int(k), unit)
    return Hit(s, e, val, "date", gran)


def h_adjdur(g, s, e, ctx):
    """'neunmonatigen', 'dreijährigen', 'Sieben-Tage' -> a duration."""
    n = _num(g["n"])
    unit = D.ADJ_UNITS[g["u"].lower()]
    dur = duration(n, unit)
    return Hit(s, e, dur, "duration", None)


def h_time(g, s, e, ctx):
    ref = ctx.ref_date()
    day = fmt_day(ref) if ref else "XXXX-XX-XX"
    return Hit(s, e, day + _time_suffix(g), "time", "minute")


def h_pod(g, s, e, ctx):
    ref = ctx.ref_date()
    day = fmt_day(ref) if ref else "XXXX-XX-XX"
    w = g["pod"].lower()
    if w == "mitternacht":
        return Hit(s, e, day + "T24:00", "time", "minute")
    return Hit(s, e, day + "T" + POD[w], "time", "part_of_day")


def h_halfyear(g, s, e, ctx):
    k = g["k"].lower()
    q = g.get("q")
    y = int(g["y"]) if g.get("y") else ctx.ref_year
    k = k.rstrip(".")
    n = (4 if q else 2) if k == D.LAST else D.ORDINALS[k]
    code = f"Q{n}" if q else f"H{n}"
    if y is None:
        return Hit(s, e, UNRESOLVED, "date", "quarter" if q else "half_year")
    return Hit(s, e, f"{fmt_year(y)}-{code}", "date", "quarter" if q else "half_year", ref=(y, None, None))


def h_vague_span(g, s, e, ctx):
    unit = _unit(g.get("unit") or g.get("unit2"))
    return Hit(s, e, "FUTURE_REF", "future", None, timex2=duration(None, unit))


def h_vague_dur(g, s, e, ctx):
    w = (g.get("u1") or g.get("u2") or g.get("u3") or "jahre").lower()
    return Hit(s, e, duration(None, _unit(w)), "duration", None)


def h_holiday(g, s, e, ctx):
    m, d = HOLIDAYS[re.sub(r"\s+", " ", g["hol"].lower())]
    y = int(g["y"]) if g.get("y") else year_for(ctx, m, d)
    return _day_hit(ctx, s, e, y, m, d)


def h_set(g, s, e, ctx):
    unit = D.SET_UNITS[g["set"][:5].lower()[:5]
                                                                                 if g["set"][:5].lower() in ("wöche", "monat", "jährl", "stünd") else "tägl"]
    return Hit(s, e, duration(1, unit), "set", None)


def h_fuzzy(value: str, kind: str):
    def h(g, s, e, ctx):
        return Hit(s, e, value, kind, None)
    return h


# --- the rules, most specific first (patterns: lang/de/timex.py) -----------------------------

P = D.PATTERNS
RULES: list[tuple[str, str, object]] = [(name, P[name], handler) for name, handler in [
    ("iso", h_iso), ("numeric", h_numeric), ("dayrange", h_dayrange), ("pod_date", h_pod_date),
    ("daymonth", h_daymonth), ("century", h_century), ("decade", h_decade), ("month", h_month),
    ("modyear", h_modyear), ("season", h_season), ("halfyear", h_halfyear), ("endmonth", h_endmonth),
    ("modrelyear", h_modrelyear), ("bcyear", h_year), ("jahr", h_year), ("yearslash", h_year), ("time", h_time),
    ("span_coming", h_span_coming), ("quantity", h_quantity), ("adjdur", h_adjdur), ("vague_span", h_vague_span),
    ("vague_dur", h_vague_dur), ("holiday", h_holiday), ("set", h_set), ("sameday", h_sameday),
    ("relunit", h_relunit),
    ("vorjahr", lambda g, s, e, c: h_relunit(
        {"rel": "vorigen" if g["rel"] == "Vorjahr" else "folgenden", "unit": "Jahr"}, s, e, c)),
    ("weekday", h_weekday), ("deixis", h_deixis),
    ("pod", lambda g, s, e, c: h_pod({"pod": g["pod"].split()[-1]}, s, e, c)),
]] + [(f"fuzzy_{v}", pat, h_fuzzy(v, kind)) for v, (kind, pat) in D.FUZZY.items()] + [
    ("bareyear", P["bareyear"], h_bareyear),
]

TRIGGER_STEMS = D.TRIGGER_STEMS
