"""Accurate-mode statement tagger: the span tagger (``nlp.transformer.tagger``) with five
BIO heads, quote (classed by speech type), cue, speaker, addressee and frame.

The rules (``statements/``) stay the decoder: ``statements/merge.py`` adds the quotes
the rules missed and fills the roles they left empty from these spans.

Trained by ``train/quotes_accurate.py`` (``lagebild train quotes-accurate``) on
de-news-quotes-2024 train (CC BY-NC-SA 4.0; every seventh document held out to tune the
merge) or GermEval 2023 SpkAtt train (CC BY-SA 4.0, the open rebuild path).
"""
from __future__ import annotations

from pathlib import Path

from ..nlp.transformer.shipped import load_tagger, predict_one, require_model, shipped_path

TYPES = ["Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported"]
HEADS = {"quote": TYPES, "cue": ["CUE"], "speaker": ["SPK"], "addressee": ["ADR"], "frame": ["FRM"]}
MODEL_FILE = "quotes_accurate.npz"
HOLDOUT_EVERY = 7  # train documents n % 7 == 0 are kept for tuning the merge
# How the merge uses each source's tagger (statements.merge.MergeConfig fields), chosen on the
# held-out news documents. A SpkAtt tagger learnt parliament's conventions: its vetoes and
# added quotes cost joint F1 on news (70.9 -> 58.1), only its addressees are kept.
MERGE_BY_SOURCE = {
    "quotes": {},
    "spkatt": {"drop_unsupported": False, "add_quotes": False, "fill_speaker": False, "fill_cue": False},
}


def model_path() -> Path:
    return shipped_path(MODEL_FILE)


_WHAT, _TRAIN = "accurate statement model", "train quotes-accurate"


def check_available() -> None:
    require_model(model_path(), _WHAT, _TRAIN)


def shipped_tagger():
    return load_tagger(model_path(), _WHAT, _TRAIN)


def tag(text: str, *, threads: int = 1) -> dict[str, list[tuple[int, int, str]]]:
    """The tagger's spans of one text, per head."""
    return predict_one(shipped_tagger(), text, threads)


def merge_config():
    """The merge settings the installed tagger was trained for (its file says; the shipped
    file predates the field and takes the defaults)."""
    from .statements.merge import MergeConfig

    meta = getattr(shipped_tagger(), "meta", {})
    return MergeConfig(**meta.get("merge", MERGE_BY_SOURCE.get(meta.get("source", "quotes"), {})))
