"""Plain-text renderings for people (JSON is for programs)."""
from __future__ import annotations

import textwrap
from collections import defaultdict
from typing import Any, Iterable

from ..model import Analysis


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def speaker_label(st: dict[str, Any]) -> str:
    actor = (st.get("speaker") or {}).get("actor")
    if actor:
        return actor["name"] + (f" ({actor['role']})" if actor.get("role") else "")
    mentions = (st.get("speaker") or {}).get("mention") or []
    if mentions:
        return " ".join(m["text"] for m in mentions) + " (unresolved)"
    return "(unknown speaker)"


def statement_line(st: dict[str, Any], width: int = 100) -> str:
    quote = " … ".join(s["text"] for s in st.get("quote", []))
    cue = " … ".join(s["text"] for s in st.get("cue", []))
    bits = [st.get("published") or "date unknown", st["type"], st["medium"]]
    if st.get("channel"):
        bits.append(f"via {st['channel']}")
    head = ", ".join(bits)
    return f"{head}: [{cue}] {_clip(quote, width)}" if cue else f"{head}: {_clip(quote, width)}"


def render_statements_by_actor(statements: Iterable[dict[str, Any]]) -> str:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for st in statements:
        groups[speaker_label(st)].append(st)
    out = []
    for label, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        out.append(f"{label} — {len(items)} statement{'s' if len(items) != 1 else ''}")
        for st in sorted(items, key=lambda s: s.get("published") or ""):
            out.append(textwrap.indent(statement_line(st), "  "))
        out.append("")
    return "\n".join(out).rstrip() + "\n" if out else "no statements\n"


def render_analysis(analysis: Analysis) -> str:
    d = analysis.to_dict()
    doc = d["document"]
    lines = [f"document {doc['id']}  published {doc['published'] or 'unknown'}  lang {d['lang']}",
             f"pipeline {d['pipeline_version']}"]
    if not d["analysed"]:
        lines.append(f"not analysed: {d['skipped_reason']}")
        return "\n".join(lines)
    lines.append(f"{len(d['sentences'])} sentences, {len(d['entities'])} entities, "
                 f"{len(d['time_expressions'])} time expressions, {len(d['statements'])} statements")
    if d["entities"]:
        lines.append("\nentities:")
        for e in d["entities"]:
            actor = e.get("actor")
            link = f" -> {actor['name']} {actor.get('wikidata') or ''}".rstrip() if actor else ""
            lines.append(f"  {e['start']:>6}-{e['end']:<6} {e['label']:<4} {e['text']}{link}")
    if d["time_expressions"]:
        lines.append("\ntime expressions:")
        for t in d["time_expressions"]:
            lines.append(f"  {t['start']:>6}-{t['end']:<6} {t['text']!r} = {t['value']}")
    if d["statements"]:
        lines.append("\nstatements:")
        lines.append(textwrap.indent(render_statements_by_actor(d["statements"]), "  "))
    return "\n".join(lines)
