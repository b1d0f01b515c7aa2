"""Accurate-mode German and English NER: the span tagger (``transformer.tagger``) with one
BIO head over PER, LOC, ORG, MISC.

Training data, all shippable: SmartData v1 train (CC BY 4.0), the tune half of GermEval
2014 dev (CC BY 4.0; even-numbered sentences, the odd half is kept for measuring),
Europeana newspapers (CC0, every twelfth sentence: it is noisy OCR). EuroParl is research
data and only measured on.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .transformer.shipped import load_tagger, predict_one, require_model, shipped_path

CLASSES = ["PER", "LOC", "ORG", "MISC"]
HEADS = {"ner4": CLASSES, "ner3": ["PER", "LOC", "ORG"]}
MODEL_FILE = "ner_accurate.npz"


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
    ``extra`` GermEval-format files join the GermEval tune half (``ner_train.germeval_sentences``)."""
    from .ner_train import germeval_sentences, read_europeana, read_smartdata

    base = Path(datasets_dir)
    smart = [_bio_to_spans(t, g) for t, g in read_smartdata(base / "smartdata-de-ner" / "v1_20180119" / "train.json.gz")]
    euro = []
    for name in ("enp_DE.lft.bio", "enp_DE.onb.bio", "enp_DE.sbb.bio"):
        p = base / "europeana-de-ner" / name
        if p.exists():
            euro += [_bio_to_spans(t, g) for t, g in read_europeana(p)][::europeana_every]
    germ = [_bio_to_spans(t, g) for t, g in germeval_sentences(base, extra)]
    return _pack(smart, "ner3") + _pack(euro, "ner3") + _pack(germ, "ner4") * germeval_copies


def combine(heads: dict[str, list[tuple[int, int, str]]]) -> list[tuple[int, int, str]]:
    """GermEval-style spans first; the three-class head adds names they do not overlap."""
    primary = list(heads.get("ner4", ()))
    extra = [s for s in heads.get("ner3", ()) if not any(s[0] < b and a < s[1] for a, b, _ in primary)]
    return sorted(primary + extra)


def model_path() -> Path:
    return shipped_path(MODEL_FILE)


_WHAT, _TRAIN = "accurate NER model", "train ner-accurate"


def check_available() -> None:
    """Raise a ConfigError that says what to install when the accurate mode cannot run."""
    require_model(model_path(), _WHAT, _TRAIN)


def shipped_tagger():
    return load_tagger(model_path(), _WHAT, _TRAIN)


def entity_spans(text: str, spacy_doc, *, threads: int = 1) -> list[tuple[int, int, str]]:
    """Tagger spans as (first token, end token, class) of ``spacy_doc``, snapped to whole
    tokens (a span ending inside a token takes the token), without punctuation at either end."""
    from .tokens import token_spans

    spans = token_spans(spacy_doc, combine(predict_one(shipped_tagger(), text, threads)))
    return trim_punctuation(spacy_doc, spans)


def trim_punctuation(spacy_doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop tokens without a letter or digit from both ends of each span, and spans left empty.

    The tagger learnt from pre-tokenised sentences, where a comma or full stop is a piece of
    its own; in running text "Niederlande," or "Luxemburg." end in a piece glued to the name,
    which it labels as the name's continuation (and now and then a lone "." as a name)."""
    def wordlike(k: int) -> bool:
        return any(ch.isalnum() for ch in spacy_doc[k].text)

    def closes_inner(a: int, k: int) -> bool:  # "Vereinte Nationen (UNEP)" keeps its ")"
        inner = [spacy_doc[m].text for m in range(a, k)]
        return spacy_doc[k].text == ")" and inner.count("(") > inner.count(")")

    out = []
    for a, b, label in spans:
        while a < b and not wordlike(a):
            a += 1
        while b > a and not wordlike(b - 1) and not closes_inner(a, b - 1):
            b -= 1
        if a < b:
            out.append((a, b, label))
    return out


def train_ner_accurate(options, out: str | Path, *, epochs: int = 3, lr: float = 1e-3, rank: int = 16,
                       adapt_from: int = 0, log=None, extra: Sequence[str | Path] = ()) -> dict:
    """Train the accurate-mode tagger from the open data sets and write it to ``out``.

    Same data and settings give the same model on one machine; across CPUs the floating
    point order differs, so scores (not bytes) are what a rebuild reproduces."""
    from .transformer import require_torch

    torch = require_torch()
    from .transformer.tagger import SpanTagger, train

    examples = training_examples(options.datasets_dir, extra=extra)
    model = SpanTagger(HEADS, rank=rank, alpha=2.0 * rank, adapt_from=adapt_from)
    stats = train(model, examples, epochs=epochs, lr=lr, log=log)
    stats.update(examples=len(examples), threads=torch.get_num_threads())
    model.save(out, {"task": "ner", "data": ["smartdata-v1-train (CC BY 4.0)", "germeval2014-dev tune half (CC BY 4.0)",
                                             "europeana-de (CC0), every 12th sentence"]
                        + [f"{Path(p).name} (given with --extra, GermEval format)" for p in extra], "train": stats})
    return {"out": str(out), **stats}
