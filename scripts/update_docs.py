"""Regenerate the reference parts of docs/cli.md and docs/settings.md from the code.

The docs are a contract: tests/test_docs.py fails when `--help` or the settings
table and these files disagree. Run `.venv/bin/python scripts/update_docs.py`
after changing a command, an option or a setting, then review the diff.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[1]
BEGIN = "<!-- BEGIN GENERATED: {name} -->"
END = "<!-- END GENERATED: {name} -->"


def _walk(cmd: click.Command, path: list[str]):
    yield path, cmd
    if isinstance(cmd, click.Group):
        for name in sorted(cmd.commands):
            yield from _walk(cmd.commands[name], path + [name])


def cli_reference() -> str:
    from lagebild.cli import cli

    parts = []
    for path, cmd in _walk(cli, ["lagebild"]):
        # the same settings a real invocation has (subcommands inherit them from the root)
        ctx = click.Context(cmd, info_name=" ".join(path), max_content_width=100, terminal_width=100,
                            help_option_names=cli.context_settings["help_option_names"])
        help_text = cmd.get_help(ctx)
        parts.append(f"### `{' '.join(path)}`\n\n```text\n{help_text}\n```\n")
    return "\n".join(parts)


def settings_reference() -> str:
    from lagebild.settings import SETTINGS

    rows = ["| name | default | type | what it does |", "|---|---|---|---|"]
    for s in SETTINGS:
        rows.append(f"| `{s.name}` | `{s.default!r}` | {s.type.__name__} | {s.help} |")
    return "\n".join(rows) + "\n"


GENERATORS = {"docs/cli.md": ("cli-help", cli_reference), "docs/settings.md": ("settings", settings_reference)}


def render(path: str) -> tuple[str, str]:
    """(current file text, text with the generated part refreshed)."""
    name, gen = GENERATORS[path]
    text = (ROOT / path).read_text(encoding="utf-8")
    begin, end = BEGIN.format(name=name), END.format(name=name)
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    if not pattern.search(text):
        raise SystemExit(f"{path} lacks the markers {begin} ... {end}")
    return text, pattern.sub(lambda _m: f"{begin}\n{gen()}{end}", text)


def main() -> int:
    for path in GENERATORS:
        old, new = render(path)
        if old != new:
            (ROOT / path).write_text(new, encoding="utf-8")
            sys.stdout.write(f"updated {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
