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


@functools.lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    name = "de_cues.tsv" if lang == "de" else "en_cues.tsv"
    text = _read_file(name)
    verbs, nouns, preps = {}, {}, {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        target = {"verb": verbs, "noun": nouns, "prep": preps}[row["kind"]]
        target[row["lemma"]] = row["medium"]
    return Lexicon(verbs, nouns, preps)


def _read_file(name: str) -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parent.parent / "data" / "lexicons" / name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=65536)
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
    import simplemma

    return simplemma.lemmatize(low, lang="de")


def is_participle(word: str, lem: str) -> bool:
    """A German past participle of ``lem`` ("gesagt", "angekündigt", "erklärt", "mitgeteilt")."""
    low = word.lower()
    if low.endswith(("te", "ten", "test")) or low == lem:
        return False
    if low.startswith("ge") or "ge" in low[1:6]:
        return low.endswith(("t", "en"))
    return low.endswith("t") and lem.startswith(("be", "er", "ver", "ent", "zer", "emp", "über", "unter")) \
        or low.endswith("iert")
