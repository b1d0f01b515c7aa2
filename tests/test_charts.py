"""The SVG charts' layout functions: text measure, label fitting, tick thinning, the time axis
over the selected period, stance looks and the legend (tests/test_browser_charts.py checks the
result in Chromium)."""
from __future__ import annotations

import re
from datetime import date

from lagebild.web.charts import (LAYOUTS, STANCES, Chart, Point, axis_domain, axis_ticks, fit_label, labels_fit,
                                 place_label, stance_class, text_width, timeline_svg)


def _spans(ticks, font=11):
    return [(t.cx - text_width(t.label, font) / 2, t.cx + text_width(t.label, font) / 2) for t in ticks]


def test_text_width_grows_with_text_size_and_weight():
    assert text_width("", 12) == 0
    assert text_width("Merz", 12) < text_width("Merz Merz", 12)
    assert text_width("iii", 12) < text_width("mmm", 12)
    assert text_width("Merz", 12) < text_width("Merz", 12, bold=True) < text_width("Merz", 14, bold=True)
    # never less than DejaVu Sans draws it: "Jan 2025" at 11 px is about 47 px there
    assert text_width("Jan 2025", 11) >= 47


def test_fit_label_keeps_short_text_and_cuts_long_text_with_an_ellipsis():
    assert fit_label("Merz", 200, 12) == "Merz"
    long = "Federal Ministry for Economic Cooperation and Development"
    cut = fit_label(long, 120, 12, bold=True)
    assert cut.endswith("…") and long.startswith(cut[:-1]) and text_width(cut, 12, bold=True) <= 120
    assert fit_label(long, 5, 12) == ""


def test_place_label_and_labels_fit():
    assert place_label(50, 20, 0, 100) == 50
    assert place_label(3, 20, 0, 100) == 10  # kept inside on the left
    assert place_label(99, 20, 0, 100) == 90  # and on the right
    assert labels_fit([(0, 10), (20, 30)], gap=10)
    assert not labels_fit([(0, 10), (15, 30)], gap=10)
    assert labels_fit([], gap=10) and labels_fit([(0, 500)], gap=10)


def test_ticks_are_thinned_to_fit_the_width():
    first, last = date(2024, 11, 20), date(2025, 11, 20)
    wide = axis_ticks(first, last, 300, 940, lo=0, hi=960)
    narrow = axis_ticks(first, last, 15, 285, lo=0, hi=300)
    assert [t.label for t in wide][:3] == ["Dec", "Jan", "Feb"] and len(wide) == 12  # every month
    assert 3 <= len(narrow) < len(wide)  # every second or third month
    for ticks, hi in ((wide, 960), (narrow, 300)):
        assert labels_fit(_spans(ticks), gap=10)
        assert all(0 <= left and right <= hi for left, right in _spans(ticks))
    # the year in a second row where it starts or changes
    assert [(t.label, t.year) for t in wide if t.year] == [("Dec", "2024"), ("Jan", "2025")]


def test_long_and_short_periods_get_years_and_days():
    decades = axis_ticks(date(1990, 3, 1), date(2025, 6, 1), 10, 290, lo=0, hi=300)
    assert decades and all(t.label.isdigit() and t.day.month == 1 for t in decades)
    assert labels_fit(_spans(decades), gap=10) and len(decades) <= 8
    days = axis_ticks(date(2025, 3, 3), date(2025, 3, 9), 100, 900, lo=0, hi=960)
    assert [t.label for t in days] == [f"{d} Mar" for d in range(3, 10)] and days[0].year == "2025"
    one = axis_ticks(date(2025, 3, 3), date(2025, 3, 4), 10, 60, lo=0, hi=70)
    assert len(one) >= 1 and labels_fit(_spans(one), gap=10)
    assert axis_ticks(date(1990, 1, 1), date(2025, 1, 1), 0, 20, lo=0, hi=20) == []  # no room at all


def test_axis_domain_is_the_selected_period():
    days = [date(2025, 6, 1), date(2025, 7, 1)]
    # the default period (the corpus's last 12 months) spans a year even if the points are close
    assert axis_domain(days, "2024-11-20", None, default_period=True) == (date(2024, 11, 20), date(2025, 11, 20))
    assert axis_domain(days, "2025-01-01", "2025-12-31") == (date(2025, 1, 1), date(2025, 12, 31))
    assert axis_domain(days, None, None) == (date(2025, 6, 1), date(2025, 7, 1))  # since=all: the data
    start, end = axis_domain([date(2025, 6, 1)], None, None)
    assert start < date(2025, 6, 1) < end


def test_each_stance_has_its_own_class_and_shape():
    looks = [stance_class(s) for s in STANCES]
    assert len({c for c, _ in looks}) == 5 and len({s for _, s in looks}) == 5
    assert stance_class("hesitant") != stance_class("opposes")
    assert stance_class("zögerlich") == STANCES["hesitant"]
    assert stance_class("befürwortet") == STANCES["supports"] and stance_class(None) == STANCES["undecided"]


def _points():
    long = "Federal Ministry for Economic Cooperation and Development of the Federal Republic"
    pts = [Point(date(2025, 5, 1), "Statements", "Direct: a quote", "/documents/d#st-1", "st t-direct")]
    for i, stance in enumerate(STANCES):
        cls, shape = stance_class(stance)
        pts.append(Point(date(2025, 5 + i, 3), long if i == 0 else "NATO", f"{stance} on x", f"/documents/d#pos-{i}",
                         cls, shape))
    pts.append(Point(date(2019, 1, 1), "NATO", "an old one", "/documents/old#pos-9", *stance_class("supports")))
    return pts, long


def test_timeline_draws_one_layout_per_screen_width_with_a_complete_legend():
    pts, long = _points()
    html = str(timeline_svg(pts, label="test"))
    svgs = re.findall(r'<svg class="([\w-]+)" viewBox="0 0 (\d+) ', html)
    assert [(c, int(w)) for c, w in svgs] == [(lay.css, lay.width) for lay in LAYOUTS]
    legend = re.findall(r'<li data-stance="(\w+)">', html)
    assert legend == list(STANCES)
    assert re.findall(r'<li data-type="(\w+)">', html) == ["direct", "indirect", "free", "reported"]
    # the long lane label is cut with an ellipsis and keeps the full name as a tooltip
    labels = re.findall(r'<text class="lane-label"[^>]*>([^<]*)<title>([^<]*)</title>', html)
    cut = [shown for shown, full in labels if full == long]
    assert len(cut) == 3 and all(s.endswith("…") and s != long for s in cut)
    for shape in ("circle", "square", "diamond", "triangle", "cross", "bar"):
        assert f'data-shape="{shape}"' in html


def test_for_period_scales_the_axis_to_the_period_and_leaves_out_other_points():
    pts, _ = _points()
    chart = timeline_svg(pts, label="test")
    assert isinstance(chart, Chart)
    assert 'data-since="2019-01-01"' in chart  # no period: the data's span, the old point included
    scoped = chart.for_period({"since": "2024-11-20", "until": None, "default": True})
    assert 'data-since="2024-11-20" data-until="2025-11-20"' in scoped
    assert "/documents/old" not in scoped and scoped.count('class="pt-link"') == (len(pts) - 1) * len(LAYOUTS)
    assert timeline_svg(pts).for_period({"since": "2030-01-01", "until": None}) == ""
    assert timeline_svg([]) == "" and not isinstance(timeline_svg([]), Chart)
