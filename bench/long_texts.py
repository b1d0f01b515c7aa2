"""Analysis time of long news-like texts: seconds per size, and per stage with --stages.

The text is the German sample articles (samples/corpus/de_*.txt) repeated until it is long
enough, each copy with its numbers changed so no two paragraphs are alike. Prints a table;
docs/benchmarks.md keeps the numbers. Usage:

    python bench/long_texts.py [--sizes 125000,250000,500000,990000] [--stages] [--profile N]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import time
from pathlib import Path

from lagebild.core import get_pipeline
from lagebild.model import Document

ROOT = Path(__file__).resolve().parent.parent


def long_text(size: int) -> str:
    """German news-like text of ``size`` characters (cut at a paragraph end where it can)."""
    articles = [p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "samples/corpus").glob("de_*.txt"))]
    parts: list[str] = []
    total, k = 0, 0
    while total < size:
        art = articles[k % len(articles)]
        bump = k // len(articles) + 1
        art = re.sub(r"\d+", lambda m: str(int(m.group()) + bump), art)
        parts.append(art)
        total += len(art) + 2
        k += 1
    text = "\n\n".join(parts)[:size]
    cut = text.rfind("\n\n")
    return text[:cut] if cut > size * 0.9 else text


def timed(text: str, stages: bool) -> tuple[float, dict[str, float]]:
    from lagebild.settings import make_options

    pipe = get_pipeline(make_options({"analysis_timeout": 0}, env={}))  # measure, never stop
    per: dict[str, float] = {}
    if stages:  # time each stage by wrapping the built stage functions
        fns = pipe._load()
        wrapped = []
        for spec, fn in zip(pipe.specs, fns):
            def run(state, fn=fn, name=spec.name):
                t = time.perf_counter()
                fn(state)
                per[name] = per.get(name, 0.0) + time.perf_counter() - t
            wrapped.append(run)
        pipe._fns = wrapped
    doc = Document(text=text, lang="de")
    t0 = time.perf_counter()
    try:
        analysis = pipe(doc, lang="de")
    finally:
        if stages:
            pipe._fns = fns
    took = time.perf_counter() - t0
    assert analysis.analysed, analysis.skipped_reason
    return took, per


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="125000,250000,500000,990000")
    ap.add_argument("--stages", action="store_true", help="seconds per stage too")
    ap.add_argument("--profile", type=int, default=0, help="cProfile one run of this size; print the top 30")
    args = ap.parse_args()
    from lagebild.settings import make_options
    get_pipeline(make_options(env={}))(Document(text="Merz sagte: \"Wir warten.\"", lang="de"), lang="de")  # warm up
    if args.profile:
        text = long_text(args.profile)
        prof = cProfile.Profile()
        prof.enable()
        timed(text, False)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
        return
    print(f"{'characters':>10}  {'seconds':>8}  {'s per 100k':>10}" + ("  stages" if args.stages else ""))
    for size in [int(s) for s in args.sizes.split(",")]:
        text = long_text(size)
        took, per = timed(text, args.stages)
        line = f"{len(text):>10}  {took:>8.1f}  {took / len(text) * 1e5:>10.2f}"
        if args.stages:
            line += "  " + " ".join(f"{k}={v:.1f}" for k, v in per.items())
        print(line, flush=True)


if __name__ == "__main__":
    main()
