"""A compact German Konjunktiv detector (no POS tagger needed).

Reported speech in German news is marked by Konjunktiv I ("sei", "habe",
"werde") and, where that is ambiguous, Konjunktiv II ("hätten", "würde").
The frequent forms are listed in ``lang/de/speech.py``; other lower-case words
ending in -e count when their lemma is the word plus "n" (a verb: "gebe" ->
"geben", "bestehe" -> "bestehen"), which rules out adjectives ("große" -> "groß")
and nouns (capitalised in German).
"""
from __future__ import annotations

from ...caches import word_cache
from ...lang.de.speech import KONJ1, KONJ2, NOT_FINITE_E_WORDS, REPORTATIVE
from ...nlp.lemmas import lemmatize


@word_cache
def konjunktiv_kind(word: str) -> str | None:
    """'1', '2', 'sollen' or None for one token (case as in the text)."""
    low = word.lower()
    if low in KONJ1:
        return "1"
    if low in KONJ2:
        return "2"
    if low in REPORTATIVE:
        return "sollen"
    if word[:1].isupper() or len(low) < 4 or low in NOT_FINITE_E_WORDS or not low.isalpha():
        return None
    if low.endswith("e") and lemmatize(low, "de") in (low + "n", low[:-1] + "en"):
        return "1"
    if low.endswith(("ere", "ele")) and lemmatize(low, "de") == low[:-1] + "n":
        return "1"  # "erinnere" -> "erinnern", "handele" -> "handeln"
    return None


def has_konjunktiv(words: list[str], *, reportative: bool = False, strong_only: bool = False) -> bool:
    """Whether any of ``words`` is a Konjunktiv form (I or II; optionally reportative sollen).

    A comparison is narration, not reported speech: "als wolle er", "als ob er zögere" (up to the next comma)."""
    compare = False
    for i, w in enumerate(words):
        low = w.lower()
        if low in {"ob", "wenn"} and i and words[i - 1].lower() == "als":
            compare = True
        elif w == ",":
            compare = False
        if compare or i and words[i - 1].lower() == "als" and low != "ob":
            continue
        kind = konjunktiv_kind(w)
        if kind == "1" or (kind == "2" and not strong_only) or (kind == "sollen" and reportative):
            return True
    return False
