"""What every extractor sees and returns: the Article, its Source, and the Extractor base class."""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Literal, Mapping


def described(doc: str, *, default: Any = MISSING, default_factory: Any = MISSING, **constraints: Any) -> Any:
    """A dataclass field of the output record with its one-line description (`doc`) and any JSON
    Schema constraints (`minimum`, `pattern`, ...); see article2json.record."""
    return field(default=default, default_factory=default_factory, metadata={"doc": doc, "schema": constraints})


def start_offset() -> Any:
    """The `start` field of a span: where its first character is in the article text."""
    return described("offset of the first character", minimum=0)


def end_offset() -> Any:
    """The `end` field of a span: the offset just past its last character."""
    return described("offset just past the last character", minimum=0)


@dataclass(frozen=True)
class Source:
    """Where an article came from."""

    path: str = described("the input's path (`-` for stdin)")
    sha256: str = described("sha256 of the input bytes", pattern="^[0-9a-f]{64}$")
    format: Literal["text", "html", "json"] = described("the reader that read it: text, html or json")
    line: int | None = described("for a record of a JSON Lines file, its 1-based line", default=None)
    id: str | None = described("for a record of a JSON Lines file, the record's own id", default=None)

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "format": self.format,
                "line": self.line, "id": self.id}


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) of `Article.text`."""

    start: int = start_offset()
    end: int = end_offset()


SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"'`])|\n")  # a sentence ends here (not "Nov. 8", "the U.S. army")
SENTENCE_REACH = 400  # how far back a sentence's start is looked for


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The start and end of the sentence of plain text holding offset `at` (its start looked for at most
    SENTENCE_REACH characters back)."""
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, at - SENTENCE_REACH), at + 1) if m.end() <= at]
    end = SENTENCE_BREAK.search(text, at)
    return (breaks[-1] if breaks else max(0, at - SENTENCE_REACH)), (end.start() + 1 if end else len(text))


DATELINE_DASHES = ("—", "–", "--", "-", ":")
WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'\-]{2,30},[^\n—–]{0,60}?\s(?:—|–|--|-)\s")


@dataclass(frozen=True)
class Article:
    """A decoded article. `text` is what every offset points into. For plain-text files it is
    the whole file, header lines included: `title_span`, `outlet_span` and `dateline_span` locate
    the header lines, `body_start` is where the body begins, and `place_dateline` is a body
    dateline such as "PESHAWAR, Pakistan —" (a place, not an outlet)."""

    text: str
    source: Source
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    body_start: int = 0
    title_span: Span | None = None
    outlet_span: Span | None = None
    dateline_span: Span | None = None
    place_dateline: Span | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    def dateline_end(self) -> int:
        """Where the body's wire dateline ("PESHAWAR, Pakistan (Reuters) —", "ADAMA, Ethiopia,
        14 May 2021 —") ends, or -1."""
        span = self.place_dateline
        if span is None:
            match = WIRE_DATELINE.match(self.text, self.body_start)
            return match.end() if match else -1
        window = self.text[span.end:span.end + 60]
        positions = [window.find(dash) for dash in DATELINE_DASHES if window.find(dash) >= 0]
        return span.end + min(positions) + 1 if positions else span.end


class ArticleWarning(UserWarning):
    """A problem an extractor met in one article (e.g. an implausible figure read as unknown).
    Issued with `warnings.warn(ArticleWarning(message))`, it lands in the record's `warnings`."""


@dataclass(frozen=True)
class ExtractorOptions:
    """Settings the command line passes to every extractor (all optional)."""

    published_default: datetime | None = None
    published_override: datetime | None = None
    include_text: bool = False
    gazetteer: str | None = None
    actors_file: str | None = None
    typing_model: str | None = None  # a model file, "learned", "rules", or None for the default


class Extractor:
    """Base class of every extractor.

    A subclass sets `name` (also the output key it fills), `requires` (the names of the
    extractors whose output it reads, or "doc" for the spaCy Doc), `spacy_components` (the
    pipeline components it needs when it requires the Doc) and implements `__call__`, which
    returns a dict of plain JSON values keyed by `name`.
    """

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    spacy_components: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, options: ExtractorOptions | None = None) -> None:
        self.options = options or ExtractorOptions()

    @classmethod
    def summary(cls) -> str:
        """The first line of the class docstring."""
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""

    def __call__(self, article: Article, found: Mapping[str, Any]) -> Any:
        raise NotImplementedError
