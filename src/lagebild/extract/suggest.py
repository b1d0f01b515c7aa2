"""``issues suggest``: cluster statements' quote texts into candidate issues.

TF-IDF over content lemmas (simplemma; German compounds stay whole, which
keeps "Schuldenbremse" apart from "Schulden"), cosine similarity, and
average-linkage agglomerative clustering in numpy: merge the two most similar
clusters until ``k`` remain or no pair is more similar than ``min_similarity``.
Deterministic: ties break by input order, no random initialisation. Quadratic
in the number of statements, so at most ``max_statements`` (the first ones
given, i.e. pass the most recent first) are clustered.

Each suggestion: ``label`` (top terms joined), ``terms``, ``size``,
``statement_ids`` (closest to the centre first), ``example`` (the most central
quote text). Singletons are dropped: an issue needs two statements.
"""
from __future__ import annotations

import math
import re
from typing import Any

from ..nlp.language import lang_data, merged

_TOKEN = re.compile(r"[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*")
# Function words and reporting vocabulary that say nothing about an issue (lang/<code>/suggest.py, all languages).
STOP = merged("suggest", "STOP")
MIN_SIMILARITY = 0.12  # average-link cosine below which clusters stay apart when k is not given


def _lemmas(text: str, lang: str | None) -> list[str]:
    from .topics import _lemma

    out = []
    for tok in _TOKEN.findall(text):
        low = tok.lower()
        if len(low) < 3 or low.isdigit():
            continue
        lem = _lemma(low, lang if lang_data(lang, "suggest") is not None else "de")
        if lem not in STOP and low not in STOP:
            out.append(lem)
    return out


def _quote_text(st: dict[str, Any]) -> str:
    if isinstance(st.get("text"), str):
        return st["text"]
    quote = st.get("quote") or []
    return " ".join(q.get("text", "") if isinstance(q, dict) else str(q) for q in quote)


def suggest_issues(statements: list[dict[str, Any]], *, k: int | None = None, lang: str | None = None,
                   min_similarity: float = MIN_SIMILARITY, max_statements: int = 2000,
                   top_terms: int = 4) -> list[dict[str, Any]]:
    """Candidate issues from statement dicts (``id`` plus ``text`` or ``quote`` spans), largest first."""
    import numpy as np

    items = [(str(st.get("id", i)), _quote_text(st), st.get("lang") or lang) for i, st in enumerate(statements)]
    items = items[:max_statements]
    docs = [_lemmas(text, lg) for _id, text, lg in items]
    keep = [i for i, d in enumerate(docs) if d]
    if len(keep) < 2:
        return []
    vocab: dict[str, int] = {}
    for i in keep:
        for lem in docs[i]:
            vocab.setdefault(lem, len(vocab))
    X = np.zeros((len(keep), len(vocab)))
    for row, i in enumerate(keep):
        for lem in docs[i]:
            X[row, vocab[lem]] += 1.0
    df = (X > 0).sum(axis=0)
    idf = np.log((1 + len(keep)) / (1 + df)) + 1.0
    X = np.log1p(X) * idf
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    sim = X @ X.T
    clusters = _agglomerate(sim, k, min_similarity)
    terms = sorted(vocab, key=vocab.get)
    out = []
    for members in clusters:
        if len(members) < 2:
            continue
        centre = X[members].mean(axis=0)
        best_terms = [terms[j] for j in np.argsort(-centre, kind="stable")[:top_terms] if centre[j] > 0]
        order = sorted(members, key=lambda m: (-float(X[m] @ centre), m))
        out.append({
            "label": ", ".join(best_terms),
            "terms": best_terms,
            "size": len(members),
            "statement_ids": [items[keep[m]][0] for m in order],
            "example": items[keep[order[0]]][1],
        })
    out.sort(key=lambda s: (-s["size"], s["statement_ids"][0]))
    return out


def _agglomerate(sim, k: int | None, min_similarity: float) -> list[list[int]]:
    """Average-linkage clustering on a similarity matrix; deterministic."""
    import numpy as np

    n = sim.shape[0]
    clusters: dict[int, list[int]] = {i: [i] for i in range(n)}
    link = sim.astype(float).copy()  # average similarity between live clusters
    np.fill_diagonal(link, -math.inf)
    target = max(1, k) if k else 1
    while len(clusters) > target:
        flat = int(np.argmax(link))  # first maximum: ties go to the lowest indices
        a, b = divmod(flat, n)
        if link[a, b] == -math.inf or (k is None and link[a, b] < min_similarity):
            break
        a, b = min(a, b), max(a, b)
        na, nb = len(clusters[a]), len(clusters[b])
        merged = (link[a] * na + link[b] * nb) / (na + nb)
        link[a, :] = merged
        link[:, a] = merged
        link[a, a] = -math.inf
        link[b, :] = -math.inf
        link[:, b] = -math.inf
        clusters[a] += clusters.pop(b)
    return [sorted(m) for _i, m in sorted(clusters.items())]
