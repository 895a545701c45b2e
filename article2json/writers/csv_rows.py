"""`csv`: one row per event with ACLED-like columns (article2json.writers.columns); the header is
always written, error records write no row."""

from __future__ import annotations

import csv
from typing import IO, Any

from article2json.writers.columns import COLUMN_NAMES, event_rows


class CsvWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=COLUMN_NAMES, lineterminator="\n")
        self.writer.writeheader()
        self.stream.flush()

    def write(self, record: dict[str, Any]) -> None:
        if "error" in record:
            return
        for row in event_rows(record):
            self.writer.writerow({k: "" if v is None else v for k, v in row.items()})
        self.stream.flush()

    def close(self) -> None:
        pass
