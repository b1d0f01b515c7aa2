"""Server-rendered SVG charts (no JavaScript, no external assets).

Colours only come from presentation attributes and CSS classes: the pages'
Content-Security-Policy forbids inline ``style``.

A timeline is drawn three times, for wide, medium and phone-sized screens (the stylesheet
shows one of them), so that its text keeps about its drawn size at any width. Text widths are
estimated from DejaVu Sans, the widest common sans-serif font, so a label that fits here fits on
screen: tick labels are thinned until none overlap, lane labels are cut with an ellipsis (the
full name in a ``<title>`` tooltip). Stances have a distinct colour (Okabe-Ito, safe for the
common colour-vision deficiencies) and a distinct shape each; statements are bars.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from math import cos, pi, sin
from typing import Any, Iterable, Mapping

from markupsafe import Markup, escape

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Point:
    day: date
    lane: str  # row label
    title: str  # tooltip (escaped)
    href: str  # where a click goes
    cls: str  # CSS class: colour
    shape: str = "bar"  # bar (statements), or a stance's shape (see STANCES)


# The store's stance vocabulary, in legend order: (css class, shape); other wordings fall back
# to keyword matching. Colours are in style.css (.pt.stance-*), from the Okabe-Ito palette.
STANCES = {"supports": ("stance-support", "circle"), "opposes": ("stance-oppose", "square"),
           "conditional": ("stance-conditional", "diamond"), "hesitant": ("stance-hesitant", "triangle"),
           "undecided": ("stance-neutral", "cross")}
STATEMENT_TYPES = (("t-direct", "direct quote"), ("t-indirect", "indirect"), ("t-free", "free indirect"),
                   ("t-reported", "reported"), ("t-other", "other"))


def stance_class(stance: str | None) -> tuple[str, str]:
    """(css class, shape) for a stance label of any wording."""
    s = (stance or "").lower() if isinstance(stance, str) else ""
    if s in STANCES:
        return STANCES[s]
    if any(w in s for w in ("condition", "bedingt", "qualified")):
        return STANCES["conditional"]
    if any(w in s for w in ("hesit", "zöger", "zauder", "reluct", "cautio", "skeptic", "sceptic")):
        return STANCES["hesitant"]
    if any(w in s for w in ("oppos", "against", "reject", "contra", "refus", "ablehn")):
        return STANCES["opposes"]
    if any(w in s for w in ("support", "favo", "pro", "for", "befürw", "accept")):
        return STANCES["supports"]
    return STANCES["undecided"]


# ---- text measure ---------------------------------------------------------------------------

_EM = {**dict.fromkeys("ijlI.,:;'!|`", 0.32), **dict.fromkeys("frt()[]-/\"", 0.42), " ": 0.33,
       **dict.fromkeys("mwMW@%", 1.0), "…": 1.0, "–": 0.5, "—": 1.0}
BOLD = 1.13  # DejaVu Sans Bold against Book


def text_width(text: str, font_px: float, bold: bool = False) -> float:
    """Estimated rendered width in px (DejaVu Sans metrics, rounded up: never less than drawn)."""
    em = 0.0
    for ch in text:
        if ch in _EM:
            em += _EM[ch]
        elif ch.isdigit():
            em += 0.64
        elif ch.isupper():
            em += 0.78
        elif ch.isalpha():
            em += 0.64
        else:
            em += 0.8
    return em * font_px * (BOLD if bold else 1.0)


def fit_label(text: str, max_px: float, font_px: float, bold: bool = False) -> str:
    """``text``, or its longest prefix with an ellipsis that fits ``max_px`` ('' if not even '…')."""
    if text_width(text, font_px, bold) <= max_px:
        return text
    for n in range(len(text) - 1, 0, -1):
        cut = text[:n].rstrip() + "…"
        if text_width(cut, font_px, bold) <= max_px:
            return cut
    return "…" if text_width("…", font_px, bold) <= max_px else ""


def place_label(x: float, width: float, lo: float, hi: float) -> float:
    """The centre of a label of ``width`` at ``x``, moved inside [lo, hi] where it would stick out."""
    return min(max(x, lo + width / 2), hi - width / 2)


def labels_fit(spans: Iterable[tuple[float, float]], gap: float) -> bool:
    """Whether labels given as (left, right) in axis order keep at least ``gap`` px apart."""
    prev = None
    for left, right in spans:
        if prev is not None and left - prev < gap:
            return False
        prev = right
    return True


# ---- the time axis --------------------------------------------------------------------------

@dataclass(frozen=True)
class Tick:
    day: date
    label: str
    x: float  # the tick line
    cx: float  # the label's centre (x moved inside the chart where the label would stick out)
    year: str = ""  # a second row under day and month labels: the year where it starts or changes
    ycx: float = 0.0  # the year's centre


# Tick steps from fine to coarse: (unit, step, approximate days per step)
STEPS = (("day", 1, 1), ("day", 2, 2), ("week", 1, 7), ("week", 2, 14), ("month", 1, 30), ("month", 2, 61),
         ("month", 3, 91), ("month", 6, 182), ("year", 1, 365), ("year", 2, 730), ("year", 5, 1826),
         ("year", 10, 3652), ("year", 25, 9131), ("year", 50, 18262), ("year", 100, 36524))


def _tick_days(first: date, last: date, unit: str, step: int) -> list[date]:
    out: list[date] = []
    if unit in ("day", "week"):
        day = first
        if unit == "week":  # Mondays
            day = first + timedelta(days=(7 - first.weekday()) % 7)
            step *= 7
        elif step > 1:  # even day numbers since 1 Jan 1 keep ticks stable when the period moves
            day = first + timedelta(days=(-first.toordinal()) % step)
        while day <= last:
            out.append(day)
            day += timedelta(days=step)
    elif unit == "month":
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            if (m - 1) % step == 0 and first <= date(y, m, 1) <= last:
                out.append(date(y, m, 1))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        for y in range(first.year + (first > date(first.year, 1, 1)), last.year + 1):
            if y % step == 0:
                out.append(date(y, 1, 1))
    return out


def _tick_label(day: date, unit: str, prev: date | None) -> tuple[str, str]:
    """(label, year row) of a tick."""
    if unit == "year":
        return str(day.year), ""
    year = str(day.year) if prev is None or prev.year != day.year else ""
    return (MONTHS[day.month - 1] if unit == "month" else f"{day.day} {MONTHS[day.month - 1]}"), year


def _row(labels: list[tuple[float, float]], lo: float, hi: float, gap: float) -> list[float] | None:
    """Centres for labels given as (x, width) in axis order, kept inside [lo, hi]; None when two
    would come closer than ``gap`` or one is wider than the chart."""
    centres = [place_label(x, w, lo, hi) for x, w in labels]
    if any(w > hi - lo for _, w in labels):
        return None
    spans = [(c - w / 2, c + w / 2) for c, (_, w) in zip(centres, labels)]
    return centres if labels_fit(spans, gap) else None


def axis_ticks(first: date, last: date, x0: float, x1: float, *, lo: float, hi: float,
               font_px: float = 11, gap: float = 10) -> list[Tick]:
    """The finest ticks whose labels fit: the axis maps [first, last] to [x0, x1] px; labels stay
    inside [lo, hi] and at least ``gap`` px apart. Days, weeks, months, or years as the span asks;
    day and month labels carry the year in a second row where it starts or changes (the first
    tick's year is left out where it would run into the next one)."""
    span = max(1, (last - first).days)

    def x_of(day: date) -> float:
        return x0 + (x1 - x0) * (day - first).days / span

    coarsest: list[Tick] = []
    for unit, step, days in STEPS:
        if span / days > max(1.0, (x1 - x0) / 12) + 1:  # far too many to ever fit
            continue
        days_ = _tick_days(first, last, unit, step)
        if not days_:
            continue
        texts = [_tick_label(day, unit, days_[i - 1] if i else None) for i, day in enumerate(days_)]
        xs = [x_of(day) for day in days_]
        centres = _row([(x, text_width(t, font_px)) for x, (t, _) in zip(xs, texts)], lo, hi, gap)
        with_year = [i for i, (_, y) in enumerate(texts) if y]
        years = _row([(xs[i], text_width(texts[i][1], font_px)) for i in with_year], lo, hi, gap)
        if years is None and len(with_year) > 1 and with_year[0] == 0:
            texts[0] = (texts[0][0], "")
            with_year = with_year[1:]
            years = _row([(xs[i], text_width(texts[i][1], font_px)) for i in with_year], lo, hi, gap)
        year_at = dict(zip(with_year, years or []))
        ticks = [Tick(day, t, x, c, y if i in year_at else "", year_at.get(i, 0.0))
                 for i, (day, (t, y), x, c) in enumerate(zip(days_, texts, xs, centres or xs))]
        if centres is not None and years is not None:
            return ticks
        coarsest = [Tick(ticks[0].day, ticks[0].label, ticks[0].x,
                         place_label(ticks[0].x, text_width(ticks[0].label, font_px), lo, hi))]
    return coarsest if coarsest and text_width(coarsest[0].label, font_px) <= hi - lo else []


def axis_domain(days: list[date], since: Any = None, until: Any = None,
                default_period: bool = False) -> tuple[date, date]:
    """The dates the time axis spans: the period (``since``/``until``, ISO dates or None); an open
    end is the data's (the default period, the corpus's last 12 months, ends 365 days after since)."""
    def day_of(value: Any) -> date | None:
        try:
            return value if isinstance(value, date) else date.fromisoformat(str(value)[:10]) if value else None
        except ValueError:
            return None

    start, end = day_of(since), day_of(until)
    if end is None and start is not None and default_period:
        end = start + timedelta(days=365)
    start = start or (min(days) if days else end) or date.today()
    end = max(end or start, max(days) if days and until is None else start)
    if end <= start:
        start, end = start - timedelta(days=1), start + timedelta(days=1)
    return start, end


# ---- drawing --------------------------------------------------------------------------------

def marker(shape: str, cls: str, x: float, y: float) -> str:
    """One point's SVG element; ``data-shape`` names its shape."""
    a = f'class="pt {cls}" data-shape="{shape}"'
    if shape == "square":
        return f'<rect {a} x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" rx="1.5"/>'
    if shape == "bar":
        return f'<rect {a} x="{x - 2.5:.1f}" y="{y - 7:.1f}" width="5" height="14" rx="1.5"/>'
    if shape == "circle":
        return f'<circle {a} cx="{x:.1f}" cy="{y:.1f}" r="5.5"/>'
    if shape == "diamond":
        corners = [(0, -6.8), (6.8, 0), (0, 6.8), (-6.8, 0)]
    elif shape == "triangle":
        corners = [(0, -7), (6.8, 5), (-6.8, 5)]
    else:  # cross: a plus turned by 45 degrees
        arm, half = 7.0, 2.3
        plus = [(-half, -arm), (half, -arm), (half, -half), (arm, -half), (arm, half), (half, half),
                (half, arm), (-half, arm), (-half, half), (-arm, half), (-arm, -half), (-half, -half)]
        c, s = cos(pi / 4), sin(pi / 4)
        corners = [(px * c - py * s, px * s + py * c) for px, py in plus]
    d = " ".join(f"{'M' if i == 0 else 'L'}{x + dx:.1f} {y + dy:.1f}" for i, (dx, dy) in enumerate(corners))
    return f'<path {a} d="{d} Z"/>'


@dataclass(frozen=True)
class Layout:
    css: str  # the svg's class: the stylesheet shows one layout per screen width
    width: int
    stacked: bool  # lane labels above their row (phones) instead of in a left margin


LAYOUTS = (Layout("chart", 960, False), Layout("chart-md", 560, False), Layout("chart-sm", 300, True))
LANE_FONT, TICK_FONT = 12, 11


def _svg(pts: list[Point], lanes: list[str], start: date, end: date, layout: Layout, label: str) -> str:
    width, top, right, pad = layout.width, 6, 8, 9
    if layout.stacked:
        left, lane_h, dot_y = 6, 50, 34  # label row, then the points
        names = [fit_label(lane, width - 12, LANE_FONT, True) for lane in lanes]
    else:
        widest = max(text_width(lane, LANE_FONT, True) for lane in lanes)
        left = round(min(max(widest + 18, 60), width * 0.3))
        lane_h, dot_y = 40, 20
        names = [fit_label(lane, left - 16, LANE_FONT, True) for lane in lanes]
    x0, x1 = left + pad, width - right - pad
    span = max(1, (end - start).days)

    def x_of(day: date) -> float:
        return x0 + (x1 - x0) * (day - start).days / span

    base = top + lane_h * len(lanes)
    ticks = axis_ticks(start, end, x0, x1, lo=1, hi=width - 1, font_px=TICK_FONT)
    height = base + (40 if any(t.year for t in ticks) else 26)
    out = [f'<svg class="{layout.css}" viewBox="0 0 {width} {height}" width="100%" role="group" '
           f'aria-label="{escape(label)}" data-since="{start}" data-until="{end}" '
           f'xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}</title>']
    for i, (lane, name) in enumerate(zip(lanes, names)):
        y = top + lane_h * i
        out.append(f'<rect class="lane lane-{i % 2}" x="{left if not layout.stacked else 0}" y="{y}" '
                   f'width="{width - right - (left if not layout.stacked else 0)}" height="{lane_h}"/>')
        tx, ty, anchor = (left + 2, y + 15, "start") if layout.stacked else (left - 10, y + dot_y + 4, "end")
        out.append(f'<text class="lane-label" x="{tx}" y="{ty}" text-anchor="{anchor}" font-size="{LANE_FONT}">'
                   f'{escape(name)}<title>{escape(lane)}</title></text>')
    out.append(f'<line class="axis" x1="{left}" y1="{base}" x2="{width - right}" y2="{base}"/>')
    for tick in ticks:
        out.append(f'<line class="tick" x1="{tick.x:.1f}" y1="{top}" x2="{tick.x:.1f}" y2="{base + 4}"/>'
                   f'<text class="tick-label" x="{tick.cx:.1f}" y="{base + 17}" text-anchor="middle" '
                   f'font-size="{TICK_FONT}">{escape(tick.label)}</text>')
        if tick.year:
            out.append(f'<text class="tick-label tick-year" x="{tick.ycx:.1f}" y="{base + 32}" '
                       f'text-anchor="middle" font-size="{TICK_FONT}">{tick.year}</text>')
    counts: dict[tuple[str, date], int] = defaultdict(int)
    for p in pts:
        counts[(p.lane, p.day)] += 1
    stacks: dict[tuple[str, date], int] = defaultdict(int)
    spread = 16 if layout.stacked else lane_h - 16  # same-day points fan out over this height
    row = {lane: i for i, lane in enumerate(lanes)}
    for p in pts:
        key = (p.lane, p.day)
        k, n = stacks[key], counts[key]
        stacks[key] += 1
        step = min(9.0, spread / (n - 1)) if n > 1 else 0
        y = top + lane_h * row[p.lane] + dot_y + (k - (n - 1) / 2) * step
        out.append(f'<a href="{escape(p.href)}" class="pt-link" data-date="{p.day.isoformat()}">'
                   f'{marker(p.shape, p.cls, x_of(p.day), y)}'
                   f'<title>{escape(p.day.isoformat())}: {escape(p.title)}</title></a>')
    out.append("</svg>")
    return "".join(out)


def legend_html(pts: Iterable[Point]) -> str:
    """Every stance (all five whenever the chart shows stances) and the statement types drawn."""
    classes = {c for p in pts for c in p.cls.split()}
    items = []
    if "st" in classes:
        for cls, name in STATEMENT_TYPES:
            if cls in classes or cls != "t-other":
                items.append((f"st {cls}", "bar", name, f'data-type="{cls[2:]}"'))
    if classes & {cls for cls, _ in STANCES.values()}:
        for name, (cls, shape) in STANCES.items():
            items.append((cls, shape, name, f'data-stance="{name}"'))
    if not items:
        return ""
    lis = "".join(f'<li {attr}><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">'
                  f'{marker(shape, cls, 8, 8)}</svg> {escape(name)}</li>' for cls, shape, name, attr in items)
    return f'<ul class="legend chart-legend" aria-label="Chart legend">{lis}</ul>'


class Chart(Markup):
    """A chart's HTML that can draw itself again on a period's time axis (``for_period``)."""

    spec: dict[str, Any] | None = None

    def for_period(self, period: Mapping[str, Any] | None) -> Markup:
        """The same points on the axis of ``period`` (``{since, until, default}``, as the pages
        pass it): a page's chart spans the period it shows, not just its points."""
        if not self.spec or not period:
            return self
        return timeline_svg(**self.spec, since=period.get("since"), until=period.get("until"),
                            default_period=bool(period.get("default")))


def timeline_svg(points: Iterable[Point], *, lanes: list[str] | None = None, width: int | None = None,
                 label: str = "timeline", since: Any = None, until: Any = None,
                 default_period: bool = False) -> Markup:
    """Points on a date axis, one row per lane; same-day points in a lane fan out vertically.

    The axis spans the period (``since``/``until``; see ``axis_domain``); points outside it are
    left out. ``width`` is accepted for compatibility: the layouts have their own widths."""
    pts = sorted(points, key=lambda p: p.day)
    spec = {"points": pts, "lanes": lanes, "label": label}
    start, end = axis_domain([p.day for p in pts], since, until, default_period)
    pts = [p for p in pts if start <= p.day <= end]
    lanes = [lane for lane in (lanes or dict.fromkeys(p.lane for p in pts)) if any(p.lane == lane for p in pts)]
    pts = [p for p in pts if p.lane in lanes]
    if not pts:
        return Markup("")
    svgs = "".join(_svg(pts, lanes, start, end, layout, label) for layout in LAYOUTS)
    chart = Chart(f'<figure class="timeline">{svgs}{legend_html(pts)}</figure>')
    chart.spec = spec
    return chart


def bar_svg(value: int, maximum: int, *, width: int = 140) -> Markup:
    """A small horizontal bar (CSP-safe: geometry as attributes)."""
    w = 0 if maximum <= 0 else max(2, round(width * value / maximum))
    return Markup(f'<svg class="bar" width="{width}" height="10" viewBox="0 0 {width} 10" aria-hidden="true">'
                  f'<rect class="bar-bg" width="{width}" height="10" rx="3"/>'
                  f'<rect class="bar-fg" width="{w}" height="10" rx="3"/></svg>')
