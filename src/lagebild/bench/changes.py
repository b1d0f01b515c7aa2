"""Stance changes: are the shifts ``lagebild changes`` reports the ones a reader would report?

The bench assembles a dated corpus from the sample articles (samples/corpus, running stories
written so that positions move, June to November 2025) and the realnews-2025 texts of one
split, analyses every article and computes the shifts exactly as the store does
(``recordviews.stance_changes`` with the ``change_min_confidence`` setting; wire copies of one
story carry one cluster id, as the near-duplicate detector gives them).

Gold shifts come from the position gold written before any tuning (samples/gold/*.expected.json,
gold/positions/realnews-2025-*.jsonl): per actor and issue, the gold stances in date order; a
different stance in a later article is a shift. A predicted shift is **right** when the gold has
the actor's stance on that issue in both articles and they are the predicted ones (the reader
would report that move); otherwise it is wrong. Precision = right / predicted; recall = gold
shifts found / gold shifts (sample gold lists are minimums, so precision is a lower bound).
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from .positions_realnews import gold_files


def _fold(s: Any) -> str:
    return " ".join(str(s or "").casefold().split())


def _sample_docs(samples: Path, options) -> list[tuple[str, Any, list[dict], str | None]]:
    """(doc key, document, gold positions as (actor names, issue id, stance), cluster) per sample."""
    from ..extract.issues import load_issues
    from .samples import _pairs

    by_label = {_fold(i.label_en): i.id for i in load_issues()}
    clusters = {}
    cluster_file = samples / "gold" / "clusters.json"
    if cluster_file.is_file():
        for n, entry in enumerate(json.loads(cluster_file.read_text("utf-8")).get("same_story", [])):
            for member in entry.get("members", []):
                clusters[member] = f"story-{n}"
    out = []
    for stem, doc, gold in _pairs(samples, options):
        items = [{"names": {_fold(g.get("actor"))}, "qid": None, "issue": by_label.get(_fold(g.get("issue")), g.get("issue")),
                  "stance": g.get("stance")} for g in gold.get("positions", [])]
        out.append((f"samples/{stem}", doc, items, clusters.get(stem)))
    return out


def _realnews_docs(gold_dir: Path, options, split: str) -> list[tuple[str, Any, list[dict], str | None]]:
    out = []
    for _lang, entry, doc, gold in gold_files(gold_dir, options, split):
        items = [{"names": {_fold(g["actor"].get("name")), _fold((g.get("mention") or {}).get("text"))} - {""},
                  "qid": g["actor"].get("qid"), "issue": g["issue"], "stance": g["stance"]} for g in gold]
        out.append((f"realnews/{entry['file']}", doc, items, None))
    return out


def _actor_matches(gold: dict, side_actor: dict) -> bool:
    if gold["qid"] and gold["qid"] in (side_actor.get("wikidata"), side_actor.get("id")):
        return True
    names = {_fold(side_actor.get("name")), _fold(side_actor.get("mention"))} - {""}
    return any(g and (g in n or n in g) for g in gold["names"] for n in names)


def _gold_stance(gold_by_doc: dict, doc: str, actor: dict, issue: str) -> set[str]:
    return {g["stance"] for g in gold_by_doc.get(doc, []) if g["issue"] == issue and _actor_matches(g, actor)}


def _gold_shifts(docs: list[tuple[str, Any, list[dict], str | None]]) -> list[dict[str, Any]]:
    """Consecutive different gold stances of one actor (by name) on one issue, by date."""
    timeline: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for key, doc, items, _cluster in docs:
        day = doc.published.isoformat() if doc.published else ""
        for g in items:
            for name in sorted(g["names"])[:1]:
                timeline.setdefault((name, g["issue"]), []).append((day, key, g["stance"]))
    shifts = []
    for (name, issue), rows in timeline.items():
        rows.sort()
        for (d0, k0, s0), (d1, k1, s1) in zip(rows, rows[1:]):
            if s0 != s1 and d0 != d1:
                shifts.append({"actor": name, "issue": issue, "from": (k0, s0), "to": (k1, s1)})
    return shifts


def run(path: str | Path = "gold/positions", options: Any = None, *, samples: str | Path | None = "samples",
        split: str = "dev") -> dict[str, Any]:
    """Score predicted shifts on samples + realnews-2025 (``split``)."""
    from ..core import analyze_document, get_pipeline
    from ..recordviews import stance_changes
    from ..settings import make_options

    options = options or make_options(env={})
    t0 = time.perf_counter()
    docs = (_sample_docs(Path(samples), options) if samples else []) + _realnews_docs(Path(path), options, split)
    pipeline = get_pipeline(options)
    positions = []
    for key, doc, _items, cluster in docs:
        for p in analyze_document(doc, pipeline=pipeline).positions:
            positions.append({**p, "doc": key, "published": doc.published.isoformat() if doc.published else None,
                              "cluster_id": cluster})
    predicted = stance_changes(positions, min_confidence=options.change_min_confidence)
    gold_by_doc = {key: items for key, _doc, items, _c in docs}
    actors = {p["id"]: _side_actor(p) for p in positions}
    judged = []
    for ch in predicted:
        a, b = ch["from"], ch["to"]
        actor = actors.get(b.get("id")) or {"name": ch.get("actor")}
        right = (a.get("stance") in _gold_stance(gold_by_doc, a.get("doc"), actor, ch["issue"])
                 and b.get("stance") in _gold_stance(gold_by_doc, b.get("doc"), actor, ch["issue"]))
        judged.append({"actor": ch.get("actor"), "issue": ch["issue"], "from": f"{a.get('stance')} ({a.get('doc')})",
                       "to": f"{b.get('stance')} ({b.get('doc')})", "right": right})
    gold = _gold_shifts(docs)
    found = sum(1 for g in gold if any(
        j["issue"] == g["issue"] and j["from"].startswith(g["from"][1]) and j["to"].startswith(g["to"][1])
        and g["to"][0] in j["to"] and _fold(g["actor"]) in _fold(j["actor"]) for j in judged))
    n_right = sum(j["right"] for j in judged)
    return {"documents": len(docs), "split": split, "seconds": round(time.perf_counter() - t0, 2),
            "min_confidence": options.change_min_confidence,
            "predicted": len(judged), "right": n_right, "p": round(n_right / len(judged), 3) if judged else None,
            "gold": len(gold), "found": found, "r": round(found / len(gold), 3) if gold else None,
            "shifts": judged, "gold_shifts": [{**g, "from": list(g["from"]), "to": list(g["to"])} for g in gold]}


def _side_actor(p: dict) -> dict:
    actor = p.get("actor") or {}
    inner = actor.get("actor") or {}
    return {"name": inner.get("name"), "id": inner.get("id"), "wikidata": inner.get("wikidata"),
            "mention": next((m.get("text") for m in actor.get("mention") or []), None)}


def format_result(result: dict[str, Any], shifts: bool = True) -> str:
    p = "-" if result["p"] is None else f"{result['p']:.3f}"
    r = "-" if result["r"] is None else f"{result['r']:.3f}"
    lines = [f"changes bench: {result['documents']} documents (samples + realnews-2025 {result['split']}), "
             f"{result['seconds']} s, change_min_confidence {result['min_confidence']}",
             f"predicted shifts {result['predicted']}, right {result['right']}: P {p}; "
             f"gold shifts {result['gold']}, found {result['found']}: R {r}"]
    if shifts:
        for j in result["shifts"]:
            lines.append(f"  {'ok   ' if j['right'] else 'WRONG'} {j['actor']} / {j['issue']}: {j['from']} -> {j['to']}")
    return "\n".join(lines)
