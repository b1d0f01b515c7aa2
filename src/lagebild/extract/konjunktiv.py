"""A compact German Konjunktiv detector (no POS tagger needed).

Reported speech in German news is marked by Konjunktiv I ("sei", "habe",
"werde") and, where that is ambiguous, Konjunktiv II ("hätten", "würde").
We list the frequent forms and accept other lower-case words ending in -e
whose lemma is the word plus "n" (a verb: "gebe" -> "geben", "bestehe" ->
"bestehen"), which rules out adjectives ("große" -> "groß") and nouns
(capitalised in German).
"""
from __future__ import annotations

from ..caches import word_cache
from ..nlp.lemmas import lemmatize

# Konjunktiv I, 3rd person (the forms reported speech uses).
KONJ1 = {
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge",
    "gebe", "komme", "gehe", "stehe", "liege", "wisse", "bleibe", "handle", "handele", "fehle",
    "gelte", "lasse", "sehe", "halte", "brauche", "finde", "trage", "plane", "arbeite", "lebe",
    "besitze", "verfüge", "bestehe", "drohe", "erwarte", "wolle",
}
# Konjunktiv II forms that also signal reported speech in news.
KONJ2 = {
    "wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten", "müsste", "müssten",
    "sollte", "sollten", "dürfte", "dürften", "gäbe", "käme", "kämen", "ginge", "stünde", "stünden",
    "bräuchte", "wüsste", "läge", "lägen", "befänden", "befände",
}
# Reportative "sollen": "Er soll ... haben" marks hearsay (free indirect speech in the data sets).
REPORTATIVE = {"soll", "sollen"}
# Words ending in -e that are never finite verbs.
_NOT_VERB = {
    "die", "eine", "keine", "meine", "deine", "seine", "ihre", "unsere", "eure", "diese", "jene",
    "jede", "welche", "manche", "solche", "alle", "beide", "viele", "wenige", "ohne", "gerne", "gern",
    "heute", "ebenfalls", "alleine", "ende", "gegebene", "erste", "letzte", "nächste", "ganze",
    "andere", "mehrere", "einige", "halbe", "etliche", "bitte", "danke", "gerade", "lange",
}


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
    if word[:1].isupper() or len(low) < 4 or low in _NOT_VERB or not low.isalpha():
        return None
    if low.endswith("e") and lemmatize(low, "de") in (low + "n", low[:-1] + "en"):
        return "1"
    return None


def has_konjunktiv(words: list[str], *, reportative: bool = False, strong_only: bool = False) -> bool:
    """Whether any of ``words`` is a Konjunktiv form (I or II; optionally reportative sollen)."""
    for w in words:
        kind = konjunktiv_kind(w)
        if kind == "1" or (kind == "2" and not strong_only) or (kind == "sollen" and reportative):
            return True
    return False
