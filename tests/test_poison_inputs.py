"""Isolation per input: one poison input never crashes a run nor loses the good documents beside it.

Poisons: a text longer than spaCy's limit (1,000,000 characters), lone surrogate escapes
(``\\ud800``) in a JSON record's text and title, a file name that is not valid UTF-8, and a
document on which an analysis stage raises.
"""
from __future__ import annotations

import json
import os
import random
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.cli import cli
from lagebild.pipeline import Pipeline

WORDS = ("Regierung Koalition Bundestag Minister Haushalt Milliarden Ukraine Truppen Sicherheit Garantien "
         "Verhandlungen Opposition Sprecher Woche Gipfel Abkommen Zölle Rente Schulen Brücken").split()
POISON_MARK = "Giftwort"  # the monkeypatched stage raises on the text holding it
BAD_NAME = b"schlecht\xff\xfe.txt"


def article(i: int) -> str:
    rng = random.Random(i)
    body = " ".join(" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + f" Punkt{i}x{j}." for j in range(5))
    return f'Kanzler Friedrich Merz sagte am Montag in Berlin: "Wir halten Wort, Fall {i}." {body}\n'


def poisoned_folder(root: Path, *, analysis_poison: bool = True) -> Path:
    folder = root / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"good{i}.txt").write_text(article(i), encoding="utf-8")
    (folder / "huge.txt").write_text("Wort " * 240_000, encoding="utf-8")  # 1.2M characters, 1.2 MB
    record = '{"text": "Die Ministerin sagte \\ud800 am Dienstag, das Gesetz komme.", "title": "Titel \\ud800 eins"}'
    (folder / "surrogates.jsonl").write_text(record + "\n", encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), BAD_NAME), "wb") as fh:
        fh.write(article(99).encode("utf-8"))
    if analysis_poison:
        (folder / "poison.txt").write_text(article(7).replace("Kanzler", f"{POISON_MARK} Kanzler"), encoding="utf-8")
    return folder


@pytest.fixture
def failing_stage(monkeypatch):
    """The statements stage raises on any text holding POISON_MARK (in this process)."""
    original = Pipeline._load

    def load(self):
        fns = original(self)

        def wrap(fn):
            def run(state):
                if POISON_MARK in state.text:
                    raise RuntimeError("boom in the statements stage")
                return fn(state)
            return run

        return [wrap(fn) if name == "statements" else fn for name, fn in zip(self.names, fns)]

    monkeypatch.setattr(Pipeline, "_load", load)


def ingest(db: Path, *args: str) -> dict:
    result = CliRunner().invoke(cli, ["ingest", *args, "--db", str(db), "--json", "-q"])
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(result.output.strip().splitlines()[-1])


def stored(db: Path) -> dict[str, tuple]:
    """origin -> (analysed, skipped_reason) of every stored document (newest analysis)."""
    con = sqlite3.connect(db)
    rows = con.execute("SELECT d.origin, a.analysed, a.skipped_reason FROM documents d "
                       "LEFT JOIN analyses a ON a.doc_id = d.id ORDER BY a.created_at").fetchall()
    return {Path(origin).name: (analysed, reason) for origin, analysed, reason in rows}


def rejects(db: Path) -> dict[str, tuple[str, str]]:
    con = sqlite3.connect(db)
    return {Path(o).name: (r, m) for o, r, m in con.execute("SELECT origin, reason, message FROM rejects")}


def check_run(db: Path, summary: dict) -> None:
    docs = stored(db)
    for i in range(5):
        assert docs[f"good{i}.txt"][0] == 1, docs
    assert docs["surrogates.jsonl:1"][0] == 1  # made valid: U+FFFD for the lone surrogates
    text, title = sqlite3.connect(db).execute(
        "SELECT text, title FROM documents WHERE origin LIKE '%surrogates.jsonl:1'").fetchone()
    assert "\ufffd" in text and title == "Titel \ufffd eins"
    rej = rejects(db)
    assert rej["huge.txt"][0] == "too_large" and "max_text_chars" in rej["huge.txt"][1]
    assert rej["schlecht\\xff\\xfe.txt"][0] == "bad_filename"
    assert summary["rejected"] == {"bad_filename": 1, "too_large": 1}


