"""Token-level helpers without a POS tagger: noun-phrase chunks and clause splits.

German capitalises nouns and names, which makes a usable NP chunker from
determiners, adjective endings and capitalisation alone.
"""
from __future__ import annotations

import re

from ..caches import word_cache
from ..nlp.lemmas import lemmatize

DETS = {
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
    "kein", "keine", "mehrere", "einige", "viele", "andere", "alle", "beide", "zwei", "drei",
    "sein", "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren",
    "dessen", "deren", "unser", "unsere", "diese", "dieser", "dieses", "diesem", "diesen",
    "the", "a", "an", "his", "her", "their", "its", "several", "two", "three",
}
PRONOUNS = {"er", "sie", "ich", "wir", "ihr", "mancher", "manche", "viele", "einige", "beide", "jemand",
            "he", "she", "they", "i", "we", "it", "you", "man"}
SPEAKER_PRONOUNS = PRONOUNS - {"ihr", "it", "you", "man"}
# Words that start a pre-field which is NOT the subject (adverbs, prepositions, objects).
NON_SUBJECT_START = {
    "in", "im", "am", "an", "auf", "bei", "beim", "nach", "vor", "über", "mit", "zu", "zum", "zur", "von",
    "vom", "für", "gegen", "seit", "während", "wegen", "trotz", "unter", "aus", "durch", "darüber",
    "derweil", "dabei", "auch", "zudem", "außerdem", "gestern", "heute", "morgen", "dann", "danach",
    "später", "zuvor", "bereits", "schon", "so", "deshalb", "daher", "damit", "dazu", "dagegen",
    "hingegen", "allerdings", "jedoch", "doch", "nun", "jetzt", "bislang", "bisher", "zuletzt", "erst",
    "noch", "immer", "weiter", "ebenfalls", "gleichzeitig", "zugleich", "inzwischen", "mittlerweile",
    "anschließend", "kürzlich", "wörtlich", "hier", "dort", "damals", "zunächst", "daraufhin", "darin",
    "darauf", "dies", "das", "es", "dem", "den", "ihm", "ihr", "ihnen", "uns", "mir", "mich", "dafür",
    "ebenso", "weiterhin", "vielmehr", "stattdessen", "insbesondere", "vor allem", "sogar", "wie",
    "ähnlich", "kurz", "ferner", "überdies", "ausdrücklich", "explizit", "offenbar", "nochmals",
    "um", "ab", "bis", "angesichts", "ohne", "neben", "infolge", "hinter", "zwischen", "innerhalb", "aufgrund",
    "laut", "gemäß", "hinsichtlich", "unterdessen", "indes", "dennoch", "trotzdem", "zwar", "wenig", "eindringlich",
    "oberhalb", "unterhalb", "außerhalb", "jenseits", "entlang", "dank", "mithilfe", "anlässlich", "bezüglich",
    "seitens", "statt", "anstatt", "gegenüber", "zwecks", "binnen", "inmitten", "abseits", "nördlich", "südlich",
    "östlich", "westlich", "rund", "etwa", "fast", "knapp", "nur", "vermutlich", "wahrscheinlich", "möglicherweise",
    "angeblich", "mutmaßlich", "insgesamt", "besonders", "vorher", "seither", "seitdem", "somit", "folglich",
    "demnach", "dementsprechend", "jedenfalls", "übrigens", "schließlich", "letztlich", "letztendlich",
    "grundsätzlich", "tatsächlich", "natürlich", "wohl", "hierzu", "hierbei", "hierfür", "zuerst", "erstmals",
    "künftig", "zukünftig", "ursprünglich", "eigentlich", "lediglich", "allein", "alleine", "einst", "einmal",
    "zusätzlich", "ebenso", "genauso", "stattdessen", "andererseits", "einerseits", "ansonsten", "sonst", "des",
    "als",
}
# Adverbs and time words that may stand between a verb and its inverted subject.
SKIPPABLE = {
    "dabei", "erneut", "auch", "nur", "zudem", "bereits", "gestern", "heute", "jedoch", "nun", "dazu",
    "damals", "noch", "später", "außerdem", "ebenfalls", "zuvor", "allerdings", "hingegen", "weiter",
    "aber", "doch", "schon", "zuletzt", "wiederholt", "mehrfach", "dagegen", "ferner", "jetzt", "ausdrücklich",
    "daraufhin", "anschließend", "kürzlich", "bislang", "wörtlich", "gleichzeitig", "indes", "indessen",
    "derweil", "demnach", "offenbar", "sogar", "ferner", "abschließend", "zufolge", "mittlerweile",
    "inzwischen", "immer", "also", "denn", "zunächst", "vorab", "eindringlich", "deutlich", "klar", "sich",
}
PP_SKIP = {"am", "im", "vom", "beim", "bei", "auf", "in", "nach", "vor", "während", "seit", "gegenüber"}
SUBORD = {"dass", "daß", "ob", "warum", "weshalb", "weswegen", "wann", "wo", "wer", "was", "welche",
          "welcher", "welches", "wie", "wieso", "inwiefern", "inwieweit", "that", "whether"}
