"""Shared by the speaker-resolution tests: the (speaker mention, actor name) pairs of a text."""
from __future__ import annotations

from lagebild.core import analyze


def speakers(text: str, lang: str = "de", published: str = "2025-09-16") -> list[tuple[str, str | None]]:
    return [(" ".join(m.text for m in s.speaker_mention), s.speaker_actor.name if s.speaker_actor else None)
            for s in analyze(text, lang=lang, published=published).statements]