def test_poison_inputs_do_not_stop_a_run(tmp_path, failing_stage):
    folder = poisoned_folder(tmp_path)
    db = tmp_path / "p.db"
    summary = ingest(db, str(folder))
    check_run(db, summary)
    assert summary["processed"] + summary["near_duplicate"] == 7
    assert summary["analysed"] == 6 and summary["not_analysed_reasons"] == {"analysis_failed": 1}
    analysed, reason = stored(db)["poison.txt"]
    assert analysed == 0 and reason.startswith("analysis_failed: stage statements: RuntimeError")
    # a rerun neither crashes nor stores anything twice
    again = ingest(db, str(folder))
    assert again["processed"] == 0 and again["duplicate"] == 7 and again["rejected_total"] == 2
    # the summary lists the reasons
    table = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "-q"])
    assert table.exit_code == 0 and "too_large: 1" in table.output and "bad_filename: 1" in table.output


def test_reanalyze_retries_a_failed_analysis(tmp_path, failing_stage, monkeypatch):
    folder = poisoned_folder(tmp_path)
    db = tmp_path / "r.db"
    ingest(db, str(folder))
    assert stored(db)["poison.txt"][0] == 0
    monkeypatch.undo()  # "the fix"
    result = CliRunner().invoke(cli, ["reanalyze", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert stored(db)["poison.txt"] == (1, None)


def test_poison_inputs_with_workers(tmp_path):
    from lagebild.scale import dask_client, ingest_distributed
    from lagebild.settings import make_options
    from lagebild.store import open_store

    folder = poisoned_folder(tmp_path, analysis_poison=False)
    db = tmp_path / "w.db"
    options = make_options(env={})
    with open_store(str(db), options=options) as store, dask_client(workers=2) as client:
        summary = ingest_distributed([str(folder)], store, options, client, partition_size=2).to_dict()
    check_run(db, summary)
    assert summary["analysed"] == 6


def test_a_failing_stage_on_a_worker(failing_stage, tmp_path):
    """The worker's code path (in this process, where the stage is patched)."""
    from lagebild.scale.partitions import plan_partitions
    from lagebild.scale.work import process_partition
    from lagebild.settings import make_options
    import dataclasses

    folder = poisoned_folder(tmp_path)
    settings = dataclasses.asdict(make_options(env={}))
    results = [process_partition(p, settings, True) for p in plan_partitions([str(folder)], files=3)
               if hasattr(p, "kind")]
    docs = {Path(d.origin).name: r.analyses[d.id] for r in results for d in r.documents}
    assert len(docs) == 7
    assert sorted(n for n, rows in docs.items() if not rows.values[0]) == ["poison.txt"]
    assert {rej.reason for r in results for rej in r.rejects} == {"too_large", "bad_filename"}


@pytest.fixture
def ingest_client(tmp_path):
    from fastapi.testclient import TestClient

    from lagebild.server import create_app

    app = create_app(str(tmp_path / "api.db"), allow_ingest=True, token="t0ken")
    with TestClient(app) as c:
        yield c


def test_poison_through_the_api(ingest_client, failing_stage):
    auth = {"Authorization": "Bearer t0ken"}
    post = lambda body: ingest_client.post("/api/v1/documents", json=body, headers=auth)  # noqa: E731
    huge = post({"text": "Wort " * 240_000})
    assert huge.status_code == 422 and huge.json()["reason"] == "too_large", huge.text
    assert huge.headers["content-type"].startswith("application/problem+json")
    raw = '{"text": "Die Ministerin sagte \\ud800 am Dienstag, das Gesetz komme.", "title": "T \\ud800"}'
    sur = ingest_client.post("/api/v1/documents", content=raw.encode(),
                             headers={**auth, "Content-Type": "application/json"})
    # the request model refuses a lone surrogate before ingest: a 400 problem naming the field
    assert sur.status_code == 400 and sur.json()["errors"][0]["parameter"] == "text", sur.text
    poison = post({"text": article(3).replace("Kanzler", POISON_MARK), "lang": "de"})
    assert poison.status_code == 201, poison.text
    body = poison.json()
    assert body["analysed"] is False and body["skipped_reason"].startswith("analysis_failed: stage statements")
    good = post({"text": article(4)})
    assert good.status_code == 201 and good.json()["analysed"] is True
