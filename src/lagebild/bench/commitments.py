"""Commitment/condition bench over a gold JSONL file (see docs/commitments.md).

    res = run("gold/commitments/dev.jsonl", options)
    print(format_result(res))

Per item, gold commitments are matched greedily to predicted ones with the same
act and a compatible actor mention (either contains the other, case-insensitive).
Scores: ``act`` (that match), ``object`` (matched and the gold object substring
overlaps the predicted object), ``quantity`` (matched, same unit, value within
1 %), ``condition`` (a predicted condition overlapping the gold text, same type,
linked to a commitment with the gold act; gold act null = linked to nothing).

Real news (issue #18): ``gold/commitments/realnews-2025-{de,en}.jsonl`` (schema in
gold/positions/REALNEWS.md: offsets into the realnews-2025 texts as the ingest text reader gives
them; split dev = even file numbers, heldout = odd). ``run_realnews`` analyses every listed file
(fast mode; the files come from ``gold/positions/realnews-2025-files-{de,en}.jsonl`` when it is
there, so files without a commitment count for precision) and aligns gold to predicted
commitments of the same file: a compatible act family (pledge/intention/delivery; demand;
refusal; not_ruled_out/under_consideration) and a predicted cue, evidence or object span that
overlaps the gold cue or item span (cue overlaps first, then the same act, then the largest
overlap). A pair is **right** when the act is the gold act, the predicted object overlaps the
gold item span and the recipient is right (both absent, or the predicted recipient's Wikidata
id is the gold QID or a name of one contains the other). Per language and split:
``right`` P = right pairs / predicted, R = right pairs / gold (the issue's target: P >= 85 %,
R >= 60 %); ``aligned`` P/R (pairs at all), ``family`` (right with the act family instead of
the act), and among aligned pairs ``act``, ``item``, ``recipient`` and ``item_category``
accuracy (no category predicted counts as ``other``). Errors are listed for dev only (nobody tunes on heldout).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ..errors import InputError
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


def run(path: str | Path, options: Any = None, *, split: str = "all") -> dict[str, Any]:
    """Analyse every gold item and score it; returns totals, per-style totals and failures.

    ``path`` is one gold file, or a folder whose ``*.jsonl`` files (dev, test) are
    scored one by one under ``splits``.
    """
    from ..core import analyze

    if Path(path).name in REALNEWS_FILES.values():
        return run_realnews(Path(path).parent, options, split=split, langs=[Path(path).name[-8:-6]])
    if Path(path).is_dir():
        files = sorted(f for f in Path(path).glob("*.jsonl") if f.name not in REALNEWS_FILES.values())
        out: dict[str, Any] = {"path": str(path), "splits": {f.stem: run(f, options) for f in files}}
        if any((Path(path) / name).is_file() for name in REALNEWS_FILES.values()):
            out["realnews"] = run_realnews(path, options, split=split, missing_ok=True)
        return out

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


def format_result(result: dict[str, Any], errors: bool = False) -> str:
    if "groups" in result:
        return format_realnews(result, errors=errors)
    if "splits" in result:
        parts = [format_result(r) for r in result["splits"].values()]
        if "realnews" in result:
            parts.append(format_realnews(result["realnews"], errors=errors))
        return "\n".join(parts)
    lines = [f"{result['path']}: {result['items']} items, {result['seconds']} s"]
    for group, scores in result["scores"].items():
        for k, s in scores.items():
            lines.append(f"  {group:<12} {k:<10} P={s['p']:.3f} R={s['r']:.3f} F1={s['f1']:.3f} "
                         f"(tp={s['tp']} pred={s['pred']} gold={s['gold']})")
    return "\n".join(lines)


# --- real news: gold/commitments/realnews-2025-{de,en}.jsonl (issue #18) -----------------------

REALNEWS_FILES = {"de": "realnews-2025-de.jsonl", "en": "realnews-2025-en.jsonl"}
FILE_LISTS = {"de": "realnews-2025-files-de.jsonl", "en": "realnews-2025-files-en.jsonl"}
SPLITS = ("dev", "heldout", "all")
FAMILY = {"pledge": "give", "intention": "give", "delivery": "give", "demand": "demand", "refusal": "refusal",
          "not_ruled_out": "open", "under_consideration": "open"}


def _span(x: Any) -> tuple[int, int] | None:
    if isinstance(x, dict) and isinstance(x.get("start"), int) and isinstance(x.get("end"), int):
        return x["start"], x["end"]
    return None


def realnews_items(path: str | Path, lang: str) -> list[dict[str, Any]]:
    """The gold commitments of one realnews file, normalised: ``file``, ``lang``, ``split``,
    ``act``, ``actor`` (name), ``recipient`` (``{qid, name}`` or None), ``cue`` and ``item``
    (``(start, end)`` or None), ``item_category``, ``line`` and the snippets for error lists."""
    from ..corpora.realnews import split_of

    items = []
    for i, r in enumerate(read_gold(path, "commitment"), start=1):
        actor = r.get("actor") or {}
        rec = r.get("recipient")
        items.append({
            "file": r["file"], "lang": r.get("lang") or lang, "split": r.get("split") or split_of(r["file"]),
            "act": r["act"], "actor": actor.get("name") if isinstance(actor, dict) else actor,
            "recipient": rec if isinstance(rec, dict) and (rec.get("qid") or rec.get("name")) else None,
            "cue": _span(r.get("cue")), "item": _span(r.get("item")), "item_category": r.get("item_category"),
            "cue_text": (r.get("cue") or {}).get("text"), "item_text": (r.get("item") or {}).get("snippet"),
            "line": i})
    return items


def _file_list(gold_dir: Path, lang: str) -> list[dict[str, Any]] | None:
    for folder in (gold_dir, gold_dir.parent / "positions"):
        path = folder / FILE_LISTS[lang]
        if path.is_file():
            return read_gold(path, "file list")
    return None


def _overlap_len(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if not a or not b:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) or int(a == b)


def _pred_spans(c: dict[str, Any]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(cue spans, evidence and object spans) of a predicted commitment."""
    cues = [s for s in (_span(x) for x in c.get("cue") or []) if s]
    rest = [s for s in (_span(x) for x in c.get("evidence") or []) if s]
    if _span(c.get("object")):
        rest.append(_span(c["object"]))
    return cues, rest


