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

Trained on UD German PUD (news and Wikipedia, CC BY-SA 3.0) with ``lagebild train pos``
(``train/pos.py``), measured on UD German GSD dev (``lagebild bench pos``), never trained
on. Tokens are the surface words: a contracted preposition ("zum" = "zu dem") is one token
tagged ADP.
"""
from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import ConfigError
from .ner_model import _fid, paradigm, shape

UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X")
UPOS_INDEX = {t: k for k, t in enumerate(UPOS)}
# Closed word classes: a word gets one of these only if training saw it with that tag
# (an unknown capitalised word at a sentence start is not a determiner).
CLOSED = ("ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ")
FORMAT = "lagebild-pos/2"


def default_model_path() -> Path:
    return Path(str(resources.files("lagebild") / "data" / "models" / "pos_de.npz"))


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


def lemma_of(word: str) -> str:
    from .lemmas import lemmatize

    return lemmatize(word, "de")
