"""Commands about positions over time: positions, commitments, timeline, changes, disagreements,
actor profiles, issue stance matrices, and export."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import click

from ..model import COMMITMENT_ACTS, STANCES
from ..recordviews import actor_key, actor_label, actor_profile, issue_id, latest_per
from ..store.export import arrow_table, csv_text, export_rows, export_table
from .common import (actor_option, build_options, check_issue, cli_period, db_option, echo_json, echo_period,
                     json_option, members_option, mention_option, open_db, parse_day, period_since_option,
                     period_until_option, resolve_actor, resolve_actor_ids, set_option, since_option, until_option)
from .render import _clip, speaker_label, statement_line

issue_option = click.option("--issue", help="issue id of the catalogue (`lagebild issues list`; another is an error)")


def _actor(record: dict[str, Any]) -> str:
    """The actor's label; a mention's spans joined by a space on the command line."""
    return actor_label(record, sep=" ")


def _issue(record: dict[str, Any]) -> str:
    return issue_id(record) or "-"


def _evidence(record: dict[str, Any], width: int = 90) -> str:
    spans = record.get("evidence") or []
    return _clip(" … ".join(s.get("text", "") for s in spans), width) if spans else ""


def position_line(p: dict[str, Any]) -> str:
    conds = p.get("conditions") or []
    cond = f" [{len(conds)} condition{'s' if len(conds) != 1 else ''}]" if conds else ""
    return f"{p.get('published') or '-'}  {_actor(p)} {p.get('stance')} on {_issue(p)}{cond}: {_evidence(p)}"


def _dump(rows: list[dict[str, Any]], as_json: bool, line) -> None:
    if as_json:
        for row in rows:
            echo_json(row)
    elif not rows:
        click.echo("nothing found")
    else:
        for row in rows:
            click.echo(line(row))


@click.command("positions")
@db_option
@actor_option
@members_option
@mention_option
@issue_option
@click.option("--stance", type=click.Choice(STANCES), help="only this stance")
@period_since_option
@period_until_option
@click.option("--limit", type=int, default=1000, show_default=True, help="at most this many")
@json_option
@set_option
def positions_cmd(db_url, actor, members, mention, issue, stance, since, until, limit, as_json, overrides):
    """List positions (actor x issue x stance) with their evidence; wire copies once."""
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        check_issue(store, options, issue)
        ids = resolve_actor_ids(store, options, actor, members=members)
        period = cli_period(store, since, until)
        rows = store.positions(actor_ids=ids, mention=mention, issue=issue,
                               stance=stance, since=period["since"], until=period["until"], limit=limit)
    echo_period(period, as_json)
    _dump(rows, as_json, position_line)


@click.command("commitments")
@db_option
@actor_option
@members_option
@mention_option
@click.option("--act", type=click.Choice(COMMITMENT_ACTS), help="only this act")
@period_since_option
@period_until_option
@click.option("--limit", type=int, default=1000, show_default=True, help="at most this many")
@click.option("--merged", is_flag=True, help="one record per pledge: re-announcements in other articles merged, "
              "with their sources and history (lagebild.pledges)")
@json_option
@set_option
def commitments_cmd(db_url, actor, members, mention, act, since, until, limit, merged, as_json, overrides):
    """List commitments: pledges, intentions, deliveries, demands, refusals, 'not ruled out'."""
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        ids = resolve_actor_ids(store, options, actor, members=members)
        period = cli_period(store, since, until)
        rows = store.commitments(actor_ids=ids, mention=mention, act=act, since=period["since"],
                                 until=period["until"], limit=10**9 if merged else limit, one_per_cluster=not merged)
    if merged:
        from ..pledges import merge_commitments

        rows = merge_commitments(rows)[:limit]

    def line(c: dict[str, Any]) -> str:
        obj = c.get("object")
        obj = obj.get("text") if isinstance(obj, dict) else obj
        qty = c.get("quantity")
        qty = f" ({qty.get('text')})" if isinstance(qty, dict) and qty.get("text") else ""
        srcs = c.get("sources") or []
        more = f" [{len(srcs)} sources, {c.get('first_published')} .. {c.get('last_published')}]" if len(srcs) > 1 else ""
        return f"{c.get('published') or '-'}  {_actor(c)} {c.get('act')}: {obj or '?'}{qty}{more}"

    echo_period(period, as_json)
    _dump(rows, as_json, line)


@click.command("timeline")
@db_option
@actor_option
@members_option
@mention_option
@issue_option
@period_since_option
@period_until_option
@json_option
@set_option
def timeline_cmd(db_url, actor, members, mention, issue, since, until, as_json, overrides):
    """An actor's (and/or an issue's) statements and positions in date order."""
    if not actor and not issue and not mention:
        raise click.UsageError("give --actor (or --mention), --issue or both")
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        check_issue(store, options, issue)
        ids = resolve_actor_ids(store, options, actor, members=members)
        period = cli_period(store, since, until)
        rows = store.timeline(actor_ids=ids, mention=mention, issue=issue, since=period["since"],
                              until=period["until"])

    def line(r: dict[str, Any]) -> str:
        if r["kind"] == "statement":
            return f"{r.get('published') or '-'}  said   {speaker_label(r)}: {statement_line(r)}"
        return f"{r.get('published') or '-'}  stance {position_line(r).split('  ', 1)[1]}"

    echo_period(period, as_json)
    _dump(rows, as_json, line)


@click.command("changes")
@db_option
@actor_option
@members_option
@issue_option
@period_since_option
@period_until_option
@json_option
@set_option
def changes_cmd(db_url, actor, members, issue, since, until, as_json, overrides):
    """Stance shifts of actors on issues, with the evidence and dates on both sides.

    A shift needs a linked actor and two positions with confidence at or above the setting
    change_min_confidence, from different dates and different stories."""
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        check_issue(store, options, issue)
        ids = resolve_actor_ids(store, options, actor, members=members)
        period = cli_period(store, since, until)
        rows = store.changes(actor_ids=ids, issue=issue, since=period["since"], until=period["until"])

    def line(c: dict[str, Any]) -> str:
        a, b = c["from"], c["to"]
        return (f"{c['actor']} on {c['issue'] or '-'}: {a['stance']} ({a['published']}) -> "
                f"{b['stance']} ({b['published']})\n    before: {_evidence(a)}\n    after:  {_evidence(b)}")

    echo_period(period, as_json)
    _dump(rows, as_json, line)


@click.command("disagreements")
@db_option
@click.option("--issue", required=True, help="issue id of the catalogue (`lagebild issues list`)")
@actor_option
@members_option
@period_since_option
@period_until_option
@json_option
@set_option
def disagreements_cmd(db_url, issue, actor, members, since, until, as_json, overrides):
    """The camps on an issue: who supports, opposes, sets conditions, hesitates, is undecided.

    Each actor is in the camp of its latest stance in the period, camps ranked by how many
    positions are evidence, then by date; bare pronouns and unlinked mentions seen once are left
    out. With --actor, only that actor's place."""
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        check_issue(store, options, issue)
        ids = resolve_actor_ids(store, options, actor, members=members)
        period = cli_period(store, since, until)
        found = store.disagreements(issue=issue, actor_ids=ids, since=period["since"], until=period["until"])
    if as_json:
        echo_json({**found, "period": period})
        return
    echo_period(period, False)
    members_in = [m for camp in found["camps"].values() for m in camp]
    if not members_in:
        click.echo("nothing found")
        return
    click.echo(f"issue {issue}: {len(members_in)} actor{'s' if len(members_in) != 1 else ''}")
    for stance, camp in found["camps"].items():
        if camp:
            click.echo(f"{stance} ({len(camp)})")
        for m in camp:
            latest = m["latest"]
            click.echo(f"  {m['actor']}: {m['positions']} position{'s' if m['positions'] != 1 else ''}, latest "
                       f"{latest.get('published') or '-'}  {_evidence(latest, 70)}")


