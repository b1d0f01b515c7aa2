"""German noun-phrase chunker without a POS tagger: noun-phrase ends, subject pre-fields, adverbs.

German capitalises nouns and names, which makes a usable NP chunker from determiners,
adjective endings and capitalisation alone (word lists in ``lang/de/speech_syntax.py``).
"""
from __future__ import annotations

import re

from ...caches import word_cache
from ...lang.de.speech_syntax import (
    ADJ_END, DETS, GENITIVE_ADJ, GENITIVE_LINKS, LOWER_CASE_NAMES, NON_SUBJECT_START, PP_SKIP, PRONOUNS, SKIPPABLE,
    ZU_INFIX,
)
from ...nlp.lemmas import lemmatize
from .doc import is_cap


def ends_with_zu_infinitive(words: list[str], a: int, b: int) -> bool:
    """Whether the clause [a, b) ends with a zu-infinitive: "zu prüfen", "vorzulegen", "zu haben"."""
    while b > a and not any(c.isalpha() for c in words[b - 1]):
        b -= 1
    if b - a < 2:
        return False
    last = words[b - 1]
    if last[:1].isupper():
        return False
    if words[b - 2].lower() == "zu":
        return True
    if b - a >= 3 and words[b - 3].lower() == "zu" and last.lower() in {"haben", "sein", "werden", "können", "wollen", "lassen", "müssen", "dürfen"}:
        return True
    return bool(ZU_INFIX.match(last.lower()))


def may_start_subject(words: list[str], i: int, end: int) -> bool:
    """Whether a pre-field starting at ``i`` can be the subject: not an adverb or preposition,
    but "das" as an article ("Das Gericht", "Das Auswärtige Amt") and "ihr" before a noun are fine."""
    low = words[i].lower()
    if low not in NON_SUBJECT_START:
        return True
    return low in {"das", "ihr"} and np_end(words, i, end) > i + 1  # "Ihr Vorsitzender": a possessive


def is_adj_like(word: str) -> bool:
    return bool(ADJ_END.match(word)) or word.isdigit() or word in {"neue", "ehemalige", "frühere"}


def np_end(words: list[str], i: int, end: int, *, genitive: bool = True) -> int:
    """Index after the noun phrase starting at ``i`` (``i`` itself when there is none)."""
    if i >= end:
        return i
    low = words[i].lower()
    # a word that is a pronoun or an article ("die", "viele") is an article before a noun or an adjective
    # ("Viele europäische Außenminister"), else a pronoun ("Die haben ...")
    as_det = low in DETS and i + 1 < end and (is_cap(words[i + 1]) or is_adj_like(words[i + 1]))
    if low in PRONOUNS and not as_det:
        return i + 1
    j = i
    if low in DETS:
        j += 1
    while j < end and (is_adj_like(words[j]) or words[j] in {"-", "und"} and j + 1 < end and is_adj_like(words[j + 1])):
        j += 1
    quoted = _quoted_name_end(words, j, end)
    is_quoted = quoted > j
    if is_quoted:  # "Das „National Hurricane Centre“ der USA", "die „Computerwoche“"
        j = quoted
    elif j >= end or not (is_cap(words[j]) or name_like(words[j])):
        return i + 1 if low in PRONOUNS else i
    while not is_quoted and j < end and (is_cap(words[j]) or name_like(words[j])
                       or words[j] in {"-", "."} and j + 1 < end and is_cap(words[j + 1])
                       or words[j] in {"’", "'"} and len(words[j - 1]) == 1 and j + 1 < end and is_cap(words[j + 1])):
        j += 1  # "des Fernsehsenders n-tv", "Michael O’Leary"
    # party or office in parentheses: "Matthias Berninger ( Grüne )"
    if j + 2 < end and words[j] == "(" and words[j + 2] == ")":
        j += 3
    if genitive and j < end and words[j].lower() in GENITIVE_LINKS:
        k = np_end(words, j + 1, end, genitive=False) if words[j].lower() not in {"von", "vom"} \
            else _name_end(words, j + 1, end)
        if k > j + 1:
            j = k
            if j < end and words[j].lower() in {"des", "der"}:  # one more genitive link
                k = np_end(words, j + 1, end, genitive=False)
                j = k if k > j + 1 else j
            if j + 2 < end and words[j] == "und" and words[j + 1].lower() in {"des", "der"}:
                k = np_end(words, j + 1, end, genitive=False)  # "Angaben der Zeitung X und der Zeitung Y"
                j = k if k > j + 2 else j
    elif genitive and j + 1 < end and _genitive_adjective(words[j]) and is_cap(words[j + 1]):
        k = np_end(words, j, end, genitive=False)  # a plural genitive without article: "Berichten britischer Zeitungen"
        j = k if k > j + 1 else j
    return j


_OPENING = {"„", "»", "\"", "‚"}
_CLOSING = {"“", "”", "«", "\"", "‘"}


def _quoted_name_end(words: list[str], j: int, end: int) -> int:
    """After a short quoted name at ``j`` (up to six words, opening with a capital), else ``j``."""
    if j + 2 >= end or words[j] not in _OPENING or not (is_cap(words[j + 1]) or name_like(words[j + 1])):
        return j
    close = next((x for x in range(j + 2, min(end, j + 8)) if words[x] in _CLOSING), None)
    return close + 1 if close is not None else j


@word_cache
def _genitive_adjective(word: str) -> bool:
    """A strong adjective in the genitive plural ("britischer", "libanesischer"), not "über", "aber", "weiter"."""
    if not GENITIVE_ADJ.match(word) or word in {"weiter", "wieder", "immer", "später", "mehr", "aber", "oder"}:
        return False
    return lemmatize(word, "de") + "er" == word


def np_end_after_contraction(words: list[str], i: int, end: int) -> int:
    """End of the noun phrase after "vom" / "im" (von dem, in dem): its article is in the preposition."""
    return np_end(["dem"] + words[i:end], 0, end - i + 1) - 1 + i


def name_like(word: str) -> bool:
    """A lower-case name: "n-tv", "n24", "dpa", "t-online" (a media name written in lower case)."""
    return word in LOWER_CASE_NAMES or word[:1].islower() and any(c.isdigit() for c in word) and word.isalnum() \
        or bool(_DOMAIN.fullmatch(word))  # "t-online.de", "spiegel.de"


_DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]*\.(?:de|com|org|net|at|ch|eu|info)")


def _name_end(words: list[str], i: int, end: int) -> int:
    j = i
    if j < end and words[j].lower() in DETS:
        return np_end(words, j, end, genitive=False)
    while j < end and (is_cap(words[j]) or name_like(words[j])):
        j += 1
    return j


def skip_adverbs(words: list[str], i: int, end: int, limit: int = 5) -> int:
    """Skip adverbs and short time PPs ("am Montag") after a verb."""
    n = 0
    while i < end and n < limit:
        low = words[i].lower()
        if low in SKIPPABLE:
            i += 1
        elif low in PP_SKIP and i + 1 < end and low != "gegenüber":
            k = np_end(words, i + 1, end, genitive=False)
            if k == i + 1 and i + 1 < end and (is_cap(words[i + 1]) or words[i + 1].isdigit()):
                k = i + 2
            if k <= i + 1:
                return i
            i = k
        else:
            return i
        n += 1
    return i
