"""Who holds a stance the author reports, and who else shares a commitment: the actor-finding
rules of the positions stage (``positions.py`` builds the records).

- ``report_matches``/``report_actors``: the stance words of the author's reporting and their
  holders (the agent of a passive, the accused, an inverted subject, the clause's subjects,
  a subject before appositions);
- ``co_actors``: linked actors coordinated before a commitment's actor;
- ``title_holder``: a country or institution that only qualifies a person's title is not the actor.
"""
from __future__ import annotations

import re

from . import position_rules as R
from .commitments import _actor_candidates, _Ctx, _is_subject, _segment

_COMPARE = re.compile(r"(?i)\b(?:anders als|als|wie|unlike|than)\s+(?:die|der|den|das|the)?\s*$")


def span(text: str, a: int, b: int) -> dict:
    return {"start": a, "end": b, "text": text[a:b]}


def report_matches(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for stance, rx in R.REPORT:
        for m in rx.finditer(text, s, e):
            if not any(a <= m.start() < b for _, a, b in out):
                out.append((stance, m.start(), m.end()))
    for m in R.HALT_FUER.finditer(text, s, e):
        stance = R.halt_stance(m)
        if stance:
            out.append((stance, m.start(), m.end()))
    return out


def report_actors(ctx: _Ctx, text: str, s: int, e: int, a: int, b: int) -> list[tuple]:
    """Who holds a reported stance: the agent of a passive, the accused, an inverted subject, or the
    clause's subjects."""
    seg = _segment(text, s, e, a)
    if R.PASSIVE_AGENT.match(text, b):  # "supported by major players like Germany and Spain"
        agents = [c for c in _actor_candidates(ctx, b, seg[1]) if c[2]]
        if agents:
            return _coordinated(text, agents)
    acc = None
    for acc in R.ACCUSE.finditer(text, s, a):
        pass
    if acc is not None:
        after = [c for c in _actor_candidates(ctx, acc.end(), a) if c[2]]
        if after:
            return after[:1]
    cands = [c for c in _actor_candidates(ctx, seg[0], a) if _is_subject(ctx, seg[0], c[0], c[1])
             and not _COMPARE.search(text[max(s, c[0] - 15):c[0]])]
    # "Deutschland werde die Ukraine … unterstützen": after the finite verb come objects, not subjects
    cands = [c for i, c in enumerate(cands) if i == 0 or not R.FINITE.search(text, cands[0][1], c[0])]
    for m in R.GROUP.finditer(text, seg[0], a):
        if not any(c[0] <= m.start() < c[1] for c in cands):
            cands.append((m.start(), m.end(), None))
    if not cands and seg[0] > s:
        # the subject before appositions set off by commas: "France, and four other countries,
        # including Poland, voted against" (no finite verb between the subject and the stance verb)
        early = [c for c in _actor_candidates(ctx, s, seg[0]) if c[2] and _is_subject(ctx, s, c[0], c[1])
                 and not R.DATELINE.match(text, c[1])]
        if early and not R.FINITE.search(text, early[0][1], a) and not re.search(r"[;:]", text[early[0][1]:a]):
            cands = early
    if not cands:
        pm = None
        for pm in re.finditer(r"\b(?:wir|ich|er|sie|we|I|he|she|they)\b", text[seg[0]:a]):
            pass
        if pm:  # "Wir unterstützen ...": resolved to the statement's speaker
            cands = [(seg[0] + pm.start(), seg[0] + pm.end(), None)]
    if cands:
        return sorted(cands)
    # inverted subject: "machen Frankreich und Großbritannien Druck", "hält Spanien für überflüssig"
    inside = [c for c in _actor_candidates(ctx, a, b) if c[0] > a]
    if inside:
        return inside if re.match(r"\S+\s+(?:sich\s+)?$", text[a:inside[0][0]]) else []
    after = [c for c in _actor_candidates(ctx, b, seg[1])
             if re.match(r"\s*(?:(?:sich|die|der|das|den)\s+)?(?:[A-ZÄÖÜ][\w-]+\s+)?$", text[b:c[0]])]
    return after[:1]


_TITLE_GAP = re.compile(r"(?:s|n)?\s+(?:[\w-]+\s+){0,3}$")


def title_holder(entities: list[tuple], text: str, actor: dict) -> dict:
    """A country or institution that only qualifies a person's title is not the actor: "Der
    französische Präsident Emmanuel Macron", "Frankreichs Präsident Emmanuel Macron" are Macron."""
    mention = (actor.get("mention") or [None])[0]
    who = actor.get("actor") or {}
    if not mention or who.get("type") == "person":
        return actor
    for a, b, linked in entities:
        if a >= mention["end"] and a - mention["end"] <= 40:
            if (linked or {}).get("type") == "person" and _TITLE_GAP.fullmatch(text[mention["end"]:a]) \
                    and not re.search(r"[,;:.]|\b(?:und|and|sowie|or|oder)\b", text[mention["end"]:a]):
                return {"mention": [span(text, mention["start"], b)], "actor": linked}
            if a > mention["end"]:
                break
    return actor


def co_actors(ctx: _Ctx, text: str, sent: tuple[int, int], actor: dict) -> list[dict]:
    """Linked actors coordinated before a commitment's actor: "Ireland, Hungary, and Austria refused"
    gives Ireland and Hungary too."""
    mention = (actor.get("mention") or [None])[0]
    if not mention or not actor.get("actor"):
        return []
    cands = [c for c in _actor_candidates(ctx, sent[0], mention["start"]) if c[2] and c[1] <= mention["start"]]
    joined: list[tuple] = []
    end = mention["start"]
    for c in reversed(cands):
        if not re.fullmatch(r"\s*,\s*(?:and\s+|und\s+)?|\s+(?:and|und|sowie|as well as)\s+", text[c[1]:end]):
            break
        joined.append(c)
        end = c[0]
    # and after it: 'Russland und die Ukraine hatten sich … bereit erklärt', the statement's first speaker
    end = mention["end"]
    for c in _actor_candidates(ctx, mention["end"], sent[1]):
        if not c[2] or not re.fullmatch(r"\s+(?:and|und|sowie|als auch|as well as)\s+(?:die\s+|der\s+|das\s+|the\s+)?|"
                                        r"\s*,\s*(?:die\s+|der\s+|das\s+|the\s+)?", text[end:c[0]]):
            break
        joined.append(c)
        end = c[1]
    ids = {(actor.get("actor") or {}).get("id")}
    return [{"mention": [span(text, c[0], c[1])], "actor": c[2]} for c in joined if c[2].get("id") not in ids]


def _coordinated(text: str, cands: list[tuple]) -> list[tuple]:
    """The first candidate and those joined to it by commas, "and", "und", "sowie"; an institution
    right before a person is the person's title ("the President of the European Commission Ursula
    von der Leyen" is von der Leyen)."""
    cands = [c for i, c in enumerate(cands)
             if not (i + 1 < len(cands) and (c[2] or {}).get("type") != "person"
                     and (cands[i + 1][2] or {}).get("type") == "person" and not text[c[1]:cands[i + 1][0]].strip())]
    out = cands[:1]
    for c in cands[1:]:
        if not re.fullmatch(r"(?:\s*,\s*|\s+(?:and|und|sowie|as well as|or|oder)\s+|\s*,\s*(?:and|und)\s+)",
                            text[out[-1][1]:c[0]]):
            break
        out.append(c)
    return out