@click.command("actor")
@click.argument("name")
@db_option
@json_option
@set_option
def actor_cmd(name, db_url, as_json, overrides):
    """An actor's profile: who it is, roles, latest stance per issue, latest statements.

    NAME is an actor id (Q566257, local:...), a Wikidata id, a name or an alias; a name several
    actors have is an error that lists them (exit status 2)."""
    from ..kb import load_kb

    options = build_options(overrides)
    kb = load_kb(options)
    with open_db(db_url, options) as store:
        actor = resolve_actor(store, options, name, param="NAME")[0]
        found = actor_profile(store, actor["id"], kb_record=kb.record(actor["id"]))
    statements, latest = found["statements"], found["latest_by_issue"]
    roles = [{"label": r["label"] or r["key"], "start": r["start"], "end": r["end"]} for r in found["roles"]]
    profile = {"query": name, "actor": actor,
               "roles": roles, "positions": list(latest.values()),
               "statements": statements[-10:], "statement_count": len(statements)}
    if as_json:
        echo_json(profile)
        return
    click.echo(f"{actor['name']} ({actor['type'] or 'actor'}) {actor['wikidata'] or actor['id']}")
    for role in profile["roles"]:
        click.echo(f"  role: {role['label']} {role.get('start') or '?'} – {role.get('end') or 'today'}")
    click.echo(f"\nlatest stance per issue ({len(latest)}):")
    for p in latest.values():
        click.echo(f"  {_issue(p)}: {p.get('stance')} ({p.get('published')})  {_evidence(p, 70)}")
    click.echo(f"\nlatest statements ({len(statements)} in all):")
    for st in statements[-10:]:
        click.echo(f"  {statement_line(st)}")


