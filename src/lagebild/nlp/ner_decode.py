"""Decoding of the fast NER tagger: the BIO tag set, allowed transitions, Viterbi.

``viterbi`` is the plain reference decoder (training uses it); ``decode_runs`` decodes all
runs of possible name tokens of a document in one numpy batch (``ner_model.Tagger.spans``).
"""
from __future__ import annotations

import numpy as np

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
TAG_INDEX = {t: k for k, t in enumerate(TAGS)}
N_TAGS = len(TAGS)
_INSIDE = [k for k, t in enumerate(TAGS) if t.startswith("I-")]
_BEGIN = [k for k, t in enumerate(TAGS) if t.startswith("B-")]


def allowed_transitions() -> np.ndarray:
    """(N_TAGS + 1) x N_TAGS: 0 where allowed, -inf where an I-X would follow neither B-X nor I-X.
    Row N_TAGS is the start state."""
    t = np.zeros((N_TAGS + 1, N_TAGS), dtype=np.float64)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            cls = tag[2:]
            for i in range(N_TAGS + 1):
                if i == N_TAGS or TAGS[i][2:] != cls:
                    t[i, j] = -np.inf
    return t


def viterbi(emissions: np.ndarray, trans: np.ndarray, prev: int | None = None, then: int | None = None) -> list[int]:
    """Best tag index sequence; ``trans`` is (N_TAGS + 1) x N_TAGS with the start row last.
    ``prev``/``then``: tags fixed just before/after the sequence (None: sequence start/end)."""
    n = emissions.shape[0]
    if n == 0:
        return []
    body = trans[:N_TAGS]
    score = trans[N_TAGS if prev is None else prev] + emissions[0]
    back = np.empty((n, N_TAGS), dtype=np.int8)
    cols = np.arange(N_TAGS)
    for t in range(1, n):
        cand = score[:, None] + body
        best = cand.argmax(axis=0)
        back[t] = best
        score = cand[best, cols] + emissions[t]
    if then is not None:
        score = score + body[:, then]
    out = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        out.append(int(back[t, out[-1]]))
    out.reverse()
    return out


def bio_spans(tags: list[int]) -> list[tuple[int, int, str]]:
    """[(start token, end token, class)] from BIO tag indices."""
    spans, start, cls = [], None, None
    for k, ti in enumerate(tags + [0]):
        tag = TAGS[ti]
        if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != cls):
            spans.append((start, k, cls))
            start, cls = None, None
        if tag != "O" and start is None:
            start, cls = k, tag[2:]
    return spans


def _runs(cand: np.ndarray, first: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends of the maximal runs [a, b) of candidate tokens, cut at sentence starts."""
    prev = np.concatenate(([False], cand[:-1])) & ~first
    nxt = np.concatenate((cand[1:] & ~first[1:], [False]))
    return np.flatnonzero(cand & ~prev), np.flatnonzero(cand & ~nxt) + 1


def decode_runs(em: np.ndarray, run_a: np.ndarray, run_b: np.ndarray, first: np.ndarray,
                trans: np.ndarray) -> np.ndarray:
    """Tag indices for all tokens (O outside the runs) by Viterbi over all runs at once
    (a padded batch). A run starts from the start state at a sentence start, else after
    O; it ends at a sentence end (no exit score, as in training) or before an O (its right
    neighbour is not a candidate). Padding steps are two extra absorbing end states."""
    n = len(em)
    order = np.argsort(run_b - run_a, kind="stable")[::-1]  # longest first: step k works on a prefix
    run_a, run_b = run_a[order], run_b[order]
    n_runs, lens = len(run_a), run_b - run_a
    width = int(lens[0]) + 1  # at least one padding step per run
    active = [int(np.count_nonzero(lens >= k)) for k in range(width)]  # runs still inside at step k
    end_o, end_s = N_TAGS, N_TAGS + 1
    body = np.full((N_TAGS + 2, N_TAGS + 2), -np.inf)
    body[:N_TAGS, :N_TAGS] = trans[:N_TAGS]
    body[:N_TAGS, end_o] = trans[:N_TAGS, 0]
    body[:N_TAGS, end_s] = 0.0
    body[end_o, end_o] = body[end_s, end_s] = 0.0
    sent_end = np.ones(n_runs, dtype=bool)
    inner = run_b < n
    sent_end[inner] = first[run_b[inner]]
    pad = np.full((n_runs, width, N_TAGS + 2), -np.inf)
    pad[sent_end, :, end_s] = 0.0
    pad[~sent_end, :, end_o] = 0.0
    rows = np.repeat(np.arange(n_runs), lens)
    cols = np.arange(len(rows)) - np.repeat(np.cumsum(lens) - lens, lens)
    src = np.repeat(run_a, lens) + cols
    pad[rows, cols, :N_TAGS] = em[src]
    pad[rows, cols, N_TAGS:] = -np.inf
    score = np.full((n_runs, N_TAGS + 2), -np.inf)
    score[:, :N_TAGS] = trans[np.where(first[run_a], N_TAGS, 0)] + pad[:, 0, :N_TAGS]
    back = np.zeros((n_runs, width, N_TAGS + 2), dtype=np.int8)
    for k in range(1, width):
        m = active[k]
        cand = score[:m, :, None] + body
        back[:m, k] = cand.argmax(axis=1)
        score[:m] = cand.max(axis=1) + pad[:m, k]
    tags = np.zeros((n_runs, width), dtype=np.int64)
    tags[np.arange(n_runs), lens] = np.where(sent_end, end_s, end_o)
    for k in range(width - 1, 0, -1):
        m = active[k]
        tags[:m, k - 1] = back[np.arange(m), k, tags[:m, k]]
    out = np.zeros(n, dtype=np.int64)
    out[src] = tags[rows, cols]
    return out


def tag_spans(tags: np.ndarray) -> list[tuple[int, int, str]]:
    """``bio_spans`` for a valid tag array (every I-X after B-X/I-X), vectorised."""
    begins = np.flatnonzero(np.isin(tags, _BEGIN))
    if not len(begins):
        return []
    outside = np.flatnonzero(~np.isin(np.append(tags, 0), _INSIDE))  # the appended O ends a final name
    ends = outside[np.searchsorted(outside, begins + 1)]
    return [(int(a), int(b), TAGS[t][2:]) for a, b, t in zip(begins, ends, tags[begins])]
