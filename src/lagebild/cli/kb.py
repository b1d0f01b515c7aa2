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


@kb.command("update")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "target", type=click.Path(file_okay=False),
              help="folder of your actor files to write into (default: the kb_path setting if it is a folder, "
                   "else ./kb)")
@click.option("--positions", "positions_file", type=click.Path(exists=True, dir_okay=False),
              help="your own table of position QIDs -> role keys, on top of the shipped one (format: docs/kb.md)")
@json_option
@set_option
def kb_update(file, target, positions_file, as_json, overrides):
    """Turn Wikidata data into your own actor file: a JSON dump subset or a SPARQL JSON result.

    FILE is a Wikidata JSON dump subset (a JSON array, one entity per line; .gz/.bz2 too),
    Special:EntityData JSON, or the JSON result of the SPARQL query in docs/kb.md. Positions
    held (P39, with start P580 and end P582) become dated roles; positions without a role key
    in the shipped table become roles wd.QID and are listed. Writes
    wikidata-update-YYYY-MM-DD.yaml into the folder, which the kb_path setting loads on top of
    the shipped knowledge base. A malformed file exits with status 2.
    """
    from ..errors import KnowledgeBaseError
    from ..kb import fresh_kb
    from ..kb.update import load_positions, read_update, write_update

    options = build_options(overrides)
    kb_path = options.kb_path or ""
    if target:
        folder = Path(target)
    elif kb_path and Path(kb_path).is_dir():
        folder = Path(kb_path)
    elif kb_path:
        raise KnowledgeBaseError(f"kb_path {kb_path!r} is a file, not a folder", hint="pass --out DIR")
    else:
        folder = Path("kb")
    known = fresh_kb(options).records  # uncached: the folder is about to change
    upd = read_update(file, positions=load_positions(positions_file),
                      known=known)
    dest = write_update(upd, folder)
    added = sorted(aid for aid in upd.actors if aid not in known)
    summary = {"file": str(dest), "format": upd.fmt, "read": upd.entities, "actors": len(upd.actors),
               "added": len(added), "updated": len(upd.actors) - len(added), "roles": upd.roles,
               "unmapped_positions": upd.unmapped, "skipped": upd.skipped}
    if as_json:
        echo_json(summary)
        return
    unit = "result rows" if upd.fmt == "sparql-json" else "entities"
    click.echo(f"read {upd.entities} {unit} ({upd.fmt}) from {file}")
    click.echo(f"wrote {len(upd.actors)} actors ({len(added)} added, {summary['updated']} updated), "
               f"{upd.roles} roles to {dest}")
    if upd.unmapped:
        click.echo(f"{len(upd.unmapped)} position(s) without a lagebild role key (kept as wd.QID roles; "
                   f"map them with --positions):")
        for qid, entry in sorted(upd.unmapped.items(), key=lambda kv: -kv[1]["count"]):
            click.echo(f"  wd.{qid}  {entry['label']}  ({entry['count']} role(s))")
    for note in upd.skipped:
        click.echo(f"skipped: {note}")
    if Path(kb_path or ".").resolve() != folder.resolve():
        click.echo(f"use it with --set kb_path={folder} or LAGEBILD_KB_PATH={folder}")
