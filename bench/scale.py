"""Scale: articles/s single process vs a local Dask cluster, SQLite vs PostgreSQL, and peak RSS.

Generates German news-like articles (~2,500 characters, with quotes, so the
fast pipeline has statements to find) as JSON Lines and runs
`lagebild ingest` in a subprocess for each configuration, timing the whole
command (start-up included). Peak RSS (VmHWM) of the client and of each Dask
worker process is sampled from /proc while it runs.

    .venv/bin/python bench/scale.py [--n 5000] [--repeat 1] [--big 50000] [--big-no-analyze] [--pg-url URL]
                                    [--ceiling] [--json]

Without --pg-url a throwaway PostgreSQL server is started (tests/pg_support.py).
--ceiling adds what the machine itself allows: N single-process ingests started at
once, each over 1/N of the corpus into its own SQLite file (no coordination, no Dask);
their combined articles/s against one process is the most any N-worker engine can reach
here (start-up, memory bandwidth, the hypervisor's scheduling included).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SPEAKERS = [("Bundeskanzler Friedrich Merz", "Merz"), ("Verteidigungsminister Boris Pistorius", "Pistorius"),
            ("Finanzminister Lars Klingbeil", "Klingbeil"), ("Frankreichs Präsident Emmanuel Macron", "Macron"),
            ("Grünen-Fraktionschefin Katharina Dröge", "Dröge"), ("CSU-Chef Markus Söder", "Söder"),
            ("Wirtschaftsministerin Katherina Reiche", "Reiche"), ("Linken-Chefin Ines Schwerdtner", "Schwerdtner")]
CUES = ["sagte", "erklärte", "betonte", "warnte", "kündigte an", "forderte", "kritisierte", "räumte ein"]
TOPICS = ["die Schuldenbremse", "die Rente", "die Ukraine-Hilfe", "den Haushalt 2026", "die Wehrpflicht",
          "die Zölle der USA", "den Klimaschutz", "die Migrationspolitik", "die Energiepreise", "die Bahnreform"]
CLAIMS = ["Wir werden {t} nicht gegen die Wand fahren", "Für {t} brauchen wir eine breite Mehrheit",
          "Ohne zusätzliche Milliarden ist {t} nicht zu machen", "Ich halte nichts davon, {t} jetzt zu ändern",
          "Die Bundesregierung steht bei {t} zu ihren Zusagen", "Wer {t} blockiert, trägt die Verantwortung",
          "Wir sind bereit, über {t} zu verhandeln, wenn die Bedingungen stimmen"]
FILLER = ["Die Koalition hatte sich am Wochenende im Kanzleramt getroffen.",
          "Nach Angaben aus Regierungskreisen dauerten die Beratungen bis in die Nacht.",
          "Der Bundestag soll noch vor der Sommerpause abstimmen.",
          "Die Opposition wirft der Regierung vor, Entscheidungen zu verschleppen.",
          "In Umfragen hat die Union zuletzt leicht verloren.",
          "Ökonomen halten die Pläne für unzureichend finanziert.",
          "Die Länder verlangen eine stärkere Beteiligung des Bundes an den Kosten.",
          "Ein Sprecher des Ministeriums wollte sich zu Details nicht äußern.",
          "Am Donnerstag beraten die Fachpolitiker der Fraktionen erneut."]


VOCAB = sorted({w.strip('.,:"()') for text in CLAIMS + FILLER + TOPICS for w in text.split()} | set(
    "Regierung Koalition Bundestag Minister Kanzler Haushalt Milliarden Euro Ukraine Truppen Sicherheit Garantien "
    "Verhandlungen Opposition Sprecher Woche Brüssel Berlin Paris Gipfel Abkommen Zölle Handel Industrie Klima "
    "Fonds Zusage Bedingung Waffenstillstand Parlament Zustimmung Debatte Partei Wähler Umfrage Reform Investitionen "
    "Verteidigung Lieferung Forderung Länder Kommunen Steuern Entlastung Bürger Unternehmen Arbeitsplätze Inflation "
    "Zinsen Renten Pflege Kliniken Schulen Brücken Netze Strom Gas Wärme Wohnungen Mieten Grenzen Asyl Polizei "
    "schnell gemeinsam deutlich dringend vorsichtig kurzfristig langfristig weiter erneut zuletzt".split()) - {""})
OPENERS = ["Berlin (dpa) -", "Brüssel (AFP) -", "Nach langem Streit", "Überraschend", "Am Rande des Gipfels"]


def _words(rng: random.Random, lo: int, hi: int) -> str:
    return " ".join(rng.choice(VOCAB) for _ in range(rng.randint(lo, hi)))


def make_article(i: int, rng: random.Random, chars: int) -> dict:
    """Quotes with speaker and cue in varied word order; the quoted words are drawn at random,
    so different articles share few word 5-grams (as different stories do)."""
    parts, size = [f"{rng.choice(OPENERS)} {_words(rng, 8, 14)}."], 0
    while size < chars:
        speaker, short = rng.choice(SPEAKERS)
        claim = f"{_words(rng, 6, 14)} {rng.choice(TOPICS)} {_words(rng, 2, 6)}"
        claim = claim[0].upper() + claim[1:]
        kind = rng.random()
        if kind < 0.4:
            sentence = f'"{claim}", {rng.choice(CUES)} {speaker} am {rng.choice(["Montag", "Dienstag", "Mittwoch"])}.'
        elif kind < 0.7:
            sentence = f'{short} {rng.choice(CUES)}: "{claim}."'
        else:
            sentence = f"{_words(rng, 10, 18).capitalize()} (Nr. {i}-{len(parts)})."
        parts.append(sentence)
        size += len(sentence) + 1
    day = 1 + i % 28
    return {"id": f"scale-{i}", "published": f"2025-09-{day:02d}", "title": f"Streit um {rng.choice(TOPICS)} ({i})",
            "text": " ".join(parts), "lang": "de", "source": "bench"}


def write_corpus(path: Path, n: int, chars: int) -> None:
    rng = random.Random(n)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(make_article(i, rng, chars), ensure_ascii=False) + "\n")


def _peak_rss_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def _is_worker(pid: int) -> bool:
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"multiprocessing" in cmd and b"resource_tracker" not in cmd


def run_ingest(corpus: Path, db: str, workers: int | None, analyze: bool) -> dict:
    cmd = [sys.executable, "-m", "lagebild", "ingest", str(corpus), "--db", db, "--json", "--quiet"]
    if workers:
        cmd += ["--workers", str(workers)]
    if not analyze:
        cmd.append("--no-analyze")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    peaks: dict[int, int] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    done = threading.Event()

    def sample() -> None:  # VmHWM is the high-water mark, so sampling only has to see each process once
        while not done.is_set():
            for pid in [proc.pid] + [c for c in _children(proc.pid) if _is_worker(c)]:
                if (kib := _peak_rss_kib(pid)) is not None:
                    peaks[pid] = max(peaks.get(pid, 0), kib)
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}): {err[-2000:]}")
    summary = json.loads(out)
    stored = summary["processed"] + summary["near_duplicate"]
    client = peaks.pop(proc.pid, 0)
    return {"articles": stored, "seconds": round(seconds, 1), "articles_per_s": round(stored / seconds, 1),
            "client_rss_mib": round(client / 1024), "worker_rss_mib": sorted(round(v / 1024) for v in peaks.values())}


def run_independent(corpus: Path, work: Path, n_proc: int) -> dict:
    """``n_proc`` single-process ingests at once, each over its share of the corpus."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    step = -(-len(lines) // n_proc)
    parts = []
    for k in range(n_proc):
        part = work / f"share-{k}.jsonl"
        part.write_text("".join(lines[k * step:(k + 1) * step]), encoding="utf-8")
        parts.append(part)
    results: list[dict] = [{}] * n_proc
    start = time.perf_counter()

    def one(k: int) -> None:
        results[k] = run_ingest(parts[k], str(work / f"share-{k}-{time.monotonic_ns()}.db"), None, analyze=True)

    threads = [threading.Thread(target=one, args=(k,)) for k in range(n_proc)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    stored = sum(r["articles"] for r in results)
    return {"articles": stored, "seconds": round(seconds, 1), "articles_per_s": round(stored / seconds, 1),
            "client_rss_mib": max(r["client_rss_mib"] for r in results), "worker_rss_mib": []}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--big", type=int, default=50000, help="size of the RSS run (0: skip)")
    ap.add_argument("--big-no-analyze", action="store_true", help="store only in the big run")
    ap.add_argument("--chars", type=int, default=2500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1, help="runs of each 5,000-article configuration (median)")
    ap.add_argument("--pg-url", help="an empty PostgreSQL database (default: start a throwaway server)")
    ap.add_argument("--ceiling", action="store_true",
                    help="also run --workers independent single processes on shares of the corpus (SQLite)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT / "tests"))
    import pg_support

    def pg_db() -> str:
        if args.pg_url:
            pg_support.truncate_all(args.pg_url) if _migrated(args.pg_url) else None
            return args.pg_url
        return pg_support.server().create_database("bench")

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        write_corpus(corpus, args.n, args.chars)
        # Repeats are interleaved (all four configurations, then again), so that a slow spell
        # of a shared machine does not land on one configuration only; figures use the median.
        for repeat in range(args.repeat):
            for backend in ("sqlite", "postgresql"):
                for workers in (None, args.workers):
                    db = str(work / f"{backend}-{workers}-{repeat}.db") if backend == "sqlite" else pg_db()
                    result = run_ingest(corpus, db, workers, analyze=True)
                    rows.append({"backend": backend, "workers": workers or 0, "n": args.n, "analyze": True,
                                 **result})
                    _print(rows[-1], args.json)
            if args.ceiling:
                result = run_independent(corpus, work, args.workers)
                rows.append({"backend": "independent", "workers": args.workers, "n": args.n, "analyze": True,
                             **result})
                _print(rows[-1], args.json)
        if args.big and args.big_no_analyze:  # the same configuration at the small size, for the RSS comparison
            result = run_ingest(corpus, str(work / "small-store-only.db"), args.workers, analyze=False)
            rows.append({"backend": "sqlite", "workers": args.workers, "n": args.n, "analyze": False, **result})
            _print(rows[-1], args.json)
        if args.big:
            big = work / "big.jsonl"
            write_corpus(big, args.big, args.chars)
            result = run_ingest(big, str(work / "big.db"), args.workers, analyze=not args.big_no_analyze)
            rows.append({"backend": "sqlite", "workers": args.workers, "n": args.big,
                         "analyze": not args.big_no_analyze, **result})
            _print(rows[-1], args.json)
    runs: dict[tuple[str, int], list[float]] = {}
    for r in rows:
        if r["n"] == args.n and r["analyze"]:
            runs.setdefault((r["backend"], r["workers"]), []).append(r["articles_per_s"])
    rate = {key: statistics.median(values) for key, values in runs.items()}
    figures = {
        "speedup_sqlite": round(rate[("sqlite", args.workers)] / rate[("sqlite", 0)], 2),
        "speedup_postgresql": round(rate[("postgresql", args.workers)] / rate[("postgresql", 0)], 2),
        "pg_cost_single": round(1 - rate[("postgresql", 0)] / rate[("sqlite", 0)], 3),
        "pg_cost_workers": round(1 - rate[("postgresql", args.workers)] / rate[("sqlite", args.workers)], 3),
    }
    if args.ceiling:  # the machine's own bound for the speedups above
        figures["speedup_independent"] = round(rate[("independent", args.workers)] / rate[("sqlite", 0)], 2)
    print(json.dumps(figures) if args.json else "\n".join(f"{k}: {v}" for k, v in figures.items()))


def _migrated(url: str) -> bool:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT to_regclass('documents') IS NOT NULL").fetchone()[0]


def _print(row: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(row), flush=True)
        return
    print(f"{row['backend']:10} workers={row['workers']} n={row['n']:>6} analyze={row['analyze']!s:5} "
          f"{row['articles_per_s']:>7.1f} articles/s ({row['seconds']} s)  client RSS {row['client_rss_mib']} MiB"
          f"  worker RSS {row['worker_rss_mib']} MiB", flush=True)


if __name__ == "__main__":
    main()
