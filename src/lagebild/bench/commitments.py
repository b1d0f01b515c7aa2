"""Commitment/condition bench over a gold JSONL file (see docs/commitments.md).

    res = run("gold/commitments/dev.jsonl", options)
    print(format_result(res))

Per item, gold commitments are matched greedily to predicted ones with the same
act and a compatible actor mention (either contains the other, case-insensitive).
Scores: ``act`` (that match), ``object`` (matched and the gold object substring
overlaps the predicted object), ``quantity`` (matched, same unit, value within
1 %), ``condition`` (a predicted condition overlapping the gold text, same type,
linked to a commitment with the gold act; gold act null = linked to nothing).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from .gold import read_gold


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "p": round(p, 3), "r": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def _overlap(a: str, b: str) -> bool:
    a, b = a.lower().strip(), b.lower().strip()
    return bool(a and b) and (a in b or b in a)


def _actor_ok(gold: str | None, pred: dict) -> bool:
    if not gold:
        return True
    names = [m["text"] for m in pred["actor"]["mention"]]
    if pred["actor"]["actor"]:
        names.append(pred["actor"]["actor"].get("name") or "")
    return any(_overlap(gold, n) for n in names if n)


def _qty_ok(gold: dict, pred: dict | None) -> bool:
    if not pred or pred.get("unit") != gold["unit"]:
        return False
    gv, pv = gold["value"], pred["value"]
    if isinstance(gv, list) != isinstance(pv, list):
        return False
    pairs = zip(gv, pv) if isinstance(gv, list) else [(gv, pv)]
    return all(abs(g - p) <= 0.01 * max(abs(g), 1e-9) for g, p in pairs)


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    return read_gold(path, "commitment")


def score_item(item: dict, commitments: list[dict], conditions: list[dict]) -> dict[str, Any]:
    counts = {k: [0, 0, 0] for k in ("act", "object", "quantity", "condition")}  # tp, pred, gold
    counts["act"][1] += len(commitments)
    counts["act"][2] += len(item["commitments"])
    counts["object"][1] += sum(1 for c in commitments if c.get("object"))
    counts["object"][2] += sum(1 for g in item["commitments"] if g.get("object"))
    counts["quantity"][1] += sum(1 for c in commitments if c.get("quantity"))
    counts["quantity"][2] += sum(1 for g in item["commitments"] if g.get("quantity"))
    used: set[int] = set()
    misses = []
    for g in item["commitments"]:
        match = next((i for i, c in enumerate(commitments)
                      if i not in used and c["act"] == g["act"] and _actor_ok(g.get("actor"), c)), None)
        if match is None:
            misses.append(g)
            continue
        used.add(match)
        c = commitments[match]
        counts["act"][0] += 1
        if g.get("object") and c.get("object") and _overlap(g["object"], c["object"]["text"]):
            counts["object"][0] += 1
        if g.get("quantity") and _qty_ok(g["quantity"], c.get("quantity")):
            counts["quantity"][0] += 1
    by_id = {c["id"]: c for c in commitments}
    counts["condition"][1] += len(conditions)
    counts["condition"][2] += len(item["conditions"])
    for g in item["conditions"]:
        for k in conditions:
            linked = [by_id[i]["act"] for i in k["qualifies"] if i in by_id]
            if _overlap(g["text"], k["text"]["text"]) and k["type"] == g["type"] and \
                    ((g.get("act") in linked) if g.get("act") else not linked):
                counts["condition"][0] += 1
                break
    return {"counts": counts, "misses": misses,
            "false": [c for i, c in enumerate(commitments) if i not in used]}


def run(path: str | Path, options: Any = None) -> dict[str, Any]:
    """Analyse every gold item and score it; returns totals, per-style totals and failures.

    ``path`` is one gold file, or a folder whose ``*.jsonl`` files (dev, test) are
    scored one by one under ``splits``.
    """
    from ..core import analyze

    if Path(path).is_dir():
        files = sorted(Path(path).glob("*.jsonl"))
        return {"path": str(path), "splits": {f.stem: run(f, options) for f in files}}

    items = load_gold(path)
    totals: dict[str, dict[str, list[int]]] = {}
    failures = []
    t0 = time.perf_counter()
    for item in items:
        an = analyze(item["text"], published=item.get("date"), lang=item.get("lang"), options=options)
        res = score_item(item, an.commitments, an.conditions)
        for group in ("all", item.get("style", "all")):
            tot = totals.setdefault(group, {k: [0, 0, 0] for k in res["counts"]})
            for k, v in res["counts"].items():
                tot[k] = [x + y for x, y in zip(tot[k], v)]
        if res["misses"] or res["false"]:
            failures.append({"id": item["id"], "text": item["text"],
                             "missed": [(g["act"], g.get("actor"), g.get("object")) for g in res["misses"]],
                             "spurious": [(c["act"], [m["text"] for m in c["actor"]["mention"]],
                                           (c.get("object") or {}).get("text")) for c in res["false"]]})
    secs = time.perf_counter() - t0
    return {"path": str(path), "items": len(items), "seconds": round(secs, 2),
            "scores": {g: {k: _prf(*v) for k, v in t.items()} for g, t in totals.items()},
            "failures": failures}


def format_result(result: dict[str, Any]) -> str:
    if "splits" in result:
        return "\n".join(format_result(r) for r in result["splits"].values())
    lines = [f"{result['path']}: {result['items']} items, {result['seconds']} s"]
    for group, scores in result["scores"].items():
        for k, s in scores.items():
            lines.append(f"  {group:<12} {k:<10} P={s['p']:.3f} R={s['r']:.3f} F1={s['f1']:.3f} "
                         f"(tp={s['tp']} pred={s['pred']} gold={s['gold']})")
    return "\n".join(lines)
