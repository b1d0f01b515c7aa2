"""The token model every language's statement rules work on, and the records they produce.

``TokenDoc`` holds one document's tokens as plain arrays (words, character offsets), its
sentences as token ranges and its quotation-mark regions; ``Found`` is a statement in
token ranges, ``Cue`` a reporting cue. ``engine.py`` turns ``Found`` into ``model.Statement``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Span
from ...nlp.tokens import token_arrays


@dataclass
class Found:
    type: str
    medium: str
    quote: list[tuple[int, int]]  # token ranges [i, j)
    cue: list[int] = field(default_factory=list)
    frame: list[tuple[int, int]] = field(default_factory=list)
    speaker: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    sent: int = 0
    nested_in: int | None = None
    confidence: float = 0.7


@dataclass
class Cue:
    tokens: list[int]
    lemma: str
    medium: str
    kind: str  # verb, noun, prep


class TokenDoc:
    """Token arrays of one document, plus sentence and quote-region indexes.

    ``quote_pairs``: opening mark -> closing marks of the language; ``paragraph_quotes``:
    English style, where a paragraph opening with the same mark continues an unclosed quotation.
    """

    def __init__(self, state, lang: str, lexicon, quote_pairs: dict[str, set[str]], paragraph_quotes: bool):
        self.text = state.text
        self.lang = lang
        self.lex = lexicon
        # plain arrays, not spaCy Token objects: iterating the Doc is the costly part here
        texts, offsets, spaced = token_arrays(state.doc)
        keep = [k for k, t in enumerate(texts) if not t.isspace()]  # spaCy's is_space
        self.words = [texts[k] for k in keep]
        self.starts = [offsets[k] for k in keep]
        self.ends = [a + len(w) for a, w in zip(self.starts, self.words)]
        self.n = len(keep)
        self.sents = self._sentence_ranges(state.analysis.sentences)
        self.sent_of = [0] * self.n
        for s, (a, b) in enumerate(self.sents):
            for i in range(a, b):
                self.sent_of[i] = s
        ents = getattr(getattr(state, "analysis", None), "entities", None) or []
        self.agent_chars = [(e.span.start, e.span.end) for e in ents if e.label in ("PER", "ORG")]
        self.person_chars = [(e.span.start, e.span.end) for e in ents if e.label == "PER"]
        self.place_chars = [(e.span.start, e.span.end) for e in ents if e.label == "LOC"]
        self.regions = self._quote_regions(texts, spaced, quote_pairs, paragraph_quotes)
        self.region_of = [-1] * self.n
        for r, (a, b) in enumerate(self.regions):
            for i in range(a, b):
                self.region_of[i] = r

    def set_sentences(self, sents: list[tuple[int, int]]) -> None:
        """Replace the sentence ranges (rules that glue sentences the splitter cut) and their index."""
        self.sents = sents
        for s, (a, b) in enumerate(sents):
            for i in range(a, b):
                self.sent_of[i] = s

    def _sentence_ranges(self, sentences: list[Span]) -> list[tuple[int, int]]:
        out, i = [], 0
        for s in sentences:
            while i < self.n and self.ends[i] <= s.start:
                i += 1
            j = i
            while j < self.n and self.starts[j] < s.end:
                j += 1
            if j > i:
                out.append((i, j))
            i = j
        return out

    def _quote_regions(self, texts: list[str], spaced: list[bool], openers: dict[str, set[str]],
                       paragraph_quotes: bool) -> list[tuple[int, int]]:
        """Token ranges [open, close+1) of balanced quotation marks; a paragraph break cancels.
        ``texts``/``spaced``: all the Doc's tokens (spaces included) and their trailing-space flags."""
        out: list[tuple[int, int]] = []
        open_at, closers, k, held = None, set(), -1, None
        gap = "\n"  # whitespace since the previous non-space token
        for w, space_after in zip(texts, spaced):
            if w.isspace():
                gap += w
                if open_at is not None and "\n\n" in w:
                    open_at, held = None, open_at if paragraph_quotes else None
                continue
            new_line, gap = "\n" in gap, " " if space_after else ""
            k += 1
            if held is not None and new_line and w == self.words[held]:
                open_at, held = held, None  # English style: the next paragraph opens with the same mark
                continue
            held = None
            if open_at is not None and (w in closers or len(w) > 2 and "-" in w and any(c in w[1:-1] for c in closers)
                                        and not paragraph_quotes) and not (paragraph_quotes and w == "“" and new_line):
                out.append((open_at, k + 1))  # also a mark inside a compound: "der „Bild“-Zeitung"
                open_at = None
            elif w in openers and (open_at is None or paragraph_quotes and new_line and w == self.words[open_at]):
                # English style: a paragraph opening with the same mark continues an unclosed quotation
                open_at, closers = k, openers[w]
        return out

    def span(self, i: int, j: int) -> Span:
        return Span.of(self.text, self.starts[i], self.ends[j - 1])

    def spans(self, ranges: list[tuple[int, int]]) -> list[Span]:
        return [self.span(i, j) for i, j in ranges if j > i]


_NAME_PARTICLE = re.compile(r"^[a-z]{1,3}-[A-ZÄÖÜ]")  # al-Dschasira, el-Baradei


def is_cap(word: str) -> bool:
    """A capitalised word (a noun or name), or a name with a lower-case particle ("al-Dschasira")."""
    if not word:
        return False
    if word[0].isupper():
        return any(c.isalpha() for c in word)
    return "-" in word[1:4] and bool(_NAME_PARTICLE.match(word))


def dateline_end(d: TokenDoc, a: int, b: int, dateline: re.Pattern | None) -> int:
    """The first token after a dateline that opens sentence [a, b) at the start of a line
    ("Berlin (dpa) - ...", "WASHINGTON: ..."), else ``a``."""
    if dateline is None or a >= b:
        return a
    start = d.starts[a]
    if start > 0 and d.text[start - 1] != "\n":
        return a
    m = dateline.match(d.text, start)
    if m is None:
        return a
    k = a
    while k < b and d.starts[k] < m.end():
        k += 1
    return k if k < b else a
