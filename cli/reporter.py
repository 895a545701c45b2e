"""The one voice on stderr: warnings, errors and the progress bar.

While the progress bar is shown, messages are printed above it through rich's console; the bar
never redirects stdout, which carries the data.
"""

from __future__ import annotations

import sys
import time

import click


class Reporter:
    """Counts what happened and says it on stderr; `quiet` silences all but errors. After
    `start_progress`, a rich progress bar shows articles done/total, articles per second, errors
    so far and time left."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.done = self.failed = 0
        self.total: int | None = None
        self.started = time.monotonic()
        self._progress = self._task = None

    def start_progress(self, total: int | None) -> None:
        """Show the progress bar from now on (not when quiet)."""
        if self.quiet:
            return
        self.total = total
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("[bold]converting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"), TextColumn("[red]{task.fields[errors]} errors"),
            TimeRemainingColumn(), console=Console(file=sys.stderr), redirect_stdout=False, redirect_stderr=False,
            transient=False)
        self._task = self._progress.add_task("convert", total=self.total, rate="0.0", errors=0)
        self._progress.start()

    def _say(self, message: str) -> None:
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(message, err=True)

    def warn(self, message: str) -> None:
        if not self.quiet:
            self._say(f"article2json: warning: {message}")

    def error(self, message: str) -> None:
        self._say(f"article2json: error: {message}")

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        if self._progress is not None:
            total = self.total if self.total is not None and self.done <= self.total else None
            rate = self.done / max(time.monotonic() - self.started, 1e-6)
            self._progress.update(self._task, completed=self.done, total=total, rate=f"{rate:.1f}",
                                  errors=self.failed)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
