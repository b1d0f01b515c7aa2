"""German addressees of a cue: "sagte der Zeitung", "gegenüber X", "forderte die Regierung auf",
"Ihm wird vorgeworfen", "vor Journalisten".
"""
from __future__ import annotations

from ...lang.de.speech import (
    ACCUSATIVE_ADDRESSEE_CUES, ADDRESSEE_CUES, AUDIENCE_NOUNS, DATIVE_ADDRESSEE_CUES, MEDIA_NOUNS,
    PASSIVE_ADDRESSEE_CUES, ROLE_WORDS,
)
from ...lang.de.speech_syntax import (
    DATIVE, DETS, NON_SUBJECT_START, OBJECT_PRONOUNS, STOP_CAPS, SUBORD, SUBORD_CONJ, TIME_NOUNS,
)
from .de_chunks import np_end, skip_adverbs
from .de_clauses import is_passive, name_np_end
from .doc import Cue, TokenDoc, is_cap


def addressee_for(d: TokenDoc, cue: Cue, clause: tuple[int, int], speaker: tuple[int, int] | None,
                   reported: bool = False) -> tuple[int, int] | None:
    a, b = clause
    words = d.words
    for k in range(a, b - 1):
        if d.region_of[k] >= 0:
            continue
        low = words[k].lower()
        if low == "gegenüber":
            e = _english_name_end(d, name_np_end(d, k + 1, b), b)
            if e > k + 1:
                return (k + 1, e)
            if k > a and words[k - 1].lower() in {"ihm", "ihr", "ihnen", "uns", "mir"}:
                return (k - 1, k + 1)  # "ihr gegenüber"
        if low == "vor" and k + 1 < b:
            e = np_end(words, k + 1, b, genitive=False)
            if e > k + 1 and words[e - 1].lower().endswith(AUDIENCE_NOUNS):
                return (k + 1, e)
        if low == "mit" and k > a and words[k - 1].lower() in {"interview", "gespräch", "telefonat", "telefongespräch",
                                                                 "pressegespräch", "fernsehinterview", "zeitungsinterview"}:
            e = name_np_end(d, k + 1, b)
            if e > k + 1:
                return (k + 1, e)
        if low == "zu" and cue.lemma == "sagen" and k == cue.tokens[-1] + 1:
            e = np_end(words, k + 1, b, genitive=False)
            # "sagte zu den Journalisten", not the topic: "sagte zu den Vorwürfen"
            if e > k + 1 and words[e - 1].lower().endswith(AUDIENCE_NOUNS + MEDIA_NOUNS + ROLE_WORDS):
                return (k + 1, e)
        if low in {"zur", "zum"} and cue.lemma == "sagen" and k + 1 < b and (k == cue.tokens[-1] + 1 or speaker
                                                                             and k == speaker[1]):
            # "sagte er zur Nachrichtenagentur dpa", "sagte X zum Sender Y": a medium, not "zur Lage"
            if words[k + 1].lower().endswith(MEDIA_NOUNS):
                e = name_np_end(d, k, b)
                return (k + 1, e) if e > k + 1 else (k + 1, k + 2)
        if low in {"von", "vom"} and cue.lemma in {"fordern", "verlangen"} and k > cue.tokens[0] and not reported:
            e = np_end(words, k + 1, b, genitive=False)
            if e > k + 1 and not words[k + 1][:1].isdigit():
                return (k, e)
        if low == "an" and cue.lemma in {"appellieren", "richten", "wenden"} and k + 1 < b:
            e = np_end(words, k + 1, b, genitive=False)
            if e > k + 1:
                return (k + 1, e)
    if is_passive(d, cue) and cue.lemma in PASSIVE_ADDRESSEE_CUES:
        aux = cue.tokens[0]
        adverb = words[a].lower() in NON_SUBJECT_START and words[a].lower() not in DETS | OBJECT_PRONOUNS
        if aux > a and not adverb:  # the pre-field: "Ihm wird vorgeworfen", "Die Männer werden beschuldigt"
            e = np_end(words, a, aux)
            if e == aux and (e - a <= 8):
                return (a, e)
        s0 = skip_adverbs(words, aux + 1, b, limit=3)  # "Darin wird der König aufgefordert"
        e = np_end(words, s0, b)
        if e > s0 and e <= cue.tokens[-1]:
            return (s0, e)
        return None
    accusative = cue.lemma in ACCUSATIVE_ADDRESSEE_CUES
    if cue.lemma not in ADDRESSEE_CUES and not accusative and cue.lemma not in DATIVE_ADDRESSEE_CUES:
        return None
    if speaker and speaker[1] < cue.tokens[0] and words[a].lower() in SUBORD | SUBORD_CONJ:
        return _middle_field_dative(d, speaker[1], cue.tokens[0])  # "Nachdem sie dem Richter mitgeteilt hatte"
    if speaker and speaker[0] > cue.tokens[0] > a:
        fronted = _fronted_object(d, cue, a, accusative)  # "Der Politik schlug er vor"
        if fronted:
            return fronted
    k = max(cue.tokens[0], speaker[1] - 1 if speaker and speaker[0] > cue.tokens[0] else cue.tokens[0]) + 1
    if speaker is None or k >= b:
        return None
    k0, k = k, skip_adverbs(words, k, b, limit=2)
    if "sich" in words[k0:k]:
        return None  # "verspricht sich Erfolg": the reflexive is the object
    if k0 < k < b and words[k].lower() == "der" and is_cap(words[k - 1]) and words[k - 1].lower() not in _TIME_POINTS:
        return None  # a genitive of the skipped phrase: "sagte nach dem Ende der Sitzung", not "am Montag der Zeitung"
    dets = DATIVE | {"die", "das", "einen", "eine"} if accusative else DATIVE
    if k < b and cue.lemma in ADDRESSEE_CUES and words[k].lower() in {"journalisten", "reportern", "medienvertretern"}:
        return (k, k + 1)  # "sagte Reportern"
    if k < b and words[k].lower() in dets | {"ihm", "ihr", "ihnen"}:
        if words[k].lower() in {"ihm", "ihr", "ihnen"}:
            return (k, k + 1) if k + 1 < b and words[k + 1][:1].islower() else None
        e = name_np_end(d, k, b)
        if e > k + 1 and not (words[k].lower() == "den" and not accusative and _singular_accusative(words[e - 1])):
            return (k, _coordinated_end(d, e, b, cue))
    elif k < b and (accusative or cue.lemma in DATIVE_ADDRESSEE_CUES) and is_cap(words[k]) \
            and words[k] not in STOP_CAPS:
        e = np_end(words, k, b)  # "forderte die Regierung auf", "warf Obama vor", "empfahl Reisenden"
        if e > k:
            return (k, _coordinated_end(d, e, b, cue))
    return None


