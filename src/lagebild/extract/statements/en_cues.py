"""English reporting cues: lemmas of cue verbs, whether a word is a cue in its context (not a noun,
a participle or a title), passives, and the cue's verb group ('has also said', 'did not mention').

Cues include auxiliaries, negation and adverbs ('has also said', 'did not mention',
'forcefully rejected'). Plural nouns ('her remarks', 'percentage points') and passives
without an agent are no cues.
"""
from __future__ import annotations

import functools

from ...lang.en.speech import (
    ALL_LEMMAS, AUX_BEFORE, BASE_BEFORE, BASE_VERBS, BE_FORMS, CLAUSE_START, CUE_ADVERBS, CUE_LEMMAS, EN_DETS,
    IRREGULAR_VERBS, NEGATION, NOT_LY, NOT_PLURAL, NOUNISH, PROGRESSIVE, PRONOUNS, STANCE_LEMMAS, TO_BEFORE, TO_VERBS,
    VERB_PARTICLES,
)
from .cues import lemma
from .doc import is_cap


@functools.lru_cache(maxsize=65536)
def en_lemma(word: str) -> str:
    """Lemma of an English cue verb form ("called" -> "call"), else the lower-cased word."""
    lem = lemma(word, "en")
    if lem in CUE_LEMMAS or lem in STANCE_LEMMAS:
        return lem
    low = word.lower()
    if low in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[low]
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("d", ""),
                     ("ing", ""), ("ing", "e")):
        # the lexicon lemmatizer only knows its own verbs ("continued" -> "continue" needs this)
        if low.endswith(suf) and low[: -len(suf)] + rep in ALL_LEMMAS:
            return low[: -len(suf)] + rep
    for suf in ("ed", "ing"):  # 'slammed', 'planning'
        stem = low[: -len(suf)]
        if low.endswith(suf) and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in ALL_LEMMAS:
            return stem[:-1]
    return lem


def is_cue(d, k: int) -> str | None:
    w = d.words[k]
    if not w.isalpha() or d.region_of[k] >= 0:
        return None
    low = w.lower()
    lem = en_lemma(w)
    if lem not in CUE_LEMMAS and lem not in STANCE_LEMMAS:
        return None
    if low == lem and lem not in BASE_VERBS and not _verb_context(d, k):
        return None  # base forms are mostly nouns ("a press call", "the show")
    if low.endswith("ing") and not _progressive(d, k):
        return None  # participles ("saying") take the main clause subject: too loose without a parser
    prev = d.words[k - 1].lower() if k > 0 else ""
    if prev == "to" and low == lem and not _to_cue(d, k):
        return None  # 'failed to claim', 'gathered ... to discuss', 'lined up to declare': no act of saying
    if low != lem and low.endswith(("ed", "ing")) and prev in EN_DETS - {"that"}:
        return None  # 'an expected deal', 'its estimated diameter': an adjective
    if low.endswith("ed") and k + 1 < d.n and d.words[k + 1].lower() == "by" and prev not in BE_FORMS | AUX_BEFORE:
        return None  # 'supported by X and championed by Y': a participle whose agent follows
    if low == "called" and (prev in {"so-", "so", "-"} or d.words[k - 1].endswith("-")):
        return None  # 'the so-called coalition': an adjective
    if low == "asked" and prev in {"when", "if", "as", "after", "before", "once", "unless"}:
        return None  # '..., Carney said when asked': the asking is no statement of its own
    if low in {"state", "states", "report", "reports", "continue", "claim", "claims", "note", "notes"} \
            and prev in EN_DETS | {"of", "in"}:
        return None  # a noun: "the state", "the report"
    if low != lem and low.endswith("s") and not low.endswith("ss") and prev in EN_DETS - {"that"} and k > 0 \
            and d.sent_of[k - 1] == d.sent_of[k]:
        return None  # 'The figures will ...', 'its plans': a plural noun after its article
    if low != lem and low.endswith("s") and not low.endswith("ss") and lem in NOUNISH \
            and not (prev in PRONOUNS | {"it", "who", "that", "which"}
                     or k > 0 and is_cap(d.words[k - 1]) and prev not in EN_DETS):
        return None  # 'her remarks', 'the attacks', 'percentage points': plural nouns
    if w[0].isupper() and k > 0 and d.sent_of[k - 1] == d.sent_of[k] and is_cap(d.words[k - 1]) \
            and not _title_case(d, k):
        return None  # 'the United States', 'Fox News Reports'
    if lem == "continue" and k + 1 < d.n and d.words[k + 1].lower() in {"to", "with"}:
        return None  # 'continued to pump his fist': going on doing something, no saying
    if lem == "rule" and (k + 1 >= d.n or d.words[k + 1].lower() not in {"out", "that"}):
        return None  # 'ruled the country': only 'ruled out …' and 'ruled that …' report a stance
    if lem in {"speak", "talk", "refer"} and (k + 1 >= d.n or d.words[k + 1].lower() not in VERB_PARTICLES[lem]):
        return None  # 'spoke at a rally', 'referred herself to the adviser': only 'spoke about ...' reports content
    if lem in {"find", "maintain", "see"} and k + 1 < d.n and d.words[k + 1].lower() not in CLAUSE_START \
            and not (lem == "see" and "as" in (w.lower() for w in d.words[k + 2:k + 9])):
        return None  # 'police found a gun', 'maintained his lead', 'saw 30 applicants': no content clause
    return lem


