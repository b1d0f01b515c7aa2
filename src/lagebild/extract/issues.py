"""The issue catalogue and issue matching for positions.

An issue is a definition, not a keyword list (data/issues/issues.yaml, or the user's
file named by the ``issues_path`` setting): labels and a description, the
proposition a stance is taken toward, ``phrases`` (strong evidence) and ``keywords``
(word stems), the ``context`` that makes a mention this issue (the theatre or the
parties: "Truppen" is the western-troops issue only where Ukraine is in view),
``exclude`` terms that veto it ("Mercosur" is never the EU-US deal), and the
period in which it is ``live`` (a 2008 sentence about troops is not about a
2025 reassurance force).

Matching is lexical: the clause itself must name the issue (a phrase or a keyword);
the sentences before it in its paragraph add weight; the required context may come
from the clause, those sentences, or, for a phrase hit, the article's lead (the
``article`` text the caller passes: its title and first paragraph).
``set_matcher`` replaces the matcher (e.g. with an embedding model) without touching
the position rules.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date
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
    names: tuple[str, ...] = ()  # the issue's own names ("Drohnenwall", "Mercosur"): need no context
    refers: tuple[str, ...] = ()  # words that refer back to it ("the agreement") once it was named nearby
    within: tuple[str, ...] = ()  # broader issues it is a case of (German troops: western troops)
    context: tuple[tuple[str, ...], ...] = ()  # groups: one term of every group
    exclude: tuple[str, ...] = ()
    live_from: date | None = None
    live_until: date | None = None
    proposition: dict = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict:
        """The definition as JSON (dates as ISO strings; context groups as lists)."""
        return {"id": self.id, "label": {"de": self.label_de, "en": self.label_en}, "description": self.description,
                "proposition": self.proposition, "names": list(self.names), "phrases": list(self.phrases),
                "keywords": list(self.keywords), "refers": list(self.refers),
                "context": [list(g) for g in self.context], "exclude": list(self.exclude),
                "live": {"from": self.live_from.isoformat() if self.live_from else None,
                         "until": self.live_until.isoformat() if self.live_until else None},
                "within": list(self.within), "actors": list(self.actors)}

    def live_on(self, day: date | None) -> bool:
        """Whether the issue is live on ``day`` (an unknown date is always live)."""
        if day is None:
            return True
        return (self.live_from is None or day >= self.live_from) and (self.live_until is None or day <= self.live_until)


def _day(value, issue_id: str, key: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as e:
        raise ConfigError(f"issue {issue_id}: live.{key} is not a date (YYYY-MM-DD): {value!r}") from e


def _context_groups(raw) -> tuple[tuple[str, ...], ...]:
    """``[a, b]`` is one group (any of them); ``[[a, b], [c]]`` two (one of each)."""
    items = list(raw or [])
    _texts({"context": items}, "context")
    if items and all(isinstance(x, list) for x in items):
        return tuple(tuple(str(t).lower() for t in group) for group in items if group)
    return (tuple(str(t).lower() for t in items),) if items else ()


def _texts(raw: dict, key: str) -> tuple[str, ...]:
    """A list of terms, lower-cased; a number or other non-text is an error ('3,5 prozent' unquoted
    in a YAML list is the number 3 and the term '5 prozent')."""
    items = raw.get(key) or []
    for item in (x for v in items for x in (v if isinstance(v, list) else [v])):
        if not isinstance(item, str):
            raise ConfigError(f"issue {raw.get('id')}: {key} holds {item!r}, which is not text "
                              f"(put terms with commas or digits in quotes)")
    return tuple(p.lower() for p in items if isinstance(p, str))


def _issue(raw: dict) -> Issue:
    live = raw.get("live") or {}
    low = lambda key: _texts(raw, key)  # noqa: E731
    return Issue(raw["id"], raw["label"]["de"], raw["label"]["en"], raw.get("description", ""),
                 phrases=low("phrases"), keywords=low("keywords"), actors=tuple(raw.get("actors") or []),
                 names=low("names"), refers=low("refers"), within=tuple(raw.get("within") or []), context=_context_groups(raw.get("context")),
                 exclude=low("exclude"), live_from=_day(live.get("from"), raw["id"], "from"),
                 live_until=_day(live.get("until"), raw["id"], "until"), proposition=dict(raw.get("proposition") or {}))


@functools.lru_cache(maxsize=4)
def load_issues(path: str | None = None) -> tuple[Issue, ...]:
    """The shipped catalogue, or a user YAML file with the same shape (``issues_path``)."""
    try:
        if path:
            with open(path, encoding="utf-8") as f:
                raw = yaml.safe_load(f)
        else:
            raw = yaml.safe_load((resources.files("lagebild") / "data" / "issues" / "issues.yaml").read_text("utf-8"))
        return tuple(_issue(i) for i in raw["issues"])
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read issue catalogue {path or 'issues.yaml'}: {e}",
                          hint="see docs/positions.md for the catalogue's shape") from e


@dataclass(frozen=True)
class IssueHit:
    """Which issue a clause is about, the term that showed it, and how strong the evidence is:
    1.0 for a phrase in the clause, less for keywords and context."""
    issue: Issue
    phrase: str
    strength: float


# (clause, context, actor wikidata id) -> (issue, matched phrase) or None: the matcher hook's shape
Matcher = Callable[[str, str, "str | None"], "tuple[Issue, str] | None"]


class Catalogue:
    """One issue catalogue with its term index; ``match`` is the lexical matcher."""

    def __init__(self, issues: tuple[Issue, ...]):
        self.issues = issues
        self._terms = tuple((i, frozenset(i.names + i.phrases + i.keywords + i.refers)) for i in issues)
        every = set().union(*(t for _i, t in self._terms), *(set(i.exclude).union(*i.context) for i in issues))
        # short terms ("eu", "us") and numbers ("5 percent" is not in "15 percent") as whole words
        self._words = {t: re.compile(r"(?<![\w.,])" + re.escape(t) + (r"(?!\w)" if t[-1].isalnum() else ""))
                       for t in every if len(t) <= 3 or t[0].isdigit()}
        self._all = tuple(sorted(every - set(self._words)))
        self.terms_in = functools.lru_cache(maxsize=64)(self._terms_in)

    def _terms_in(self, text: str) -> frozenset[str]:
        """The catalogue's terms (phrases, keywords, context, exclusions) in ``text`` (case-insensitive)."""
        low = text.lower()
        return frozenset([t for t in self._all if t in low] + [t for t, rx in self._words.items() if rx.search(low)])

    @staticmethod
    def _has_context(issue: Issue, terms: frozenset[str]) -> bool:
        return all(not terms.isdisjoint(group) for group in issue.context)

    def match(self, clause: str, context: str = "", actor_id: str | None = None, *, article: str = "",
              published: date | None = None, before: str = "") -> IssueHit | None:
        """Best issue for a clause (highest score; ties: catalogue order); see ``match_all``."""
        found = self.match_all(clause, context, actor_id, article=article, published=published, before=before)
        return found[0] if found else None

    def match_all(self, clause: str, context: str = "", actor_id: str | None = None, *, article: str = "",
                  published: date | None = None, before: str = "") -> list[IssueHit]:
        """The best issue for a clause first (highest score; ties: catalogue order), then every other
        issue the clause names by a name or phrase of its own ("Sicherheitsgarantien und
        Friedenstruppen": two issues).

        Scores: a name or phrase in the clause 4, one in the context 2, a keyword in the clause 1.5,
        in the context 0.5, an actor-scoped issue +2. The clause must hold a name, phrase or keyword of
        the issue, or a word that refers back to it (``refers``) while the context, the text
        ``before`` the clause (a wider window) or the article's lead names it. Names
        need no context; otherwise an issue with ``context`` needs one term (of each group) in the
        clause or its context, or, for a phrase hit, in the article's lead. An ``exclude`` term in
        the clause or its context, or a date outside ``live``, rules the issue out. An issue scoped
        to other actors matches only on a name or phrase in the clause itself.
        """
        cl = self.terms_in(clause)
        if not cl:
            return []
        cx = self.terms_in(context) if context else frozenset()
        near = cl | cx
        found: list[tuple[float, Issue, str, float]] = []
        for issue, terms in self._terms:
            if terms.isdisjoint(cl) or not issue.live_on(published):
                continue
            if issue.exclude and not near.isdisjoint(issue.exclude):
                continue
            named = [p for p in issue.names if p in cl]
            strong = named + [p for p in issue.phrases if p in cl]
            keywords = [k for k in issue.keywords if k in cl]
            named_near = [p for p in issue.names + issue.phrases if p in cx]
            referred = [r for r in issue.refers if r in cl]
            wider = frozenset()
            if referred:
                wider = (self.terms_in(before) if before else frozenset()) | (self.terms_in(article) if article else frozenset())
                if not named_near and wider.isdisjoint(issue.names) and (
                        wider.isdisjoint(issue.phrases) or not self._has_context(issue, near | wider)):
                    referred = []
            if not strong and not keywords and not referred:
                continue  # the clause holds none of this issue's own terms
            if issue.context and not named and not self._has_context(issue, near | wider):
                lead = self.terms_in(article) if article else frozenset()
                # a phrase may take its context from the lead; a keyword only from a lead that is about the
                # issue: it names it, or holds one of its phrases with the context ("… strike 15 percent tariff
                # deal" with the EU and the US, then "a good deal for everybody")
                lead_about = not lead.isdisjoint(issue.names) or (
                    not lead.isdisjoint(issue.phrases) and self._has_context(issue, lead))
                if not (strong and self._has_context(issue, near | lead)) and not lead_about:
                    continue
            scoped_out = bool(issue.actors) and actor_id not in issue.actors
            if scoped_out:
                # another actor's scoped issue only on a strong term in the clause itself
                # ("Russland lehnt deutsche Soldaten ab"), never on keywords
                if strong:
                    found.append((4.0 * len(strong), issue, strong[0], 1.0))
                continue
            score = (4.0 * len(strong) + 2.0 * len([p for p in named_near if p not in cl]) + 1.5 * len(keywords)
                     + 0.5 * sum(1 for k in issue.keywords if k not in cl and k in cx) + 3.0 * bool(referred)
                     + 2.0 * bool(issue.actors))
            strength = 1.0 if strong else 0.7 if referred else 0.8 if len(keywords) > 1 or score >= 3 else 0.6
            if score >= 1.5:
                found.append((score, issue, (strong or referred or keywords)[0], strength))
        if not found:
            return []
        best = max(found, key=lambda f: f[0])  # the first of equal scores: catalogue order
        top = best[1]
        # a clause about German troops is not also one about western troops: the narrower issue wins
        narrower = [f for f in found if top.id in f[1].within and f[3] >= 1.0]
        if narrower:
            best = max(narrower, key=lambda f: f[0])
        related = {best[1].id, *best[1].within} | {f[1].id for f in found if best[1].id in f[1].within}
        return [IssueHit(best[1], best[2], best[3])] + [IssueHit(f[1], f[2], f[3]) for f in found
                                                         if f[1].id not in related and f[3] >= 1.0]


