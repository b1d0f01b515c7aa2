"""German part-of-speech tags (Universal POS) from a small trained tagger, lemmas from simplemma.

An averaged perceptron over hashed features of the word and its neighbours (never of
predicted tags), so one numpy gather scores a whole document. Features (``_features``):
the lower-cased word and, where it differs, the word as written; prefixes 2-3 and
suffixes 1-5; word shape; the size of the word's paradigm in the simplemma dictionary
(``ner_model.paradigm``: nouns have many forms, names one or two); capitalisation at a
sentence start (German capitalises every noun, so a capital there says little);
membership in the given-name list (``ner_lexicon.given_names``); no letter or digit;
the neighbours' words, shapes and 3-letter suffixes (+-1), words (+-2) and the word
bigrams with each neighbour.

Trained on UD German PUD (news and Wikipedia, CC BY-SA 3.0) with ``lagebild train pos``,
measured on UD German GSD dev (``lagebild bench pos``), never trained on. Tokens are the
surface words: a contracted preposition ("zum" = "zu dem") is one token tagged ADP.
"""
from __future__ import annotations

import functools
import random
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable

import numpy as np

from ..errors import ConfigError, InputError
from .ner_model import _fid, paradigm, shape

UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X")
UPOS_INDEX = {t: k for k, t in enumerate(UPOS)}
# Closed word classes: a word gets one of these only if training saw it with that tag
# (an unknown capitalised word at a sentence start is not a determiner).
CLOSED = ("ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ")
FORMAT = "lagebild-pos/2"


@dataclass
class TaggedSentence:
    words: list[str]
    tags: list[str]
    lemmas: list[str]


def default_model_path() -> Path:
    return Path(str(resources.files("lagebild") / "data" / "models" / "pos_de.npz"))


def read_conllu(path: str | Path) -> list[TaggedSentence]:
    """Sentences of a CoNLL-U file as surface tokens; a multiword token ("zum") takes the tag
    and lemma of its first word ("zu", ADP)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"CoNLL-U file {path} does not exist",
                         hint="pass a .conllu file, e.g. ud-german-gsd/de_gsd-ud-dev.conllu from datasets_dir")
    out: list[TaggedSentence] = []
    words: list[str] = []
    tags: list[str] = []
    lemmas: list[str] = []
    skip_to = 0
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line:
                if words:
                    out.append(TaggedSentence(words, tags, lemmas))
                words, tags, lemmas, skip_to = [], [], [], 0
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise InputError(f"{path}:{n}: not a CoNLL-U line (10 tab-separated columns)")
            ident = cols[0]
            if "." in ident:
                continue  # an empty node
            if "-" in ident:
                first, last = (int(x) for x in ident.split("-"))
                words.append(cols[1])
                tags.append("")  # filled from the first word below
                lemmas.append("")
                skip_to = last
                pending = first
                continue
            if skip_to and int(ident) <= skip_to:
                if int(ident) == pending:
                    tags[-1], lemmas[-1] = cols[3], cols[2]
                continue
            words.append(cols[1])
            tags.append(cols[3])
            lemmas.append(cols[2])
    if words:
        out.append(TaggedSentence(words, tags, lemmas))
    return out


def _features(words: list[str], starts: list[bool]) -> list[list[int]]:
    """Hashed feature ids per token (see the module docstring)."""
    from .ner_lexicon import given_names

    given = given_names()
    low = [w.lower() for w in words]
    shapes = [shape(w) for w in words]
    n = len(words)

    def at(seq: list[str], i: int, edge: str) -> str:
        return seq[i] if 0 <= i < n else edge

    out = []
    for i, w in enumerate(words):
        lw = low[i]
        f = ["b", "w=" + lw, "p2=" + lw[:2], "p3=" + lw[:3], "s1=" + lw[-1:], "s2=" + lw[-2:], "s3=" + lw[-3:],
             "s4=" + lw[-4:], "s5=" + lw[-5:], "sh=" + shapes[i], "lx=" + paradigm(w),
             "pw=" + at(low, i - 1, "^"), "nw=" + at(low, i + 1, "$"), "p2w=" + at(low, i - 2, "^"),
             "n2w=" + at(low, i + 2, "$"), "psh=" + at(shapes, i - 1, "^"), "nsh=" + at(shapes, i + 1, "$"),
             "ps3=" + at(low, i - 1, "^")[-3:], "ns3=" + at(low, i + 1, "$")[-3:],
             "pw_w=" + at(low, i - 1, "^") + "|" + lw, "w_nw=" + lw + "|" + at(low, i + 1, "$")]
        if w != lw:
            f.append("W=" + w)
        if not any(ch.isalnum() for ch in w):
            f.append("nonalnum")  # punctuation PUD rarely has ("!", "...") still looks like punctuation
        if w in given:
            f.append("given")
        if w[:1].isupper():
            f.append("cap_start" if starts[i] else "cap_inner")
            f.append("lxc=" + paradigm(w))
        out.append([_fid(x) for x in f])
    return out


def sentence_starts(n: int) -> list[bool]:
    return [i == 0 for i in range(n)]


class PosTagger:
    """Scores = sum of the weight rows of a token's features; the tag is the best score."""

    def __init__(self, rows: np.ndarray, weights: np.ndarray, closed: dict[str, list[str]],
                 meta: dict | None = None):
        # a dense table would be 2^20 x 17 floats (68 MiB); only rows seen in training are kept
        self.lookup = {int(r): k for k, r in enumerate(rows)}
        self.weights = weights.astype(np.float32)
        self.zero = len(self.weights)
        self.table = np.vstack([self.weights, np.zeros((1, len(UPOS)), np.float32)])
        self.closed = closed  # lower-cased word -> the closed-class tags training saw it with
        self._open = np.array([0.0 if t not in CLOSED else -np.inf for t in UPOS], np.float32)
        self._masks: dict[str, np.ndarray] = {}
        self.meta = meta or {}

    def _mask(self, word: str) -> np.ndarray:
        tags = self.closed.get(word.lower())
        if not tags:
            return self._open
        key = ",".join(tags)
        if key not in self._masks:
            mask = self._open.copy()
            mask[[UPOS_INDEX[t] for t in tags]] = 0.0
            self._masks[key] = mask
        return self._masks[key]

    def tag(self, words: list[str], starts: list[bool] | None = None) -> list[str]:
        if not words:
            return []
        feats = _features(words, starts or sentence_starts(len(words)))
        width = max(len(f) for f in feats)
        idx = np.full((len(words), width), self.zero, dtype=np.int64)
        for i, f in enumerate(feats):
            idx[i, : len(f)] = [self.lookup.get(x, self.zero) for x in f]
        scores = self.table[idx].sum(axis=1) + np.stack([self._mask(w) for w in words])
        return [UPOS[k] for k in scores.argmax(axis=1)]

    def save(self, path: str | Path) -> None:
        import json

        rows = np.array(sorted(self.lookup, key=self.lookup.get), dtype=np.int64)
        with open(path, "wb") as fh:
            np.savez(fh, rows=rows, weights=self.weights.astype(np.float16),
                     closed=np.array(json.dumps(self.closed, ensure_ascii=False, sort_keys=True)),
                     meta=np.array(json.dumps({"format": FORMAT, **self.meta}, sort_keys=True)))

    @classmethod
    def load(cls, path: str | Path) -> "PosTagger":
        import json

        try:
            with np.load(path, allow_pickle=False) as z:
                meta = json.loads(str(z["meta"]))
                if meta.get("format") != FORMAT:
                    raise ConfigError(f"{path} is not a lagebild POS model ({meta.get('format')!r})")
                return cls(z["rows"], z["weights"], json.loads(str(z["closed"])), meta)
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(f"cannot read POS model {path}: {exc}",
                              hint="rebuild it with `lagebild train pos`") from exc


