"""What the attribution benchmarks share: a warmed-up, timed pipeline (in one process or
several) and the P/R/F1 table."""
from __future__ import annotations

import dataclasses
import math
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import partial
from typing import Any, Callable, Sequence

from ..model import Analysis, Document

# One short sentence per language builds the lazily loaded parts before timing starts
# (the German one names a person the knowledge base lacks: that loads the NER token counts).
_WARM_UP = {"de": "Anna Schmidt sagte, es sei gut.", "en": "He said the plan was good."}


class TimedPipeline:
    """The configured pipeline for one language; only the analysis calls are timed."""

    def __init__(self, options: Any, lang: str):
        from ..core import get_pipeline

        self.pipe = get_pipeline(options)
        self.lang = lang
        self.seconds = 0.0
        self.pipe(Document(text=_WARM_UP.get(lang, _WARM_UP["en"]), lang=lang), lang=lang)

    def analyze(self, text: str, *, published: date | None, name: str | None = None) -> Analysis:
        doc = Document(text=text, published=published, date_source="given" if published else "unknown",
                       lang=self.lang, external_id=name)
        t0 = time.perf_counter()
        analysis = self.pipe(doc, lang=self.lang)
        self.seconds += time.perf_counter() - t0
        return analysis

    def speed(self, documents: int) -> dict[str, Any]:
        return {"articles_per_second": round(documents / self.seconds, 1) if self.seconds else None,
                "seconds": round(self.seconds, 3)}


# A job turns one input item into one result with the pipeline; a module-level function
# (workers receive it pickled).
Job = Callable[[TimedPipeline, Any], Any]
CHUNK = 4  # items per task: small enough that workers finish together
READY_TIMEOUT_S = 600  # the longest a worker waits for the others to load (a failed one breaks the wait)


def run_timed(options: Any, lang: str, job: Job, items: Sequence[Any], *,
              workers: int = 1) -> tuple[list[Any], dict[str, Any]]:
    """``[job(pipeline, item) for item in items]`` and the speed, from a warmed-up pipeline.

    One worker: the speed counts the analysis calls only. More: the items go in chunks to
    that many processes, each loading its own pipeline; timing starts when every worker
    has loaded and warmed up, and the speed is wall-clock from then to the last result.
    Results are in input order either way.
    """
    workers = max(1, min(workers, len(items)))
    if workers == 1:
        pipe = TimedPipeline(options, lang)
        results = [job(pipe, item) for item in items]
        return results, {**pipe.speed(len(items)), "workers": 1}
    size = min(CHUNK, math.ceil(len(items) / workers))
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    context = multiprocessing.get_context()
    ready = context.Barrier(workers, timeout=READY_TIMEOUT_S)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                               initargs=(dataclasses.asdict(options), lang, ready))
    try:
        done = list(pool.map(partial(_run_chunk, job), chunks))
    finally:
        pool.shutdown(cancel_futures=True)  # after an error, the chunks still queued are dropped
    seconds = max(end for _, _, end in done) - min(start for _, start, _ in done)
    return [r for results, _, _ in done for r in results], {
        "articles_per_second": round(len(items) / seconds, 1) if seconds > 0 else None,
        "seconds": round(seconds, 3), "workers": workers}


_WORKER: dict[str, Any] = {}  # this worker process's pipeline, or the error that building it raised


def _start_worker(settings: dict[str, Any], lang: str, ready) -> None:
    from ..settings import make_options

    try:
        _WORKER["pipe"] = TimedPipeline(make_options(settings, env={}), lang)
    except Exception as exc:  # noqa: BLE001 - re-raised by _run_chunk, so the parent sees it (not "broken pool")
        _WORKER["error"] = exc
    ready.wait()  # the timed part starts when every worker is ready


def _run_chunk(job: Job, chunk: Sequence[Any]) -> tuple[list[Any], float, float]:
    """The chunk's results and wall-clock start and end (time.time: comparable across processes)."""
    if "error" in _WORKER:
        raise _WORKER["error"]
    start = time.time()
    results = [job(_WORKER["pipe"], item) for item in chunk]
    return results, start, time.time()


def score_table(scores: dict[str, dict[str, float]], width: int = 10) -> list[str]:
    """P / R / F1 rows, one per scored element."""
    lines = [f"{'':{width}} {'P':>6} {'R':>6} {'F1':>6}"]
    lines += [f"{name:{width}} {v['p']:6.2f} {v['r']:6.2f} {v['f1']:6.2f}" for name, v in scores.items()]
    return lines
