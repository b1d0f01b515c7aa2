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

from ..nlp.language import all_lang_data, lang_data, merged

_L = "conditions"  # the language data: lang/<code>/conditions.py; every language's words apply to any text
# Subordinate markers; longest first so "erst dann, wenn" wins over "wenn".
_MARKERS = re.compile(rf"(?<!\w)(?:{merged(_L, 'MARKERS')})(?!\w)", re.IGNORECASE)
# Prepositional conditions: "nach einem Waffenstillstand", "after a ceasefire", "without a vote in Congress"
# (nouns longest first: "mandate" before "Mandat").
_PP = re.compile(
    rf"(?<!\w)(?:{merged(_L, 'PP')}|"
    rf"(?:{merged(_L, 'WITHOUT')}) (?:{merged(_L, 'WITHOUT_ARTICLES')})?(?:\w+ )?"
    rf"(?:{'|'.join(sorted(merged(_L, 'WITHOUT_NOUNS'), key=len, reverse=True))})"
    rf"(?: (?:{merged(_L, 'WITHOUT_OF')}) \w+)?)",
    re.IGNORECASE,
)
# Nominal conditions, kept only in a sentence that speaks of conditions.
_NOUN = re.compile(
    rf"(?<!\w)(?:{merged(_L, 'NOUN')}|(?:{merged(_L, 'CEASEFIRE_ARTICLES')})?(?:{merged(_L, 'CEASEFIRE_ADJECTIVES')})?"
    rf"(?:{merged(_L, 'CEASEFIRE_NOUNS')}))",
    re.IGNORECASE,
)
_COND_SENT = re.compile(rf"(?<!\w)(?:{merged(_L, 'COND_SENT')})(?!\w)", re.IGNORECASE)
_HEADNOUN = re.compile(rf"(?<!\w)(?:{merged(_L, 'HEADNOUNS')})\w*(?:,\s*\w+ \w+ \w+,)?\s+"
                       rf"(?:{merged(_L, 'COPULAS')})\s+", re.IGNORECASE)
_END = re.compile(r"[,;:.!?“”\"«»()–]|\s-\s")
_SPLIT_AND = re.compile(rf"(?<=[a-zäöüß]) (?:{merged(_L, 'AND')}) (?=(?:{merged(_L, 'CLAUSE_STARTS')}|[A-ZÄÖÜ]))")

_TYPES = [(name, "|".join(d.CONDITION_TYPES[name] for d in all_lang_data(_L) if name in d.CONDITION_TYPES))
          for name in merged(_L, "CONDITION_TYPES")]


def _ambiguous(lang: str | None) -> dict:
    """``lang``'s markers that are also other words (``AMBIGUOUS_MARKERS``; none for most languages)."""
    return getattr(lang_data(lang, _L), "AMBIGUOUS_MARKERS", {})


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
            ambiguous = _ambiguous(lang).get(word)
            if ambiguous:
                # "if" also asks ("whether"), "once" also means "one time": keep only clause-like uses
                prev = text[max(s, m.start() - 12):m.start()].lower()
                not_before, after = ambiguous
                if after and not re.match(after, text[m.end():m.end() + 20]):
                    continue
                if not_before and re.search(not_before, prev):
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
