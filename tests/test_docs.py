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
