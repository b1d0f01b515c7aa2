"""English attribution frames beyond 'X said ...' (PolNeAR style), no POS tagger.

* ``sentence_subject``: the subject NP at the start of a clause, for cues that
  have none of their own ('Clinton posted a video, saying ...', '... and told them').
* ``colon_statement``: 'Trump: Cruz has to come a long way' (headline style):
  a short name before a colon is the source, the colon the cue.
* ``asked_statement``: 'Asked whether ..., Ryan said ...': the question is a
  relation of its own (cue 'Asked'); its source is mostly left implicit.
* ``raising_statement``: 'Sanders appears to be spending more', 'The Fed is
  expected to act': no source; the subject and the complement are the content.
"""
from __future__ import annotations

from ...lang.en.speech import (
    BOUNDARY, CLAUSE_LINKS, FRONTING, MAX_SUBJECT_WORDS, MODALS, NOT_COLON_SOURCE, NOT_COMPLEMENT, PRONOUNS, QUOTES,
    RAISE_ADV, RAISING, RAISING_BE, RAISING_EXPECTED, SUBJECT_DETS, VERBISH,
)
from .doc import is_cap


def _np_from(d, i: int, stop: int) -> tuple[int, int] | None:
    """An NP starting at ``i``: a pronoun, a run of capitalized words, or 'the Florida senator'."""
    words = d.words
    if i >= stop or d.region_of[i] >= 0:
        return None
    low = words[i].lower()
    if low in PRONOUNS:
        return (i, i + 1)
    if low not in SUBJECT_DETS and not is_cap(words[i]):
        return None
    j = i + 1
    while j < stop and j - i < MAX_SUBJECT_WORDS and d.region_of[j] < 0:
        w = words[j]
        wl = w.lower()
        if w in {",", ";", ":", "—", "–", "("} or w in QUOTES or wl in VERBISH:
            break
        if not is_cap(w) and w not in {".", "-", "’s", "'s", "of"} and (wl.endswith("ed") or wl.endswith("ly")):
            break
        if not is_cap(w) and low not in SUBJECT_DETS and w not in {".", "-", "’s", "'s"}:
            break  # 'Clinton posted': after a name, a lowercase word is the verb
        j += 1
    if j - i == 1 and low in SUBJECT_DETS:
        return None
    return (i, j)


def sentence_subject(d, s: int, k: int) -> tuple[int, int] | None:
    """Subject NP of sentence ``s`` before token ``k``, skipping a fronted adverbial segment."""
    a = d.sents[s][0]
    i = a
    if d.words[a].lower() in FRONTING:
        j = a
        while j < k and not (d.words[j] == "," and d.region_of[j] < 0):
            j += 1
        if j >= k:
            return None
        i = j + 1
    return _np_from(d, i, k)


def colon_statement(d, s: int, a: int, end: int, make_found):
    """'Graham: Trump's rhetoric destroys the party': a short capitalized source before a colon."""
    words = d.words
    for c in range(a + 1, min(end - 3, a + 6)):
        if words[c] != ":" or d.region_of[c] >= 0:
            continue
        if any(w in QUOTES or w in {",", ";"} or not (is_cap(w) or w in {".", "-", "’s", "'s"} or w.lower() in {"of", "the"})
               for w in words[a:c]):
            return None  # only names and titles ('Wash Post Fact-Check', 'John McCain')
        if " ".join(words[a:c]).lower() in NOT_COLON_SOURCE or c - a == 1 and len(words[a]) == 1:
            return None  # 'The Latest: ...', 'Q: ...', 'CORRECTION: ...' are labels, not speakers
        q = c + 1
        if end - q < 3:
            return None
        typ = "Direct" if d.region_of[q] >= 0 else "Indirect"
        return make_found(typ, "Speech", [(q, end)], [c], [(a, q)], (a, c), None, s, 0.4)
    return None


def asked_statement(d, s: int, a: int, end: int, make_found):
    """'Asked whether the plan works, Ryan said ...' / 'When asked about X, ...': the question."""
    words = d.words
    k = a + 1 if words[a].lower() == "when" else a
    if k >= end or words[k].lower() != "asked" or d.region_of[k] >= 0:
        return None
    q = k + 1
    sp = None
    if q < end and words[q].lower() == "by":
        j = q + 1
        while j < end and words[j] not in {",", ":"} and words[j].lower() not in {"to", "about", "if", "whether"}:
            j += 1
        sp, q = ((q + 1, j), j) if j > q + 1 else (None, q)
    c = q
    while c < end and not (words[c] == "," and d.region_of[c] < 0):
        c += 1
    if c - q < 2 or c >= end:
        return None
    return make_found("Indirect", "Speech", [(q, c)], [k], [(k, q)], sp, None, s, 0.4)


def raising_statement(d, s: int, a: int, end: int, make_found, start: int | None = None):
    """'Sanders appears to be spending more', 'Clinton seemed irritated', 'The Fed is expected to act':
    an attribution without a source; the content is the subject and the complement."""
    words = d.words
    for k in range(start if start is not None else a + 1, end - 1):
        w = words[k].lower()
        if d.region_of[k] >= 0:
            continue
        if w in RAISING:
            pass
        elif RAISING_EXPECTED and w == "expected" and k - 1 >= a \
                and (words[k - 1].lower() in RAISING_BE or words[k - 1].lower() in RAISE_ADV
                                                 and k - 2 >= a and words[k - 2].lower() in RAISING_BE) \
                and words[k + 1].lower() == "to":
            pass
        else:
            continue
        if words[k + 1].lower() in NOT_COMPLEMENT or words[k + 1] in {",", ".", ";", ":"} | QUOTES:
            continue
        i = k
        while i - 1 >= a and words[i - 1].lower() in RAISING_BE | RAISE_ADV | MODALS and d.region_of[i - 1] < 0:
            i -= 1
        cue = list(range(i, k + 1))
        # the subject: back to a clause boundary
        j = i
        while j - 1 >= a and i - j < 12 and d.region_of[j - 1] < 0 and words[j - 1] not in BOUNDARY \
                and words[j - 1].lower() not in CLAUSE_LINKS:
            j -= 1
        if j - 1 >= a and words[j - 1].lower() in {"that", "which", "who"} and j == i:
            j -= 1  # 'a plan that seems to ...': the relative pronoun
        if j >= i:
            continue
        if j == i - 1 and words[j].lower() in {"it", "there", "this"}:
            continue  # 'it seems': no subject of its own
        c = k + 1
        while c < end and not (words[c] in {",", ";", "—", "–", ":"} and d.region_of[c] < 0):
            c += 1
        if c - (k + 1) < 1:
            continue
        return make_found("Reported", "Speech", [(j, i), (k + 1, c)], cue, [(j, c)], None, None, s, 0.4)
    return None
