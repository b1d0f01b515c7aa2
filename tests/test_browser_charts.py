"""Chart legibility in a real browser (Debian Chromium via Playwright), on the actor and issue
pages of the sample corpus at desktop (1280 px) and phone (390 px) width: no two axis labels
overlap, no text sticks out of its chart, the text keeps a readable size, the legend lists all
five stances and each stance has its own colour and shape.

Skips when Chromium or Playwright is not installed (.ci/run installs Chromium).
"""
from __future__ import annotations

import os

import pytest

from browser_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, LiveServer, sample_db

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

STANCES = ["supports", "opposes", "conditional", "hesitant", "undecided"]

# Measures the one chart layout shown at this width.
MEASURE = """() => {
  const box = r => ({l: r.left, r: r.right, t: r.top, b: r.bottom});
  const shown = [...document.querySelectorAll('figure.timeline > svg')]
    .filter(s => getComputedStyle(s).display !== 'none');
  return shown.map(svg => {
    const vb = svg.viewBox.baseVal, sb = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].map(t => ({
      cls: t.getAttribute('class'), text: t.textContent, box: box(t.getBoundingClientRect()),
      font: parseFloat(t.getAttribute('font-size')) * sb.width / vb.width}));
    const points = [...svg.querySelectorAll('.pt')].map(p => ({
      cls: p.getAttribute('class'), shape: p.dataset.shape, fill: getComputedStyle(p).fill}));
    return {cls: svg.getAttribute('class'), box: box(sb), texts, points};
  });
}"""

LEGEND = """() => [...document.querySelectorAll('.chart-legend li[data-stance]')].map(li => {
  const m = li.querySelector('.pt');
  return {stance: li.dataset.stance, text: li.textContent.trim(), cls: m.getAttribute('class'),
          shape: m.dataset.shape, fill: getComputedStyle(m).fill};
})"""


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from lagebild.server import create_app

    app = create_app(str(sample_db(tmp_path_factory.mktemp("charts"))))
    with LiveServer(app) as srv:
        yield srv


@pytest.fixture(scope="module")
def fixture_pages(server):
    """The actor page of the actor with the most positions and the issue page with the most
    positions (both in the default period), so the charts have stance rows."""
    import httpx

    items = httpx.get(server.url + "/api/v1/positions", params={"limit": 200}, timeout=30).json()["items"]
    actors: dict[str, int] = {}
    issues: dict[str, int] = {}
    for pos in items:
        actor = ((pos.get("actor") or {}).get("actor") or {}).get("id")
        if actor and not str(actor).startswith("local:"):
            actors[actor] = actors.get(actor, 0) + 1
        if isinstance(pos.get("issue"), dict):
            issues[pos["issue"]["id"]] = issues.get(pos["issue"]["id"], 0) + 1
    if not actors or not issues:
        pytest.skip("the sample store has no positions")
    return {"actor": f"/actors/{max(actors, key=actors.get)}", "issue": f"/issues/{max(issues, key=issues.get)}"}


def _overlaps(a: dict, b: dict, tol: float = 0.5) -> bool:
    return a["l"] < b["r"] - tol and b["l"] < a["r"] - tol and a["t"] < b["b"] - tol and b["t"] < a["b"] - tol


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("which", ["actor", "issue"])
def test_charts_are_legible(browser, server, fixture_pages, which, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    try:
        page.goto(server.url + fixture_pages[which])
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator("figure.timeline").first.screenshot(path=str(ARTIFACTS / f"chart-{which}-{width}.png"))
        charts = page.evaluate(MEASURE)
        legend = page.evaluate(LEGEND)
    finally:
        context.close()
    assert len(charts) == 1, f"exactly one chart layout is shown at {width} px: {[c['cls'] for c in charts]}"
    chart = charts[0]
    assert 0 <= chart["box"]["l"] and chart["box"]["r"] <= width + 0.5, "the chart fits the screen"

    ticks = [t for t in chart["texts"] if "tick-label" in t["cls"].split()]
    assert len(ticks) >= 2, "the time axis is labelled"
    for i, a in enumerate(ticks):
        for b in ticks[i + 1:]:
            assert not _overlaps(a["box"], b["box"]), f"axis labels overlap: {a['text']!r} {b['text']!r}"
    box = chart["box"]
    for t in chart["texts"]:
        tb = t["box"]
        assert tb["l"] >= box["l"] - 0.5 and tb["r"] <= box["r"] + 0.5 and tb["t"] >= box["t"] - 0.5 \
            and tb["b"] <= box["b"] + 0.5, f"{t['cls']} {t['text']!r} is clipped: {tb} outside {box}"
        assert t["font"] >= 10, f"{t['text']!r} is drawn at {t['font']:.1f} px at {width} px"
    lanes = [t for t in chart["texts"] if t["cls"] == "lane-label"]
    for i, a in enumerate(lanes):
        for b in lanes[i + 1:]:
            assert not _overlaps(a["box"], b["box"]), f"lane labels overlap: {a['text']!r} {b['text']!r}"

    assert [item["stance"] for item in legend] == STANCES
    assert [item["text"] for item in legend] == STANCES
    assert len({item["fill"] for item in legend}) == 5, f"one colour per stance: {legend}"
    assert len({item["shape"] for item in legend}) == 5, f"one shape per stance: {legend}"
    look = {item["cls"].split()[-1]: (item["fill"], item["shape"]) for item in legend}
    drawn = [p for p in chart["points"] if "stance-" in p["cls"]]
    assert drawn, "the chart has stance points"
    for p in drawn:
        assert (p["fill"], p["shape"]) == look[p["cls"].split()[-1]], "points look as the legend says"
    assert problems == [], "no console errors (e.g. Content-Security-Policy violations)"
