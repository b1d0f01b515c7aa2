"""Plain-text renderings for people (JSON is for programs)."""
from __future__ import annotations

import textwrap
from typing import Any, Iterable

from ..model import Analysis
from ..recordviews import group_by_actor


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


def _group_label(group: dict[str, Any]) -> str:
    if group["kind"] == "actor":
        return group["name"]
    if group["kind"] == "mention":
        return f"{group['name']} (unresolved)"
    if group["kind"] == "pronoun":
        return f"(unresolved pronoun: {', '.join(group['mentions'])})"
    return "(unknown speaker)"


def render_statements_by_actor(statements: Iterable[dict[str, Any]]) -> str:
    """Statements grouped by actor id (``recordviews.group_by_actor``): one group per person
    whatever role it held; each statement shows the role the speaker held then."""
    out = []
    for group in group_by_actor(statements):
        items = group["records"]
        out.append(f"{_group_label(group)} — {len(items)} statement{'s' if len(items) != 1 else ''}")
        for st in sorted(items, key=lambda s: s.get("published") or ""):
            role = ((st.get("speaker") or {}).get("actor") or {}).get("role")
            out.append(textwrap.indent((f"as {role}: " if role else "") + statement_line(st), "  "))
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
                 f"{len(d['time_expressions'])} time expressions, {len(d['statements'])} statements, "
                 f"{len(d.get('positions') or [])} positions, {len(d.get('commitments') or [])} commitments, "
                 f"{len(d.get('conditions') or [])} conditions")
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
    lines += _layer_lines(d)
    return "\n".join(lines)


def _who(record: dict[str, Any] | None) -> str:
    record = record or {}
    actor = record.get("actor") or {}
    return actor.get("name") or " ".join(m.get("text", "") for m in record.get("mention") or []) or "?"


def _layer_lines(d: dict[str, Any]) -> list[str]:
    """The positions, commitments and conditions of one analysis, a line each."""
    lines: list[str] = []
    conds = {k.get("id"): k for k in d.get("conditions") or []}
    if d.get("positions"):
        lines.append("\npositions:")
        for p in d["positions"]:
            issue = (p.get("issue") or {}).get("id") if isinstance(p.get("issue"), dict) else p.get("issue")
            kinds = [conds[c].get("type") for c in p.get("conditions") or [] if c in conds]
            cond = f" [if: {', '.join(kinds)}]" if kinds else ""
            conf = f" ({p['confidence']:.2f})" if isinstance(p.get("confidence"), (int, float)) else ""
            ev = _clip(" … ".join(e.get("text", "") for e in p.get("evidence") or []), 90)
            lines.append(f"  {_who(p.get('actor'))} {p.get('stance')} on {issue or '-'}{conf}{cond}: {ev}")
    if d.get("commitments"):
        lines.append("\ncommitments:")
        for c in d["commitments"]:
            obj = (c.get("object") or {}).get("text") or ""
            to = f" -> {_who(c['recipient'])}" if c.get("recipient") else ""
            qty = f" ({(c.get('quantity') or {}).get('text')})" if (c.get("quantity") or {}).get("text") else ""
            lines.append(f"  {c.get('act')}: {_who(c.get('actor'))}{to}: {_clip(obj, 80)}{qty}")
    if d.get("conditions"):
        lines.append("\nconditions:")
        for k in d["conditions"]:
            lines.append(f"  {k.get('type')}: {_clip((k.get('text') or {}).get('text', ''), 90)}")
    return lines
