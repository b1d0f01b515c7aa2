"""Commitments: who pledges, intends, delivers, demands, refuses, does not rule out or
considers what, rule-based over sentences (German first, English too).

Each cue (``CUES`` in ``lang/<code>/commitments.py``) names an act and how its object is laid out:
``modal`` ("will/wird/soll ... liefern"), ``sep`` (separable or bracketing verbs:
"sagte ... zu", "lehnt ... ab", "schließt ... nicht aus"), ``simple`` (object after
the cue). Negation turns pledges/intentions into refusals; hedges set ``hedged``.
Records are plain dicts, documented in docs/commitments.md.

Tracker fields (as the Kiel Institute's Ukraine Support Tracker records them: item category,
value in EUR, phase, due date) come from ``commitment_fields.py``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import wordrx
from ..nlp.language import lang_data, merged
from .commitment_fields import _tracker_fields
from .quantities import find_quantities

_L = "commitments"  # the language data: lang/<code>/commitments.py


@functools.lru_cache(maxsize=8)
def _cues(lang: str) -> list:
    """The cues of ``lang``, compiled (scanned per sentence: wordrx)."""
    data = lang_data(lang, _L)
    flags = re.IGNORECASE if data.IGNORE_CASE else 0
    return [(act, kind, wordrx.compile(p, flags)) for act, kind, p in data.CUES]


# The word lists of every language, matched in text of any language.
# Verbs after a modal that do not make a commitment (talking, deciding, waiting, being).
_NON_COMMIT = merged(_L, "NON_COMMIT")
_DELIVER_VERBS = re.compile(rf"({merged(_L, 'DELIVER_STEMS')})", re.IGNORECASE)
_NEG = re.compile(rf"\b(?:{merged(_L, 'NEGATORS')})\b", re.IGNORECASE)
_HEDGE = re.compile(rf"\b(?:{merged(_L, 'HEDGES')})\b", re.IGNORECASE)
_HOPE = re.compile(rf"\b(?:{merged(_L, 'HOPES')})\b", re.IGNORECASE)
_REAFFIRM = re.compile(rf"\b(?:{merged(_L, 'REAFFIRM')})\b", re.IGNORECASE)
_PAST = re.compile(rf"\b(?:{merged(_L, 'PAST')})\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r",\s|;\s|:\s|\s[–—]\s|[.!?](?=[\"“”«»)]?\s*$)|[!?]|,(?=[\"“”«»])|[\"“”«»](?=,)")
_FILLER = re.compile(rf"(?:(?:{merged(_L, 'FILLERS')})\b[\s,]*)+", re.IGNORECASE)
_PRONOUN = re.compile(rf"^(?:{merged(_L, 'PRONOUNS')})$", re.IGNORECASE)
_PREP_BEFORE = re.compile(
    rf"(?:\b(?:{merged(_L, 'PREPOSITIONS')})\s+(?:(?:{merged(_L, 'ARTICLES')})\s+)?(?:[\w-]+\s+)?)$", re.IGNORECASE)
_FOLLOW_EXCL = re.compile(rf"^\s*(?:{merged(_L, 'FOLLOW_EXCL')})\b", re.IGNORECASE)
_GENERIC_ACTORS = re.compile(rf"\b(?:{merged(_L, 'GENERIC_ACTORS')})\b")
_RECIPIENT = re.compile(rf"(?:\b(?:{merged(_L, 'RECIPIENT_PREPS')})\s+(?:{merged(_L, 'RECIPIENT_ARTICLES')})?\s*"
                        rf"|\b(?:{merged(_L, 'RECIPIENT_WORDS')})\s+)$", re.IGNORECASE)


@dataclass
class _Ctx:
    text: str
    lang: str
    entities: list  # (start, end, actor dict | None)
    statements: list  # (start, end, statement)
    times: list
    published: date | None = None


def _entity_tuples(analysis) -> list[tuple[int, int, dict | None]]:
    return [(e.span.start, e.span.end, e.actor.to_dict() if e.actor else None) for e in analysis.entities]


def _segment(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The comma/semicolon-bounded clause of the sentence [s, e) around ``pos``."""
    a = s
    for m in _CLAUSE_END.finditer(text, s, pos):
        a = m.end()
    m = _CLAUSE_END.search(text, pos, e)
    b = m.start() if m else e
    return a, max(b, pos)


_LEAD_PRONOUN = re.compile(r"(er|sie|wir|ich|man|es)\s+")


