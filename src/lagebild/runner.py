"""The ingest engine: inputs -> documents -> store (+ analysis), with full accounting.

Every input ends as processed, duplicate, near-duplicate or rejected with a
reason. A batch's new documents are analysed first, without the write lock;
then documents and their analyses are written together in short transactions,
so other writers (a second ingest, `watch`, the server) go on meanwhile, and a
crash or Ctrl-C loses nothing committed and a rerun resumes (already stored
documents come back as duplicates).
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from .core import get_pipeline
from .errors import AnalysisFailed, not_analysed_reason
from .model import Analysis, Document
from .nlp.language import detect_language

# The pipeline version of an analysis that failed: never the current version, so that
# `lagebild reanalyze` always retries the document.
FAILED_SUFFIX = "+failed"


def with_language(doc: Document) -> Document:
    """Documents are stored with their language; detect it when the input did not say
    (should detection itself fail, the document is stored without one)."""
    if doc.lang:
        return doc
    try:
        lang = detect_language(doc.text)[0]
    except Exception:  # noqa: BLE001 - the analysis reports it; storing goes on
        return doc
    return dataclasses.replace(doc, lang=lang)


def guarded_analysis(pipeline: Any, doc: Document) -> Analysis:
    """``pipeline(doc)``; when a stage raises, an Analysis that is not analysed, reason
    ``analysis_failed`` with the stage and error class, so the document is stored all the same."""
    try:
        return pipeline(doc, lang=doc.lang)
    except AnalysisFailed as exc:
        failure = exc
    except Exception as exc:  # noqa: BLE001 - outside any stage (e.g. building the state)
        failure = AnalysisFailed("pipeline", exc)
    return Analysis(document=doc, pipeline_version=pipeline.version + FAILED_SUFFIX, lang=doc.lang,
                    analysed=False, skipped_reason=failure.skipped_reason)


@dataclass
class IngestSummary:
    processed: int = 0  # new documents stored
    duplicate: int = 0
    near_duplicate: int = 0
    rejected: Counter = field(default_factory=Counter)
    analysed: int = 0
    not_analysed: int = 0  # stored, but not analysed (e.g. in a language lagebild does not analyse)
    not_analysed_reasons: Counter = field(default_factory=Counter)  # by reason (errors.NOT_ANALYSED_REASONS)
    not_analysed_languages: Counter = field(default_factory=Counter)  # unsupported_language, by language
    interrupted: bool = False

    def count_analysis(self, analysis: Any) -> None:
        """Count one analysis (an Analysis, or the AnalysisRows of a distributed run)."""
        if analysis.analysed:
            self.analysed += 1
            return
        self.not_analysed += 1
        skipped, lang = _skipped(analysis)
        reason = not_analysed_reason(skipped) or "other"
        self.not_analysed_reasons[reason] += 1
        if reason == "unsupported_language":
            self.not_analysed_languages[lang or "und"] += 1

    @property
    def seen(self) -> int:
        return self.processed + self.duplicate + self.near_duplicate + sum(self.rejected.values())

    @property
    def all_rejected(self) -> bool:
        """Every input was rejected (and there was at least one): nothing was stored."""
        return bool(self.rejected) and sum(self.rejected.values()) == self.seen

    def to_dict(self) -> dict[str, Any]:
        return {
            "processed": self.processed,
            "duplicate": self.duplicate,
            "near_duplicate": self.near_duplicate,
            "rejected": dict(sorted(self.rejected.items())),
            "rejected_total": sum(self.rejected.values()),
            "analysed": self.analysed,
            "not_analysed": self.not_analysed,
            "not_analysed_reasons": dict(sorted(self.not_analysed_reasons.items())),
            "not_analysed_languages": dict(sorted(self.not_analysed_languages.items())),
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
            lines.append(f"analysed: {d['analysed']}, stored but not analysed: {d['not_analysed']}")
        for reason, n in d["not_analysed_reasons"].items():
            extra = ""
            if reason == "unsupported_language":
                langs = ", ".join(f"{code} {k}" for code, k in d["not_analysed_languages"].items())
                extra = f" ({langs}; see the setting languages)"
            elif reason == "analysis_failed":
                extra = " (a stage raised; stored, `lagebild reanalyze` retries)"
            elif reason == "analysis_timeout":
                extra = " (over the setting analysis_timeout; stored, `lagebild reanalyze --set analysis_timeout=...` retries)"
            lines.append(f"  {reason}: {n}{extra}")
        if self.all_rejected:
            why = ", ".join(f"{n} {reason}" for reason, n in d["rejected"].items())
            which = "the input was" if d["rejected_total"] == 1 else f"all {d['rejected_total']} inputs were"
            lines.append(f"nothing stored: {which} rejected ({why}); `lagebild rejects` lists them with the reasons")
        elif d["processed"] == 0 and d["inputs"] and d["rejected_total"]:
            lines.append(f"no new documents: {d['inputs'] - d['rejected_total']} already in the store, "
                         f"{d['rejected_total']} rejected (`lagebild rejects` lists them)")
        elif d["processed"] == 0 and d["inputs"]:
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


# Documents written per write transaction: the write lock is held for the inserts of at
# most this many documents and their analyses (about 4 ms of CPU each in SQLite), so that
# another writer waits well under a second. Each document is written with its analysis.
WRITE_CHUNK = 50


def _merge(summary: IngestSummary, part: IngestSummary) -> None:
    summary.processed += part.processed
    summary.duplicate += part.duplicate
    summary.near_duplicate += part.near_duplicate
    summary.rejected.update(part.rejected)
    summary.analysed += part.analysed
    summary.not_analysed += part.not_analysed
    summary.not_analysed_reasons.update(part.not_analysed_reasons)
    summary.not_analysed_languages.update(part.not_analysed_languages)


def store_batch(store: Any, docs: list[Document], rejects: list[Any], summary: IngestSummary,
                analyse: Callable[[Document], Any] | None, signatures: dict[str, Any] | None = None) -> None:
    """Write one batch: its rejects, its documents, and analyses of the new ones.

    ``analyse`` returns the Analysis of a document, or (in distributed runs) the
    AnalysisRows a worker built. It runs before the write lock is taken, only for
    documents that are not stored yet (an exact duplicate is not analysed); the
    writes then go out in short transactions of at most ``WRITE_CHUNK`` documents,
    each document with its analysis, and the document is checked again there: one
    that another writer stored in the meantime counts as a duplicate and its
    analysis is dropped. ``summary`` counts only what was committed.
    ``signatures`` are MinHash signatures computed by a worker.
    """
    analyses: dict[str, Any] = {}
    if analyse is not None and docs:
        stored = store.stored_ids(d.id for d in docs)
        for doc in docs:
            if doc.id not in stored and doc.id not in analyses:
                analyses[doc.id] = analyse(doc)
    chunks = [docs[i:i + WRITE_CHUNK] for i in range(0, len(docs), WRITE_CHUNK)] or [[]]
    for number, chunk in enumerate(chunks):
        part = IngestSummary()
        with store.transaction():
            if number == 0:
                for rej in rejects:
                    store.add_reject(rej.origin, rej.reason, rej.message)
                    part.rejected[rej.reason] += 1
            _write_chunk(store, chunk, part, analyse, analyses, signatures)
        _merge(summary, part)


def _write_chunk(store: Any, docs: list[Document], part: IngestSummary, analyse: Callable[[Document], Any] | None,
                 analyses: dict[str, Any], signatures: dict[str, Any] | None) -> None:
    """Inside the caller's transaction: add ``docs`` and save the analyses of those added."""
    results = store.add_documents(docs, signatures) if docs else []
    by_id = {d.id: d for d in docs}
    new = []
    for res in results:
        if res.status == "duplicate":
            part.duplicate += 1
            continue
        if res.status == "near_duplicate":
            part.near_duplicate += 1
        else:
            part.processed += 1
        if analyse is not None:
            doc = by_id[res.doc_id]
            analysis = analyses.pop(doc.id, None)
            if analysis is None:  # not foreseen before the lock (should not happen): analyse now
                analysis = analyse(doc)
            new.append((res, doc, analysis))
            part.count_analysis(analysis)
    if new:
        store.save_new_analyses(new)


