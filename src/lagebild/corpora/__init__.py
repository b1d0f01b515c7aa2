"""Readers of the public data sets that lagebild trains on and is measured on, one module per
data set. Used by ``lagebild.train`` and ``lagebild.bench``; the runtime never imports them."""
from __future__ import annotations

# One sentence of a BIO-tagged corpus: (tokens, tags such as "B-PER", "I-PER", "O").
Sentence = tuple[list[str], list[str]]
