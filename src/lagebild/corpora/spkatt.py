"""GermEval 2023 SpkAtt task 1 (CC BY-SA 4.0; Bundestag speeches): speaker attribution.

One JSON file per speech with ``Sentences`` (``SentenceId``, ``Tokens``) and ``Annotations``:
one event per cue, each role a list of ``"sent:token"`` ids (spans may be discontinuous).
Roles: Cue, PTC (particle of a separable cue verb), Source, Message, Addr, Topic, Medium,
Evidence. The date is the ``DD.MM.YYYY`` at the end of the file name. The text is rebuilt
by joining the tokens with single spaces (sentences too).
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError

ROLE_LABELS = ("Source", "Message", "Addr", "Topic", "Medium", "Evidence")
_DATE = re.compile(r"_(\d{2})\.(\d{2})\.(\d{4})(?:\.json)?$")


def date_of(name: str) -> date | None:
    m = _DATE.search(name)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def read_split(path: str | Path) -> list[dict[str, Any]]:
    root = Path(path)
    if not root.is_dir():
        raise InputError(f"not a folder of SpkAtt speeches: {root}")
    files = sorted(root.glob("*.json"))
    if not files:
        raise InputError(f"no *.json speeches in {root}")
    docs = []
    for f in files:
        try:
            raw = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read SpkAtt speech {f.name}: {exc}") from exc
        if not isinstance(raw, dict) or "Sentences" not in raw:
            raise InputError(f"{f.name}: not in SpkAtt task 1 format (no 'Sentences')")
        docs.append(_rebuild(f.name, raw))
    return docs


def _rebuild(name: str, raw: dict) -> dict[str, Any]:
    """Text from the tokens, with the char range of every token id ``"s:t"``."""
    parts, offsets, pos = [], {}, 0
    for sent in raw["Sentences"]:
        sid = sent["SentenceId"]
        for t, tok in enumerate(sent["Tokens"]):
            if parts:
                parts.append(" ")
                pos += 1
            offsets[f"{sid}:{t}"] = (pos, pos + len(tok))
            parts.append(tok)
            pos += len(tok)
    gold = []
    for ann in raw.get("Annotations", []):
        ev = {"cue": frozenset(ann.get("Cue", []) + ann.get("PTC", []))}
        for role in ROLE_LABELS:
            ev[role] = frozenset(ann.get(role, []))
        if ev["cue"]:
            gold.append(ev)
    return {"name": name, "text": "".join(parts), "offsets": offsets, "gold": gold, "date": date_of(name)}
