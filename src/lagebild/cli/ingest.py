"""Commands that put articles into the store: ingest, watch, reanalyze; and analyze (no store)."""
from __future__ import annotations

import json
import sys

import click

from ..dates import parse_date
from ..errors import LagebildError
from .common import build_options, db_option, echo_json, json_option, open_db, set_option
from .progress import Progress, count_inputs


def _is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def _published(value: str | None):
    try:
        return parse_date(value) if value else None
    except LagebildError as exc:
        raise click.BadParameter(str(exc), param_hint="--published") from exc


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--published", help="publication date YYYY-MM-DD for inputs that carry none (never guessed)")
@click.option("--lang", help="language of inputs that do not say (default: detected)")
@click.option("--analyze/--no-analyze", "analyze", default=None,
              help="run the analysis pipeline (default: on; setting `analyze`)")
@json_option
@click.option("--quiet", "-q", is_flag=True, help="no progress bar (shown on stderr only when it is a terminal)")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="analyse on a local Dask cluster of N single-threaded worker processes")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="analyse on the workers of this running Dask scheduler")
@click.option("--partition-size", type=click.IntRange(min=1), default=None,
              help="with --workers/--scheduler: JSON Lines lines, WARC records or files per task "
                   "(default: setting batch_size)")
@set_option
def ingest_cmd(inputs, db_url, published, lang, analyze, as_json, quiet, workers, scheduler, partition_size,
               overrides):
    """Store articles from files, folders, globs, URLs or - (stdin), and analyse them.

    Reads dated text files (first line `date YYYY-MM-DD`), plain text, JSON Lines,
    HTML pages, RSS/Atom feeds and WARC(.gz) files. Ends with a summary:
    processed, duplicate, near-duplicate and rejected by reason. Every rejected
    input is listed by `lagebild rejects`. Re-running the same ingest adds nothing.
    """
    from ..ingest import iter_inputs
    from ..runner import ingest_outcomes

    options = build_options(overrides)
    day = _published(published)
    paths = [i for i in inputs if not _is_url(i)]
    urls = [i for i in inputs if _is_url(i)]

    def outcomes():
        if paths:
            yield from progress.counting(iter_inputs(paths, options, published=day, lang=lang,
                                                     stdin=sys.stdin.buffer))
        if urls:
            from ..ingest.fetch import fetch_documents

            yield from progress.counting(fetch_documents(urls, options))

    distributed = workers is not None or scheduler is not None
    if distributed and (urls or "-" in paths):
        raise click.UsageError("--workers/--scheduler read files, folders and globs; "
                               "ingest URLs and stdin without them")
    progress = Progress(quiet=quiet or as_json, total=lambda: count_inputs(paths, urls))

    def update(summary) -> None:
        progress.reach(summary.seen)

    with open_db(db_url, options, create=True) as store:
        if distributed:
            from ..scale import dask_client, ingest_distributed

            with dask_client(scheduler=scheduler, workers=workers) as client:
                summary = ingest_distributed(paths, store, options, client, analyze=analyze, published=day,
                                             lang=lang, partition_size=partition_size, on_progress=update)
        else:
            summary = ingest_outcomes(outcomes(), store, options, analyze=analyze, on_progress=update,
                                      on_document=progress.tick)
    progress.close()
    if as_json:
        echo_json(summary.to_dict())
    else:
        click.echo(summary.format())
    if summary.interrupted:
        sys.exit(130)
    if summary.all_rejected:  # nothing stored; the summary says why, `lagebild rejects` lists them
        sys.exit(1)


@click.command("watch")
@click.argument("feeds", nargs=-1, required=True)
@db_option
@click.option("--every", default="15m", show_default=True, help="poll interval: 30s, 15m, 2h, 1d")
@click.option("--rounds", type=int, default=None, help="stop after this many polls (default: until Ctrl-C)")
@click.option("--quiet", "-q", is_flag=True, help="print nothing but errors")
@click.option("--alerts", "alerts_path", type=click.Path(exists=True, dir_okay=False), default=None,
              help="a YAML or JSON file of saved queries (name, kind, filters, webhook): after each round "
                   "their new matches are POSTed as JSON to the webhooks")
