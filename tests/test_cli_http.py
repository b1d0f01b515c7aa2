"""`lagebild ingest URL` and `lagebild watch` end to end, against a local HTTP server."""
import json
import sqlite3

from click.testing import CliRunner

from lagebild.cli import cli
from test_fetch import site  # noqa: F401  (the local fixture server, a pytest fixture)

FAST = ["--set", "host_rate_limit=0", "--set", "http_timeout=2", "--set", "http_retries=1",
        "--set", "http_backoff=0.01"]


def invoke(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_ingest_urls_pages_feeds_and_failures(site, tmp_path):
    db = tmp_path / "web.db"
    out = invoke("ingest", site.url("/artikel/stadtwerke.html"), site.url("/feed.rss"),
                 site.url("/always-500"), site.url("/privat/geheim.html"), "--db", db, "--json", *FAST)
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["processed"] >= 2
    assert summary["rejected"]["fetch_failed"] >= 1 and summary["rejected"]["robots_disallowed"] == 1
    con = sqlite3.connect(db)
    urls = {row[0] for row in con.execute("select url from documents")}
    assert site.url("/artikel/stadtwerke.html") in urls
    reasons = {json.loads(line)["reason"] for line in invoke("rejects", "--db", db, "--json").splitlines()}
    assert {"fetch_failed", "robots_disallowed"} <= reasons
    again = json.loads(invoke("ingest", site.url("/artikel/stadtwerke.html"), "--db", db, "--json", *FAST)
                       .strip().splitlines()[-1])
    assert again["processed"] == 0 and again["duplicate"] == 1


def test_watch_ingests_only_new_items(site, tmp_path):
    db = tmp_path / "watch.db"
    first = invoke("watch", site.url("/feed.rss"), "--db", db, "--every", "1s", "--rounds", "1", *FAST)
    stored = sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0]
    assert stored >= 1 and '"processed"' in first
    second = invoke("watch", site.url("/feed.rss"), "--db", db, "--every", "1s", "--rounds", "1", *FAST)
    assert second.strip() == ""  # nothing new: the feed items are remembered in the store
    assert sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0] == stored
