"""Concurrency: writers on one SQLite file while a large ingest runs.

One `lagebild ingest` of --big generated articles (bench/scale.py's `make_article`)
runs into an SQLite file while, against the same file, a second ingest of --small
other articles, a `lagebild watch` polling a feed (served on 127.0.0.1 from a folder
that receives a new article file every second; bounded by --rounds) and --posts POSTs
to `lagebild serve --allow-ingest --token T` (127.0.0.1, a bounded loop) run.
Prints the failures of each (target 0) and the longest write-lock hold, measured in
the store: every write transaction's time from BEGIN IMMEDIATE to COMMIT, recorded
through LAGEBILD_TRACE_LOCKS (target under 1 s).

    .venv/bin/python bench/concurrency.py [--big 1000] [--small 200] [--posts 200] [--json]
"""
from __future__ import annotations

import argparse
import html
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import make_article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "T"


def write_jsonl(path: Path, first: int, n: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(first, first + n):
            fh.write(json.dumps(make_article(i, rng, 2500), ensure_ascii=False) + "\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def lagebild(*args: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "lagebild", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class FeedFolder:
    """A folder served on 127.0.0.1: feed.xml lists the article files in it so far."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.items: list[str] = []
        self._write_feed()
        handler = partial(_QuietHandler, directory=str(folder))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, article: dict) -> None:
        name = f"a{len(self.items)}.html"
        paras = "".join(f"<p>{html.escape(s)}</p>" for s in article["text"].split(". "))
        (self.folder / name).write_text(
            f"<html><head><title>{html.escape(article['title'])}</title>"
            f'<meta property="article:published_time" content="{article["published"]}"></head>'
            f"<body><article><h1>{html.escape(article['title'])}</h1>{paras}</article></body></html>",
            encoding="utf-8")
        self.items.append(name)
        self._write_feed()

    def _write_feed(self) -> None:
        items = "".join(f"<item><title>{n}</title><link>{{base}}/{n}</link><guid>{n}</guid></item>"
                        for n in self.items)
        text = f'<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title>{items}</channel></rss>'
        tmp = self.folder / "feed.tmp"
        tmp.write_text(text.replace("{base}", getattr(self, "base", "")), encoding="utf-8")
        tmp.replace(self.folder / "feed.xml")

    def close(self) -> None:
        self.server.shutdown()


def post_loop(port: int, n: int, first: int, results: dict, stop_at: float) -> None:
    rng = random.Random(7)
    url = f"http://127.0.0.1:{port}/api/v1/documents"
    for i in range(first, first + n):
        if time.monotonic() > stop_at:
            results["not_sent"] = first + n - i
            break
        art = make_article(i, rng, 2500)
        body = json.dumps({"text": art["text"], "title": art["title"], "published": art["published"],
                           "lang": "de"}).encode()
        req = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
        started = time.monotonic()
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                results["ok"] += resp.status in (200, 201)
        except urllib.error.HTTPError as exc:
            results["failed"] += 1
            results.setdefault("errors", []).append(f"{exc.code}: {exc.read()[:200]!r}")
        except OSError as exc:
            results["failed"] += 1
            results.setdefault("errors", []).append(repr(exc))
        results["slowest_s"] = max(results["slowest_s"], time.monotonic() - started)


def wait_for_port(port: int, proc: subprocess.Popen, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def run(big: int, small: int, posts: int, rounds: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="lb-conc-") as tmp:
        tmp_path = Path(tmp)
        db = str(tmp_path / "lb.db")
        trace = tmp_path / "locks.txt"
        env = {**os.environ, "LAGEBILD_TRACE_LOCKS": str(trace)}
        big_file, small_file = tmp_path / "big.jsonl", tmp_path / "small.jsonl"
        write_jsonl(big_file, 0, big, 1)
        write_jsonl(small_file, 100_000, small, 2)
        subprocess.run([sys.executable, "-c", "import sys; from lagebild.store import open_store;"
                        " open_store(sys.argv[1]).close()", db], check=True, cwd=ROOT)  # create + migrate
        folder = tmp_path / "feed"
        folder.mkdir()
        feed = FeedFolder(folder)
        port = free_port()
        server = lagebild("serve", "--db", db, "--host", "127.0.0.1", "--port", str(port), "--allow-ingest",
                          "--token", TOKEN, env=env)
        report: dict = {"big": big, "small": small, "posts": posts}
        started = time.monotonic()
        try:
            wait_for_port(port, server)
            first = lagebild("ingest", str(big_file), "--db", db, "--json", "--quiet", env=env)
            time.sleep(5)  # the big ingest is analysing its first batch
            second = lagebild("ingest", str(small_file), "--db", db, "--json", "--quiet", env=env)
            watch = lagebild("watch", f"{feed.base}/feed.xml", "--db", db, "--every", "3s", "--rounds", str(rounds),
                             "--set", "host_rate_limit=0", "--set", "respect_robots=false", env=env)
            post_results = {"ok": 0, "failed": 0, "slowest_s": 0.0}
            poster = threading.Thread(target=post_loop, args=(port, posts, 200_000, post_results,
                                                              time.monotonic() + 1200), daemon=True)
            poster.start()
            rng = random.Random(3)
            for i in range(rounds * 3):
                if watch.poll() is not None:
                    break
                feed.add(make_article(300_000 + i, rng, 2500))
                time.sleep(1)
            results = {}
            for name, proc in (("second_ingest", second), ("watch", watch), ("big_ingest", first)):
                out, err = proc.communicate(timeout=3600)
                results[name] = {"rc": proc.returncode, "stdout": out, "stderr": err,
                                 "finished_s": round(time.monotonic() - started, 1)}
            poster.join(1300)
        finally:
            server.terminate()
            server.wait(30)
            feed.close()
        report["wall_s"] = round(time.monotonic() - started, 1)
        for name in ("big_ingest", "second_ingest"):
            r = results[name]
            summary = json.loads(r["stdout"]) if r["rc"] == 0 and r["stdout"].strip() else {}
            report[name] = {"failed": int(r["rc"] != 0), "processed": summary.get("processed"),
                            "analysed": summary.get("analysed"), "finished_s": r["finished_s"],
                            "error": r["stderr"][-400:] if r["rc"] else None}
        w = results["watch"]
        rounds_out = [json.loads(line) for line in w["stdout"].splitlines() if line.startswith("{")]
        report["watch"] = {"failed": int(w["rc"] != 0), "rounds_with_items": len(rounds_out),
                           "processed": sum(r.get("processed", 0) for r in rounds_out),
                           "rejected": sum(r.get("rejected_total", 0) for r in rounds_out),
                           "feed_items": len(feed.items), "error": w["stderr"][-400:] if w["rc"] else None}
        report["posts_result"] = post_results
        holds = [float(line.split()[1]) for line in trace.read_text().splitlines() if line.strip()]
        holds.sort()
        report["lock"] = {"transactions": len(holds), "longest_s": round(holds[-1], 3) if holds else None,
                          "p99_s": round(holds[int(0.99 * (len(holds) - 1))], 3) if holds else None,
                          "median_s": round(holds[len(holds) // 2], 4) if holds else None}
        report["failures"] = (report["big_ingest"]["failed"] + report["second_ingest"]["failed"]
                              + report["watch"]["failed"] + post_results["failed"])
        return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--big", type=int, default=1000)
    ap.add_argument("--small", type=int, default=200)
    ap.add_argument("--posts", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=8, help="polls of the watch (3 s apart)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    report = run(args.big, args.small, args.posts, args.rounds)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"big ingest ({args.big}):   failed {report['big_ingest']['failed']}, processed "
          f"{report['big_ingest']['processed']}, done after {report['big_ingest']['finished_s']} s")
    print(f"second ingest ({args.small}): failed {report['second_ingest']['failed']}, processed "
          f"{report['second_ingest']['processed']}, done after {report['second_ingest']['finished_s']} s")
    w = report["watch"]
    print(f"watch ({args.rounds} rounds, {w['feed_items']} feed items): failed {w['failed']}, "
          f"processed {w['processed']}, rejected {w['rejected']}")
    p = report["posts_result"]
    print(f"POSTs ({args.posts}): ok {p['ok']}, failed {p['failed']}, slowest {p['slowest_s']:.2f} s")
    lock = report["lock"]
    print(f"write transactions: {lock['transactions']}, longest lock hold {lock['longest_s']} s, "
          f"p99 {lock['p99_s']} s, median {lock['median_s']} s")
    print(f"failures in all: {report['failures']} (target 0); wall {report['wall_s']} s")
    for name in ("big_ingest", "second_ingest"):
        if report[name]["error"]:
            print(f"{name} error: {report[name]['error']}")
    if w["error"]:
        print(f"watch error: {w['error']}")
    for e in p.get("errors", [])[:5]:
        print(f"POST error: {e}")


if __name__ == "__main__":
    main()
