"""Server-rendered SVG charts (no JavaScript, no external assets).

Colours only come from presentation attributes and CSS classes: the pages'
Content-Security-Policy forbids inline ``style``.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from markupsafe import Markup, escape

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Point:
    day: date
    lane: str  # row label
    title: str  # tooltip (escaped)
    href: str  # where a click goes
    cls: str  # CSS class: colour and shape family
    shape: str = "circle"  # circle, square or diamond (stances differ in shape, not only colour)


# The store's stance vocabulary; other wordings fall back to keyword matching.
_STANCES = {"supports": ("stance-support", "circle"), "opposes": ("stance-oppose", "square"),
            "conditional": ("stance-conditional", "diamond"), "hesitant": ("stance-hesitant", "square"),
            "undecided": ("stance-neutral", "circle")}


def stance_class(stance: str | None) -> tuple[str, str]:
    """(css class, shape) for a stance label of any wording."""
    s = (stance or "").lower() if isinstance(stance, str) else ""
    if s in _STANCES:
        return _STANCES[s]
    if any(w in s for w in ("condition", "bedingt", "qualified")):
        return "stance-conditional", "diamond"
    if any(w in s for w in ("oppos", "against", "reject", "contra", "refus", "ablehn")):
        return "stance-oppose", "square"
    if any(w in s for w in ("support", "favo", "pro", "for", "befürw", "accept")):
        return "stance-support", "circle"
    return "stance-neutral", "circle"


def _month_ticks(first: date, last: date) -> list[date]:
    months = (last.year - first.year) * 12 + last.month - first.month
    step = 1 if months <= 14 else 3 if months <= 42 else 12
    ticks, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        if (m - 1) % step == 0:
            ticks.append(date(y, m, 1))
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return [t for t in ticks if first <= t <= last]


def _marker(p: Point, x: float, y: float) -> str:
    if p.shape == "square":
        return f'<rect class="pt {p.cls}" x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" rx="1.5"/>'
    if p.shape == "diamond":
        return (f'<path class="pt {p.cls}" d="M{x:.1f} {y - 6.5:.1f} L{x + 6.5:.1f} {y:.1f} '
                f'L{x:.1f} {y + 6.5:.1f} L{x - 6.5:.1f} {y:.1f} Z"/>')
    return f'<circle class="pt {p.cls}" cx="{x:.1f}" cy="{y:.1f}" r="5.5"/>'


def timeline_svg(points: Iterable[Point], *, lanes: list[str] | None = None, width: int = 900,
                 label: str = "timeline") -> Markup:
    """Dots on a date axis, one row per lane; same-day dots in a lane fan out vertically."""
    pts = sorted(points, key=lambda p: p.day)
    if not pts:
        return Markup("")
    lanes = lanes or list(dict.fromkeys(p.lane for p in pts))
    lane_h, top, left, right, axis_h = 44, 8, 200, 24, 30
    height = top + lane_h * len(lanes) + axis_h
    first, last = pts[0].day, pts[-1].day
    pad = max(3, (last - first).days // 20)
    first, last = first - timedelta(days=pad), last + timedelta(days=pad)
    span = max(1, (last - first).days)

    def x_of(day: date) -> float:
        return left + (width - left - right) * (day - first).days / span

    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
           f'<title>{escape(label)}</title>']
    for i, lane in enumerate(lanes):
        y = top + lane_h * i + lane_h / 2
        out.append(f'<rect class="lane lane-{i % 2}" x="{left}" y="{top + lane_h * i}" '
                   f'width="{width - left - right}" height="{lane_h}"/>')
        text = lane if len(lane) <= 26 else lane[:25] + "…"
        out.append(f'<text class="lane-label" x="{left - 10}" y="{y + 4:.1f}" text-anchor="end">'
                   f'{escape(text)}<title>{escape(lane)}</title></text>')
    base = top + lane_h * len(lanes)
    out.append(f'<line class="axis" x1="{left}" y1="{base}" x2="{width - right}" y2="{base}"/>')
    ticks = _month_ticks(first, last)
    for tick in ticks or [pts[0].day]:  # a short span without a month start: label the day itself
        x = x_of(tick)
        out.append(f'<line class="tick" x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{base + 4}"/>')
        if not ticks:
            name = tick.isoformat()
        else:
            name = MONTHS[tick.month - 1] + (f" {tick.year}" if tick.month == 1 or tick == ticks[0] else "")
        out.append(f'<text class="tick-label" x="{x:.1f}" y="{base + 18}" text-anchor="middle">{name}</text>')
    stacks: dict[tuple[str, date], int] = defaultdict(int)
    counts: dict[tuple[str, date], int] = defaultdict(int)
    for p in pts:
        counts[(p.lane, p.day)] += 1
    for p in pts:
        if p.lane not in lanes:
            continue
        key = (p.lane, p.day)
        k, n = stacks[key], counts[key]
        stacks[key] += 1
        step = min(9.0, (lane_h - 14) / max(1, n - 1)) if n > 1 else 0
        y = top + lane_h * lanes.index(p.lane) + lane_h / 2 + (k - (n - 1) / 2) * step
        x = x_of(p.day)
        out.append(f'<a href="{escape(p.href)}" class="pt-link" data-date="{p.day.isoformat()}">'
                   f'{_marker(p, x, y)}<title>{escape(p.day.isoformat())}: {escape(p.title)}</title></a>')
    out.append("</svg>")
    return Markup("".join(out))


def bar_svg(value: int, maximum: int, *, width: int = 140) -> Markup:
    """A small horizontal bar (CSP-safe: geometry as attributes)."""
    w = 0 if maximum <= 0 else max(2, round(width * value / maximum))
    return Markup(f'<svg class="bar" width="{width}" height="10" viewBox="0 0 {width} 10" aria-hidden="true">'
                  f'<rect class="bar-bg" width="{width}" height="10" rx="3"/>'
                  f'<rect class="bar-fg" width="{w}" height="10" rx="3"/></svg>')
