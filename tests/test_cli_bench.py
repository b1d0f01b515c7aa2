"""`lagebild bench` commands print one JSON object with --json (small slices of the data sets)."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.cli import cli

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"


def bench(*args):
    result = CliRunner().invoke(cli, ["bench", *map(str, args), "--json",
                                      "--set", f"datasets_dir={DATASETS}"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture(autouse=True)
def need_data():
    if not DATASETS.exists():
        pytest.skip("../shared/datasets is not beside this checkout")


def test_bench_quotes_json():
    out = bench("quotes", DATASETS / "de-news-quotes-2024" / "dev", "--limit", "3")
    assert out["documents"] == 3 and 0 <= out["joint"]["f1"] <= 100


def test_bench_ner_json():
    out = bench("ner", DATASETS / "ner-de" / "germeval2014-dev.tsv", "--limit", "50")
    assert out["sentences"] == 50 and "overall" in out


def test_bench_timex_json():
    out = bench("timex", DATASETS / "wikiwarsde")
    assert {"tune", "heldout", "all"} <= set(out)


def test_bench_samples_scorecard():
    root = Path(__file__).resolve().parents[1]
    result = CliRunner().invoke(cli, ["bench", "samples", str(root / "samples"), "--limit", "3", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["documents"] == 3
    assert out["scores"]["statements"]["found"]["total"] > 0
    assert out["scores"]["must_not"]["respected"]["rate"] == 100.0


def test_bench_topics_claims_commitments_json():
    root = Path(__file__).resolve().parents[1]
    topics = bench("topics", root / "gold" / "topics" / "statements.jsonl")
    assert 0 <= topics["test"]["top1"] <= 1 and topics["test"]["n"] > 0
    claims = bench("claims", DATASETS / "debatenet-mig15", "--limit", "60")
    assert "polarity" in json.dumps(claims)
    commitments = bench("commitments", root / "gold" / "commitments")
    assert {"dev", "test"} <= set(commitments["splits"])


def test_issues_suggest_and_list(tmp_path):
    root = Path(__file__).resolve().parents[1]
    db = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(root / "samples" / "corpus"), "--db", str(db), "-q"]).exit_code == 0
    out = runner.invoke(cli, ["issues", "suggest", "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert rows and all(r["size"] >= 2 and r["statement_ids"] for r in rows)
    listed = runner.invoke(cli, ["issues", "list", "--json"])
    assert "western-troops-in-ukraine" in listed.output


def test_bench_positions_json():
    root = Path(__file__).resolve().parents[1]
    out = bench("positions", root / "gold" / "positions")
    assert "test" in json.dumps(out)
