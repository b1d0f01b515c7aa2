"""`lagebild kb`: look up and extend the actor knowledge base."""
from __future__ import annotations

import shutil
from pathlib import Path

import click

from ..dates import parse_date
from .common import build_options, echo_json, json_option, set_option


@click.group("kb")
def kb() -> None:
    """The actor knowledge base: Wikidata ids, names, aliases, roles with dates."""


@kb.command("lookup")
@click.argument("mention")
@click.option("--date", "on", help="resolve roles as on this date YYYY-MM-DD (default: today)")
@click.option("--lang", help="de or en (default: both)")
@json_option
@set_option
def kb_lookup(mention, on, lang, as_json, overrides):
    """Ranked actors a mention can mean ("der Kanzler", "Kyjiws", "Macron") on a date."""
    from datetime import date

    from ..kb import load_kb

    options = build_options(overrides)
    day = parse_date(on) if on else date.today()
    candidates = load_kb(options).lookup(mention, on=day, lang=lang)
    if as_json:
        for c in candidates:
            echo_json({**c.actor.to_dict(), "score": c.score, "kind": c.kind, "metonym": c.metonym,
                       "role_at_date": c.role_at_date})
        return
    if not candidates:
        click.echo(f"no actor known for {mention!r}")
    for c in candidates:
        role = f", {c.role_at_date}" if c.role_at_date else ""
        click.echo(f"{c.score:5.2f}  {c.actor.name} ({c.actor.type}{role})  {c.actor.wikidata or c.actor.id}"
                   f"  [{c.kind}{', metonym' if c.metonym and c.kind != 'metonym' else ''}]")


@kb.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--to", "target", type=click.Path(file_okay=False),
              help="folder of your actor files (default: the kb_path setting if it is a folder, else ./kb)")
@set_option
def kb_import(file, target, overrides):
    """Check an actor file (YAML or CSV, see docs/kb.md) and add it to your actor folder.

    The folder is loaded on top of the shipped knowledge base when the kb_path
    setting points at it: --set kb_path=DIR or LAGEBILD_KB_PATH=DIR.
    """
    from ..kb import KnowledgeBase

    options = build_options(overrides)
    count = KnowledgeBase().import_file(file)  # raises KnowledgeBaseError with the line at fault
    folder = Path(target or (options.kb_path if options.kb_path and Path(options.kb_path).is_dir() else "kb"))
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / Path(file).name
    shutil.copyfile(file, dest)
    click.echo(f"{count} actors checked and copied to {dest}")
    if Path(options.kb_path or ".").resolve() != folder.resolve():
        click.echo(f"use them with --set kb_path={folder} or LAGEBILD_KB_PATH={folder}")