def _no_actor_here(ctx: _Ctx, start: int, end: int) -> bool:
    """A dateline's place ('Paris - Die westlichen Unterstützer …') and a label in parentheses
    after a name ('Johannes Winkel (CDU) kritisierte') are never who acts."""
    text = ctx.text
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return True
    speech = lang_data(ctx.lang, "speech")
    line = text.rfind("\n", 0, start) + 1
    m = speech.DATELINE.match(text, line) if speech is not None and getattr(speech, "DATELINE", None) else None
    return m is not None and start < m.end()


def _actor_candidates(ctx: _Ctx, a: int, b: int) -> list[tuple[int, int, dict | None]]:
    out = [x for x in ctx.entities if a <= x[0] and x[1] <= b and not _no_actor_here(ctx, x[0], x[1])]
    for m in _GENERIC_ACTORS.finditer(ctx.text, a, b):
        if not any(x[0] <= m.start() < x[1] for x in out):
            out.append((m.start(), m.end(), None))
    for q in find_quantities(ctx.text, ctx.lang, a, b):
        if q["unit"] == "states":
            out = [x for x in out if not (q["start"] <= x[0] < q["end"])]
            out.append((q["start"], q["end"], None))
    return sorted(out)


# "Eine Beteiligung der Bundeswehr …": a genitive attribute of a noun is no subject
_GENITIVE_BEFORE = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]+\s+(?:der|des)\s+$")


def _is_subject(ctx: _Ctx, seg_start: int, start: int, end: int) -> bool:
    before = ctx.text[max(seg_start, start - 40):start]
    if ctx.lang == "de" and _GENITIVE_BEFORE.search(before):
        return False
    return not _PREP_BEFORE.search(before) and not _FOLLOW_EXCL.match(ctx.text[end:end + 12])


# "für das von Russland angegriffene Land": the agent of an attribute, not of the clause's verb
_ATTRIBUTIVE_AGENT = re.compile(r"\s+[a-zäöüß]+(?:te|ten|tem|ter|tes|ene|enen|ener|enes)\s+[A-ZÄÖÜ]")


def _find_actor(ctx: _Ctx, seg: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int, dict | None] | None:
    cands = _actor_candidates(ctx, *seg)
    before = [c for c in cands if c[1] <= cue[0] and _is_subject(ctx, seg[0], c[0], c[1])]
    if before:
        # English: the subject right before the cue ('Trump claimed the EU committed to …': the EU);
        # else the first ('Die Bundesregierung und Frankreich wollen …'; in German verb-final
        # clauses the noun before the verb is its object: 'hatte Spanien 10 Panzer geliefert')
        last = before[-1]
        gap = ctx.text[last[1]:cue[0]]
        if ctx.lang == "en" and len(before) > 1 and "," not in gap and len(gap.split()) <= 1 and \
                not re.search(r"\b(?:und|and|sowie|or|oder)\s*(?:die|der|das|the)?\s*$",
                              ctx.text[before[-2][1]:last[0]]):
            return last
        k = 0  # 'Der Kanzler Friedrich Merz will': the name the title leads to
        while k + 1 < len(before) and not ctx.text[before[k][1]:before[k + 1][0]].strip():
            k += 1
        return before[k] if k and before[k][2] and before[k][2].get("type") == "person" else before[0]
    inside = [c for c in cands if cue[0] < c[0] and c[1] <= cue[1] and _is_subject(ctx, cue[0], c[0], c[1])]
    if inside:
        return inside[0]
    # V2 inversion: "schließt die Bundesregierung nicht aus", "will Berlin ... ausgeben"
    after = ctx.text[cue[1]:cue[1] + 40]
    m = re.match(r"\s*(?:(?:sich|dabei|zudem|auch|zwar|die|der|das|den)\s+){0,3}", after)
    for c in cands:
        if c[0] == cue[1] + (m.end() if m else 0) or (c[0] >= cue[1] and c[0] - cue[1] <= (m.end() if m else 0) + 1):
            return c
    pm = re.match(r"\s*(man|er|sie|wir|ich|he|she|they|we|I)\b", after)
    if pm:
        return (cue[1] + pm.start(1), cue[1] + pm.end(1), None)
    # Pronoun subject before the cue: "er schließe", "He did not rule out"
    pm = None
    for pm in re.finditer(r"\b(man|er|sie|wir|ich|he|she|they|we|I)\b", ctx.text[seg[0]:cue[0]], re.IGNORECASE):
        break
    if pm:
        return (seg[0] + pm.start(1), seg[0] + pm.end(1), None)
    # Passive: "will be sent by Estonia", "were pledged by Lithuania"
    for c in cands:
        # not "unter der Leitung von Frankreich": a leader named in a prepositional phrase is no agent
        if c[0] > cue[1] and re.search(r"\b(?:by|von)\s+(?:the\s+)?$", ctx.text[max(0, c[0] - 8):c[0]]) \
                and not _ATTRIBUTIVE_AGENT.match(ctx.text, c[1]) \
                and not re.search(r"(?i)\b(?:Leitung|Führung|Vorsitz|Initiative|Seiten|leadership|initiative) (?:von|of|by)\s+(?:the\s+)?$",
                                  ctx.text[max(0, c[0] - 30):c[0]]):
            return c
    # "kam für die Schweiz nicht in Frage"
    for c in cands:
        if cue[0] < c[0] < cue[1] and re.search(r"\bfür\s+(?:die|den|das)?\s*$", ctx.text[max(0, c[0] - 10):c[0]]):
            return c
    return None


