"""Convert a folder or a JSON Lines corpus on a Dask cluster (`article2json dask`).

The work is the same library call as everywhere else: each Dask worker builds the Pipeline once
(cached per process) and converts partitions of inputs; the client writes each partition's
records to `OUT/part-NNNNN.jsonl` atomically, in input order. Errors become error records in the
stream, so nothing is lost. Needs `pip install 'article2json[distributed]'`.

    from dask.distributed import Client, LocalCluster
    from article2json.distributed import convert_with_dask
    with LocalCluster(n_workers=2) as cluster, Client(cluster) as client:
        summary = convert_with_dask(client, ["corpus.jsonl"], Path("out"))
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import orjson

from article2json.pipeline import Pipeline, PipelineConfig
from article2json.readers import (DEFAULT_MAX_BYTES, JSON_SUFFIXES, InputError, iter_paths, read_path,
                                  read_record_line)
from article2json.record import error_record
from article2json.writers.directory import write_atomically

_pipelines: dict[PipelineConfig, Pipeline] = {}

WorkUnit = tuple[str, str, int | None, bytes | None]  # (kind, path, line, raw line)


@dataclass(frozen=True)
class Summary:
    records: int
    errors: int
    parts: list[str]


def work_units(arguments: Iterable[str], glob: str | None = None) -> Iterator[WorkUnit | InputError]:
    """One unit per file, and one per line of a JSON Lines file (read here, sent to workers)."""
    for item in iter_paths(arguments, glob):
        if isinstance(item, InputError):
            yield item
        elif item.suffix.lower() in JSON_SUFFIXES - {".json"}:
            with open(item, "rb") as lines:
                for number, raw in enumerate(lines, start=1):
                    if raw.strip():
                        yield ("line", str(item), number, raw.rstrip(b"\r\n"))
        else:
            yield ("file", str(item), None, None)


def convert_partition(units: list[WorkUnit | InputError], config: PipelineConfig,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[bytes], int]:
    """Runs on a worker: the JSON lines of the records and error records of a partition, and how
    many of them are errors."""
    pipeline = _pipelines.get(config)
    if pipeline is None:
        pipeline = _pipelines[config] = Pipeline(config)

    def articles():
        for unit in units:
            if isinstance(unit, InputError):
                yield unit
            elif unit[0] == "file":
                yield from read_path(Path(unit[1]), max_bytes)
            else:
                yield read_record_line(unit[3], unit[1], unit[2])

    lines, failed = [], 0
    for result in pipeline.run(articles()):
        if isinstance(result, InputError):
            failed += 1
            result = error_record(result)
        lines.append(orjson.dumps(result))
    return lines, failed


def convert_with_dask(client, arguments: Iterable[str], output: Path, config: PipelineConfig | None = None,
                      partition_size: int = 64, glob: str | None = None) -> Summary:
    """Convert every input on the cluster behind `client`; returns counts and the part files."""
    from dask.distributed import wait

    config = config or PipelineConfig()
    Pipeline(config)  # plan now: an unknown extractor fails before any work is sent
    output.mkdir(parents=True, exist_ok=True)
    units = work_units(arguments, glob)
    records = errors = 0
    parts: list[str] = []
    pending: list = []

    def drain(limit: int) -> None:
        nonlocal records, errors
        while len(pending) > limit:
            future = pending.pop(0)
            wait([future])
            lines, failed = future.result()
            part = output / f"part-{len(parts):05d}.jsonl"
            write_atomically(part, b"".join(line + b"\n" for line in lines))
            parts.append(part.name)
            errors += failed
            records += len(lines) - failed

    while partition := list(islice(units, partition_size)):
        pending.append(client.submit(convert_partition, partition, config, pure=False))
        drain(limit=len(client.scheduler_info().get("workers", {})) * 2 or 2)
    drain(limit=0)
    return Summary(records, errors, parts)
