"""Options shared by several commands."""
from __future__ import annotations

import json
from typing import Any

import click

from ..settings import make_options

db_option = click.option(
    "--db", "db_url", envvar="LAGEBILD_DB", default="lagebild.db", show_default=True,
    help="store URL: an SQLite file path, sqlite:///PATH or postgresql://USER@HOST/DB (env LAGEBILD_DB)",
)
json_option = click.option("--json", "as_json", is_flag=True, help="print JSON for programs instead of a table")
actor_option = click.option(
    "--actor", metavar="ACTOR",
    help="an actor: its id (Q566257, local:...), Wikidata id, name or alias; every record of that actor, "
         "whatever the mention (\"der Kanzler\", \"er\") and role; several matching actors are an error "
         "that lists them",
)
members_option = click.option(
    "--members", is_flag=True,
    help="with --actor: the records of the actor's members too (a state's government, its office holders, "
         "a party's members: the knowledge base's hierarchy, kb.members)",
)
mention_option = click.option(
    "--mention", metavar="TEXT",
    help="records whose actor mention, as written, contains TEXT (ignoring case): unresolved ones too",
)
period_since_option = click.option(
    "--since", metavar="YYYY-MM-DD|all",
    help="published on or after this day; `all`: no lower bound (without --since and --until: the last 12 "
         "months of the corpus, counted back from its newest article)",
)
period_until_option = click.option("--until", metavar="YYYY-MM-DD", help="published on or before this day")
# Listings without a default period (statements, report, export, ...): every date unless bounded;
# `all` is accepted too, so the same --since works on every command.
since_option = click.option(
    "--since", metavar="YYYY-MM-DD|all",
    help="published on or after this day (default, or `all`: no lower bound)",
)
until_option = click.option("--until", metavar="YYYY-MM-DD", help="published on or before this day")
set_option = click.option(
    "--set", "overrides", multiple=True, metavar="NAME=VALUE",
    help="override a setting (see `lagebild settings`); repeatable",
)


def build_options(overrides: tuple[str, ...] = (), **extra: Any):
    values: dict[str, Any] = {}
    for item in overrides:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--set")
        name, value = item.split("=", 1)
        values[name.strip()] = value
    values.update({k: v for k, v in extra.items() if v is not None})
    return make_options(values)


def echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


class CommandError(click.ClickException):
    """A command that cannot do what was asked (a missing store, an unknown id): "Error: ..." on
    stderr and exit status 2, like a usage error, without the usage text."""

    exit_code = 2


def open_db(db_url: str, options, *, create: bool = False):
    """The store at ``db_url``. Only commands that write (ingest, watch) pass ``create``: for
    the others a missing SQLite file (or folder) is an error naming the path, exit status 2."""
    from ..errors import StoreMissing
    from ..store import open_store

    try:
        return open_store(db_url, options=options, create=create)
    except StoreMissing as exc:
        raise CommandError(str(exc)) from exc


def check_issue(store, options, issue: str | None, *, param: str = "--issue") -> str | None:
    """``issue`` if it is an issue id of the catalogue in use (setting issues_path, else the
    shipped one) or one that stored records name (``recordviews.issue_known``); else a usage
    error (exit 2) listing the catalogue's ids."""
    if issue is None:
        return None
    from ..extract.issues import load_issues
    from ..recordviews import issue_known

    ids = [i.id for i in load_issues(options.issues_path or None)]
    if not issue_known(store, issue, ids):
        where = f" {options.issues_path}" if options.issues_path else ""
        raise click.BadParameter(f"{issue!r} is not an issue of the catalogue{where}; one of: {', '.join(ids)} "
                                 "(`lagebild issues list`)", param_hint=param)
    return issue


def warn_environment() -> None:
    """A warning on stderr for each LAGEBILD_ variable that is no setting (it is ignored),
    with the nearest one: a misspelt variable would otherwise change nothing, silently."""
    from ..settings import unknown_environment

    for name, close in unknown_environment():
        near = f"; did you mean {close}?" if close else "; `lagebild settings` lists the settings"
        click.echo(f"warning: {name} is not a lagebild setting and is ignored{near}", err=True)


def resolve_actor_ids(store, options, actor: str | None, *, param: str = "--actor",
                      members: bool = False) -> list[str] | None:
    """The ids of the actors ``actor`` names (``recordviews.resolve_actors``), None without one;
    no actor or several is a usage error (exit 2) that says which. ``members``: with the ids
    of their members (``recordviews.with_members``)."""
    if not actor:
        if members:
            raise click.UsageError("--members needs --actor")
        return None
    ids = [a["id"] for a in resolve_actor(store, options, actor, param=param)]
    if members:
        from ..kb import load_kb
        from ..recordviews import with_members

        ids = with_members(ids, load_kb(options))
    return ids


def resolve_actor(store, options, actor: str, *, param: str = "--actor") -> list[dict[str, Any]]:
    from ..errors import ActorQueryError
    from ..kb import load_kb
    from ..recordviews import resolve_actors

    try:
        return resolve_actors(actor, load_kb(options), store)
    except ActorQueryError as exc:
        raise click.BadParameter(str(exc), param_hint=param) from exc


def cli_period(store, since: str | None, until: str | None) -> dict[str, Any]:
    """The period of a listing over time, ``{since, until, default}`` (``recordviews.store_period``);
    a date that is not YYYY-MM-DD is a usage error (exit 2)."""
    from ..recordviews import ALL, store_period

    days: dict[str, Any] = {}
    for name, value in (("--since", since), ("--until", until)):
        if name == "--since" and value and value.strip().lower() == ALL:
            days[name] = ALL
            continue
        day = parse_day(value, name)
        days[name] = day.isoformat() if day else None
    return store_period(store, days["--since"], days["--until"])


def parse_day(value: str | None, hint: str):
    """A --since/--until day, or None for no bound (empty, or `all` for --since); a date that is
    not YYYY-MM-DD is a usage error (exit 2) that says only that."""
    from ..dates import parse_date

    if not value or (hint == "--since" and value.strip().lower() == "all"):
        return None
    try:
        return parse_date(value)
    except Exception as exc:  # noqa: BLE001 - turned into a usage error
        message = exc.args[0] if exc.args else str(exc)  # without the ingest hint of InputError
        raise click.BadParameter(str(message), param_hint=hint) from exc


def echo_period(period: dict[str, Any], as_json: bool) -> None:
    """The period header: a line of the text output, or on stderr beside JSON Lines (whose lines
    stay records)."""
    from ..recordviews import period_text

    click.echo(period_text(period, "--since all"), err=as_json)