def _statement_at(ctx: _Ctx, pos: int):
    for a, b, st in ctx.statements:
        if a <= pos < b:
            return st
    return None


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " ,\"“„”«»'":
        a += 1
    while b > a and text[b - 1] in " ,.\"“„”«»'":
        b -= 1
    m = _FILLER.match(text, a, b)
    if m and m.end() > a:
        a = m.end()
    return a, b


def _content(text: str, a: int, b: int, actor: tuple | None) -> tuple[int, int]:
    """Object region minus a leading/trailing actor mention and filler words."""
    if actor and a <= actor[0] < b:
        if actor[0] - a <= 12:
            a = actor[1]
        elif b - actor[1] <= 12:
            b = actor[0]
    return _trim(text, a, b)


def _has_content(text: str, a: int, b: int) -> bool:
    return bool(re.search(r"[A-ZÄÖÜ]\w{2,}|\b[a-z]\w{3,}", text[a:b])) if b > a else False


def _make(ctx: _Ctx, act: str, cue: tuple[int, int], obj: tuple[int, int], actor, sent: tuple[int, int],
          negated: bool, region: tuple[int, int], listed: bool = False) -> dict[str, Any]:
    """One commitment record; ``listed``: one item of a list ('buying X, increasing Y'), whose
    amount is looked for in its own words only."""
    text = ctx.text
    obj = _trim(text, *obj)
    if ctx.lang == "de":
        obj = _german_object(text, obj, sent)
    span = lambda a, b: {"start": a, "end": b, "text": text[a:b]}  # noqa: E731
    qs = find_quantities(text, ctx.lang, *region)
    quantity = qs[0] if qs else None
    if quantity is None and actor and actor[2] is None:
        aq = find_quantities(text, ctx.lang, actor[0], actor[1])
        quantity = aq[0] if aq else None
    recipient, obj = _dative_recipient(ctx, act, obj)
    for a, b, who in ([] if recipient else ctx.entities):
        if region[0] <= a < region[1] and not (actor and a == actor[0]) and _RECIPIENT.search(text[max(0, a - 12):a]):
            recipient = {"mention": [span(a, b)], "actor": who}
            break
    time = next((t for t in ctx.times if t.span.start < region[1] and t.span.end > region[0]
                 and sent[0] <= t.span.start < sent[1]), None)
    st = _statement_at(ctx, cue[0])
    actor_rec: dict[str, Any] = {"mention": [span(actor[0], actor[1])] if actor else [], "actor": actor[2] if actor else None}
    inside_speaker = st is not None and actor is not None and bool(st.speaker_mention) and \
        st.speaker_mention[0].start <= actor[0] and actor[1] <= st.speaker_mention[-1].end
    if st is not None and (actor is None or (actor[2] is None and _PRONOUN.match(text[actor[0]:actor[1]]))
                           or inside_speaker):
        # the statement's speaker resolution knows titles and nationalities: in "Der französische
        # Präsident Emmanuel Macron" the actor is Macron, not France
        actor_rec = {"mention": [s.to_dict() for s in st.speaker_mention] or actor_rec["mention"],
                     "actor": st.speaker_actor.to_dict() if st.speaker_actor else None}
    ev_a, ev_b = min(cue[0], obj[0], actor[0] if actor else cue[0]), max(cue[1], obj[1])
    window = text[sent[0]:sent[1]]
    if act == "delivery":
        status = "in_progress" if re.search(r"\b(?:weiterhin|stellt|stellen|liefert|liefern)\b", text[cue[0]:cue[1]]) else "fulfilled"
    elif act in ("pledge", "intention"):
        status = "reaffirmed" if _REAFFIRM.search(window) else "announced"
    elif act in ("demand", "not_ruled_out", "under_consideration"):
        status = "open"
    else:
        status = "reaffirmed" if _REAFFIRM.search(window) else "announced"
    return {
        "id": "", "act": act, "actor": actor_rec,
        "object": {"text": re.sub(r"\s+", " ", text[obj[0]:obj[1]]), **span(*obj)} if obj[1] > obj[0] else None,
        "quantity": quantity, "recipient": recipient,
        "time": {**t_dict(time)} if time else None,
        "status": status, "conditions": [],
        "source_statement": st.id if st is not None else None,
        "second_hand": bool(st is not None and actor is not None and actor[2] is not None and st.speaker_actor is not None
                            and actor[2].get("id") != st.speaker_actor.id),
        "negated": negated, "hedged": bool(_HEDGE.search(window)),
        "cue": [span(*cue)], "evidence": [span(ev_a, ev_b)],
        **_tracker_fields(ctx, act, status, obj, region, region if listed else (ev_a, ev_b), sent, time),
        "_sentence": -1,
    }


