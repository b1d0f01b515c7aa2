"""Progress on long commands: total, rate and ETA on a terminal; nothing elsewhere or with --quiet."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.cli import cli, progress
from lagebild.runner import ingest_outcomes
from lagebild.settings import make_options
from lagebild.store import open_store

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "corpus"
NAMES = ["de_01_sicherheitsgarantien_zurueckhaltung.txt", "de_02_pistorius_truppendebatte.txt",
         "de_08_klingbeil_schuldenbremse.txt"]


@pytest.fixture()
def folder(tmp_path):
    out = tmp_path / "in"
    out.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / name, out / name)
    return out


@pytest.fixture()
def terminal(monkeypatch):
    """stderr counts as a terminal, and the bar redraws on every document."""
    monkeypatch.setattr(progress, "stderr_is_terminal", lambda: True)
    monkeypatch.setattr(progress, "MIN_INTERVAL", 0)


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_no_bar_when_stderr_is_no_terminal_and_the_summary_is_the_same(folder, tmp_path):
    plain = run("ingest", folder, "--db", tmp_path / "a.db")
    quiet = run("ingest", folder, "--db", tmp_path / "b.db", "--quiet")
    assert plain.stderr == "" and quiet.stderr == ""
    assert plain.stdout == quiet.stdout
    assert "analysed: 3" in plain.stdout
    again = run("reanalyze", "--db", tmp_path / "a.db")
    assert again.stderr == "" and again.stdout.startswith("analysed 0 documents")


def test_terminal_shows_total_and_counts_each_document(folder, tmp_path, terminal):
    quiet = run("ingest", folder, "--db", tmp_path / "q.db", "--quiet")
    shown = run("ingest", folder, "--db", tmp_path / "t.db", "--set", "batch_size=200")
    assert shown.stdout == quiet.stdout and quiet.stderr == ""  # the summary is unchanged
    counts = re.findall(r"(\d+)/3 ", shown.stderr)
    assert {"0", "1", "2", "3"} <= set(counts)  # every document, within one batch of 200
    assert "docs/s" in shown.stderr or "s/ docs" in shown.stderr  # a rate


def test_terminal_reanalyze_has_a_total(folder, tmp_path, terminal):
    db = tmp_path / "r.db"
    run("ingest", folder, "--db", db, "--no-analyze")
    result = run("reanalyze", "--db", db)
    assert {"0", "1", "2", "3"} <= set(re.findall(r"(\d+)/3 ", result.stderr))
    assert result.stdout.startswith("analysed 3 documents")
    quiet = run("reanalyze", "--db", db, "--quiet")
    assert quiet.stderr == "" and quiet.stdout == ""


def test_the_runner_reports_each_document_not_only_each_batch(folder, tmp_path):
    from lagebild.ingest import iter_inputs

    options = make_options({"batch_size": 200}, env={})
    events: list[str] = []
    with open_store(str(tmp_path / "s.db")) as store:
        summary = ingest_outcomes(iter_inputs([str(folder)], options), store, options,
                                  on_progress=lambda s: events.append(f"batch {s.seen}"),
                                  on_document=lambda: events.append("doc"))
    assert summary.processed == 3
    assert events == ["doc", "doc", "doc", "batch 3"]


def test_count_inputs(folder, tmp_path):
    (folder / "more.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    assert progress.count_inputs([str(folder)], []) == 5
    assert progress.count_inputs([str(folder), str(tmp_path / "missing.txt")], []) == 6  # a reject counts
    assert progress.count_inputs([str(folder)], ["https://example.org/feed.rss"]) is None
    assert progress.count_inputs(["-"], []) is None


def test_terminal_reanalyze_on_workers_has_a_total(folder, tmp_path, terminal):
    """With --workers the bar counts the batches the workers send back."""
    db = tmp_path / "w.db"
    run("ingest", folder, "--db", db, "--no-analyze")
    result = run("reanalyze", "--db", db, "--workers", "1")
    assert "3/3" in result.stderr
    assert result.stdout.startswith("analysed 3 documents")
