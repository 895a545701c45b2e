"""One conversion run: read inputs, run the pipeline, hand records to the one writer, report
failures on stderr, and turn the outcome into an exit status."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import click

from article2json.cli.main import ExitStatus
from article2json.cli.output import (CsvWriter, DirectoryWriter, JsonArrayWriter, JsonLinesWriter, OutputPathError,
                                     error_record)
from article2json.extractors.base import ExtractorOptions
from article2json.extractors.model import ModelError
from article2json.extractors.registry import PlanError
from article2json.readers import InputError


@dataclass(frozen=True)
class RunSettings:
    """Everything the command line decided, frozen."""

    inputs: tuple[str, ...]
    output_format: str
    options: ExtractorOptions
    glob: str | None = None
    pretty: bool = False
    output_dir: Path | None = None
    max_bytes: int = 10_000_000
    errors_inline: bool = False
    fail_fast: bool = False
    quiet: bool = False
    model: str | None = None
    extractors: tuple[str, ...] | None = None


def warn(message: str) -> None:
    click.echo(f"article2json: warning: {message}", err=True)


def report(error: InputError) -> None:
    click.echo(f"article2json: error: {error.describe()}", err=True)


def make_writer(settings: RunSettings):
    """The one writer of this run: JSON formats write bytes to stdout, CSV and table text."""
    if settings.output_dir is not None:
        return DirectoryWriter(settings.output_dir, settings.inputs)
    if settings.output_format == "json":
        return JsonArrayWriter(sys.stdout.buffer, settings.pretty)
    if settings.output_format == "csv":
        return CsvWriter(sys.stdout)
    if settings.output_format == "table":
        from article2json.cli.table import TableWriter

        return TableWriter(sys.stdout)
    return JsonLinesWriter(sys.stdout.buffer, settings.pretty)


def run_conversion(settings: RunSettings, stdin: IO[bytes]) -> int:
    """Convert every input; the exit status says whether anything failed."""
    from article2json.pipeline import Pipeline, PipelineConfig
    from article2json.readers import read_inputs

    try:
        pipeline = Pipeline(PipelineConfig(extractors=settings.extractors, model=settings.model,
                                           options=settings.options), warn=warn)
    except PlanError as exc:
        click.echo(f"article2json: error: {exc}", err=True)
        return ExitStatus.USAGE
    stdin_bytes = stdin.read() if "-" in settings.inputs else None
    failures = 0
    writer = make_writer(settings)
    try:
        for result in pipeline.run(read_inputs(settings.inputs, settings.glob, stdin_bytes, settings.max_bytes)):
            if isinstance(result, InputError):
                failures += 1
                report(result)
                if settings.fail_fast:
                    return ExitStatus.ERROR
                if settings.errors_inline:
                    writer.write(error_record(result))
                continue
            for warning in result["warnings"]:
                if not settings.quiet:
                    warn(f"{result['source']['path']}: {warning}")
            try:
                writer.write(result)
            except (OutputPathError, OSError) as exc:
                if isinstance(exc, BrokenPipeError):
                    raise
                failures += 1
                report(InputError(result["source"]["path"], "output", str(exc), result["source"]["line"]))
        writer.close()
    except ModelError as exc:
        click.echo(f"article2json: error: {exc}", err=True)
        return ExitStatus.ERROR
    except BrokenPipeError:
        _silence_stdout()
        return ExitStatus.OK
    except KeyboardInterrupt:
        click.echo("article2json: interrupted", err=True)
        return ExitStatus.INTERRUPTED
    return ExitStatus.SOME_INPUTS_FAILED if failures else ExitStatus.OK


def _silence_stdout() -> None:
    """The reader of stdout went away (`| head -1`): point stdout at /dev/null so that the
    interpreter's final flush does not print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
