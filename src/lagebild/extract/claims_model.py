"""A small logistic regression for claim polarity, trained on the DEbateNet-mig15 tuning months.

Inputs (``features``): the cue features of ``stance.cue_features`` (refusal, support, negation
by scope, verdict phrases), their hand-set sum (``rule``), lemma unigrams seen in at least
``MIN_DF`` tuning claims, and, where the caller knows them, the claim's codebook categories
(``cat:108`` and its top level ``top:1``). Two weight vectors are shipped: ``text`` (no
categories: what ``lagebild analyze`` uses) and ``full`` (with categories: the bench, or any
caller that has them).

Data: ``debatenet-mig15/claims-2015-01-to-10.jsonl`` (MIT), claims dated January to June 2015
only (the tuning months); July to October are the held-out months of ``lagebild bench claims``
and are never read here. Training is deterministic (Newton's method, fixed iterations, sorted
feature names), so ``lagebild train claims`` rebuilds ``data/models/claims_de.npz`` bit for bit.
"""
from __future__ import annotations

import functools
import json
import time
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from .stance import _tokens, cue_features, rule_margin

TUNING_LAST_MONTH = "201506"  # claims dated up to this month train the model; later ones are held out
MIN_DF = 3
# L2 strength per feature block (chosen by month-wise cross-validation on the tuning months)
L2 = {"cue": 0.5, "rule": 0.5, "w": 4.0, "cat": 2.0, "top": 2.0, "catneg": 4.0}
ITERATIONS = 10
STOP = {"der", "die", "das", "des", "dem", "den", "und", "oder", "ein", "eine", "einer", "eines", "einem",
        "einen", "in", "im", "zu", "zum", "zur", "am", "an", "auf", "mit", "von", "vom", "für", "bei", "sich",
        "es", "er", "sie", "wir", "ich", "ihr", "sein", "haben", "werden", "auch", "so", "wie", "als", "dass"}


def default_model_path() -> Path:
    return Path(str(resources.files("lagebild") / "data" / "models" / "claims_de.npz"))


def features(text: str, lang: str = "de", categories: Iterable[str] | None = None) -> dict[str, float]:
    """Named inputs of the model for one claim span."""
    cues = cue_features(text, lang)
    f = {f"cue:{k}": v for k, v in cues.items()}
    f["rule:margin"] = rule_margin(cues)
    for tok in _tokens(text, lang):
        if tok[1] is not None and tok[1] not in STOP and len(tok[1]) > 1:
            f[f"w:{tok[1]}"] = 1.0
    neg = any(k in cues for k in ("neg_cue", "pos_negated", "neg_main", "neg_phrase"))
    for code in categories or ():
        code = str(code).strip()
        if not code:
            continue
        f[f"cat:{code}"] = 1.0
        f[f"top:{code[0]}"] = 1.0
        if neg:
            f[f"catneg:{code[0]}"] = 1.0
    return f


def _block(name: str) -> str:
    return name.split(":", 1)[0]


class ClaimsModel:
    """Logistic regression over ``features``: ``probability`` of +1 (the actor supports the claim)."""

    def __init__(self, names: list[str], w_text: np.ndarray, w_full: np.ndarray, thresholds: tuple[float, float],
                 meta: dict | None = None):
        self.names = names
        self.index = {n: i for i, n in enumerate(names)}
        self.w_text = w_text
        self.w_full = w_full
        self.thresholds = thresholds  # (text only, with categories): macro-F1-best on the tuning months
        self.meta = meta or {}

    def predict(self, text: str, lang: str = "de", categories: Iterable[str] | None = None) -> tuple[float, float]:
        """``(probability of +1, decision threshold)``; the ``full`` weights when categories are given."""
        cats = [str(c) for c in (categories or ()) if str(c).strip()]
        w = self.w_full if cats else self.w_text
        z = w[-1]
        for k, v in features(text, lang, cats).items():
            j = self.index.get(k)
            if j is not None:
                z += w[j] * v
        return float(1.0 / (1.0 + np.exp(-z))), self.thresholds[1 if cats else 0]

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:  # np.savez to a file object: no timestamps from the path
            np.savez(fh, names=np.array(self.names, dtype=str), w_text=self.w_text, w_full=self.w_full,
                     thresholds=np.array(self.thresholds, dtype=np.float64),
                     meta=np.array(json.dumps(self.meta, sort_keys=True)))

    @classmethod
    def load(cls, path: str | Path) -> "ClaimsModel":
        with np.load(path, allow_pickle=False) as z:
            return cls([str(n) for n in z["names"]], z["w_text"].astype(np.float64), z["w_full"].astype(np.float64),
                       (float(z["thresholds"][0]), float(z["thresholds"][1])), json.loads(str(z["meta"])))


@functools.lru_cache(maxsize=1)
def load_model() -> ClaimsModel | None:
    """The shipped model, or None when its file is missing (the rule scorer takes over)."""
    path = default_model_path()
    return ClaimsModel.load(path) if path.is_file() else None


# -- training -------------------------------------------------------------------------------------------

def _label(claim: dict) -> int:
    return 1 if str(claim.get("cpos")).strip() == "1" else 0


def is_tuning(claim: dict) -> bool:
    return str(claim.get("cdate", ""))[:6] <= TUNING_LAST_MONTH


