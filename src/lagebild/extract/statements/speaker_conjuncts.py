"""Coordinated speakers: "Russland und die Ukraine", "sowohl die SPD-Führung als auch Merz" are two
speakers, each speaking (one statement per conjunct); "Merz und andere Regierungschefs" is Merz."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ...model import Span, Statement
from ...nlp.coref import role_kinds


def coordinated(text: str) -> bool:
    return any(f" {w} " in text for w in ("und", "and", "sowie", "or", "oder"))


_CONJUNCTION = re.compile(r" (?:und|sowie|als auch|and|as well as) (?=\S)")


_OTHERS = {"andere", "anderen", "weitere", "weiteren", "other", "others"}


def two_speakers(mention: Span, names: list[tuple[int, int]], mod=None) -> bool:
    """A coordination of two speakers ("sowohl die SPD-Führung als auch Merz"), its conjunction outside
    every name ("Bündnis 90/Die Grünen", "Ministerium für Wirtschaft und Energie" are one speaker). Not:
    "Merz und andere Regierungschefs" (Merz speaks, with others), "SVP-Fraktionspräsident und Nationalrat
    Thomas Aeschi", "Der frühere Bürgermeister und Justizsenator, Henning Scherf" (two titles of one named
    person)."""
    for m in _CONJUNCTION.finditer(mention.text):
        pos = mention.start + m.start() + 1
        if any(a <= pos < b for a, b in names) or "," in mention.text[:m.start()]:
            continue  # inside a name, or in an apposition ("X, a trade expert and founder of Y")
        before, after = mention.text[:m.start()].split(), mention.text[m.end():].split()
        if after and after[0].lower() in _OTHERS and any(a < pos for a, _b in names):
            return False  # the rest is the others, whatever its own conjunctions ("Staats- und Regierungschefs")
        if mod is not None and before and not any(a < pos for a, _b in names) and any(b > pos for _a, b in names) \
                and all(role_kinds([w], mod)[0] or w.lower() in mod.ARTICLES or w.islower() for w in before):
            continue
        if before and after and any(w[:1].isupper() for w in before) and any(w[:1].isupper() for w in after):
            return True
    return False


def each_conjunct(resolver: Any, st: Statement, min_confidence: float) -> list[Statement] | None:
    """'Russland und die Ukraine hatten sich … bereit erklärt', 'sowohl die SPD-Führung als auch
    Merz': one statement per speaker, each with its own mention and actor, where every conjunct
    resolves to a different actor (else None: the pair stays one unresolved speaker)."""
    mention = st.speaker_mention[0]
    names = [span for span, _r in resolver.refs.at(mention.start, mention.end)]
    if not two_speakers(mention, names, resolver.mod):
        return None
    parts, start = [], 0
    text = mention.text
    for m in list(_CONJUNCTION.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        piece = re.sub(r"^(?:sowohl|both|either|entweder)\s+", "", text[start:end].strip(" ,"), flags=re.I)
        a = mention.start + text.index(piece, start) if piece else -1
        if not piece or any(a < x < a + len(piece) or a < y < a + len(piece) for x, y in names
                            if not (a <= x and y <= a + len(piece))):
            return None  # a conjunction inside a name: no split
        parts.append(Span(a, a + len(piece), piece))
        start = m.end() if m else len(text)
    cue = st.cue[0].text if st.cue else ""
    results = [resolver.resolve(p, cue, st.quote[0].start if st.quote else None) for p in parts]
    actors = [r.actor for r in results]
    if len(parts) < 2 or any(a is None or r.confidence < min_confidence for a, r in zip(actors, results)) or \
            len({a.id for a in actors if a}) < len(actors):
        return None
    return [replace(st, id=st.id if k == 0 else f"{st.id}-{k + 1}", speaker_mention=[p], speaker_actor=r.actor,
                    speaker_confidence=round(r.confidence, 3), speaker_role=r.role)
            for k, (p, r) in enumerate(zip(parts, results))]
