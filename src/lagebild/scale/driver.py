"""The client side of a distributed run: plan, submit with a bound, write as results arrive.

Only the client touches the store: near-duplicate assignment needs every
earlier document, and a single writer keeps SQLite and PostgreSQL alike. So
that the writer does as little as possible, workers send analyses as
ready-made rows and documents with their MinHash signatures (work.py).
Each partition is written in one transaction together with a record that it
is done (``ingest_inputs``), so after a crash a rerun skips finished
partitions, redoes the rest, and documents already stored come back as
duplicates: nothing is lost or stored twice.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Iterator

from ..ingest.outcome import Reject
from ..runner import IngestSummary, _batches, save_analysis_batches, store_batch
from .cluster import worker_count
from .partitions import plan_partitions
from .work import PartitionResult, analyse_documents, process_partition


@dataclass
class DistributedSummary(IngestSummary):
    partitions: int = 0
    skipped_partitions: int = 0  # written by an earlier run of the same inputs

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "partitions": self.partitions, "skipped_partitions": self.skipped_partitions}

    def format(self) -> str:
        text = super().format()
        if self.skipped_partitions:
            text += f"\nskipped {self.skipped_partitions} partitions written by an earlier run"
        return text


def _bounded(client: Any, tasks: Iterator[tuple], limit: int) -> Iterator[Any]:
    """Results of ``client.submit(*task)`` for each task, at most ``limit`` in flight, in completion order."""
    from distributed import as_completed

    pending = as_completed()

    def submit_one() -> bool:
        for task in tasks:
            pending.add(client.submit(*task, pure=False))
            return True
        return False

    for _ in range(limit):
        if not submit_one():
            break
    try:
        for future in pending:
            result = future.result()
            future.release()  # the worker may forget it now
            submit_one()
            yield result
    finally:
        for future in list(pending.futures):
            future.cancel()


def ingest_distributed(inputs: list[str], store: Any, options: Any, client: Any, *, analyze: bool | None = None,
                       published: date | None = None, lang: str | None = None, partition_size: int | None = None,
                       max_in_flight: int | None = None,
                       on_progress: Callable[[IngestSummary], None] | None = None) -> DistributedSummary:
    """Ingest files, folders and globs with the analysis on Dask workers; the store is written here."""
    analyze = options.analyze if analyze is None else analyze
    settings = dataclasses.asdict(options)
    size = max(1, partition_size or options.batch_size)
    summary = DistributedSummary()
    limit = max_in_flight or 2 * worker_count(client) + 1  # keeps workers busy while the client writes

    def tasks() -> Iterator[tuple]:
        for item in plan_partitions(inputs, lines=size, files=size):
            if isinstance(item, Reject):
                store_batch(store, [], [item], summary, None)
                continue
            summary.partitions += 1
            if store.input_done(item.key, item.fingerprint):
                summary.skipped_partitions += 1
                continue
            yield (process_partition, item, settings, analyze, published, lang, store.hasher)

    try:
        for result in _bounded(client, tasks(), limit):
            _write(store, result, summary, analyze)
            if on_progress:
                on_progress(summary)
    except KeyboardInterrupt:
        summary.interrupted = True
    return summary


def _write(store: Any, result: PartitionResult, summary: IngestSummary, analyze: bool) -> None:
    analyse = (lambda doc: result.analyses[doc.id]) if analyze else None
    with store.transaction():
        store_batch(store, result.documents, result.rejects, summary, analyse, result.signatures)
        store.mark_input_done(result.key, result.fingerprint)


def reanalyze_distributed(store: Any, options: Any, client: Any, *, max_in_flight: int | None = None,
                          on_progress: Callable[[int], None] | None = None) -> int:
    """``runner.reanalyze`` with the pipeline on Dask workers: stored documents go out, analyses come back."""
    from ..core import get_pipeline

    settings = dataclasses.asdict(options)
    version = get_pipeline(options).version
    limit = max_in_flight or 2 * worker_count(client) + 1
    batches = _batches(store.documents_without_analysis(version), max(1, options.batch_size))
    jobs = ((analyse_documents, batch, settings) for batch in batches)
    return save_analysis_batches(store, _bounded(client, jobs, limit), on_progress=on_progress)
