"""Distributed ingest on Dask: partitions, and faults (a killed worker, a killed client)."""
from __future__ import annotations

import gzip
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import lagebild
import pg_support
from lagebild.ingest import iter_inputs
from lagebild.model import Document
from lagebild.scale import dask_client, ingest_distributed, plan_partitions
from lagebild.scale.work import read_partition
from lagebild.settings import make_options
from lagebild.store import open_store

WORDS = ("Regierung Koalition Bundestag Minister Kanzler Haushalt Milliarden Euro Ukraine Truppen Sicherheit "
         "Garantien Verhandlungen Opposition Sprecher Woche Brüssel Berlin Gipfel Abkommen Zölle").split()


def article(i: int, rng: random.Random) -> str:
    body = " ".join(" ".join(rng.choice(WORDS) for _ in range(10)).capitalize() + f" Nr{i}x{j}." for j in range(6))
    return f'Kanzler Friedrich Merz sagte am Montag: "Wir stehen zu {rng.choice(WORDS)}, Fall {i}." {body}'


def write_corpus(path: Path, n: int, *, broken_at: int | None = None) -> set[str]:
    """``n`` distinct articles as JSON Lines (one broken line if asked); their document ids."""
    rng = random.Random(n)
    ids = set()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            if i == broken_at:
                fh.write("{not json\n")
            text = article(i, rng)
            fh.write(json.dumps({"id": i, "text": text, "lang": "de", "published": "2025-09-04"},
                                ensure_ascii=False) + "\n")
            ids.add(Document(text=text).id)
    return ids


def outcomes_by_partition(inputs, options, size):
    found = []
    for part in plan_partitions(inputs, lines=size, files=size):
        found += [part] if not hasattr(part, "kind") else list(read_partition(part, options))
    return found


def test_jsonl_partitions_read_exactly_what_the_reader_reads(tmp_path):
    options = make_options({"max_input_bytes": 2000}, env={})
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 23, broken_at=5)
    with corpus.open("a", encoding="utf-8") as fh:  # a blank line, an oversized record, no final LF
        fh.write("\n" + json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "Das letzte Wort."}))
    expected = list(iter_inputs([str(corpus)], options))
    for size in (1, 4, 7, 100):
        assert outcomes_by_partition([str(corpus)], options, size) == expected
    parts = list(plan_partitions([str(corpus)], lines=7))
    assert [p.first for p in parts] == [1, 8, 15, 22] and sum(p.count for p in parts) == 27


def test_files_and_warc_partitions(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    options = make_options(env={})
    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(5):
            html = f"<html><head><title>Seite {i}</title></head><body><article><p>{article(i, random.Random(i))}" \
                   "</p></article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response",
                                                          payload=io.BytesIO(html.encode()), http_headers=headers))
    single = tmp_path / "one.gz.warc"  # one gzip stream for all records: cannot be entered midway
    single.write_bytes(gzip.compress(gzip.decompress(warc.read_bytes())))
    texts = tmp_path / "texts"
    texts.mkdir()
    for i in range(3):
        (texts / f"{i}.txt").write_text(f"date 2025-09-0{i + 1}\n\n{article(100 + i, random.Random(i))}\n")
    inputs = [str(warc), str(texts), str(tmp_path / "missing.txt")]
    expected = list(iter_inputs(inputs, options))
    assert sum(isinstance(o, Document) for o in expected) == 8
    by_origin = lambda outcomes: sorted(outcomes, key=lambda o: (o.origin, repr(o)))  # noqa: E731
    assert by_origin(outcomes_by_partition(inputs, options, 2)) == by_origin(expected)  # grouping moves rejects
    kinds = [p.kind for p in plan_partitions(inputs + [str(single)], lines=2, files=2) if hasattr(p, "kind")]
    assert kinds == ["warc", "warc", "warc", "files", "files", "files"]


def test_a_killed_worker_is_replaced_and_each_document_stored_once(tmp_path):
    corpus = tmp_path / "c.jsonl"
    ids = write_corpus(corpus, 300, broken_at=150)
    options = make_options({"batch_size": 10}, env={})
    killed = []
    with open_store(str(tmp_path / "w.db"), options=options) as store, dask_client(workers=2) as client:
        def kill_one(summary) -> None:
            if not killed:
                pid = next(iter(client.run(os.getpid).values()))
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        summary = ingest_distributed([str(corpus)], store, options, client, on_progress=kill_one)
        assert killed and summary.processed + summary.near_duplicate == 300
        assert {d.id for d in store.documents(limit=1000)} == ids
        counts = store.counts()
        assert counts["documents"] == counts["analyses"] == counts["statements"] == 300
        assert [r["count"] for r in store.rejects()] == [1]


def _ingest_cmd(corpus: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "lagebild", "ingest", str(corpus), "--db", url, "--workers", "2",
            "--partition-size", "20", "--quiet"]


def _env() -> dict[str, str]:
    src = Path(lagebild.__file__).resolve().parents[1]
    return {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}


def test_a_killed_client_loses_nothing_on_postgres(tmp_path):
    url = pg_support.server().create_database("scale")
    corpus = tmp_path / "c.jsonl"
    ids = write_corpus(corpus, 1000, broken_at=500)
    open_store(url).close()  # migrated, so the count below can be read at once
    proc = subprocess.Popen(_ingest_cmd(corpus, url), env=_env(), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline, stored = time.monotonic() + 120, 0
        with open_store(url) as store:
            while time.monotonic() < deadline and proc.poll() is None:
                stored = store.counts()["documents"]
                if stored:
                    break
                time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)  # the client dies mid-run ...
        proc.wait()
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # ... and its local workers are cleaned up
        except ProcessLookupError:
            pass
        proc.stderr.close()
    assert 0 < stored < 1000, "the client was not killed mid-run"
    rerun = subprocess.run(_ingest_cmd(corpus, url), env=_env(), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(url) as store:
        assert {d.id for d in store.documents(limit=2000)} == ids
        counts = store.counts()
        assert counts["documents"] == counts["analyses"] == 1000
        assert [r["count"] for r in store.rejects()] == [1]
        assert store.statements(text="Fall 7", limit=5000)
