"""Every output format, each a writer with the same two calls: `write(record)` for each record
(or error record) in input order, then `close()`. One writer owns stdout, the output folder or the
output file for a whole run; `make_writer` picks it.

Formats: `jsonl` and `json` (jsonl.py), `csv` (csv_rows.py) and `parquet` (parquet.py) with the
columns of columns.py, `table` (table.py, rich tables for a terminal), `html` (review.py, a review
page), and `-o DIR` (directory.py, one `.json` file per input).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Any, Iterable, Protocol

FORMATS = ("jsonl", "json", "csv", "table", "parquet", "html")


class Writer(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


def make_writer(output_format: str, output: Path | None = None, *, pretty: bool = False, inputs: Iterable[str] = (),
                manifest: dict[str, Any] | None = None, stdout: IO[str] | None = None) -> Writer:
    """The one writer of a run. `output` is the file (parquet, html) or the folder of one `.json`
    per input (any other format); without it the writer owns `stdout` (default: sys.stdout),
    JSON formats writing bytes to its buffer."""
    stdout = stdout or sys.stdout
    if output_format == "parquet":
        from article2json.writers.parquet import ParquetWriter

        return ParquetWriter(output)
    if output_format == "html":
        from article2json.writers.review import HtmlReviewWriter

        return HtmlReviewWriter(output or stdout.buffer)
    if output is not None:
        from article2json.writers.directory import DirectoryWriter

        return DirectoryWriter(output, inputs, manifest)
    if output_format == "csv":
        from article2json.writers.csv_rows import CsvWriter

        return CsvWriter(stdout)
    if output_format == "table":
        from article2json.writers.table import TableWriter

        return TableWriter(stdout)
    from article2json.writers.jsonl import JsonArrayWriter, JsonLinesWriter

    return (JsonArrayWriter if output_format == "json" else JsonLinesWriter)(stdout.buffer, pretty)