@functools.lru_cache(maxsize=4)
def catalogue(path: str | None = None) -> Catalogue:
    """The catalogue of ``path`` (None or "": the shipped one), loaded once."""
    return Catalogue(load_issues(path or None))


_matcher: Matcher | None = None


def set_matcher(fn: Matcher | None) -> None:
    """Hook for semantic matching: install ``fn`` (None restores the lexical matcher)."""
    global _matcher
    _matcher = fn


def match_hits(clause: str, context: str = "", actor_id: str | None = None, *, article: str = "",
               published: date | None = None, before: str = "", path: str | None = None) -> list[IssueHit]:
    """The issues a clause is about, best first (see ``Catalogue.match_all``), through an installed
    matcher if any."""
    if _matcher is not None:
        found = _matcher(clause, context, actor_id)
        return [IssueHit(found[0], found[1], 1.0)] if found else []
    return catalogue(path).match_all(clause, context, actor_id, article=article, published=published, before=before)


def match_hit(clause: str, context: str = "", actor_id: str | None = None, **kwargs) -> IssueHit | None:
    """The issue a clause is about, or None (see ``match_hits``)."""
    found = match_hits(clause, context, actor_id, **kwargs)
    return found[0] if found else None


def names_issue(issue: Issue, text: str, path: str | None = None) -> bool:
    """Whether ``text`` (an article's lead) names ``issue`` by one of its names or phrases."""
    terms = catalogue(path).terms_in(text)
    return not terms.isdisjoint(issue.names) or not terms.isdisjoint(issue.phrases)


def issue_record(hit: IssueHit | None) -> dict | None:
    """``{"id", "label", "phrase"}`` as positions carry it, or None."""
    if hit is None:
        return None
    return {"id": hit.issue.id, "label": hit.issue.label_en, "phrase": hit.phrase}


def match_issue(clause: str, context: str = "", actor_id: str | None = None, **kwargs) -> dict | None:
    """``{"id", "label", "phrase"}`` for the issue a clause is about, or None."""
    return issue_record(match_hit(clause, context, actor_id, **kwargs))