@functools.lru_cache(maxsize=1)
def shipped_tagger() -> PosTagger:
    path = default_model_path()
    if not path.is_file():
        raise ConfigError(f"the German POS model {path} is missing", hint="rebuild it with `lagebild train pos`")
    return PosTagger.load(path)


def train(sentences: Iterable[TaggedSentence], *, epochs: int = 8, seed: int = 13) -> PosTagger:
    """Averaged multiclass perceptron; deterministic for one input order and seed."""
    sentences = list(sentences)
    closed: dict[str, set[str]] = {}
    for s in sentences:
        for word, tag in zip(s.words, s.tags):
            if tag in CLOSED:
                closed.setdefault(word.lower(), set()).add(tag)
    data = [(_features(s.words, sentence_starts(len(s.words))), [UPOS_INDEX.get(t, UPOS_INDEX["X"]) for t in s.tags])
            for s in sentences]
    rows = sorted({x for feats, _ in data for f in feats for x in f})
    lookup = {r: k for k, r in enumerate(rows)}
    data = [([np.array([lookup[x] for x in f]) for f in feats], gold) for feats, gold in data]
    closed_tags = {word: sorted(tags) for word, tags in sorted(closed.items())}
    shell = PosTagger(np.zeros(0, np.int64), np.zeros((0, len(UPOS))), closed_tags)
    masks = [[shell._mask(word) for word in s.words] for s in sentences]
    w = np.zeros((len(rows), len(UPOS)))
    total = np.zeros_like(w)  # sum over steps of each update times the steps left: the averaging trick
    steps = epochs * sum(len(g) for _, g in data)
    step = 0
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, gold = data[k]
            for f, g, m in zip(feats, gold, masks[k]):
                p = int((w[f].sum(axis=0) + m).argmax())
                if p != g:
                    w[f, g] += 1.0
                    w[f, p] -= 1.0
                    total[f, g] += steps - step
                    total[f, p] -= steps - step
                step += 1
    averaged = total / steps
    keep = np.abs(averaged).max(axis=1) > 0  # features never updated add nothing
    return PosTagger(np.array(rows, dtype=np.int64)[keep], averaged[keep], closed_tags)


def train_pos(options, out_path: str | Path, *, epochs: int = 8) -> dict:
    """``lagebild train pos``: UD German PUD from ``datasets_dir`` -> ``out_path``."""
    source = Path(options.datasets_dir) / "ud-german-pud" / "de_pud-ud-test.conllu"
    t0 = time.time()
    sentences = read_conllu(source)
    tagger = train(sentences, epochs=epochs)
    tagger.meta = {"data": "UD German PUD (CC BY-SA 3.0)", "sentences": len(sentences),
                   "tokens": sum(len(s.words) for s in sentences), "epochs": epochs}
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    tagger.save(out_path)
    shipped_tagger.cache_clear()
    return {**tagger.meta, "features": len(tagger.lookup), "seconds": round(time.time() - t0, 1)}


def lemma_of(word: str) -> str:
    from .lemmas import lemmatize

    return lemmatize(word, "de")
