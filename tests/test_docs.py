"""Docs are a contract: the reference pages agree with `--help` and the settings table."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _update_docs():
    spec = importlib.util.spec_from_file_location("update_docs", ROOT / "scripts" / "update_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("path", ["docs/cli.md", "docs/settings.md"])
def test_reference_docs_match_code(path):
    old, new = _update_docs().render(path)
    assert old == new, f"{path} is out of date: run .venv/bin/python scripts/update_docs.py"


def test_every_command_is_documented_with_its_options():
    import click

    from lagebild.cli import cli

    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for path, cmd in _update_docs()._walk(cli, ["lagebild"]):
        assert f"### `{' '.join(path)}`" in text
        for param in cmd.params:
            if isinstance(param, click.Option):
                assert param.opts[-1] in text, f"{' '.join(path)} {param.opts[-1]} undocumented"


def test_readme_names_the_two_commands_and_every_command():
    from lagebild.cli import cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    cli_doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"`lagebild {name}`" in cli_doc


def test_every_route_and_parameter_is_in_the_api_docs(tmp_path):
    from lagebild.server import create_app
    from lagebild.store import open_store

    db = tmp_path / "empty.db"
    open_store(str(db)).close()
    import re

    schema = create_app(str(db)).openapi()
    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    # headings like "### `GET /api/v1/actors/{id}`" or "`GET /api/v1/actors?q=`"
    documented = {re.sub(r"\{[^}]*\}", "{}", m.split("?")[0])
                  for m in re.findall(r"^### `([A-Z]+ [^`]+)`", doc, re.M)}
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            route = f"{method.upper()} {re.sub(r'{[^}]*}', '{}', path)}"
            assert route in documented, f"{route} undocumented in docs/api.md"
            for param in op.get("parameters", []):
                if param["in"] == "query":
                    assert f"`{param['name']}`" in doc, f"{path}?{param['name']} undocumented"


def _exit_table() -> dict[int, str]:
    import re

    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    section = text.split("## Exit status", 1)[1].split("\n## ", 1)[0]
    return {int(m.group(1)): m.group(2) for m in re.finditer(r"^\| (\d+) \| (.+) \|$", section, re.M)}


def test_exit_statuses_are_the_documented_ones(tmp_path, capsys):
    """Each case runs through `lagebild`'s entry point and exits with the status whose row of
    docs/cli.md ("Exit status") names it."""
    from lagebild.cli import main
    from lagebild.store import open_store

    table = _exit_table()
    assert set(table) == {0, 1, 2, 130}
    db = tmp_path / "lb.db"
    open_store(str(db)).close()
    cases = {  # words of the documented row -> a command line
        "a query that finds nothing": ["statements", "--db", db],
        "every input was rejected": ["ingest", tmp_path / "missing.txt", "--db", db, "-q"],
        "`--type Bogus`": ["statements", "--type", "Bogus", "--db", db],
        "`--stance maybe`": ["positions", "--stance", "maybe", "--db", db],
        "an unknown `--issue`": ["positions", "--issue", "no-such-issue", "--db", db],
        "an `--actor` that names no actor": ["statements", "--actor", "Nobodyxyz Qwerty", "--db", db],
        "a missing store": ["report", "--db", tmp_path / "nwes.db"],
        "an unknown document id (`show`)": ["show", "0123456789abcdef", "--db", db],
        "an unknown option or setting": ["report", "--db", db, "--set", "bach_size=3"],
    }
    for words, argv in cases.items():
        documented = [code for code, when in table.items() if words in when]
        assert len(documented) == 1, f"{words!r} is in {len(documented)} rows of the exit status table"
        try:
            main([str(a) for a in argv])
            code = 0
        except SystemExit as exc:
            code = exc.code
        capsys.readouterr()
        assert code == documented[0], f"{argv}: exit status {code}, documented {documented[0]} ({words})"
