"""German speech acts with an object (Reported speech): where the object of a reporting verb or noun
lies ("Die Ministerin hat einen Waffenstillstand gefordert" -> "einen Waffenstillstand"), a second
act coordinated with "und" ("ermahnte X und drohte ihr mit Y"), and speech-act nouns with their
prepositional object and a named holder ("Mierschs Forderung nach einem Verbot", "die Kritik
Kickls an den Plänen", "seine Warnung vor einer Eskalation").
"""
from __future__ import annotations

from ...lang.de.speech import (
    ACT_AMOUNT_CUES, ACT_FIRST_PREPOSITIONS, ACT_NOT_OBJECTS, ACT_NOUNS, ACT_OBJECT_SUFFIXES, ACT_PREPOSITIONS, AUX,
    CORRELATES, NOT_ACT_OBJECTS, PARTICLES, POSSESSIVES, REPORTED,
)
from ...lang.de.speech_syntax import (
    DETS, END_PUNCT, NON_SUBJECT_START, RELATIVE, SKIPPABLE, SUBORD, SUBORD_CONJ, TIME_NOUNS,
)
from .de_chunks import ends_with_zu_infinitive, np_end
from .de_clauses import verb_cue, verb_like
from .doc import Cue, TokenDoc, is_cap

_TRIM = SKIPPABLE | {"sich", "scharf", "erneut", "zugleich", "später", "grundsätzlich", "nachdrücklich", "energisch",
                     "vehement", "entschieden", "deutlich", "und", "aber", "auch", "so"}


def object_span(d: TokenDoc, cl: tuple[int, int], cue: Cue, speaker: tuple[int, int] | None,
                end: int) -> tuple[int, int] | None:
    """The object of a reporting verb in clause ``cl``: the longest run of the clause's words that
    are neither the speaker nor the cue (nor an auxiliary or particle next to it), trimmed of adverbs,
    with the subordinate clauses that follow it ("dem Eindruck, dass ...")."""
    skip = set(cue.tokens)
    if speaker:
        skip.update(range(*speaker))
    for k in range(cl[0], cl[1]):
        w = d.words[k].lower()
        if w in AUX and (k + 1 in skip or k - 1 in skip or k == cl[0]) or d.words[k] in END_PUNCT:
            skip.add(k)
    stop = next((j for j in range(min(cue.tokens) + 1, cl[1]) if _new_predicate(d, j, cl[1])), cl[1])
    cl = (cl[0], stop)  # "beschwören ihre Einigkeit und erhöhen die Ausgaben": the object ends before "und"
    best: tuple[int, int] | None = None
    k = cl[0]
    while k < cl[1]:
        if k in skip:
            k += 1
            continue
        j = k
        while j < cl[1] and j not in skip:
            j += 1
        s, e = k, j
        while s < e and d.words[s].lower() in _TRIM or s + 1 < e and d.words[s].lower() in {"am", "im"} \
                and d.words[s + 1].lower() in TIME_NOUNS:
            s += 2 if d.words[s].lower() in {"am", "im"} else 1  # "am Montag vor einer Eskalation"
        s = _date_phrase_end(d, s, e)  # "am 7. Mai verstärkte Kontrollen"
        while e > s and (d.words[e - 1].lower() in _TRIM or d.words[e - 1].lower() in PARTICLES):
            e -= 1
        # "Auf dem Gipfel beschwören ...": a pre-field phrase; in a verb-final clause the object ("für Mut warb");
        # before a finite auxiliary only when a noun phrase follows ("In Berlin hat der Minister eine Reform
        # angekündigt"; but "Vor einer Rezession hat der Minister gewarnt")
        prefield_pp = e <= min(cue.tokens) and d.words[s].lower() in NON_SUBJECT_START
        adverbial = prefield_pp and (max(cue.tokens) < cl[1] - 1 or (
            d.words[min(cue.tokens)].lower() in AUX and _noun_after(d, min(cue.tokens), cl[1], skip)))
        if e > s and not adverbial and (best is None or e - s > best[1] - best[0]):
            best = (s, e)
        k = j
    correlate = best is None or best[1] - best[0] == 1 and d.words[best[0]].lower() in CORRELATES
    # "sprach sich dafür aus, ganze Jahrgänge zu mustern": the clause after the correlate is the object
    j = cl[1]
    while j < end and d.words[j] == ",":
        nxt = j + 1
        stop = nxt
        while stop < end and (d.words[stop] != "," or d.region_of[stop] >= 0):
            stop += 1
        if nxt >= stop or not (d.words[nxt].lower() in SUBORD | RELATIVE | {"um"} or ends_with_zu_infinitive(d.words, nxt, stop)):
            break
        if any(d.words[i] in {":"} or d.region_of[i] >= 0 for i in range(nxt, stop)):
            break
        if correlate:
            best, correlate = (nxt, stop), False
        else:
            best = (best[0], stop) if best else (nxt, stop)
        j = stop
    if best is None or correlate:
        return None
    return best


