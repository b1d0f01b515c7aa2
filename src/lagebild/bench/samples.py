"""End-to-end scorecard on hand-written gold analyses (the sample corpus, the seed).

Each gold file ``<stem>.expected.json`` lists what a complete analysis of its
article contains (see docs/annotation.md); lists are minimums, so this measures
recall of each record kind and, for the records found, how often their
attributes (speaker, type, medium, stance, act, value, ...) are right. It also
counts violations of the files' ``must_not`` lists. Gold strings are exact
substrings of the stored text; records match by character overlap.

Layouts: a folder with ``corpus/`` and ``gold/`` (samples/), or a folder of
``<stem>.txt`` files with ``<stem>.expected.json`` beside them (seeds).
"""
from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator

from ..core import get_pipeline
from ..ingest import iter_inputs
from ..model import Document
from ..runner import with_language

# the seed's commitment statuses name the act
_SEED_ACTS = {"committed": "pledge", "intends": "intention", "not ruled out": "not_ruled_out"}


def _pairs(path: Path, options) -> Iterator[tuple[str, Document, dict[str, Any]]]:
    gold_dir = path / "gold" if (path / "gold").is_dir() else path
    corpus_dir = path / "corpus" if (path / "corpus").is_dir() else path
    records: dict[str, Document] = {}
    for jsonl in sorted(corpus_dir.glob("*.jsonl")):
        for doc in iter_inputs([str(jsonl)], options):
            if isinstance(doc, Document) and doc.external_id:
                records[doc.external_id] = doc
    for gold_file in sorted(gold_dir.glob("*.expected.json")):
        stem = gold_file.name[: -len(".expected.json")]
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        txt = corpus_dir / f"{stem}.txt"
        doc = records.get(stem)
        if doc is None and txt.exists():
            doc = next((d for d in iter_inputs([str(txt)], options) if isinstance(d, Document)), None)
        if doc is not None:
            yield stem, doc, gold


def _span(text: str, needle: str | None) -> tuple[int, int] | None:
    if not needle:
        return None
    i = text.find(needle)
    return (i, i + len(needle)) if i >= 0 else None


def _overlap(a: tuple[int, int] | None, spans: list[dict[str, Any]]) -> float:
    """Share of ``a`` covered by ``spans``."""
    if a is None or a[1] <= a[0]:
        return 0.0
    covered = sum(max(0, min(a[1], s["end"]) - max(a[0], s["start"])) for s in spans if isinstance(s, dict))
    return min(1.0, covered / (a[1] - a[0]))


def _fold(s: Any) -> str:
    return " ".join(str(s or "").casefold().split())


def _actor_names(record: dict[str, Any]) -> set[str]:
    """Every name a predicted record's actor goes by: canonical name, id, mention."""
    raw = record.get("actor") if "actor" in record else record.get("speaker")
    names = set()
    if isinstance(raw, dict):
        inner = raw.get("actor") if ("actor" in raw or "mention" in raw) else raw
        if isinstance(inner, dict):
            names |= {_fold(inner.get("name")), _fold(inner.get("id")), _fold(inner.get("wikidata"))}
        names |= {_fold(s.get("text")) for s in raw.get("mention") or [] if isinstance(s, dict)}
    return names - {""}


def _record_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    spans = list(record.get("evidence") or []) + list(record.get("quote") or [])
    for key in ("object", "cue", "text"):
        value = record.get(key)
        if isinstance(value, dict) and "start" in value:
            spans.append(value)
        elif isinstance(value, list):
            spans += [v for v in value if isinstance(v, dict) and "start" in v]
    return spans


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def add(self, kind: str, key: str, ok: bool | None = True) -> None:
        if ok is None:
            return
        self.counts[kind][key + "_total"] += 1
        self.counts[kind][key + "_ok"] += int(bool(ok))

    def summary(self) -> dict[str, dict[str, Any]]:
        out = {}
        for kind, c in self.counts.items():
            row = {}
            for key in sorted({k.rsplit("_", 1)[0] for k in c}):
                total, ok = c[key + "_total"], c[key + "_ok"]
                row[key] = {"ok": ok, "total": total, "rate": round(100 * ok / total, 1) if total else None}
            out[kind] = row
        return out


