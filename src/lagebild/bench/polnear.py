"""``lagebild bench polnear DIR``: English attribution relations on PolNeAR.

Data: a PolNeAR split folder (``text/``, ``attributions/`` in brat standoff,
``metadata.tsv``), read by ``corpora.polnear``: one gold relation (content, source,
cue) per Attribution event of the first annotator's file.

Metric (token-level, in the spirit of the de-news-quotes metric):

* Tokens: ``\\w+`` runs of the text (punctuation and quotation marks are not
  scored, so boundary conventions around commas and quotes do not count).
* Alignment: each predicted statement is paired with at most one gold
  relation and vice versa, greedily by the number of shared content tokens
  (largest first); pairs must share at least one content token.
* Per role r in content (statement quote), source (speaker mention) and cue:
  P = shared r-tokens over matched pairs / all predicted r-tokens,
  R = shared r-tokens over matched pairs / all gold r-tokens (micro over the
  split; unmatched predictions and gold relations count fully against P / R).
* joint = macro mean of the content, source and cue P, R and F1 (each role
  weighs the same, so short source and cue spans are not drowned by content).
* relation P/R/F1: a pair counts when its content token F1 >= 0.5 (how many
  relations were found at all).

Speed: articles per second of the pipeline only (reading and scoring excluded).
"""
from __future__ import annotations

import re

from ..corpora.polnear import ROLES, read_split
from .quote_format import one_per_quote
from .timing import TimedPipeline, score_table

_WORD = re.compile(r"\w+")


class _Tokens:
    """Word tokens of a text; maps char ranges to token index sets."""

    def __init__(self, text: str):
        self.bounds = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.starts = [a for a, _ in self.bounds]

    def ids(self, ranges: list[tuple[int, int]]) -> frozenset[int]:
        import bisect

        out: set[int] = set()
        for a, b in ranges:
            i = max(0, bisect.bisect_right(self.starts, a) - 1)
            while i < len(self.bounds) and self.bounds[i][0] < b:
                if self.bounds[i][1] > a:
                    out.add(i)
                i += 1
        return frozenset(out)


def _as_tokens(rel: dict[str, list[tuple[int, int]]], toks: _Tokens) -> dict[str, frozenset[int]]:
    return {r: toks.ids(rel[r]) for r in ROLES}


def predicted_relations(statements) -> list[dict[str, list[tuple[int, int]]]]:
    """Statements as relations: quote -> content, speaker mention -> source, cue -> cue (top level only).
    PolNeAR's content opens with the complementiser ('that they were not sure'); lagebild keeps 'that'
    in the frame, so a frame span 'that' right before the quote goes back to the content here."""
    out = []
    for s in one_per_quote(statements):  # one source span for 'X and Y said', as PolNeAR marks it
        if s.nested_in is not None or not s.quote:
            continue
        content = [(q.start, q.end) for q in s.quote]
        that = next((f for f in s.frame if f.text.lower() == "that" and 0 < content[0][0] - f.end <= 1), None)
        if that is not None:
            content[0] = (that.start, content[0][1])
        out.append({"content": content,
                    "source": [(m.start, m.end) for m in s.speaker_mention],
                    "cue": [(c.start, c.end) for c in s.cue]})
    return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def align(gold: list[dict[str, frozenset[int]]], pred: list[dict[str, frozenset[int]]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, pred index) by shared content tokens."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            n = len(g["content"] & p["content"])
            if n:
                cands.append((n, gi, pi))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, pairs = set(), set(), []
    for _n, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


class Counts:
    """Token counts per role, accumulated over documents."""

    def __init__(self):
        self.shared = dict.fromkeys(ROLES, 0)
        self.gold = dict.fromkeys(ROLES, 0)
        self.pred = dict.fromkeys(ROLES, 0)
        self.rel = {"tp": 0, "gold": 0, "pred": 0}

    def add(self, gold: list[dict[str, frozenset[int]]], pred: list[dict[str, frozenset[int]]]) -> None:
        for r in ROLES:
            self.gold[r] += sum(len(g[r]) for g in gold)
            self.pred[r] += sum(len(p[r]) for p in pred)
        self.rel["gold"] += len(gold)
        self.rel["pred"] += len(pred)
        for gi, pi in align(gold, pred):
            g, p = gold[gi], pred[pi]
            for r in ROLES:
                self.shared[r] += len(g[r] & p[r])
            n = len(g["content"] & p["content"])
            if _f1(n / len(p["content"]), n / len(g["content"])) >= 0.5:
                self.rel["tp"] += 1

    def scores(self) -> dict[str, dict[str, float]]:
        out = {}
        for r in ROLES:
            p = self.shared[r] / self.pred[r] if self.pred[r] else 0.0
            rc = self.shared[r] / self.gold[r] if self.gold[r] else 0.0
            out[r] = {"p": p, "r": rc, "f1": _f1(p, rc)}
        out["joint"] = {k: sum(out[r][k] for r in ROLES) / len(ROLES) for k in ("p", "r", "f1")}
        p = self.rel["tp"] / self.rel["pred"] if self.rel["pred"] else 0.0
        rc = self.rel["tp"] / self.rel["gold"] if self.rel["gold"] else 0.0
        out["relation"] = {"p": p, "r": rc, "f1": _f1(p, rc)}
        return {k: {m: round(100 * v, 2) for m, v in d.items()} for k, d in out.items()}


def run(path: str, options, *, limit: int | None = None) -> dict:
    """Run the pipeline (English) on each PolNeAR text with its date and score the statements."""
    docs = read_split(path)
    if limit:
        docs = docs[:limit]
    pipe = TimedPipeline(options, "en")
    counts, n_pred = Counts(), 0
    for raw in docs:
        analysis = pipe.analyze(raw["text"], published=raw["date"], name=raw["name"])
        toks = _Tokens(raw["text"])
        pred = [_as_tokens(r, toks) for r in predicted_relations(analysis.statements)]
        pred = [p for p in pred if p["content"]]
        n_pred += len(pred)
        counts.add([_as_tokens(g, toks) for g in raw["gold"]], pred)
    scores = counts.scores()
    return {
        "documents": len(docs),
        "gold_relations": counts.rel["gold"],
        "predicted_relations": n_pred,
        "scores": scores,
        **{name: scores[name] for name in ("content", "source", "cue", "joint")},
        **pipe.speed(len(docs)),
    }


def format_result(result: dict) -> str:
    lines = [f"polnear benchmark: {result['documents']} documents, "
             f"{result['gold_relations']} gold / {result['predicted_relations']} predicted relations"]
    lines += score_table(result["scores"])
    lines.append(f"speed: {result['articles_per_second']} articles/s ({result['seconds']} s)")
    return "\n".join(lines)