def t_dict(t) -> dict[str, Any]:
    return {**t.span.to_dict(), "value": t.value}


def _split_infinitives(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """'Hunderte Fahrzeuge liefern und die Zusammenarbeit ausbauen' -> two objects."""
    out, cur = [], a
    for m in re.finditer(r"(?<=[a-zäöüß]{2}(?:en|rn|ln)) und (?=\S)", text[a:b]):
        out.append((cur, a + m.start()))
        cur = a + m.end()
    out.append((cur, b))
    return out


def _last_word(text: str, a: int, b: int) -> str:
    m = re.search(r"([\w-]+)\W*$", text[a:b])
    return m.group(1) if m else ""


_SEP_PARTICLE_END = re.compile(r"\s+(?:an|ab|auf|aus|ein|zu|vor|fest|zurück)$")
_FRAME_AFTER = re.compile(r",\s+\w+(?:te|ten)\s+(?:der|die|das|er|sie|es|ein|eine)\b")
_ANNOUNCED = re.compile(r"\s*,\s*(?:dass\b[^.;:!?]*|[^.;:!?]*?\bzu\s+[a-zäöüß]+)")


def _german_object(text: str, obj: tuple[int, int], sent: tuple[int, int]) -> tuple[int, int]:
    """A subject pronoun is no part of the item ('er demonstrieren'), nor a separable verb's particle
    ('droht … einen Zoll an'); an item with no noun, or only the inverted subject ('fordere die
    Partei, …'), goes on into the clause it announces ('alles daran setzen, die Regierungszeit …
    gering zu halten', 'der Welt beweisen, dass …'), up to a speech frame after it."""
    lead = _LEAD_PRONOUN.match(text, obj[0], obj[1])
    if lead and obj[1] > lead.end():
        obj = (lead.end(), obj[1])
    tail = _SEP_PARTICLE_END.search(text, obj[0], obj[1])
    if tail and tail.start() > obj[0]:
        obj = (obj[0], tail.start())
    phrase = text[obj[0]:obj[1]]
    subject_only = len(phrase.split()) == 1 and re.search(r"\b(?:die|der|das)\s+$", text[max(0, obj[0] - 5):obj[0]])
    if subject_only or not re.search(r"\b[A-ZÄÖÜ]", phrase) or re.search(
            r"\b(?:beweisen|demonstrieren|zeigen|sicherstellen|sichergestellt werden)$", phrase):
        m = _ANNOUNCED.match(text, obj[1], sent[1])
        if m:
            end = m.end()
            frame = _FRAME_AFTER.search(text, obj[1], end)
            end = frame.start() if frame else end
            if subject_only:
                start = obj[1] + len(text[obj[1]:end]) - len(text[obj[1]:end].lstrip(" ,"))
                return start, end
            obj = (obj[0], end)
    return obj


_GIVING_ACTS = {"pledge", "intention", "delivery", "not_ruled_out", "under_consideration"}
_DATIVE_BEFORE = re.compile(r"\b(?:der|dem)\s+$")
_PREP_WORD = re.compile(r"\b(?:von|vom|durch|mit|gegen|aus|in|im|nach|über|bei|zu|zur|zum)\s+$")


def _dative_recipient(ctx: _Ctx, act: str, obj: tuple[int, int]) -> tuple[dict | None, tuple[int, int]]:
    """'hat der von Russland angegriffenen Ukraine robuste Sicherheitsgarantien in Aussicht gestellt':
    a German giving act whose object opens with a dative noun phrase naming a country or body; that
    is the recipient, the rest the item. Only where the item goes on after the name."""
    text = ctx.text
    if ctx.lang != "de" or act not in _GIVING_ACTS or not _DATIVE_BEFORE.search(text[max(0, obj[0] - 5):obj[0]]):
        return None, obj
    land = re.match(r"(?:Land|Nachbarland)\s+(?=\w)", text[obj[0]:obj[1]])
    if land:  # 'sicherte er dem Land Hilfe zu': the country named last, within the paragraph before
        para = text.rfind("\n\n", 0, obj[0]) + 1
        named = [(a, b, who) for a, b, who in ctx.entities
                 if max(para, obj[0] - 600) <= a < obj[0] and who and who.get("type") == "country"]
        if named:
            a, b, who = named[-1]
            return ({"mention": [{"start": a, "end": b, "text": text[a:b]}], "actor": who, "inferred": True},
                    (obj[0] + land.end(), obj[1]))
        return None, obj
    for a, b, who in ctx.entities:
        if not (obj[0] <= a and b < obj[1]) or a - obj[0] > 60 or "," in text[obj[0]:a]:
            continue
        if _PREP_WORD.search(text[max(obj[0], a - 8):a]):
            continue  # 'von Russland': inside the phrase, not its head
        rest = text[b:obj[1]].strip()
        if who and who.get("type") in ("country", "government", "organization") and len(rest.split()) >= 1 \
                and rest[:1].isalpha():
            start = b + len(text[b:obj[1]]) - len(text[b:obj[1]].lstrip())
            return {"mention": [{"start": a, "end": b, "text": text[a:b]}], "actor": who}, (start, obj[1])
        break
    return None, obj


def _statement_spans(statements) -> list[tuple[int, int, Any]]:
    """Where each statement is: its quotes, then its cue ('hat … in Aussicht gestellt' of a Reported
    statement lies outside its object); quotes first, so a cue inside a quote finds the quote's."""
    out = [(q.start, q.end, st) for st in statements for q in st.quote]
    out += [(min(c.start for c in st.cue), max(c.end for c in st.cue), st) for st in statements if st.cue]
    return out


def commitment_ctx(text: str, lang: str, analysis) -> _Ctx:
    """What the commitment rules read of an analysed document (German rules for a language without data)."""
    lang = lang if lang_data(lang, _L) is not None else "de"
    doc = getattr(analysis, "document", None)
    return _Ctx(text, lang, _entity_tuples(analysis), _statement_spans(analysis.statements),
                list(analysis.time_expressions), getattr(doc, "published", None))


def find_commitments(ctx_text: str, lang: str, sentences: list[tuple[int, int]], analysis,
                     ctx: _Ctx | None = None) -> list[dict[str, Any]]:
    """Commitments in every sentence; ``_sentence`` holds the sentence index (removed by the caller).
    ``ctx``: the document's ``commitment_ctx`` when the caller has built it already."""
    ctx = ctx or commitment_ctx(ctx_text, lang, analysis)
    lang, text = ctx.lang, ctx_text
    out: list[dict[str, Any]] = []
    for si, (s, e) in enumerate(sentences):
        taken: list[tuple[int, int]] = []
        for act, kind, rx in _cues(lang):
            for m in rx.finditer(text, s, e):
                cue = (m.start(), m.end())
                if any(not (cue[1] <= x or cue[0] >= y) for x, y in taken):
                    continue
                if re.search(r"(?i)\b(?:the|a|an|this|that|its|their|our|his|her|your|die|eine|der)\s+$", text[max(s, cue[0] - 7):cue[0]]) \
                        and lang == "en":
                    continue  # a noun ("the pledge of ..."), not a speech act
                if kind == "simple" and act == "delivery" and re.match(r"ge|bereitgestellt|überwiesen|entsandt", m.group(0)) \
                        and not re.search(r"\b(?:hat|haben|hatte|hatten|wurde|wurden|ist|sind|wird|werden)\b", text[s:e]):
                    continue  # a bare participle ("Putin eine Möglichkeit geliefert") is no delivery
                recs = _from_cue(ctx, act, kind, cue, (s, e))
                taken.append(cue)
                for r in recs:
                    taken.append((r["evidence"][0]["start"], r["evidence"][0]["end"]))
                for r in recs:
                    r["_sentence"] = si
                    prev = next((o for o in reversed(out) if o["_sentence"] == si and o["actor"]["mention"]), None)
                    if not r["actor"]["mention"] and prev is not None:
                        r["actor"] = prev["actor"]  # "would continue to sell weapons, but would not fund them"
                    out.append(r)
    out.sort(key=lambda r: r["cue"][0]["start"])
    return out


def _from_cue(ctx: _Ctx, act: str, kind: str, cue: tuple[int, int], sent: tuple[int, int]) -> list[dict[str, Any]]:
    text, lang = ctx.text, ctx.lang
    seg = _segment(text, sent[0], sent[1], cue[0])
    seg = (seg[0], max(seg[1], cue[1]))
    if act != "demand" and _HOPE.search(text[seg[0]:cue[0]]):
        return []
    actor = _find_actor(ctx, seg, cue)
    negated = False
    cue_text = text[cue[0]:cue[1]]
    if kind == "modal" and act == "demand" and _statement_at(ctx, cue[0]) is None:
        return []  # 'Zahlreiche Behörden müssten … einstellen' in narration: a consequence, nobody demands
    if kind == "modal":
        # object between the modal (and an inverted subject) and the verb closing the clause
        a, b = cue[1], seg[1]
        verb = _last_word(text, a, b)
        if lang == "de" and b - cue[1] < 2:  # verb-final subordinate clause: "dass man ... liefern werde"
            a, b = seg[0], cue[0]
            verb = _last_word(text, a, b)
            a = _trim(text, *_skip_complementizer(text, a, b))[0]
        if lang == "en":
            vm = re.match(r"\s+(?:(?:also|still|now|then|only|soon|not|be)\s+)*([a-z]+)", text[cue[1]:cue[1] + 40])
            verb = vm.group(1) if vm else ""
            if re.match(r"\s+not\b", text[cue[1]:cue[1] + 6]):
                return []  # handled by the refusal cue
        if act == "demand" and lang == "de" and not re.search(r"[a-zäöüß]n$", verb):
            # a list inside the clause: "muss die Finanzierung, Bewaffnung und Ausbildung ... stehen"
            end = re.search(r"[.;:!?\"“”«»]", text[b:sent[1]])
            verb = _last_word(text, a, b + end.start() if end else sent[1])
        if lang == "de" and act == "intention" and cue_text.lower().startswith(("will", "woll")) and verb[:1].isupper() \
                and re.search(r"\bkein\w*\s+(?:\w+\s+)?" + re.escape(verb) + r"\b", text[a:b]):
            # "Die SPD will keine Änderung", "dass sie keine Änderung wollen": wanting none is a refusal
            if not _modal_clause_ok(ctx, act, cue, seg, actor):
                return []
            return [_make(ctx, "refusal", cue, _content(text, a, b, actor), actor, sent, True, (a, b))]
        low = verb.lower()
        if not verb or (low in _NON_COMMIT and not (act == "demand" and low in ("stehen", "bleiben", "gelten"))) or (lang == "de" and not re.search(r"(?:en|ern|eln|n)$", low)) \
                or (lang == "de" and low.startswith("ge") and not low.endswith("en")) or _is_participle(lang, low):
            # "es muss sichergestellt werden, dass ..." is a demand; other passives and copulas are not
            if act != "demand" or not re.match(r"\s*,\s*dass\b", text[seg[1]:seg[1] + 12]):
                return []
        if act == "demand" and re.search(r"(?i)bundestag|parlament|mandatiert|gesichert|zustimm", text[seg[0]:seg[1]]):
            return []  # "Ein Einsatz müsse vom Bundestag mandatiert werden" is a condition
        if act == "pledge" and not _DELIVER_VERBS.search(low):
            act = "intention"
        if not _modal_clause_ok(ctx, act, cue, seg, actor):
            return []
        neg = _NEG.search(text, a, b) if lang == "de" else None
        if neg and act in ("pledge", "intention"):
            act, negated = "refusal", True
        regions = _split_infinitives(text, a, b) if lang == "de" else [(a, b)]
        return [_make(ctx, act, cue, _content(text, ra, rb, actor), actor, sent, negated, (ra, rb)) for ra, rb in regions]
    if kind == "sep":
        first_end = re.match(r"\w+", cue_text).end() + cue[0]
        mid = (first_end, cue[1] - len(_last_word(text, cue[0], cue[1])))
        oa, ob = _content(text, *mid, actor)
        oa, ob = _strip_words(text, oa, ob)
        lead = _LEAD_PRONOUN.match(text, oa, ob)
        if lead and ob - lead.end() > 3:  # 'sicherte er dem Land Hilfe zu': 'er' is the subject
            if actor is None:
                actor = (lead.start(1), lead.end(1), None)
            oa = lead.end()  # before the article is trimmed: 'dem Land' must stay the dative it is
        if not _has_content(text, oa, ob) or (actor and oa <= actor[0] < ob and ob - oa < actor[1] - actor[0] + 8):
            nxt = _next_segment(text, seg[1], sent[1])
            if nxt and (re.search(r"\bzu\s+\w+$|\w+zu\w+en\b", text[nxt[0]:nxt[1]].rstrip(". ")) or act == "pledge"):
                oa, ob = nxt
            elif seg[0] > sent[0]:
                oa, ob = _prev_segment(text, sent[0], seg[0])
        return [_make(ctx, act, cue, (oa, ob), actor, sent, negated, (min(oa, cue[0]), max(ob, cue[1])))]
    # simple
    if act == "delivery" and lang == "de" and re.search(r"\bsich\b", text[seg[0]:cue[1]]) \
            and re.search(r"liefer", cue_text):
        return []  # 'haben sich eine heftige Auseinandersetzung geliefert': a fight, nothing delivered
    a, b = cue[1], seg[1]
    oa, ob = _content(text, a, b, actor)
    aux = None
    if lang == "de" and not _has_content(text, oa, ob) and re.search(r"(?:t|en)$", cue_text):
        # perfect or passive, the object before the participle: "Die USA haben im März Munition geliefert"
        aux = [x for x in re.finditer(r"\b(?:hat|haben|habe|hatte|hatten|wurde|wurden|worden|ist|sind|war|waren)\b",
                                      text[seg[0]:cue[0]])]
        aux = _content(text, seg[0] + aux[-1].end(), cue[0], actor) if aux else None
    if aux and _has_content(text, *aux):
        oa, ob = aux
    elif not _has_content(text, oa, ob):
        nxt = _next_segment(text, seg[1], sent[1])
        if nxt:
            oa, ob = nxt
        elif seg[0] > sent[0] and act in ("refusal", "not_ruled_out"):
            oa, ob = _prev_segment(text, sent[0], seg[0])
    if not _has_content(text, oa, ob) and (act == "delivery" or "bereit" in cue_text):
        return []  # nothing committed: "New York, tonight you have delivered."
    if act in ("pledge", "intention", "delivery") and lang == "de" and _NEG.search(text, cue[1], ob) \
            and not re.search(r"\bnicht nur\b", text[cue[1]:ob]):
        act, negated = "refusal", True
    objects = _gerund_list(text, oa, ob, sent[1]) if lang == "en" else [(oa, ob)]
    if len(objects) > 1:  # each item its own region: its amount, not the first one's
        return [_make(ctx, act, cue, o, actor, sent, negated, o, listed=True) for o in objects]
    return [_make(ctx, act, cue, (oa, ob), actor, sent, negated, (min(oa, cue[1]), max(ob, cue[1])))]


_GERUND_NEXT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=[a-z]+ing\b)")


