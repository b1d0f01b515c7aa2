"""Position bench: precision/recall of (actor, issue, stance) triples.

    res = run("gold/positions", options, samples="samples")
    print(format_result(res))

``path`` is a gold JSONL file (one item per line, see docs/positions.md), a folder
of them (each file is a split named by its stem: ``test``, ``dev``), or a sample
folder (``corpus/`` + ``gold/*.expected.json``). ``samples`` adds a sample folder
as its own split and joins it to ``dev`` as ``dev+samples`` (the tuning set;
``test`` is held out).

Per item (or sample document), gold positions are matched one-to-one to predicted
ones with a compatible actor (canonical name, or either mention containing the
other, or one of the gold ``alt`` names), the same issue id and the same stance.
P = matches / predicted positions (issue-less predictions count: they are noise),
R = matches / gold positions. ``stance`` = stance accuracy among gold positions for
which some prediction has a compatible actor and the same issue. Sample gold lists
are minimums, so precision on ``samples`` is a lower bound.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ..errors import InputError
from .gold import read_gold


def _fold(s: Any) -> str:
    return " ".join(str(s or "").casefold().split())


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    return read_gold(path, "position")


def _pred_names(p: dict) -> tuple[set[str], list[str]]:
    actor = p.get("actor") or {}
    inner = actor.get("actor") or {}
    names = {_fold(inner.get("name")), _fold(inner.get("id")), _fold(inner.get("wikidata"))} - {""}
    mentions = [_fold(m.get("text")) for m in actor.get("mention") or [] if m.get("text")]
    return names, mentions


def actor_ok(gold: dict, pred: dict) -> bool:
    """Canonical name match, or a mention containing (or contained in) a gold name as written."""
    names, mentions = _pred_names(pred)
    written = [_fold(gold.get("actor"))] + [_fold(a) for a in gold.get("alt", [])]
    canon = {_fold(gold.get("actor_name"))} | {_fold(a) for a in gold.get("alt", [])}
    if names & (canon - {""}):
        return True
    return any(w and m and (w in m or m in w) for w in written for m in mentions)


def _issue_id(p: dict) -> str | None:
    issue = p.get("issue")
    return issue.get("id") if isinstance(issue, dict) else issue


def score(gold: list[dict], pred: list[dict]) -> dict[str, Any]:
    """Counts for one item: tp, pred, gold, stance_ok, stance_n, plus misses and spurious records."""
    used: set[int] = set()
    misses = []
    stance_ok = stance_n = 0
    for g in gold:
        same = [i for i, p in enumerate(pred) if actor_ok(g, p) and _issue_id(p) == g["issue"]]
        if same:
            stance_n += 1
            stance_ok += any(pred[i]["stance"] == g["stance"] for i in same)
        hit = next((i for i in same if i not in used and pred[i]["stance"] == g["stance"]), None)
        if hit is None:
            misses.append(g)
        else:
            used.add(hit)
    return {"tp": len(used), "pred": len(pred), "gold": len(gold), "stance_ok": stance_ok, "stance_n": stance_n,
            "misses": misses, "spurious": [p for i, p in enumerate(pred) if i not in used]}


def _short(p: dict) -> str:
    names, mentions = _pred_names(p)
    inner = (p.get("actor") or {}).get("actor") or {}
    who = inner.get("name") or (mentions[0] if mentions else "?")
    return f"{who} / {_issue_id(p)} / {p['stance']}"


def _totals() -> dict[str, Any]:
    return {"tp": 0, "pred": 0, "gold": 0, "stance_ok": 0, "stance_n": 0, "items": 0, "failures": []}


def _add(tot: dict, res: dict, item_id: str, text: str) -> None:
    for k in ("tp", "pred", "gold", "stance_ok", "stance_n"):
        tot[k] += res[k]
    tot["items"] += 1
    if res["misses"] or res["spurious"]:
        tot["failures"].append({"id": item_id, "text": text[:300],
                                "missed": [f"{g['actor']} / {g['issue']} / {g['stance']}" for g in res["misses"]],
                                "spurious": [_short(p) for p in res["spurious"]]})


def _finish(tot: dict) -> dict[str, Any]:
    tp, n_pred, n_gold = tot["tp"], tot["pred"], tot["gold"]
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"items": tot["items"], "tp": tp, "pred": n_pred, "gold": n_gold, "p": round(p, 3), "r": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "stance_acc": round(tot["stance_ok"] / tot["stance_n"], 3) if tot["stance_n"] else None,
            "stance_n": tot["stance_n"], "failures": tot["failures"]}


def _jsonl_split(path: Path, options) -> dict[str, Any]:
    from ..core import analyze

    tot = _totals()
    for item in load_gold(path):
        an = analyze(item["text"], published=item.get("date"), lang=item.get("lang"), options=options)
        _add(tot, score(item["positions"], an.positions), item["id"], item["text"])
    return tot


def _sample_split(path: Path, options) -> dict[str, Any]:
    from ..extract.issues import load_issues
    from ..runner import with_language
    from ..core import get_pipeline
    from .samples import _pairs

    by_label = {_fold(i.label_en): i.id for i in load_issues()}
    pipeline = get_pipeline(options)
    tot = _totals()
    for stem, doc, gold in _pairs(path, options):
        pred = pipeline(with_language(doc), lang=None).to_dict()["positions"]
        items = [{"actor": g.get("actor"), "actor_name": g.get("actor"), "issue": by_label.get(_fold(g.get("issue")), g.get("issue")),
                  "stance": g.get("stance")} for g in gold.get("positions", [])]
        _add(tot, score(items, pred), stem, doc.text)
    return tot


def _merge(a: dict, b: dict) -> dict:
    out = _totals()
    for k in ("tp", "pred", "gold", "stance_ok", "stance_n", "items"):
        out[k] = a[k] + b[k]
    out["failures"] = a["failures"] + b["failures"]
    return out


def run(path: str | Path, options: Any = None, *, samples: str | Path | None = None,
        split: str = "dev") -> dict[str, Any]:
    """Score every split under ``path`` (and ``samples``); returns ``{"splits": {name: scores}, ...}``.
    A folder with realnews-2025 gold adds its ``split`` (dev, heldout or all) per language
    (bench/positions_realnews.py)."""
    from ..settings import make_options
    from . import positions_realnews

    options = options or make_options(env={})
    root = Path(path)
    t0 = time.perf_counter()
    raw: dict[str, dict] = {}
    if root.is_file():
        raw[root.stem] = _jsonl_split(root, options)
    elif (root / "gold").is_dir() or any(root.glob("*.expected.json")):
        raw["samples"] = _sample_split(root, options)
    elif root.is_dir():
        for f in sorted(root.glob("*.jsonl")):
            if not f.stem.startswith(positions_realnews.PREFIX):
                raw[f.stem] = _jsonl_split(f, options)
    else:
        raise InputError(f"no position gold at {path}")
    if samples is not None:
        raw["samples"] = _sample_split(Path(samples), options)
    if "dev" in raw and "samples" in raw:
        raw["dev+samples"] = _merge(raw["dev"], raw["samples"])
    splits = {k: _finish(v) for k, v in raw.items()}
    if root.is_dir() and positions_realnews.has_gold(root):
        splits.update(positions_realnews.run(root, options, split))
    return {"path": str(path), "seconds": round(time.perf_counter() - t0, 2), "splits": splits}


def format_result(result: dict[str, Any], failures: int = 0) -> str:
    """One line per split; ``failures`` > 0 also lists that many failing items per split."""
    lines = [f"{result['path']}: {result['seconds']} s",
             "split          items  P      R      F1     (tp/pred/gold)   stance acc (n)"]
    real = {k: v for k, v in result["splits"].items() if "reliability" in v}
    for name, s in result["splits"].items():
        if name in real:
            continue
        acc = "-" if s["stance_acc"] is None else f"{s['stance_acc']:.3f}"
        lines.append(f"{name:<14} {s['items']:>5}  {s['p']:.3f}  {s['r']:.3f}  {s['f1']:.3f}  "
                     f"({s['tp']}/{s['pred']}/{s['gold']})   {acc} ({s['stance_n']})")
    if real:
        lines.append("realnews-2025 (files)  P      R      F1     (tp/pred/gold)   issue P   P per confidence bin")
    for name, s in real.items():
        bins = "  ".join(f"{b['bin']}: {'-' if b['p'] is None else format(b['p'], '.2f')} ({b['n']})"
                         for b in s["reliability"])
        lines.append(f"{name:<16} {s['files']:>5}  {s['p']:.3f}  {s['r']:.3f}  {s['f1']:.3f}  "
                     f"({s['tp']}/{s['pred']}/{s['gold']})   {s['issue_p']:.3f}     {bins}")
    for name, s in result["splits"].items():
        if name.endswith("/heldout"):
            continue  # nobody reads (or tunes on) the held-out half's errors
        if name in real:
            for f in s["failures"][:failures]:
                lines.append(f"  [{name}] {f['id']}")
                lines += [f"      missed   {m}" for m in f["missed"]] + [f"      spurious {x}" for x in f["spurious"]]
            continue
        for f in s["failures"][:failures]:
            lines.append(f"  [{name}] {f['id']}: {f['text'][:120]!r}")
            lines += [f"      missed   {m}" for m in f["missed"]] + [f"      spurious {x}" for x in f["spurious"]]
    return "\n".join(lines)