def _to_cue(d, k: int) -> bool:
    """'wants to say', 'declined to comment', 'went on to say': an infinitive cue needs a verb of
    stance or saying (or 'go on') before its 'to'."""
    if k < 2:
        return False
    before = d.words[k - 2].lower()
    return before in TO_BEFORE or en_lemma(d.words[k - 2]) in TO_VERBS


def _title_case(d, k: int) -> bool:
    """Is the sentence of ``k`` a headline in title case ('Trump Says He Will Win')?"""
    a, b = d.sents[d.sent_of[k]]
    alpha = [w for w in d.words[a:b] if w.isalpha() and len(w) > 3]
    return bool(alpha) and sum(w[0].isupper() for w in alpha) >= 0.7 * len(alpha)


def _verb_context(d, k: int) -> bool:
    """Is the base form at ``k`` a finite verb or an infinitive rather than a noun?"""
    if k == 0:
        return False
    prev = d.words[k - 1]
    low = prev.lower()
    if low in BASE_BEFORE:
        return True
    # a plural subject right before: 'Polls show', 'Democrats want', 'analysts see'
    return prev.isalpha() and low.endswith("s") and not low.endswith(("ss", "us", "is", "’s", "'s")) \
        and low not in NOT_PLURAL and low not in EN_DETS and len(low) > 3


def _progressive(d, k: int) -> bool:
    """'is suggesting', 'was also criticizing': a progressive verb group, not a participle clause."""
    i = k - 1
    while i > 0 and d.words[i].lower() in CUE_ADVERBS:
        i -= 1
    return i >= 0 and d.words[i].lower() in PROGRESSIVE


def passive(d, k: int, a: int) -> bool:
    """'is expected to', 'was asked': a passive cue has no source in its subject (without a 'by' agent)."""
    w = d.words[k].lower()
    if not (w.endswith("ed") or w in {"told", "known", "seen", "shown", "thought", "said", "found"}):
        return False
    i = k - 1
    while i > a and (d.words[i].lower() in CUE_ADVERBS or ly_adverb(d.words[i])):
        i -= 1
    return i >= a and d.words[i].lower() in BE_FORMS and not (k + 1 < d.n and d.words[k + 1].lower() == "by")


def cue_group(d, k: int, a: int) -> list[int]:
    """The cue with its auxiliaries and adverbs ('has also said', 'later wrote', 'did not mention',
    'strongly criticized', 'went on to say'), as PolNeAR marks cues."""
    words = d.words
    base = words[k].lower() == en_lemma(words[k])
    i = k
    while i > a and k - i < 4 and d.region_of[i - 1] < 0:
        w = words[i - 1].lower()
        if w in AUX_BEFORE | CUE_ADVERBS | NEGATION or ly_adverb(words[i - 1]) or w == "to" and base and i == k:
            i -= 1
        else:
            break
    if i - 2 > a and words[i].lower() == "to" and words[i - 1].lower() == "on" \
            and words[i - 2].lower() in {"went", "goes", "go", "going"}:
        i -= 2  # 'went on to say'
    return list(range(i, k + 1))


def ly_adverb(w: str) -> bool:
    """'strongly', 'publicly': a manner adverb (lower-case '-ly' word)."""
    return w.islower() and len(w) > 4 and w.endswith("ly") and w not in NOT_LY