def _gerund_list(text: str, a: int, b: int, sent_end: int) -> list[tuple[int, int]]:
    """'committed to buying X, increasing Y and placing Z': one item per gerund."""
    if not re.match(r"(?:to\s+)?[a-z]+ing\b", text[a:b]):
        return [(a, b)]
    out, start, pos = [], a, a
    end = b
    while True:
        m = _GERUND_NEXT.search(text, pos, max(end, sent_end))
        if m is None or re.search(r"[.;:!?]", text[pos:m.start()]):
            break
        out.append((start, m.start()))
        start = pos = m.end()
        nxt = re.search(r",|\s+and\s+|[.;:!?]", text[start:sent_end])
        end = start + (nxt.start() if nxt else sent_end - start)
    out.append((start, end if out else b))
    return [o for o in out if o[1] > o[0]]


def _modal_rx(lang: str, name: str) -> re.Pattern:
    return _modal_rxs(lang)[name]


@functools.lru_cache(maxsize=8)
def _modal_rxs(lang: str) -> dict[str, re.Pattern]:
    data = lang_data(lang, _L)
    names = ("PARTICIPLE", "GE_INFINITIVES", "FUTURE_ONLY", "REPORTED_WISH", "WEAK_MODAL", "IMPERSONAL", "QUESTION")
    return {n: re.compile(rf"(?:{getattr(data, n, '(?!)')})", re.IGNORECASE) for n in names}


