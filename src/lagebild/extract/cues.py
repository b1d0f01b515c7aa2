"""Cue lexicons (shipped TSVs) and matching of verb cues, separable ones included.

German verbs are matched through simplemma lemmas, so "schrieb", "kündigte",
"mitteilte" find "schreiben", "kündigen", "mitteilen". A separable verb is a
finite stem plus its particle at the end of the clause ("teilte ... mit",
"gab ... zu", "deutet ... an"): the cue is then two spans.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from ..caches import word_cache
from ..nlp.lemmas import lemmatize

# Particles of separable verbs, and two-word particles ("davon aus", "bekannt").
PARTICLES = {
    "an", "auf", "aus", "bei", "ein", "fest", "hin", "mit", "vor", "zu", "zurück", "bekannt", "klar",
    "hinzu", "dar", "nach", "ab", "fort", "entgegen", "heraus", "hervor", "zusammen", "weiter",
}
AUX = {"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "ist", "war", "waren", "sind",
       "wurde", "wurden", "wird", "werden", "sei", "seien", "worden"}
ENGLISH_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write",
                     "writes": "write", "thought": "think", "thinks": "think", "believes": "believe"}


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]  # lemma -> medium
    nouns: dict[str, str]
    preps: dict[str, str]


# More German reporting verbs (lemma -> medium), beside the shipped lexicon: written from general knowledge of
# German news language, not derived from any annotated corpus.
EXTRA_DE_VERBS = {
    "verlauten": "SW", "verlautbaren": "SW", "anregen": "Speech", "besagen": "Writing", "konstatieren": "Speech",
    "resümieren": "Speech", "bilanzieren": "Speech", "folgern": "ST", "schlussfolgern": "ST", "einwenden": "Speech",
    "entgegenhalten": "Speech", "kontern": "Speech", "rügen": "Speech", "monieren": "Speech", "beanstanden": "Speech",
    "spekulieren": "ST", "mutmaßen": "ST", "prognostizieren": "SW", "garantieren": "Speech", "enthüllen": "SW",
    "vermelden": "SW", "festhalten": "SW", "anordnen": "SW", "abraten": "Speech", "pochen": "Speech",
    "insistieren": "Speech", "vorhalten": "Speech", "androhen": "Speech", "einwerfen": "Speech", "anfügen": "Speech",
    "geloben": "Speech", "schwören": "Speech", "beschwören": "Speech", "einfordern": "Speech", "aussprechen": "Speech",
    "ausschließen": "Speech", "abstreiten": "Speech", "beipflichten": "Speech", "befürworten": "SW",
    "einschätzen": "ST", "vorrechnen": "Speech", "nachlegen": "Speech", "unterrichten": "SW", "informieren": "SW",
}


EXTRA_DE_NOUNS = {
    "Vorwürfe": "Speech", "Vorwürfen": "Speech", "Forderungen": "Speech", "Befürchtungen": "ST", "Warnungen": "Speech",
    "Angst": "ST", "Ängste": "ST", "Vorschlag": "Speech", "Zusicherung": "Speech", "Spekulationen": "ST",
    "Vermutungen": "ST", "Ankündigungen": "Speech", "Appelle": "Speech", "Drohungen": "Speech", "Beteuerung": "Speech",
    "These": "ST", "Theorie": "ST",
}


@functools.lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    name = "de_cues.tsv" if lang == "de" else "en_cues.tsv"
    text = _read_file(name)
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


def _read_file(name: str) -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parent.parent / "data" / "lexicons" / name).read_text(encoding="utf-8")


@word_cache
def lemma(word: str, lang: str) -> str:
    low = word.lower()
    if lang == "en":
        if low in ENGLISH_IRREGULAR:
            return ENGLISH_IRREGULAR[low]
        for suf, rep in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
            if low.endswith(suf):
                cand = low[: -len(suf)] + rep
                if cand in load_lexicon("en").verbs:
                    return cand
        return low
    return lemmatize(low, "de")


def is_participle(word: str, lem: str) -> bool:
    """A German past participle of ``lem`` ("gesagt", "angekündigt", "erklärt", "mitgeteilt")."""
    low = word.lower()
    if low == lem:
        return False
    if low.startswith("ge") and low.endswith("en") and len(low) > 5:
        return True  # strong participles: "gebeten", "gehalten", "gesprochen"
    if low.endswith(("te", "ten", "test")):
        return False
    if low.startswith("ge") or "ge" in low[1:6]:
        return low.endswith(("t", "en"))
    prefixed = lem.startswith(("be", "er", "ver", "ent", "zer", "emp", "über", "unter", "miss"))
    return low.endswith("t") and prefixed or low.endswith("iert") or low.endswith("en") and prefixed and low != lem