def _score_doc(text: str, pred: dict[str, Any], gold: dict[str, Any], t: Tally) -> None:
    for g in gold.get("entities", []):
        span = _span(text, g.get("mention"))
        hits = [e for e in pred["entities"] if _overlap(span, [e]) > 0]
        t.add("entities", "found", bool(hits))
        if hits and g.get("wikidata"):
            t.add("entities", "linked", any((e.get("actor") or {}).get("wikidata") == g["wikidata"] for e in hits))
    for g in gold.get("statements", []):
        span = _span(text, g.get("content"))
        best = max(pred["statements"], key=lambda s: _overlap(span, s["quote"]), default=None)
        found = best is not None and _overlap(span, best["quote"]) >= 0.5
        t.add("statements", "found", found)
        if not found:
            continue
        names = _actor_names(best)
        t.add("statements", "speaker", _fold(g.get("speaker")) in names or _fold(g.get("speaker_mention")) in names)
        t.add("statements", "type", best["type"] == g.get("type"))
        t.add("statements", "medium", best["medium"] == g.get("medium"))
        cue = _fold(" ".join(c["text"] for c in best["cue"]))
        t.add("statements", "cue", all(w in cue for w in _fold(g.get("cue")).split()))
    for g in gold.get("positions", []):
        span = _span(text, g.get("evidence"))
        cands = [p for p in pred["positions"] if _overlap(span, _record_spans(p)) > 0]
        same_actor = [p for p in cands if _fold(g.get("actor")) in _actor_names(p)]
        t.add("positions", "found", bool(same_actor))
        if same_actor:
            t.add("positions", "stance", any(p.get("stance") == g.get("stance") for p in same_actor))
            issues = {_fold((p.get("issue") or {}).get("label")) if isinstance(p.get("issue"), dict)
                      else _fold(p.get("issue")) for p in same_actor}
            t.add("positions", "issue", _fold(g.get("issue")) in issues)
    for g in gold.get("commitments", []):
        span = _span(text, g.get("evidence"))
        cands = [c for c in pred["commitments"] if _overlap(span, _record_spans(c)) > 0]
        t.add("commitments", "found", bool(cands))
        act = g.get("act") or _SEED_ACTS.get(g.get("status", ""))
        if cands and act:
            t.add("commitments", "act", any(c.get("act") == act for c in cands))
    for g in gold.get("conditions", []):
        span = _span(text, g.get("text"))
        cands = [c for c in pred["conditions"] if _overlap(span, _record_spans(c)) > 0]
        t.add("conditions", "found", bool(cands))
        if cands:
            t.add("conditions", "type", any(c.get("type") == g.get("type") for c in cands))
    for g in gold.get("time_expressions", []):
        span = _span(text, g.get("text"))
        cands = [x for x in pred["time_expressions"] if _overlap(span, [x]) > 0]
        t.add("time_expressions", "found", bool(cands))
        value = g.get("value", "")
        if cands and (value[:1].isdigit() or value.endswith("_REF")):
            t.add("time_expressions", "value", any(x["value"] == value for x in cands))
    for g in gold.get("must_not", []):
        span = _span(text, g.get("content") or g.get("evidence"))
        if g.get("kind") == "statement":
            bad = any(_overlap(span, s["quote"]) >= 0.5 and _fold(g.get("speaker")) in _actor_names(s)
                      for s in pred["statements"])
        else:
            bad = any(_overlap(span, _record_spans(c)) > 0 and c.get("act") == g.get("act")
                      and _fold(g.get("actor")) in _actor_names(c) for c in pred["commitments"])
        t.add("must_not", "respected", not bad)


def run(path: str, options, *, limit: int | None = None) -> dict[str, Any]:
    pipeline = get_pipeline(options)
    tally = Tally()
    docs = 0
    t0 = time.perf_counter()
    for _stem, doc, gold in _pairs(Path(path), options):
        if limit is not None and docs >= limit:
            break
        pred = pipeline(with_language(doc), lang=None).to_dict()
        _score_doc(doc.text, pred, gold, tally)
        docs += 1
    return {"documents": docs, "pipeline_version": pipeline.version, "seconds": round(time.perf_counter() - t0, 2),
            "scores": tally.summary()}


def format_result(result: dict[str, Any]) -> str:
    lines = [f"{result['documents']} documents, pipeline {result['pipeline_version']}",
             "kind              attribute     ok / total   rate"]
    for kind, row in result["scores"].items():
        for key, v in row.items():
            rate = "-" if v["rate"] is None else f"{v['rate']:5.1f}%"
            lines.append(f"{kind:<17} {key:<12} {v['ok']:>4} / {v['total']:<5} {rate}")
    lines.append("found = recall of gold records; other attributes = accuracy among the records found")
    return "\n".join(lines)