# Words that open a condition: a Konjunktiv there is hypothetical, not reported.
CONDITIONAL = {"wenn", "falls", "sofern", "ob", "hätte", "wäre", "würde", "sollte", "gäbe"}
SEPARATORS = {",", ";", ":", "–", "—", "(", ")"}
_ADJ_END = re.compile(r"^([a-zäöüß]|\d+-)[\w\-]*(e|en|er|es|em|ste|sten)$")
STOP_CAPS = {"Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Ich", "Wir", "In", "Im", "Am", "Auf", "Nach",
             "Laut", "Wie", "Als", "Auch", "Dies", "The", "He", "She", "They", "It", "In", "According"}


_ZU_INFIX = re.compile(
    r"^(ab|an|auf|aus|bei|bereit|dar|durch|ein|entgegen|fest|fort|frei|gegenüber|her|heraus|herbei|hervor|hin|hinzu|"
    r"klar|los|mit|nach|nieder|offen|statt|teil|um|vor|voran|vorbei|weg|weiter|wieder|zu|zurück|zusammen|bekannt)"
    r"zu[a-zäöüß]{2,}n$")


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
    return bool(_ZU_INFIX.match(last.lower()))


def may_start_subject(words: list[str], i: int, end: int) -> bool:
    """Whether a pre-field starting at ``i`` can be the subject: not an adverb or preposition,
    but "das" as an article ("Das Gericht", "Das Auswärtige Amt") is fine."""
    low = words[i].lower()
    if low not in NON_SUBJECT_START:
        return True
    return low == "das" and np_end(words, i, end) > i + 1


_NAME_PARTICLE = re.compile(r"^[a-z]{1,3}-[A-ZÄÖÜ]")  # al-Dschasira, el-Baradei


def is_cap(word: str) -> bool:
    if not word:
        return False
    if word[0].isupper():
        return any(c.isalpha() for c in word)
    return "-" in word[1:4] and bool(_NAME_PARTICLE.match(word))


def is_adj_like(word: str) -> bool:
    return bool(_ADJ_END.match(word)) or word.isdigit() or word in {"neue", "ehemalige", "frühere"}


def np_end(words: list[str], i: int, end: int, *, genitive: bool = True) -> int:
    """Index after the noun phrase starting at ``i`` (``i`` itself when there is none)."""
    if i >= end:
        return i
    low = words[i].lower()
    if low in PRONOUNS and not (i + 1 < end and is_cap(words[i + 1]) and low in DETS):
        return i + 1
    j = i
    if low in DETS:
        j += 1
    while j < end and (is_adj_like(words[j]) or words[j] in {"-", "und"} and j + 1 < end and is_adj_like(words[j + 1])):
        j += 1
    if j >= end or not is_cap(words[j]):
        return i
    while j < end and (is_cap(words[j]) or words[j] in {"-", "."} and j + 1 < end and is_cap(words[j + 1])):
        j += 1
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
    elif genitive and j + 1 < end and _genitive_adjective(words[j]) and is_cap(words[j + 1]):
        k = np_end(words, j, end, genitive=False)  # a plural genitive without article: "Berichten britischer Zeitungen"
        j = k if k > j + 1 else j
    return j


GENITIVE_LINKS = {"des", "der", "von", "vom", "eines", "einer", "of", "seines", "seiner", "ihres", "ihrer", "dieses",
                  "dieser", "vieler", "einiger", "mehrerer", "aller", "zahlreicher", "beider", "unseres", "unserer"}
_GENITIVE_ADJ = re.compile(r"^[a-zäöüß][\w\-]*er$")


@word_cache
def _genitive_adjective(word: str) -> bool:
    """A strong adjective in the genitive plural ("britischer", "libanesischer"), not "über", "aber", "weiter"."""
    if not _GENITIVE_ADJ.match(word) or word in {"weiter", "wieder", "immer", "später", "mehr", "aber", "oder"}:
        return False
    return lemmatize(word, "de") + "er" == word


def _name_end(words: list[str], i: int, end: int) -> int:
    j = i
    if j < end and words[j].lower() in DETS:
        return np_end(words, j, end, genitive=False)
    while j < end and is_cap(words[j]):
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


_EN_STOP = {",", ".", ";", ":", "on", "in", "at", "that", "to", "for", "with", "said", "says", "told", "and",
            "who", "which", "when", "after", "before", "on", "during", "by", "from", "\"", "“", "”"}


def en_np_end(words: list[str], i: int, end: int, limit: int = 6) -> int:
    """English noun phrase: up to ``limit`` words until a function word or punctuation."""
    j = i
    while j < end and j - i < limit and words[j].lower() not in _EN_STOP:
        j += 1
    return j
