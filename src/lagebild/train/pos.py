"""Training of the German part-of-speech tagger (``nlp.pos``, ``data/models/pos_de.npz``) on
UD German PUD (CC BY-SA 3.0): ``lagebild train pos``."""
from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Iterable

import numpy as np

from ..corpora.conllu import TaggedSentence, read_conllu
from ..nlp.pos import CLOSED, UPOS, UPOS_INDEX, PosTagger, _features, sentence_starts, shipped_tagger


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
