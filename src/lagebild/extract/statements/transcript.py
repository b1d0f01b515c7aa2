"""Interview transcripts: paragraphs opened by a speaker label and a colon.

    WALLACE: Let's start with breaking news on the debate story.
    PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of "Shark Tank."
    SPIEGEL: Herr Minister, wie geht es weiter?  /  Pistorius: Wir werden liefern.

Each turn is a Direct statement: the label is the speaker, the colon the cue, the rest of the
paragraph the quote. A label counts only where the document is a transcript: the same label
opens at least two paragraphs and a second label does too (question and answer), or one label
opens three. A dateline ("WASHINGTON:" opening the text) opens one paragraph and is never one.
A statement the rules found inside a turn ("PENCE: … Clinton apparently thinks …") stays.
"""
from __future__ import annotations

from .doc import Found, TokenDoc

_OPEN_QUOTES = {'"', "“", "„", "«", "»", "‘", "'"}
_CLOSE_QUOTES = {'"', "”", "“", "«", "»", "’", "'"}
# labels that open paragraphs without being speakers
_NOT_SPEAKERS = {"update", "note", "hinweis", "foto", "photo", "bild", "quelle", "source", "video", "audio",
                 "lesen", "read", "mehr", "more", "anzeige", "advertisement", "fazit", "frage", "antwort",
                 "question", "answer", "q", "a", "transkript", "transcript", "zitat", "quote", "warning", "warnung"}
MAX_LABEL = 3


def _paragraph_starts(d: TokenDoc) -> list[int]:
    return [i for i in range(d.n) if i == 0 or "\n" in d.text[d.ends[i - 1]:d.starts[i]]]


def _label(d: TokenDoc, p: int, end: int) -> tuple[int, int, int] | None:
    """(label start, label end, colon index) of a paragraph opened by 'NAME:'."""
    i = p + 1 if p < end and d.words[p] in _OPEN_QUOTES else p
    for k in range(i, min(end, i + MAX_LABEL + 1)):
        if d.words[k] == ":":
            words = d.words[i:k]
            if not words or not all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in words):
                return None
            if " ".join(words).lower() in _NOT_SPEAKERS or words[0].lower() in _NOT_SPEAKERS:
                return None
            return i, k, k
        if not d.words[k][:1].isupper():
            return None
    return None


def transcript_turns(d: TokenDoc, found: list[Found]) -> list[Found]:
    """Direct statements for the turns of an interview transcript (rules above); turns whose
    text a statement already holds are left to it."""
    starts = _paragraph_starts(d)
    turns = []
    for n, p in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else d.n
        lab = _label(d, p, end)
        if lab is not None:
            turns.append((p, end, lab, " ".join(d.words[lab[0]:lab[1]]).lower()))
    counts: dict[str, int] = {}
    for _p, _e, _lab, key in turns:
        counts[key] = counts.get(key, 0) + 1
    repeated = {k for k, c in counts.items() if c >= 2}
    if not (len(repeated) >= 2 or any(c >= 3 for c in counts.values())):
        return []
    taken = [(a, b) for f in found for a, b in f.quote]
    out = []
    for p, end, (ls, le, colon), key in turns:
        if key not in repeated:
            continue  # a dateline ("WASHINGTON:") opens one paragraph only
        qa, qb = colon + 1, end
        while qb > qa and d.words[qb - 1] in _CLOSE_QUOTES:
            qb -= 1
        held = sum(min(qb, b) - max(qa, a) for a, b in taken if a < qb and qa < b)
        if qb - qa < 3 or held >= 0.6 * (qb - qa):
            continue  # a statement of the rules holds this turn already
        out.append(Found("Direct", "Speech", [(qa, qb)], [colon], [(p, colon + 1)], (ls, le), None,
                         d.sent_of[qa], confidence=0.6))
    return out
