"""`lagebild bench`: quality and speed benchmarks on public data sets."""
from __future__ import annotations

import importlib
import json

import click

from .common import build_options, set_option


@click.group("bench")
def bench() -> None:
    """Benchmarks that print scores and throughput (--json: one JSON object)."""


def _run(module: str, path: str, as_json: bool, overrides, **kwargs) -> None:
    mod = importlib.import_module(f"lagebild.bench.{module}")
    options = build_options(overrides)
    result = mod.run(path, options, **kwargs)
    click.echo(json.dumps(result, ensure_ascii=False) if as_json else mod.format_result(result))


@bench.command("timex")
@click.argument("path", type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_timex(path, as_json, overrides):
    """Time expressions on WikiWarsDE (TIMEX2): extraction F1 and value accuracy."""
    _run("timex", path, as_json, overrides)


@bench.command("ner")
@click.argument("path", type=click.Path(exists=True))
@click.option("--mode", type=click.Choice(["fast", "accurate"]), default="fast", show_default=True)
@click.option("--limit", type=int, help="only the first N sentences (counted before --half)")
@click.option("--half", type=click.Choice(["all", "tune", "heldout"]), default="all", show_default=True,
              help="sentences with an even (tune) or odd (heldout) index in file order; the fast tagger "
                   "trains on GermEval's tune half, so report heldout")
@click.option("--lang", type=click.Choice(["de", "en"]), default="de", show_default=True,
              help="language of the file (en: e.g. WNUT 2017 CoNLL, its classes folded into PER/LOC/ORG/MISC)")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_ner(path, mode, limit, half, lang, as_json, overrides):
    """Named entities on GermEval 2014 TSV or CoNLL (outer level, strict span F1)."""
    _run("ner", path, as_json, overrides, mode=mode, limit=limit, half=half, lang=lang)


@bench.command("pos")
@click.argument("path", type=click.Path(exists=True))
@click.option("--limit", type=int, help="only the first N sentences")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_pos(path, limit, as_json, overrides):
    """German part-of-speech tags (UPOS accuracy) and lemmas on a CoNLL-U file (UD German GSD dev)."""
    _run("pos", path, as_json, overrides, limit=limit)


@bench.command("quotes")
@click.argument("path", type=click.Path(exists=True))
@click.option("--mode", type=click.Choice(["fast", "accurate"]), default="fast", show_default=True)
@click.option("--predictions", type=click.Path(), help="write predictions in the data set's format here")
@click.option("--limit", type=int, help="only the first N documents")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="analyse in N processes, each with its own pipeline, documents in chunks; the speed is "
                   "then wall-clock over all of them (from when every worker is loaded); the scores do not change")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_quotes(path, mode, predictions, limit, workers, as_json, overrides):
    """Statements on German news quotes (de-news-quotes-2024 format): message/roles/joint F1."""
    _run("quotes", path, as_json, overrides, mode=mode, predictions=predictions, limit=limit, workers=workers)


@bench.command("polnear")
@click.argument("path", type=click.Path(exists=True))
@click.option("--limit", type=int, help="only the first N documents")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_polnear(path, limit, as_json, overrides):
    """English attribution on a PolNeAR folder (text/ + attributions/): content, source, cue F1."""
    _run("polnear", path, as_json, overrides, limit=limit)


@bench.command("spkatt")
@click.argument("path", type=click.Path(exists=True))
@click.option("--limit", type=int, help="only the first N speeches")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_spkatt(path, limit, as_json, overrides):
    """German parliament speech attribution (GermEval 2023 SpkAtt task 1): cue, role, joint F1."""
    _run("spkatt", path, as_json, overrides, limit=limit)


@bench.command("samples")
@click.argument("path", type=click.Path(exists=True, file_okay=False))
@click.option("--limit", type=int, help="only the first N documents")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_samples(path, limit, as_json, overrides):
    """End-to-end scorecard on hand-written gold analyses (samples/ or a seeds folder)."""
    _run("samples", path, as_json, overrides, limit=limit)


@bench.command("topics")
@click.argument("path", type=click.Path(exists=True))
@click.option("--no-context", is_flag=True, help="score each statement alone, without its article's topic prior")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_topics(path, no_context, as_json, overrides):
    """CAP major topics of labelled statements (gold/topics/statements.jsonl): top-1/top-2 accuracy."""
    _run("topics", path, as_json, overrides, use_context=not no_context)


