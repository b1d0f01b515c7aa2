"""A small logistic regression for claim polarity, trained on the DEbateNet-mig15 tuning months.

Inputs (``features``): the cue features of ``stance.cue_features`` (refusal, support, negation
by scope, verdict phrases), their hand-set sum (``rule``), lemma unigrams seen in at least
``train.claims.MIN_DF`` tuning claims, and, where the caller knows them, the claim's codebook
categories (``cat:108`` and its top level ``top:1``). Two weight vectors are shipped: ``text`` (no
categories: what ``lagebild analyze`` uses) and ``full`` (with categories: the bench, or any
caller that has them).

Data: ``debatenet-mig15/claims-2015-01-to-10.jsonl`` (MIT), claims dated January to June 2015
only (the tuning months); July to October are the held-out months of ``lagebild bench claims``.
Training (``train/claims.py``, ``lagebild train claims``) is deterministic, so it rebuilds
``data/models/claims_de.npz`` bit for bit.
"""
from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import Path
from typing import Iterable

import numpy as np

from .stance import _tokens, cue_features, rule_margin

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
