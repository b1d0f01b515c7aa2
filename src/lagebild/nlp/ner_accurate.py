"""Accurate-mode German and English NER: the span tagger (``transformer.tagger``) with one
BIO head over PER, LOC, ORG, MISC.

Trained by ``train/ner_accurate.py`` (``lagebild train ner-accurate``) on SmartData v1
train, the tune half of GermEval 2014 dev and Europeana newspapers; see there.
"""
from __future__ import annotations

from pathlib import Path

from .transformer.shipped import load_tagger, predict_one, require_model, shipped_path

CLASSES = ["PER", "LOC", "ORG", "MISC"]
HEADS = {"ner4": CLASSES, "ner3": ["PER", "LOC", "ORG"]}
MODEL_FILE = "ner_accurate.npz"


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
