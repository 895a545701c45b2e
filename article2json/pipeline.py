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
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from importlib.util import find_spec
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from article2json.extractors.base import Article, ArticleWarning, ExtractorOptions
from article2json.extractors.model import INSTALL_HINT, ModelError, load_model, resolve_model_name
from article2json.extractors.registry import DOC, available_extractors, plan
from article2json.readers import InputError
from article2json.record import RecordError, assemble, extra_keys
from article2json.segments import MAX_CHUNK_CHARS, parse

DEFAULT_TIMEOUT = 60.0  # seconds per article and stage


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
    timeout: float | None = DEFAULT_TIMEOUT


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

    def check_model(self) -> None:
        """Raise ModelError, naming the `pip install` that fixes it, when the plan needs a spaCy
        pipeline that is not installed (cheap: nothing is loaded)."""
        if self.needs_doc:
            name = resolve_model_name(self.config.model)
            if find_spec(name.split(".")[0]) is None and not Path(name).exists():
                raise ModelError(f"cannot load spaCy pipeline '{name}': it is not installed; "
                                 f"install one with `{INSTALL_HINT}`")

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
        docs = self.parse(articles) if self.needs_doc and articles else [None] * len(articles)
        converted = iter(docs)
        for item in batch:
            if isinstance(item, InputError):
                yield item
                continue
            doc = next(converted)
            yield doc if isinstance(doc, InputError) else self.convert(item, doc)

    def parse(self, articles: list[Article]) -> list[Any]:
        """The Doc of each article, or the InputError of one that the spaCy pipeline failed on or
        ran past the time limit on. A batch that fails is parsed again one by one, so that only
        the culprit fails; long articles are parsed one by one from the start."""
        if len(articles) > 1 and any(len(a.text) > MAX_CHUNK_CHARS for a in articles):
            return [doc for article in articles for doc in self.parse([article])]
        try:
            with time_limit(self.config.timeout):
                return parse(self.nlp, [a.text for a in articles], [(a.outlet_span, a.dateline_span) for a in articles],
                             [a.dateline_end() for a in articles])
        except ModelError:
            raise
        except Exception as exc:  # ArticleTimeout too
            if len(articles) > 1:
                return [doc for article in articles for doc in self.parse([article])]
            source = articles[0].source
            if isinstance(exc, ArticleTimeout):
                return [InputError(source.path, "timeout", f"parsing ran past the {self.config.timeout:g} s limit",
                                   source.line)]
            return [InputError(source.path, "nlp", f"the spaCy pipeline failed: {type(exc).__name__}: {exc}",
                               source.line)]

    def convert(self, article: Article, doc: Any = None) -> dict[str, Any] | InputError:
        """The record of one article, given its Doc when the plan needs one. An `ArticleWarning`
        an extractor issues lands in the record's `warnings`."""
        found: dict[str, Any] = {DOC: doc}
        name = ""
        try:
            with time_limit(self.config.timeout), warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", ArticleWarning)
                for extractor in self.extractors:
                    name = extractor.name
                    found[name] = extractor(article, found)
        except ArticleTimeout:
            return InputError(article.source.path, "timeout", f"conversion ran past the {self.config.timeout:g} s "
                              f"limit (in extractor '{name}')", article.source.line)
        except Exception as exc:  # an extractor bug must cost one article, not the batch
            return InputError(article.source.path, "extractor", f"extractor '{name}' failed: "
                              f"{type(exc).__name__}: {exc}", article.source.line)
        warning_list = list(dict.fromkeys([*article.warnings, *_article_warnings(caught)]))
        try:
            return assemble(article.source.as_json(), found, warning_list, self.extra_keys)
        except RecordError as exc:  # an extractor's output that the record does not define
            return InputError(article.source.path, "extractor", f"the output does not fit the record: {exc}",
                              article.source.line)


def _article_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    """The messages of the ArticleWarnings among `caught`; any other warning is passed on."""
    messages = []
    for warning in caught:
        if issubclass(warning.category, ArticleWarning):
            messages.append(str(warning.message))
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    return messages
