"""Run the pipeline in worker processes, results back in input order.

Each worker builds the Pipeline (and loads the spaCy model) once, then converts chunks of articles
through `nlp.pipe`. The parent submits a bounded number of chunks ahead, so memory stays flat
however many articles stream through, and it alone hands results to the writer.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, Iterable, Iterator

from article2json.extractors.base import Article
from article2json.pipeline import Pipeline, PipelineConfig
from article2json.readers import InputError

_worker_pipeline: Pipeline | None = None


def _start_worker(config: PipelineConfig) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(config)  # plugin warnings were already shown by the parent


def _convert_chunk(chunk: list[Article | InputError]) -> list[dict[str, Any] | InputError]:
    assert _worker_pipeline is not None
    return list(_worker_pipeline.run(chunk))


def run_parallel(items: Iterable[Article | InputError], config: PipelineConfig, jobs: int,
                 chunk_size: int | None = None) -> Iterator[dict[str, Any] | InputError]:
    """Like `Pipeline(config).run(items)`, spread over `jobs` worker processes."""
    chunk_size = chunk_size or config.batch_size
    context = multiprocessing.get_context("spawn")  # workers start clean: no inherited threads or locks
    iterator = iter(items)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(config,))
    pending: deque = deque()
    try:
        while chunk := list(islice(iterator, chunk_size)):
            pending.append(pool.submit(_convert_chunk, chunk))
            while len(pending) >= jobs * 3:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:  # also when the consumer stops early (a closed pipe, Ctrl-C)
        pool.shutdown(wait=not pending, cancel_futures=True)
