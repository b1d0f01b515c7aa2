"""Language identification restricted to the languages lagebild analyses, and the
lookup of a language's data (``lagebild.lang.<code>.<task>``) by its code."""
from __future__ import annotations

import functools
import importlib
from types import ModuleType

from ..lang import NEIGHBOURS, SUPPORTED as _SUPPORTED

SUPPORTED = tuple(_SUPPORTED)
# Candidate set: the supported languages plus close neighbours, so a Dutch or
# French text is recognised as "other" rather than forced into de/en.
_CANDIDATES = tuple(dict.fromkeys(SUPPORTED + tuple(NEIGHBOURS)))


@functools.lru_cache(maxsize=None)
def lang_data(lang: str | None, task: str) -> ModuleType | None:
    """The data module ``lagebild.lang.<lang>.<task>``, or None where ``lang`` has none for ``task``."""
    if not lang or not lang.isalpha() or not lang.islower():
        return None
    name = f"lagebild.lang.{lang}.{task}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name in (name, f"lagebild.lang.{lang}"):
            return None
        raise


def all_lang_data(task: str) -> tuple[ModuleType, ...]:
    """The ``task`` data modules of every supported language that has one, in table order."""
    return tuple(m for m in (lang_data(code, task) for code in SUPPORTED) if m is not None)


def merged(task: str, name: str):
    """``name`` from every language's ``task`` data, combined: sets are united, dicts merged
    (table order), lists and tuples concatenated, regex alternations joined with "|"."""
    parts = [getattr(m, name) for m in all_lang_data(task) if hasattr(m, name)]
    first = parts[0]
    if isinstance(first, (set, frozenset)):
        return set().union(*parts)
    if isinstance(first, dict):
        out: dict = {}
        for p in parts:
            out.update(p)
        return out
    if isinstance(first, str):
        return "|".join(parts)
    return type(first)(x for p in parts for x in p)


@functools.lru_cache(maxsize=1)
def _identifier():
    # py3langid: the maintained successor of langid.py (same model and classifier).
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(_CANDIDATES))
    return ident


def detect_language(text: str, *, sample_chars: int = 2000) -> tuple[str, float]:
    """(ISO 639-1 code, probability) from the first ``sample_chars`` characters."""
    sample = text[:sample_chars]
    if not sample.strip():
        return ("und", 0.0)
    lang, prob = _identifier().classify(sample)
    return (lang, float(prob))
