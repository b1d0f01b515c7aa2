"""`lagebild serve`: the web pages and the REST API over a store."""
from __future__ import annotations

import click

from .common import CommandError, build_options, db_option, set_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="address to bind; the default only accepts connections from this machine")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port")
@click.option("--allow-ingest", is_flag=True, help="accept POST /api/v1/documents (needs --token)")
@click.option("--token", envvar="LAGEBILD_TOKEN", help="bearer token clients must send to ingest (env LAGEBILD_TOKEN)")
@click.option("--create", is_flag=True, help="create an empty store if there is none at --db (to fill with "
              "--allow-ingest); without it a missing store is an error")
@set_option
def serve_cmd(db_url, host, port, allow_ingest, token, create, overrides):
    """Serve the web pages and the REST API (/api/v1, OpenAPI at /openapi.json).

    Read-only unless --allow-ingest is given together with --token. The store must exist
    (`lagebild ingest` creates it) unless --create is given: a missing one is an error naming
    the path (exit status 2).
    """
    if allow_ingest and not (token and token.strip()):
        raise click.UsageError("--allow-ingest needs --token TOKEN (or LAGEBILD_TOKEN), "
                               "so that only holders of the token can add documents")
    if token and not allow_ingest:
        click.echo("note: --token has no effect without --allow-ingest; the server is read-only", err=True)
    import uvicorn

    from ..errors import StoreMissing
    from ..server import create_app

    options = build_options(overrides)
    try:
        app = create_app(db_url, options=options, allow_ingest=allow_ingest, token=token, create=create)
    except StoreMissing as exc:
        raise CommandError(str(exc)) from exc
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach this address can read the store",
                   err=True)
    click.echo(f"lagebild serving {db_url} on http://{host}:{port}/ "
               f"({'ingest allowed with token' if allow_ingest else 'read-only'}); Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


COMMANDS = [serve_cmd]
