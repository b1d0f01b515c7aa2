"""Benchmark the time-expression tagger on WikiWarsDE (TIMEX2, ACE APF format; read by
``corpora.wikiwars``).

Each document's anchor is its DATETIME (the download date); the tagger runs in
narrative mode, as these are history texts. The one gold TIMEX2 on the DATETIME
header itself is outside <TEXT> and is left out of the scores.

Scores: extraction P/R/F1 strict (same span) and lenient (overlap); value
accuracy on lenient matches; and the headline: lenient extraction with the
correct value (a TP overlaps a gold TIMEX2 and its TIMEX2 value equals VAL).
An interval of two explicit endpoints ("1939 bis 1945") is scored as its two
endpoints, since TIMEX2 annotates them separately. Rules were tuned on the
first 6 documents by name ("tune"); the other 5 are "heldout".
"""
from __future__ import annotations

import time
from typing import Any

from ..corpora.wikiwars import read_documents, resolve_dir
from ..nlp.timex import tag

TUNE_DOCS = 6


def _predictions(doc: dict[str, Any]) -> list[tuple[int, int, str]]:
    out = []
    for h in tag(doc["text"], "de", doc["anchor"], narrative=True):
        for p in h.parts or (h,):
            out.append((p.start, p.end, p.timex2 or p.value))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 1), "recall": round(100 * r, 1), "f1": round(100 * f, 1)}


def score(docs: list[dict[str, Any]], preds: list[list[tuple[int, int, str]]]) -> dict[str, Any]:
    strict = lenient = value_ok = 0
    n_pred = n_gold = 0
    for doc, pred in zip(docs, preds):
        gold = doc["gold"]
        n_pred += len(pred)
        n_gold += len(gold)
        gold_spans = {(s, e) for s, e, _ in gold}
        strict += sum(1 for s, e, _ in pred if (s, e) in gold_spans)
        used: set[int] = set()
        for s, e, v in pred:  # one gold per prediction: prefer an overlapping gold with the same value
            cands = [i for i, (gs, ge, _) in enumerate(gold) if i not in used and s < ge and gs < e]
            if not cands:
                continue
            same = [i for i in cands if gold[i][2] == v]
            i = (same or cands)[0]
            used.add(i)
            lenient += 1
            value_ok += bool(same)
    return {
        "documents": len(docs), "gold": n_gold, "predicted": n_pred,
        "strict": _prf(strict, n_pred, n_gold),
        "lenient": _prf(lenient, n_pred, n_gold),
        "value_accuracy": round(100 * value_ok / lenient, 1) if lenient else 0.0,
        "lenient_value": _prf(value_ok, n_pred, n_gold),
    }


def run(path: str, options: Any = None) -> dict[str, Any]:
    """Score the tagger on a WikiWarsDE folder: {"tune", "heldout", "all", "throughput", ...}."""
    docs = read_documents(resolve_dir(path, options))
    t0 = time.perf_counter()
    preds = [_predictions(d) for d in docs]
    elapsed = time.perf_counter() - t0
    chars = sum(len(d["text"]) for d in docs)
    return {
        "dataset": "wikiwarsde",
        "tune": score(docs[:TUNE_DOCS], preds[:TUNE_DOCS]),
        "heldout": score(docs[TUNE_DOCS:], preds[TUNE_DOCS:]),
        "all": score(docs, preds),
        "throughput": {"documents": len(docs), "chars": chars, "seconds": round(elapsed, 4),
                       "chars_per_s": round(chars / elapsed) if elapsed else None,
                       "ms_per_1000_chars": round(1000 * elapsed / (chars / 1000), 3) if chars else None},
    }


def format_result(result: dict[str, Any]) -> str:
    lines = [f"time expressions on {result['dataset']} (TIMEX2; HeidelTime reports 82.5 lenient+value F1)"]
    lines.append(f"{'split':8} {'docs':>4} {'gold':>5} {'pred':>5}  {'strict F1':>9} {'lenient P/R/F1':>18}"
                 f" {'val.acc':>7} {'lenient+value P/R/F1':>22}")
    for split in ("tune", "heldout", "all"):
        r = result[split]
        le, lv = r["lenient"], r["lenient_value"]
        lines.append(f"{split:8} {r['documents']:>4} {r['gold']:>5} {r['predicted']:>5}  {r['strict']['f1']:>9}"
                     f" {le['precision']:>6}/{le['recall']:>5}/{le['f1']:>5} {r['value_accuracy']:>7}"
                     f" {lv['precision']:>8}/{lv['recall']:>5}/{lv['f1']:>5}")
    t = result["throughput"]
    lines.append(f"throughput: {t['chars_per_s']} chars/s ({t['ms_per_1000_chars']} ms per 1,000 chars,"
                 f" {t['documents']} documents in {t['seconds']} s)")
    return "\n".join(lines)
