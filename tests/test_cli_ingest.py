"""End to end through the command line, against a real SQLite file."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "corpus"


def run(*args, input=None):
    result = CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)
    return result


def ingest_json(db, *inputs, extra=()):
    result = run("ingest", *inputs, "--db", db, "--json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.output.strip().splitlines()[-1])


def test_seed_is_stored_with_header_date_and_language(tmp_path, seed_path):
    db = tmp_path / "s.db"
    summary = ingest_json(db, seed_path)
    assert summary["processed"] == 1 and summary["rejected_total"] == 0 and summary["analysed"] == 1
    docs = sqlite3.connect(db).execute("select id, published, date_source, lang from documents").fetchall()
    assert len(docs) == 1
    doc_id, published, date_source, lang = docs[0]
    assert (published, date_source, lang) == ("2025-09-04", "header", "de")

    shown = json.loads(run("show", doc_id[:8], "--db", db, "--json").output)
    assert shown["published"] == "2025-09-04" and shown["lang"] == "de"
    text = run("show", doc_id, "--db", db, "--text").output
    assert text.startswith("Darüber hinaus deutet Trump nur an")
    assert text == shown["text"]
    for sentence in shown["analysis"]["sentences"]:
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]


def test_second_identical_ingest_adds_nothing(tmp_path, seed_path):
    db = tmp_path / "s.db"
    ingest_json(db, seed_path)
    again = ingest_json(db, seed_path)
    assert again["processed"] == 0 and again["duplicate"] == 1
    result = run("ingest", seed_path, "--db", db)
    assert "no new documents" in result.output


def test_sample_corpus_wire_copies_form_one_story(tmp_path):
    db = tmp_path / "demo.db"
    summary = ingest_json(db, SAMPLES, extra=("--no-analyze",))
    gold = json.loads((ROOT / "samples" / "gold" / "clusters.json").read_text(encoding="utf-8"))
    n_articles = len(list(SAMPLES.glob("*.txt"))) + sum(1 for _ in (SAMPLES / "feed_extra.jsonl").open())
    assert summary["processed"] + summary["near_duplicate"] == n_articles
    assert summary["near_duplicate"] >= 1 and summary["rejected_total"] == 0
    con = sqlite3.connect(db)
    rows = dict(con.execute("select origin, cluster_id from documents").fetchall())
    clusters = {}
    for origin, cluster in rows.items():
        clusters.setdefault(cluster, []).append(Path(origin.split(":")[0].split("#")[0]).name)
    multi = [sorted(Path(name).stem for name in v) for v in clusters.values() if len(v) > 1]
    expected = [sorted(group["members"]) for group in gold["same_story"]]
    assert sorted(multi) == sorted(expected)


def test_bad_inputs_are_rejected_with_reasons_and_listed(tmp_path):
    bad = ROOT / "tests" / "fixtures" / "inputs" / "bad"
    if not bad.exists():
        pytest.skip("no bad-input fixtures")
    db = tmp_path / "b.db"
    summary = ingest_json(db, bad, extra=("--no-analyze", "--set", "max_input_bytes=20000"))
    assert summary["rejected_total"] >= 7
    for reason in ("binary", "undecodable", "empty", "too_large", "malformed_json", "no_article_text", "bad_date"):
        assert summary["rejected"].get(reason, 0) >= 1, reason
    assert summary["processed"] >= 1  # the good files in the folder are stored
    listed = [json.loads(line) for line in run("rejects", "--db", db, "--json").output.splitlines()]
    assert len(listed) == summary["rejected_total"]
    assert all(row["reason"] and row["origin"] and row["message"] for row in listed)
    human = run("rejects", "--db", db).output
    assert "too_large" in human


def test_plain_text_date_is_never_invented(tmp_path):
    db = tmp_path / "p.db"
    src = tmp_path / "plain.txt"
    src.write_text("Der Minister sagte am Montag, man werde die Pläne prüfen.\n", encoding="utf-8")
    ingest_json(db, src)
    assert sqlite3.connect(db).execute("select published, date_source from documents").fetchone() == (None, "unknown")
    db2 = tmp_path / "p2.db"
    ingest_json(db2, src, extra=("--published", "2025-03-03"))
    assert sqlite3.connect(db2).execute("select published, date_source from documents").fetchone() == ("2025-03-03", "given")


def test_stdin_and_bad_published_option(tmp_path):
    db = tmp_path / "i.db"
    result = CliRunner().invoke(cli, ["ingest", "-", "--db", str(db), "--json", "--published", "2025-01-02"],
                                input="Die Regierung kündigte am Freitag neue Hilfen an.\n".encode())
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.strip().splitlines()[-1])["processed"] == 1
    bad = CliRunner().invoke(cli, ["ingest", "-", "--db", str(db), "--published", "2025-02-30"], input=b"x")
    assert bad.exit_code == 2 and "--published" in bad.output


def test_analyze_prints_json_with_spans(seed_path):
    result = run("analyze", seed_path, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["document"]["published"] == "2025-09-04" and data["lang"] == "de"
    assert isinstance(data["statements"], list) and data["sentences"]


def test_killed_ingest_loses_nothing_and_resumes(tmp_path):
    corpus = tmp_path / "many.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(3000):
            text = f"Meldung {i}: " + " ".join(f"wort{(i * 7 + j) % 997}x{i}" for j in range(60)) + "."
            fh.write(json.dumps({"id": str(i), "published": "2025-05-01", "text": text, "lang": "de"}) + "\n")
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "lagebild", "ingest", str(corpus), "--db", str(db),
           "--no-analyze", "--quiet", "--json", "--set", "batch_size=50"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 30
    while time.time() < deadline:  # wait until some batches are committed
        time.sleep(0.05)
        try:
            n = sqlite3.connect(db, timeout=5).execute("select count(*) from documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if n >= 100:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    committed = con.execute("select count(*) from documents").fetchone()[0]
    con.close()
    assert committed >= 100
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    assert summary["processed"] + summary["duplicate"] == 3000
    assert summary["duplicate"] >= committed
    con = sqlite3.connect(db)
    assert con.execute("select count(*), count(distinct id) from documents").fetchone() == (3000, 3000)


def test_sample_corpus_documents_match_their_gold(tmp_path):
    """The demo's documents: date, language and title as the gold files say; gold spans exist."""
    db = tmp_path / "gold.db"
    ingest_json(db, SAMPLES, extra=("--no-analyze",))
    con = sqlite3.connect(db)
    rows = con.execute("select origin, external_id, published, lang, title, text from documents").fetchall()
    checked = 0
    for origin, external_id, published, lang, title, text in rows:
        stem = external_id or Path(origin).stem  # JSON Lines records are named by their id
        gold_path = ROOT / "samples" / "gold" / f"{stem}.expected.json"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        assert (published, lang, title) == (gold["document"]["date"], gold["document"]["lang"],
                                           gold["document"]["title"]), stem
        for st in gold.get("statements", []):
            assert st["content"] in text, (stem, st["content"])
        checked += 1
    assert checked == len(rows) >= 23


