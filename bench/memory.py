"""Memory of the analysis pipeline over a long run: RSS after every block of articles.

A Dask worker is this loop plus Dask's own overhead; if the pipeline's RSS is flat
here, the workers' is too. Uses the generated articles of bench/scale.py (each carries
unique tokens, "Nr. 4711-3", so word caches meet new forms all the time, as they do on
real news).

    .venv/bin/python bench/memory.py [--n 20000] [--every 2000] [--json]
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import make_article  # noqa: E402


def rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000, help="articles to analyse")
    ap.add_argument("--every", type=int, default=2_000, help="print RSS after every N articles")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()

    from lagebild import analyze

    rng = random.Random(7)
    rows, t0 = [], time.time()
    for i in range(1, args.n + 1):
        art = make_article(i, rng, 2500)
        analyze(art["text"], published=art["published"], lang="de")
        if i % args.every == 0:
            gc.collect()
            rows.append({"articles": i, "rss_mib": round(rss_mib(), 1), "seconds": round(time.time() - t0, 1)})
            if not args.json:
                print(f"{i:>8} articles  RSS {rows[-1]['rss_mib']:7.1f} MiB  {rows[-1]['seconds']:7.1f} s", flush=True)
    first, last = rows[0]["rss_mib"], rows[-1]["rss_mib"]
    summary = {"rows": rows, "growth_pct": round(100 * (last - first) / first, 1)}
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"growth from {rows[0]['articles']} to {rows[-1]['articles']} articles: {summary['growth_pct']}%")


if __name__ == "__main__":
    main()
