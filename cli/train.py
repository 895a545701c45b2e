"""`article2json train`: fit the typing model on coded texts (needs the `[train]` extra)."""

from __future__ import annotations

import sys
from importlib.util import find_spec
from pathlib import Path

import click

from article2json.cli.status import ExitStatus


@click.command("train")
@click.argument("coded", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), metavar="MODEL",
              help="Where to write the model (JSON). With --dev: default the shipped model file.")
@click.option("--dev", is_flag=True, help="Rebuild the shipped model from the dev data (fixed seed, same bytes).")
@click.option("--data", metavar="DIR", help="Dev-data folder (default: $ARTICLE2JSON_DEV_DATA, else ../shared/dev-data).")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="With --dev: also write the held-out scores (leave-one-country-out, news checks) as markdown.")
def train(coded: Path | None, output: Path | None, dev: bool, data: str | None, report: Path | None) -> None:
    """Fit the typing model on CODED texts: an ACLED export (CSV with notes, event_type and
    sub_event_type) or gold JSONL (records with text and a main event with acled). Each text runs
    through the pipeline; the model learns the coded sub-event type from the main event's
    evidence. Use the result with `article2json --typing-model MODEL ...`."""
    from article2json import train as training

    if find_spec("sklearn") is None:
        click.echo("article2json: error: training needs scikit-learn: pip install 'article2json[train]'", err=True)
        sys.exit(ExitStatus.ERROR)
    if dev == (coded is not None):
        raise click.UsageError("name a CODED file, or give --dev")
    if dev:
        say = lambda message: click.echo(message, err=True)  # noqa: E731
        rows, root, path = training.build_dev(data, output, say)
        if report is not None:
            from article2json.evaluation.typing_report import write_report

            write_report(rows, root, path, report)
            say(f"wrote {report}")
        return
    if output is None:
        raise click.UsageError("-o MODEL is required")
    try:
        rows = training.read_coded(coded)
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        click.echo(f"article2json: error: {exc}", err=True)
        sys.exit(ExitStatus.ERROR)
    training.run_pipeline(rows)
    content = training.fit(rows)
    training.write_model(content, output)
    found = sum(1 for r in rows if r.features)
    click.echo(f"article2json: fitted on {found} of {len(rows)} texts (the rest had no event); "
               f"{len(content['classes'])} sub-event types; wrote {output}", err=True)
