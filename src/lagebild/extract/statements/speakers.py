"""Resolve a speaker mention to an actor through the entities stage (when it ran).

A mention overlapping a PER/ORG entity takes its actor. Pronouns ("er", "sie",
"he", "she") and descriptions ("der Kanzler", "ein Regierungssprecher") take the
most recent compatible entity before the mention: a person, or for government
spokespeople the government named last. The words are in ``lang/<lang>/speech.py``.
"""
from __future__ import annotations

from ...lang.de import speech as de
from ...lang.en import speech as en
from ...model import Actor, Entity, Span

PRONOUNS = de.RESOLVED_PRONOUNS | en.RESOLVED_PRONOUNS
RELATIVE_PRONOUNS = en.RELATIVE_PRONOUNS  # English relative clauses ('X, who said ...')
ROLE_WORDS = de.ROLE_WORDS + en.ROLE_WORDS
ROLE_ARTICLES = de.DEFINITE_ARTICLES | en.DEFINITE_ARTICLES
GOVERNMENT_SPEAKERS = de.GOVERNMENT_SPEAKERS


def resolve_actor(mention: Span, entities: list[Entity], text: str) -> Actor | None:
    for e in entities:
        if e.actor and e.span.start < mention.end and mention.start < e.span.end:
            return e.actor
    low = mention.text.lower()
    before = [e for e in entities if e.actor and e.span.end <= mention.start]
    if any(g in low for g in GOVERNMENT_SPEAKERS):
        for e in reversed(before):
            if "regierung" in e.span.text.lower() or e.actor.type in ("government",):
                return e.actor
        return None
    if low in RELATIVE_PRONOUNS:
        # English 'Trump, who has said ...': the name right before the relative pronoun
        for e in reversed(before):
            gap = text[e.span.end:mention.start]
            return e.actor if len(gap) <= 3 and gap.strip() in {"", ","} else None
        return None
    words = low.split()
    if low in PRONOUNS or (len(words) <= 3 and words[0] in ROLE_ARTICLES and any(r in low for r in ROLE_WORDS)):
        for e in reversed(before):
            if e.label == "PER":
                return e.actor
    return None
