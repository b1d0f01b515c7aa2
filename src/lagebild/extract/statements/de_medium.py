"""German medium by who speaks (issue #21): the news corpus labels what a body declares SW (spoken or written,
unknown) and what a person says Speech.

- a cue verb other than the plainly spoken ones ("erklärte", "teilte mit", "kündigte an") with a body as its
  speaker ("Das Ministerium", "die Polizei") -> SW;
- a continuation without a cue (IndirectFreeIndirect, FreeIndirect) of a body -> SW;
- a source phrase naming a person and no source noun ("laut Ministerin Weber", "so der Sprecher") -> Speech.
"""
from __future__ import annotations

from ...lang.de.speech import AGENT_NOUNS, BODY_NOUN_ENDINGS, RESOLVED_PRONOUNS, ROLE_WORDS, SOURCE_INFO_NOUNS, SPOKEN_CUES
from ...lang.de.speech_syntax import DETS
from .cues import lemma
from .doc import Found, TokenDoc, is_cap

_SOURCE_PREPS = {"laut", "zufolge", "nach", "gemäß", "so"}
_PERSON_NOUNS = tuple(n for n in AGENT_NOUNS if not n.endswith(BODY_NOUN_ENDINGS)) + ROLE_WORDS


def _overlaps(d: TokenDoc, chars: list[tuple[int, int]], i: int, j: int) -> bool:
    a, b = d.starts[i], d.ends[j - 1]
    return any(s < b and a < e for s, e in chars)


def speaker_kind(d: TokenDoc, sp: tuple[int, int] | None) -> str | None:
    """'person', 'body' or None (unknown) for a speaker mention."""
    if not sp or sp[1] <= sp[0]:
        return None
    words = d.words[sp[0]:sp[1]]
    low = [w.lower() for w in words]
    if len(low) == 1 and low[0] in RESOLVED_PRONOUNS - {"sie", "ihr"}:
        return "person"
    k = 1 if low[0] in DETS else 0
    while k < len(words) and not is_cap(words[k]):
        k += 1  # adjectives: "das russische Außenministerium"
    head = low[k] if k < len(low) else ""
    if head.endswith(BODY_NOUN_ENDINGS) and not head.endswith(_PERSON_NOUNS):
        return "body"
    if _overlaps(d, getattr(d, "person_chars", []), *sp) or head.endswith(_PERSON_NOUNS):
        return "person"
    return None


def _cue_lemma(d: TokenDoc, f: Found) -> str:
    verbs = d.lex.verbs
    for k in f.cue:
        lem = lemma(d.words[k], "de")
        if lem in verbs:
            return lem
    return d.words[f.cue[0]].lower() if f.cue else ""


def _plural_verb(d: TokenDoc, f: Found) -> bool:
    """The finite cue verb is plural ("verlangen", "teilten ... mit"), its subject not a person."""
    word = d.words[f.cue[0]]
    return word[:1].islower() and word.endswith(("en", "ten")) and not word.endswith("ieren") and len(f.cue) <= 2 \
        and bool(f.speaker) and f.type != "Reported"


def adjust_media(d: TokenDoc, found: list[Found]) -> None:
    """Set the medium of German statements from the kind of speaker (in place)."""
    for f in found:
        if f.nested_in is not None:
            continue
        kind = speaker_kind(d, f.speaker)
        cue = _cue_lemma(d, f)
        if f.medium == "Speech" and kind is None and f.cue and cue not in SPOKEN_CUES and _plural_verb(d, f):
            f.medium = "SW"  # a group speaks: "verlangen die Grünen", "Kritiker warnen"
        elif f.medium == "Speech" and kind == "body":
            if f.cue and cue not in SPOKEN_CUES and cue not in _SOURCE_PREPS:
                f.medium = "SW"
            elif not f.cue and f.type in ("IndirectFreeIndirect", "FreeIndirect"):
                f.medium = "SW"
        elif f.medium == "SW" and kind == "person" and cue in _SOURCE_PREPS:
            words = [w.lower() for w in d.words[f.speaker[0]:f.speaker[1]]]
            if not any(w.endswith(SOURCE_INFO_NOUNS) for w in words):
                f.medium = "Speech"
