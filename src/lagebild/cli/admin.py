"""Commands about lagebild itself: settings, stages."""
from __future__ import annotations

import click

from ..errors import LagebildError
from ..pipeline import DEFAULT_STAGES
from ..settings import SETTINGS
from .common import build_options, echo_json, json_option, set_option


@click.command("settings")
@json_option
@set_option
def settings_cmd(as_json, overrides):
    """List every setting with its default and help (set with --set NAME=VALUE or LAGEBILD_NAME).

    A setting whose value (from --set or LAGEBILD_NAME) differs from its default shows both."""
    options = build_options(overrides)
    for s in SETTINGS:
        value = getattr(options, s.name)
        if as_json:
            echo_json({"name": s.name, "default": s.default, "value": value, "type": s.type.__name__,
                       "help": s.help})
            continue
        shown = f"{value!r}  ({s.type.__name__}; default {s.default!r})" if value != s.default \
            else f"{s.default!r}  ({s.type.__name__})"
        click.echo(f"{s.name} = {shown}\n    {s.help}")


@click.command("stages")
@json_option
@set_option
def stages_cmd(as_json, overrides):
    """List the analysis stages: what each requires, assigns and reads, and its version.

    `*` marks the stages the current settings run (setting `stages`, then `extra_stages`).
    Stages of installed packages come from the entry-point group `lagebild.stages`. A
    stage's version is a hash of its code, data and model files and the settings it
    reads; `lagebild reanalyze` re-runs documents analysed with another version.
    """
    from ..core import get_pipeline
    from ..pipeline import registered_stages, stage_names

    options = build_options(overrides)
    chosen = stage_names(options)
    for name, spec in registered_stages().items():
        row = {"name": name, "default": name in DEFAULT_STAGES, "selected": name in chosen,
               "requires": list(spec.requires), "assigns": list(spec.assigns), "settings": list(spec.settings),
               "version": spec.fingerprint(options), "origin": spec.origin, "help": spec.help}
        if as_json:
            echo_json(row)
        else:
            flag = "*" if row["selected"] else " "
            reads = f"; reads {', '.join(spec.settings)}" if spec.settings else ""
            click.echo(f"{flag} {name}@{row['version']}: requires {', '.join(spec.requires)}; "
                       f"assigns {', '.join(spec.assigns)}{reads} ({spec.origin})\n    {spec.help}")
    if not as_json:
        try:
            click.echo(f"pipeline version: {get_pipeline(options).version}")
        except LagebildError as exc:  # the list above is what is needed to fix the setting
            click.echo(f"pipeline: {exc}")


COMMANDS = [settings_cmd, stages_cmd]
