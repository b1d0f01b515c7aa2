"""``lagebild bench pos FILE.conllu``: German UPOS accuracy of the tagger and lemma accuracy of simplemma.

Gold tokens (surface words; a contracted preposition is one token tagged with its first
word's tag, as ``corpora.conllu.read_conllu`` reads it). Report UD German GSD dev: the tagger
trains on UD German PUD and never saw GSD.
"""
from __future__ import annotations

import time
from collections import Counter
from typing import Any

from ..corpora.conllu import read_conllu
from ..nlp.pos import UPOS, lemma_of, sentence_starts, shipped_tagger


def run(path: str, options: Any = None, limit: int | None = None) -> dict[str, Any]:
    sentences = read_conllu(path)[:limit] if limit else read_conllu(path)
    tagger = shipped_tagger()
    right, lemma_right, lemma_fold, total = 0, 0, 0, 0
    gold_n: Counter = Counter()
    pred_n: Counter = Counter()
    tp: Counter = Counter()
    tagger.tag(["Warm", "up", "."])  # loads the lemma dictionary the features consult, outside the timing
    t0 = time.perf_counter()
    predicted = [tagger.tag(s.words, sentence_starts(len(s.words))) for s in sentences]
    seconds = time.perf_counter() - t0
    for s, tags in zip(sentences, predicted):
        for word, gold, pred, lemma in zip(s.words, s.tags, tags, s.lemmas):
            total += 1
            gold_n[gold] += 1
            pred_n[pred] += 1
            if gold == pred:
                right += 1
                tp[gold] += 1
            guess = lemma_of(word)
            lemma_right += guess == lemma
            lemma_fold += guess.lower() == lemma.lower()
    per_tag = {}
    for tag in UPOS:
        if gold_n[tag]:
            p = tp[tag] / pred_n[tag] if pred_n[tag] else 0.0
            r = tp[tag] / gold_n[tag]
            per_tag[tag] = {"f1": round(100 * (2 * p * r / (p + r) if p + r else 0.0), 1), "gold": gold_n[tag]}
    return {"sentences": len(sentences), "tokens": total,
            "upos_accuracy": round(100 * right / max(total, 1), 2),
            "lemma_accuracy": round(100 * lemma_right / max(total, 1), 2),
            "lemma_accuracy_nocase": round(100 * lemma_fold / max(total, 1), 2),
            "per_tag": per_tag, "tokens_per_s": round(total / seconds) if seconds else None,
            "model": tagger.meta}


def format_result(r: dict[str, Any]) -> str:
    lines = [f"POS benchmark: {r['sentences']} sentences, {r['tokens']} tokens",
             f"UPOS accuracy   {r['upos_accuracy']:6.2f}",
             f"lemma accuracy  {r['lemma_accuracy']:6.2f} (ignoring case {r['lemma_accuracy_nocase']:.2f}; simplemma)",
             "per tag F1: " + ", ".join(f"{t} {v['f1']}" for t, v in r["per_tag"].items()),
             f"speed: {r['tokens_per_s']} tokens/s (tagger, one process)"]
    return "\n".join(lines)
