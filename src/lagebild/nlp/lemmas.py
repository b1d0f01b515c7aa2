"""simplemma lemmas behind one cache for the whole pipeline.

Statements (cue verbs, Konjunktiv), stance and topics all lemmatise the lowercased words
of the same document; one cache means each new word is lemmatised once, not once per
stage (a lemmatiser call is the cost of a new word).
"""
from __future__ import annotations

from ..caches import word_cache


@word_cache
def lemmatize(word: str, lang: str) -> str:
    """simplemma's lemma of ``word`` (``lang``: "de" or "en"), as simplemma writes it."""
    import simplemma

    return simplemma.lemmatize(word, lang=lang)
