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

from . import phrases as P

QUOTES = {"“", "”", '"', "‘", "’", "'", "''"}
_DETS = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "many", "some", "most"}
_PRONOUNS = {"he", "she", "they", "we", "i", "you"}
_FRONTING = {"during", "in", "on", "at", "after", "before", "with", "for", "from", "since", "as", "while",
             "when", "if", "because", "although", "earlier", "later", "meanwhile", "speaking", "asked", "but", "and",
             "still", "however", "instead", "yet", "then", "last", "this", "now", "today", "yesterday"}
# Lowercase words that end a subject NP: auxiliaries and common irregular past forms.
_VERBISH = {"is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "did", "does", "do",
            "began", "sought", "took", "made", "went", "held", "gave", "spoke", "got", "came", "ran", "told",
            "said", "says", "thought", "wrote", "met", "led", "left", "won", "lost", "kept", "sat", "stood",
            "not", "also", "then", "who", "which", "that", "to", "and", "but"}
_MAX = 9


def _np_from(d, i: int, stop: int) -> tuple[int, int] | None:
    """An NP starting at ``i``: a pronoun, a run of capitalized words, or 'the Florida senator'."""
    words = d.words
    if i >= stop or d.region_of[i] >= 0:
        return None
    low = words[i].lower()
    if low in _PRONOUNS:
        return (i, i + 1)
    if low not in _DETS and not P.is_cap(words[i]):
        return None
    j = i + 1
    while j < stop and j - i < _MAX and d.region_of[j] < 0:
        w = words[j]
        wl = w.lower()
        if w in {",", ";", ":", "—", "–", "("} or w in QUOTES or wl in _VERBISH:
            break
        if not P.is_cap(w) and w not in {".", "-", "’s", "'s", "of"} and (wl.endswith("ed") or wl.endswith("ly")):
            break
        if not P.is_cap(w) and low not in _DETS and w not in {".", "-", "’s", "'s"}:
            break  # 'Clinton posted': after a name, a lowercase word is the verb
        j += 1
    if j - i == 1 and low in _DETS:
        return None
    return (i, j)


def sentence_subject(d, s: int, k: int) -> tuple[int, int] | None:
    """Subject NP of sentence ``s`` before token ``k``, skipping a fronted adverbial segment."""
    a = d.sents[s][0]
    i = a
    if d.words[a].lower() in _FRONTING:
        j = a
        while j < k and not (d.words[j] == "," and d.region_of[j] < 0):
            j += 1
        if j >= k:
            return None
        i = j + 1
    return _np_from(d, i, k)


_NOT_COLON_SOURCE = {"the latest", "correction", "update", "updated", "editor's note", "editor’s note", "revealed",
                     "watch", "exclusive", "breaking", "related", "photos", "video", "read more", "note", "more",
                     "live", "analysis", "opinion", "see also", "also", "the facts",
                     "the bottom line", "bottom line", "the verdict", "verdict", "the claim", "claim", "context",
                     "why it matters", "what's next", "what’s next", "the upshot", "fact check", "fact-check",
                     "full text", "transcript", "audio", "graphic", "chart", "map", "timeline", "more coverage"}


def colon_statement(d, s: int, a: int, end: int, make_found):
    """'Graham: Trump's rhetoric destroys the party': a short capitalized source before a colon."""
    words = d.words
    for c in range(a + 1, min(end - 3, a + 6)):
        if words[c] != ":" or d.region_of[c] >= 0:
            continue
        if any(w in QUOTES or w in {",", ";"} or not (P.is_cap(w) or w in {".", "-", "’s", "'s"} or w.lower() in {"of", "the"})
               for w in words[a:c]):
            return None  # only names and titles ('Wash Post Fact-Check', 'John McCain')
        if " ".join(words[a:c]).lower() in _NOT_COLON_SOURCE or c - a == 1 and len(words[a]) == 1:
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


_RAISING = {"seem", "seems", "seemed", "appear", "appears", "appeared"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "’s", "'s", "’re", "'re"}
_RAISE_ADV = {"also", "now", "still", "widely", "generally", "largely", "already", "not", "never", "initially",
              "increasingly", "clearly", "only", "even", "certainly", "broadly"}
_NOT_COMPLEMENT = {"on", "in", "at", "before", "with", "alongside", "onstage", "onscreen", "during", "for", "from",
                   "as", "together", "live", "via", "by", "outside", "inside"}


_MODALS = {"would", "will", "may", "might", "could", "did", "does", "do"}
_BOUNDARY = {",", ";", ":", "—", "–", "(", ")"} | QUOTES
_CLAUSE_LINKS = {"that", "and", "but", "because", "while", "although", "though", "if", "when", "where", "as",
                 "since", "so"}


def raising_statement(d, s: int, a: int, end: int, make_found, start: int | None = None):
    """'Sanders appears to be spending more', 'Clinton seemed irritated', 'The Fed is expected to act':
    an attribution without a source; the content is the subject and the complement."""
    words = d.words
    for k in range(start if start is not None else a + 1, end - 1):
        w = words[k].lower()
        if d.region_of[k] >= 0:
            continue
        if w in _RAISING:
            pass
        elif w == "expected" and k - 1 >= a and (words[k - 1].lower() in _BE or words[k - 1].lower() in _RAISE_ADV
                                                 and k - 2 >= a and words[k - 2].lower() in _BE) \
                and words[k + 1].lower() == "to":
            pass
        else:
            continue
        if words[k + 1].lower() in _NOT_COMPLEMENT or words[k + 1] in {",", ".", ";", ":"} | QUOTES:
            continue
        i = k
        while i - 1 >= a and words[i - 1].lower() in _BE | _RAISE_ADV | _MODALS and d.region_of[i - 1] < 0:
            i -= 1
        cue = list(range(i, k + 1))
        # the subject: back to a clause boundary
        j = i
        while j - 1 >= a and i - j < 12 and d.region_of[j - 1] < 0 and words[j - 1] not in _BOUNDARY \
                and words[j - 1].lower() not in _CLAUSE_LINKS:
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
