"""Positions on real news: gold/positions/realnews-2025-{de,en}.jsonl (gold/positions/REALNEWS.md).

The gold is exhaustive for the catalogue's issues on every file listed in
``realnews-2025-files-{lang}.jsonl``, so precision is measured: every predicted position
on a listed file that matches no gold record is a false one.

A prediction matches a gold record of the same file with the same issue and stance and a
compatible actor: the same Wikidata id, or the gold name or mention and a predicted name
or mention containing one another (case-folded). Reported per language and split:
P, R, F1, ``issue P`` (actor and issue right, stance ignored) and the precision of
predictions per confidence bin (is the confidence worth reading?).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from ..corpora.realnews import read_document, realnews_dir
from ..errors import InputError
from .gold import read_gold

LANGS = ("de", "en")
PREFIX = "realnews-2025-"
BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))


def _fold(s: Any) -> str:
    return " ".join(str(s or "").casefold().split())


def _issue_id(p: dict) -> str | None:
    issue = p.get("issue")
    return issue.get("id") if isinstance(issue, dict) else issue


def actor_ok(gold: dict, pred: dict) -> bool:
    """The same Wikidata id, or names/mentions that contain one another."""
    g_actor = gold.get("actor") or {}
    actor = pred.get("actor") or {}
    inner = actor.get("actor") or {}
    qid = g_actor.get("qid")
    if qid and qid in (inner.get("wikidata"), inner.get("id")):
        return True
    if qid and inner.get("wikidata") and inner.get("wikidata") != qid:
        return False  # linked to another actor: wrong even if the words overlap
    gold_names = {_fold(g_actor.get("name")), _fold((gold.get("mention") or {}).get("text"))} - {""}
    pred_names = {_fold(inner.get("name"))} | {_fold(m.get("text")) for m in actor.get("mention") or []}
    pred_names -= {""}
    return any(g in p or p in g for g in gold_names for p in pred_names)


def _new() -> dict[str, Any]:
    return {"files": 0, "tp": 0, "pred": 0, "gold": 0, "issue_tp": 0, "bins": [[0, 0] for _ in BINS],
            "failures": []}


def score_file(gold: list[dict], pred: list[dict], tot: dict[str, Any], name: str) -> None:
    """Add one file's counts to ``tot``: one-to-one matches on (actor, issue, stance)."""
    used: set[int] = set()
    issue_used: set[int] = set()
    missed = []
    for g in gold:
        same = [i for i, p in enumerate(pred) if _issue_id(p) == g["issue"] and actor_ok(g, p)]
        free = [i for i in same if i not in issue_used]
        if free:
            issue_used.add(free[0])
        hit = next((i for i in same if i not in used and pred[i].get("stance") == g["stance"]), None)
        if hit is None:
            missed.append(f"{(g.get('actor') or {}).get('name')} / {g['issue']} / {g['stance']}")
        else:
            used.add(hit)
    tot["files"] += 1
    tot["tp"] += len(used)
    tot["issue_tp"] += len(issue_used)
    tot["pred"] += len(pred)
    tot["gold"] += len(gold)
    for i, p in enumerate(pred):
        conf = p.get("confidence")
        conf = 0.0 if conf is None else conf
        b = next(k for k, (lo, hi) in enumerate(BINS) if lo <= conf < hi)
        tot["bins"][b][0] += 1
        tot["bins"][b][1] += i in used
    spurious = [f"{_who(p)} / {_issue_id(p)} / {p.get('stance')} ({p.get('confidence')}): "
                f"{(p.get('evidence') or [{}])[0].get('text', '')[:90]!r}" for i, p in enumerate(pred) if i not in used]
    if missed or spurious:
        tot["failures"].append({"id": name, "missed": missed, "spurious": spurious})


def _who(p: dict) -> str:
    actor = p.get("actor") or {}
    inner = actor.get("actor") or {}
    return inner.get("name") or next((m.get("text") for m in actor.get("mention") or []), "?")


def finish(tot: dict[str, Any]) -> dict[str, Any]:
    tp, n_pred, n_gold = tot["tp"], tot["pred"], tot["gold"]
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"files": tot["files"], "tp": tp, "pred": n_pred, "gold": n_gold, "p": round(p, 3), "r": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "issue_p": round(tot["issue_tp"] / n_pred, 3) if n_pred else 1.0,
            "reliability": [{"bin": f"{lo:.2f}-{min(hi, 1.0):.2f}", "n": n, "right": right,
                             "p": round(right / n, 3) if n else None}
                            for (lo, hi), (n, right) in zip(BINS, tot["bins"])],
            "failures": tot["failures"]}


def gold_files(gold_dir: Path, options: Any, split: str) -> Iterator[tuple[str, dict, Any, list[dict]]]:
    """(language, file-list entry, document, its gold positions) for every listed file of ``split``
    (dev, heldout or all), the texts read from the ``datasets_dir`` setting."""
    folder = realnews_dir(options.datasets_dir)
    for lang in LANGS:
        files_path = Path(gold_dir) / f"{PREFIX}files-{lang}.jsonl"
        gold_path = Path(gold_dir) / f"{PREFIX}{lang}.jsonl"
        if not files_path.is_file() or not gold_path.is_file():
            continue
        if not folder.is_dir():
            raise InputError(f"realnews-2025 not found at {folder}", hint="set datasets_dir (--set datasets_dir=DIR)")
        gold = read_gold(gold_path, "position")
        for entry in read_gold(files_path, "position file list"):
            if split == "all" or entry["split"] == split:
                yield lang, entry, read_document(folder, entry["file"]), [g for g in gold if g["file"] == entry["file"]]


def run(gold_dir: Path, options: Any, split: str = "dev") -> dict[str, dict[str, Any]]:
    """``{"realnews-de/dev": scores, ...}`` for the languages whose gold is in ``gold_dir``."""
    from ..core import analyze_document, get_pipeline

    out: dict[str, dict[str, Any]] = {}
    pipeline = None
    for lang, entry, doc, gold in gold_files(gold_dir, options, split):
        pipeline = pipeline or get_pipeline(options)
        pred = analyze_document(doc, pipeline=pipeline).positions
        score_file(gold, pred, out.setdefault(f"realnews-{lang}/{entry['split']}", _new()), entry["file"])
    return {k: finish(v) for k, v in sorted(out.items())}


def has_gold(gold_dir: Path) -> bool:
    return any(Path(gold_dir).glob("realnews-2025-files-*.jsonl"))