_TIME_POINTS = TIME_NOUNS - {"ende", "anfang", "mitte", "zeit", "vergangenheit", "zukunft"}


def _english_name_end(d: TokenDoc, e: int, b: int) -> int:
    """Extend a name over an English "of": "gegenüber der Voice of America"."""
    words = d.words
    if e + 1 < b and words[e] == "of" and is_cap(words[e - 1]):
        j = e + 1 + (words[e + 1] == "the")
        while j < b and is_cap(words[j]):
            j += 1
        if j > e + 1 + (words[e + 1] == "the"):
            return j
    return e


def _singular_accusative(noun: str) -> bool:
    """"den Umstieg", "den Verdacht": a dative plural ends in -n (or -s: "den Autos"), an acronym aside ("den USA")."""
    return noun[-1:].isalpha() and noun[-1:].islower() and noun[-1] not in "ns"


def _coordinated_end(d: TokenDoc, e: int, b: int, cue: Cue) -> int:
    """Extend an object over a coordination that closes before the verb particle or a "dazu":
    "forderte Mussawi und dessen Anhänger dazu auf", "rief Bürger und Verbände auf"."""
    words = d.words
    if e + 1 >= b or words[e].lower() not in {"und", "sowie"} or d.region_of[e] >= 0:
        return e
    j = np_end(words, e + 1, b, genitive=False)
    if j == e + 1 and words[e + 1].lower() in {"dessen", "deren", "seine", "seinen", "ihre", "ihren"}:
        j = np_end(words, e + 2, b, genitive=False)
    if j > e + 1 and (j >= b or j in cue.tokens or words[j].lower() in {"dazu", "darauf", "davor", ","}):
        return j
    return e


def _middle_field_dative(d: TokenDoc, s: int, verb: int) -> tuple[int, int] | None:
    """A dative between the subject and the final verb of a subordinate clause."""
    words = d.words
    for j in range(s, verb):
        if d.region_of[j] >= 0 or words[j] == ",":
            return None
        if words[j].lower() in {"dem", "der", "den", "einem", "einer"}:
            e = name_np_end(d, j, verb)
            if e > j + 1 and not (words[j].lower() == "den" and _singular_accusative(words[e - 1])):
                return (j, e)
    return None


def _fronted_object(d: TokenDoc, cue: Cue, a: int, accusative: bool) -> tuple[int, int] | None:
    """A pre-field object of a cue whose subject follows the verb: "Der Politik schlug er vor",
    "Die Bürger forderte er auf", "Den Journalisten sagte sie"."""
    words = d.words
    k = cue.tokens[0]
    first = words[a].lower()
    if first in NON_SUBJECT_START and first not in DATIVE:
        return None
    if not accusative and first not in DATIVE:
        return None  # a dative needs its article ("Der Zeitung sagte er"), not "Die Pläne erklärte er"
    e = max(name_np_end(d, a, k), np_end(words, a, k))
    if e <= a or words[e - 1].lower() in TIME_NOUNS:
        return None
    e = _coordinated_end(d, e, k + 1, Cue([k], cue.lemma, cue.medium, cue.kind))
    return (a, e) if e == k else None
