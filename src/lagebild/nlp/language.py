"""Language identification restricted to the languages lagebild analyses."""
from __future__ import annotations

import functools

SUPPORTED = ("de", "en")
# Candidate set: the supported languages plus close neighbours, so a Dutch or
# French text is recognised as "other" rather than forced into de/en.
_CANDIDATES = ("de", "en", "nl", "fr", "es", "it", "pl", "pt", "da", "sv")


@functools.lru_cache(maxsize=1)
def _identifier():
    from langid.langid import LanguageIdentifier, model

    ident = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    ident.set_languages(list(_CANDIDATES))
    return ident


def detect_language(text: str, *, sample_chars: int = 2000) -> tuple[str, float]:
    """(ISO 639-1 code, probability) from the first ``sample_chars`` characters."""
    sample = text[:sample_chars]
    if not sample.strip():
        return ("und", 0.0)
    lang, prob = _identifier().classify(sample)
    return (lang, float(prob))