def _noun_after(d: TokenDoc, k: int, end: int, skip: set[int]) -> bool:
    """A capitalised word after position ``k`` that is no part of the speaker or cue."""
    return any(is_cap(d.words[j]) and j not in skip for j in range(k + 1, end))


def _date_phrase_end(d: TokenDoc, s: int, e: int) -> int:
    """After a leading date: "am 7. Mai", "am 7.", "Anfang Mai"."""
    words = d.words
    j = s
    if j + 2 < e and words[j].lower() in {"am", "bis", "seit", "vom"} and words[j + 1].rstrip(".").isdigit():
        j += 2 if words[j + 1].endswith(".") else 2 + (words[j + 2] == ".")
        if j < e and words[j].lower() in TIME_NOUNS:
            j += 1
        return j if j < e else s
    return s


def _new_predicate(d: TokenDoc, j: int, end: int) -> bool:
    """ "und" before a second finite verb: "beschwören ihre Geschlossenheit und erhöhen die Ausgaben"."""
    if d.words[j].lower() not in {"und", "sowie", "aber"} or j + 1 >= end:
        return False
    nxt = d.words[j + 1]
    return not is_cap(nxt) and verb_like(nxt) and nxt.lower() not in DETS


def object_fits(d: TokenDoc, cue: Cue, obj: tuple[int, int]) -> bool:
    """Verbs that report speech only with some objects: "wirbt für/um ...", "verteidigt die Politik"."""
    need = ACT_PREPOSITIONS.get(cue.lemma)
    if need is not None and not any(w.lower() in need for w in d.words[obj[0]:obj[1]]):
        return False
    if cue.lemma in ACT_AMOUNT_CUES and not any(w[:1].isdigit() or w.lower() == "auf" for w in d.words[obj[0]:obj[1]]):
        return False
    first = ACT_FIRST_PREPOSITIONS.get(cue.lemma)
    if first is not None and d.words[obj[0]].lower() not in first:
        return False
    head = next((w.lower() for w in d.words[obj[0]:obj[1]] if is_cap(w)), "")
    if head in ACT_NOT_OBJECTS.get(cue.lemma, ()):
        return False  # "forderte 35 Todesopfer" (but "forderte Hilfe für die Opfer")
    suffixes = ACT_OBJECT_SUFFIXES.get(cue.lemma)
    if suffixes is not None:
        heads = [w.lower() for w in d.words[obj[0]:obj[1]] if is_cap(w)]
        return any(h.endswith(suffixes) and not h.endswith(NOT_ACT_OBJECTS) for h in heads[:2])
    return True


def coordinated_act(d: TokenDoc, cl: tuple[int, int], cue: Cue, a: int) -> tuple[int, Cue] | None:
    """A second reporting verb after "und" in the same clause: (index of "und", its cue)."""
    last = max(cue.tokens)
    # a verb-final clause: "Während X ... beschwor und für Mut und Zuversicht warb" (an "und" inside the object)
    first_und = next((k for k in range(last + 1, cl[1] - 1) if d.words[k].lower() == "und" and d.region_of[k] < 0),
                     None)
    if first_und is not None and d.words[cl[0]].lower() in SUBORD_CONJ:
        c = verb_cue(d, cl[1] - 1, (first_und + 1, cl[1]), a)
        if c is not None and c.lemma in REPORTED:
            return first_und, c
    for k in range(last + 1, cl[1] - 1):
        if d.words[k].lower() != "und" or d.region_of[k] >= 0:
            continue
        for j in range(k + 1, cl[1]):
            if d.words[j].lower() == "und":
                break
            c = verb_cue(d, j, (k + 1, cl[1]), a)
            if c is not None and c.lemma in REPORTED and c.tokens[0] > k:
                return k, c
    return None


