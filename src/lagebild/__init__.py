"""lagebild: a sourced record of who said, pledged, demanded or refused what in the news."""
from __future__ import annotations

from .about import __version__  # noqa: E402
from .core import analyze, analyze_document  # noqa: E402
from .errors import LagebildError  # noqa: E402
from .model import Analysis, Document, Span  # noqa: E402
from .settings import Options, make_options  # noqa: E402


def open_store(url: str, *, options: "Options | None" = None):
    """Open (and migrate) a store: a SQLite path or ``sqlite:///path``."""
    from .store import open_store as _open

    return _open(url, options=options)


__all__ = ["analyze", "analyze_document", "open_store", "Analysis", "Document", "Span",
           "Options", "make_options", "LagebildError", "__version__"]
