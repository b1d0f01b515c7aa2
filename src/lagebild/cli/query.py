"""Commands that read the store: show, rejects, statements, search, report."""
from __future__ import annotations


import click

from ..model import STATEMENT_TYPES
from ..recordviews import group_by_actor
from .common import (CommandError, actor_option, build_options, check_issue, db_option, echo_json, json_option,
                     members_option, mention_option, open_db, parse_day, resolve_actor_ids, set_option, since_option,
                     until_option)
from .render import render_statements_by_actor, statement_line, speaker_label


@click.command("show")
@click.argument("doc")
@db_option
@click.option("--text", "text_only", is_flag=True, help="print exactly the stored text all offsets refer to")
@json_option
@set_option
def show_cmd(doc, db_url, text_only, as_json, overrides):
    """Print a stored document (id or unique id prefix) with its metadata.

    An id (or prefix) that names no document is an error (exit status 2)."""
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        document = store.document(doc)
        if document is None:
            raise CommandError(f"no document {doc!r} in {db_url}; `lagebild search` finds ids")
        analysis = store.analysis(document.id)
    if text_only:
        click.echo(document.text, nl=False)
        return
    meta = document.to_dict()
    if as_json:
        echo_json({**meta, "text": document.text, "analysis": analysis})
        return
    for key, value in meta.items():
        click.echo(f"{key + ':':<13} {value if value is not None else '-'}")
    if analysis:
        click.echo(f"{'analysis:':<13} {analysis.get('pipeline_version')}, "
                   f"{len(analysis.get('statements', []))} statements")
    click.echo("")
    click.echo(document.text)


@click.command("rejects")
@db_option
@json_option
@set_option
def rejects_cmd(db_url, as_json, overrides):
    """List every rejected input with its reason (one JSON object per line with --json)."""
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        rows = store.rejects()
    if as_json:
        for row in rows:
            echo_json(row)
        return
    if not rows:
        click.echo("no rejected inputs")
    for row in rows:
        click.echo(f"{row['reason']:<18} {row['origin']}: {row['message']}")


@click.command("statements")
@db_option
@actor_option
@members_option
@mention_option
@click.option("--type", "type_", type=click.Choice(STATEMENT_TYPES), help="statement type")
@since_option
@until_option
@click.option("--text", help="words in the quote, speaker or cue")
@click.option("--channel", help='where it was said or written: "X", "Pressekonferenz", "Bundestag", ...')
@click.option("--issue", help="catalogue issue id (see `lagebild issues list`; another is an error)")
@click.option("--topic", type=int, help="CAP major topic code, e.g. 16 defence, 19 international affairs")
@click.option("--newest-first", is_flag=True, help="newest statements first")
@click.option("--limit", type=int, default=1000, show_default=True, help="at most this many statements")
@click.option("--all-copies", is_flag=True, help="keep wire copies (default: one per story cluster)")
@json_option
@set_option
def statements_cmd(db_url, actor, members, mention, type_, since, until, text, channel, issue, topic, newest_first,
                   limit, all_copies, as_json, overrides):
    """List statements; --json prints one statement per line."""
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        check_issue(store, options, issue)
        ids = resolve_actor_ids(store, options, actor, members=members)
        rows = store.statements(actor_ids=ids, mention=mention, type=type_,
                                since=parse_day(since, "--since"), until=parse_day(until, "--until"), text=text, channel=channel, issue=issue,
                                topic=topic, limit=limit, one_per_cluster=not all_copies,
                                newest_first=newest_first)
    if as_json:
        for row in rows:
            echo_json(row)
        return
    for row in rows:
        click.echo(f"{speaker_label(row)}: {statement_line(row)}")


@click.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=int, default=20, show_default=True, help="at most this many hits (max 200)")
@click.option("--raw", is_flag=True, help="pass SQLite FTS5 syntax through (AND, OR, NOT, \"phrases\", prefix*)")
@json_option
@set_option
def search_cmd(query, db_url, limit, raw, as_json, overrides):
    """Full-text search over stored documents."""
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        hits = store.search(query, limit=min(max(limit, 1), 200), raw=raw)
    if as_json:
        for hit in hits:
            echo_json(hit)
        return
    if not hits:
        click.echo("no hits")
    for hit in hits:
        click.echo(f"{hit.get('published') or '-'}  {hit['doc_id'][:12]}  {hit.get('title') or ''}")
        click.echo(f"    {hit.get('snippet', '')}")


@click.command("report")
@db_option
@since_option
@until_option
@json_option
@set_option
def report_cmd(db_url, since, until, as_json, overrides):
    """The situation picture: who said what, by actor, with dates (wire copies once).

    One group per actor, whatever role it held (the role is shown with each statement);
    unresolved speakers are grouped by their mention normalised, bare pronouns ("er", "they")
    counted together as "unresolved pronoun"."""
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        counts = store.counts()
        rows = store.statements(since=parse_day(since, "--since"), until=parse_day(until, "--until"),
                                limit=100000, one_per_cluster=True)
    if as_json:
        actors = [{"kind": g["kind"], "key": g["key"], "id": g["id"], "name": g["name"], "roles": g["roles"],
                   "mentions": g["mentions"], "statements": len(g["records"])} for g in group_by_actor(rows)]
        echo_json({"counts": counts, "actors": actors, "statements": rows})
        return
    click.echo("lagebild situation picture")
    click.echo(", ".join(f"{k}: {v}" for k, v in counts.items()))
    click.echo("")
    click.echo(render_statements_by_actor(rows), nl=False)


COMMANDS = [show_cmd, rejects_cmd, statements_cmd, search_cmd, report_cmd]
