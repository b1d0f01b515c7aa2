"""Training of the accurate-mode NER tagger (``nlp.ner_accurate``, ``data/models/ner_accurate.npz``):
``lagebild train ner-accurate``.

Training data, all shippable: SmartData v1 train (CC BY 4.0), the tune half of GermEval
2014 dev (CC BY 4.0; even-numbered sentences, the odd half is kept for measuring),
Europeana newspapers (CC0, every twelfth sentence: it is noisy OCR). EuroParl is research
data and only measured on.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..corpora.europeana import FILES as EUROPEANA_FILES, read_europeana
from ..corpora.germeval import germeval_sentences
from ..corpora.smartdata import read_smartdata
from ..nlp.ner_accurate import HEADS


def _bio_to_spans(tokens: list[str], tags: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    text, starts = "", []
    for t in tokens:
        starts.append(len(text) + (1 if text else 0))
        text = (text + " " + t) if text else t
    spans, cur = [], None
    for k, tag in enumerate(tags + ["O"]):
        cls = None if tag == "O" else tag[2:]
        if cur and (cls is None or tag.startswith("B-") or cls != cur[2]):
            spans.append((starts[cur[0]], starts[k - 1] + len(tokens[k - 1]), cur[2]))
            cur = None
        if cls and cur is None:
            cur = [k, k, cls]
    return text, spans


def _pack(sentences: list[tuple[str, list]], head: str, max_chars: int = 700) -> list[tuple[str, dict]]:
    """Join neighbouring sentences into one example so windows are full."""
    out, text, spans = [], "", []
    for s_text, s_spans in sentences:
        if text and len(text) + len(s_text) + 1 > max_chars:
            out.append((text, {head: spans}))
            text, spans = "", []
        shift = len(text) + (1 if text else 0)
        text = (text + " " + s_text) if text else s_text
        spans += [(a + shift, b + shift, c) for a, b, c in s_spans]
    if text:
        out.append((text, {head: spans}))
    return out


def training_examples(datasets_dir: str | Path, *, germeval_copies: int = 3, europeana_every: int = 12,
                      extra: Sequence[str | Path] = ()):
    """Two heads share the encoder: ``ner4`` learns GermEval's four classes and conventions
    (MISC, "deutschen" as LOC) from GermEval alone; ``ner3`` learns PER, LOC, ORG from the
    corpora that mark no MISC (their MISC names are unmarked, which would teach "not a name").
    ``extra`` GermEval-format files join the GermEval tune half
    (``corpora.germeval.germeval_sentences``)."""
    base = Path(datasets_dir)
    smart = [_bio_to_spans(t, g) for t, g in read_smartdata(base / "smartdata-de-ner" / "v1_20180119" / "train.json.gz")]
    euro = []
    for name in EUROPEANA_FILES:
        p = base / "europeana-de-ner" / name
        if p.exists():
            euro += [_bio_to_spans(t, g) for t, g in read_europeana(p)][::europeana_every]
    germ = [_bio_to_spans(t, g) for t, g in germeval_sentences(base, extra)]
    return _pack(smart, "ner3") + _pack(euro, "ner3") + _pack(germ, "ner4") * germeval_copies


def train_ner_accurate(options, out: str | Path, *, epochs: int = 3, lr: float = 1e-3, rank: int = 16,
                       adapt_from: int = 0, log=None, extra: Sequence[str | Path] = ()) -> dict:
    """Train the accurate-mode tagger from the open data sets and write it to ``out``.

    Same data and settings give the same model on one machine; across CPUs the floating
    point order differs, so scores (not bytes) are what a rebuild reproduces."""
    from ..nlp.transformer import require_torch

    torch = require_torch()
    from ..nlp.transformer.tagger import SpanTagger
    from .span_tagger import train

    examples = training_examples(options.datasets_dir, extra=extra)
    model = SpanTagger(HEADS, rank=rank, alpha=2.0 * rank, adapt_from=adapt_from)
    stats = train(model, examples, epochs=epochs, lr=lr, log=log)
    stats.update(examples=len(examples), threads=torch.get_num_threads())
    model.save(out, {"task": "ner", "data": ["smartdata-v1-train (CC BY 4.0)", "germeval2014-dev tune half (CC BY 4.0)",
                                             "europeana-de (CC0), every 12th sentence"]
                        + [f"{Path(p).name} (given with --extra, GermEval format)" for p in extra], "train": stats})
    return {"out": str(out), **stats}
