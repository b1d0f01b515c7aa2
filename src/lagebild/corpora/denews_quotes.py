"""German news quotes (de-news-quotes-2024, CC BY-NC-SA 4.0): one JSON file per document.

Each document has ``documentName`` (ending in the publication date, '... (2005-08-20)'),
``originalText``, ``tokens`` (``id``, ``charBegin``, ``charEnd``) and ``annotations``
(quote, speaker, cue, frame, addressee: token ids and char spans; type, medium, nesting).
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError

_DATE_IN_NAME = re.compile(r"\((\d{4})-(\d{2})-(\d{2})\)\s*$")


def read_documents(folder: str | Path) -> list[dict[str, Any]]:
    """All data set documents in ``folder`` (``*.json``), sorted by file name."""
    path = Path(folder)
    if not path.is_dir():
        raise InputError(f"not a folder of quote data set documents: {path}")
    files = sorted(path.glob("*.json"))
    if not files:
        raise InputError(f"no *.json documents in {path}")
    docs = []
    for f in files:
        try:
            docs.append(json.loads(f.read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read quote document {f.name}: {exc}") from exc
    return docs


def date_of(document_name: str) -> date | None:
    """The publication date in a document name: '... (2005-08-20)'."""
    m = _DATE_IN_NAME.search(re.sub(r"(?:\.pretty)?(?:\.json)?$", "", document_name))  # a file name too
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def quote_documents(datasets_dir: str | Path, split: str = "train") -> list[dict]:
    """The documents of one split under ``datasets_dir`` (none where the folder is missing)."""
    folder = Path(datasets_dir) / "de-news-quotes-2024" / split
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
