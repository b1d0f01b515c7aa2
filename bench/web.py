"""Web and API latency: `lagebild serve` over the demo corpus plus 10,000 generated documents.

Builds (or reuses) a store: the sample corpus analysed, then 10,000 generated
documents (JSON Lines, ~2,500 characters each) stored with `--no-analyze`.
Starts `lagebild serve` in a subprocess on 127.0.0.1, fires requests from a few
concurrent clients at the overview and at search, and prints p50/p95 per route.

    .venv/bin/python bench/web.py [--docs 10000] [--requests 600] [--clients 4] [--fresh] [--json]

Targets: overview p95 < 200 ms; search over 10,000 documents p95 < 300 ms.
"""
from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from ingest import make_doc  # noqa: E402  (the same generated documents as the ingest bench)

TARGETS_MS = {"overview": 200.0, "search": 300.0}
# Frequent words (thousands of hits), rarer words and a phrase: the ranking cost differs.
QUERIES = ["Regierung", "Ukraine Truppen", "Schuldenbremse", "Merz", "Zölle Handel", "Soldaten",
           "Garantien Waffenstillstand", "Klima Fonds", "Brüssel", "Koalition Reform"]
SERVE = "from lagebild.cli.serve import serve_cmd\nserve_cmd(prog_name='lagebild serve')\n"


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def build_store(path: Path, n_docs: int) -> None:
    """Demo corpus (analysed) + n generated documents (not analysed)."""
    lagebild = [sys.executable, "-m", "lagebild"]
    run([*lagebild, "ingest", str(ROOT / "samples" / "corpus"), "--db", str(path), "-q"])
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "generated.jsonl"
        with jsonl.open("w", encoding="utf-8") as f:
            for i in range(n_docs):
                f.write(json.dumps(make_doc(i, rng), ensure_ascii=False) + "\n")
        run([*lagebild, "ingest", str(jsonl), "--db", str(path), "--no-analyze", "-q"])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    # `lagebild serve` itself, run through its click command (works before the CLI registers it)
    proc = subprocess.Popen([sys.executable, "-c", SERVE, "--db", str(db), "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"lagebild serve exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/v1/stats", timeout=1)
            return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.terminate()
    raise RuntimeError("lagebild serve did not answer within 30 s")


def fire(base: str, paths: list[str], clients: int) -> tuple[list[float], float, int]:
    """Latencies (ms) of GETs spread over ``clients`` threads, wall time (s) and failures."""
    latencies: list[float] = []
    failures = 0
    lock = threading.Lock()
    chunks = [paths[i::clients] for i in range(clients)]

    def client(chunk: list[str]) -> None:
        nonlocal failures
        with httpx.Client(base_url=base, timeout=30) as http:
            for path in chunk:
                t0 = time.perf_counter()
                resp = http.get(path)
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    latencies.append(ms)
                    failures += resp.status_code != 200

    threads = [threading.Thread(target=client, args=(c,)) for c in chunks]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, time.perf_counter() - t0, failures


def failed_note(result: dict) -> str:
    return f" ({result['failed']} failed)" if result["failed"] else ""


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=600, help="requests per route group")
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--dir", default=str(ROOT / "build" / "bench-web"), help="where the store is kept")
    ap.add_argument("--fresh", action="store_true", help="rebuild the store")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    workdir = Path(args.dir)
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / f"web-{args.docs}.db"
    if args.fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    if not db.exists():
        t0 = time.perf_counter()
        build_store(db, args.docs)
        print(f"built {db.name} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    port = free_port()
    proc = start_server(db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        fire(base, ["/", "/search?q=Merz"] * 5, 2)  # warm-up: caches, page cache, templates
        groups = {
            "overview": ["/"] * args.requests,
            "search": [f"/search?q={QUERIES[i % len(QUERIES)]}" for i in range(args.requests)],
            "api_search": [f"/api/v1/search?q={QUERIES[i % len(QUERIES)]}" for i in range(args.requests // 3)],
            "api_statements": [f"/api/v1/statements?limit=50&offset={(i * 50) % 250}"
                               for i in range(args.requests // 3)],
        }
        results = {}
        for name, paths in groups.items():
            lat, wall, failed = fire(base, paths, args.clients)
            results[name] = {"requests": len(lat), "failed": failed, "p50_ms": round(percentile(lat, 50), 1),
                             "p95_ms": round(percentile(lat, 95), 1), "max_ms": round(max(lat), 1),
                             "req_per_s": round(len(lat) / wall, 1)}
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    total = sum(r["requests"] for r in results.values())
    if args.json:
        print(json.dumps({"documents": args.docs, "clients": args.clients, "total_requests": total,
                          "results": results}))
        return
    print(f"store: demo corpus + {args.docs:,} generated documents; {args.clients} concurrent clients; "
          f"{total:,} requests")
    print(f"{'route':<16}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'req/s':>8}  target")
    for name, r in results.items():
        target = TARGETS_MS.get(name)
        verdict = "" if target is None else f"p95 < {target:.0f} ms: {'ok' if r['p95_ms'] < target else 'MISSED'}"
        print(f"{name:<16}{r['requests']:>9}{r['p50_ms']:>9}{r['p95_ms']:>9}{r['max_ms']:>9}{r['req_per_s']:>8}  "
              f"{verdict}{failed_note(r)}")


if __name__ == "__main__":
    main()
