"""Commitments told in a German attribute: "eine von Russland und den USA abgelehnte Nato-Mitgliedschaft",
"die von der Opposition geforderte Untersuchung". The agent after "von" refuses, demands, pledges or
announces the noun the participle qualifies; only agents the entity layer linked count (each one of a
coordination), so an unnamed agent gives no record.
"""
from __future__ import annotations

import re
from typing import Any

from .commitments import _actor_candidates, _Ctx, _make

_ARTICLE = r"(?:(?:der|den|dem|die)\s+)?"
_NAME = r"[A-ZÄÖÜ][\w-]*"
_ATTRIBUTE = re.compile(
    rf"\bvon\s+(?P<agent>{_ARTICLE}{_NAME}(?:\s+(?:und|sowie)\s+{_ARTICLE}{_NAME})*)\s+"
    r"(?:(?:lange|bereits|schon|zuvor|scharf|strikt|vehement|ausdrücklich)\s+)?"
    r"(?P<cue>(?P<stem>abgelehnt|gefordert|zugesagt|versprochen|angekündigt)e[nrms]?)\s+"
    rf"(?P<obj>(?:[a-zäöüß]+e[nrms]?\s+)*{_NAME})")
_ACTS = {"abgelehnt": "refusal", "gefordert": "demand", "zugesagt": "pledge", "versprochen": "pledge",
         "angekündigt": "intention"}


def attributive_commitments(ctx: _Ctx, sentences: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """The attribute commitments of every sentence (German only); ``_sentence`` as in ``find_commitments``;
    ``ctx`` the document's ``commitments.commitment_ctx``."""
    if ctx.lang != "de":
        return []
    text = ctx.text
    out: list[dict[str, Any]] = []
    for si, (s, e) in enumerate(sentences):
        for m in _ATTRIBUTE.finditer(text, s, e):
            for agent in _actor_candidates(ctx, *m.span("agent")):
                if agent[2] is None:
                    continue
                rec = _make(ctx, _ACTS[m.group("stem")], m.span("cue"), m.span("obj"), agent, (s, e), False,
                            (m.start(), m.end()))
                rec["_sentence"] = si
                out.append(rec)
    return out
