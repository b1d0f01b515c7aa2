"""`lagebild watch --alerts`: saved queries whose new matches go to a webhook, tested end to end
against a local feed site and a local receiver (both http.server threads on 127.0.0.1)."""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import yaml
from http_support import FixtureHandler, LocalServer

from lagebild.alerts import Alerts, SavedQuery, WebhookError, load_alerts, post_json, read_alerts, record_id
from lagebild.cli import main
from lagebild.errors import ConfigError
from lagebild.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "http"
ARTICLES = [("a1", "Stadtwerke", "/artikel/stadtwerke.html", "artikel-stadtwerke.html"),
            ("a2", "Schulbau", "/artikel/schulbau.html", "artikel-schulbau.html")]
FAST = ["--set", "host_rate_limit=0", "--set", "http_retries=0", "--set", "http_timeout=5"]


class Site(FixtureHandler):
    """The feed lists one more article with each fetch (round 1: one, round 2 on: both)."""

    def do_GET(self) -> None:  # noqa: N802
        srv = self.server
        if self.path == "/feed.rss":
            with srv.lock:
                srv.hits[self.path] += 1
                shown = ARTICLES[:min(srv.hits[self.path], len(ARTICLES))]
            items = "".join(f"<item><title>{t}</title><link>{srv.base}{p}</link><guid>{g}</guid></item>"
                            for g, t, p, _f in reversed(shown))
            body = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Rundschau</title>'
                    f"<link>{srv.base}/</link><description>x</description>{items}</channel></rss>").encode()
            return self.send(200, body, "application/rss+xml; charset=utf-8")
        for _g, _t, path, name in ARTICLES:
            if self.path == path:
                return self.send(200, (FIXTURES / name).read_bytes(), "text/html; charset=utf-8")
        return self.send(404, b"not here", "text/plain")


class Hook(FixtureHandler):
    """Takes JSON POSTs; answers 500 while ``fail`` > 0 (counting down)."""

    def do_POST(self) -> None:  # noqa: N802
        srv = self.server
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with srv.lock:
            srv.attempts += 1
            failing = srv.fail > 0
            srv.fail -= 1 if failing else 0
            if not failing:
                srv.received.setdefault(self.path, []).append(json.loads(body))
        if failing:
            return self.send(500, b"down", "text/plain")
        return self.send(200, b"ok", "text/plain")


class HookServer(LocalServer):
    def __init__(self) -> None:
        super().__init__(Hook)
        self.fail = 0
        self.attempts = 0
        self.received: dict[str, list[dict]] = {}

    def ids(self, path: str) -> list[str]:
        return [item["id"] for post in self.received.get(path, []) for item in post["items"]]


def _serve(server):
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return server


@pytest.fixture()
def site():
    server = _serve(LocalServer(Site))
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture()
def hook():
    server = _serve(HookServer())
    yield server
    server.shutdown()
    server.server_close()


def alerts_file(tmp_path, hook, **extra) -> Path:
    path = tmp_path / "alerts.yaml"
    path.write_text(yaml.safe_dump({
        "retries": 0, "backoff": 0, "timeout": 5, **extra,
        "queries": [
            {"name": "everything", "kind": "statements", "webhook": hook.url("/all")},
            {"name": "direct", "kind": "statements", "filters": {"type": "Direct"}, "webhook": hook.url("/direct")},
        ]}), encoding="utf-8")
    return path


def watch(site, db, *args) -> None:
    main(["watch", site.url("/feed.rss"), "--db", str(db), "--every", "0.01", "-q", *FAST, *args])


def stored_statements(db) -> list[dict]:
    with open_store(str(db)) as store:
        return store.statements(limit=10_000, one_per_cluster=True)


def test_new_matches_arrive_once_and_a_restart_resends_nothing(tmp_path, site, hook):
    db, alerts = tmp_path / "lb.db", alerts_file(tmp_path, hook)
    watch(site, db, "--rounds", "3", "--alerts", str(alerts))
    statements = stored_statements(db)
    docs = sorted({st["doc"] for st in statements})
    assert len(docs) == 2 and len(statements) >= 4
    # one POST per round that found something: round 1 the first article's, round 2 the second's
    posts = hook.received["/all"]
    assert [len({i["doc"] for i in p["items"]}) for p in posts] == [1, 1]
    assert posts[0]["items"][0]["doc"] != posts[1]["items"][0]["doc"]
    assert posts[0]["query"] == "everything" and posts[0]["kind"] == "statements"
    assert posts[0]["count"] == len(posts[0]["items"])
    # every record exactly once
    assert sorted(hook.ids("/all")) == sorted(st["id"] for st in statements)
    assert len(set(hook.ids("/all"))) == len(hook.ids("/all"))
    # the filter applies: only direct quotes, each once
    direct = sorted(st["id"] for st in statements if st["type"] == "Direct")
    assert direct and sorted(hook.ids("/direct")) == direct
    # a restart remembers what was sent (in the store)
    before = hook.attempts
    watch(site, db, "--rounds", "2", "--alerts", str(alerts))
    assert hook.attempts == before


