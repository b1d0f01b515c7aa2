"""The default period (the corpus's last 12 months), `since=all`, and the period every view over
time says it applied: store, command line, API and web pages; the commitments and changes pages."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from lagebild.cli import cli
from lagebild.recordviews import period_text, resolve_period
from lagebild.server import create_app
from lagebild.store import open_store
from test_store_positions import MACRON, MERZ, analysed


# -- resolve_period --------------------------------------------------------------------------------

def test_resolve_period():
    assert resolve_period("2025-09-24", None, None) == ("2024-09-24", None)  # 365 days back, no upper bound
    assert resolve_period("2025-09-24", "", "") == ("2024-09-24", None)
    assert resolve_period("2025-09-24", "all", None) == (None, None)
    assert resolve_period("2025-09-24", "ALL", "2025-01-31") == (None, "2025-01-31")
    assert resolve_period("2025-09-24", "2025-01-01", None) == ("2025-01-01", None)
    assert resolve_period("2025-09-24", None, "2025-06-30") == (None, "2025-06-30")
    assert resolve_period(None, None, None) == (None, None)  # an empty or undated store: everything
    assert resolve_period("2025-09-24", months=6)[0] == "2025-03-26"  # 182 days
    assert period_text({"since": "2024-09-24", "until": None, "default": True}).startswith(
        "period: 2024-09-24 to the newest article (default")
    assert period_text({"since": None, "until": None, "default": False}) == "period: all dates"


def test_newest_published_of_an_empty_store(store):
    assert store.newest_published() is None


# -- a store over two years ------------------------------------------------------------------------

def fill(s) -> None:
    """Merz opposed in 2023 (outside the default period), hesitant then conditional in 2025."""
    old = analysed("Merz lehnt Truppen ab.", "2023-05-02",
                   [(MERZ, "troops", "opposes", "Merz lehnt Truppen ab")], [("refusal", "Truppen")])
    old.commitments[0]["issue"] = {"id": "troops", "label": "troops", "phrase": "Truppen"}
    s.save_analysis(old)
    s.save_analysis(analysed("Merz zögert bei Truppen. Macron drängt.", "2025-08-19",
                             [(MERZ, "troops", "hesitant", "Merz zögert"), (MACRON, "troops", "supports", "Macron drängt")],
                             [("pledge", "Patriot-Systeme")]))
    s.save_analysis(analysed("Merz schließt Truppen nicht mehr aus.", "2025-09-24",
                             [(MERZ, "troops", "conditional", "Merz schließt Truppen nicht mehr aus")]))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("period") / "p.db"
    with open_store(str(path)) as s:
        fill(s)
    return path


def run(*args, code=0):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


def jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_cli_default_period_is_the_corpus_last_12_months(db):
    out = run("positions", "--db", db).stdout
    assert out.splitlines()[0].startswith("period: 2024-09-24 to the newest article (default")
    assert "2023-05-02" not in out and "2025-09-24" in out
    everything = run("positions", "--db", db, "--since", "all").stdout
    assert everything.splitlines()[0] == "period: all dates" and "2023-05-02" in everything
    given = run("positions", "--db", db, "--since", "2025-09-01", "--until", "2025-12-31").stdout
    assert given.splitlines()[0] == "period: 2025-09-01 to 2025-12-31"
    assert "2025-09-24" in given and "2025-08-19" not in given


def test_cli_json_keeps_stdout_for_records_and_says_the_period_on_stderr(db):
    result = run("positions", "--db", db, "--json")
    assert [p["published"] for p in jsonl(result.stdout)] == ["2025-08-19", "2025-08-19", "2025-09-24"]
    assert result.stderr.startswith("period: 2024-09-24")
    assert len(jsonl(run("commitments", "--db", db, "--json").stdout)) == 1
    assert len(jsonl(run("commitments", "--db", db, "--json", "--since", "all").stdout)) == 2
    assert len(jsonl(run("timeline", "--db", db, "--actor", "Merz", "--json", "--since", "all").stdout)) == 3
    issue = json.loads(run("issue", "troops", "--db", db, "--json").stdout)
    assert issue["period"] == {"since": "2024-09-24", "until": None, "default": True}


def test_cli_changes_and_camps_in_the_period(db):
    shifts = jsonl(run("changes", "--db", db, "--json").stdout)
    assert [(c["from"]["stance"], c["to"]["stance"]) for c in shifts] == [("hesitant", "conditional")]
    shifts = jsonl(run("changes", "--db", db, "--json", "--since", "all").stdout)
    assert [(c["from"]["stance"], c["to"]["stance"]) for c in shifts] == \
        [("opposes", "hesitant"), ("hesitant", "conditional")]
    found = json.loads(run("disagreements", "--db", db, "--issue", "troops", "--json", "--since", "all").stdout)
    assert found["period"] == {"since": None, "until": None, "default": False}
    assert [(m["actor"], m["positions"]) for m in found["camps"]["conditional"]] == [("Friedrich Merz", 3)]
    default = json.loads(run("disagreements", "--db", db, "--issue", "troops", "--json").stdout)
    assert default["camps"]["conditional"][0]["positions"] == 2 and default["period"]["default"] is True


def test_cli_bad_dates_are_usage_errors(db):
    assert "--since" in run("positions", "--db", db, "--since", "gestern", code=2).output
    assert "--until" in run("changes", "--db", db, "--until", "2025-13-01", code=2).output


# -- the API ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(str(db))) as c:
        yield c


DEFAULT = {"since": "2024-09-24", "until": None, "default": True}


def test_api_routes_apply_and_report_the_period(client):
    body = client.get("/api/v1/positions").json()
    assert body["period"] == DEFAULT and {p["published"] for p in body["items"]} == {"2025-08-19", "2025-09-24"}
    body = client.get("/api/v1/positions", params={"since": "all"}).json()
    assert body["period"] == {"since": None, "until": None, "default": False} and len(body["items"]) == 4
    body = client.get("/api/v1/commitments", params={"until": "2024-01-01"}).json()
    assert body["period"] == {"since": None, "until": "2024-01-01", "default": False}
    assert [c["object"]["text"] for c in body["items"]] == ["Truppen"]
    timeline = client.get("/api/v1/timeline", params={"actor": "Merz"}).json()
    assert timeline["period"] == DEFAULT and len(timeline["items"]) == 2
    assert len(client.get("/api/v1/timeline", params={"actor": "Merz", "since": "all"}).json()["items"]) == 3
    changes = client.get("/api/v1/changes").json()
    assert changes["period"] == DEFAULT and len(changes["items"]) == 1
    assert changes["items"][0]["to"]["confidence"] == 0.9
    assert len(client.get("/api/v1/changes", params={"since": "all"}).json()["items"]) == 2
    resp = client.get("/api/v1/positions", params={"since": "soon"})
    assert resp.status_code == 400 and "since" in resp.json()["detail"]


def test_api_issue_and_disagreements_give_camps(client):
    view = client.get("/api/v1/issues/troops").json()
    assert view["period"] == DEFAULT and "disagreements" not in view
    assert [m["actor_key"] for m in view["camps"]["conditional"]] == ["Q566257"]
    assert view["commitments"] == []  # the one commitment on the issue is of 2023
    old = client.get("/api/v1/issues/troops", params={"until": "2023-12-31"}).json()
    assert [m["actor_key"] for m in old["camps"]["opposes"]] == ["Q566257"] and old["changes"] == []
    assert [c["act"] for c in old["commitments"]] == ["refusal"]
    empty = client.get("/api/v1/issues/troops", params={"since": "2024-01-01", "until": "2024-12-31"})
    assert empty.status_code == 200 and empty.json()["positions"] == []
    assert client.get("/api/v1/issues/nothing-here").status_code == 404
    found = client.get("/api/v1/disagreements", params={"issue": "troops"}).json()
    assert found["issue"] == "troops" and found["period"] == DEFAULT
    assert set(found["camps"]) == {"supports", "opposes", "conditional", "hesitant", "undecided"}
    assert [m["actor"] for m in found["camps"]["supports"]] == ["Emmanuel Macron"]
    mine = client.get("/api/v1/disagreements", params={"issue": "troops", "actor": "Macron"}).json()
    assert [m["actor_key"] for members in mine["camps"].values() for m in members] == ["Q3052772"]


# -- the web pages ---------------------------------------------------------------------------------

def test_pages_show_the_period_with_a_form(client):
    for url in ("/", "/issues/troops", "/actors/Q566257", "/commitments", "/changes"):
        page = client.get(url).text
        assert "Period: 2024-09-24 to the newest article" in page, url
        assert 'name="since"' in page and 'name="until"' in page and "since=all" in page, url
    page = client.get("/issues/troops", params={"since": "all"}).text
    assert "Period: all dates" in page and "2023-05-02" in page
    assert "2023-05-02" not in client.get("/issues/troops").text
    assert client.get("/issues/troops", params={"since": "nonsense"}).status_code == 400


def test_nav_links_and_issue_page_camps_and_commitments(client):
    page = client.get("/").text
    assert 'href="/commitments"' in page and 'href="/changes"' in page
    page = client.get("/issues/troops", params={"since": "all"}).text
    assert "Camps" in page and 'href="/actors/Q3052772"' in page
    assert "<td>Truppen</td>" in page and "Patriot-Systeme" not in page  # the commitment on this issue
    assert "No commitments in this period" in client.get("/issues/troops").text
    page = client.get("/actors/Q566257").text
    assert "Commitments" in page and "Patriot-Systeme" in page
    assert "<td>Truppen</td>" not in page  # the 2023 refusal is outside the default period
    assert "<td>Truppen</td>" in client.get("/actors/Q566257", params={"since": "all"}).text


def test_commitments_page_filters_pages_and_downloads(client):
    page = client.get("/commitments", params={"since": "all"}).text
    assert "Patriot-Systeme" in page and "Truppen" in page
    assert 'href="/commitments.csv?since=all"' in page
    assert "/api/v1/commitments?since=all&amp;limit=50&amp;offset=0" in page
    page = client.get("/commitments", params={"since": "all", "act": "refusal"}).text
    assert "Truppen" in page and "Patriot-Systeme" not in page
    assert "Patriot-Systeme" not in client.get("/commitments", params={"actor": "Merz", "until": "2024-01-01"}).text
    assert client.get("/commitments", params={"actor": "Niemand Unbekannt"}).status_code == 400
    resp = client.get("/commitments.csv", params={"since": "all"})
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert sorted(r["act"] for r in rows) == ["pledge", "refusal"]
    assert {r["actor_id"] for r in rows} == {"Q566257"} and rows[0]["doc"]
    api = client.get("/api/v1/commitments", params={"since": "all", "limit": 50, "offset": 0}).json()["items"]
    assert sorted(c["id"] for c in api) == sorted(r["id"] for r in rows)


def test_changes_page_links_both_sides(client):
    page = client.get("/changes").text
    assert "Friedrich Merz" in page and "hesitant" in page and "conditional" in page
    assert page.count('href="/documents/') >= 2 and "confidence 0.90" in page
    assert "opposes" in client.get("/changes", params={"since": "all"}).text  # the 2023 side
    assert "No stance changes in this period" in client.get("/changes", params={"until": "2024-01-01"}).text


def test_changes_page_has_actor_and_issue_facets(client):
    """The changes page counts its shifts by actor and issue, each a link that adds the filter."""
    page = client.get("/changes", params={"since": "all"}).text
    assert 'class="explore"' in page
    assert "/changes?actor=Q566257" in page.replace("&amp;", "&")
    issue = client.get("/api/v1/changes", params={"since": "all"}).json()["items"][0]["issue"]
    assert f"/changes?issue={issue}" in page.replace("&amp;", "&") or f"issue={issue}" in page.replace("&amp;", "&")
    only = client.get("/changes", params={"since": "all", "actor": "Q566257"}).text
    assert "Friedrich Merz" in only
