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
