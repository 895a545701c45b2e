"""`--format parquet -o FILE`: one row per event, the article's fields repeated on each row,
streamed in row groups and renamed into place when complete (readable by DuckDB and pandas)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from article2json.output import CSV_COLUMNS, event_rows

INTEGER_COLUMNS = {"line", "killed", "wounded", "geo_precision"}
FLOAT_COLUMNS = {"latitude", "longitude", "confidence"}
BOOLEAN_COLUMNS = {"main"}
ROW_GROUP = 5000


def _arrow_schema():
    import pyarrow as pa

    def kind(column: str):
        if column in INTEGER_COLUMNS:
            return pa.int64()
        if column in FLOAT_COLUMNS:
            return pa.float64()
        return pa.bool_() if column in BOOLEAN_COLUMNS else pa.string()

    return pa.schema([(column, kind(column)) for column in CSV_COLUMNS])


class ParquetWriter:
    def __init__(self, path: Path | None) -> None:
        if path is None:
            raise ValueError("--format parquet needs -o FILE.parquet")
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise ValueError("--format parquet needs pyarrow: pip install 'article2json[parquet]'") from None
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, self.temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        os.close(handle)
        self.schema = _arrow_schema()
        self.writer = pq.ParquetWriter(self.temporary, self.schema)
        self.rows: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        if "error" in record:
            return
        self.rows.extend(event_rows(record))
        if len(self.rows) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        os.replace(self.temporary, self.path)

    def __del__(self) -> None:  # an interrupted run leaves no partial file behind
        temporary = getattr(self, "temporary", None)
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
