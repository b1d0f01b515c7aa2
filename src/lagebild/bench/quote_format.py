"""Writing predictions in the German news quotes data set format (de-news-quotes-2024;
``corpora.denews_quotes`` reads it).

Annotations name the document's token ids (``id``, ``charBegin``, ``charEnd``).
We map lagebild's character spans to those token ids: a token belongs to a
span when their character ranges overlap.
"""
from __future__ import annotations

import bisect
import json
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

from ..model import Span, Statement

PARTS = ("quote", "speaker", "cue", "frame", "addressee")


class TokenIndex:
    """Maps character spans to the data set's token ids."""

    def __init__(self, tokens: list[dict[str, Any]]):
        toks = sorted(tokens, key=lambda t: t["charBegin"])
        self.begins = [t["charBegin"] for t in toks]
        self.ends = [t["charEnd"] for t in toks]
        self.ids = [t["id"] for t in toks]

    def ids_of(self, spans: Iterable[Span]) -> list[int]:
        out: set[int] = set()
        for s in spans:
            i = max(0, bisect.bisect_right(self.begins, s.start) - 1)
            while i < len(self.ids) and self.begins[i] < s.end:
                if self.ends[i] > s.start:
                    out.add(self.ids[i])
                i += 1
        return sorted(out)


def annotation(statement: Statement, index: TokenIndex) -> dict[str, Any]:
    parts = {
        "quote": statement.quote, "speaker": statement.speaker_mention, "cue": statement.cue,
        "frame": statement.frame, "addressee": statement.addressee,
    }
    if statement.type == "Reported":
        # the data set's convention: a Reported statement's quote is its whole sentence (object, verb and
        # speaker), with no cue or frame of its own; lagebild's quote is the object, its frame the rest
        parts.update(quote=list(statement.quote) + list(statement.frame), cue=[], frame=[])
    out: dict[str, Any] = {name: {"tokenIds": index.ids_of(spans)} for name, spans in parts.items()}
    out["type"] = statement.type
    out["medium"] = statement.medium
    out["isNested"] = statement.nested_in is not None
    return out


def one_per_quote(statements: list[Statement]) -> list[Statement]:
    """The data set marks coordinated speakers ('Russland und die Ukraine') as one speaker span of one
    quote; lagebild gives each speaker a statement of the same quote and cue: joined back here."""
    out: list[Statement] = []
    first: dict[tuple, int] = {}
    for st in statements:
        key = (tuple((q.start, q.end) for q in st.quote), tuple((c.start, c.end) for c in st.cue))
        k = first.get(key)
        if k is None or not st.speaker_mention or not out[k].speaker_mention:
            first.setdefault(key, len(out))
            out.append(st)
            continue
        a = min(out[k].speaker_mention[0].start, st.speaker_mention[0].start)
        b = max(out[k].speaker_mention[-1].end, st.speaker_mention[-1].end)
        out[k] = replace(out[k], speaker_mention=[Span(a, b, "")])
    return out


def prediction_record(document_name: str, statements: list[Statement], tokens: list[dict[str, Any]]) -> dict[str, Any]:
    index = TokenIndex(tokens)
    anns = [annotation(s, index) for s in one_per_quote(statements)]
    return {"documentName": document_name, "annotations": [a for a in anns if a["quote"]["tokenIds"]]}


def write_predictions(path: str | Path, records: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