def _is_participle(lang: str, word: str) -> bool:
    """A past participle closing a modal clause makes it a passive ("wird heute entschieden")."""
    return bool(_modal_rx(lang, "PARTICIPLE").fullmatch(word)) and not _modal_rx(lang, "GE_INFINITIVES").fullmatch(word)


def _modal_clause_ok(ctx: _Ctx, act: str, cue: tuple[int, int], seg: tuple[int, int], actor) -> bool:
    """Whether a modal clause is a commitment, not a prediction, a schedule, a question or a generic rule:
    indicative future with a non-giving verb ("Wir werden eine Lösung finden") and reported wishes ("solle")
    are none; "soll" needs a named subject; no commitment without an actor or with an impersonal one
    ("man", "es", a relative pronoun); English "will/would" must follow its subject."""
    text, lang = ctx.text, ctx.lang
    word = text[cue[0]:cue[1]]
    if act == "intention" and (_modal_rx(lang, "FUTURE_ONLY").fullmatch(word)
                               or _modal_rx(lang, "REPORTED_WISH").fullmatch(word)):
        return False
    if _modal_rx(lang, "QUESTION").match(text[seg[0]:cue[0]].lstrip(" \"„“”")):
        return False
    reported = re.search(r"\b(?:said|says|told|announced|added|sagte|erklärte)\s+(?:that\s+)?$", text[max(0, actor[0] - 20):actor[0]]) \
        if actor else None  # "Norway said it would double ...": the pronoun is the reported actor
    if actor is None or (_modal_rx(lang, "IMPERSONAL").fullmatch(text[actor[0]:actor[1]]) and not reported):
        return act == "demand" and actor is None and lang == "de" and re.match(r"(?i)m[uü]ss", word) is not None
    pronoun = actor[2] is None and _PRONOUN.match(text[actor[0]:actor[1]])
    if _modal_rx(lang, "WEAK_MODAL").fullmatch(word) and pronoun:
        return False
    if getattr(lang_data(lang, _L), "SUBJECT_ADJACENT", False) and act != "demand":
        if actor[0] > cue[1]:  # passive agent: "will be sent by Estonia"
            return True
        gap = text[actor[1]:cue[0]]
        return bool(re.fullmatch(r"\s*(?:(?:also|now|still|then|only|soon|said|says|that|it|he|she|they|we)\s+)*", gap))
    return True


