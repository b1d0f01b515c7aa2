"""WikiWarsDE (German Wikipedia war articles, TIMEX2 in ACE APF format).

A folder with ``in/NAME.sgm`` (the text, SGML) and ``key/NAME.key.apf.xml`` (the gold).
Each document's anchor is its DATETIME (the download date). Gold offsets are UTF-8 byte
offsets into the text with SGML tags removed, END inclusive; they are mapped to character
offsets here. The one gold TIMEX2 on the DATETIME header itself is outside <TEXT> and is
left out.
"""
from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError

_TAG = re.compile(r"<[^>]*>")
_TIMEX = re.compile(r'<timex2 ID="[^"]*"(?P<attrs>[^>]*)>.*?<charseq START="(?P<s>\d+)" END="(?P<e>\d+)"', re.S)
_VAL = re.compile(r'(?<![\w_])VAL="([^"]*)"')


def resolve_dir(path: str, options: Any) -> Path:
    """``path`` itself, or relative to the ``datasets_dir`` setting; must hold in/ and key/."""
    p = Path(path)
    if not p.exists() and options is not None and not p.is_absolute():
        p = Path(getattr(options, "datasets_dir", "")) / path
    if not (p / "in").is_dir() or not (p / "key").is_dir():
        raise InputError(f"{path} is not a WikiWarsDE folder (needs in/ and key/)",
                         hint="pass the wikiwarsde folder of the datasets directory")
    return p


def load_document(sgm: Path, key: Path) -> dict[str, Any]:
    """Text inside <TEXT>, its anchor, and the gold (start, end, VAL) in character offsets."""
    raw = sgm.read_text(encoding="utf-8")
    stripped = _TAG.sub("", raw)
    # byte offset -> char offset over the tag-stripped text
    byte_to_char = {}
    b = 0
    for i, ch in enumerate(stripped):
        byte_to_char[b] = i
        b += len(ch.encode("utf-8"))
    byte_to_char[b] = len(stripped)
    body = raw.split("<TEXT>", 1)
    text_start = len(_TAG.sub("", body[0]))
    text = _TAG.sub("", body[1].split("</TEXT>", 1)[0]) if len(body) > 1 else stripped
    m = re.search(r"<DATETIME>\s*(\d{4})-(\d{2})-(\d{2})", raw)
    anchor = date(int(m[1]), int(m[2]), int(m[3])) if m else None
    gold = []
    for t in _TIMEX.finditer(key.read_text(encoding="utf-8")):
        s, e = byte_to_char.get(int(t["s"])), byte_to_char.get(int(t["e"]) + 1)
        if s is None or e is None or s < text_start:
            continue
        vals = _VAL.findall(t["attrs"])
        gold.append((s - text_start, e - text_start, html.unescape(vals[-1]) if vals else ""))
    return {"name": sgm.stem, "text": text, "anchor": anchor, "gold": gold}


def read_documents(root: Path) -> list[dict[str, Any]]:
    """Every document of the folder that has a key, by file name."""
    docs = []
    for sgm in sorted((root / "in").glob("*.sgm")):
        key = root / "key" / (sgm.stem + ".key.apf.xml")
        if key.exists():
            docs.append(load_document(sgm, key))
    if not docs:
        raise InputError(f"no .sgm documents with keys under {root}")
    return docs
