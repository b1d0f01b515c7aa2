"""Universal Dependencies treebanks in CoNLL-U (UD German PUD, GSD): surface tokens with
their UPOS tags and lemmas."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


@dataclass
class TaggedSentence:
    words: list[str]
    tags: list[str]
    lemmas: list[str]


def read_conllu(path: str | Path) -> list[TaggedSentence]:
    """Sentences of a CoNLL-U file as surface tokens; a multiword token ("zum") takes the tag
    and lemma of its first word ("zu", ADP)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"CoNLL-U file {path} does not exist",
                         hint="pass a .conllu file, e.g. ud-german-gsd/de_gsd-ud-dev.conllu from datasets_dir")
    out: list[TaggedSentence] = []
    words: list[str] = []
    tags: list[str] = []
    lemmas: list[str] = []
    skip_to = 0
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line:
                if words:
                    out.append(TaggedSentence(words, tags, lemmas))
                words, tags, lemmas, skip_to = [], [], [], 0
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise InputError(f"{path}:{n}: not a CoNLL-U line (10 tab-separated columns)")
            ident = cols[0]
            if "." in ident:
                continue  # an empty node
            if "-" in ident:
                first, last = (int(x) for x in ident.split("-"))
                words.append(cols[1])
                tags.append("")  # filled from the first word below
                lemmas.append("")
                skip_to = last
                pending = first
                continue
            if skip_to and int(ident) <= skip_to:
                if int(ident) == pending:
                    tags[-1], lemmas[-1] = cols[3], cols[2]
                continue
            words.append(cols[1])
            tags.append(cols[3])
            lemmas.append(cols[2])
    if words:
        out.append(TaggedSentence(words, tags, lemmas))
    return out
