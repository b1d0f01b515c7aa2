"""CAP major topics for statements: a fast lemma/keyword scorer, German and English.

The lexicon is ``data/topics/cap_major.yaml`` (21 Comparative Agendas Project
major topics). Matching:

* tokens are lowercased and lemmatised with simplemma (cached per word);
* a keyword matches a whole lemma or a whole token;
* German keywords of 5+ characters, and any keyword written ``stem*``, also
  match inside a token, because German builds compounds ("Krankenhausreform",
  "Mietpreisbremse"); a keyword written ``=word`` never does;
* keywords with a space are phrases, matched on the lemma sequence;
* ``word:W`` gives a keyword the weight W (default 1).

There is no trained classifier: no openly licensed German/English news corpus
with CAP labels was available offline. Short statements often name no topic
word at all ("Die Opposition verlangt mehr Klarheit."); ``context_scores`` of the
whole article can be passed as a prior so they inherit the article's topic.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from ..caches import word_cache
from ..errors import ConfigError
from ..nlp.language import SUPPORTED, lang_data
from ..nlp.lemmas import lemmatize

_TOKEN = re.compile(r"[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*")
MIN_COMPOUND = 5  # shorter German keywords match whole lemmas only ("hof" must not hit "Hoffnung")
PREFIX = 4  # inner substrings are found by their first 4 characters (none is shorter)
CONTEXT_WEIGHT = 0.35  # how much an article's topic counts for one of its statements


@dataclass(frozen=True)
class Topic:
    code: int
    en: str
    de: str
    description: str


@dataclass(frozen=True)
class _LangLexicon:
    words: dict[str, tuple[tuple[int, float], ...]]  # whole lemma/token -> (code, weight)...
    inner: tuple[tuple[str, int, float], ...]  # substrings matched inside tokens
    phrases: tuple[tuple[str, int, float], ...]  # " a b " -> matched on " lemma lemma "
    # the inner substrings by their first PREFIX characters: prefix -> ((substring, its indexes in inner), ...)
    inner_by_prefix: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]


@functools.lru_cache(maxsize=1)
def load_topics() -> dict[int, Topic]:
    """The 21 CAP major topics by code."""
    return {t.code: t for t in (_raw()[0])}


@functools.lru_cache(maxsize=1)
def _raw() -> tuple[list[Topic], dict[str, list[tuple[int, str]]]]:
    import yaml

    path = resources.files("lagebild") / "data" / "topics" / "cap_major.yaml"
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
        topics, keywords = [], {lang: [] for lang in SUPPORTED}
        for row in data["topics"]:
            topics.append(Topic(int(row["code"]), row["en"], row["de"], row.get("description", "")))
            for lang in SUPPORTED:
                keywords[lang] += [(int(row["code"]), str(k)) for k in row["keywords"].get(lang, [])]
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"topic lexicon {path} cannot be read: {exc}") from exc
    return topics, keywords


@functools.lru_cache(maxsize=2)
def _lexicon(lang: str) -> _LangLexicon:
    words: dict[str, list[tuple[int, float]]] = {}
    inner, phrases = [], []
    compounds = getattr(lang_data(lang, "topics"), "COMPOUNDS", False)  # lang/<code>/topics.py
    for code, entry in _raw()[1].get(lang, []):
        word, _, weight_text = entry.rpartition(":") if ":" in entry else (entry, "", "")
        weight = float(weight_text) if weight_text else 1.0
        word = word.lower().strip()
        exact_only = word.startswith("=")
        star = word.endswith("*")
        word = word.strip("=*")
        if " " in word:
            phrases.append((f" {word} ", code, weight))
            continue
        words.setdefault(word, []).append((code, weight))
        if star or (compounds and not exact_only and len(word) >= MIN_COMPOUND):
            if len(word) < PREFIX:
                raise ConfigError(f"topic keyword {entry!r}: a compound part needs {PREFIX}+ characters")
            inner.append((word, code, weight))
    return _LangLexicon({w: tuple(v) for w, v in words.items()}, tuple(inner), tuple(phrases), _by_prefix(inner))


def _by_prefix(inner: list[tuple[str, int, float]]) -> dict[str, tuple[tuple[str, tuple[int, ...]], ...]]:
    at: dict[str, list[int]] = {}
    for i, (part, _code, _weight) in enumerate(inner):
        at.setdefault(part, []).append(i)
    grouped: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for part, indexes in at.items():
        grouped.setdefault(part[:PREFIX], []).append((part, tuple(indexes)))
    return {prefix: tuple(parts) for prefix, parts in grouped.items()}


def _lemma(token: str, lang: str) -> str:
    return lemmatize(token, lang).lower()


@word_cache
def _token_topics(token: str, lang: str) -> tuple[str, tuple[tuple[int, float], ...]]:
    """The lemma of one lowercased token and its topic hits: one cache lookup for both."""
    lem = _lemma(token, lang)
    return lem, _token_hits(token, lem, lang)


def _token_hits(token: str, lem: str, lang: str) -> tuple[tuple[int, float], ...]:
    """Topic hits of one lowercased token (with its lemma): whole-word first, else compound parts."""
    lex = _lexicon(lang)
    hits = lex.words.get(lem) or lex.words.get(token)
    if hits:
        return hits
    found: dict[int, float] = {}
    matches = _inner_matches(lex, token) if lem == token else _inner_matches(lex, token) | _inner_matches(lex, lem)
    for i in sorted(matches):  # in lexicon order, as before
        _part, code, weight = lex.inner[i]
        found[code] = max(found.get(code, 0.0), weight)  # one hit per topic and token
    return tuple(found.items())


def _inner_matches(lex: _LangLexicon, word: str) -> set[int]:
    """Indexes of the ``inner`` substrings that occur in ``word``: one prefix probe per
    position of ``word`` instead of testing all 500 substrings."""
    found: set[int] = set()
    for start in range(len(word) - PREFIX + 1):
        for part, at in lex.inner_by_prefix.get(word[start:start + PREFIX], ()):
            if word.startswith(part, start):
                found.update(at)
    return found


def keyword_scores(text: str, lang: str) -> dict[int, float]:
    """Raw summed keyword weights per CAP code (no normalisation)."""
    lang = lang if lang_data(lang, "topics") is not None else "en"
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    analysed = [_token_topics(tok, lang) for tok in tokens]
    scores: dict[int, float] = {}
    for _lem, hits in analysed:
        for code, weight in hits:
            scores[code] = scores.get(code, 0.0) + weight
    lex = _lexicon(lang)
    if lex.phrases:
        seq = " " + " ".join([lem for lem, _hits in analysed]) + " "
        raw = " " + " ".join(tokens) + " "
        for phrase, code, weight in lex.phrases:
            if phrase in seq or phrase in raw:
                scores[code] = scores.get(code, 0.0) + weight
    return scores


def assign_topics(text: str, lang: str, *, context_scores: dict[int, float] | None = None,
                  top: int = 3) -> list[tuple[int, float]]:
    """Ranked ``[(cap_code, score), ...]`` for one statement; scores sum to at most 1.

    ``context_scores`` (``keyword_scores`` of the whole article) is a prior:
    it decides alone when the statement names no topic word. Empty list when
    neither has any hit.
    """
    scores = _normalise(keyword_scores(text, lang))
    if context_scores:
        ctx = _normalise(context_scores)
        if scores:
            codes = set(scores) | set(ctx)
            scores = {c: (1 - CONTEXT_WEIGHT) * scores.get(c, 0.0) + CONTEXT_WEIGHT * ctx.get(c, 0.0) for c in codes}
        else:  # inherited from the article only: half the confidence
            scores = {c: 0.5 * v for c, v in ctx.items()}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(code, round(score, 3)) for code, score in ranked[:top] if score > 0]


def _normalise(scores: dict[int, float]) -> dict[int, float]:
    total = sum(scores.values())
    return {c: v / total for c, v in scores.items()} if total > 0 else {}


def topics_stage_fn(state) -> None:
    """Pipeline stage: CAP topics for every statement, the article text as prior.

    Sets ``statement.topics`` (``[[code, score], ...]``) where the Statement model
    has that field; otherwise ``state.extras["topics"][statement_id]``.
    """
    lang = state.lang or "de"
    context = keyword_scores(state.text, lang)
    extras = state.extras.setdefault("topics", {})
    for st in state.analysis.statements:
        text = " ".join(span.text for span in st.quote)
        ranked = [[code, score] for code, score in assign_topics(text, lang, context_scores=context)]
        if hasattr(st, "topics"):
            st.topics = ranked
        else:
            extras[st.id] = ranked
