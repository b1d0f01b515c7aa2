"""Commands about positions over time: positions, commitments, timeline, changes, disagreements,
actor profiles, issue stance matrices, and export."""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import click

from ..recordviews import actor_key, actor_label, actor_profile, issue_id, latest_per
from .common import (actor_option, build_options, db_option, echo_json, json_option, members_option, mention_option,
                     open_db, resolve_actor, resolve_actor_ids)
from .query import _day
from .render import _clip, speaker_label, statement_line

STANCES = ["supports", "conditional", "undecided", "hesitant", "opposes"]
since_option = click.option("--since", help="published on or after YYYY-MM-DD")
until_option = click.option("--until", help="published on or before YYYY-MM-DD")
issue_option = click.option("--issue", help="issue id")


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
@since_option
@until_option
@click.option("--limit", type=int, default=1000, show_default=True, help="at most this many")
@json_option
def positions_cmd(db_url, actor, members, mention, issue, stance, since, until, limit, as_json):
    """List positions (actor x issue x stance) with their evidence; wire copies once."""
    options = build_options()
    with open_db(db_url, options) as store:
        ids = resolve_actor_ids(store, options, actor, members=members)
        rows = store.positions(actor_ids=ids, mention=mention, issue=issue,
                               stance=stance, since=_day(since, "--since"), until=_day(until, "--until"),
                               limit=limit)
    _dump(rows, as_json, position_line)


@click.command("commitments")
@db_option
@actor_option
@members_option
@mention_option
@click.option("--act", type=click.Choice(["pledge", "intention", "delivery", "demand", "refusal",
                                          "not_ruled_out", "under_consideration"]), help="only this act")
@since_option
@until_option
@click.option("--limit", type=int, default=1000, show_default=True, help="at most this many")
@json_option
def commitments_cmd(db_url, actor, members, mention, act, since, until, limit, as_json):
    """List commitments: pledges, intentions, deliveries, demands, refusals, 'not ruled out'."""
    options = build_options()
    with open_db(db_url, options) as store:
        ids = resolve_actor_ids(store, options, actor, members=members)
        rows = store.commitments(actor_ids=ids, mention=mention, act=act,
                                 since=_day(since, "--since"), until=_day(until, "--until"), limit=limit)

    def line(c: dict[str, Any]) -> str:
        obj = c.get("object")
        obj = obj.get("text") if isinstance(obj, dict) else obj
        qty = c.get("quantity")
        qty = f" ({qty.get('text')})" if isinstance(qty, dict) and qty.get("text") else ""
        return f"{c.get('published') or '-'}  {_actor(c)} {c.get('act')}: {obj or '?'}{qty}"

    _dump(rows, as_json, line)


@click.command("timeline")
@db_option
@actor_option
@members_option
@mention_option
@issue_option
@since_option
@until_option
@json_option
def timeline_cmd(db_url, actor, members, mention, issue, since, until, as_json):
    """An actor's (and/or an issue's) statements and positions in date order."""
    if not actor and not issue and not mention:
        raise click.UsageError("give --actor (or --mention), --issue or both")
    options = build_options()
    with open_db(db_url, options) as store:
        ids = resolve_actor_ids(store, options, actor, members=members)
        rows = store.timeline(actor_ids=ids, mention=mention, issue=issue,
                              since=_day(since, "--since"), until=_day(until, "--until"))

    def line(r: dict[str, Any]) -> str:
        if r["kind"] == "statement":
            return f"{r.get('published') or '-'}  said   {speaker_label(r)}: {statement_line(r)}"
        return f"{r.get('published') or '-'}  stance {position_line(r).split('  ', 1)[1]}"

    _dump(rows, as_json, line)


@click.command("changes")
@db_option
@actor_option
@members_option
@issue_option
@since_option
@until_option
@json_option
def changes_cmd(db_url, actor, members, issue, since, until, as_json):
    """Stance shifts of actors on issues, with the evidence and dates on both sides."""
    options = build_options()
    with open_db(db_url, options) as store:
        rows = store.changes(actor_ids=resolve_actor_ids(store, options, actor, members=members), issue=issue,
                             since=_day(since, "--since"), until=_day(until, "--until"))

    def line(c: dict[str, Any]) -> str:
        a, b = c["from"], c["to"]
        return (f"{c['actor']} on {c['issue'] or '-'}: {a['stance']} ({a['published']}) -> "
                f"{b['stance']} ({b['published']})\n    before: {_evidence(a)}\n    after:  {_evidence(b)}")

    _dump(rows, as_json, line)


