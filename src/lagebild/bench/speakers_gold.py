"""Speaker gold (gold/speakers/, issue #17): reading it, matching statements, judging actors.

Pure functions over plain data; ``bench/speakers.py`` runs the pipeline and reports.

A gold item is a dict::

    {"set": "de" | "en" | "quotes-train", "split": "dev" | "heldout" | "train",
     "doc": file or data set document name, "line": line number in the gold file,
     "content": [(start, end), ...], "cue": [(start, end), ...],
     "mention": speaker mention text or None, "snippet": first characters of the content or None,
     "actor": {"qid", "name", "kind", ...} or "none", "co_actors": [actor, ...]}

**Matching** (``match``): a predicted statement matches a gold one when their content spans
overlap by at least half of the shorter one (characters; all spans of a statement together:
gold ``content`` + ``content_more``, predicted ``quote``); among several, the largest overlap
relative to the shorter span, then relative to the longer one (the closest in size: an outer
statement does not win over the nested one it contains), then the first. Failing that, a
predicted statement whose cue overlaps the gold cue (the same cue token), the one with the
most content overlap. Matching is per gold statement, not one to one: statements with
coordinated speakers (one gold record per conjunct) match the same prediction.

**Judging** (``actor_right``): gold with a QID: right if the predicted ``wikidata`` or ``id``
is that QID (a predicted actor with no QID at all is judged by its name, as below). Gold with
a name only: right if a name of the predicted actor (its name, or the names and aliases the
knowledge base holds for its id) equals the gold name or the gold name without a trailing
parenthesis (``Bundesregierung (Deutschland)``), after folding case, accents and whitespace;
or if its local id (``local:boris-pistorius``) is the slug of that name. Gold ``co_actors``
(quotes-train: ``Merkel sowie Stoiber``) count like the actor. Gold ``"none"``: right only if
no actor was predicted.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ..errors import InputError
from .gold import read_gold

REALNEWS_FILES = {"de": "realnews-2025-de.jsonl", "en": "realnews-2025-en.jsonl"}
QUOTES_FILE = "quotes-train.jsonl"
MIN_OVERLAP = 0.5

_PAREN = re.compile(r"\s*\([^()]*\)\s*$")


def read_lines(path: str | Path) -> list[dict[str, Any]]:
    return read_gold(path, "speaker")


def realnews_items(path: str | Path, lang: str) -> list[dict[str, Any]]:
    """Gold items of one realnews file (``ambiguous`` lines flagged, not dropped)."""
    items = []
    for i, r in enumerate(read_lines(path), start=1):
        contents = [r["content"], *r.get("content_more", [])]
        items.append({
            "set": lang, "split": r["split"], "doc": r["file"], "line": i,
            "content": [(c["start"], c["end"]) for c in contents],
            "cue": [(r["cue"]["start"], r["cue"]["end"])] if r.get("cue") else [],
            "mention": (r.get("speaker_mention") or {}).get("text"),
            "snippet": r["content"].get("snippet"), "type": r.get("type"),
            "actor": r["actor"], "co_actors": r.get("co_actors") or [],
            "ambiguous": bool(r.get("ambiguous")),
        })
    return items


def _spans(part: dict | None) -> list[tuple[int, int]]:
    return [(s["charBegin"], s["charEnd"]) for s in (part or {}).get("spans", [])]


def quotes_items(path: str | Path, annotations: Callable[[str], list[dict]]) -> list[dict[str, Any]]:
    """Gold items of quotes-train.jsonl; content and cue come from the data set's annotation
    ``quote_index`` of the document (``annotations(doc_name)``). Lines with no speaker span
    have no actor and are left out, as the gold's README says."""
    items = []
    for i, r in enumerate(read_lines(path), start=1):
        if r.get("speaker") is None or r.get("actor") is None:
            continue
        anns = annotations(r["doc"])
        if r["quote_index"] >= len(anns):
            raise InputError(f"{path}:{i}: {r['doc']} has no quote {r['quote_index']}")
        ann = anns[r["quote_index"]]
        items.append({
            "set": "quotes-train", "split": "train", "doc": r["doc"], "line": i,
            "content": _spans(ann.get("quote")), "cue": _spans(ann.get("cue")),
            "mention": r["speaker"]["text"], "snippet": None, "type": r.get("type"),
            "actor": r["actor"], "co_actors": r.get("co_actors") or [],
            "ambiguous": bool(r.get("ambiguous")),
        })
    return items


# ---- matching ---------------------------------------------------------------

