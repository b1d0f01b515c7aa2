"""The issue catalogue and issue matching for positions.

Matching is lexical today: catalogue ``phrases`` (strong) and ``keywords``
(word stems) are looked up in the clause and, with less weight, in its
neighbouring sentences. ``set_matcher`` replaces it (e.g. with an embedding
model) without touching the position rules.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Callable

import yaml

from ..errors import ConfigError


@dataclass(frozen=True)
class Issue:
    id: str
    label_de: str
    label_en: str
    description: str
    phrases: tuple[str, ...]
    keywords: tuple[str, ...]
    actors: tuple[str, ...] = ()


@functools.lru_cache(maxsize=4)
def load_issues(path: str | None = None) -> tuple[Issue, ...]:
    """The shipped example catalogue, or a user YAML file with the same shape."""
    try:
        if path:
            with open(path, encoding="utf-8") as f:
                raw = yaml.safe_load(f)
        else:
            raw = yaml.safe_load((resources.files("lagebild") / "data" / "issues" / "issues.yaml").read_text("utf-8"))
        items = raw["issues"]
        return tuple(
            Issue(i["id"], i["label"]["de"], i["label"]["en"], i.get("description", ""),
                  tuple(p.lower() for p in i.get("phrases", [])), tuple(k.lower() for k in i.get("keywords", [])),
                  tuple(i.get("actors", [])))
            for i in items
        )
    except (OSError, KeyError, TypeError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read issue catalogue {path or 'issues.yaml'}: {e}") from e


# (clause, context, actor wikidata id) -> (issue, matched phrase) or None
Matcher = Callable[[str, str, "str | None"], "tuple[Issue, str] | None"]


def lexical_match(clause: str, context: str, actor_id: str | None) -> tuple[Issue, str] | None:
    """Best issue by phrase/keyword hits: clause phrase 4, context phrase 2, keyword 1.5/0.5; actor-scoped +2.

    An issue scoped to other actors still matches on a phrase in the clause (score 4, no bonus).
    """
    cl, cx = _terms_in(clause), _terms_in(context)
    if not cl and not cx:
        return None
    best: tuple[float, Issue, str] | None = None
    for issue, terms in _catalogue():
        if terms.isdisjoint(cl) and terms.isdisjoint(cx):
            continue  # scores 0
        scoped_out = bool(issue.actors) and actor_id not in issue.actors
        score, hit = 0.0, ""
        for p in issue.phrases:
            if p in cl:
                score, hit = score + 4, hit or p
            elif p in cx and not scoped_out:
                score, hit = score + 2, hit or p
        if scoped_out:
            # another actor's scoped issue only on a strong phrase in the clause itself
            # ("Russland lehnt deutsche Soldaten ab"), never on keywords
            if score >= 4 and (best is None or score > best[0]):
                best = (score, issue, hit)
            continue
        for k in issue.keywords:
            if k in cl:
                score, hit = score + 1.5, hit or k
            elif k in cx:
                score, hit = score + 0.5, hit or k
        if score and issue.actors:
            score += 2
        if score >= 1.5 and (best is None or score > best[0]):
            best = (score, issue, hit)
    return (best[1], best[2]) if best else None


@functools.lru_cache(maxsize=1)
def _catalogue() -> tuple[tuple[Issue, frozenset[str]], ...]:
    """The shipped issues, each with the set of its phrases and keywords."""
    return tuple((issue, frozenset(issue.phrases + issue.keywords)) for issue in load_issues())


@functools.lru_cache(maxsize=1)
def _all_terms() -> tuple[str, ...]:
    return tuple(sorted(set().union(*(terms for _issue, terms in _catalogue()))))


# Small: the texts that recur are the current document's (its sentences, and the whole
# text as the fallback context); each miss is one substring test per catalogue term.
@functools.lru_cache(maxsize=64)
def _terms_in(text: str) -> frozenset[str]:
    """The catalogue phrases and keywords that occur in ``text`` (case-insensitive)."""
    low = text.lower()
    return frozenset([t for t in _all_terms() if t in low])


_matcher: Matcher = lexical_match


def set_matcher(fn: Matcher | None) -> None:
    """Hook for semantic matching: install ``fn`` (None restores the lexical matcher)."""
    global _matcher
    _matcher = fn or lexical_match


def document_issues(text: str, sentences: list[tuple[int, int]]) -> dict[str, int]:
    """How many sentences of a document match each issue (actor-independent): its dominant issues."""
    counts: dict[str, int] = {}
    for s, e in sentences:
        found = _matcher(text[s:e], "", None)
        if found:
            counts[found[0].id] = counts.get(found[0].id, 0) + 1
    return counts


def match_issue(clause: str, context: str, actor_id: str | None = None) -> dict | None:
    """``{"id", "label", "phrase"}`` for the issue a clause is about, or None."""
    found = _matcher(clause, context, actor_id)
    if not found:
        return None
    issue, phrase = found
    return {"id": issue.id, "label": issue.label_en, "phrase": phrase}
