"""Output writers. One writer owns stdout (or the output directory) for a whole run.

Formats: `jsonl` (one compact record per line), `json` (a streamed array), `csv` (one row per
event, ACLED-like columns, header always written), `table` (rich tables for a terminal), and a
directory of one `.json` file per input (`-o DIR`), each written atomically.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path
from typing import IO, Any, Iterable

import orjson

CSV_COLUMNS = ("path", "line", "record_id", "title", "outlet", "published", "event_id", "main", "plover_type",
               "plover_mode", "event_type", "sub_event_type", "event_date", "date_precision", "actor1",
               "actor1_sector", "actor2", "actor2_sector", "location", "country", "admin1", "admin2", "latitude",
               "longitude", "location_precision", "geo_precision", "killed", "wounded", "source_speaker",
               "source_via", "modality", "confidence", "trigger")


def dumps(record: Any, pretty: bool = False) -> bytes:
    """JSON bytes; key order is the record's own, which is fixed by the pipeline."""
    return orjson.dumps(record, option=orjson.OPT_INDENT_2 if pretty else 0)


def error_record(error) -> dict[str, Any]:
    """The record emitted in a failed input's place with --errors-inline."""
    return {"source": {"path": error.path, "line": error.line},
            "error": {"type": error.kind, "message": error.message}}


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


def _name(people: list[dict[str, Any]]) -> str:
    return "; ".join(p["name"] for p in people)


def _sector(people: list[dict[str, Any]]) -> str:
    return "; ".join(p["sector"] or "" for p in people)


def event_rows(record: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """One flat row per event of a record, for CSV and Parquet."""
    source, article = record["source"], record["article"]
    for event in record.get("events", []):
        date, place = event["date"] or {}, event["location"] or {}
        acled, attribution = event["acled"] or {}, event["attribution"] or {}
        yield {
            "path": source["path"], "line": source["line"], "record_id": source["id"], "title": article["title"],
            "outlet": article["outlet"], "published": article["published"], "event_id": event["id"],
            "main": event["main"], "plover_type": event["type"], "plover_mode": event["mode"],
            "event_type": acled.get("event_type"), "sub_event_type": acled.get("sub_event_type"),
            "event_date": date.get("value"), "date_precision": date.get("precision"),
            "actor1": _name(event["actor"]), "actor1_sector": _sector(event["actor"]),
            "actor2": _name(event["recipient"]), "actor2_sector": _sector(event["recipient"]),
            "location": place.get("name"), "country": place.get("country"), "admin1": place.get("admin1"),
            "admin2": place.get("admin2"), "latitude": place.get("lat"), "longitude": place.get("lon"),
            "location_precision": place.get("precision"), "geo_precision": place.get("geo_precision"),
            "killed": event["killed"], "wounded": event["wounded"], "source_speaker": attribution.get("speaker"),
            "source_via": attribution.get("via"), "modality": event["modality"], "confidence": event["confidence"],
            "trigger": event["trigger"]["text"],
        }


class CsvWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
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


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename, so a
    reader (or a killed run) never sees a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class OutputPathError(ValueError):
    """An output file that would land outside the output folder or on an input."""


class DirectoryWriter:
    """One `.json` file per input under `root`, mirroring where the input sits under the argument
    it was found through; records of a multi-record JSON input go to `<name>/<line>.json`.

    `root/.article2json-run.json` records the tool version, extractors and settings of the run
    that made the files; `is_current` uses it to let `--skip-existing` resume an interrupted run.
    The manifest of a different run is only replaced when the new run completes, so files made by
    another version are never mistaken for current ones."""

    MANIFEST = ".article2json-run.json"

    def __init__(self, root: Path, arguments: Iterable[str], manifest: dict[str, Any] | None = None,
                 pretty: bool = True) -> None:
        self.root = root.resolve()
        self.arguments = [Path(a) for a in arguments if a != "-"]
        self.inputs = {p.resolve() for p in self.arguments}
        self.pretty = pretty
        self.manifest = manifest or {}
        self.root.mkdir(parents=True, exist_ok=True)
        manifest_path = self.root / self.MANIFEST
        try:
            previous = orjson.loads(manifest_path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            previous = None
        self.resumable = previous == self.manifest
        if previous is None:
            write_atomically(manifest_path, dumps(self.manifest, pretty=True))

    def path_for(self, source: dict[str, Any]) -> Path:
        if source["path"] == "-":
            relative = Path("stdin")
        else:
            path = Path(source["path"])
            relative = Path(path.name)
            for argument in self.arguments:
                if argument.is_dir() and path.is_relative_to(argument):
                    relative = path.relative_to(argument)
                    break
        name = relative.name[:-3] if relative.name.lower().endswith(".gz") else relative.name
        stem = relative.parent / Path(name).stem
        target = (stem / f"{source['line']:06d}.json") if source.get("line") is not None else stem.with_suffix(".json")
        resolved = (self.root / target).resolve()
        if not resolved.is_relative_to(self.root):
            raise OutputPathError(f"output path {target} would fall outside {self.root}")
        if source["path"] != "-" and (resolved == Path(source["path"]).resolve() or resolved in self.inputs):
            raise OutputPathError(f"output path {resolved} is an input")
        return resolved

    def is_current(self, source: dict[str, Any]) -> bool:
        """Whether the output for `source` exists and was made by this same run setup from the
        same input bytes."""
        if not self.resumable:
            return False
        try:
            previous = orjson.loads(self.path_for(source).read_bytes())
        except (OSError, orjson.JSONDecodeError, OutputPathError):
            return False
        return previous.get("source", {}).get("sha256") == source["sha256"]

    def write(self, record: dict[str, Any]) -> None:
        write_atomically(self.path_for(record["source"]), dumps(record, self.pretty) + b"\n")

    def close(self) -> None:
        if not self.resumable:
            write_atomically(self.root / self.MANIFEST, dumps(self.manifest, pretty=True))
            self.resumable = True
