"""English speakers and addressees of a cue.

Speakers: the words between the clause start and the cue (a name, a
description such as 'a senior official', a pronoun), after a subordinator
('when she said'); a name with its appositions ('Tad Devine, Sanders' senior
adviser, said', also after a quotation), without a fronted adverbial or a
discourse adverb ('In a statement, ...', ', for example,'); the relative
pronoun for 'X, who has said ...' (as PolNeAR marks it); after the cue for
inverted 'said X'. Pronoun speakers are resolved to the last person by
speakers.py.
"""
from __future__ import annotations

from ...lang.en.speech import (
    ADDRESSEE_WORDS, ADVERBS, APPOS_MAX, AUDIENCES, CLAUSE_PRONOUN_BEFORE, AUX_BEFORE, CLAUSE_WORDS, CONJ, COORD,
    CUE_ADVERBS, DISCOURSE, DQUOTES,
    EN_DETS, FRONTED, LEAD_STRIP, MAX_SPEAKER, MONTHS, NAME_GLUE, NEGATION, NOT_SPEAKER, POSSESSIVE, PREPOSITIONS,
    PRONOUNS, QUOTES, SAID_FORMS, SEGMENT_BREAKS, SPEAKER_CUT, SPEAKER_STOP, SUBORDINATORS, WEEKDAYS,
)
from .doc import is_cap
from .en_cues import is_cue, ly_adverb
from .en_frames import sentence_subject


def _trim_speaker(d, s: int, e: int) -> tuple[int, int] | None:
    """Strip leading conjunctions/adverbs and trailing auxiliaries/adverbs from a speaker candidate."""
    words = d.words
    while s < e and (words[s].lower() in ADVERBS | LEAD_STRIP or words[s] in {",", "—", "–"} or words[s].isdigit()):
        s += 1  # 'when she said', 'even though a number of attendees said'
    for i in range(e - 2, s, -1):
        if words[i].lower() in SUBORDINATORS and not is_cap(words[i]):
            s = i + 1  # 'Clinton caught flak when she said': the subject of the subordinate clause
            break
    while e > s and (words[e - 1].lower() in ADVERBS | AUX_BEFORE or words[e - 1] in {","}):
        e -= 1
    for i in range(s + 1, e):
        if words[i].lower() in SPEAKER_CUT:
            e = i  # 'He has resisted', 'Cook declined to': the verb group is no part of the source
            break
    for i in range(s + 1, e - 1):
        low = words[i].lower()
        if low.endswith("ed") and len(low) > 4 and not is_cap(words[i]) and words[i + 1].lower() in PREPOSITIONS \
                and words[i - 1].isalpha() and words[i - 1].lower() not in {"the", "a", "an", "was", "were", "is", "are"}:
            e = i  # 'European Union leaders gathered in Copenhagen on Wednesday agreed': a reduced relative clause
            break
    while e > s and (words[e - 1].lower() in ADVERBS | AUX_BEFORE | NEGATION | CUE_ADVERBS
                     or ly_adverb(words[e - 1])):
        e -= 1
    if e > s and words[s].lower() in PREPOSITIONS:
        # 'At the town hall this week she said', 'On Tuesday Trump said': the pronoun or name at the end
        if words[e - 1].lower() in PRONOUNS:
            return (e - 1, e)
        j = e
        while j > s + 1 and (is_cap(words[j - 1]) or words[j - 1] in {".", "-"}) \
                and words[j - 1].lower() not in WEEKDAYS | MONTHS:
            j -= 1
        if j == e or not is_cap(words[j]):
            return None
        s = j
    if e - s >= 2 and words[e - 1] in {"’s", "'s"} and words[e - 2].lower() in PRONOUNS | {"it", "that"}:
        e -= 1  # "He’s predicting"
    if e - s >= 2 and words[e - 1].lower() in {"who", "that", "which"}:
        return (e - 1, e)  # 'the respondents who support', 'a state that has refused': the relative pronoun
    inside = 0  # a party and state tag does not make a name long: 'Rep. Jason Chaffetz (R-Utah)'
    depth = 0
    for w in words[s:e]:
        depth += (w == "(") - (w == ")")
        inside += depth > 0 or w == ")"
    if e <= s or e - s - inside > MAX_SPEAKER:
        return None
    if e - s == 1 and words[s].lower() in NOT_SPEAKER:
        return None
    if any(words[i] in QUOTES and not _possessive_apostrophe(d, i) or d.region_of[i] >= 0
           or words[i].lower() in SAID_FORMS for i in range(s, e)):
        return None  # '"...," Carney said when asked': no speaker 'Carney said when'
    if words[e - 1].lower() in SUBORDINATORS | LEAD_STRIP or words[e - 1] in {".", "!", "?"} and e - s > 1:
        return None
    return (s, e)


