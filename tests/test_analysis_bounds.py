"""Bounds of one document's analysis: the setting analysis_timeout, checked between stages, and
work that grows linearly with the text (operation counts at two sizes, never wall-clock times)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lagebild import pipeline as pipeline_mod
from lagebild.core import analyze
from lagebild.errors import NOT_ANALYSED_REASONS
from lagebild.extract import positions as positions_mod
from lagebild.pipeline import Pipeline
from test_poison_inputs import article, ingest, stored

SLOW_MARK = "Langsamwort"  # the wrapped timex stage "sleeps" 100 s on the text holding it


class FakeClock:
    """time.monotonic of the pipeline module: a stage sleeps by advancing it (no real waiting)."""

    def __init__(self):
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def slow_stage(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(pipeline_mod, "time", clock)
    original = Pipeline._load

    def load(self):
        fns = original(self)

        def wrap(fn):
            def run(state):
                if SLOW_MARK in state.text:
                    clock.now += 100.0
                return fn(state)
            return run
        return [wrap(fn) if name == "timex" else fn for name, fn in zip(self.names, fns)]

    monkeypatch.setattr(Pipeline, "_load", load)
    return clock


def test_a_document_over_budget_is_stored_not_analysed_and_the_run_goes_on(tmp_path, slow_stage):
    assert "analysis_timeout" in NOT_ANALYSED_REASONS
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_slow.txt").write_text(article(1).replace("Kanzler", f"{SLOW_MARK} Kanzler"), encoding="utf-8")
    for i in range(2, 4):
        (folder / f"good{i}.txt").write_text(article(i), encoding="utf-8")
    db = tmp_path / "t.db"
    summary = ingest(db, str(folder), "--set", "analysis_timeout=5")
    docs = stored(db)
    assert docs["good2.txt"][0] == 1 and docs["good3.txt"][0] == 1
    analysed, reason = docs["a_slow.txt"]
    assert analysed == 0 and reason.startswith("analysis_timeout: after stage timex"), reason
    assert summary["not_analysed_reasons"] == {"analysis_timeout": 1}


def test_no_budget_means_no_limit(slow_stage):
    from lagebild.settings import make_options

    text = article(1).replace("Kanzler", f"{SLOW_MARK} Kanzler")
    assert analyze(text, lang="de", options=make_options({"analysis_timeout": 0}, env={})).analysed
    with pytest.raises(Exception, match="analysis_timeout|over the budget"):
        analyze(text, lang="de", options=make_options({"analysis_timeout": 5}, env={}))


def _long(n: int) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        from long_texts import long_text
    finally:
        sys.path.pop(0)
    return long_text(n)


def _sentence_of_calls(monkeypatch, text: str) -> int:
    calls = [0]
    original = positions_mod._Doc.sentence_of

    def counted(self, pos):
        calls[0] += 1
        return original(self, pos)

    monkeypatch.setattr(positions_mod._Doc, "sentence_of", counted)
    assert analyze(text, lang="de").analysed
    monkeypatch.setattr(positions_mod._Doc, "sentence_of", original)
    return calls[0]


def test_positions_work_grows_linearly(monkeypatch):
    # once a sentence lookup per position per statement (quadratic); now per statement and position
    small, large = _sentence_of_calls(monkeypatch, _long(20_000)), _sentence_of_calls(monkeypatch, _long(40_000))
    assert small > 0
    assert large < 2.6 * small, (small, large)
