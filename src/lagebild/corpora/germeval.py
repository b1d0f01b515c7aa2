"""GermEval 2014 NER files (tab-separated: idx, token, outer, inner), also read: the EuroParl
German NER files and CoNLL files such as WNUT 2017's English ones (token ... tag, IOB1 or IOB2).

Outer level only; -deriv and -part fold into their class; OTH -> MISC; WNUT 2017's classes
fold into the same four (``WNUT``).

Halves: the NER taggers are trained on GermEval dev sentences with an even index in file
order (0-based, the "tune" half); the odd-index "heldout" half is only measured on
(docs/models.md).
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..errors import InputError
from . import Sentence

HALVES = ("all", "tune", "heldout")
# WNUT 2017 (English social media): groups (bands, teams, parties) and corporations are
# organisations, products and creative works the miscellaneous names.
WNUT = {"person": "PER", "location": "LOC", "corporation": "ORG", "group": "ORG", "product": "MISC",
        "creative-work": "MISC"}


def _fold(tag: str) -> str:
    cls = tag[2:] if tag[:2] in ("B-", "I-") else tag
    if cls in WNUT:
        return WNUT[cls]
    cls = cls.replace("deriv", "").replace("part", "")
    return "MISC" if cls == "OTH" else cls


def read_sentences(path: str | Path, limit: int | None = None, half: str = "all") -> list[tuple[list[str], set]]:
    """[(tokens, {(start_tok, end_tok, class)})] from GermEval (idx tok outer inner) or
    EuroParl/CoNLL (tok ... tag, IOB1 or IOB2) files.

    ``half``: "all", "tune" (sentences with an even 0-based index in file order) or
    "heldout" (odd index). ``limit`` counts sentences of the file before the split."""
    if half not in HALVES:
        raise InputError(f"unknown half {half!r}: one of {', '.join(HALVES)}")
    sents, toks, tags = [], [], []

    def flush():
        if toks:
            spans, start, cls = set(), None, None
            for k, tag in enumerate(tags + ["O"]):
                t_cls = None if tag == "O" else _fold(tag)
                begins = tag.startswith("B-") or t_cls != cls
                if start is not None and (t_cls is None or begins):
                    spans.add((start, k, cls))
                    start, cls = None, None
                if t_cls is not None and start is None:
                    start, cls = k, t_cls
            sents.append((list(toks), spans))
        toks.clear()
        tags.clear()

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read benchmark file {path}: {exc}") from exc
    for line in lines:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not line.strip():
            flush()
            if limit and len(sents) >= limit:
                break
            continue
        if cols[0].isdigit() and len(cols) == 4:  # GermEval: idx, token, outer, inner
            toks.append(cols[1])
            tags.append(cols[2])
        else:  # EuroParl: token, lemma, POS, chunk, NER
            toks.append(cols[0])
            tags.append(cols[-1])
    flush()
    sents = sents[:limit] if limit else sents
    if half == "all":
        return sents
    return sents[0 if half == "tune" else 1::2]


def read_germeval(path: str | Path, half: str = "tune") -> list[Sentence]:
    """GermEval 2014 sentences of one half (``read_sentences``: outer level, -deriv/-part
    folded into their class, OTH -> MISC) as BIO."""
    out: list[Sentence] = []
    for toks, spans in read_sentences(path, half=half):
        tags = ["O"] * len(toks)
        for a, b, cls in spans:
            tags[a] = "B-" + cls
            for k in range(a + 1, b):
                tags[k] = "I-" + cls
        out.append((toks, tags))
    return out


def germeval_sentences(datasets_dir: str | Path, extra: Sequence[str | Path] = ()) -> list[Sentence]:
    """The in-domain training sentences of both NER models: GermEval 2014 dev's tune half,
    then every sentence of the ``extra`` GermEval-format files."""
    sentences = read_germeval(Path(datasets_dir) / "ner-de" / "germeval2014-dev.tsv", "tune")
    for path in extra:
        sentences += read_germeval(path, "all")
    return sentences