@click.command("issue")
@click.argument("issue_id")
@db_option
@period_since_option
@period_until_option
@json_option
@set_option
def issue_cmd(issue_id, db_url, since, until, as_json, overrides):
    """The stance matrix of an issue: actors by their latest stance, with conditions.

    ISSUE_ID is an issue of the catalogue (`lagebild issues list`); another is an error (exit status 2)."""
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        check_issue(store, options, issue_id, param="ISSUE_ID")
        period = cli_period(store, since, until)
        positions = store.positions(issue=issue_id, since=period["since"], until=period["until"], limit=100000)
    latest = latest_per(positions, actor_key)  # one row per actor id (or normalised mention)
    matrix: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for key, p in sorted(latest.items(), key=lambda kv: _actor(kv[1])):
        matrix[p.get("stance") or "undecided"].append({"actor": _actor(p), "actor_key": key,
                                                       "published": p.get("published"),
                                                       "conditions": p.get("conditions") or [],
                                                       "evidence": p.get("evidence") or []})
    if as_json:
        echo_json({"issue": issue_id, "stances": {s: matrix.get(s, []) for s in STANCES}, "period": period})
        return
    echo_period(period, False)
    click.echo(f"issue {issue_id}: {len(latest)} actors")
    for stance in STANCES:
        for row in matrix.get(stance, []):
            cond = f" — {len(row['conditions'])} condition(s)" if row["conditions"] else ""
            click.echo(f"  {stance:<12} {row['actor']} ({row['published']}){cond}")


@click.command("export")
@db_option
@click.option("--what", type=click.Choice(["statements", "positions", "commitments", "conditions", "documents"]),
              default="statements", show_default=True, help="which records")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True, help="output format (parquet needs pyarrow)")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="file to write (default: stdout; required for parquet)")
@actor_option
@members_option
@mention_option
@since_option
@until_option
@set_option
def export_cmd(db_url, what, fmt, output, actor, members, mention, since, until, overrides):
    """Export records for other tools: JSON Lines (nested, lossless), CSV or Parquet (flat, typed).

    Positions and commitments carry their conditions as records (id, type, text, start, end);
    --what conditions lists the conditions of each document's latest analysis. CSV and Parquet
    columns come in a fixed order, documented in docs/cli.md ("Export")."""
    if (actor or mention) and what == "documents":
        raise click.UsageError("--actor and --mention select statements, positions, commitments or conditions, "
                               "not documents")
    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs --output FILE")
    options = build_options(overrides)
    with open_db(db_url, options) as store:
        s, u = parse_day(since, "--since"), parse_day(until, "--until")
        who = {"actor_ids": resolve_actor_ids(store, options, actor, members=members), "mention": mention}
        rows = export_rows(store, what, since=s, until=u, **(who if what != "documents" else {}))
    if fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        _write_text(text, output)
    elif fmt == "csv":
        _write_text(csv_text(*export_table(what, rows)), output)
    else:
        try:
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise click.ClickException("parquet export needs pyarrow: pip install 'lagebild[parquet]'") from exc
        pq.write_table(arrow_table(*export_table(what, rows)), output)
    if output:
        click.echo(f"wrote {len(rows)} {what} to {output}", err=True)


def _write_text(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


COMMANDS = [positions_cmd, commitments_cmd, timeline_cmd, changes_cmd, disagreements_cmd, actor_cmd,
            issue_cmd, export_cmd]