def _possessive_apostrophe(d, i: int) -> bool:
    """"Combs' defense team": an apostrophe glued to a word in -s, a word after it: a possessive, no quote."""
    return d.words[i] in {"'", "’"} and i > 0 and d.words[i - 1].endswith("s") and d.starts[i] == d.ends[i - 1] \
        and i + 1 < d.n and d.starts[i + 1] > d.ends[i] and d.words[i + 1][:1].isalpha()


def _segment_start(d, k: int, lo: int) -> int:
    """Start of the comma/colon/dash segment that ends before ``k`` (parentheses stay inside)."""
    c0 = k
    while c0 > lo and not (d.words[c0 - 1] in SEGMENT_BREAKS and d.region_of[c0 - 1] < 0) \
            and not (d.words[c0 - 1] in QUOTES and (d.words[c0 - 1] in DQUOTES or d.region_of[c0 - 1] >= 0)):
        c0 -= 1
    return c0


def speaker_before(d, k: int, lo: int) -> tuple[int, int] | None:
    """Speaker NP ending at cue ``k``: from the last separator (outside quotes) after ``lo``."""
    words = d.words
    c0 = _segment_start(d, k, lo)
    if c0 == k and k - 1 > lo and words[k - 1] == ",":
        # "Steven Cheung, a campaign spokesman, said": a name and its apposition
        sp = apposition_before(d, k, lo)
        c1 = _segment_start(d, k - 1, lo)
        v = _finite_verb_in(d, c1, k - 1)
        if sp is None and v is not None and k + 1 < d.n and d.words[k + 1].lower() not in {"with", "to"}:
            return _trim_speaker(d, c1, v)  # "X challenged Y, heralded Z" (not ", compared with"): the first subject
        return sp
    sp = _trim_speaker(d, c0, k)
    if sp and words[sp[0]].lower() in {"who", "which"} and c0 - 1 > lo:
        # "X, who has long said ...": PolNeAR marks the relative pronoun as the source
        return (sp[0], sp[0] + 1)
    if sp is None and c0 > lo + 1 and words[c0 - 1] == "," and k == c0:
        return None
    if sp and words[sp[0]].lower() == "that" and sp[1] - sp[0] > 1:
        sp = (sp[0] + 1, sp[1])
    return sp


def _name_like(d, c: int, e: int) -> bool:
    """A short proper name ('Sen. Rob Portman (R-Ohio)', 'Jake Sullivan') or a pronoun."""
    words = d.words
    if e - c == 1 and words[c].lower() in PRONOUNS:
        return True
    return 0 < e - c <= 8 and is_cap(words[c]) \
        and all(is_cap(w) or w in NAME_GLUE or w[:1].isdigit() for w in words[c:e])


