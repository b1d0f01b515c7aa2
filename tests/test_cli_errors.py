"""No silent wrong answers: a missing store, an invalid filter value, an unknown id, a run in which
every input was rejected, a misspelt LAGEBILD_ variable are errors or warnings, never an empty
answer with exit status 0 (issue #19)."""
from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from lagebild.cli import cli, main
from lagebild.errors import StoreMissing
from lagebild.model import COMMITMENT_ACTS, STANCES, STATEMENT_TYPES
from lagebild.server import create_app
from lagebild.settings import unknown_environment
from lagebild.store import open_store

PROBLEM = "application/problem+json"
ISSUE = "german-troops-in-ukraine"  # in the shipped catalogue

# Every command that only reads the store, with the arguments it needs besides --db.
READERS = [
    ["report"], ["show", "abc"], ["rejects"], ["statements"], ["search", "Merz"], ["positions"],
    ["commitments"], ["timeline", "--issue", ISSUE], ["changes"], ["disagreements", "--issue", ISSUE],
    ["actor", "Q566257"], ["issue", ISSUE], ["export"], ["issues", "suggest"], ["reanalyze"],
]


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


@pytest.fixture
def db(tmp_path):
    """An existing, empty store."""
    path = tmp_path / "lb.db"
    open_store(str(path)).close()
    return path


# -- a missing store is an error, not an empty store ---------------------------------------
@pytest.mark.parametrize("args", READERS, ids=lambda a: a[0] if a[0] != "issues" else "issues-suggest")
def test_reading_commands_never_create_a_store(tmp_path, args):
    missing = tmp_path / "nwes.db"
    result = run(*args, "--db", missing)
    assert result.exit_code == 2, result.output
    assert str(missing) in result.stderr and "no store" in result.stderr
    assert not missing.exists()


def test_a_missing_folder_is_named_and_not_created(tmp_path):
    missing = tmp_path / "no" / "such" / "lb.db"
    result = run("report", "--db", missing)
    assert result.exit_code == 2
    assert str(missing.parent) in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "no").exists()


def test_serve_never_creates_a_store_without_create(tmp_path, monkeypatch):
    import uvicorn

    def never(*args, **kwargs):
        raise AssertionError("served a store that does not exist")

    monkeypatch.setattr(uvicorn, "run", never)
    missing = tmp_path / "nwes.db"
    result = run("serve", "--db", missing, "--port", "1")
    assert result.exit_code == 2 and str(missing) in result.stderr
    assert not missing.exists()
    with pytest.raises(StoreMissing):
        create_app(str(missing), create=False)
    assert not missing.exists()


