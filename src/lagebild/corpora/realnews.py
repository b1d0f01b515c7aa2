"""realnews-2025: real German and English news texts, for evaluation only (never copied).

The folder ``<datasets_dir>/realnews-2025`` holds ``de/NNN.txt`` and ``en/NNN.txt`` in
lagebild's own text format (``date YYYY-MM-DD``, ``title: ...``, a blank line, the body).
A document is read as the ingest text reader reads it, so that character offsets into
``Document.text`` agree with gold made on that text (gold/speakers/README.md).
"""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..ingest.outcome import InputContext
from ..ingest.textfile import text_outcome
from ..model import Document

NAME = "realnews-2025"


def realnews_dir(datasets_dir: str | Path) -> Path:
    """The data set's folder under the ``datasets_dir`` setting."""
    return Path(datasets_dir) / NAME


def split_of(name: str) -> str:
    """The fixed split of a file name such as ``de/004.txt``: even numbers dev, odd heldout."""
    number = int(Path(name).stem)
    return "heldout" if number % 2 else "dev"


def document_names(folder: str | Path, lang: str) -> list[str]:
    """``["de/001.txt", ...]``: the texts of one language, sorted."""
    return [f"{lang}/{p.name}" for p in sorted((Path(folder) / lang).glob("*.txt"))]


def read_document(folder: str | Path, name: str) -> Document:
    """One text (``de/001.txt``) as ``lagebild.ingest.textfile.text_outcome`` gives it, with the
    language of its folder."""
    path = Path(folder) / name
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    lang = Path(name).parent.name or None
    out = text_outcome(raw, InputContext(origin=name, options=None, lang=lang))
    if not isinstance(out, Document):
        raise InputError(f"{name}: not a document ({getattr(out, 'reason', out)})")
    return out