@click.command("disagreements")
@db_option
@click.option("--issue", required=True, help="issue id")
@actor_option
@members_option
@since_option
@until_option
@json_option
def disagreements_cmd(db_url, issue, actor, members, since, until, as_json):
    """Actors whose latest stances on an issue in the period lean opposite ways.

    With --actor, only the pairs that actor is in."""
    options = build_options()
    with open_db(db_url, options) as store:
        rows = store.disagreements(issue=issue, actor_ids=resolve_actor_ids(store, options, actor, members=members),
                                   since=_day(since, "--since"), until=_day(until, "--until"))

    def line(d: dict[str, Any]) -> str:
        a, b = d["a"], d["b"]
        return (f"{a['actor']} {a['stance']} ({a['published']}) vs {b['actor']} {b['stance']} ({b['published']})"
                f"\n    {_evidence(a)}\n    {_evidence(b)}")

    _dump(rows, as_json, line)


@click.command("actor")
@click.argument("name")
@db_option
@json_option
def actor_cmd(name, db_url, as_json):
    """An actor's profile: who it is, roles, latest stance per issue, latest statements.

    NAME is an actor id (Q566257, local:...), a Wikidata id, a name or an alias; a name several
    actors have is an error that lists them (exit status 2)."""
    from ..kb import load_kb

    options = build_options()
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
@since_option
@until_option
@json_option
def issue_cmd(issue_id, db_url, since, until, as_json):
    """The stance matrix of an issue: actors by their latest stance, with conditions."""
    with open_db(db_url, build_options()) as store:
        positions = store.positions(issue=issue_id, since=_day(since, "--since"), until=_day(until, "--until"),
                                    limit=100000)
    latest = latest_per(positions, actor_key)  # one row per actor id (or normalised mention)
    matrix: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for key, p in sorted(latest.items(), key=lambda kv: _actor(kv[1])):
        matrix[p.get("stance") or "undecided"].append({"actor": _actor(p), "actor_key": key,
                                                       "published": p.get("published"),
                                                       "conditions": p.get("conditions") or [],
                                                       "evidence": p.get("evidence") or []})
    if as_json:
        echo_json({"issue": issue_id, "stances": {s: matrix.get(s, []) for s in STANCES}})
        return
    click.echo(f"issue {issue_id}: {len(latest)} actors")
    for stance in STANCES:
        for row in matrix.get(stance, []):
            cond = f" — {len(row['conditions'])} condition(s)" if row["conditions"] else ""
            click.echo(f"  {stance:<12} {row['actor']} ({row['published']}){cond}")


@click.command("export")
@db_option
@click.option("--what", type=click.Choice(["statements", "positions", "commitments", "documents"]),
              default="statements", show_default=True, help="which records")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True, help="output format (parquet needs pyarrow)")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="file to write (default: stdout; required for parquet)")
@actor_option
@members_option
@mention_option
@since_option
@until_option
def export_cmd(db_url, what, fmt, output, actor, members, mention, since, until):
    """Export records for other tools: JSON Lines (nested, lossless), CSV or Parquet (flat)."""
    if (actor or mention) and what == "documents":
        raise click.UsageError("--actor and --mention select statements, positions or commitments, not documents")
    options = build_options()
    with open_db(db_url, options) as store:
        s, u = _day(since, "--since"), _day(until, "--until")
        who = {"actor_ids": resolve_actor_ids(store, options, actor, members=members), "mention": mention}
        if what == "statements":
            rows = store.statements(**who, since=s, until=u, limit=10**9, one_per_cluster=False)
        elif what == "positions":
            rows = store.positions(**who, since=s, until=u, limit=10**9, one_per_cluster=False)
        elif what == "commitments":
            rows = store.commitments(**who, since=s, until=u, limit=10**9, one_per_cluster=False)
        else:
            rows = [{**d.to_dict(), "text": d.text} for d in store.documents(limit=10**9, since=s, until=u)]
    if fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        _write_text(text, output)
    elif fmt == "csv":
        flat = [flatten(r) for r in rows]
        columns = sorted({k for r in flat for k in r})
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns)
        writer.writeheader()
        writer.writerows(flat)
        _write_text(buf.getvalue(), output)
    else:
        if not output:
            raise click.UsageError("--format parquet needs --output FILE")
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise click.ClickException("parquet export needs pyarrow: pip install 'lagebild[parquet]'") from exc
        flat = [flatten(r) for r in rows]
        columns = sorted({k for r in flat for k in r})
        table = pa.table({c: [None if r.get(c) is None else str(r.get(c)) for r in flat] for c in columns})
        pq.write_table(table, output)
    if output:
        click.echo(f"wrote {len(rows)} {what} to {output}", err=True)


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested records as flat columns: spans joined as text, with their first offsets."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list) and value and all(isinstance(v, dict) and "text" in v for v in value):
            out[name] = " … ".join(v["text"] for v in value)
            out[name + ".start"] = value[0].get("start")
            out[name + ".end"] = value[-1].get("end")
        elif isinstance(value, list):
            out[name] = json.dumps(value, ensure_ascii=False) if value else ""
        else:
            out[name] = value
    return out


def _write_text(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


COMMANDS = [positions_cmd, commitments_cmd, timeline_cmd, changes_cmd, disagreements_cmd, actor_cmd,
            issue_cmd, export_cmd]
