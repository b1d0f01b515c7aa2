"""`lagebild train`: rebuild every shipped model and data file from the public data sets."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .common import build_options, set_option

SHIPPED = Path(__file__).resolve().parents[1] / "data"


@click.group("train")
def train() -> None:
    """Rebuild what lagebild ships (NER tagger, actor knowledge base) from the data sets.

    The data sets are read from the datasets_dir setting (--set datasets_dir=DIR).
    Without --out, the shipped files are overwritten (in a source checkout).
    """


extra_option = click.option(
    "--extra", type=click.Path(exists=True, dir_okay=False), multiple=True,
    help="more training sentences in GermEval 2014 format (GermEval's train split, your own "
         "annotation), learnt like the tune half; repeatable")


@train.command("ner")
@click.option("--out", type=click.Path(dir_okay=False), help="model file to write (default: the shipped one)")
@extra_option
@click.option("--gazetteer", default="shipped", show_default=True,
              help="knowledge-base names that make the gazetteer features: 'shipped' (those the shipped model "
                   "was trained with, data/models/ner_de_fast.gazetteer.tsv.gz), 'live' (the knowledge base "
                   "now, plus kb_path) or a file as training writes beside its model")
@click.option("--json", "as_json", is_flag=True, help="print the training statistics as one JSON object")
@set_option
def train_ner_cmd(out, extra, gazetteer, as_json, overrides):
    """Train the fast German NER tagger on SmartData (CC BY 4.0), the GermEval 2014 dev tune half (CC BY 4.0) and Europeana (CC0)."""
    from ..train.ner_fast import TRAINING_GAZETTEER, train_ner

    names = {"shipped": TRAINING_GAZETTEER, "live": None}.get(gazetteer, gazetteer)
    _train_model(out, "ner_de_fast.npz", as_json, overrides,
                 lambda options, target: train_ner(options, target, extra=extra, gazetteer=names))


def _train_model(out, shipped_name: str, as_json: bool, overrides, train_fn) -> None:
    """Run ``train_fn(options, target)`` and report; without --out the shipped file is replaced."""
    options = build_options(overrides)
    target = Path(out) if out else SHIPPED / "models" / shipped_name
    stats = train_fn(options, target)
    click.echo(json.dumps(stats, default=str) if as_json else f"wrote {target}: {stats}")


@train.command("kb")
@click.option("--out", type=click.Path(file_okay=False), help="folder to write (default: the shipped one)")
@click.option("--json", "as_json", is_flag=True, help="print the counts as one JSON object")
@set_option
def train_kb_cmd(out, as_json, overrides):
    """Rebuild the actor knowledge base files from political-actors, NER corpora and first names."""
    from ..train.kb import OUT, build_kb

    options = build_options(overrides)
    result = build_kb(options.datasets_dir, Path(out) if out else OUT)
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(f"{result['countries']} countries, {result['actors']} actors, {result['lexicon_tokens']} lexicon "
               f"tokens, {result['given_names']} given names -> {result['out']}")
    for note in result["notes"]:
        click.echo(f"  {note}", err=True)


@train.command("ner-accurate")
@click.option("--out", type=click.Path(dir_okay=False), help="model file to write (default: the shipped one)")
@click.option("--epochs", type=int, default=4, show_default=True, help="passes over the training data")
@extra_option
@click.option("--json", "as_json", is_flag=True, help="print the training statistics as one JSON object")
@set_option
def train_ner_accurate_cmd(out, epochs, extra, as_json, overrides):
    """Fine-tune the accurate-mode NER (multilingual-e5-small adapters) on SmartData (CC BY 4.0),
    the tune half of GermEval 2014 dev (CC BY 4.0) and Europeana (CC0). Needs lagebild[accurate];
    about 15-25 minutes on 2 CPU cores."""
    from ..nlp.ner_accurate import MODEL_FILE
    from ..train.ner_accurate import train_ner_accurate

    log = None if as_json else (lambda line: click.echo(line, err=True))
    _train_model(out, MODEL_FILE, as_json, overrides,
                 lambda options, target: train_ner_accurate(options, target, epochs=epochs, log=log,
                                                            extra=extra))


@train.command("pos")
@click.option("--out", type=click.Path(dir_okay=False), help="model file to write (default: the shipped one)")
@click.option("--epochs", type=int, default=8, show_default=True, help="passes over the training data")
@click.option("--json", "as_json", is_flag=True, help="print the training statistics as one JSON object")
@set_option
def train_pos_cmd(out, epochs, as_json, overrides):
    """Train the German part-of-speech tagger on UD German PUD (CC BY-SA 3.0); a few seconds."""
    from ..train.pos import train_pos

    _train_model(out, "pos_de.npz", as_json, overrides,
                 lambda options, target: train_pos(options, target, epochs=epochs))


@train.command("claims")
@click.option("--out", type=click.Path(dir_okay=False), help="model file to write (default: the shipped one)")
@click.option("--json", "as_json", is_flag=True, help="print the training statistics as one JSON object")
@set_option
def train_claims_cmd(out, as_json, overrides):
    """Train the claim polarity model on DEbateNet-mig15 (MIT), January to June 2015 only."""
    from ..train.claims import train_claims

    _train_model(out, "claims_de.npz", as_json, overrides,
                 lambda options, target: train_claims(options.datasets_dir, target))


@train.command("quotes-accurate")
@click.option("--out", type=click.Path(dir_okay=False), help="model file to write (default: the shipped one)")
@click.option("--source", type=click.Choice(["quotes", "spkatt"]), default="quotes", show_default=True,
              help="training data: de-news-quotes-2024 train (the model then carries CC BY-NC-SA 4.0) or "
                   "GermEval 2023 SpkAtt train (CC BY-SA 4.0, the open rebuild)")
@click.option("--epochs", type=int, default=4, show_default=True, help="passes over the training data")
@click.option("--json", "as_json", is_flag=True, help="print the training statistics as one JSON object")
@set_option
def train_quotes_accurate_cmd(out, source, epochs, as_json, overrides):
    """Fine-tune the accurate-mode statement tagger (multilingual-e5-small adapters; quote, cue, speaker,
    addressee and frame heads). Needs lagebild[accurate]; about 15-25 minutes on 2 CPU cores."""
    from ..extract.quote_tagger import MODEL_FILE
    from ..train.quotes_accurate import train_quotes_accurate

    log = None if as_json else (lambda line: click.echo(line, err=True))
    _train_model(out, MODEL_FILE, as_json, overrides,
                 lambda options, target: train_quotes_accurate(options, target, source=source, epochs=epochs,
                                                               log=log))
