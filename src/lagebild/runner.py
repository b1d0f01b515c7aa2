"""The ingest engine: inputs -> documents -> store (+ analysis), with full accounting.

Every input ends as processed, duplicate, near-duplicate or rejected with a
reason. Documents and their analyses are written in one transaction per batch,
so a crash or Ctrl-C loses nothing committed and a rerun resumes (already
stored documents come back as duplicates).
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from .core import get_pipeline
from .model import Document
from .nlp.language import detect_language


def with_language(doc: Document) -> Document:
    """Documents are stored with their language; detect it when the input did not say."""
    if doc.lang:
        return doc
    return dataclasses.replace(doc, lang=detect_language(doc.text)[0])


@dataclass
class IngestSummary:
    processed: int = 0  # new documents stored
    duplicate: int = 0
    near_duplicate: int = 0
    rejected: Counter = field(default_factory=Counter)
    analysed: int = 0
    not_analysed: int = 0  # stored, but in a language lagebild does not analyse
    interrupted: bool = False

    @property
    def seen(self) -> int:
        return self.processed + self.duplicate + self.near_duplicate + sum(self.rejected.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "processed": self.processed,
            "duplicate": self.duplicate,
            "near_duplicate": self.near_duplicate,
            "rejected": dict(sorted(self.rejected.items())),
            "rejected_total": sum(self.rejected.values()),
            "analysed": self.analysed,
            "not_analysed": self.not_analysed,
            "inputs": self.seen,
            "interrupted": self.interrupted,
        }

    def format(self) -> str:
        d = self.to_dict()
        lines = [
            f"processed (new documents): {d['processed']}",
            f"duplicate:                 {d['duplicate']}",
            f"near-duplicate (same story, counted once): {d['near_duplicate']}",
            f"rejected:                  {d['rejected_total']}",
        ]
        lines += [f"  {reason}: {n}" for reason, n in d["rejected"].items()]
        if d["analysed"] or d["not_analysed"]:
            lines.append(f"analysed: {d['analysed']}, stored but not analysed (language): {d['not_analysed']}")
        if d["processed"] == 0 and d["inputs"]:
            lines.append("no new documents: everything was already in the store")
        if self.interrupted:
            lines.append("interrupted: committed batches are kept; run the same command again to resume")
        return "\n".join(lines)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def store_batch(store: Any, docs: list[Document], rejects: list[Any], summary: IngestSummary,
                analyse: Callable[[Document], Any] | None, signatures: dict[str, Any] | None = None) -> None:
    """Write one batch in one transaction: its rejects, its documents, and analyses of the new ones.

    ``analyse`` returns the Analysis of a document, computed here, or (in
    distributed runs) the AnalysisRows a worker built; exact duplicates are
    not analysed. ``signatures`` are MinHash signatures computed by a worker.
    """
    with store.transaction():
        for rej in rejects:
            store.add_reject(rej.origin, rej.reason, rej.message)
            summary.rejected[rej.reason] += 1
        results = store.add_documents(docs, signatures) if docs else []
        by_id = {d.id: d for d in docs}
        new = []
        for res in results:
            if res.status == "duplicate":
                summary.duplicate += 1
                continue
            if res.status == "near_duplicate":
                summary.near_duplicate += 1
            else:
                summary.processed += 1
            if analyse is not None:
                doc = by_id[res.doc_id]
                analysis = analyse(doc)
                new.append((res, doc, analysis))
                if analysis.analysed:
                    summary.analysed += 1
                else:
                    summary.not_analysed += 1
        if new:
            store.save_new_analyses(new)


def ingest_outcomes(outcomes: Iterable[Any], store: Any, options: Any, *,
                    analyze: bool | None = None,
                    on_progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Store documents (and their analyses) and rejects from an iterator of outcomes."""
    analyze = options.analyze if analyze is None else analyze
    pipeline = get_pipeline(options) if analyze else None
    analyse = (lambda doc: pipeline(doc, lang=doc.lang)) if pipeline is not None else None
    summary = IngestSummary()
    try:
        for batch in _batches(outcomes, max(1, options.batch_size)):
            docs = [with_language(o) for o in batch if isinstance(o, Document)]
            rejects = [o for o in batch if not isinstance(o, Document)]
            store_batch(store, docs, rejects, summary, analyse)
            if on_progress:
                on_progress(summary)
    except KeyboardInterrupt:
        summary.interrupted = True
    return summary


def reanalyze(store: Any, options: Any, *, on_progress: Callable[[int], None] | None = None) -> int:
    """Analyse every stored document that has no analysis by the current pipeline version."""
    pipeline = get_pipeline(options)
    n = 0
    for batch in _batches(store.documents_without_analysis(pipeline.version), max(1, options.batch_size)):
        analyses = [pipeline(doc, lang=doc.lang) for doc in batch]
        with store.transaction():
            for analysis in analyses:
                store.save_analysis(analysis)
        n += len(batch)
        if on_progress:
            on_progress(n)
    return n
