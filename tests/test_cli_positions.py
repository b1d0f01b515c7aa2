"""Positions over time through the CLI: positions, timeline, changes, disagreements, actor, issue, export."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from lagebild.cli import cli
from lagebild.store import open_store
from test_store_positions import MACRON, MERZ, analysed


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.db"
    with open_store(str(path)) as s:
        s.save_analysis(analysed("Merz zögert bei Truppen. Macron drängt.", "2025-08-19",
                                 [(MERZ, "troops", "hesitant", "Merz zögert"),
                                  (MACRON, "troops", "supports", "Macron drängt")],
                                 [("refusal", "Bodentruppen")]))
        s.save_analysis(analysed("Merz schließt Truppen nicht mehr aus.", "2025-09-24",
                                 [(MERZ, "troops", "conditional", "Merz schließt Truppen nicht mehr aus")]))
    return path


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout  # --json: the period line goes to stderr


def jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_positions_and_commitments(db):
    assert [p["stance"] for p in jsonl(run("positions", "--db", db, "--actor", "Friedrich Merz", "--json"))] == \
        ["hesitant", "conditional"]
    assert "Friedrich Merz hesitant on troops" in run("positions", "--db", db)
    assert jsonl(run("commitments", "--db", db, "--act", "refusal", "--json"))[0]["act"] == "refusal"


def test_timeline_changes_disagreements(db):
    assert len(jsonl(run("timeline", "--db", db, "--actor", "Q566257", "--json"))) == 2
    out = run("changes", "--db", db, "--actor", "Q566257")
    assert "hesitant (2025-08-19) -> conditional (2025-09-24)" in out
    assert "Merz schließt Truppen nicht mehr aus" in out
    found = json.loads(run("disagreements", "--db", db, "--issue", "troops", "--until", "2025-08-31", "--json"))
    assert found["period"] == {"since": None, "until": "2025-08-31", "default": False}
    assert [m["actor"] for m in found["camps"]["hesitant"]] == ["Friedrich Merz"]
    assert [m["actor"] for m in found["camps"]["supports"]] == ["Emmanuel Macron"]
    out = run("disagreements", "--db", db, "--issue", "troops")  # camps of the latest stances
    assert "conditional (1)\n  Friedrich Merz: 2 positions, latest 2025-09-24" in out
    assert out.startswith("period: 2024-09-24 to the newest article (default")
    assert run("disagreements", "--db", db, "--issue", "troops", "--since", "2026-01-01").splitlines()[-1] == \
        "nothing found"
    bad = CliRunner().invoke(cli, ["timeline", "--db", str(db)])
    assert bad.exit_code == 2


def test_actor_profile_and_issue_matrix(db):
    profile = json.loads(run("actor", "Merz", "--db", db, "--json"))
    assert profile["actor"]["wikidata"] == "Q566257"
    assert profile["positions"][0]["stance"] == "conditional"  # latest stance on the issue
    assert any(r["label"] == "Chancellor of Germany" for r in profile["roles"])
    matrix = json.loads(run("issue", "troops", "--db", db, "--json"))["stances"]
    assert [r["actor"] for r in matrix["supports"]] == ["Emmanuel Macron"]
    assert [r["actor"] for r in matrix["conditional"]] == ["Friedrich Merz"]


def test_export_formats(db, tmp_path):
    rows = jsonl(run("export", "--db", db, "--what", "positions"))
    assert len(rows) == 3 and rows[0]["evidence"][0]["text"]
    table = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--what", "positions", "--format", "csv"))))
    assert len(table) == 3 and "evidence" in table[0] and "evidence.start" in table[0]
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "docs.parquet"
    run("export", "--db", db, "--what", "documents", "--format", "parquet", "-o", out)
    assert pq.read_table(out).num_rows == 2
