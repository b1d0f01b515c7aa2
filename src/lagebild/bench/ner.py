"""NER benchmark on GermEval 2014-style TSV (also the EuroParl German NER files, and CoNLL
files such as WNUT 2017's English ones with ``lang="en"``), read by ``corpora.germeval``.

Outer level only; -deriv and -part fold into their class; OTH <-> MISC; WNUT 2017's
classes fold into the same four (``corpora.germeval.WNUT``). Strict span
match (same start, end and class), as GermEval's outer metric. Sentences are rebuilt
by joining tokens with single spaces, so character spans map back to tokens exactly.

Halves (``--half``): the fast tagger is trained on GermEval dev sentences with an even
index in file order (0-based, the "tune" half); scores that count are measured on the
odd-index "heldout" half, which nothing was trained or tuned on (docs/models.md).
"""
from __future__ import annotations

import time

from ..corpora.germeval import read_sentences

CLASSES = ("PER", "LOC", "ORG", "MISC")


def run(path: str, options=None, *, mode: str = "fast", limit: int | None = None, half: str = "all",
        lang: str = "de") -> dict:
    sents = read_sentences(path, limit, half)
    result = score(sents, options, mode=mode, lang=lang)
    return {"file": str(path), "half": half, "lang": lang, **result}


def score(sents: list[tuple[list[str], set]], options=None, *, mode: str = "fast", kb=None,
          lang: str = "de") -> dict:
    """Strict outer-span scores of ``find_entities`` on ``read_sentences`` output, with the
    same source of entity spans as the ``entities`` stage (``ner.span_source``)."""
    from ..kb import load_kb
    from ..nlp.ner import find_entities, span_source
    from ..nlp.tokens import blank
    from ..settings import make_options, with_options

    options = with_options(options or make_options(), mode=mode)
    kb = kb if kb is not None else load_kb(options)
    nlp = blank(lang)
    spans_of = span_source(options)
    tp = {c: 0 for c in CLASSES}
    fp, fn = dict(tp), dict(tp)
    n_tokens = 0
    elapsed = 0.0
    for toks, gold in sents:
        text = " ".join(toks)
        offsets, pos = [], 0
        for t in toks:
            offsets.append((pos, pos + len(t)))
            pos += len(t) + 1
        start_of = {a: k for k, (a, _) in enumerate(offsets)}
        end_of = {b: k + 1 for k, (_, b) in enumerate(offsets)}
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        ents = find_entities(text, doc, lang, kb, None, spans=spans_of(text, doc, lang))
        elapsed += time.perf_counter() - t0
        n_tokens += len(toks)
        pred = set()
        for e in ents:
            a, b = start_of.get(e.span.start), end_of.get(e.span.end)
            pred.add((a if a is not None else -1, b if b is not None else -1, e.label))
        for span in pred:
            if span[2] in tp:
                (tp if span in gold else fp)[span[2]] += 1
        for span in gold:
            if span[2] in fn and span not in pred:
                fn[span[2]] += 1

    def prf(t, p_, n_):
        p = t / (t + p_) if t + p_ else 0.0
        r = t / (t + n_) if t + n_ else 0.0
        return {"precision": round(100 * p, 2), "recall": round(100 * r, 2),
                "f1": round(200 * p * r / (p + r), 2) if p + r else 0.0, "gold": t + n_, "predicted": t + p_}

    per_class = {c: prf(tp[c], fp[c], fn[c]) for c in CLASSES}
    overall = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {"mode": mode, "sentences": len(sents), "tokens": n_tokens,
            "overall": overall, "per_class": per_class, "seconds": round(elapsed, 3),
            "tokens_per_second": round(n_tokens / elapsed) if elapsed else None}


def format_result(result: dict) -> str:
    o = result["overall"]
    half = f" ({result['half']} half)" if result.get("half", "all") != "all" else ""
    lines = [f"NER {result['mode']} on {result['file']}{half}: {result['sentences']} sentences, {result['tokens']} tokens",
             f"{'class':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}",
             f"{'all':6} {o['precision']:6.2f} {o['recall']:6.2f} {o['f1']:6.2f} {o['gold']:6} {o['predicted']:6}"]
    for cls, m in result["per_class"].items():
        lines.append(f"{cls:6} {m['precision']:6.2f} {m['recall']:6.2f} {m['f1']:6.2f} {m['gold']:6} {m['predicted']:6}")
    lines.append(f"speed: {result['tokens_per_second']} tokens/s (NER + linking, tokenizer included)")
    return "\n".join(lines)
