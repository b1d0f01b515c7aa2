"""``lagebild bench speakers [GOLD_DIR]``: who said it, speaker -> actor linking (issue #17).

Scores ``Statement.speaker_actor`` on the speaker gold in ``gold/speakers/`` (its README):
``realnews-2025-de.jsonl`` and ``-en.jsonl`` (offsets into the realnews-2025 texts as the
ingest text reader gives them; split dev = even file numbers, heldout = odd) and
``quotes-train.jsonl`` (actors for the speaker spans of de-news-quotes-2024 train; offsets
into the data set's ``originalText``). Data sets come from the ``datasets_dir`` setting.

Each document is analysed with ``core.analyze_document``; each gold statement is matched to
a predicted statement of its document (rule in ``speakers_gold``), then the predicted speaker
actor is judged against the gold actor. Per group (``de/dev``, ``de/heldout``, ``en/...``,
``quotes-train``):

- ``statements_found`` = matched gold statements / gold statements;
- ``linked_precision`` = right links / links made on found statements (a link where gold is
  ``none`` or another actor is wrong);
- ``linked_recall`` = right links / found statements whose gold speaker is an actor;
- ``speaker_right`` = (right links + abstentions where gold is ``none``) / found statements;
- ``found_by_type`` = ``statements_found`` per gold statement type (Direct, Indirect, Reported, ...);
- realnews only (its gold lists every attributed statement of a text): ``statement_precision`` =
  predicted top-level statements (not nested in another) matched by a gold statement / predicted
  top-level statements; ``span_right`` = found statements whose content boundaries, quotation
  marks and edge punctuation trimmed, are the gold's;
- counts: ``wrong_links``, ``abstentions`` (no actor where gold has one), ...

Gold lines marked ``ambiguous`` are skipped (counted as ``skipped_ambiguous``). Wrong links
and abstentions are listed for dev and quotes-train only; heldout errors only with
``show_heldout_errors`` (nobody tunes on heldout).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ..corpora.denews_quotes import date_of, read_documents
from ..corpora.realnews import read_document, realnews_dir
from ..errors import InputError
from ..model import Document
from . import speakers_gold as sg

SPLITS = ("dev", "heldout", "all")


def _predicted(statements) -> list[dict[str, Any]]:
    out = []
    for s in statements:
        actor = s.speaker_actor
        out.append({"content": [(q.start, q.end) for q in s.quote], "cue": [(c.start, c.end) for c in s.cue],
                    "mention": " ".join(m.text for m in s.speaker_mention) or None,
                    "speaker_actor": actor.to_dict() if actor else None,
                    "confidence": getattr(s, "speaker_confidence", None), "nested": s.nested_in is not None})
    return out


class _Scorer:
    """Analyses documents and counts gold items into groups."""

    def __init__(self, options):
        from ..core import get_pipeline
        from ..kb import load_kb

        self.pipeline = get_pipeline(options)
        self.kb = load_kb(options)
        self.groups: dict[str, dict[str, Any]] = {}
        self.documents = 0

    def _kb_names(self, actor: dict | None) -> list[str]:
        rec = self.kb.record(actor["id"]) if actor and actor.get("id") else None
        return [n for n in (rec.name, rec.name_de, *rec.aliases) if n] if rec else []

    def score_document(self, doc: Document, items: list[dict[str, Any]], group_of, complete: bool = False) -> None:
        """``complete``: the gold lists every statement of the document, so statement precision and
        span boundaries are counted too."""
        from ..core import analyze_document

        self.documents += 1
        predicted = _predicted(analyze_document(doc, pipeline=self.pipeline).statements)
        taken: set[int] = set()
        matches = []
        for item in items:
            matches.append(sg.match(item, predicted, taken))
            if matches[-1] is not None:
                taken.add(matches[-1])
        if complete and items:
            sg.add_precision(self.groups.setdefault(group_of(items[0]), sg.new_totals()), doc.text, items,
                             predicted, matches)
        for item, i in zip(items, matches):
            tot = self.groups.setdefault(group_of(item), sg.new_totals())
            if item["ambiguous"]:
                tot["skipped_ambiguous"] += 1
                continue
            pred = predicted[i] if i is not None else None
            actor = pred["speaker_actor"] if pred else None
            right = sg.actor_right(item["actor"], actor, self._kb_names(actor), item["co_actors"])
            sg.add(tot, item, pred, right)


def _by_doc(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list] = {}
    for it in items:
        out.setdefault(it["doc"], []).append(it)
    return out


def _realnews(scorer: _Scorer, gold_dir: Path, folder: Path, split: str) -> list[str]:
    sets = []
    for lang, name in sg.REALNEWS_FILES.items():
        path = gold_dir / name
        if not path.is_file():
            continue
        items = [it for it in sg.realnews_items(path, lang) if split == "all" or it["split"] == split]
        if not items:
            continue
        if not folder.is_dir():
            raise InputError(f"realnews-2025 not found at {folder}", hint="set datasets_dir (--set datasets_dir=DIR)")
        sets.append(lang)
        for name_, doc_items in sorted(_by_doc(items).items()):
            scorer.score_document(read_document(folder, name_), doc_items, lambda it: f"{it['set']}/{it['split']}",
                                  complete=True)
    return sets


def _quotes(scorer: _Scorer, gold_dir: Path, datasets_dir: Path) -> bool:
    path = gold_dir / sg.QUOTES_FILE
    if not path.is_file():
        return False
    folder = datasets_dir / "de-news-quotes-2024" / "train"
    raw = {d["documentName"]: d for d in read_documents(folder)}

    def annotations(name: str) -> list[dict]:
        doc = raw.get(name) or raw.get(name.removesuffix(".pretty.json"))
        if doc is None:
            raise InputError(f"{name} not in {folder}")
        return doc.get("annotations", [])

    items = sg.quotes_items(path, annotations)
    for name, doc_items in _by_doc(items).items():
        d = raw.get(name) or raw[name.removesuffix(".pretty.json")]
        published = date_of(name)
        doc = Document(text=d["originalText"], published=published, date_source="given" if published else "unknown",
                       lang="de", external_id=name)
        scorer.score_document(doc, doc_items, lambda it: "quotes-train")
    return True


def run(path: str | Path = "gold/speakers", options: Any = None, *, mode: str = "fast", split: str = "all",
        show_heldout_errors: bool = False) -> dict[str, Any]:
    """Score speaker linking on the gold in ``path``; returns ``{"groups": {name: metrics}, ...}``.
    ``split``: which realnews split(s) to score (quotes-train, a training set, goes with dev and all)."""
    from ..settings import make_options, with_options

    if split not in SPLITS:
        raise InputError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    options = options or make_options(env={})
    if mode != options.mode:
        options = with_options(options, mode=mode)
    gold_dir = Path(path)
    if not gold_dir.is_dir():
        raise InputError(f"no speaker gold folder at {path}")
    datasets_dir = Path(options.datasets_dir)
    t0 = time.perf_counter()
    scorer = _Scorer(options)
    langs = _realnews(scorer, gold_dir, realnews_dir(datasets_dir), split)
    if split != "heldout":
        _quotes(scorer, gold_dir, datasets_dir)
    if not scorer.groups:
        raise InputError(f"no speaker gold to score in {path} (split {split})")
    raw = dict(scorer.groups)
    if split == "all":
        for lang in langs:
            parts = [raw[k] for k in (f"{lang}/dev", f"{lang}/heldout") if k in raw]
            raw[f"{lang}/all"] = sg.merge(parts)
    order = [f"{lang}/{s}" for lang in ("de", "en") for s in ("dev", "heldout", "all")] + ["quotes-train"]
    groups = {}
    for name in sorted(raw, key=lambda k: order.index(k) if k in order else len(order)):
        errors = show_heldout_errors or not (name.endswith("/heldout") or name.endswith("/all"))
        groups[name] = sg.finish(raw[name], errors=errors)
    return {"path": str(path), "mode": mode, "split": split, "documents": scorer.documents,
            "match_rule": f"content overlap >= {sg.MIN_OVERLAP:.0%} of the shorter span, else the same cue",
            "seconds": round(time.perf_counter() - t0, 2), "groups": groups}


def _pct(x: float | None) -> str:
    return "    -" if x is None else f"{100 * x:5.1f}"


def format_result(result: dict[str, Any], errors: bool = False) -> str:
    """A table, one line per group; ``errors`` also lists wrong links and abstentions where shown."""
    lines = [f"speakers benchmark ({result['mode']}, split {result['split']}): {result['documents']} documents, "
             f"{result['seconds']} s; match: {result['match_rule']}",
             "group          gold found  found%  stmt P  span%  link P  link R  spk right  wrong abst. ok-none  links"]
    for name, g in result["groups"].items():
        lines.append(f"{name:<14} {g['gold']:>4} {g['found']:>5}  {_pct(g['statements_found'])}   "
                     f"{_pct(g.get('statement_precision'))}  {_pct(g.get('span_right'))}   "
                     f"{_pct(g['linked_precision'])}   {_pct(g['linked_recall'])}   {_pct(g['speaker_right'])}    "
                     f"{g['wrong_links']:>5} {g['abstentions']:>5} {g['correct_abstentions']:>7}  {g['links']:>5}")
    lines.append("statements found per gold type (found/gold found%):")
    for name, g in result["groups"].items():
        types = "  ".join(f"{t} {r['found']}/{r['gold']} {_pct(r['statements_found']).strip()}"
                          for t, r in g.get("found_by_type", {}).items())
        lines.append(f"  {name:<14} {types}")
    lines.append("reliability (links / precision per confidence bin):")
    for name, g in result["groups"].items():
        bins = "  ".join(f"{b} {r['links']}/{_pct(r['precision']).strip()}" for b, r in g.get("reliability", {}).items())
        lines.append(f"  {name:<14} {bins}")
    if not errors:
        return "\n".join(lines)
    for name, g in result["groups"].items():
        if g.get("errors_hidden"):
            lines.append(f"[{name}] errors hidden (--show-heldout-errors)")
            continue
        for w in g["wrong_links_list"]:
            p = w["predicted_actor"]
            pred = f"{p['name']} ({p['wikidata']})" if p.get("wikidata") else f"{p['name']} [{p['id']}]"
            lines.append(f"[{name}] WRONG {w['file']}:{w['line']}  gold {w['gold_actor']}  predicted {pred}  "
                         f"mention {w['mention']!r} / predicted mention {w['predicted_mention']!r}")
        for a in g["abstentions_list"]:
            lines.append(f"[{name}] NONE  {a['file']}:{a['line']}  gold {a['gold_actor']}  "
                         f"mention {a['mention']!r} / predicted mention {a['predicted_mention']!r}")
        for x in g.get("spurious_list", []):
            lines.append(f"[{name}] SPURIOUS {x['file']}  cue {x['cue']!r}  content {x['content']!r}")
        for x in g.get("span_wrong_list", []):
            lines.append(f"[{name}] SPAN  {x['file']}:{x['line']}  gold {x['gold']!r} / predicted {x['predicted']!r}")
    return "\n".join(lines)
