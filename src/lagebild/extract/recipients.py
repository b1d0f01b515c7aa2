"""Who a commitment is for when its clause does not say: the beneficiary the article names.

"Die Bundesregierung will zudem Hunderte Militärfahrzeuge liefern" names no recipient; the
article it stands in is about "eine gemeinsame Strategie für die Ukraine". The Kiel tracker
records such a pledge for Ukraine, and so does a reader. A beneficiary is a linked country
named after a preposition of benefit ("für die Ukraine", "an Kyjiw", "aid to Ukraine"), as the
owner after a noun of benefit ("für die Finanzierung des ukrainischen Militärs", "zur Unterstützung
der Ukraine"), after investment in it ("investment in the United States") or as the object of
support ("die Ukraine unterstützen"); a commitment of giving (pledge, intention, delivery, not
ruled out, under consideration) without a recipient gets the nearest beneficiary
named before it in its paragraph or in the article's lead, when that is not the giver itself
and what is given is aid (weapons, ammunition, equipment, money, humanitarian goods, troops,
training: the ``item_category``).
The recipient is marked ``inferred`` and points to the mention that named the beneficiary.
"""
from __future__ import annotations

import re
from typing import Any

_GIVING = {"pledge", "intention", "delivery", "not_ruled_out", "under_consideration"}
_BENEFIT_BEFORE = re.compile(r"(?i)\b(?:für|an|to|for|towards?)\s+(?:die\s+|das\s+|den\s+|the\s+)?$"
                             # 'für die Finanzierung des ukrainischen Militärs', 'zur Unterstützung der
                             # Ukraine', 'for the reconstruction of Ukraine': a noun of benefit, then its owner
                             r"|\b(?:für|zur|zum|to|for)\s+(?:die\s+|das\s+|den\s+|the\s+)?[\w-]+\s+"
                             r"(?:des|der|of(?:\s+the)?)\s+$"
                             # 'investment in the United States', 'Investitionen in den USA'
                             r"|\b(?:investments?|investing|invest|Investitionen|investieren)\s+in\s+"
                             r"(?:the\s+|den\s+|die\s+|das\s+)?$")
_SUPPORT_AFTER = re.compile(r"(?i)^\s+(?:(?:\w+\s+){0,6}?)(?:unterstütz\w*|helfen|beistehen)\b")
_KINDS = {"country"}
# what one country gives another; a domestic act ("den Nachtragshaushalt beschließen") has no beneficiary
_AID = {"weapons_system", "ammunition", "equipment", "financial", "humanitarian", "troops", "training"}


def _beneficiaries(text: str, entities: list[tuple[int, int, dict | None]]) -> list[tuple[int, int, dict]]:
    out = []
    for a, b, actor in entities:
        if not actor or actor.get("type") not in _KINDS:
            continue
        if _BENEFIT_BEFORE.search(text[max(0, a - 60):a]) or _SUPPORT_AFTER.match(text[b:b + 80]):
            out.append((a, b, actor))
    return out


def _key(actor: dict | None) -> str | None:
    return (actor or {}).get("wikidata") or (actor or {}).get("id")


def infer_recipients(commitments: list[dict[str, Any]], text: str, sentences: list[tuple[int, int]],
                     paragraphs: list[int], entities: list[tuple[int, int, dict | None]], lead_end: int) -> None:
    """Fill ``recipient`` (``inferred: true``) of giving commitments that have none (in place)."""
    found = _beneficiaries(text, entities)
    if not found:
        return
    for c in commitments:
        if c.get("recipient") or c.get("act") not in _GIVING or c.get("item_category") not in _AID:
            continue
        si = c.get("_sentence")
        if si is None:
            continue
        para = paragraphs[si]
        para_start = next(s for (s, _e), p in zip(sentences, paragraphs) if p == para)
        giver = _key((c.get("actor") or {}).get("actor"))
        end = sentences[si][1]
        near = [f for f in found if f[0] < end and (f[0] >= para_start or f[0] < lead_end) and _key(f[2]) != giver]
        if not near:
            continue
        a, b, actor = max(near, key=lambda f: f[0])  # the nearest before the end of the commitment's sentence
        c["recipient"] = {"mention": [{"start": a, "end": b, "text": text[a:b]}], "actor": actor, "inferred": True}
