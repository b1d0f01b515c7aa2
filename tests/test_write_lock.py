"""Writers never wait on analysis: the pipeline runs outside the write transaction.

An ingest analyses a batch's new documents first and only then takes the write
lock to store documents and analyses, so a second writer commits while the first
one analyses; a document another writer stored meanwhile counts as a duplicate.
"""
from __future__ import annotations

import random
import threading
from datetime import date

import pytest

from lagebild import runner
from lagebild.errors import StoreBusy, StoreError
from lagebild.model import Analysis, Document
from lagebild.settings import make_options
from lagebild.store import open_store

TIMEOUT = 20  # seconds any wait in these tests may take at most


def doc(i: int, rng: random.Random | None = None) -> Document:
    rng = rng or random.Random(i)
    words = " ".join(f"wort{rng.randrange(100000)}" for _ in range(60))
    return Document(text=f"Artikel {i}: {words}.", published=date(2025, 9, 4), date_source="header", lang="de")


class SpyPipeline:
    """A pipeline that records whether the store held a transaction while it ran and can
    let a test act while an analysis is in progress (``during``)."""

    version = "spy/1"

    def __init__(self, store, during=None):
        self.store = store
        self.during = during
        self.calls: list[str] = []
        self.in_transaction: list[bool] = []

    def __call__(self, document: Document, lang=None) -> Analysis:
        self.calls.append(document.id)
        self.in_transaction.append(self.store.in_transaction)
        if self.during is not None:
            self.during(document)
        return Analysis(document=document, pipeline_version=self.version, lang=document.lang)


def _ingest(store, docs, pipeline, monkeypatch, batch_size=200):
    monkeypatch.setattr(runner, "get_pipeline", lambda options: pipeline)
    options = make_options({"batch_size": batch_size}, env={})
    return runner.ingest_outcomes(docs, store, options, analyze=True)


def test_analysis_runs_outside_the_write_transaction(tmp_path, monkeypatch):
    docs = [doc(i) for i in range(120)]
    with open_store(str(tmp_path / "lb.db")) as store:
        spy = SpyPipeline(store)
        summary = _ingest(store, docs + docs[:5], spy, monkeypatch, batch_size=60)
        assert summary.processed == 120 and summary.duplicate == 5 and summary.analysed == 120
        assert len(spy.calls) == 120  # exact duplicates are not analysed, in the batch or stored
        assert spy.in_transaction and not any(spy.in_transaction)
        assert store.counts()["analyses"] == 120
        # a second run finds everything stored and analyses nothing
        spy2 = SpyPipeline(store)
        again = _ingest(store, docs, spy2, monkeypatch)
        assert again.duplicate == 120 and again.processed == 0 and spy2.calls == []


def test_second_writer_commits_while_the_first_analyses(tmp_path, monkeypatch):
    path = str(tmp_path / "lb.db")
    committed = threading.Event()
    errors: list[BaseException] = []
    other_doc = doc(10_000)

    def second_writer() -> None:
        try:
            with open_store(path, options=make_options({"busy_timeout": 2.0}, env={})) as other:
                other.add_document(other_doc)
            committed.set()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    def during(document: Document) -> None:
        if document.id == first.id:  # the first analysis of the batch: let the other writer in
            thread = threading.Thread(target=second_writer, daemon=True)
            thread.start()
            thread.join(TIMEOUT)  # (an assertion here would be caught as a failed analysis)

    docs = [doc(i) for i in range(30)]
    first = docs[0]
    with open_store(path) as store:
        summary = _ingest(store, docs, SpyPipeline(store, during), monkeypatch)
        assert committed.is_set() and not errors
        assert summary.processed == 30 and summary.analysed == 30
        assert store.document(other_doc.id) is not None
        assert store.counts()["documents"] == 31


def test_document_stored_meanwhile_by_another_writer_is_a_duplicate(tmp_path, monkeypatch):
    path = str(tmp_path / "lb.db")
    docs = [doc(i) for i in range(10)]
    raced = docs[3]
    statuses: list[str] = []

    def during(document: Document) -> None:
        if document.id == raced.id:  # the other writer stores the same text while it is analysed here
            with open_store(path) as other:
                statuses.append(other.add_document(raced).status)

    with open_store(path) as store:
        spy = SpyPipeline(store, during)
        summary = _ingest(store, docs, spy, monkeypatch)
        assert raced.id in spy.calls and statuses == ["new"]
        assert summary.processed == 9 and summary.duplicate == 1 and summary.analysed == 9
        assert summary.seen == 10
        counts = store.counts()
        assert counts["documents"] == 10 and counts["analyses"] == 9  # the dropped analysis is not stored
        assert store.analysis(raced.id) is None


def test_locked_database_says_another_writer_holds_the_lock(tmp_path):
    path = str(tmp_path / "lb.db")
    with open_store(path) as holder, open_store(path, options=make_options({"busy_timeout": 0.2}, env={})) as waiter:
        with holder.transaction():
            assert holder.in_transaction
            with pytest.raises(StoreBusy) as info:
                waiter.add_document(doc(1))
        assert not holder.in_transaction
        assert isinstance(info.value, StoreError)
        assert "locked" in str(info.value)
        assert "another writer" in info.value.hint and "busy_timeout" in info.value.hint
        assert "disk" not in info.value.hint
        assert waiter.add_document(doc(1)).status == "new"  # once the lock is free


def test_lock_hold_trace(tmp_path, monkeypatch):
    trace = tmp_path / "locks.txt"
    monkeypatch.setenv("LAGEBILD_TRACE_LOCKS", str(trace))
    with open_store(str(tmp_path / "lb.db")) as store:
        store.add_document(doc(1))
    lines = trace.read_text().split("\n")
    assert lines[-1] == "" and len(lines) >= 2
    assert all(float(line.split()[1]) >= 0 for line in lines[:-1])
