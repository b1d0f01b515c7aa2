"""``lagebild bench topics FILE``: CAP major topics of statements against gold.

Gold: JSON Lines with ``text``, ``lang``, ``primary`` (CAP code), ``secondary``
(code or null), ``split`` ("dev" or "test"), and for statements taken from an
article ``doc`` (the file name of the article in ``samples/corpus``, read as
context when present beside the gold file's repository). See docs/topics.md.

Metrics per split:

* top1: the first predicted code is the gold primary;
* top2: the gold primary is among the first two predicted codes;
* any: the first predicted code is the gold primary or the gold secondary;
* none: share of statements with no prediction at all.

The test split was frozen together with dev before the lexicon was tuned on
dev; it was never used for tuning.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..extract.topics import assign_topics, keyword_scores


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"topic gold file {path} does not exist")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not valid JSON") from exc
    return rows


def _context_dir(gold_path: Path) -> Path | None:
    # gold/topics/statements.jsonl -> <repo>/samples/corpus
    for parent in gold_path.resolve().parents:
        cand = parent / "samples" / "corpus"
        if cand.is_dir():
            return cand
    return None


def run(path: str | Path, options: Any = None, *, use_context: bool = True) -> dict[str, Any]:
    gold = read_gold(path)
    ctx_dir = _context_dir(Path(path)) if use_context else None
    ctx_cache: dict[str, dict[int, float]] = {}
    per_split: dict[str, dict[str, float]] = {}
    errors: list[dict[str, Any]] = []
    started = time.perf_counter()
    for row in gold:
        ctx = None
        doc = row.get("doc")
        if ctx_dir is not None and doc:
            if doc not in ctx_cache:
                file = ctx_dir / doc
                ctx_cache[doc] = keyword_scores(file.read_text(encoding="utf-8"), row["lang"]) if file.is_file() else {}
            ctx = ctx_cache[doc]
        pred = [code for code, _ in assign_topics(row["text"], row["lang"], context_scores=ctx)]
        split = row.get("split", "dev")
        acc = per_split.setdefault(split, {"n": 0, "top1": 0, "top2": 0, "any": 0, "none": 0})
        acc["n"] += 1
        acc["top1"] += bool(pred) and pred[0] == row["primary"]
        acc["top2"] += row["primary"] in pred[:2]
        acc["any"] += bool(pred) and pred[0] in (row["primary"], row.get("secondary"))
        acc["none"] += not pred
        if not pred or pred[0] != row["primary"]:
            errors.append({"split": split, "text": row["text"][:80], "gold": row["primary"], "pred": pred[:2]})
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {"file": str(path), "context": ctx_dir is not None, "statements": len(gold),
                              "statements_per_s": round(len(gold) / seconds, 1) if seconds else None}
    for split, acc in sorted(per_split.items()):
        n = acc["n"] or 1
        result[split] = {"n": acc["n"], **{k: round(acc[k] / n, 3) for k in ("top1", "top2", "any", "none")}}
    result["errors"] = errors
    return result


def format_result(result: dict[str, Any]) -> str:
    lines = [f"CAP topics on {result['file']} ({result['statements']} statements, "
             f"article context {'on' if result['context'] else 'off'}, {result['statements_per_s']} statements/s)"]
    for split in ("dev", "test"):
        if split in result:
            r = result[split]
            note = " (held out: never tuned on)" if split == "test" else " (tuned on)"
            lines.append(f"  {split:<4} n={r['n']:<4} top1 {r['top1']:.3f}  top2 {r['top2']:.3f}  "
                         f"primary-or-secondary {r['any']:.3f}  no topic {r['none']:.3f}{note}")
    return "\n".join(lines)