@set_option
def watch_cmd(feeds, db_url, every, rounds, quiet, alerts_path, overrides):
    """Poll RSS/Atom feeds and ingest only new items, until stopped (Ctrl-C).

    With --alerts, each saved query's matches that are new since its last notification are sent
    to its webhook after every round (timeout, retries with backoff; a failing webhook is logged
    on stderr and tried again next round, never stopping the watch). What was sent is kept in the
    store, so a restart sends nothing twice; a new query starts from the matches already stored.
    """
    from ..ingest.watch import parse_interval, watch_feeds
    from ..runner import ingest_outcomes

    options = build_options(overrides)
    seconds = parse_interval(every)
    alerts = _alerts(alerts_path, quiet)
    with open_db(db_url, options, create=True) as store:
        if alerts is not None:
            alerts.start(store)
        def handle(outcomes) -> None:
            summary = ingest_outcomes(outcomes, store, options)
            if not quiet:
                click.echo(json.dumps(summary.to_dict()), err=False)

        try:
            watch_feeds(list(feeds), options, every_seconds=seconds, seen=store, handle=handle,
                        max_rounds=rounds, after_round=(lambda: alerts.run(store)) if alerts else None)
        except KeyboardInterrupt:
            pass


def _alerts(path: str | None, quiet: bool):
    """The saved queries of ``--alerts`` (None without), their log lines on stderr."""
    if not path:
        return None
    import logging

    from ..alerts import read_alerts

    class Echo(logging.Handler):  # through click, so that it goes where stderr is now
        def emit(self, record: logging.LogRecord) -> None:
            click.echo(f"alerts: {record.levelname.lower()}: {record.getMessage()}", err=True)

    alerts = read_alerts(path)
    logger = logging.getLogger("lagebild.alerts")
    logger.handlers = [h for h in logger.handlers if type(h).__name__ != "Echo"] + [Echo()]
    logger.setLevel(logging.ERROR if quiet else logging.INFO)
    return alerts


@click.command("reanalyze")
@db_option
@click.option("--quiet", "-q", is_flag=True,
              help="no progress bar (shown on stderr only when it is a terminal) and no summary")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="analyse on a local Dask cluster of N single-threaded worker processes")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="analyse on the workers of this running Dask scheduler")
@set_option
def reanalyze_cmd(db_url, quiet, workers, scheduler, overrides):
    """Re-analyse stored documents whose newest analysis is by another pipeline version.

    A pipeline version names each stage with a hash of its code, data and model files and
    the settings it reads (see `lagebild stages`), so after an upgrade, new word lists or
    another `kb_path` or `languages`, exactly the documents analysed otherwise are re-run,
    and those never analysed are analysed. Older analyses stay stored; queries read the newest.
    """
    from ..core import get_pipeline
    from ..runner import reanalyze

    options = build_options(overrides)
    with open_db(db_url, options) as store:
        version = get_pipeline(options).version
        progress = Progress(quiet=quiet, total=lambda: store.count_without_analysis(version))
        try:
            if workers is not None or scheduler is not None:
                from ..scale import dask_client, reanalyze_distributed

                with dask_client(scheduler=scheduler, workers=workers) as client:
                    n = reanalyze_distributed(store, options, client, on_progress=progress.reach)
            else:
                n = reanalyze(store, options, on_progress=progress.reach, on_document=progress.tick)
        finally:
            progress.close()
    if not quiet:
        click.echo(f"analysed {n} documents (pipeline version {get_pipeline(options).version})")


@click.command("analyze")
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--published", help="publication date YYYY-MM-DD (anchors relative dates)")
@click.option("--lang", help="language (default: detected)")
@json_option
@set_option
def analyze_cmd(file, published, lang, as_json, overrides):
    """Analyse one article file (any input format) without a store; print the analysis.

    The first document the file yields is analysed. Spans are character offsets
    into the document's stored text (see `lagebild show --text`).
    """
    from ..core import analyze_document
    from ..ingest import iter_inputs
    from ..runner import with_language

    options = build_options(overrides)
    day = _published(published)
    for outcome in iter_inputs([file], options, published=day, lang=lang, stdin=sys.stdin.buffer):
        if hasattr(outcome, "reason"):
            raise click.ClickException(f"{outcome.origin}: rejected ({outcome.reason}): {outcome.message}")
        analysis = analyze_document(with_language(outcome), options=options)
        if as_json:
            click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
        else:
            from .render import render_analysis

            click.echo(render_analysis(analysis))
        return
    raise click.ClickException(f"{file}: no document found")


COMMANDS = [ingest_cmd, watch_cmd, reanalyze_cmd, analyze_cmd]
