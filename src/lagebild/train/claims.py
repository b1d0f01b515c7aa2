"""Training of the claim polarity model (``extract/claims_model.py``,
``data/models/claims_de.npz``) on the DEbateNet-mig15 tuning months: ``lagebild train claims``.

Claims dated January to June 2015 only (``corpora.debatenet.is_tuning``); July to October
are the held-out months of ``lagebild bench claims`` and are never read here. Deterministic
(Newton's method, fixed iterations, sorted feature names), so it rebuilds the shipped file
bit for bit.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

from ..corpora.debatenet import is_tuning, read_claims
from ..extract.claims_model import ClaimsModel, features, load_model

MIN_DF = 3
# L2 strength per feature block (chosen by month-wise cross-validation on the tuning months)
L2 = {"cue": 0.5, "rule": 0.5, "w": 4.0, "cat": 2.0, "top": 2.0, "catneg": 4.0}
ITERATIONS = 10


def _block(name: str) -> str:
    return name.split(":", 1)[0]


def _label(claim: dict) -> int:
    return 1 if str(claim.get("cpos")).strip() == "1" else 0


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
