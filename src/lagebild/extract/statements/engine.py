"""Statement extraction: one engine, one rules module per language.

``RULES`` maps a language code to its rules (``de.py``, ``en.py``) and its speech data
(``lang/<code>/speech.py``); a language without rules of its own gets the German ones. The
engine builds the token model (``doc.TokenDoc``), runs the language's rules, adds the
quotations nested in a statement's quote, and turns the ``Found`` records into
``model.Statement`` (spans, channel, medium from the frame, speaker actor).
"""
from __future__ import annotations

import bisect

from dataclasses import dataclass
from types import ModuleType
from typing import Callable

from ...lang.de import speech as de_speech
from ...lang.en import speech as en_speech
from ...model import Span, Statement
from . import de, en
from .channel import find_channel, medium_override
from .cues import load_lexicon
from .doc import Found, TokenDoc
from .speakers import resolve_actor
from .transcript import transcript_turns


@dataclass(frozen=True)
class LanguageRules:
    find: Callable[[TokenDoc, set[int]], tuple[list[Found], set[int]]]  # statements, quotation regions used up
    speech: ModuleType  # lang/<code>/speech.py: QUOTE_PAIRS, PARAGRAPH_QUOTES
    is_name_region: Callable[[TokenDoc, int, int], bool] | None = None  # a quoted name, not a quotation


RULES: dict[str, LanguageRules] = {
    "de": LanguageRules(de.find, de_speech, de.is_name_region),
    "en": LanguageRules(en.find, en_speech),
}
FALLBACK = "de"
_SENTENCE_END = {".", "!", "?", "…"}


def _nested(d: TokenDoc, found: list[Found], used_regions: set[int], is_name_region) -> None:
    """Quotation-mark regions inside another statement's quote: nested Direct statements."""
    by_start = sorted((qa, r) for r, (qa, _qb) in enumerate(d.regions))
    starts = [qa for qa, _r in by_start]
    for idx, f in enumerate(list(found)):
        if f.type == "Direct" or f.nested_in is not None:
            continue
        # only regions starting inside one of the quotes can lie inside it (in region order)
        inside = sorted({r for a, b in f.quote
                         for _qa, r in by_start[bisect.bisect_left(starts, a):bisect.bisect_right(starts, b)]})
        for r in inside:
            qa, qb = d.regions[r]
            if r in used_regions or is_name_region is not None and is_name_region(d, qa, qb):
                continue
            if any(a <= qa and qb <= b for a, b in f.quote):
                found.append(Found("Direct", f.medium, [(qa, qb)], list(f.cue), list(f.frame), f.speaker, f.addressee,
                                   f.sent, nested_in=idx, confidence=0.6))
                used_regions.add(r)


def _heading_sents(d: TokenDoc, headings: list[Span]) -> set[int]:
    starts = {h.start for h in headings}
    return {s for s, (a, b) in enumerate(d.sents) if d.starts[a] in starts and d.words[b - 1] not in _SENTENCE_END}


def find_found(state) -> tuple[TokenDoc, list[Found]]:
    """The token model of one document and its statements as token ranges."""
    lang = state.lang if state.lang in RULES else FALLBACK
    rules = RULES[lang]
    d = TokenDoc(state, lang, load_lexicon(lang), rules.speech.QUOTE_PAIRS, rules.speech.PARAGRAPH_QUOTES)
    heads = _heading_sents(d, state.analysis.headings)
    found, used = rules.find(d, heads)
    found += transcript_turns(d, found)
    _nested(d, found, used, rules.is_name_region)
    return d, found


def find_statements(state) -> list[Statement]:
    """Statements of one document, in text order, ids ``{doc_id}:s{n}``."""
    d, found = find_found(state)
    order = sorted(range(len(found)), key=lambda i: (found[i].quote[0][0] if found[i].quote else 0, found[i].nested_in is not None))
    ids = {i: f"{state.document.id}:s{n}" for n, i in enumerate(order)}
    entities = list(getattr(state.analysis, "entities", None) or [])
    out = []
    for i in order:
        f = found[i]
        frame = d.spans(f.frame)
        cue = [d.span(k, k + 1) for k in sorted(set(f.cue))]
        speaker = [d.span(*f.speaker)] if f.speaker and f.speaker[1] > f.speaker[0] else []
        frame_text = " ".join(s.text for s in frame)
        medium = medium_override(frame_text, f.medium)
        out.append(Statement(
            id=ids[i],
            type=f.type,
            medium=medium,
            quote=d.spans(f.quote),
            cue=cue,
            frame=frame,
            addressee=[d.span(*f.addressee)] if f.addressee else [],
            speaker_mention=speaker,
            speaker_actor=resolve_actor(speaker[0], entities, state.text) if speaker and entities else None,
            channel=find_channel(frame_text, [a.text for a in ([d.span(*f.addressee)] if f.addressee else [])]),
            nested_in=ids.get(f.nested_in) if f.nested_in is not None else None,
            confidence=f.confidence,
        ))
    return out
