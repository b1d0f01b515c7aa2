"""Conditions: clauses ("wenn", "sobald", "only if") and nouns ("Voraussetzung",
"Zustimmung des Bundestags") that make a commitment or position conditional.

``find_conditions`` returns plain dicts with ``type``, ``text`` (span),
``sentence`` (index) and ``fragment`` (True when the clause has no main clause
of its own, "Also dann, wenn ...", so it qualifies an earlier sentence).
Linking to commitments happens in ``link_conditions``.
"""
from __future__ import annotations

import re
from typing import Any

# Subordinate markers; longest first so "erst dann, wenn" wins over "wenn".
_MARKERS = re.compile(
    r"(?<!\w)(?:(?:also |nur |erst |und )?(?:dann,? )?(?:wenn|sobald|falls|sofern)|vorausgesetzt,?(?: dass)?|"
    r"(?:nur )?unter der bedingung,?(?: dass)?|solange|"
    r"only if|if|provided(?: that)?|as long as|once|on condition that|unless)(?!\w)",
    re.IGNORECASE,
)
# Prepositional conditions: "nach einem Waffenstillstand", "after a ceasefire", "without a vote in Congress".
_PP = re.compile(
    r"(?<!\w)(?:nach (?:einem|einer|dem) (?:\w+ )?(?:Waffenstillstand|Waffenruhe|Friedensabkommen)|"
    r"after a (?:\w+ )?(?:ceasefire|truce|peace deal)|"
    r"(?:without|ohne) (?:a |an |eine[n]? |die |den )?(?:\w+ )?(?:vote|backstop|mandate|Mandat|Zustimmung|approval)"
    r"(?: (?:in|of|des|der) \w+)?)",
    re.IGNORECASE,
)
# Nominal conditions, kept only in a sentence that speaks of conditions.
_NOUN = re.compile(
    r"(?<!\w)(?:(?:die |der |eine[nm]? |ein )?(?:ohnehin )?(?:obligatorische[nm]? )?"
    r"(?:Zustimmung|Mandat|Votum) (?:des|eines) (?:Bundestag|Parlament)\w*|"
    r"(?:a )?vote in (?:Congress|Parliament)|(?:ein |einen |a )?(?:stabile[nr]? |dauerhafte[nr]? )?"
    r"(?:Waffenstillstand|Waffenruhe|ceasefire))",
    re.IGNORECASE,
)
_COND_SENT = re.compile(
    r"(?<!\w)(?:Bedingung\w*|Voraussetzung\w*|conditions?|depends on|hängt \w+ ab|brauche|braucht|benötig\w+|"
    r"erforder\w+|requires?|müsse|muss)(?!\w)",
    re.IGNORECASE,
)
_HEADNOUN = re.compile(r"(?<!\w)(?:Voraussetzung|Bedingung|The condition|the condition)\w*(?:,\s*\w+ \w+ \w+,)?\s+(?:sei|ist|bleibt|wäre|is|was)\s+", re.IGNORECASE)
_END = re.compile(r"[,;:.!?“”\"«»()–]|\s-\s")
_SPLIT_AND = re.compile(r"(?<=[a-zäöüß]) (?:und|and) (?=(?:die|der|das|den|es|sie|er|the|a|an|it|they|[A-ZÄÖÜ]))")

_TYPES = [
    ("ceasefire", r"waffenstillstand|waffenruhe|waffen schweigen|ceasefire|cease-fire|truce|krieg endet|kriegsende|war ends|friedensabkommen|peace deal"),
    ("parliamentary approval", r"bundestag|parlament|parliament|congress|kongress|mandat|zweidrittel|two-thirds|abstimmung|\bvote\b"),
    ("financing", r"finanzierung|finanziert|haushalt|budget|kosten|gegenfinanz|spar|funding|financed|financing|konsumtiven"),
    ("third-party guarantee", r"zusage|backstop|garantie|guarantee|ebenfalls|auch \w+ zahl|also pay|other donors|andere geber|weitere geber|amerikaner|\busa\b|united states|vereinigten staaten|auch frankreich"),
]


def condition_type(text: str) -> str:
    low = text.lower()
    for name, pat in _TYPES:
        if re.search(pat, low):
            return name
    return "other"


def _clause_end(text: str, start: int, limit: int) -> int:
    m = _END.search(text, start, limit)
    end = m.start() if m else limit
    return end


def _add(out: list, text: str, a: int, b: int, sent_i: int, fragment: bool, how: str) -> None:
    while b > a and text[b - 1] in " ,":
        b -= 1
    if b - a < 4 or any(not (b <= c["text"]["start"] or a >= c["text"]["end"]) for c in out):
        return
    out.append({"type": condition_type(text[a:b]), "text": {"start": a, "end": b, "text": text[a:b]},
                "sentence": sent_i, "fragment": fragment, "how": how})