def _finite_verb_in(d, c: int, e: int) -> int | None:
    """A past-tense verb with its object in [c, e): 'Mamdani challenged US President Donald Trump'; not a
    passive or perfect participle ('whose firm was retained by ...')."""
    words = d.words
    for i in range(c, e - 1):
        w = words[i]
        if w.lower() in {"who", "which", "that", "whose", "whom", "where", "when", "since", "after", "as", "while"}:
            return None  # 'a former aide who accompanied her': a relative or subordinate clause
        if i > c and w.isalpha() and w.islower() and w.endswith("ed") and len(w) > 4 \
                and words[i - 1].lower() not in _BEFORE_PARTICIPLE and (is_cap(words[i + 1]) or words[i + 1].lower() in EN_DETS):
            return i
    return None


_BEFORE_PARTICIPLE = {"was", "were", "been", "be", "is", "are", "has", "have", "had", "the", "a", "an", "newly", "and",
                      "widely", "long", "recently", "not", "being", "get", "got"}


def apposition_before(d, k: int, lo: int) -> tuple[int, int] | None:
    """'Tad Devine, Sanders' senior media adviser, said', 'Marley Anderson, 21, a junior from Las Vegas,
    said', 'Pete Seat, a consultant whose firm was retained by Kasich, said': the name with its appositions
    (PolNeAR sources keep them); fronted adverbials ('In a statement, ...') stay out."""
    words = d.words
    start = max(lo, d.sents[d.sent_of[k]][0])
    segs: list[tuple[int, int]] = []
    e = k - 1
    while True:
        c = _segment_start(d, e, start)
        segs.insert(0, (c, e))
        if c <= start or words[c - 1] != "," or d.region_of[c - 1] >= 0 or k - c > APPOS_MAX:
            break
        e = c - 1
    popped = False
    while len(segs) > 1 and " ".join(words[segs[-1][0]:segs[-1][1]]).lower() in DISCOURSE:
        k = segs[-1][0]  # 'Kelly Ayotte’s campaign, for example, said': the adverb is no apposition
        segs.pop()
        popped = True
    if popped and len(segs) == 1:
        return _trim_speaker(d, *segs[0])
    if k - segs[0][0] > APPOS_MAX + 2 or len(segs) < 2:
        return None
    for c, e in segs:
        if any(words[i] in DQUOTES or d.region_of[i] >= 0 for i in range(c, e)) or _finite_verb_in(d, c, e) is not None:
            return None  # 'X challenged Trump on immigration, heralded ...': a list of acts, no apposition
    at_boundary = segs[0][0] <= start or words[segs[0][0] - 1] in QUOTES | {"—", "–", ":", ";"}
    # walk back over the appositions to the name
    for i in range(len(segs) - 2, -1, -1):
        c, e = segs[i]
        while c < e and words[c].lower() in CONJ:
            c += 1
        if c >= e:
            return None
        if _name_like(d, c, e):
            return (c, k - 1)
        w0 = words[c].lower()
        if i == 0 and at_boundary and e - c <= MAX_SPEAKER and w0 not in PREPOSITIONS | LEAD_STRIP \
                and (is_cap(words[c]) or w0 in EN_DETS | {"one", "two", "three", "most"}) \
                and not any(w.lower() in CLAUSE_WORDS for w in words[c:e]):
            return (c, k - 1)  # 'Three of the senators, including X, said'
        if w0 in PREPOSITIONS | FRONTED:
            # 'In a statement to the Observer, her senior policy adviser, Jake Sullivan, said'
            nc = segs[i + 1][0]
            return (nc, k - 1) if is_cap(words[nc]) or words[nc].lower() in EN_DETS | POSSESSIVE else None
        if is_cap(words[c]) and not _name_like(d, c, e) and any(not is_cap(w) for w in words[c:e]) \
                or words[c][:1].islower() or words[c][:1].isdigit():
            continue  # an apposition ('a campaign spokesman', 'Sanders' senior media adviser', '21')
        return None
    c, e = segs[-1]
    return (c, k - 1) if _name_like(d, c, e) else None