def ingest_outcomes(outcomes: Iterable[Any], store: Any, options: Any, *,
                    analyze: bool | None = None,
                    on_progress: Callable[[IngestSummary], None] | None = None,
                    on_document: Callable[[], None] | None = None) -> IngestSummary:
    """Store documents (and their analyses) and rejects from an iterator of outcomes.

    ``on_progress`` gets the summary after each batch is written; ``on_document`` is
    called after each document is analysed, for progress within a batch.
    """
    analyze = options.analyze if analyze is None else analyze
    pipeline = get_pipeline(options) if analyze else None
    analyse = _ticking(lambda doc: guarded_analysis(pipeline, doc), on_document) if pipeline is not None else None
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


def _skipped(analysis: Any) -> tuple[str | None, str | None]:
    """(skipped_reason, language) of an Analysis or of AnalysisRows (values: analysed, reason, lang, ...)."""
    if hasattr(analysis, "skipped_reason"):
        return analysis.skipped_reason, analysis.lang
    values = getattr(analysis, "values", ())
    return (values[1], values[2]) if len(values) > 2 else (None, None)


def _ticking(analyse: Callable[[Document], Any], tick: Callable[[], None] | None) -> Callable[[Document], Any]:
    """``analyse``, calling ``tick()`` after each document when given."""
    if tick is None:
        return analyse

    def run(doc: Document) -> Any:
        result = analyse(doc)
        tick()
        return result

    return run


def reanalyze(store: Any, options: Any, *, on_progress: Callable[[int], None] | None = None,
              on_document: Callable[[], None] | None = None) -> int:
    """Analyse every stored document that has no analysis by the current pipeline version:
    those analysed by another version (other code, data, models or settings) and those
    never analysed. Documents analysed by the current version are left alone; the older
    analyses stay stored (queries read the newest). ``on_progress`` gets the number saved
    after each batch, ``on_document`` is called after each document is analysed."""
    pipeline = get_pipeline(options)
    analyse = _ticking(lambda doc: guarded_analysis(pipeline, doc), on_document)
    batches = _batches(store.documents_without_analysis(pipeline.version), max(1, options.batch_size))
    return save_analysis_batches(store, ([analyse(doc) for doc in batch] for batch in batches),
                                 on_progress=on_progress)


def save_analysis_batches(store: Any, batches: Iterable[list[Any]], *,
                          on_progress: Callable[[int], None] | None = None) -> int:
    """Save each batch of analyses in one transaction; how many were saved in all."""
    n = 0
    for analyses in batches:
        with store.transaction():
            for analysis in analyses:
                store.save_analysis(analysis)
        n += len(analyses)
        if on_progress:
            on_progress(n)
    return n
