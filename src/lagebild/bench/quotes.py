"""``lagebild bench quotes DIR``: score statement extraction on de-news-quotes-2024.

Runs the pipeline over every document of DIR, maps the statements to the data
set's token ids and scores them with the data set's metric
(``tools/quote_score.py`` beside the datasets folder, loaded by path, never
copied). Reports macro message / roles / joint P/R/F1, type and medium label
scores, articles per second (pipeline only) and peak RSS.
"""
from __future__ import annotations

import importlib.util
import resource
import sys
from pathlib import Path
from typing import Any

from ..corpora.denews_quotes import date_of, read_documents
from ..errors import ConfigError
from .quote_format import prediction_record, write_predictions
from .timing import TimedPipeline, run_timed, score_table

HEADLINE = ("message", "roles", "joint")


def load_scorer(options) -> Any:
    """The metric module: ``<datasets_dir>/../tools/quote_score.py``."""
    datasets = Path(options.datasets_dir)
    if not datasets.is_absolute():
        datasets = Path.cwd() / datasets
    path = datasets.parent / "tools" / "quote_score.py"
    if not path.is_file():
        raise ConfigError(f"quote scorer not found at {path}", hint="set datasets_dir to the folder beside tools/")
    spec = importlib.util.spec_from_file_location("lagebild_quote_score", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _peak_rss_mib() -> float:
    """The largest peak RSS of one process: this one or a finished worker."""
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _predict(pipe: TimedPipeline, raw: dict[str, Any]) -> dict[str, Any]:
    """One data set document -> its prediction record (runs in the workers too)."""
    name = raw["documentName"]
    analysis = pipe.analyze(raw["originalText"], published=date_of(name), name=name)
    return prediction_record(name, analysis.statements, raw["tokens"])


def run(path: str, options, *, mode: str = "fast", predictions: str | None = None, limit: int | None = None,
        workers: int = 1) -> dict:
    """Score the pipeline on the quote documents in ``path``; optionally write predictions (JSON lines).
    ``workers`` > 1: analyse in that many processes (``timing.run_timed``); the scores do not change."""
    from ..settings import with_options

    if mode != options.mode:
        options = with_options(options, mode=mode)
    scorer = load_scorer(options)
    docs = read_documents(path)
    if limit:
        docs = docs[:limit]
    records, speed = run_timed(options, "de", _predict, docs, workers=workers)
    if predictions:
        write_predictions(predictions, records)
    gold = {d["documentName"]: [scorer.quote_of(a) for a in d.get("annotations", [])] for d in docs}
    system = {r["documentName"]: [scorer.quote_of(a) for a in r["annotations"]] for r in records}
    scores = scorer.score(gold, system)
    return {
        "documents": len(docs),
        "mode": mode,
        "gold_quotes": sum(len(v) for v in gold.values()),
        "predicted_quotes": sum(len(v) for v in system.values()),
        "scores": scores,
        **{name: scores[name] for name in HEADLINE},
        **speed,
        "peak_rss_mib": round(_peak_rss_mib(), 1),
        "predictions": predictions,
    }


def format_result(result: dict) -> str:
    lines = [f"quotes benchmark ({result['mode']}): {result['documents']} documents, "
             f"{result['gold_quotes']} gold / {result['predicted_quotes']} predicted quotes"]
    lines += score_table(result["scores"], width=14)
    workers = result.get("workers", 1)
    on = f"{workers} worker processes, wall-clock" if workers > 1 else "1 process"
    lines.append(f"speed: {result['articles_per_second']} articles/s ({result['seconds']} s, {on}), "
                 f"peak RSS {result['peak_rss_mib']} MiB")
    if result.get("predictions"):
        lines.append(f"predictions: {result['predictions']}")
    return "\n".join(lines)
