"""Commands about lagebild itself: settings, stages."""
from __future__ import annotations

import click

from ..settings import SETTINGS
from .common import echo_json, json_option


@click.command("settings")
@json_option
def settings_cmd(as_json):
    """List every setting with its default and help (set with --set NAME=VALUE or LAGEBILD_NAME)."""
    if as_json:
        for s in SETTINGS:
            echo_json({"name": s.name, "default": s.default, "type": s.type.__name__, "help": s.help})
        return
    for s in SETTINGS:
        click.echo(f"{s.name} = {s.default!r}  ({s.type.__name__})\n    {s.help}")


@click.command("stages")
@json_option
def stages_cmd(as_json):
    """List the registered analysis stages, what each requires and assigns."""
    from ..pipeline import registered_stages
    from ..stages import DEFAULT_STAGES

    for name, spec in registered_stages().items():
        row = {"name": name, "default": name in DEFAULT_STAGES, "requires": list(spec.requires),
               "assigns": list(spec.assigns), "version": spec.version, "help": spec.help}
        if as_json:
            echo_json(row)
        else:
            flag = "*" if row["default"] else " "
            click.echo(f"{flag} {name}@{spec.version}: requires {', '.join(spec.requires)}; "
                       f"assigns {', '.join(spec.assigns)}\n    {spec.help}")


COMMANDS = [settings_cmd, stages_cmd]
