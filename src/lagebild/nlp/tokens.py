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

from ..model import Span

# Tokens after which a period does not end a sentence (lower-cased, without the period).
ABBREVIATIONS = {
    # German
    "dr", "prof", "st", "nr", "bzw", "ca", "vgl", "z.b", "u.a", "d.h", "usw", "etc", "sog", "inkl", "ggf",
    "evtl", "mio", "mrd", "bspw", "abs", "art", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep",
    "sept", "okt", "nov", "dez", "hr", "fr", "str", "tel", "geb", "gest", "min", "max", "zzgl", "rd",
    "v.a", "u.s", "z", "o.ä", "i.d.r", "dipl", "ing", "gen", "lt", "kap", "bd", "hg", "hrsg", "verh",
    "med", "jur", "phil", "rer", "nat", "pol", "oec", "habil", "mag", "univ", "abg", "stv", "vors",
    # English
    "mr", "mrs", "ms", "jr", "sr", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "vs", "no",
    "inc", "ltd", "corp", "co", "u.s", "u.k", "e.g", "i.e", "mt", "ft", "jan", "feb", "mar", "apr", "aug",
    "sept", "oct", "nov", "dec", "st", "rev", "adm", "gen", "pres",
}
_MONTH_OR_UNIT = re.compile(
    r"^(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    r"jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez|jahrhundert|jh|jahrestag|mal|platz|liga|"
    r"runde|stock|klasse|bundesliga|spieltag|weltkrieg|lebensjahr|amendment)\.?$",
    re.IGNORECASE,
)
_CLOSERS = set("\"'“”»«‘’)]")
_END = set(".!?")


@functools.lru_cache(maxsize=4)
def blank(lang: str):
    import spacy

    return spacy.blank(lang if lang in ("de", "en") else "xx")


# spaCy's vocabulary keeps every string it has seen: a long-running ingest, watch
# or server would grow without bound (6M strings, ~3 GB after 20k odd documents).
# Past this many strings the blank pipeline is rebuilt; docs made earlier stay valid.
MAX_VOCAB_STRINGS = 300_000


def make_doc(text: str, lang: str):
    nlp = blank(lang)
    if len(nlp.vocab.strings) > MAX_VOCAB_STRINGS:
        blank.cache_clear()
        nlp = blank(lang)
    return nlp.make_doc(text)


def _ends_sentence(doc, i: int) -> bool:
    """Whether token ``i`` (a '.', '!' or '?') closes a sentence."""
    tok = doc[i]
    if tok.text not in _END and not (tok.text.endswith((".", "!", "?")) and len(tok.text) > 1 and tok.text[-2] in _END):
        return False
    if tok.text == ".":
        if i == 0:
            return False
        prev = doc[i - 1]
        if prev.whitespace_:
            pass  # "Ende ." is still an end
        else:
            low = prev.text.lower()
            if low in ABBREVIATIONS:
                return False
            if len(prev.text) == 1 and prev.text.isalpha() and prev.text.isupper():
                return False  # initials: "J. Smith"
            if prev.text.isdigit() and i + 1 < len(doc):
                nxt = doc[i + 1]
                if _MONTH_OR_UNIT.match(nxt.text) or nxt.text[:1].islower():
                    return False  # "3. Oktober", "am 3. und 4."
    # the next real token must not start lower-case (except after ! ?)
    j = i + 1
    while j < len(doc) and (doc[j].text in _CLOSERS or doc[j].is_space):
        if "\n" in doc[j].text:
            return True
        j += 1
    if j < len(doc) and doc[j].text[:1].islower() and tok.text == ".":
        return False
    return True


def split_sentences(doc) -> list[tuple[int, int]]:
    """Character (start, end) of each sentence, whitespace trimmed.

    A sentence ends at a line break, or after sentence-final punctuation (plus
    any closing quotes or brackets glued to it) that ``_ends_sentence`` accepts.
    """
    bounds: list[tuple[int, int]] = []
    start: int | None = None
    last_end = 0  # end of the last non-space token seen
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if not tok.is_space:
            if start is None:
                start = tok.idx
            last_end = tok.idx + len(tok.text)
            if _ends_sentence(doc, i):
                while i + 1 < n and doc[i + 1].text in _CLOSERS and not doc[i].whitespace_:
                    i += 1
                    last_end = doc[i].idx + len(doc[i].text)
                bounds.append((start, last_end))
                start = None
        if "\n" in tok.text_with_ws and start is not None:
            bounds.append((start, last_end))  # a line break always ends a sentence
            start = None
        i += 1
    if start is not None:
        bounds.append((start, last_end))
    text = doc.text  # rebuilt from the tokens on every access: read it once
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
