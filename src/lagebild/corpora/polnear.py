"""PolNeAR (English news, attribution relations), read from a split folder.

A split folder has ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann`` (brat
standoff), and ``metadata.tsv`` beside or one level up (``filename`` ->
``publication_date``). Each brat event ``Attribution:T Source:T Cue:T Content:T
[Content2:T ...]`` is one gold relation; a text-bound span may be discontinuous
(``start end;start end``). ``Attribution-no-source`` events have no source. ``Discard`` /
``Discuss`` spans are not relations and are ignored. When several annotators annotated a
text, the first annotator file (sorted by name) is the gold.
"""
from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError

ROLES = ("content", "source", "cue")


def read_metadata(split_dir: Path) -> dict[str, date]:
    """Publication dates by file stem from ``metadata.tsv`` beside or above the split folder."""
    for cand in (split_dir / "metadata.tsv", split_dir.parent / "metadata.tsv"):
        if cand.is_file():
            out = {}
            with cand.open(encoding="utf-8") as fh:
                for row in csv.DictReader(fh, delimiter="\t"):
                    try:
                        out[row["filename"]] = date.fromisoformat(row["publication_date"])
                    except (KeyError, TypeError, ValueError):
                        continue
            return out
    return {}


def _spans(field: str) -> list[tuple[int, int]]:
    out = []
    for part in field.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def parse_ann(text: str) -> list[dict[str, list[tuple[int, int]]]]:
    """Gold relations of one brat file: ``{"content": [...], "source": [...], "cue": [...]}`` char ranges."""
    bound: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            label, _, offsets = cols[1].partition(" ")
            if label in ("Source", "Cue", "Content", "Attribution", "Attribution-no-source"):
                try:
                    bound[cols[0]] = _spans(offsets)
                except ValueError:
                    continue
        elif cols[0].startswith("E"):
            events.append(cols[1].split())
    rels = []
    for args in events:
        rel: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
        for arg in args[1:]:  # the first is the trigger (Attribution:T..)
            role, _, tid = arg.partition(":")
            key = re.sub(r"\d+$", "", role).lower()
            if key in rel and tid in bound:
                rel[key].extend(bound[tid])
        if rel["content"]:
            rels.append(rel)
    return rels


def read_split(path: str | Path) -> list[dict[str, Any]]:
    """Documents of a PolNeAR split: name, text, date, gold relations."""
    root = Path(path)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"not a PolNeAR split folder (text/ and attributions/ expected): {root}")
    dates = read_metadata(root)
    anns: dict[str, Path] = {}
    for f in sorted(ann_dir.glob("*.ann")):
        stem = f.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, f)  # first annotator wins
    docs = []
    for f in sorted(text_dir.glob("*.txt")):
        if f.stem not in anns:
            continue
        try:
            text = f.read_text(encoding="utf-8")
            gold = parse_ann(anns[f.stem].read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read PolNeAR document {f.name}: {exc}") from exc
        docs.append({"name": f.stem, "text": text, "date": dates.get(f.stem), "gold": gold})
    if not docs:
        raise InputError(f"no annotated texts in {root}")
    return docs
