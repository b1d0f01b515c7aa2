"""Claim polarity: +1 (supports) or -1 (opposes), with a confidence.

German goes through the trained model (``claims_model``) when its file is there; everything
else sums the cue features of ``stance`` by hand-set weights (``stance.rule_margin``).
"""
from __future__ import annotations

from typing import Iterable

from .claims_model import load_model
from .stance import cue_features, rule_margin


def claim_polarity(text: str, lang: str = "de", categories: Iterable[str] | None = None) -> tuple[int, float]:
    """``(+1 or -1, confidence 0.5..1)`` for one claim span.

    German goes through the trained model (``claims_model``) when its file is there;
    ``categories`` are DEbateNet codebook codes ("100", "108") where the caller knows them.
    """
    if lang == "de":
        model = load_model()
        if model is not None:
            p, threshold = model.predict(text, lang, categories)
            conf = 0.5 + abs(p - threshold) / (2 * max(threshold, 1 - threshold))
            return (1 if p >= threshold else -1), round(min(1.0, conf), 3)
    margin = rule_margin(cue_features(text, lang))
    label = 1 if margin >= 0 else -1
    confidence = 0.5 + min(abs(margin), 3.0) / 6.0
    return label, round(confidence, 3)
