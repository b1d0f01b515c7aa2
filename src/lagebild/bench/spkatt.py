"""``lagebild bench spkatt DIR``: speaker attribution on GermEval 2023 SpkAtt task 1 (Bundestag).

Data: a split folder of SpkAtt speeches, read by ``corpora.spkatt`` (one gold event
per cue, roles as ``"sent:token"`` ids; Cue, PTC, Source, Message, Addr, Topic,
Medium, Evidence).

We rebuild the text by joining the tokens with single spaces (sentences too),
run the German pipeline, and map each statement back to token ids
(cue -> Cue, speaker mention -> Source, quote -> Message, addressee -> Addr;
lagebild predicts no Topic, Medium or Evidence spans, so those count as missed).

Metric: an approximation of the GermEval 2023 SpkAtt task 1 scoring
(token-level, proportional overlap instead of exact spans):

* Alignment: events are paired one-to-one, greedily by shared cue tokens
  (Cue + PTC), largest first.
* cue P/R/F1: shared cue tokens of the pairs / all predicted resp. gold cue
  tokens (micro over the split).
* roles P/R/F1: the same over the tokens of all roles (Source, Message, Addr,
  Topic, Medium, Evidence), role by role within each pair, micro over roles.
* joint: micro over cue and role tokens together.
Differences to the official scorer: the official script scores per role
label and averages, matches within sentences and treats PTC as its own
label; here PTC counts as cue, roles are pooled (per-role scores are reported
as well), and alignment is over the whole speech.
"""
from __future__ import annotations

from ..corpora.spkatt import ROLE_LABELS, read_split
from .polnear import _f1
from .quote_format import one_per_quote
from .timing import TimedPipeline, score_table


class _Ids:
    """Maps char spans back to token ids."""

    def __init__(self, offsets: dict[str, tuple[int, int]]):
        self.items = sorted(offsets.items(), key=lambda kv: kv[1][0])
        self.starts = [v[0] for _k, v in self.items]

    def of(self, spans) -> frozenset[str]:
        import bisect

        out = set()
        for s in spans:
            i = max(0, bisect.bisect_right(self.starts, s.start) - 1)
            while i < len(self.items) and self.items[i][1][0] < s.end:
                if self.items[i][1][1] > s.start:
                    out.add(self.items[i][0])
                i += 1
        return frozenset(out)


def predicted_events(statements, ids: _Ids) -> list[dict[str, frozenset[str]]]:
    out = []
    for s in one_per_quote(statements):  # one Source span for coordinated speakers, as SpkAtt marks it
        if s.nested_in is not None or not s.cue:
            continue  # SpkAtt events are anchored on a cue
        ev = {"cue": ids.of(s.cue), "Source": ids.of(s.speaker_mention), "Message": ids.of(s.quote),
              "Addr": ids.of(s.addressee)}
        for role in ROLE_LABELS:
            ev.setdefault(role, frozenset())
        out.append(ev)
    return out


def _align(gold, pred) -> list[tuple[int, int]]:
    cands = sorted(((len(g["cue"] & p["cue"]), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                    if g["cue"] & p["cue"]), key=lambda c: (-c[0], c[1], c[2]))
    ug, up, pairs = set(), set(), []
    for _n, gi, pi in cands:
        if gi not in ug and pi not in up:
            ug.add(gi)
            up.add(pi)
            pairs.append((gi, pi))
    return pairs


def score(pairs_of_docs) -> dict[str, dict[str, float]]:
    """Scores from ``[(gold_events, predicted_events), ...]``."""
    labels = ("cue",) + ROLE_LABELS
    shared, ng, np_ = dict.fromkeys(labels, 0), dict.fromkeys(labels, 0), dict.fromkeys(labels, 0)
    for gold, pred in pairs_of_docs:
        for lab in labels:
            ng[lab] += sum(len(g[lab]) for g in gold)
            np_[lab] += sum(len(p[lab]) for p in pred)
        for gi, pi in _align(gold, pred):
            for lab in labels:
                shared[lab] += len(gold[gi][lab] & pred[pi][lab])

    def prf(keys) -> dict[str, float]:
        s, g, p = sum(shared[k] for k in keys), sum(ng[k] for k in keys), sum(np_[k] for k in keys)
        prec, rec = (s / p if p else 0.0), (s / g if g else 0.0)
        return {"p": round(100 * prec, 2), "r": round(100 * rec, 2), "f1": round(100 * _f1(prec, rec), 2)}

    out = {"cue": prf(("cue",)), "roles": prf(ROLE_LABELS), "joint": prf(labels)}
    for role in ROLE_LABELS:
        out[role] = prf((role,))
    return out


def run(path: str, options, *, limit: int | None = None) -> dict:
    """Run the German pipeline on each speech and score cue / roles / joint."""
    docs = read_split(path)
    if limit:
        docs = docs[:limit]
    pipe = TimedPipeline(options, "de")
    results = []
    for raw in docs:
        analysis = pipe.analyze(raw["text"], published=raw["date"], name=raw["name"])
        results.append((raw["gold"], predicted_events(analysis.statements, _Ids(raw["offsets"]))))
    scores = score(results)
    return {
        "documents": len(docs),
        "gold_events": sum(len(g) for g, _p in results),
        "predicted_events": sum(len(p) for _g, p in results),
        "scores": scores,
        **{name: scores[name] for name in ("cue", "roles", "joint")},
        **pipe.speed(len(docs)),
    }


def format_result(result: dict) -> str:
    lines = [f"spkatt benchmark: {result['documents']} speeches, "
             f"{result['gold_events']} gold / {result['predicted_events']} predicted events"]
    lines += score_table(result["scores"])
    lines.append(f"speed: {result['articles_per_second']} speeches/s ({result['seconds']} s)")
    return "\n".join(lines)
