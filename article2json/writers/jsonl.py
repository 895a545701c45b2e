"""JSON output: `jsonl` (one compact record per line) and `json` (an array streamed one record at a time)."""

from __future__ import annotations

from typing import IO, Any

import orjson


def dumps(record: Any, pretty: bool = False) -> bytes:
    """JSON bytes; key order is the record's own, which article2json.record fixes."""
    return orjson.dumps(record, option=orjson.OPT_INDENT_2 if pretty else 0)


class JsonLinesWriter:
    def __init__(self, stream: IO[bytes], pretty: bool = False) -> None:
        self.stream, self.pretty = stream, pretty

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(dumps(record, self.pretty) + b"\n")
        self.stream.flush()

    def close(self) -> None:
        pass


class JsonArrayWriter(JsonLinesWriter):
    """A JSON array written one element at a time, so nothing is buffered."""

    def __init__(self, stream: IO[bytes], pretty: bool = False) -> None:
        super().__init__(stream, pretty)
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write((b",\n" if self.count else b"[\n") + dumps(record, self.pretty))
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        self.stream.write(b"\n]\n" if self.count else b"[]\n")
        self.stream.flush()