def _length(spans: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, e - s) for s, e in spans)


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def match(gold: dict[str, Any], predicted: Sequence[dict[str, Any]], taken: set[int] | None = None) -> int | None:
    """Index of the predicted statement (``{"content": [...], "cue": [...]}``) that matches
    ``gold`` under the module's rule, or None. Among predicted statements with the same content
    (one per speaker of 'Russland und die Ukraine', as the gold records them) the one whose
    speaker mention is the gold's, then one not ``taken`` by an earlier gold statement."""
    g_len = _length(gold["content"])
    best, best_key, ties = None, None, []
    for i, p in enumerate(predicted):
        p_len = _length(p["content"])
        ov = _overlap(gold["content"], p["content"])
        if not ov or not g_len or not p_len:
            continue
        key = (ov / min(g_len, p_len), ov / max(g_len, p_len))
        if key[0] >= MIN_OVERLAP and (best_key is None or key > best_key):
            best, best_key, ties = i, key, [i]
        elif key[0] >= MIN_OVERLAP and key == best_key:
            ties.append(i)
    if len(ties) > 1:
        g_mention = fold(gold.get("mention"))
        best = min(ties, key=lambda i: (not (g_mention and fold(predicted[i].get("mention")) in g_mention),
                                        i in (taken or set()), i))
    if best is not None or not gold["cue"]:
        return best
    same_cue = [i for i, p in enumerate(predicted) if _overlap(gold["cue"], p["cue"])]
    if not same_cue:
        return None
    return max(same_cue, key=lambda i: (_overlap(gold["content"], predicted[i]["content"]), -i))


# ---- judging ----------------------------------------------------------------

def fold(text: Any) -> str:
    """Case, accents and whitespace folded: 'Zelenskyy  Volodymyr' ~ 'zelenskyy volodymyr'."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")
    return " ".join(bare.casefold().split()).strip(" .,;:")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def gold_names(actor: dict) -> set[str]:
    """The gold name and, where it ends in a parenthesis, the name without it."""
    name = str(actor.get("name") or "")
    return {fold(n) for n in (name, _PAREN.sub("", name)) if fold(n)}


def _one_right(gold: dict, pred: dict, pred_names: set[str]) -> bool:
    qid = gold.get("qid")
    if qid and (pred.get("wikidata") or str(pred.get("id", "")).startswith("Q")):
        return qid in (pred.get("wikidata"), pred.get("id"))
    names = gold_names(gold)
    if names & pred_names:
        return True
    pid = str(pred.get("id") or "")
    return pid.startswith("local:") and pid[len("local:"):] in {slug(n) for n in names}


def actor_right(gold_actor: dict | str, pred: dict | None, pred_names: Iterable[str] = (),
                co_actors: Iterable[dict] = ()) -> bool:
    """Is the predicted speaker actor (``{"id", "name", "wikidata"}`` or None) right for the gold
    actor? ``pred_names``: further names of the predicted actor (from the knowledge base)."""
    if pred is None:
        return gold_actor == "none"
    if not isinstance(gold_actor, dict):
        return False
    names = {fold(pred.get("name"))} | {fold(n) for n in pred_names}
    names.discard("")
    return any(_one_right(g, pred, names) for g in [gold_actor, *co_actors])


def describe(actor: dict | str | None) -> str:
    """'Friedrich Merz (Q566257)', 'Boris Pistorius', 'none', '-' (no actor predicted)."""
    if actor is None:
        return "-"
    if not isinstance(actor, dict):
        return str(actor)
    qid = actor.get("qid") or actor.get("wikidata")
    return f"{actor.get('name')} ({qid})" if qid else str(actor.get("name") or actor.get("id"))


# ---- counting ---------------------------------------------------------------

COUNTS = ("gold", "found", "gold_actor", "gold_none", "links", "right_links", "wrong_links",
          "abstentions", "correct_abstentions", "skipped_ambiguous", "predicted", "predicted_matched",
          "span_exact")

# what may stand at a content span's edge without moving its boundary: space, quotation marks,
# the punctuation that closes a quotation or joins it to its frame
_EDGE = " \t\n\"'“”„‟‘’‚‹›«».,;:!?–—-"


def trimmed(text: str, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The (start, end) of a statement's content from its first to its last span, edges trimmed."""
    if not spans:
        return None
    a, b = min(s for s, _ in spans), max(e for _, e in spans)
    while a < b and text[a] in _EDGE:
        a += 1
    while b > a and text[b - 1] in _EDGE:
        b -= 1
    return (a, b)


def add_precision(tot: dict[str, Any], text: str, items: Sequence[dict[str, Any]],
                  predicted: Sequence[dict[str, Any]], matches: Sequence[int | None]) -> None:
    """Statement precision and span boundaries of one document whose gold lists every statement:
    predicted top-level statements, those matched by a gold statement, and matched gold statements
    whose content boundaries (trimmed) are the predicted ones."""
    top = [i for i, p in enumerate(predicted) if not p.get("nested")]
    hit = {i for i in matches if i is not None}
    tot["predicted"] += len(top)
    tot["predicted_matched"] += len(hit & set(top))
    doc = items[0]["doc"] if items else "?"
    for i in top:
        if i not in hit:
            a, b = trimmed(text, predicted[i]["content"]) or (0, 0)
            cue = " ".join(text[s:e] for s, e in predicted[i]["cue"])
            tot["spurious"].append({"file": doc, "cue": cue, "content": _short(text[a:b])})
    for item, i in zip(items, matches):  # ambiguous lines count for precision, not for spans
        if i is None or item["ambiguous"]:
            continue
        gold, pred = trimmed(text, item["content"]), trimmed(text, predicted[i]["content"])
        if gold == pred:
            tot["span_exact"] += 1
        else:
            tot["span_wrong"].append({"file": doc, "line": item["line"], "gold": _short(text[slice(*gold)]),
                                      "predicted": _short(text[slice(*pred)])})


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 2 * n else f"{text[:n]} … {text[-n:]}"


