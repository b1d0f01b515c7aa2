"""The cue lexicon (one owner) and matching of verb cues, separable ones included.

Cue words live in the shipped TSVs (``data/lexicons/<lang>_cues.tsv``) and in
``lang/<lang>/speech.py``; this module loads them. German verbs are matched through
simplemma lemmas, so "schrieb", "kündigte", "mitteilte" find "schreiben", "kündigen",
"mitteilen". A separable verb is a finite stem plus its particle at the end of the
clause ("teilte ... mit", "gab ... zu", "deutet ... an"): the cue is then two spans.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from ...caches import word_cache
from ...lang.de.speech import EXTRA_DE_NOUNS, EXTRA_DE_VERBS
from ...lang.de.speech import PARTICLES as SEPARABLE_PARTICLES
from ...lang.en.speech import IRREGULAR_SAY_FORMS
from ...nlp.lemmas import lemmatize

_LEXICON_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "lexicons"


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]  # lemma -> medium
    nouns: dict[str, str]
    preps: dict[str, str]


@functools.lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    """The cue lexicon of ``lang`` (German for any language but English)."""
    name = "de_cues.tsv" if lang == "de" else "en_cues.tsv"
    text = (_LEXICON_DIR / name).read_text(encoding="utf-8")
    verbs, nouns, preps = {}, {}, {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        target = {"verb": verbs, "noun": nouns, "prep": preps}[row["kind"]]
        target[row["lemma"]] = row["medium"]
    if lang == "de":
        for lem, medium in EXTRA_DE_VERBS.items():
            verbs.setdefault(lem, medium)
        for noun, medium in EXTRA_DE_NOUNS.items():
            nouns.setdefault(noun, medium)
    return Lexicon(verbs, nouns, preps)


@word_cache
def lemma(word: str, lang: str) -> str:
    low = word.lower()
    if lang == "en":
        if low in IRREGULAR_SAY_FORMS:
            return IRREGULAR_SAY_FORMS[low]
        for suf, rep in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
            if low.endswith(suf):
                cand = low[: -len(suf)] + rep
                if cand in load_lexicon("en").verbs:
                    return cand
        return low
    lem = lemmatize(low, "de")
    if lem == low and low.endswith("t"):
        return _weak_participle_lemma(low) or lem
    return lem


def _weak_participle_lemma(low: str) -> str | None:
    """The lexicon verb a weak participle the lemmatizer does not know belongs to: "ermahnt" -> "ermahnen",
    "eingefordert" -> "einfordern", "missbilligt" -> "missbilligen"."""
    verbs = load_lexicon("de").verbs
    stems = [low[:-1]]
    for particle in sorted(SEPARABLE_PARTICLES, key=len, reverse=True):
        if low.startswith(particle + "ge"):
            stems.append(particle + low[len(particle) + 2:-1])
    if low.startswith("ge"):
        stems.append(low[2:-1])
    for stem in stems:
        for cand in (stem + "en", stem + "n"):
            if cand in verbs:
                return cand
    return None


_INSEPARABLE = ("be", "er", "ver", "ent", "zer", "emp", "über", "unter", "miss", "wider", "hinter")


def is_participle(word: str, lem: str) -> bool:
    """A German past participle of ``lem`` ("gesagt", "angekündigt", "erklärt", "mitgeteilt")."""
    low = word.lower()
    if low == lem:
        return False
    if low.startswith("ge") and low.endswith("en") and len(low) > 5:
        return True  # strong participles: "gebeten", "gehalten", "gesprochen"
    if low.endswith(("te", "ten", "test")) and low.startswith(lem[:-2]):
        return False  # a weak preterite: "betonten", "sagte" ("bestritten" is strong: a participle)
    particle = next((p for p in SEPARABLE_PARTICLES if lem.startswith(p) and low.startswith(p + "ge")), None)
    if particle is not None:  # "zurückgewiesen", "hervorgehoben"
        return low.endswith(("t", "en"))
    if low.endswith(("te", "ten", "test")) and not lem.startswith(_INSEPARABLE):
        return False
    if low.startswith("ge") or "ge" in low[1:6]:
        return low.endswith(("t", "en"))
    prefixed = lem.startswith(_INSEPARABLE)
    return low.endswith("t") and prefixed or low.endswith("iert") or low.endswith("en") and prefixed and low != lem
