"""Channel ("schrieb er beim Kurznachrichtendienst X") and medium hints from the frame text.

The patterns and word lists are in ``lang/de/speech.py`` and ``lang/en/speech.py``; a
statement's frame is searched with both languages' patterns, in the order below (the
first pattern that matches names the channel).
"""
from __future__ import annotations

import re

from ...lang.de import speech as de
from ...lang.en import speech as en

_CHANNEL_PATTERNS = [*de.CHANNEL_PATTERNS[:4], en.CHANNEL_PATTERNS[0], *de.CHANNEL_PATTERNS[4:], *en.CHANNEL_PATTERNS[1:]]
_WRITING = re.compile(r"\b(" + "|".join(de.WRITTEN_CHANNEL_WORDS + en.WRITTEN_CHANNEL_WORDS) + r")\b")


def find_channel(frame_text: str, addressees: list[str] | None = None) -> str | None:
    """The channel named in a statement's frame, or None."""
    for text in [frame_text] + list(addressees or []):
        if not text:
            continue
        for pat in _CHANNEL_PATTERNS:
            m = pat.search(text)
            if m:
                return m.group(1).strip()
    return None


def medium_override(frame_text: str, medium: str) -> str:
    """Writing when the frame names a written channel ("in einer Erklärung", "auf X")."""
    if medium in ("Speech", "SW") and _WRITING.search(frame_text or ""):
        return "Writing"
    return medium


def source_medium(words: list[str]) -> str:
    """Medium of a German prepositional source phrase ("nach Angaben der Polizei", "laut einem Bericht")
    from its nouns (lower-cased words): the news corpus labels opinions ST, written sources Writing,
    quoted words Speech, and bare "according to X" SW (spoken or written, unknown)."""
    for w in words:
        if any(w.startswith(s) or w.endswith(s) for s in de.SOURCE_THOUGHT) or w.endswith("meinung"):
            return "ST"
    for w in words:
        if w.startswith("medienbericht") or w.startswith("zeitungsbericht"):
            return "SW"
        if any(w.startswith(s) or w.endswith(s) or w.endswith(s + "s") for s in de.SOURCE_WRITING):
            return "Writing"
    for w in words:
        if any(w.startswith(s) for s in de.SOURCE_SPEECH) or w.endswith("aussagen"):
            return "Speech"
    return "SW"
