"""The `lagebild` command line: a thin adapter over the library.

Commands are grouped in modules (ingest, query, bench, admin) and registered
here, in one place. Library errors (``LagebildError``) become a one-line
message on stderr and exit status 2; nothing else is caught.
"""
from __future__ import annotations

import logging
import sys

import click

from ..about import __version__
from ..errors import LagebildError
from . import admin, bench, ingest, issues, kb, positions, query, serve, train
from .common import warn_environment


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="lagebild")
def cli() -> None:
    """lagebild: who said, pledged, demanded or refused what, in dated news articles.

    Ingest articles into a store (an SQLite file by default), then ask it
    questions. Every record points to character offsets in the stored text.
    """
    warn_environment()


for module in (ingest, query, positions, serve, admin):
    for command in module.COMMANDS:
        cli.add_command(command)
cli.add_command(bench.bench)
cli.add_command(kb.kb)
cli.add_command(train.train)
cli.add_command(issues.issues)


def main(argv: list[str] | None = None) -> None:
    # Readers turn unusable pages into listed rejects; the libraries' own log lines are noise here.
    for name in ("trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        cli.main(args=argv, prog_name="lagebild", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except LagebildError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:  # `lagebild statements | head`
        sys.exit(0)
