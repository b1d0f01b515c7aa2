"""The quotes benchmark: token mapping, file names, and a short run on dev documents."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lagebild.bench.quote_format import TokenIndex
from lagebild.corpora.denews_quotes import date_of
from lagebild.model import Span
from lagebild.settings import make_options

ROOT = Path(__file__).resolve().parents[1]
DATASETS = (ROOT / ".." / "shared" / "datasets").resolve()
DEV = DATASETS / "de-news-quotes-2024" / "dev"


def test_token_index_maps_overlapping_tokens():
    tokens = [{"id": 0, "charBegin": 0, "charEnd": 3}, {"id": 1, "charBegin": 4, "charEnd": 9},
              {"id": 2, "charBegin": 9, "charEnd": 10}]
    idx = TokenIndex(tokens)
    assert idx.ids_of([Span(4, 9, "sagte")]) == [1]
    assert idx.ids_of([Span(0, 10, "x" * 10)]) == [0, 1, 2]
    assert idx.ids_of([Span(5, 6, "a")]) == [1]
    assert idx.ids_of([]) == []


def test_date_from_document_name():
    assert date_of("11059 - Passagierflugzeug landete in Guam (2005-08-20)") == date(2005, 8, 20)
    # the speaker gold names the file: quotes-train was scored without dates before (no office holders)
    assert date_of("11059 - Passagierflugzeug landete in Guam (2005-08-20).pretty.json") == date(2005, 8, 20)
    assert date_of("no date here") is None


@pytest.mark.skipif(not DEV.is_dir(), reason="de-news-quotes-2024 not available")
def test_bench_run_on_five_dev_docs(tmp_path, monkeypatch):
    import json

    from lagebild.bench.quotes import format_result, run

    sub = tmp_path / "dev5"
    sub.mkdir()
    for f in sorted(DEV.glob("*.json"))[:5]:
        (sub / f.name).symlink_to(f)
    opts = make_options({"datasets_dir": str(DATASETS)}, env={})
    out = tmp_path / "pred.jsonl"
    result = run(str(sub), opts, mode="fast", predictions=str(out))
    for key in ("documents", "message", "roles", "joint", "articles_per_second", "peak_rss_mib", "scores"):
        assert key in result
    assert result["documents"] == 5
    for name in ("message", "roles", "joint"):
        assert set(result[name]) == {"p", "r", "f1"} and 0 <= result[name]["f1"] <= 100
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and "annotations" in json.loads(lines[0])
    assert "joint" in format_result(result)


@pytest.mark.skipif(not DEV.is_dir(), reason="de-news-quotes-2024 not available")
def test_bench_with_two_workers_predicts_what_one_process_does(tmp_path):
    from lagebild.bench.quotes import format_result, run

    sub = tmp_path / "dev6"
    sub.mkdir()
    for f in sorted(DEV.glob("*.json"))[:6]:
        (sub / f.name).symlink_to(f)
    opts = make_options({"datasets_dir": str(DATASETS)}, env={})
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    single = run(str(sub), opts, mode="fast", predictions=str(one))
    parallel = run(str(sub), opts, mode="fast", predictions=str(two), workers=2)
    assert two.read_bytes() == one.read_bytes()
    assert parallel["scores"] == single["scores"]
    assert (single["workers"], parallel["workers"]) == (1, 2)
    assert parallel["articles_per_second"] > 0
    assert "2 worker processes, wall-clock" in format_result(parallel)


def test_speakers_of_one_quote_are_one_span_for_the_data_set():
    """lagebild gives 'Russland und die Ukraine' a statement each; the data set (and PolNeAR) mark one
    quote with one speaker span: the bench joins them back."""
    from lagebild.bench.quote_format import one_per_quote
    from lagebild.model import Span, Statement
    q, c = [Span(40, 80, "x")], [Span(30, 38, "erklärt")]
    sts = [Statement("s1", "Reported", "Speech", q, cue=c, speaker_mention=[Span(0, 8, "Russland")]),
           Statement("s1-2", "Reported", "Speech", q, cue=c, speaker_mention=[Span(13, 24, "die Ukraine")])]
    out = one_per_quote(sts)
    assert len(out) == 1 and (out[0].speaker_mention[0].start, out[0].speaker_mention[0].end) == (0, 24)