def find_conditions(text: str, sentences: list[tuple[int, int]], lang: str | None = None) -> list[dict[str, Any]]:
    """Condition spans in each sentence (offsets into ``text``)."""
    out: list[dict[str, Any]] = []
    for si, (s, e) in enumerate(sentences):
        sent = text[s:e]
        for m in _MARKERS.finditer(text, s, e):
            word = m.group(0).lower()
            if lang == "en" and word in {"if", "once"}:
                # "if" also asks ("whether"), "once" also means "one time": keep only clause-like uses
                prev = text[max(s, m.start() - 12):m.start()].lower()
                if word == "once" and not re.match(r"\s*(?:a|an|the|it|they|we|he|she|\w+ (?:is|are|has|have))\b", text[m.end():m.end() + 20]):
                    continue
                if word == "if" and re.search(r"\b(?:asked|ask|whether|see|know)\s*$", prev):
                    continue
            if re.match(r"\s+es\s+um\b", text[m.end():m.end() + 8]):
                continue  # "wenn es um Sicherheitsgarantien geht" names a topic, not a condition
            b = _clause_end(text, m.end() + 1 if text[m.end():m.end() + 1] == "," else m.end(), e)
            if re.match(r",\s*dass\b", text[m.end():m.end() + 8]):  # "unter der Bedingung, dass ..."
                b = _clause_end(text, m.end() + 2, e)
            # a trailing clause after the verb-final "wenn ...": "wenn X sagen, was sie beitragen"
            fragment = sent.lstrip()[:12].lower().startswith(("also dann", "also nur", "nur dann", "erst dann", "only then"))
            pieces = _split_coordination(text, m.start(), b)
            for a2, b2 in pieces:
                _add(out, text, a2, b2, si, fragment or m.start() - s < 3 and _no_main_clause(text, b, e), "clause")
        for m in _PP.finditer(text, s, e):
            _add(out, text, m.start(), m.end(), si, False, "pp")
        if _COND_SENT.search(sent):
            hm = _HEADNOUN.search(text, s, e)
            if hm:
                # "Voraussetzung sei allerdings, dass ..." : the clause after the filler is the condition
                skip = re.match(r"(?:(?:allerdings|jedoch|aber|zudem)\s*)?,?\s*(?:dass\s+)?", text[hm.end():e])
                _add(out, text, hm.start(), _clause_end(text, hm.end() + skip.end(), e), si, False, "noun")
            for m in _NOUN.finditer(text, s, e):
                back = bool(re.search(r"(?i)\b(?:das|dies|these|those)\b.{0,60}\bbedingungen\b|\bconditions\b", sent))
                _add(out, text, m.start(), m.end(), si, back, "noun")
    out.sort(key=lambda c: c["text"]["start"])
    return out


def _no_main_clause(text: str, clause_end: int, sent_end: int) -> bool:
    return not text[clause_end:sent_end].strip(" ,.;")


def _split_coordination(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """'wenn es einen Waffenstillstand gibt und die USA feste Zusagen ... gemacht haben' -> two conditions."""
    out, cur = [], a
    for m in _SPLIT_AND.finditer(text, a, b):
        if m.start() - cur > 12 and b - m.end() > 12:
            out.append((cur, m.start()))
            cur = m.end()
    out.append((cur, b))
    return out


def link_conditions(conditions: list[dict], commitments: list[dict], sentences: list[tuple[int, int]],
                    paragraph_of: list[int]) -> None:
    """Attach each condition to the commitment it qualifies (same sentence, else the nearest
    earlier commitment in the same paragraph, up to three sentences back)."""
    by_sent: dict[int, list[dict]] = {}
    for c in commitments:
        by_sent.setdefault(c["_sentence"], []).append(c)
    for cond in conditions:
        si = cond["sentence"]
        target = None
        if not cond.get("fragment") and by_sent.get(si):
            cands = by_sent[si]
            cs = cond["text"]["start"]
            # prefer the commitment whose evidence contains or is nearest the condition
            target = min(cands, key=lambda c: abs(c["evidence"][0]["start"] - cs))
        else:
            for back in range(0 if not cond.get("fragment") else 1, 4):
                j = si - back
                if j < 0 or paragraph_of[j] != paragraph_of[si]:
                    break
                if by_sent.get(j):
                    target = by_sent[j][-1]
                    break
        if target is not None:
            cond["qualifies"].append(target["id"])
            target["conditions"].append(cond["id"])
