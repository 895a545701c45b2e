"""`-o DIR`: one `.json` file per input, mirroring the input tree, each written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

import orjson

from article2json.writers.jsonl import dumps


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