def _matrix(feats: list[dict[str, float]], index: dict[str, int]) -> np.ndarray:
    X = np.zeros((len(feats), len(index) + 1))
    X[:, -1] = 1.0
    for i, f in enumerate(feats):
        for k, v in f.items():
            j = index.get(k)
            if j is not None:
                X[i, j] = v
    return X


def fit(X: np.ndarray, y: np.ndarray, reg: np.ndarray, iterations: int = ITERATIONS) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias, last column, unregularised).
    Classes are weighted to equal total weight, for macro-F1."""
    pos = max(1.0, float(y.sum()))
    neg = max(1.0, float(len(y) - y.sum()))
    sw = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * neg))
    w = np.zeros(X.shape[1])
    R = np.diag(reg)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        g = X.T @ (sw * (p - y)) + reg * w
        H = (X.T * (sw * p * (1 - p))) @ X + R + 1e-9 * np.eye(X.shape[1])
        w = w - np.linalg.solve(H, g)
    return w


def _train_weights(feats: list[dict[str, float]], y: np.ndarray, names: list[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    reg = np.array([L2[_block(n)] for n in names] + [0.0])
    return fit(_matrix(feats, index), y, reg)


def _vocabulary(feats: list[dict[str, float]]) -> list[str]:
    df: dict[str, int] = {}
    for f in feats:
        for k in f:
            df[k] = df.get(k, 0) + 1
    return sorted(k for k, n in df.items() if n >= MIN_DF or _block(k) in ("cue", "rule"))


def _macro_f1(gold: list[int], pred: list[int]) -> float:
    f1s = []
    for k in (1, 0):
        tp = sum(g == p == k for g, p in zip(gold, pred))
        fp = sum(p == k != g for g, p in zip(gold, pred))
        fn = sum(g == k != p for g, p in zip(gold, pred))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return sum(f1s) / 2


def cross_validate(claims: list[dict], with_categories: bool) -> tuple[list[float], list[int]]:
    """Leave-one-month-out probabilities on the given (tuning) claims."""
    months = sorted({str(c.get("cdate", ""))[:6] for c in claims})
    probs: list[float] = []
    gold: list[int] = []
    for m in months:
        train = [c for c in claims if str(c.get("cdate", ""))[:6] != m]
        test = [c for c in claims if str(c.get("cdate", ""))[:6] == m]
        ftr = [features(c.get("quote", ""), "de", c.get("claimvalues") if with_categories else None) for c in train]
        names = _vocabulary(ftr)
        w = _train_weights(ftr, np.array([_label(c) for c in train], dtype=np.float64), names)
        index = {n: i for i, n in enumerate(names)}
        fte = [features(c.get("quote", ""), "de", c.get("claimvalues") if with_categories else None) for c in test]
        probs.extend((1.0 / (1.0 + np.exp(-(_matrix(fte, index) @ w)))).tolist())
        gold.extend(_label(c) for c in test)
    return probs, gold


def _best_threshold(probs: list[float], gold: list[int]) -> tuple[float, float]:
    best = (-1.0, 0.5)
    for t in np.round(np.arange(0.30, 0.71, 0.02), 2):
        score = _macro_f1(gold, [int(p >= t) for p in probs])
        if score > best[0] + 1e-12:
            best = (score, float(t))
    return best[1], round(best[0], 3)


def train_claims(datasets_dir: str | Path, out_path: str | Path) -> dict[str, Any]:
    """Train on the tuning months of DEbateNet-mig15, write the model, return statistics."""
    from ..bench.claims import read_claims

    t0 = time.perf_counter()
    claims = [c for c in read_claims(Path(datasets_dir) / "debatenet-mig15") if is_tuning(c)]
    y = np.array([_label(c) for c in claims], dtype=np.float64)
    f_text = [features(c.get("quote", ""), "de") for c in claims]
    f_full = [features(c.get("quote", ""), "de", c.get("claimvalues")) for c in claims]
    names = _vocabulary(f_full)
    text_names = [n for n in names if _block(n) in ("cue", "rule", "w")]
    w_text_small = _train_weights(f_text, y, text_names)
    w_text = np.zeros(len(names) + 1)
    pos = {n: i for i, n in enumerate(names)}
    for i, n in enumerate(text_names):
        w_text[pos[n]] = w_text_small[i]
    w_text[-1] = w_text_small[-1]
    w_full = _train_weights(f_full, y, names)
    cv_text = _best_threshold(*cross_validate(claims, False))
    cv_full = _best_threshold(*cross_validate(claims, True))
    meta = {"data": "debatenet-mig15 claims 2015-01..2015-06 (MIT)", "claims": len(claims),
            "min_df": MIN_DF, "l2": L2, "iterations": ITERATIONS,
            "cv_macro_f1": {"text": cv_text[1], "full": cv_full[1]}}
    model = ClaimsModel(names, w_text, w_full, (cv_text[0], cv_full[0]), meta)
    model.save(out_path)
    load_model.cache_clear()
    return {"claims": len(claims), "features": len(names), "thresholds": list(model.thresholds),
            "cv_macro_f1": meta["cv_macro_f1"], "seconds": round(time.perf_counter() - t0, 1),
            "bytes": Path(out_path).stat().st_size}
