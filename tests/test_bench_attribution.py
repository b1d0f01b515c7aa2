"""PolNeAR and SpkAtt benchmark back ends: parsing, metric and a short run (skipped without the data)."""
from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.bench import polnear, spkatt
from lagebild.corpora import polnear as polnear_corpus, spkatt as spkatt_corpus
from lagebild.settings import make_options

ROOT = Path(__file__).resolve().parents[1]
DATASETS = (ROOT / ".." / "shared" / "datasets").resolve()
POLNEAR_DEV = DATASETS / "polnear-en" / "dev"
SPKATT_DEV = DATASETS / "spkatt-2023-parliament" / "dev"


def test_parse_brat_relation_with_discontinuous_content():
    ann = ("T1\tSource 0 3\tBob\nT2\tCue 4 8\tsaid\nT3\tContent 9 12;14 17\tabc def\n"
           "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
           "T5\tDiscard 20 25\txxxxx\n")
    rels = polnear_corpus.parse_ann(ann)
    assert rels == [{"content": [(9, 12), (14, 17)], "source": [(0, 3)], "cue": [(4, 8)]}]


def test_polnear_metric_perfect_and_empty():
    g = {"content": frozenset({1, 2, 3}), "source": frozenset({0}), "cue": frozenset({4})}
    c = polnear.Counts()
    c.add([g], [g])
    assert c.scores()["joint"]["f1"] == 100.0
    c = polnear.Counts()
    c.add([g], [])
    s = c.scores()
    assert s["content"]["r"] == 0.0 and s["joint"]["f1"] == 0.0


def test_spkatt_date_and_metric():
    from datetime import date

    assert spkatt_corpus.date_of("19002_Zusatzpunkt_3_AfD_Hilse_ID19209500_21.11.2017.json") == date(2017, 11, 21)
    ev = {"cue": frozenset({"0:1"}), **{r: frozenset() for r in spkatt_corpus.ROLE_LABELS}}
    ev = {**ev, "Source": frozenset({"0:0"}), "Message": frozenset({"0:3", "0:4"})}
    s = spkatt.score([([ev], [ev])])
    assert s["cue"]["f1"] == 100.0 and s["roles"]["f1"] == 100.0 and s["joint"]["f1"] == 100.0


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="polnear-en not available")
def test_polnear_run_on_few_documents():
    result = polnear.run(str(POLNEAR_DEV), make_options(), limit=4)
    assert result["documents"] == 4
    for key in ("content", "source", "cue", "joint", "articles_per_second", "gold_relations"):
        assert key in result
    assert result["gold_relations"] > 0 and result["joint"]["f1"] > 0
    assert "joint" in polnear.format_result(result)


@pytest.mark.skipif(not SPKATT_DEV.is_dir(), reason="spkatt-2023-parliament not available")
def test_spkatt_run_on_few_documents():
    result = spkatt.run(str(SPKATT_DEV), make_options(), limit=3)
    assert result["documents"] == 3
    for key in ("cue", "roles", "joint", "articles_per_second", "gold_events"):
        assert key in result
    assert result["gold_events"] > 0
    assert "roles" in spkatt.format_result(result)
