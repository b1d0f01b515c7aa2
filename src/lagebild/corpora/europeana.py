"""Europeana Newspapers German NER (CC0; historical OCR): BIO files without sentence breaks."""
from __future__ import annotations

from pathlib import Path

from . import Sentence

FILES = ("enp_DE.lft.bio", "enp_DE.onb.bio", "enp_DE.sbb.bio")  # under europeana-de-ner/


def read_europeana(path: str | Path, max_len: int = 60) -> list[Sentence]:
    """Europeana BIO files (no sentence breaks): cut at '.', '!', '?' or every ``max_len`` tokens."""
    out: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2:
            continue
        tok, tag = parts
        tag = tag.upper()
        if tag[2:] not in ("PER", "LOC", "ORG"):
            tag = "O"
        toks.append(tok)
        tags.append(tag)
        if tok in (".", "!", "?") and len(toks) > 3 or len(toks) >= max_len:
            out.append((toks, tags))
            toks, tags = [], []
    if toks:
        out.append((toks, tags))
    return out