def recipient_ok(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> bool:
    """Both absent, or the predicted recipient is the gold one (Wikidata id, or names that contain each other)."""
    if not gold:
        return not pred
    if not pred:
        return False
    actor = pred.get("actor") or {}
    if gold.get("qid") and actor.get("wikidata") == gold["qid"]:
        return True
    names = [m.get("text", "") for m in pred.get("mention") or []] + [actor.get("name") or ""]
    return any(_overlap(gold.get("name") or "", n) for n in names if n)


def align(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, one-to-one, for one file (rule in the module docstring)."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        best = None
        for pi, c in enumerate(pred):
            if pi in used or FAMILY.get(c.get("act")) != FAMILY.get(g["act"]):
                continue
            cues, rest = _pred_spans(c)
            cue_hit = max((_overlap_len(g["cue"], s) for s in cues), default=0)
            any_hit = max([_overlap_len(g[k], s) for k in ("cue", "item") for s in cues + rest] or [0])
            if not any_hit:
                continue
            key = (cue_hit > 0, c.get("act") == g["act"], any_hit)
            if best is None or key > best[0]:
                best = (key, pi)
        if best is not None:
            used.add(best[1])
            pairs.append((gi, best[1]))
    return pairs


def _new_counts() -> dict[str, int]:
    return {k: 0 for k in ("files", "gold", "pred", "aligned", "right", "family_right", "act_ok", "item_ok",
                           "recipient_ok", "category_n", "category_ok")}


def score_file(gold: list[dict[str, Any]], pred: list[dict[str, Any]], counts: dict[str, int]) -> dict[str, list]:
    """Adds one file's counts; returns its missed gold items and spurious predictions."""
    counts["files"] += 1
    counts["gold"] += len(gold)
    counts["pred"] += len(pred)
    pairs = align(gold, pred)
    for gi, pi in pairs:
        g, c = gold[gi], pred[pi]
        act = c.get("act") == g["act"]
        item = g["item"] is None or _overlap_len(g["item"], _span(c.get("object"))) > 0
        rec = recipient_ok(g["recipient"], c.get("recipient"))
        counts["aligned"] += 1
        counts["act_ok"] += act
        counts["item_ok"] += item
        counts["recipient_ok"] += rec
        counts["right"] += act and item and rec
        counts["family_right"] += item and rec
        if g.get("item_category"):
            counts["category_n"] += 1
            counts["category_ok"] += (c.get("item_category") or "other") == g["item_category"]
    gold_hit = {gi for gi, _ in pairs}
    pred_hit = {pi for _, pi in pairs}
    return {"missed": [g for i, g in enumerate(gold) if i not in gold_hit],
            "spurious": [c for i, c in enumerate(pred) if i not in pred_hit],
            "pairs": [(gold[gi], pred[pi]) for gi, pi in pairs]}


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def finish(counts: dict[str, int]) -> dict[str, Any]:
    """Rates of a group's counts."""
    c = counts
    return {**c, "right_p": _ratio(c["right"], c["pred"]), "right_r": _ratio(c["right"], c["gold"]),
            "aligned_p": _ratio(c["aligned"], c["pred"]), "aligned_r": _ratio(c["aligned"], c["gold"]),
            "family_p": _ratio(c["family_right"], c["pred"]), "family_r": _ratio(c["family_right"], c["gold"]),
            "act_acc": _ratio(c["act_ok"], c["aligned"]), "item_acc": _ratio(c["item_ok"], c["aligned"]),
            "recipient_acc": _ratio(c["recipient_ok"], c["aligned"]),
            "category_acc": _ratio(c["category_ok"], c["category_n"])}


def _brief(c: dict[str, Any], text: str) -> dict[str, Any]:
    cue = (c.get("cue") or [{}])[0]
    return {"act": c.get("act"), "cue": cue.get("text"), "object": ((c.get("object") or {}).get("text") or "")[:80],
            "recipient": " ".join(m.get("text", "") for m in (c.get("recipient") or {}).get("mention") or []) or None,
            "item_category": c.get("item_category")}


def run_realnews(gold_dir: str | Path, options: Any = None, *, split: str = "all", mode: str = "fast",
                 langs: list[str] | None = None, missing_ok: bool = False) -> dict[str, Any]:
    """Score the realnews-2025 commitment gold in ``gold_dir``; ``{"groups": {"de/dev": {...}}, ...}``."""
    from ..core import analyze_document, get_pipeline
    from ..corpora.realnews import read_document, realnews_dir, split_of
    from ..settings import make_options, with_options

    if split not in SPLITS:
        raise InputError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    options = options or make_options(env={})
    if getattr(options, "mode", mode) != mode:
        options = with_options(options, mode=mode)
    gold_dir = Path(gold_dir)
    folder = realnews_dir(options.datasets_dir)
    if not folder.is_dir():
        if missing_ok:
            return {"path": str(gold_dir), "skipped": "realnews-2025 not found under datasets_dir", "groups": {}}
        raise InputError(f"realnews-2025 not found at {folder}", hint="set datasets_dir (--set datasets_dir=DIR)")
    t0 = time.perf_counter()
    pipeline = get_pipeline(options)
    raw: dict[str, dict[str, int]] = {}
    errors: dict[str, list] = {}
    for lang in langs or list(REALNEWS_FILES):
        path = gold_dir / REALNEWS_FILES[lang]
        if not path.is_file():
            continue
        items = realnews_items(path, lang)
        listed = _file_list(gold_dir, lang)
        names = sorted({r["file"] for r in listed} if listed is not None else {it["file"] for it in items})
        for name in names:
            part = split_of(name)
            if split != "all" and part != split:
                continue
            doc = read_document(folder, name)
            pred = analyze_document(doc, pipeline=pipeline).commitments
            gold = [it for it in items if it["file"] == name]
            res = score_file(gold, pred, raw.setdefault(f"{lang}/{part}", _new_counts()))
            if part == "dev":
                errs = errors.setdefault(f"{lang}/dev", [])
                errs += [{"file": name, "kind": "missed", "line": g["line"], "act": g["act"], "cue": g["cue_text"],
                          "item": g["item_text"], "recipient": (g["recipient"] or {}).get("name")}
                         for g in res["missed"]]
                errs += [{"file": name, "kind": "spurious", **_brief(c, doc.text)} for c in res["spurious"]]
                errs += [{"file": name, "kind": "wrong", "line": g["line"], "gold_act": g["act"], "gold_item": g["item_text"],
                          "gold_recipient": (g["recipient"] or {}).get("name"), "gold_category": g["item_category"],
                          **_brief(c, doc.text)} for g, c in res["pairs"]
                         if not (c.get("act") == g["act"] and recipient_ok(g["recipient"], c.get("recipient"))
                                 and (g["item"] is None or _overlap_len(g["item"], _span(c.get("object"))) > 0)
                                 and (c.get("item_category") or "other") == g["item_category"])]
    if split == "all":
        for lang in ("de", "en"):
            parts = [raw[k] for k in (f"{lang}/dev", f"{lang}/heldout") if k in raw]
            if parts:
                raw[f"{lang}/all"] = {k: sum(p[k] for p in parts) for k in parts[0]}
    order = [f"{lang}/{s}" for lang in ("de", "en") for s in SPLITS]
    groups = {k: finish(raw[k]) for k in sorted(raw, key=order.index)}
    if not groups and not missing_ok:
        raise InputError(f"no realnews commitment gold to score in {gold_dir} (split {split})")
    return {"path": str(gold_dir), "mode": mode, "split": split, "seconds": round(time.perf_counter() - t0, 2),
            "target": {"right_p": 0.85, "right_r": 0.60}, "groups": groups, "errors": errors}


def _pct(x: float | None) -> str:
    return "    -" if x is None else f"{100 * x:5.1f}"


def format_realnews(result: dict[str, Any], errors: bool = False) -> str:
    """A table, one line per language/split; ``errors`` lists dev errors."""
    if result.get("skipped"):
        return f"realnews-2025 commitments: skipped ({result['skipped']})"
    lines = [f"realnews-2025 commitments ({result['mode']}, split {result['split']}): {result['seconds']} s; "
             "right = act, item and recipient right (target P >= 85, R >= 60)",
             "group        files gold pred | right P  right R | align P align R | fam P  fam R | act%  item%  recip%  cat%"]
    for name, g in result["groups"].items():
        lines.append(f"{name:<12} {g['files']:>5} {g['gold']:>4} {g['pred']:>4} |   {_pct(g['right_p'])}    {_pct(g['right_r'])} |"
                     f"   {_pct(g['aligned_p'])}   {_pct(g['aligned_r'])} | {_pct(g['family_p'])} {_pct(g['family_r'])} |"
                     f" {_pct(g['act_acc'])} {_pct(g['item_acc'])}  {_pct(g['recipient_acc'])} {_pct(g['category_acc'])}")
    if errors:
        for name, errs in result.get("errors", {}).items():
            for e in errs:
                lines.append(f"[{name}] " + "  ".join(f"{k}={v!r}" for k, v in e.items()))
    return "\n".join(lines)