def test_ingest_and_watch_create_the_store(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("date 2025-09-04\nDer Kanzler sagte am Montag, man werde helfen.\n", encoding="utf-8")
    db = tmp_path / "new" / "lb.db"
    result = run("ingest", text, "--db", db, "--no-analyze", "-q")
    assert result.exit_code == 0, result.output
    assert db.exists()
    assert run("report", "--db", db).exit_code == 0


# -- invalid filter values are usage errors listing the allowed values ---------------------
@pytest.mark.parametrize("args, allowed", [
    (["statements", "--type", "Bogus"], STATEMENT_TYPES),
    (["positions", "--stance", "maybe"], STANCES),
    (["commitments", "--act", "promise"], COMMITMENT_ACTS),
])
def test_an_invalid_choice_lists_the_allowed_values(db, args, allowed):
    result = run(*args, "--db", db)
    assert result.exit_code == 2
    for value in allowed:
        assert value in result.stderr


def test_a_statement_type_is_matched_as_written(db):
    assert run("statements", "--type", "Direct", "--db", db).exit_code == 0


@pytest.mark.parametrize("args", [
    ["statements", "--issue", "nope"], ["positions", "--issue", "nope"], ["timeline", "--issue", "nope"],
    ["changes", "--issue", "nope"], ["disagreements", "--issue", "nope"], ["issue", "nope"],
])
def test_an_unknown_issue_is_an_error_listing_the_catalogue(db, args):
    result = run(*args, "--db", db)
    assert result.exit_code == 2, result.output
    assert "'nope'" in result.stderr and ISSUE in result.stderr


def test_the_issue_check_uses_the_catalogue_in_use(db, tmp_path):
    catalogue = tmp_path / "issues.yaml"
    catalogue.write_text("issues:\n  - id: my-issue\n    label: {en: My issue, de: Mein Thema}\n"
                         "    phrases: [mein thema, my issue]\n", encoding="utf-8")
    mine = ("--set", f"issues_path={catalogue}")
    assert run("positions", "--issue", "my-issue", "--db", db, *mine).exit_code == 0
    result = run("positions", "--issue", ISSUE, "--db", db, *mine)
    assert result.exit_code == 2 and "my-issue" in result.stderr


@pytest.mark.parametrize("command", ["statements", "positions", "commitments", "timeline", "changes", "export"])
def test_an_actor_that_matches_nothing_is_an_error(db, command):
    result = run(command, "--actor", "Nobodyxyz Qwerty", "--db", db)
    assert result.exit_code == 2
    assert "no actor 'Nobodyxyz Qwerty'" in result.stderr


# -- show, ingest ------------------------------------------------------------------------
# Every command with --since takes `all` (no lower bound), and a date it cannot read is a usage
# error that says only that (no hint about ingest options).
SINCE_COMMANDS = [
    ["report"], ["statements"], ["positions"], ["commitments"], ["changes"], ["export"],
    ["timeline", "--issue", ISSUE], ["disagreements", "--issue", ISSUE], ["issues", "suggest"], ["issue", ISSUE],
]


def _has_since(args):
    import click as _click

    cmd = cli
    for name in args:
        if isinstance(cmd, _click.Group) and name in cmd.commands:
            cmd = cmd.commands[name]
    return any("--since" in p.opts for p in cmd.params)


def test_every_command_with_since_is_in_the_list():
    def walk(cmd, path):
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                yield from walk(sub, path + [name])
        elif any("--since" in p.opts for p in cmd.params):
            yield path

    listed = {tuple(a for a in args if not a.startswith("--") and a != ISSUE) for args in SINCE_COMMANDS}
    assert set(map(tuple, walk(cli, []))) - listed == set()


@pytest.mark.parametrize("args", SINCE_COMMANDS, ids=lambda a: "-".join(a[:2]) if a[0] == "issues" else a[0])
def test_since_all_and_a_bad_date(db, args):
    assert _has_since(args)
    ok = run(*args, "--db", db, "--since", "all")
    assert ok.exit_code == 0, ok.output
    bad = run(*args, "--db", db, "--since", "last week")
    assert bad.exit_code == 2
    assert "cannot read 'last week' as a date; use YYYY-MM-DD" in bad.stderr
    assert "--published" not in bad.stderr


def test_show_with_an_unknown_id_exits_2(db):
    result = run("show", "0123456789abcdef", "--db", db)
    assert result.exit_code == 2
    assert "no document '0123456789abcdef'" in result.stderr


def test_a_run_in_which_every_input_was_rejected_says_so(db, tmp_path):
    result = run("ingest", tmp_path / "missing.txt", "--db", db, "-q")
    assert result.exit_code == 1, result.output
    assert "already in the store" not in result.output
    assert "nothing stored: the input was rejected (1 not_found)" in result.output
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("ingest", tmp_path / "missing.txt", empty, "--db", db, "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout.splitlines()[-1])["rejected_total"] == 2


def test_a_run_of_duplicates_and_rejects_counts_both(db, tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("date 2025-09-04\nDer Kanzler sagte am Montag, man werde helfen.\n", encoding="utf-8")
    assert run("ingest", text, "--db", db, "--no-analyze", "-q").exit_code == 0
    result = run("ingest", text, tmp_path / "missing.txt", "--db", db, "--no-analyze", "-q")
    assert result.exit_code == 0
    assert "no new documents: 1 already in the store, 1 rejected" in result.output


# -- --set on every command --------------------------------------------------------------
def _commands(group, path=()):
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*path, name))
        else:
            yield " ".join((*path, name)), cmd


def test_every_command_accepts_set():
    missing = [name for name, cmd in _commands(cli)
               if "--set" not in {opt for p in cmd.params for opt in getattr(p, "opts", ())}]
    assert not missing, f"no --set on {missing}"


def test_set_reaches_the_options_of_a_reading_command(db):
    assert run("changes", "--db", db, "--set", "change_min_confidence=0.1").exit_code == 0
    result = run("changes", "--db", db, "--set", "change_min_confidnce=0.1")
    assert isinstance(result.exception, Exception) and "change_min_confidence" in str(result.exception)
    shown = run("settings", "--json", "--set", "change_min_confidence=0.1")
    row = next(json.loads(line) for line in shown.stdout.splitlines()
               if json.loads(line)["name"] == "change_min_confidence")
    assert row["value"] == 0.1 and row["default"] == 0.6


def test_an_unknown_setting_exits_2_with_the_nearest_name(db, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["changes", "--db", str(db), "--set", "change_min_confidnce=0.1"])
    assert exc.value.code == 2
    assert "did you mean 'change_min_confidence'" in capsys.readouterr().err


# -- misspelt LAGEBILD_ variables --------------------------------------------------------
def test_a_misspelt_environment_variable_is_reported(db):
    result = run("report", "--db", db, env={"LAGEBILD_BATCHSIZE": "3", "LAGEBILD_KB_PATH": ""})
    assert result.exit_code == 0
    assert "LAGEBILD_BATCHSIZE" in result.stderr and "LAGEBILD_BATCH_SIZE" in result.stderr
    assert "LAGEBILD_KB_PATH" not in result.stderr and "LAGEBILD_BATCHSIZE" not in result.stdout


def test_unknown_environment_names_settings_and_leaves_known_ones():
    env = {"LAGEBILD_DB": "x.db", "LAGEBILD_TOKEN": "t", "LAGEBILD_MODE": "fast", "LAGEBILD_MOOD": "fast",
           "LAGEBILD_ZZZZZZZZZZZZ": "1", "HOME": "/"}
    assert unknown_environment(env) == [("LAGEBILD_MOOD", "LAGEBILD_MODE"), ("LAGEBILD_ZZZZZZZZZZZZ", None)]


# -- the API: invalid values are 400 problems --------------------------------------------
@pytest.fixture
def client(db):
    with TestClient(create_app(str(db))) as c:
        yield c


@pytest.mark.parametrize("path, params, allowed", [
    ("/api/v1/positions", {"stance": "maybe"}, STANCES),
    ("/api/v1/commitments", {"act": "promise"}, COMMITMENT_ACTS),
    ("/api/v1/statements", {"type": "Bogus"}, STATEMENT_TYPES),
    ("/api/v1/positions", {"issue": "nope"}, (ISSUE,)),
    ("/api/v1/statements", {"issue": "nope"}, (ISSUE,)),
    ("/api/v1/commitments", {"issue": "nope"}, (ISSUE,)),
    ("/api/v1/timeline", {"issue": "nope"}, (ISSUE,)),
    ("/api/v1/changes", {"issue": "nope"}, (ISSUE,)),
    ("/api/v1/disagreements", {"issue": "nope"}, (ISSUE,)),
])
def test_api_invalid_values_are_400_problems(client, path, params, allowed):
    resp = client.get(path, params=params)
    assert resp.status_code == 400, resp.text
    assert resp.headers["content-type"].startswith(PROBLEM)
    body = resp.json()
    for value in allowed:
        assert value in body["detail"]


def test_api_valid_values_still_answer(client):
    assert client.get("/api/v1/positions", params={"stance": "hesitant", "issue": ISSUE}).status_code == 200
    assert client.get("/api/v1/commitments", params={"act": "not_ruled_out"}).status_code == 200
    assert client.get("/api/v1/statements", params={"type": "Direct"}).status_code == 200


def test_api_an_actor_that_matches_nothing_is_a_400(client):
    resp = client.get("/api/v1/positions", params={"actor": "Nobodyxyz Qwerty"})
    assert resp.status_code == 400 and "no actor" in resp.json()["detail"]