def _skip_complementizer(text: str, a: int, b: int) -> tuple[int, int]:
    m = re.match(r"\s*(?:dass|ob|weil|wenn|da)\b", text[a:b])
    return (a + m.end(), b) if m else (a, b)


def _strip_words(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop negation/filler inside the bracket of a separable verb ('zwar nicht')."""
    sub = text[a:b]
    m = re.search(r"(?:\s+(?:zwar|nicht|mehr|grundsätzlich|jedoch|aber|allerdings|strikt|weiterhin|derzeit|dabei|keine\w*))+\s*$", sub)
    if m:
        b = a + m.start()
    return _trim(text, a, b)


def _next_segment(text: str, a: int, sent_end: int) -> tuple[int, int] | None:
    if a >= sent_end:
        return None
    start = a
    m = re.match(r"[,;:]\s*|\s[–—]\s", text[a:sent_end])
    if m:
        start = a + m.end()
    end_m = _CLAUSE_END.search(text, start + 1, sent_end)
    end = end_m.start() if end_m else sent_end
    return _trim(text, start, end) if end > start else None


def _prev_segment(text: str, sent_start: int, seg_start: int) -> tuple[int, int]:
    a = sent_start
    for m in _CLAUSE_END.finditer(text, sent_start, max(sent_start, seg_start - 2)):
        a = m.end()
    return _trim(text, a, seg_start)


# --- tracker fields: item category, value and EUR value, phase, due date -------------------------

