"""Positions (actor x issue x stance) and the stage that builds the whole layer:
commitments, conditions, positions.

Stances come from commitments (pledge/intention/delivery/demand -> supports,
refusal -> opposes, not_ruled_out or conditioned -> conditional,
under_consideration -> undecided) and from the author's own reporting
("Frankreich und Großbritannien machen Druck, die Bundesregierung hingegen
bremst"). Issues come from ``issues.match_issue`` over the clause and the
sentences before it in the paragraph.
"""
from __future__ import annotations

import re
from typing import Any

from .commitments import _actor_candidates, _Ctx, _entity_tuples, _is_subject, _segment, find_commitments
from .conditions import find_conditions, link_conditions
from .issues import match_issue

_ACT_STANCE = {"pledge": "supports", "intention": "supports", "delivery": "supports", "demand": "supports",
               "refusal": "opposes", "not_ruled_out": "conditional", "under_consideration": "undecided"}
# Author's reporting: stance words whose subject is the actor.
_REPORT = [
    ("hesitant", r"\b(?:bremst|bremsen|zögert|zögern|zurückhaltend|skeptisch|Skepsis|Vorbehalte|sceptical|skeptical|"
                 r"hesitant|reluctant|hesitat\w+|holds? back|held back)\b"),
    ("undecided", r"\b(?:noch nicht entschieden|vermied\w* (?:\w+ )?eine Festlegung|(?:has|have) not (?:yet )?decided|"
                  r"undecided|ergebnisoffen)\b"),
    ("supports", r"\b(?:mach(?:t|en|te|ten) Druck|dräng(?:t|en|te|ten)|befürwort\w+|begrüß(?:t|en|te|ten)|"
                 r"unterstütz(?:t|en|te|ten|e)|zeig(?:t|en|te|ten) sich (?:\w+ )?offen(?:er)?|push(?:es|ed|ing)? for|"
                 r"back(?:s|ed)|support(?:s|ed)|welcom(?:es|ed))\b"),
    ("opposes", r"\b(?:oppos(?:e|es|ed)|sind dagegen|ist dagegen|blieben dagegen|warnt\w* vor)\b"),
]
_REPORT_RX = [(stance, re.compile(p)) for stance, p in _REPORT]


def _paragraphs(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    return [sum(1 for b in breaks if b < s) for s, _ in sentences]


def _context(text: str, sentences: list[tuple[int, int]], para: list[int], si: int) -> str:
    parts = [text[sentences[j][0]:sentences[j][1]] for j in range(max(0, si - 2), si) if para[j] == para[si]]
    return " ".join(parts)


def _actor_id(actor: dict | None) -> str | None:
    if not actor:
        return None
    return actor.get("wikidata") or actor.get("id")


def build_layer(analysis) -> tuple[list[dict], list[dict], list[dict]]:
    """(positions, commitments, conditions) for an analysed document."""
    text = analysis.document.text
    lang = analysis.lang or analysis.document.lang or "de"
    sents = [(s.start, s.end) for s in analysis.sentences] or [(0, len(text))]
    para = _paragraphs(text, sents)
    commitments = find_commitments(text, lang, sents, analysis)
    for i, c in enumerate(commitments):
        c["id"] = f"c{i}"
    conditions = find_conditions(text, sents, lang)
    entities = _entity_tuples(analysis)
    for i, k in enumerate(conditions):
        k["id"] = f"k{i}"
        k["qualifies"] = []
        a, b = k["text"]["start"], k["text"]["end"]
        who = next((x for x in entities if a <= x[0] < b and x[2]), None)
        k["party"] = {"mention": [{"start": who[0], "end": who[1], "text": text[who[0]:who[1]]}], "actor": who[2]} if who else None
    link_conditions(conditions, commitments, sents, para)

    positions: list[dict] = []
    seen: set[tuple] = set()

    def add(actor: dict, stance: str, si: int, clause: str, evidence: list[dict], conds: list[str], source: str) -> dict | None:
        aid = _actor_id(actor.get("actor"))
        issue = match_issue(clause, _context(text, sents, para, si), aid)
        key = (aid or (actor["mention"][0]["text"] if actor["mention"] else ""), issue["id"] if issue else None, stance)
        if key in seen:
            return None
        seen.add(key)
        rec = {"id": f"p{len(positions)}", "actor": actor, "issue": issue, "stance": stance,
               "conditions": list(conds), "evidence": evidence, "from": source}
        positions.append(rec)
        return rec

    for c in commitments:
        stance = _ACT_STANCE[c["act"]]
        if c["conditions"] and stance == "supports":
            stance = "conditional"
        si = c["_sentence"]
        clause = text[sents[si][0]:sents[si][1]]
        p = add(c["actor"], stance, si, clause, c["evidence"], c["conditions"], c["id"])
        if p:
            for k in conditions:
                if c["id"] in k["qualifies"]:
                    k["qualifies"].append(p["id"])
    ctx = _Ctx(text, lang, entities, [], [])
    for si, (s, e) in enumerate(sents):
        for stance, rx in _REPORT_RX:
            for m in rx.finditer(text, s, e):
                seg = _segment(text, s, e, m.start())
                cands = [c for c in _actor_candidates(ctx, seg[0], m.start()) if _is_subject(ctx, seg[0], c[0], c[1])]
                if not cands:
                    after = [c for c in _actor_candidates(ctx, m.end(), seg[1]) if c[0] - m.end() <= 5]
                    cands = after[:1]
                for a, b, who in cands:
                    actor = {"mention": [{"start": a, "end": b, "text": text[a:b]}], "actor": who}
                    ev = {"start": min(a, m.start()), "end": max(b, m.end()), "text": text[min(a, m.start()):max(b, m.end())]}
                    add(actor, stance, si, text[s:e], [ev], [], "report")
    for c in commitments:
        del c["_sentence"]
    for k in conditions:
        del k["sentence"]
    return positions, commitments, conditions


def positions_stage_fn(state: Any) -> None:
    """Fill ``analysis.positions/commitments/conditions`` (the ``positions`` stage)."""
    positions, commitments, conditions = build_layer(state.analysis)
    state.analysis.positions = positions
    state.analysis.commitments = commitments
    state.analysis.conditions = conditions
