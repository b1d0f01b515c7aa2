"""How long the shipped actor knowledge base takes to load in a fresh process.

Prints seconds per load (cold, then warm from the process cache) and peak RSS.
Usage: .venv/bin/python bench/kb_load.py [--repeat N]
Budget: a cold load under 1 s on the project's 2-core machine.
"""
from __future__ import annotations

import argparse
import resource
import time

from lagebild.kb import fresh_kb, load_kb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cold = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        fresh_kb()
        cold.append(time.perf_counter() - t)
    load_kb()
    t = time.perf_counter()
    load_kb()
    warm = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"kb load cold: {', '.join(f'{s:.3f}' for s in cold)} s (budget 1.0 s)")
    print(f"kb load warm: {warm * 1000:.3f} ms")
    print(f"peak RSS: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