# Confidence bins of the reliability table: links made and how many were right, per bin
# (run with --set speaker_min_confidence=0 to see the links the threshold drops).
CONFIDENCE_BINS = ((0.0, "<0.6"), (0.6, "0.6-0.7"), (0.7, "0.7-0.8"), (0.8, "0.8-0.9"), (0.9, ">=0.9"))


def confidence_bin(confidence: float | None) -> str:
    if confidence is None:
        return "none"
    return [label for low, label in CONFIDENCE_BINS if confidence >= low][-1]


def new_totals() -> dict[str, Any]:
    return {**{k: 0 for k in COUNTS}, "wrong": [], "abstained": [], "spurious": [], "span_wrong": [], "bins": {},
            "types": {}}


def add(tot: dict[str, Any], gold: dict[str, Any], pred: dict[str, Any] | None, right: bool) -> None:
    """Count one gold item; ``pred`` is the matched predicted statement (``speaker_actor``,
    ``mention``) or None when none matched."""
    tot["gold"] += 1
    by_type = tot["types"].setdefault(gold.get("type") or "-", [0, 0])
    by_type[0] += 1
    if pred is None:
        return
    tot["found"] += 1
    by_type[1] += 1
    has_actor = gold["actor"] != "none"
    tot["gold_actor" if has_actor else "gold_none"] += 1
    actor = pred.get("speaker_actor")
    where = {"file": gold["doc"], "line": gold["line"], "gold_actor": describe(gold["actor"]),
             "mention": gold["mention"], "predicted_mention": pred.get("mention")}
    if gold.get("snippet"):
        where["content"] = gold["snippet"]
    if actor is None:
        if has_actor:
            tot["abstentions"] += 1
            tot["abstained"].append(where)
        else:
            tot["correct_abstentions"] += 1
        return
    tot["links"] += 1
    links_right = tot["bins"].setdefault(confidence_bin(pred.get("confidence")), [0, 0])
    links_right[0] += 1
    links_right[1] += int(right)
    if right:
        tot["right_links"] += 1
    else:
        tot["wrong_links"] += 1
        tot["wrong"].append({**where, "predicted_actor": {k: actor.get(k) for k in ("id", "name", "wikidata")}})


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def finish(tot: dict[str, Any], *, errors: bool) -> dict[str, Any]:
    """The metrics of one group; the error lists only if ``errors``."""
    out: dict[str, Any] = {k: tot[k] for k in COUNTS}
    out["statements_found"] = _ratio(tot["found"], tot["gold"])
    # where the gold lists every statement of its documents (realnews): precision and exact spans
    out["statement_precision"] = _ratio(tot["predicted_matched"], tot["predicted"])
    out["span_right"] = _ratio(tot["span_exact"], tot["found"]) if tot["predicted"] else None
    out["linked_precision"] = _ratio(tot["right_links"], tot["links"])
    out["linked_recall"] = _ratio(tot["right_links"], tot["gold_actor"])
    out["speaker_right"] = _ratio(tot["right_links"] + tot["correct_abstentions"], tot["found"])
    order = [label for _low, label in CONFIDENCE_BINS] + ["none"]
    out["reliability"] = {b: {"links": tot["bins"][b][0], "precision": _ratio(tot["bins"][b][1], tot["bins"][b][0])}
                          for b in order if b in tot["bins"]}
    out["found_by_type"] = {t: {"gold": g, "found": f, "statements_found": _ratio(f, g)}
                            for t, (g, f) in sorted(tot["types"].items())}
    if errors:
        out["wrong_links_list"] = tot["wrong"]
        out["abstentions_list"] = tot["abstained"]
        out["spurious_list"] = tot["spurious"]
        out["span_wrong_list"] = tot["span_wrong"]
    else:
        out["errors_hidden"] = True
    return out


def merge(parts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    out = new_totals()
    for p in parts:
        for k in COUNTS:
            out[k] += p[k]
        out["wrong"] += p["wrong"]
        out["abstained"] += p["abstained"]
        out["spurious"] += p["spurious"]
        out["span_wrong"] += p["span_wrong"]
        for b, (links, right) in p["bins"].items():
            both = out["bins"].setdefault(b, [0, 0])
            both[0] += links
            both[1] += right
        for t, (gold, found) in p["types"].items():
            both = out["types"].setdefault(t, [0, 0])
            both[0] += gold
            both[1] += found
    return out
