"""`lagebild issues`: the issue catalogue and suggestions for new issues."""
from __future__ import annotations

import click

from .common import build_options, db_option, echo_json, json_option, open_db, parse_day, set_option, since_option


@click.group("issues")
def issues() -> None:
    """Issues (fine topics) that positions are assigned to."""


@issues.command("list")
@json_option
@set_option
def issues_list(as_json, overrides):
    """The issue catalogue: the shipped one (src/lagebild/data/issues/issues.yaml) or the file of the
    issues_path setting; each issue with its label and the period it is live."""
    from ..extract.issues import load_issues

    for issue in load_issues(build_options(overrides).issues_path or None):
        row = issue.to_dict()
        if as_json:
            echo_json(row)
        else:
            live = row["live"]
            period = f" (live {live['from'] or '…'} – {live['until'] or 'today'})" if live["from"] or live["until"] else ""
            click.echo(f"{row['id']}: {row['label']['en']}{period}")


@issues.command("suggest")
@db_option
@since_option
@click.option("--limit", type=int, default=2000, show_default=True, help="most recent statements to cluster")
@click.option("-k", "k", type=int, help="number of clusters (default: chosen from the data)")
@json_option
@set_option
def issues_suggest(db_url, since, limit, k, as_json, overrides):
    """Cluster recent statements into candidate issues with representative phrases."""
    from ..extract.suggest import suggest_issues

    with open_db(db_url, build_options(overrides)) as store:
        rows = store.statements(since=parse_day(since, "--since"), limit=100000, one_per_cluster=True)
    rows = list(reversed(rows))[:limit]  # most recent first
    suggestions = suggest_issues(rows, k=k)
    if as_json:
        for s in suggestions:
            echo_json(s)
        return
    if not suggestions:
        click.echo("no clusters found (too few statements?)")
    for s in suggestions:
        click.echo(f"{s['size']:>4}  {s['label']}  [{', '.join(s['terms'])}]")
        click.echo(f"      e.g. {s['example'][:100]}")