def test_reanalyze_fills_missing_analyses_once(tmp_path, seed_path):
    db = tmp_path / "r.db"
    ingest_json(db, seed_path, SAMPLES / "feed_extra.jsonl", extra=("--no-analyze",))
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from analyses").fetchone()[0] == 0
    assert "analysed 3 documents" in run("reanalyze", "--db", db).output
    assert con.execute("select count(*) from analyses").fetchone()[0] == 3
    assert con.execute("select count(*) from statements").fetchone()[0] > 0
    assert "analysed 0 documents" in run("reanalyze", "--db", db).output


def test_statement_filters_channel_issue_topic(tmp_path):
    db = tmp_path / "f.db"
    ingest_json(db, SAMPLES)
    def rows(*args):
        return [json.loads(line) for line in run("statements", "--db", db, "--json", *args).output.splitlines()]
    every = rows()
    via_x = rows("--channel", "X")
    assert via_x and all(r["channel"] == "X" for r in via_x) and len(via_x) < len(every)
    troops = rows("--issue", "german-troops-in-ukraine")
    assert troops and all("german-troops-in-ukraine" in r["issues"] for r in troops)
    defence = rows("--topic", "16")
    assert defence and all(16 in [code for code, _ in r["topics"][:2]] for r in defence)
    newest = rows("--newest-first", "--limit", "3")
    assert [r["published"] for r in newest] == sorted((r["published"] for r in every), reverse=True)[:3]
