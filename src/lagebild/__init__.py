"""lagebild: a sourced record of who said, pledged, demanded or refused what in the news."""
from __future__ import annotations

from .about import __version__  # noqa: E402
from .core import analyze, analyze_document  # noqa: E402
from .errors import LagebildError  # noqa: E402
from .model import Analysis, Document, Span  # noqa: E402
from .settings import Options, make_options  # noqa: E402


def open_store(url: str, *, options: "Options | None" = None, create: bool = True):
    """Open (and migrate) a store: a SQLite path or ``sqlite:///path``; ``create=False``: a
    missing file is an error (``errors.StoreMissing``) instead of a new empty store."""
    from .store import open_store as _open

    return _open(url, options=options, create=create)


def to_spacy(analysis, nlp=None, *, text: "str | None" = None):
    """An analysis as a spaCy ``Doc``: entities as ``doc.ents``, statements, positions and more as
    span groups (``lagebild.spacydoc``; imported on first use)."""
    from .spacydoc import to_spacy as _to_spacy

    return _to_spacy(analysis, nlp, text=text)


def from_spacy(doc, *, published=None, lang: "str | None" = None, options: "Options | None" = None, **metadata):
    """The analysis of a user's own spaCy ``Doc``: its tokens, sentences and entities in place of
    lagebild's (``lagebild.spacydoc``; imported on first use)."""
    from .spacydoc import from_spacy as _from_spacy

    return _from_spacy(doc, published=published, lang=lang, options=options, **metadata)


__all__ = ["analyze", "analyze_document", "open_store", "to_spacy", "from_spacy", "Analysis", "Document", "Span",
           "Options", "make_options", "LagebildError", "__version__"]
