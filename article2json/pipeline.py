"""The conversion pipeline as a plain library call: Articles in, output records out, in order.

    from article2json.pipeline import Pipeline, PipelineConfig
    from article2json.readers import read_inputs
    for record in Pipeline(PipelineConfig()).run(read_inputs(["news/"])):
        ...

Each item of `run` is either a record (a dict laid out by article2json.record) or an
`InputError` for an input that could not be read or converted; one bad article never stops the rest.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from article2json.extractors.base import Article, ExtractorOptions
from article2json.extractors.model import ModelError, load_model, resolve_model_name
from article2json.extractors.registry import DOC, available_extractors, plan
from article2json.readers import InputError
from article2json.record import RecordError, assemble, extra_keys


class ArticleTimeout(Exception):
    """An extractor ran past the per-article time limit."""


@contextmanager
def time_limit(seconds: float | None):
    """Raise ArticleTimeout in the block after `seconds` (main thread only; elsewhere no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise ArticleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class PipelineConfig:
    """What to run: extractor names (None: all installed), the spaCy pipeline name (None: the
    default), the extractors' options, and how many articles go through spaCy at once."""

    extractors: tuple[str, ...] | None = None
    model: str | None = None
    options: ExtractorOptions = field(default_factory=ExtractorOptions)
    batch_size: int = 16
    timeout: float | None = None


class Pipeline:
    """The planned extractors, ready to run. Planning happens here, before any input is read,
    and raises `PlanError` for unknown extractors, missing requirements and cycles; the spaCy
    pipeline is loaded on first use, and only when some extractor needs the Doc."""

    def __init__(self, config: PipelineConfig | None = None, warn: Callable[[str], None] = lambda m: None) -> None:
        self.config = config or PipelineConfig()
        self.extractors = [cls(self.config.options) for cls in plan(self.config.extractors, available_extractors(warn))]
        self.needs_doc = any(DOC in e.requires for e in self.extractors)
        self.components = frozenset().union(*(e.spacy_components for e in self.extractors if DOC in e.requires))
        self.extra_keys = extra_keys(e.name for e in self.extractors)

    @cached_property
    def nlp(self):
        nlp = load_model(resolve_model_name(self.config.model), self.components)
        nlp.max_length = max(nlp.max_length, 20_000_000)
        return nlp

    def run(self, items: Iterable[Article | InputError]) -> Iterator[dict[str, Any] | InputError]:
        """One record or error per item, in the order of `items`, streaming in batches."""
        iterator = iter(items)
        while batch := list(islice(iterator, self.config.batch_size)):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article | InputError]) -> Iterator[dict[str, Any] | InputError]:
        articles = [item for item in batch if isinstance(item, Article)]
        docs: list[Any] = [None] * len(articles)
        if self.needs_doc and articles:
            try:
                docs = list(self.nlp.pipe(a.text for a in articles))
            except ModelError:
                raise
            except Exception as exc:  # retry one by one so that only the culprit fails
                if len(batch) > 1:
                    for item in batch:
                        yield from self._run_batch([item])
                    return
                yield InputError(articles[0].source.path, "nlp", f"the spaCy pipeline failed: {type(exc).__name__}: {exc}",
                                 articles[0].source.line)
                return
        converted = iter(docs)
        for item in batch:
            yield item if isinstance(item, InputError) else self.convert(item, next(converted))

    def convert(self, article: Article, doc: Any = None) -> dict[str, Any] | InputError:
        """The record of one article, given its Doc when the plan needs one."""
        found: dict[str, Any] = {DOC: doc}
        name = ""
        try:
            with time_limit(self.config.timeout):
                for extractor in self.extractors:
                    name = extractor.name
                    found[name] = extractor(article, found)
        except ArticleTimeout:
            return InputError(article.source.path, "timeout", f"conversion ran past the {self.config.timeout:g} s "
                              f"limit (in extractor '{name}')", article.source.line)
        except Exception as exc:  # an extractor bug must cost one article, not the batch
            return InputError(article.source.path, "extractor", f"extractor '{name}' failed: "
                              f"{type(exc).__name__}: {exc}", article.source.line)
        try:
            return assemble(article.source.as_json(), found, list(article.warnings), self.extra_keys)
        except RecordError as exc:  # an extractor's output that the record does not define
            return InputError(article.source.path, "extractor", f"the output does not fit the record: {exc}",
                              article.source.line)
