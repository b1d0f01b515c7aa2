"""Ingest throughput and memory: N generated documents into SQLite, analysis off.

Runs `lagebild ingest --no-analyze` in a subprocess on 2,500 / 5,000 / 10,000
generated documents (JSON Lines, ~2,500 characters each) and prints documents/s
and the subprocess's peak RSS, so "flat as the corpus grows" can be read off.

    .venv/bin/python bench/ingest.py [--sizes 2500,5000,10000] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "Regierung Koalition Bundestag Minister Kanzler Haushalt Milliarden Euro Ukraine Truppen Sicherheit "
    "Garantien Verhandlungen Opposition Sprecher Erklärung Woche Donnerstag Brüssel Berlin Paris Gipfel "
    "Abkommen Zölle Handel Industrie Klima Fonds Zusage Bedingung Waffenstillstand Parlament Zustimmung "
    "Debatte Partei Wähler Umfrage Reform Schuldenbremse Investitionen Verteidigung Lieferung Forderung "
    "die der das und mit für auf über nach gegen sagte erklärte werde habe sei könne müsse wolle soll "
    "nicht auch noch bereits jedoch allerdings zudem hingegen offenbar derzeit künftig"
).split()


RUNNER = (
    "import resource, sys\n"
    "from lagebild.cli import main\n"
    "main(sys.argv[1:])\n"
    "print('peak_rss_kib', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
)


def make_doc(i: int, rng: random.Random) -> dict:
    sentences = []
    size = 0
    while size < 2500:
        n = rng.randint(8, 20)
        words = [rng.choice(WORDS) for _ in range(n)] + [f"Nr{i}x{len(sentences)}"]
        sentence = " ".join(words).capitalize() + "."
        sentences.append(sentence)
        size += len(sentence) + 1
    month = 1 + i % 12
    day = 1 + i % 28
    return {"id": f"gen-{i}", "published": f"2025-{month:02d}-{day:02d}", "title": f"Meldung {i}",
            "text": " ".join(sentences), "lang": "de", "source": "bench"}


def run(n: int, workdir: Path) -> dict:
    rng = random.Random(n)
    corpus = workdir / f"corpus_{n}.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(make_doc(i, rng), ensure_ascii=False) + "\n")
    db = workdir / f"bench_{n}.db"
    # The CLI in a fresh interpreter that reports its own peak RSS on stderr.
    cmd = [sys.executable, "-c", RUNNER, "ingest", str(corpus), "--db", str(db),
           "--no-analyze", "--json", "--quiet"]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    peak_kib = int(out.stderr.strip().splitlines()[-1].split()[-1])
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    return {
        "documents": n,
        "processed": summary["processed"],
        "seconds": round(elapsed, 2),
        "docs_per_s": round(n / elapsed, 1),
        "peak_rss_mib": round(peak_kib / 1024, 1),
        "db_mib": round(os.path.getsize(db) / 2**20, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2500,5000,10000", help="comma-separated corpus sizes")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    sizes = sorted(int(x) for x in args.sizes.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        rows = [run(n, Path(tmp)) for n in sizes]
    if args.json:
        print(json.dumps({"runs": rows, "target_docs_per_s": 1000, "target_peak_rss_mib": 500}))
        return
    print(f"{'documents':>10} {'docs/s':>9} {'seconds':>8} {'peak RSS MiB':>13} {'db MiB':>7}")
    for r in rows:
        print(f"{r['documents']:>10} {r['docs_per_s']:>9} {r['seconds']:>8} {r['peak_rss_mib']:>13} {r['db_mib']:>7}")
    print("targets: >= 1000 docs/s, peak RSS < 500 MiB and flat as the corpus grows")


if __name__ == "__main__":
    main()
