"""Shipped NER resources: the gazetteer trie built from the knowledge base, token
label counts from open training corpora, and given names. Built once, cached."""
from __future__ import annotations

import functools
import gzip
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .language import merged

LABELS = ("PER", "LOC", "ORG", "MISC", "O")
TYPE_LABEL = {"person": "PER", "country": "LOC", "place": "LOC", "government": "ORG", "party": "ORG",
              "organization": "ORG", "institution": "ORG", "group": "ORG", "medium": "ORG"}


def _data(name: str) -> Path:
    return Path(str(resources.files("lagebild") / "data" / "kb" / name))


@functools.lru_cache(maxsize=1)
def token_counts() -> dict[str, tuple[int, ...]]:
    """token -> counts as (PER, LOC, ORG, MISC, capitalised O) in the training corpora."""
    out = {}
    with gzip.open(_data("ner_lexicon.tsv.gz"), "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            tok, *nums = line.rstrip("\n").split("\t")
            out[tok] = tuple(int(n) for n in nums)
    return out


def common_word(tok: str, min_seen: int = 1) -> bool:
    """Seen more often as a plain capitalised word than in any name ('Maschine', 'Regierung'), and
    at least ``min_seen`` times so."""
    counts = token_counts().get(tok)
    return counts is not None and counts[4] > sum(counts[:4]) and counts[4] >= min_seen


def mostly_place(tok: str) -> bool:
    """Seen more often as (part of) a place name than anything else ('Baden-Württemberg', 'Bayern')."""
    counts = token_counts().get(tok)
    return counts is not None and counts[1] >= 2 and counts[1] > counts[0] + counts[2] + counts[3] + counts[4]


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    with gzip.open(_data("given_names.txt.gz"), "rt", encoding="utf-8") as fh:
        names = {line.strip() for line in fh if line.strip()}
    # common English/international given names the Berlin list lacks or may lack (lang/<code>/ner.py)
    names |= merged("ner", "GIVEN_NAMES")
    return frozenset(names)


@dataclass
class Gazetteer:
    """First token -> [(token tuple, surface form)], longest first."""

    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    media: dict[str, str] = field(default_factory=dict)  # short medium name -> actor id ("X")

    def match(self, tokens: list[str], i: int) -> tuple[int, str] | None:
        for seq, form in self.by_first.get(tokens[i], ()):
            n = len(seq)
            if tuple(tokens[i:i + n]) == seq:
                return n, form
        return None


def gazetteer_of_forms(forms, lang: str) -> Gazetteer:
    """A gazetteer of surface forms, tokenised as documents are (longest match first)."""
    from .tokens import blank

    nlp = blank(lang)
    gz = Gazetteer()
    for form in forms:
        seq = tuple(t.text for t in nlp.make_doc(form))
        if seq:
            gz.by_first.setdefault(seq[0], []).append((seq, form))
    for entries in gz.by_first.values():
        entries.sort(key=lambda e: -len(e[0]))
    return gz


def build_gazetteer(kb, lang: str) -> Gazetteer:
    forms = set(kb.surface_forms()) | set(kb.metonyms) | set(kb.spokespeople)
    forms |= {f for f in kb.role_nouns if " " in f}
    gz = gazetteer_of_forms(forms, lang)
    for rec in kb.records.values():
        if rec.type == "medium":
            for name in (rec.name.split(" (")[0], rec.name_de or ""):
                if name:
                    gz.media[name] = rec.id
    return gz
