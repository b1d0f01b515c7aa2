"""The tense of the verb a time expression modifies: does a bare weekday point back or forward?

"Trump said on Wednesday he will announce ..." is the past Wednesday: the weekday modifies
"said", not the "will" of the reported clause; "will meet on Wednesday" is the next one.

The clause around the expression is cut at sentence punctuation and commas (a fronted
"On Wednesday, ..." looks past its comma) and on the left at a clause opener ("that",
"dass"). In it, verb cues are found word by word with the word lists of ``lang/<lang>/timex.py``
(``TENSE_*``): future auxiliaries and planning words, past forms, perfect auxiliaries
(past when a participle is in the clause) and speech verbs. Then:

- the nearest cue on the left is a speech verb: the reporting frame; the speech verb decides
  and the reported clause to the right is ignored;
- otherwise the nearest cue decides: on either side in German (verb second and verb last), on the
  left first in English (the verb precedes its adverbials);
- no cue, or only a present-tense one: the clause-wide future-marker check of
  ``timex_resolve.future_clause``, as before (past unless a future marker is near).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .language import lang_data
from .timex_resolve import future_clause, future_markers

__all__ = ["weekday_direction", "verb_tense"]

_HARD_END = re.compile(r"[.!?;:\n]")
_CLAUSE_END = re.compile(r"[.!?;:,\n]")
_TOKEN = re.compile(r"\w+(?:['’]\w+)?")
_SPAN = 120  # chars of context on either side, as future_clause


@dataclass(frozen=True)
class _Lex:
    future: re.Pattern
    past: re.Pattern
    weak_past: re.Pattern
    not_past: re.Pattern
    not_verb_before: re.Pattern
    perfect_aux: re.Pattern
    participle: re.Pattern
    not_participle: re.Pattern
    speech: re.Pattern
    opener: re.Pattern
    future_phrase: re.Pattern | None
    lang: str


@functools.lru_cache(maxsize=8)
def _lex(lang: str) -> _Lex | None:
    data = lang_data(lang, "timex")
    if data is None or not hasattr(data, "TENSE_FUTURE"):
        return None
    c = re.compile
    return _Lex(c(data.TENSE_FUTURE), c(data.TENSE_PAST), c(data.TENSE_WEAK_PAST), c(data.TENSE_NOT_PAST),
                c(data.TENSE_NOT_VERB_BEFORE), c(data.TENSE_PERFECT_AUX), c(data.TENSE_PARTICIPLE),
                c(data.TENSE_NOT_PARTICIPLE), c(data.TENSE_SPEECH), c(data.TENSE_OPENER),
                c(data.TENSE_FUTURE_PHRASE) if hasattr(data, "TENSE_FUTURE_PHRASE") else None, lang)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    tense: int  # -1 past, +1 future, 0 present or unknown
    speech: bool


def _window(text: str, start: int, end: int, lex: _Lex) -> tuple[int, int]:
    """The clause around [start, end): cut at punctuation and commas, on the left also at an opener."""
    lo0 = max(0, start - _SPAN)
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, lo0, start)), default=lo0)
    for m in _TOKEN.finditer(text, lo, start):
        if lex.opener.fullmatch(m.group().lower()):
            lo = m.end()
    hi_max = min(len(text), end + _SPAN)
    stop = _CLAUSE_END.search(text, end, hi_max)
    if stop and text[stop.start()] == "," and not text[end:stop.start()].strip() \
            and not re.search(r"\w", text[lo:start]):
        # a fronted "On Wednesday, he will ...": the clause goes on after the comma
        stop = _CLAUSE_END.search(text, stop.end(), hi_max)
    return lo, stop.start() if stop else hi_max


def _word(m: re.Match) -> str:
    return m.group().lower().replace("’", "'")


def _cues(text: str, lo: int, hi: int, lex: _Lex) -> list[Cue]:
    toks = list(_TOKEN.finditer(text, lo, hi))
    words = [_word(m) for m in toks]
    participles = [i for i, w in enumerate(words)
                   if lex.participle.fullmatch(w) and not lex.not_participle.fullmatch(w)]
    out = []
    for i, (m, w) in enumerate(zip(toks, words)):
        speech = bool(lex.speech.fullmatch(w))
        adjective = bool(lex.not_verb_before.search(text, max(lo, m.start() - 24), m.start()))
        if lex.future.fullmatch(w) or (lex.future_phrase and lex.future_phrase.match(text, m.start())):
            tense = 1
        elif not adjective and (lex.past.fullmatch(w) or (
                lex.weak_past.fullmatch(w) and not lex.not_past.fullmatch(w) and m.group()[0].islower())):
            tense = -1
        elif lex.perfect_aux.fullmatch(w):
            # German: the participle anywhere in the clause; English: within three words after
            near = [j for j in participles if (i < j <= i + 3 if lex.lang == "en" else j != i)]
            if not near:
                continue
            tense = 1 if lex.future.fullmatch(words[near[0]]) else -1
        elif speech:
            tense = 1 if i and lex.future.fullmatch(words[i - 1]) else 0
        else:
            continue
        out.append(Cue(m.start(), m.end(), tense, speech))
    return out


def verb_tense(text: str, start: int, end: int, lang: str) -> int | None:
    """-1 past, +1 future: the tense of the verb [start, end) modifies; None when unsure."""
    lex = _lex(lang)
    if lex is None:
        return None
    lo, hi = _window(text, start, end, lex)
    cues = _cues(text, lo, hi, lex)
    left = [c for c in cues if c.end <= start]
    right = [c for c in cues if c.start >= end]
    if left and left[-1].speech:
        # reporting frame: "said on Wednesday (that) he will ..." -> the speech verb decides
        if left[-1].tense:
            return left[-1].tense
        return 1 if future_markers(lang).search(text, lo, start) else -1
    if lex.lang == "en" and left:
        # English puts the verb before its adverbials: "will be holding a news conference late Tuesday"
        return left[-1].tense or None
    near = sorted([(start - c.end, c) for c in left] + [(c.start - end, c) for c in right], key=lambda x: x[0])
    if near and near[0][1].tense:
        return near[0][1].tense
    return None


def weekday_direction(text: str, start: int, end: int, lang: str) -> int:
    """+1 (the next such day) or -1 (the last one) for a weekday without "next"/"last"."""
    tense = verb_tense(text, start, end, lang)
    if tense is not None:
        return tense
    return 1 if future_clause(text, start, end, lang) else -1
