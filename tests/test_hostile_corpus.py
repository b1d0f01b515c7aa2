"""The hostile-input corpus (tests/hostile_corpus.py) ingested end to end: in one process, with
``--workers 2`` and through the API. Every input is accounted for exactly once (stored, duplicate
or rejected with a reason), every good document is stored, no traceback, and each run is bounded."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import lagebild
from hostile_corpus import STORED, Corpus, build
from lagebild.errors import REJECT_REASONS

TIMEOUT_S = 180


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return build(tmp_path_factory.mktemp("hostile") / "corpus")


def _env() -> dict[str, str]:
    src = Path(lagebild.__file__).resolve().parents[1]
    return {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}


def _lagebild(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lagebild", *args], capture_output=True, text=True,
                          timeout=TIMEOUT_S, env=_env())


def _outcomes(db: Path) -> dict[str, list[str]]:
    """origin -> outcomes ("stored" or the reject reason) as the store has them."""
    got: dict[str, list[str]] = {}
    for (origin,) in sqlite3.connect(db).execute("select origin from documents"):
        got.setdefault(origin, []).append(STORED)
    listed = _lagebild("rejects", "--db", str(db), "--json")
    assert listed.returncode == 0, listed.stderr
    for line in listed.stdout.splitlines():
        row = json.loads(line)
        assert row["reason"] in REJECT_REASONS and row["message"]
        got.setdefault(row["origin"], []).extend([row["reason"]] * row["count"])
    return got


def check_accounted(corpus: Corpus, got: dict[str, list[str]], summary: dict) -> None:
    got = dict(got)
    for origin, want in corpus.expected.items():
        outcomes = got.pop(origin, [])
        assert len(outcomes) == 1, f"{origin}: {outcomes} (want exactly one outcome)"
        if want == STORED:
            assert outcomes == [STORED], f"good document {origin} not stored: {outcomes}"
        else:
            assert outcomes[0] in want, f"{origin}: {outcomes[0]}, want one of {sorted(want)}"
    for prefix in corpus.any_outcome:
        mine = [origin for origin in got if origin.startswith(prefix)]
        assert mine, f"{prefix}: no outcome"
        for origin in mine:
            assert len(got.pop(origin)) == 1
    for reason, count in corpus.by_reason.items():
        mine = [origin for origin, outcomes in got.items() if outcomes == [reason]]
        assert len(mine) == count, f"{reason}: {mine}"
        for origin in mine:
            got.pop(origin)
    assert not got, f"unexpected outcomes: {got}"
    total = summary["processed"] + summary["duplicate"] + summary["near_duplicate"] + summary["rejected_total"]
    assert total == summary["inputs"]
    # duplicates are not in the store's lists: the summary counts each input once all the same
    accounted = len(corpus.expected) + sum(corpus.by_reason.values()) + len(corpus.any_outcome)
    assert summary["inputs"] == accounted + summary["duplicate"]


def _ingest(corpus: Corpus, db: Path, *extra: str) -> dict:
    result = _lagebild("ingest", str(corpus.root), "--db", str(db), "--json", "--quiet", *corpus.set_args, *extra)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr  # rejects are outcomes, not errors
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_one_process_accounts_for_every_input(corpus, tmp_path):
    db = tmp_path / "one.db"
    summary = _ingest(corpus, db)
    check_accounted(corpus, _outcomes(db), summary)
    assert summary["analysed"] + summary["not_analysed"] == summary["processed"] + summary["near_duplicate"]
    again = _ingest(corpus, db, "--no-analyze")  # a second run: what is stored comes back as duplicates
    assert again["processed"] == 0 and again["duplicate"] == len(corpus.good_origins())


@pytest.mark.slow
def test_two_workers_account_for_every_input(corpus, tmp_path):
    db = tmp_path / "workers.db"
    summary = _ingest(corpus, db, "--workers", "2", "--partition-size", "4", "--no-analyze")
    check_accounted(corpus, _outcomes(db), summary)


def test_api_answers_every_body_without_a_server_error(corpus, tmp_path):
    from fastapi.testclient import TestClient

    from hostile_corpus import SETTINGS
    from lagebild.server import create_app
    from lagebild.settings import make_options
    from lagebild.store.open import open_store

    db = tmp_path / "api.db"
    with open_store(str(db)):
        pass
    app = create_app(str(db), options=make_options(SETTINGS, env={}), allow_ingest=True, token="hostile-token")
    auth = {"Authorization": "Bearer hostile-token", "Content-Type": "application/json"}
    codes = {}
    with TestClient(app, raise_server_exceptions=False) as client:
        for name, body in corpus.api_texts:
            resp = client.post("/api/v1/documents", content=body, headers=auth)
            assert resp.status_code in (200, 201, 400, 413, 422), (name, resp.status_code, resp.text)
            if resp.status_code in (400, 422):
                assert resp.headers["content-type"].startswith("application/problem+json"), (name, resp.text)
            codes[name] = resp.status_code
    assert len(codes) == len(corpus.api_texts)
    # records.jsonl:1 (lone surrogate escapes) is answered 400 by the request model's JSON parser
    # before the reader could replace them: reported, not asserted either way here
    for name in ("plain.txt", "seed.txt", "english.txt", "at_chars.txt", "records.jsonl:18"):
        assert codes[name] in (200, 201), (name, codes[name])
    for name in ("over_chars.txt", "empty.txt", "blank.txt", "records.jsonl:2", "records.jsonl:7", "records.jsonl:11"):
        assert codes[name] in (400, 422), (name, codes[name])