def test_a_failing_webhook_is_logged_and_never_stops_the_loop(tmp_path, site, hook, capsys):
    db, alerts = tmp_path / "lb.db", alerts_file(tmp_path, hook)
    hook.fail = 10**6  # down for good
    watch(site, db, "--rounds", "3", "--alerts", str(alerts))  # returns: no exception, no exit
    assert site.hits["/feed.rss"] == 3  # every round ran
    assert "alerts: error" in capsys.readouterr().err
    assert hook.received == {} and hook.attempts == 6  # 2 queries x 3 rounds, retries 0
    # back up: everything not delivered arrives at the next round, once
    hook.fail = 0
    watch(site, db, "--rounds", "1", "--alerts", str(alerts))
    assert sorted(hook.ids("/all")) == sorted(st["id"] for st in stored_statements(db))
    watch(site, db, "--rounds", "1", "--alerts", str(alerts))
    assert len(hook.received["/all"]) == 1


def test_a_new_query_starts_from_what_is_stored(tmp_path, site, hook):
    db, alerts = tmp_path / "lb.db", alerts_file(tmp_path, hook)
    watch(site, db, "--rounds", "1")  # the first article, no alerts yet
    first = {st["id"] for st in stored_statements(db)}
    assert first
    watch(site, db, "--rounds", "1", "--alerts", str(alerts))  # the second article arrives
    sent = set(hook.ids("/all"))
    assert sent and not sent & first
    assert sent | first == {st["id"] for st in stored_statements(db)}


def test_post_json_retries_with_backoff_then_gives_up(hook):
    slept: list[float] = []
    hook.fail = 2
    post_json(hook.url("/x"), {"a": 1}, retries=3, backoff=0.5, sleep=slept.append, timeout=5)
    assert slept == [0.5, 1.0] and hook.received["/x"] == [{"a": 1}]
    hook.fail = 10
    with pytest.raises(WebhookError, match="HTTP 500"):
        post_json(hook.url("/x"), {}, retries=2, backoff=0.1, sleep=slept.append, timeout=5)
    with pytest.raises(WebhookError):  # nobody listens: a connection error, retried, then given up
        post_json("http://127.0.0.1:9/", {}, retries=1, backoff=0, sleep=lambda s: None, timeout=1)


def test_a_failing_query_does_not_stop_the_others(tmp_path):
    class Seen:
        def __init__(self):
            self.keys = set()

        def seen_has(self, key):
            return key in self.keys

        def seen_add(self, key):
            self.keys.add(key)

    class Store:
        options = None

        def statements(self, **kwargs):
            return [{"id": "d:s0", "doc": "d"}]

        def positions(self, **kwargs):
            raise RuntimeError("boom")

    posted = []
    queries = [SavedQuery("bad", "positions", "http://h/1"), SavedQuery("good", "statements", "http://h/2")]
    alerts = Alerts(queries, post=lambda url, payload: posted.append((url, payload)))
    seen = Seen()
    assert alerts.run(Store(), seen) == {"bad": 0, "good": 1}
    assert alerts.run(Store(), seen) == {"bad": 0, "good": 0}
    assert [u for u, _p in posted] == ["http://h/2"]


@pytest.mark.parametrize("query, message", [
    ({"name": "x", "kind": "speeches", "webhook": "http://h/"}, "kind must be one of"),
    ({"name": "x", "kind": "positions", "webhook": "ftp://h/"}, "webhook must be an http"),
    ({"name": "x", "kind": "positions", "webhook": "http://h/", "filters": {"stance": "maybe"}}, "stance must be one of"),
    ({"name": "x", "kind": "changes", "webhook": "http://h/", "filters": {"stance": "supports"}}, "no filter 'stance'"),
    ({"name": "x", "kind": "commitments", "webhook": "http://h/", "filters": {"since": "gestern"}}, "since must be a date"),
    ({"kind": "positions", "webhook": "http://h/"}, "has no name"),
])
def test_invalid_saved_queries_are_config_errors(tmp_path, query, message):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([query]), encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_alerts(path)


def test_the_file_sets_delivery_and_the_cli_refuses_a_bad_file(tmp_path, site, capsys):
    path = tmp_path / "a.yaml"
    path.write_text("timeout: 3\nretries: 1\nbackoff: 0.2\nqueries:\n"
                    "  - {name: m, kind: positions, webhook: 'http://h/', filters: {issue: no-such-issue}}\n",
                    encoding="utf-8")
    assert [q.name for q in read_alerts(path).queries] == ["m"]
    with pytest.raises(SystemExit) as exit_:
        watch(site, tmp_path / "lb.db", "--rounds", "1", "--alerts", str(path))
    assert exit_.value.code == 2 and "no-such-issue" in capsys.readouterr().err


def test_change_ids_join_both_positions():
    assert record_id("changes", {"from": {"id": "a:p:1"}, "to": {"id": "b:p:2"}}) == "a:p:1+b:p:2"