def noun_acts(d: TokenDoc, s: int, taken: set[int]) -> list[tuple[Cue, tuple[int, int], tuple[int, int]]]:
    """Speech-act nouns of sentence ``s`` with a prepositional object and a named holder:
    (cue, speaker, object). The holder is an s-genitive before the noun ("Mierschs Forderung"), a genitive
    after it ("die Kritik Kickls an ...", "die Forderung der Grünen nach ..."), "von X", or, for a
    possessive ("seine Warnung vor ..."), the subject that opens the sentence."""
    a, b = d.sents[s]
    out = []
    words = d.words
    for k in range(a, b - 2):
        w = words[k]
        if w not in ACT_NOUNS or d.region_of[k] >= 0 or k in taken:
            continue
        j, speaker = k + 1, None
        if words[j].lower() in {"des", "der", "von", "vom"} and words[j].lower() not in ACT_NOUNS[w]:
            e = np_end(words, j + 1, b, genitive=False)
            if e > j + 1 and is_cap(words[e - 1]):
                speaker, j = (j + 1, e), e
        elif is_cap(words[j]) and words[j].endswith("s") and j + 1 < b and words[j + 1].lower() in ACT_NOUNS[w]:
            speaker, j = (j, j + 1), j + 1  # "die Kritik Kickls an ..."
        if j >= b or words[j].lower() not in ACT_NOUNS[w]:
            continue
        e = np_end(words, j + 1, b)
        if e <= j + 1:
            continue
        before = words[k - 1] if k > a else ""
        if speaker is None and k > a and is_cap(before) and before.endswith("s") and not before.endswith("ss") \
                and before not in ACT_NOUNS:
            speaker = (k - 1, k)  # "Mierschs Forderung"
        if speaker is None and before.lower() in POSSESSIVES:
            speaker = _subject(d, a, k)
        if speaker is None:
            speaker = _von_person(d, a, k)  # "gab es von Donald Trump ein Bekenntnis zur Bündnispflicht"
        if speaker is None:
            continue
        out.append((Cue([k], w, "Speech", "noun"), speaker, (j, e)))
    return out


def _von_person(d: TokenDoc, a: int, k: int) -> tuple[int, int] | None:
    """"von X" before the act noun in its clause, X a person the entity layer found."""
    words = d.words
    for j in range(k - 1, a, -1):
        if words[j] in {",", ";", ":"} and d.region_of[j] < 0:
            return None
        if words[j].lower() != "von" or j + 1 >= k:
            continue
        e = np_end(words, j + 1, k, genitive=False)
        if e > j + 1 and any(ps < d.ends[e - 1] and d.starts[j + 1] < pe for ps, pe in d.person_chars):
            return (j + 1, e)
    return None


def _subject(d: TokenDoc, a: int, k: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence, when it is a named subject before the finite verb."""
    e = np_end(d.words, a, k)
    if e <= a or e >= k or not is_cap(d.words[e - 1]) or d.words[a].lower() in NON_SUBJECT_START:
        return None
    return (a, e)


def from_needed_preposition(d: TokenDoc, cue: Cue, obj: tuple[int, int]) -> tuple[int, int]:
    """The object of a verb that needs a preposition starts with it: "hat vor dem Bundestag für seinen
    Gesetzentwurf geworben" -> "für seinen Gesetzentwurf" (where it was said is no part of what)."""
    need = ACT_PREPOSITIONS.get(cue.lemma)
    if not need:
        return obj
    k = next((i for i in range(obj[0], obj[1]) if d.words[i].lower() in need), obj[0])
    return (k, obj[1]) if obj[1] - k >= 2 else obj