def speaker_after(d, k: int, end: int) -> tuple[int, int] | None:
    j = k + 1
    while j < end and j - (k + 1) < MAX_SPEAKER and d.words[j].lower() not in SPEAKER_STOP and d.region_of[j] < 0:
        j += 1
    sp = _trim_speaker(d, k + 1, j) if j > k + 1 else None
    if sp and j + 1 < end and d.words[j] == "," and _opens_apposition(d.words[j + 1]) and end - j <= 3 * MAX_SPEAKER \
            and all(d.region_of[i] < 0 and d.words[i] not in QUOTES for i in range(j, end)):
        # 'said Lee Epstein, who teaches law at ...': PolNeAR sources keep the apposition to the sentence end
        e = end
        while e > j and d.words[e - 1] in {",", ".", ")"}:
            e -= 1
        sp = (sp[0], e)
    return sp


def _opens_apposition(w: str) -> bool:
    return w.lower() in {"a", "an", "the", "who", "whose", "his", "her", "one"} or is_cap(w) or w[:1].isdigit()


def addressee_after(d, k: int, end: int) -> tuple[int, int] | None:
    """'told reporters', 'told The Washington Post': the NP right after 'tell'."""
    words = d.words
    if k + 1 >= end or words[k + 1].lower() not in ADDRESSEE_WORDS and not is_cap(words[k + 1]):
        return None
    j = k + 1
    while j < end and j - k <= 6 and words[j].lower() not in SPEAKER_STOP and d.region_of[j] < 0:
        j += 1
    return (k + 1, j) if j > k + 1 else None


def tell_addressee(d, q: int, end: int) -> tuple[int, int] | None:
    """'told investors that ...', 'told host Sean Hannity a loss is likely', 'told city leaders, "..."':
    the addressee runs up to 'that', a quotation, a subject pronoun or 'to'."""
    words = d.words
    for j in range(q + 1, min(end, q + 12)):
        w = words[j].lower()
        if d.region_of[j] >= 0 or words[j] in DQUOTES:
            e = j
        elif w == "that" or w in {"he", "she", "they", "we", "i", "there"} or w in {"to", "not"} and j == q + 1:
            e = j
        elif words[j - 1].lower() in AUDIENCES and (is_cap(words[j]) or w in {"the", "a", "an", "its", "his", "her"}):
            e = j  # 'told reporters NATO was united', 'told lawmakers the talks would resume'
        elif words[j] in {",", ":"} and j + 1 < end and (d.region_of[j + 1] >= 0 or words[j + 1] in DQUOTES):
            e = j
        elif words[j] in {",", ";", "."} or is_cue(d, j):
            return None
        else:
            continue
        while e > q and words[e - 1] in {",", ":"}:
            e -= 1
        return (q, e) if e > q else None
    return None


def coordinated_speaker(d, k: int, a: int, prev) -> tuple[int, int] | None:
    """'He said A and said that B' / 'She greeted them and told them ...' / '..., then says ...':
    the subject of the first verb."""
    j = k - 1
    while j > a and d.words[j].lower() in ADVERBS - COORD:
        j -= 1
    if j > a and d.words[j] == "," and d.words[j + 1].lower() == "then":
        j += 1
    elif j <= a or d.words[j].lower() not in COORD or d.region_of[j] >= 0:
        return None
    if prev is not None and prev.speaker and prev.speaker[1] <= j:
        return prev.speaker
    for i in range(j - 1, a, -1):
        # 'The challenge came after her speech, in which she opened the door ... but also said ...':
        # the subject of the nearest relative or subordinate clause
        if d.words[i] in {";", ":"} and d.region_of[i] < 0:
            break
        if d.region_of[i] < 0 and d.words[i].lower() in {"he", "she", "they", "we"} and d.words[i - 1].lower() in CLAUSE_PRONOUN_BEFORE:
            return (i, i + 1)
    return sentence_subject(d, d.sent_of[k], j)
