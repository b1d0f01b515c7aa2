"""DFKI SmartData v1 (CC BY 4.0; German news, RSS, tweets): JSON documents with char-span
concept mentions, read as BIO sentences over PER/LOC/ORG."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from ..errors import InputError
from . import Sentence

# SmartData types -> our classes; dates, numbers, triggers, routes (train numbers), positions -> O
SMARTDATA_LABELS = {"person": "PER", "organization": "ORG", "organization-company": "ORG", "location": "LOC",
                    "location-city": "LOC", "location-stop": "LOC", "location-street": "LOC"}
# generic nouns that SmartData sometimes marks as companies ("die Gruppe"): not names
GENERIC = {"gruppe", "unternehmen", "konzern", "firma", "tochter", "tochterfirma", "bahn", "polizei",
           "regierung", "hersteller", "autobauer", "konzerns", "unternehmens"}
_ADJ = re.compile(r"^[a-zäöü]+isch(e|en|er|es|em)?$")


def _json_stream(path: Path):
    text = gzip.open(path, "rt", encoding="utf-8").read()
    dec, i, n = json.JSONDecoder(), 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        obj, i = dec.raw_decode(text, i)
        yield obj


def read_smartdata(path: str | Path) -> list[Sentence]:
    """Sentences of SmartData v1 (JSON documents with char-span concept mentions) as BIO."""
    from ..nlp.tokens import blank, split_sentences

    nlp = blank("de")
    out: list[Sentence] = []
    path = Path(path)
    if not path.exists():
        raise InputError(f"SmartData file not found: {path}")
    for doc_json in _json_stream(path):
        text = doc_json["text"]["string"]
        mentions = []
        for m in (doc_json.get("conceptMentions") or {}).get("array", []):
            label = SMARTDATA_LABELS.get(m["type"])
            a, b = m["span"]["start"], m["span"]["end"]
            surface = text[a:b].strip()
            # lower-case mentions are kept only as place adjectives ("italienische"), which
            # GermEval-style annotation counts as LOC (LOCderiv)
            if not label or surface.lower() in GENERIC or not (surface[:1].isupper() or _ADJ.search(surface)):
                continue
            mentions.append((a, a + len(text[a:b].rstrip()), label))
        doc = nlp.make_doc(text)
        for s_start, s_end in split_sentences(doc):
            toks = [t for t in doc.char_span(s_start, s_end, alignment_mode="expand") if not t.is_space]
            tags = ["O"] * len(toks)
            for a, b, label in mentions:
                inside = [k for k, t in enumerate(toks) if t.idx >= a and t.idx + len(t.text) <= b]
                if not inside or any(tags[k] != "O" for k in inside):
                    continue
                tags[inside[0]] = "B-" + label
                for k in inside[1:]:
                    tags[k] = "I-" + label
            if toks:
                out.append(([t.text for t in toks], tags))
    return out