@bench.command("claims")
@click.argument("path", type=click.Path(exists=True))
@click.option("--limit", type=int, help="only the first N claims")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_claims(path, limit, as_json, overrides):
    """DEbateNet claims: polarity macro-F1 and actor accuracy (held-out months reported apart)."""
    _run("claims", path, as_json, overrides, limit=limit)


@bench.command("commitments")
@click.argument("path", type=click.Path(exists=True))
@click.option("--split", type=click.Choice(["dev", "heldout", "all"]), default="all", show_default=True,
              help="realnews-2025 gold: files with an even (dev) or odd (heldout) number")
@click.option("--errors", "show_errors", is_flag=True, help="list the realnews dev errors (never heldout)")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_commitments(path, split, show_errors, as_json, overrides):
    """Commitments gold (gold/commitments): act, object, quantity and condition-linking P/R/F1 on the
    sentence sets; on realnews-2025 (realnews-2025-{de,en}.jsonl, texts from the datasets_dir setting, fast
    mode) P/R of commitments with act, item and recipient right, per language and split."""
    from ..bench import commitments

    result = commitments.run(path, build_options(overrides), split=split)
    click.echo(json.dumps(result, ensure_ascii=False) if as_json else commitments.format_result(result, errors=show_errors))


@bench.command("positions")
@click.argument("path", type=click.Path(exists=True))
@click.option("--samples", type=click.Path(exists=True, file_okay=False),
              help="also score a samples folder (corpus/ + gold/) as its own split")
@click.option("--split", type=click.Choice(["dev", "heldout", "all"]), default="dev", show_default=True,
              help="realnews-2025 files (gold/positions/realnews-2025-*.jsonl) with an even (dev) or odd (heldout) "
                   "number")
@click.option("--failures", type=int, default=0, show_default=True,
              help="list that many failing items per split (missed and spurious positions; never heldout)")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_positions(path, samples, split, failures, as_json, overrides):
    """Positions gold (gold/positions): (actor, issue, stance) P/R/F1 per split, stance accuracy; on
    realnews-2025 also issue precision and precision per confidence bin."""
    from ..bench import positions

    result = positions.run(path, build_options(overrides), samples=samples, split=split)
    click.echo(json.dumps(result, ensure_ascii=False) if as_json else positions.format_result(result, failures))


@bench.command("changes")
@click.argument("gold_dir", default="gold/positions", type=click.Path(exists=True, file_okay=False))
@click.option("--samples", default="samples", show_default=True, type=click.Path(exists=True, file_okay=False),
              help="the sample corpus (corpus/ + gold/) whose running stories are part of the bench corpus")
@click.option("--split", type=click.Choice(["dev", "heldout", "all"]), default="dev", show_default=True,
              help="realnews-2025 files added to the corpus: even (dev) or odd (heldout) numbers")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_changes(gold_dir, samples, split, as_json, overrides):
    """Stance changes on samples + realnews-2025: predicted shifts judged against the position gold
    (precision: the shifts a reader would report; recall of the gold shifts)."""
    from ..bench import changes

    result = changes.run(gold_dir, build_options(overrides), samples=samples, split=split)
    click.echo(json.dumps(result, ensure_ascii=False) if as_json else changes.format_result(result))


@bench.command("speakers")
@click.argument("gold_dir", default="gold/speakers", type=click.Path(exists=True, file_okay=False))
@click.option("--mode", type=click.Choice(["fast", "accurate"]), default="fast", show_default=True)
@click.option("--split", type=click.Choice(["dev", "heldout", "all"]), default="all", show_default=True,
              help="realnews-2025 files with an even (dev) or odd (heldout) number; quotes-train (de-news-quotes-2024 "
                   "train) is scored with dev and all")
@click.option("--errors", "show_errors", is_flag=True, help="list wrong links and missed links (dev and quotes-train)")
@click.option("--show-heldout-errors", is_flag=True,
              help="also list the heldout split's errors (for reports only: nobody tunes on heldout)")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@set_option
def bench_speakers(gold_dir, mode, split, show_errors, show_heldout_errors, as_json, overrides):
    """Speaker -> actor linking on gold/speakers (realnews-2025 de/en, quotes-train): statements found,
    linked P/R, speaker right. Texts from the datasets_dir setting."""
    from ..bench import speakers

    options = build_options(overrides)
    result = speakers.run(gold_dir, options, mode=mode, split=split, show_heldout_errors=show_heldout_errors)
    click.echo(json.dumps(result, ensure_ascii=False) if as_json else speakers.format_result(result, errors=show_errors))
