"""Precise rules for names the tagger misses: works and events (MISC), organisation
patterns, and compounds or adjectives built on a known name (for the languages whose
``lang/<code>/ner.py`` has the rule lists: German).

The tagger learns MISC only from the 149 OTH spans of GermEval's tune half (a quarter of
them "Euro"; works, products, languages) and its ORG recall is low, so these rules add spans with high
precision. GermEval-style annotation counts a compound containing a name ("US-Präsident",
LOCpart) under the name's class at the outer level; such spans get a label but no actor
(the compound names a person or an office, not the country). Derived adjectives
("deutsche") come from the knowledge base and the tagger; there is no rule for region
adjectives ("europäische"): the tagger learns them from GermEval, and they name no actor.

``rule_spans`` returns (start, end, label, override): an override span (a quoted title
after a cue noun) replaces spans inside it; the others only fill gaps.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .language import lang_data

YEAR = re.compile(r"^(19|20)\d\d\.?$")  # spaCy keeps a sentence-final "2014." whole


@dataclass(frozen=True)
class Lists:
    """One language's rule lists (``lang/<code>/ner.py``)."""

    title_cues: frozenset[str]  # nouns that introduce a title in quotes
    open_quotes: dict[str, str]  # opening quote -> its closing quote
    event_by_first: dict[str, list[tuple[str, ...]]]  # recurring events (token tuples) by first token
    year_events: frozenset[str]  # tournaments with a year: "WM 2014"
    org_cues: frozenset[str]  # an organisation cue noun followed by its name: "die Gewerkschaft Verdi"
    university: frozenset[str]  # words before a university head ("Technische Universität")
    institution_heads: frozenset[str]  # "Universität Hamburg", "Landgericht Berlin"
    org_word: re.Pattern  # one-word organisations by their compound ("Bundesverfassungsgericht")
    org_endings: tuple[str, ...]  # cheap pre-filter for org_word (lower-cased endings)
    generic_org: frozenset[str]  # compounds org_word would catch that are not names


@functools.lru_cache(maxsize=8)
def lists(lang: str | None) -> Lists | None:
    """The rule lists of ``lang``; None for a language without these rules."""
    d = lang_data(lang, "ner")
    if d is None or not hasattr(d, "TITLE_CUES"):
        return None
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for seq in d.EVENTS:
        by_first.setdefault(seq[0], []).append(seq)
    return Lists(frozenset(d.TITLE_CUES), d.OPEN_QUOTES, by_first, frozenset(d.YEAR_EVENTS), frozenset(d.ORG_CUES),
                 frozenset(d.UNIVERSITY), frozenset(d.INSTITUTION_HEADS), re.compile(d.ORG_WORD), tuple(d.ORG_ENDINGS),
                 frozenset(d.GENERIC_ORG))


def _closing(L: Lists, toks: list[str], k: int, close: str, limit: int = 14) -> int | None:
    """Index of the closing quote after an opening quote at ``k``, within ``limit`` tokens."""
    for m in range(k + 1, min(len(toks), k + 2 + limit)):
        t = toks[m]
        if t == close or (close in "“”\"" and t in "“”\""):
            return m
        if t in (".", "!", "?") and m + 1 < len(toks) and toks[m + 1] not in L.open_quotes.values():
            return None  # the sentence ended: not a title
        if "\n" in t:
            return None
    return None


def _titles(L: Lists, toks: list[str]) -> list[tuple[int, int, str, bool]]:
    out = []
    for i, tok in enumerate(toks[:-2]):
        if tok not in L.title_cues:
            continue
        k = i + 1
        close = L.open_quotes.get(toks[k])
        if close is None:
            continue
        m = _closing(L, toks, k, close)
        if m is None or m == k + 1:
            continue
        first = toks[k + 1]
        if first[:1].isupper() or first[:1].isdigit():
            out.append((k + 1, m, "MISC", True))
    return out


def _events(L: Lists, toks: list[str]) -> list[tuple[int, int, str, bool]]:
    out = []
    n = len(toks)
    for i, tok in enumerate(toks):
        for seq in L.event_by_first.get(tok, ()):
            if tuple(toks[i:i + len(seq)]) == seq:
                out.append((i, i + len(seq), "MISC", True))
                break
        else:
            if tok in L.year_events and i + 1 < n and YEAR.match(toks[i + 1]):
                out.append((i, i + 2, "MISC", True))
    return out


def _is_name(tok: str) -> bool:
    return tok[:1].isupper() and (tok.isalpha() or "-" in tok) and len(tok) > 1


def _org_patterns(L: Lists, toks: list[str], starts: list[bool], common) -> list[tuple[int, int, str, bool]]:
    out = []
    n = len(toks)
    for i, tok in enumerate(toks):
        if not tok[:1].isupper():
            continue
        nxt = toks[i + 1] if i + 1 < n else ""
        # "Universität Hamburg", "Technische Universität München", "Landgericht Berlin"
        if tok in L.institution_heads and nxt:
            j = i + 1
            if nxt in ("zu", "in", "des", "der") and i + 2 < n and _is_name(toks[i + 2]):
                j = i + 2
            if _is_name(toks[j]) and not common(toks[j]):
                a = i - 1 if i > 0 and toks[i - 1] in L.university and not starts[i - 1] else i
                out.append((a, j + 1, "ORG", False))
                continue
        # "die Gewerkschaft Verdi", "die Partei Die Linke" (a name after an organisation noun)
        if tok in L.org_cues and nxt and _is_name(nxt) and not common(nxt) and nxt not in L.org_cues:
            j = i + 2
            while j < n and j < i + 4 and _is_name(toks[j]) and not common(toks[j]):
                j += 1  # "die Fluggesellschaft Air Berlin"
            out.append((i + 1, j, "ORG", False))
            continue
        if tok.lower().endswith(L.org_endings) and L.org_word.match(tok) and tok not in L.generic_org:
            out.append((i, i + 1, "ORG", False))
    return out


def _derived(toks: list[str], form_label: dict[str, str]) -> list[tuple[int, int, str, bool]]:
    """Compounds on a known name: "US-Präsident", "SPD-Chef", "Merkel-Regierung"."""
    out = []
    for i, tok in enumerate(toks):
        if "-" not in tok or tok.endswith("-") or tok.startswith("-") or tok in form_label:
            continue
        head = tok.split("-", 1)[0]
        label = form_label.get(head, "")
        if label.startswith(("LOC", "ORG")) or (label == "PER" and " " not in head):
            out.append((i, i + 1, label[:3], False))
    return out


def rule_spans(toks: list[str], starts: list[bool], form_label: dict[str, str],
               common, lang: str = "de") -> list[tuple[int, int, str, bool]]:
    """Rule spans over ``toks`` (a document's token texts; ``starts`` marks sentence starts;
    ``common(tok)`` says a capitalised word is an ordinary noun); none for a language without
    rule lists."""
    L = lists(lang)
    if L is None:
        return []
    return _titles(L, toks) + _events(L, toks) + _org_patterns(L, toks, starts, common) + _derived(toks, form_label)
