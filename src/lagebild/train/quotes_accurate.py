"""Training of the accurate-mode statement tagger (``extract.quote_tagger``,
``data/models/quotes_accurate.npz``): ``lagebild train quotes-accurate``.

Training data (``source``):
- ``quotes``: de-news-quotes-2024 train (CC BY-NC-SA 4.0). A model trained on it carries
  that licence (docs/models.md); every seventh document (``quote_tagger.HOLDOUT_EVERY``) is
  held out to tune the merge.
- ``spkatt``: GermEval 2023 SpkAtt train (CC BY-SA 4.0), the open rebuild path: a model
  built from it alone may be shipped under CC BY-SA.
"""
from __future__ import annotations

from pathlib import Path

from ..corpora.denews_quotes import quote_documents
from ..corpora.spkatt import read_split
from ..extract.quote_tagger import HEADS, HOLDOUT_EVERY, MERGE_BY_SOURCE, TYPES

SOURCES = ("quotes", "spkatt")


def _char_spans(part: dict | None) -> list[tuple[int, int]]:
    return [(s["charBegin"], s["charEnd"]) for s in (part or {}).get("spans", []) if s["charEnd"] > s["charBegin"]]


def _free(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return not any(span[0] < b and a < span[1] for a, b in taken)


def document_example(doc: dict) -> tuple[str, dict[str, list[tuple[int, int, str]]]]:
    """One de-news-quotes document as (text, {head: [(start, end, class)]}). Overlapping
    spans of one head cannot both be BIO-tagged: outer quotes win over nested ones."""
    text = doc["originalText"]
    out: dict[str, list] = {h: [] for h in HEADS}
    taken: dict[str, list[tuple[int, int]]] = {h: [] for h in HEADS}
    anns = sorted(doc.get("annotations", []), key=lambda a: (bool(a.get("isNested")), a.get("id", 0)))
    for a in anns:
        typ = a.get("type") if a.get("type") in TYPES else "Indirect"
        for head, cls in (("quote", typ), ("cue", "CUE"), ("speaker", "SPK"), ("addressee", "ADR"), ("frame", "FRM")):
            for span in _char_spans(a.get(head)):
                if _free(span, taken[head]):
                    taken[head].append(span)
                    out[head].append((span[0], span[1], cls))
    return text, out


def quotes_examples(datasets_dir, *, part: str = "train") -> list:
    """``part``: ``train`` (all but every seventh document) or ``holdout`` (every seventh)."""
    docs = quote_documents(datasets_dir)
    keep = [d for n, d in enumerate(docs) if (n % HOLDOUT_EVERY == 0) == (part == "holdout")]
    return [document_example(d) for d in keep]


def spkatt_examples(datasets_dir) -> list:
    """SpkAtt train events as examples: Message -> quote (type unknown there: Indirect),
    Cue, Source -> speaker, Addr -> addressee; no frame (SpkAtt marks none)."""
    out = []
    for doc in read_split(Path(datasets_dir) / "spkatt-2023-parliament" / "train"):
        order = {k: n for n, k in enumerate(sorted(doc["offsets"], key=lambda k: doc["offsets"][k][0]))}
        spans = {h: [] for h in ("quote", "cue", "speaker", "addressee")}
        taken = {h: [] for h in spans}
        for ev in doc["gold"]:
            for head, role, cls in (("quote", "Message", "Indirect"), ("cue", "cue", "CUE"),
                                    ("speaker", "Source", "SPK"), ("addressee", "Addr", "ADR")):
                for span in _runs(ev.get(role, ()), order, doc["offsets"]):
                    if _free(span, taken[head]):
                        taken[head].append(span)
                        spans[head].append((span[0], span[1], cls))
        out.append((doc["text"], spans))
    return out


def _runs(ids, order: dict[str, int], offsets: dict[str, tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ids to character spans, one per run of adjacent tokens (SpkAtt roles may be discontinuous)."""
    out: list[list[int]] = []
    last = None
    for k in sorted((i for i in ids if i in order), key=order.get):
        if last is not None and order[k] == last + 1:
            out[-1][1] = offsets[k][1]
        else:
            out.append(list(offsets[k]))
        last = order[k]
    return [(a, b) for a, b in out]


def train_quotes_accurate(options, out: str | Path, *, source: str = "quotes", epochs: int = 3, lr: float = 1e-3,
                          rank: int = 16, log=None, max_seconds: float | None = None) -> dict:
    """Train the statement tagger from ``source`` (see the module docstring) and write it to ``out``."""
    from ..errors import ConfigError
    from ..nlp.transformer import require_torch

    if source not in SOURCES:
        raise ConfigError(f"unknown training source {source!r}", hint=f"use one of {', '.join(SOURCES)}")
    torch = require_torch()
    from ..nlp.transformer.tagger import SpanTagger
    from .span_tagger import train

    if source == "quotes":
        examples = quotes_examples(options.datasets_dir)
        data = ["de-news-quotes-2024 train without every 7th document (CC BY-NC-SA 4.0)"]
        licence = "CC BY-NC-SA 4.0"
    else:
        examples = spkatt_examples(options.datasets_dir)
        data = ["GermEval 2023 SpkAtt train (CC BY-SA 4.0)"]
        licence = "CC BY-SA 4.0"
    model = SpanTagger(HEADS, rank=rank, alpha=2.0 * rank)
    stats = train(model, examples, epochs=epochs, lr=lr, log=log, max_seconds=max_seconds)
    stats.update(examples=len(examples), threads=torch.get_num_threads())
    model.save(out, {"task": "statements", "source": source, "data": data, "licence": licence, "train": stats,
                     "merge": MERGE_BY_SOURCE[source]})
    return {"out": str(out), **stats}
