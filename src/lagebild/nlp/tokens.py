"""Tokens and sentences on a spaCy ``Doc`` built from the document text.

spaCy's blank German/English tokenizers keep character offsets exact. The
sentence splitter is the project's own: it respects German abbreviations and
ordinals ("3. Oktober", "Dr.", "14.30 Uhr"), keeps closing quotes with their
sentence, treats line breaks as hard boundaries and does not end a sentence at
a colon.
"""
from __future__ import annotations

import functools
import re
import sys
import threading

from ..caches import WORD_FORMS
from ..model import Span
from .language import SUPPORTED, merged

# The splitter is the same for every language; it knows every language's words (lang/<code>/tokens.py).
# Tokens after which a period does not end a sentence (lower-cased, without the period).
ABBREVIATIONS = merged("tokens", "ABBREVIATIONS")
# "3. Oktober": after these words a number with a period is an ordinal.
_MONTH_OR_UNIT = re.compile(rf"^({merged('tokens', 'ORDINAL_NOUNS')})\.?$", re.IGNORECASE)
_CLOSERS = set("\"'“”»«‘’)]")
_END = set(".!?")


_SPACY_IMPORT = threading.Lock()


def import_spacy():
    """spaCy, imported without letting thinc import torch.

    thinc imports torch whenever it is installed (the accurate extra installs it): 1 s of
    start-up and about 200 MB of memory in every process, worker and CLI call, though
    lagebild never runs a thinc model on torch (its transformer uses torch directly, and
    spaCy's English pipeline runs on numpy). While spaCy is first imported, a ``None`` in
    ``sys.modules`` makes ``import torch`` fail for thinc only; the entry is removed
    straight after, so the accurate mode imports torch as usual. Where torch is already
    loaded there is nothing to save and spaCy is imported as it is."""
    with _SPACY_IMPORT:
        if "spacy" in sys.modules or "torch" in sys.modules:
            import spacy

            return spacy
        sys.modules["torch"] = None  # type: ignore[assignment]
        try:
            import spacy
        finally:
            if sys.modules.get("torch", 0) is None:
                del sys.modules["torch"]
        return spacy


@functools.lru_cache(maxsize=4)
def blank(lang: str):
    return import_spacy().blank(lang if lang in SUPPORTED else "xx")


# spaCy's vocabulary keeps every string it has seen: a long-running ingest, watch
# or server would grow without bound (6M strings, ~3 GB after 20k odd documents).
# Past this many strings the blank pipeline is rebuilt; docs made earlier stay valid.
MAX_VOCAB_STRINGS = 2 * WORD_FORMS  # the blank pipeline is rebuilt past this (caches.py)


def make_doc(text: str, lang: str):
    nlp = blank(lang)
    if len(nlp.vocab.strings) > MAX_VOCAB_STRINGS:
        blank.cache_clear()
        nlp = blank(lang)
    return nlp.make_doc(text)


def _ends_sentence(texts: list[str], ws: list[bool], i: int) -> bool:
    """Whether token ``i`` (a '.', '!' or '?') closes a sentence."""
    tok = texts[i]
    if tok not in _END and not (len(tok) > 1 and tok[-1] in _END and tok[-2] in _END):
        return False
    n = len(texts)
    if tok == ".":
        if i == 0:
            return False
        prev = texts[i - 1]
        if not ws[i - 1]:  # "Ende ." (with a space) is still an end
            if prev.lower() in ABBREVIATIONS:
                return False
            if len(prev) == 1 and prev.isalpha() and prev.isupper():
                return False  # initials: "J. Smith"
            if prev.isdigit() and i + 1 < n:
                nxt = texts[i + 1]
                if _MONTH_OR_UNIT.match(nxt) or nxt[:1].islower():
                    return False  # "3. Oktober", "am 3. und 4."
    # the next real token must not start lower-case (except after ! ?)
    j = i + 1
    while j < n and (texts[j] in _CLOSERS or texts[j].isspace()):
        if "\n" in texts[j]:
            return True
        j += 1
    if j < n and texts[j][:1].islower() and tok == ".":
        return False
    return True


_ARRAYS_KEY = "lagebild.token_arrays"


def token_arrays(doc) -> tuple[list[str], list[int], list[bool]]:
    """Token texts, start offsets and trailing-space flags, without building Token objects.

    Computed once per Doc and kept in ``doc.user_data``: the sentence splitter, the
    entities and the statements all read them (pipeline docs are never retokenised).
    Treat the lists as read-only."""
    cached = doc.user_data.get(_ARRAYS_KEY)
    if cached is not None:
        return cached
    if not len(doc):
        arrays: tuple[list[str], list[int], list[bool]] = ([], [], [])
    else:
        from spacy.attrs import IDX, ORTH, SPACY

        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IDX, SPACY]).tolist()
        arrays = [strings[r[0]] for r in rows], [r[1] for r in rows], [bool(r[2]) for r in rows]
    doc.user_data[_ARRAYS_KEY] = arrays
    return arrays


def split_sentences(doc) -> list[tuple[int, int]]:
    """Character (start, end) of each sentence, whitespace trimmed.

    A sentence ends at a line break, or after sentence-final punctuation (plus
    any closing quotes or brackets glued to it) that ``_ends_sentence`` accepts.
    """
    texts, starts, ws = token_arrays(doc)
    bounds: list[tuple[int, int]] = []
    start: int | None = None
    last_end = 0  # end of the last non-space token seen
    i, n = 0, len(texts)
    while i < n:
        tok = texts[i]
        if not tok.isspace():
            if start is None:
                start = starts[i]
            last_end = starts[i] + len(tok)
            if _ends_sentence(texts, ws, i):
                while i + 1 < n and texts[i + 1] in _CLOSERS and not ws[i]:
                    i += 1
                    last_end = starts[i] + len(texts[i])
                bounds.append((start, last_end))
                start = None
        if "\n" in texts[i] and start is not None:
            bounds.append((start, last_end))  # a line break always ends a sentence
            start = None
        i += 1
    if start is not None:
        bounds.append((start, last_end))
    # doc.text, from the arrays: spaCy rebuilds it from Token objects, which costs more than splitting
    text = "".join([t + " " if w else t for t, w in zip(texts, ws)])
    return [(a, b) for a, b in bounds if b > a and text[a:b].strip()]


def sentence_spans(text: str, lang: str) -> list[Span]:
    doc = make_doc(text, lang)
    return [Span.of(text, a, b) for a, b in split_sentences(doc)]


def heading_spans(text: str) -> list[Span]:
    """Lines that look like headings: short, no final sentence punctuation, surrounded by breaks."""
    out = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped or len(stripped) > 120 or stripped[-1] in ".!?:;,\"“”»«)":
            continue
        if len(stripped.split()) < 2 or not stripped[0].isupper():
            continue
        lead = len(line) - len(line.lstrip())
        out.append(Span.of(text, start + lead, start + lead + len(stripped)))
    return out


def token_spans(spacy_doc, char_spans) -> list[tuple[int, int, str]]:
    """(start char, end char, label) spans as (first token, end token, label) of ``spacy_doc``,
    snapped to whole tokens (a span ending inside a token takes the token); blank spans dropped."""
    out = []
    for s, e, label in char_spans:
        span = spacy_doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span) and not span.text.isspace():
            out.append((span.start, span.end, label))
    return out
