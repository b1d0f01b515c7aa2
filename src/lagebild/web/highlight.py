"""Document text as escaped HTML with record spans marked.

Spans may overlap (a speaker inside a reported quote, a condition inside a
quote), so the text is cut at every span boundary and each piece is wrapped
in one element carrying the classes of all spans covering it. Text is escaped
piece by piece: nothing from a document is ever emitted as markup.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # quote, speaker, cue, condition, evidence
    record: str  # anchor id of the record card this span belongs to
    anchor: str | None = None  # id given to the first piece of this span (link target)


# Pieces covered by a quote are <mark>; everything else is a <span>. When one
# piece belongs to several records, the link goes to the most specific one.
_PRIORITY = {"cue": 0, "speaker": 1, "condition": 2, "quote": 3, "evidence": 4}


def anchor_id(prefix: str, record_id: str) -> str:
    """An HTML id from a record id (statement ids hold ':')."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in str(record_id))
    return f"{prefix}-{safe}"


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    n = len(text)
    spans = [m for m in marks if 0 <= m.start < m.end <= n]
    bounds = sorted({0, n, *(m.start for m in spans), *(m.end for m in spans)})
    out: list[str] = []
    opened: set[str] = set()
    for a, b in zip(bounds, bounds[1:]):
        piece = escape(text[a:b])
        active = [m for m in spans if m.start <= a and b <= m.end]
        if not active:
            out.append(piece)
            continue
        for m in active:  # zero-width targets so every span's anchor exists exactly once
            if m.anchor and m.anchor not in opened:
                opened.add(m.anchor)
                out.append(f'<span class="anchor" id="{escape(m.anchor)}"></span>')
        kinds = sorted({m.kind for m in active}, key=lambda k: _PRIORITY.get(k, 9))
        target = min(active, key=lambda m: (_PRIORITY.get(m.kind, 9), m.end - m.start))
        records = " ".join(sorted({m.record for m in active}))
        tag = "mark" if "quote" in kinds else "span"
        classes = " ".join(f"k-{k}" for k in kinds)
        out.append(f'<{tag} class="hl {classes}" data-records="{escape(records)}">'
                   f'<a href="#{escape(target.record)}">{piece}</a></{tag}>')
    return Markup("".join(out))


def statement_marks(statement: dict[str, Any]) -> list[Mark]:
    record = anchor_id("st", statement["id"])
    marks: list[Mark] = []
    for i, span in enumerate(statement.get("quote") or []):
        marks.append(Mark(span["start"], span["end"], "quote", record,
                          anchor_id("q", statement["id"]) if i == 0 else None))
    for span in (statement.get("speaker") or {}).get("mention") or []:
        marks.append(Mark(span["start"], span["end"], "speaker", record))
    for span in statement.get("cue") or []:
        marks.append(Mark(span["start"], span["end"], "cue", record))
    return marks


def record_spans(record: Any) -> list[dict[str, Any]]:
    """Span-shaped dicts ({start, end, text}) anywhere inside a JSON record."""
    out: list[dict[str, Any]] = []
    if isinstance(record, dict):
        if isinstance(record.get("start"), int) and isinstance(record.get("end"), int):
            return [record]
        for value in record.values():
            out += record_spans(value)
    elif isinstance(record, list):
        for item in record:
            out += record_spans(item)
    return out


def analysis_marks(analysis: dict[str, Any] | None) -> list[Mark]:
    """Every highlighted span of an analysis: statements, conditions, position evidence."""
    if not analysis:
        return []
    marks: list[Mark] = []
    for st in analysis.get("statements") or []:
        marks += statement_marks(st)
    for i, cond in enumerate(analysis.get("conditions") or []):
        rid = (cond.get("id") if isinstance(cond, dict) else None) or f"c{i}"
        for span in record_spans(cond)[:1]:  # the condition's own span, not nested evidence
            marks.append(Mark(span["start"], span["end"], "condition", anchor_id("cond", rid),
                              anchor_id("cq", rid)))
    for i, pos in enumerate(analysis.get("positions") or []):
        rid = (pos.get("id") if isinstance(pos, dict) else None) or f"p{i}"
        for span in record_spans(pos.get("evidence") if isinstance(pos, dict) else None):
            marks.append(Mark(span["start"], span["end"], "evidence", anchor_id("pos", rid)))
    return marks
