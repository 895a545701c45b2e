"""One conversion run: read inputs, run the pipeline (here or in workers), hand records to the one
writer, report failures on stderr, and turn the outcome into an exit status."""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from article2json.cli.status import ExitStatus
from article2json.cli.reporter import Reporter
from article2json.extractors.base import Article, ExtractorOptions
from article2json.extractors.model import ModelError
from article2json.extractors.registry import PlanError
from article2json.pipeline import Pipeline, PipelineConfig
from article2json.readers import JSON_SUFFIXES, InputError, iter_paths, read_inputs
from article2json.record import error_record
from article2json.writers import make_writer
from article2json.writers.directory import DirectoryWriter

PARALLEL_THRESHOLD = 16  # below this many articles, starting workers costs more than it saves


@dataclass(frozen=True)
class RunSettings:
    """Everything the command line decided, frozen."""

    inputs: tuple[str, ...]
    output_format: str
    options: ExtractorOptions
    glob: str | None = None
    pretty: bool = False
    output: Path | None = None
    max_bytes: int = 10_000_000
    errors_inline: bool = False
    fail_fast: bool = False
    quiet: bool = False
    progress: bool | None = None  # None: on a terminal, for more than one input
    jobs: int | None = None  # None: one per core for more than PARALLEL_THRESHOLD articles
    skip_existing: bool = False
    timeout: float | None = None
    model: str | None = None
    extractors: tuple[str, ...] | None = None


def count_inputs(settings: RunSettings) -> int | None:
    """How many articles to expect, when that is cheap to know (None when JSON inputs hold an
    unknown number of records)."""
    count = 0
    for item in iter_paths([a for a in settings.inputs if a != "-"], settings.glob):
        name = str(item.path if isinstance(item, InputError) else item).lower().removesuffix(".gz")
        if os.path.splitext(name)[1] in JSON_SUFFIXES:
            return None
        count += 1
    return count + settings.inputs.count("-")


def _skip_current(items: Iterator[Article | InputError], writer: DirectoryWriter,
                  reporter: Reporter) -> Iterator[Article | InputError]:
    for item in items:
        if isinstance(item, Article) and writer.is_current(item.source.as_json()):
            reporter.advance()
            continue
        yield item


def run_conversion(settings: RunSettings, stdin) -> int:
    """Convert every input; the exit status says whether anything failed."""
    total = count_inputs(settings) if settings.progress is not False or settings.jobs is None else None
    show_progress = settings.progress if settings.progress is not None else (
        sys.stderr.isatty() and (total is None or total > 1))
    reporter = Reporter(quiet=settings.quiet)
    config = PipelineConfig(extractors=settings.extractors, model=settings.model, options=settings.options,
                            timeout=settings.timeout or None)
    try:
        pipeline = Pipeline(config, warn=reporter.warn)
    except PlanError as exc:
        reporter.error(str(exc))
        return ExitStatus.USAGE
    try:
        pipeline.check_model()  # a setup problem: fail before the first input
    except ModelError as exc:
        reporter.error(str(exc))
        return ExitStatus.ERROR
    manifest = {"version": _tool_version(), "extractors": [e.name for e in pipeline.extractors],
                "model": settings.model, "options": repr(settings.options)}
    try:
        writer = make_writer(settings.output_format, settings.output, pretty=settings.pretty, inputs=settings.inputs,
                             manifest=manifest)
    except (OSError, ValueError) as exc:
        reporter.error(str(exc))
        return ExitStatus.ERROR
    jobs = settings.jobs or ((os.cpu_count() or 1) if total is None or total > PARALLEL_THRESHOLD else 1)
    if show_progress:
        reporter.start_progress(total)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` ends the run like Ctrl-C: no partial files
    try:
        return _convert_all(settings, pipeline, config, jobs, writer, reporter, stdin)
    finally:
        reporter.close()


def _convert_all(settings, pipeline, config, jobs, writer, reporter, stdin) -> int:
    items = read_inputs(settings.inputs, settings.glob, stdin.read() if "-" in settings.inputs else None,
                        settings.max_bytes)
    if settings.skip_existing and isinstance(writer, DirectoryWriter):
        items = _skip_current(items, writer, reporter)
    if jobs > 1:
        from article2json.parallel import run_parallel

        results = run_parallel(items, config, jobs)
    else:
        results = pipeline.run(items)
    try:
        for result in results:
            if isinstance(result, InputError):
                reporter.error(result.describe())
                reporter.advance(failed=True)
                if settings.fail_fast:
                    writer.close()
                    return ExitStatus.ERROR
                if settings.errors_inline:
                    writer.write(error_record(result))
                continue
            for warning in result["warnings"]:
                reporter.warn(f"{result['source']['path']}: {warning}")
            try:
                writer.write(result)
            except (BrokenPipeError, KeyboardInterrupt):
                raise
            except Exception as exc:  # the writer is inside the input's boundary too (e.g. a value orjson refuses)
                source = result["source"]
                failure = InputError(source["path"], "write", f"cannot write the output: {type(exc).__name__}: {exc}",
                                     source["line"])
                reporter.error(failure.describe())
                reporter.advance(failed=True)
                if settings.errors_inline:
                    writer.write(error_record(failure))
                continue
            reporter.advance()
        writer.close()
    except ModelError as exc:
        reporter.error(str(exc))
        return ExitStatus.ERROR
    except BrokenPipeError:
        _silence_stdout()
        return ExitStatus.OK
    except KeyboardInterrupt:
        reporter.error("interrupted")
        return ExitStatus.INTERRUPTED
    finally:
        results.close()
    return ExitStatus.SOME_INPUTS_FAILED if reporter.failed else ExitStatus.OK


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _tool_version() -> str:
    from article2json import __version__

    return __version__


def _silence_stdout() -> None:
    """The reader of stdout went away (`| head -1`): point stdout at /dev/null so that the
    interpreter's final flush does not print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
