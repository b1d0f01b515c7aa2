"""English attribution frames beyond 'X said ...' (PolNeAR style), no POS tagger.

* ``sentence_subject``: the subject NP at the start of a clause, for cues that
  have none of their own ('Clinton posted a video, saying ...', '... and told them').
* ``colon_statement``: 'Trump: Cruz has to come a long way' (headline style):
  a short name before a colon is the source, the colon the cue.
* ``asked_statement``: 'Asked whether ..., Ryan said ...': the question is a
  relation of its own (cue 'Asked'); its source is mostly left implicit.

'Sanders appears to be spending more', 'The Fed is expected to act' (PolNeAR annotates them as
attributions without a source) are no statements here: a reader of the news takes them for nobody's
words, and on real news they were all narration ("The strategy seemed to be working").
"""
from __future__ import annotations

from ...lang.en.speech import (
    FRONTING, MAX_SUBJECT_WORDS, NOT_COLON_SOURCE, PRONOUNS, QUOTES, SUBJECT_DETS, VERBISH,
)
from .doc import is_cap

# words that open a news text's first sentence after a dateline ('Nairobi: In a sharp turn ...')
DATELINE_OPENERS = {"In", "On", "At", "After", "Amid", "As", "Following", "Despite", "With", "Over"}


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
        if any(ps <= d.starts[a] and d.ends[c - 1] <= pe for ps, pe in d.place_chars):
            return None  # 'New Delhi: In a sharp escalation ...': a dateline
        if s == 0 and words[c + 1] in DATELINE_OPENERS:
            return None  # the text opens with 'Nairobi: In ...': a dateline, whatever the place
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
    if q < end and words[q].lower() in {"about", "on", "for"}:
        return None  # 'Asked about the deal, X said': a topic, no question anyone is reported to ask
    c = q
    while c < end and not (words[c] == "," and d.region_of[c] < 0):
        c += 1
    if c - q < 2 or c >= end:
        return None
    return make_found("Indirect", "Speech", [(q, c)], [k], [(k, q)], sp, None, s, 0.4)


# nouns and verbs that introduce a written text after a colon: 'with the caption: “...”', 'reads: “...”'
COLON_TEXT_CUES = {"caption", "captioned", "reads", "read", "message", "statement", "post", "letter", "note",
                   "words", "tweet", "headline", "slogan", "banner", "sign", "placard"}


# adjectives of manner before a colon and a quotation: 'X was blunt: “…”'
MANNER_BEFORE_COLON = {"blunt", "clear", "adamant", "defiant", "emphatic", "unequivocal", "succinct", "direct",
                       "candid", "frank", "firm", "unapologetic", "scathing", "categorical"}


def _speaking_subject(d, sp: tuple[int, int]) -> bool:
    """A pronoun, a named person or body, or a noun phrase with a person's role in it."""
    words = [w.lower() for w in d.words[sp[0]:sp[1]]]
    if len(words) == 1 and words[0] in PRONOUNS:
        return True
    a, b = d.starts[sp[0]], d.ends[sp[1] - 1]
    name = all(is_cap(w) for w in d.words[sp[0]:sp[1]]) and words[0] not in SUBJECT_DETS  # 'Healey', 'Jane Doe'
    return name or any(s < b and a < e for s, e in d.agent_chars) or any(w.endswith(_ROLE_ENDINGS) for w in words)


_ROLE_ENDINGS = ("minister", "president", "leader", "chief", "secretary", "spokesman", "spokeswoman",
                 "spokesperson", "chancellor", "governor", "mayor", "senator", "official", "ceo", "director")


def colon_quotation(d, s: int, a: int, end: int, make_found):
    """'X shared the results with the caption: “Britain wants Reform.”', 'The Council's statement reads: “...”':
    a quotation after a colon with no cue verb of saying; the speaker is the sentence subject (or the
    possessor of the text), the word before the colon the cue. Without a subject: no statement."""
    words = d.words
    for c in range(a + 2, end):
        if words[c] != ":" or d.region_of[c] >= 0 or c + 1 >= d.n:
            continue
        r = d.region_of[c + 1]
        if r < 0 or d.regions[r][0] != c + 1:
            continue
        cue = c - 1
        manner = words[cue].lower() in MANNER_BEFORE_COLON and words[cue - 1].lower() in {"was", "is", "were", "are"}
        if words[cue].lower() not in COLON_TEXT_CUES and not manner:
            return None
        if manner:  # 'The minister was blunt: “We are not ready.”': the subject speaks
            sp = sentence_subject(d, s, cue - 1)
            qa, qb = d.regions[r]
            if sp is None or sp[1] > cue - 1 or qb < end - 1 or not _speaking_subject(d, sp):
                return None
            return make_found("Direct", "Speech", [(qa, qb)], [cue - 1, cue], [(a, qa)], sp, None, s, 0.5)
        sp = sentence_subject(d, s, cue)
        if sp is None or sp[1] > cue or sp[0] == cue:
            return None
        prep = next((i for i in range(sp[0] + 1, sp[1]) if words[i].lower() in {"from", "of", "by", "at", "in", "on"}),
                    sp[1])
        if words[prep - 1].lower() in COLON_TEXT_CUES:  # the subject is the text itself: who wrote it?
            poss = next((i for i in range(sp[0], prep) if words[i] in {"’s", "'s"}), None)
            if prep < sp[1] and words[prep].lower() in {"from", "of", "by"}:
                sp = (prep + 1, sp[1])  # 'The statement from the Council reads': the Council
            elif poss is not None:
                sp = (sp[0], poss)  # "The minister's message": the minister
            else:
                return None  # 'The sign at the gate read': nobody
        qa, qb = d.regions[r]
        return make_found("Direct", "Writing", [(qa, qb)], [cue], [(a, qa)], sp, None, s, 0.5)
    return None


# verbs after a text noun that end a quotation: '“…” the press release of the Council reads.'
TEXT_VERBS = {"reads", "read", "states", "stated", "says", "said"}
TEXT_NOUNS = COLON_TEXT_CUES | {"release", "press-release", "communique", "communiqué", "document", "declaration"}


def text_after_quotation(d, s: int, a: int, end: int, make_found):
    """'“The Council adopted …” the press release of the Council reads.': a quotation, then a text that
    "reads" it; the speaker is who the text is of or by ('of the Council', "the minister's"), else none."""
    words = d.words
    for r, (qa, qb) in enumerate(d.regions):
        if not (a <= qa and qb <= end) or qb >= end:
            continue
        j = qb + (1 if words[qb] == "," else 0)
        verb = next((k for k in range(j + 1, min(end, j + 10)) if words[k].lower() in TEXT_VERBS), None)
        if verb is None or not any(w.lower() in TEXT_NOUNS for w in words[j:verb]):
            continue
        head = next(k for k in range(j, verb) if words[k].lower() in TEXT_NOUNS)
        if words[j].lower() not in {"the", "a", "an", "his", "her", "their", "its"} and not is_cap(words[j]):
            continue
        sp = None
        if head + 1 < verb and words[head + 1].lower() in {"of", "from", "by"}:
            sp = (head + 2, verb)  # 'the press release of the Council'
        else:
            poss = next((k for k in range(j, head) if words[k] in {"’s", "'s"}), None)
            sp = (j, poss) if poss is not None and poss > j else None
        if sp is None:
            return None
        return make_found("Direct", "Writing", [(qa, qb)], [verb], [(qb, end)], sp, None, s, 0.5)
    return None
