"""Sentence units: the parser's sentences cut at paragraph (line) breaks, without the outlet and
dateline header lines. The headline is its own unit."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from article2json.extractors.base import Article
from article2json.extractors.entities import in_metadata_lines
from article2json.extractors.events.lexicon import cue
from article2json.extractors.per_doc import token_columns


@dataclass(frozen=True)
class Unit:
    """A sentence (or the part of one inside a paragraph): character span, token span
    [first, last), paragraph number (line index) and whether it is the headline."""

    index: int
    start: int
    end: int
    first: int
    last: int
    paragraph: int
    headline: bool

    def __contains__(self, token) -> bool:
        return self.first <= token.i < self.last


def line_starts(text: str) -> list[int]:
    """The offset at which each line of `text` starts."""
    return [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]


def _skipped(start: int, end: int, space: bool, article: Article, body_dateline_end: int) -> bool:
    """Whether the token at [start, end) is a space, or in a header line other than the headline,
    or in the body's wire dateline."""
    title = article.title_span
    if space or start < article.body_start and not (title and title.start <= start < title.end):
        return True
    dateline_start = article.place_dateline.start if article.place_dateline else article.body_start
    if dateline_start <= start < body_dateline_end:
        return True
    return in_metadata_lines(article, start, end)


def link_lines(text: str, starts: list[int]) -> set[int]:
    """The lines that link to another story ("RELATED: Russia raids Turkish firms"): a label of
    cue("link_label") and a colon open them."""
    labels = cue("link_label")
    lines = set()
    for number, start in enumerate(starts):
        label, colon, _ = text[start:start + 40].partition(":")
        if colon and label.strip().lower() in labels:
            lines.add(number)
    return lines


def sentence_units(doc, article: Article) -> list[Unit]:
    """The units of `doc` in text order; lines linking to other stories are left out."""
    starts = line_starts(article.text)
    links = link_lines(article.text, starts)
    title = article.title_span
    body_dateline_end = article.dateline_end()
    units: list[Unit] = []
    columns = token_columns(doc)
    for sentence in doc.sents:
        groups: dict[int, list[int]] = {}
        for i in range(sentence.start, sentence.end):
            start = columns.idx[i]
            line = bisect_right(starts, start) - 1
            if line in links or _skipped(start, start + columns.length[i], columns.is_space[i], article,
                                         body_dateline_end):
                continue
            groups.setdefault(line, []).append(i)
        for line, indices in groups.items():
            first, last = doc[indices[0]], doc[indices[-1]]
            units.append(Unit(len(units), first.idx, last.idx + len(last), first.i, last.i + 1, line,
                              bool(title and title.start <= first.idx < title.end)))
    return units


class UnitIndex:
    """Which unit a token or character offset belongs to."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self._starts = [u.start for u in units]
        self._firsts = [u.first for u in units]
        self._paragraphs: dict[int, list[Unit]] = {}
        for unit in units:
            self._paragraphs.setdefault(unit.paragraph, []).append(unit)
        self._order = sorted(self._paragraphs)  # paragraph numbers (line indexes) in text order
        self._ranks = {number: rank for rank, number in enumerate(self._order)}

    def of_token(self, token) -> Unit | None:
        position = bisect_right(self._firsts, token.i) - 1
        if position >= 0 and token in self.units[position]:
            return self.units[position]
        return None

    def of_offset(self, offset: int) -> Unit | None:
        position = bisect_right(self._starts, offset) - 1
        if position >= 0 and offset < self.units[position].end:
            return self.units[position]
        return None

    def paragraph(self, paragraph: int) -> list[Unit]:
        return self._paragraphs.get(paragraph, [])

    def next_paragraph(self, paragraph: int) -> list[Unit]:
        """The units of the paragraph after `paragraph` (blank lines between them do not count)."""
        rank = self._ranks.get(paragraph)
        return self._paragraphs[self._order[rank + 1]] if rank is not None and rank + 1 < len(self._order) else []

    def paragraphs_apart(self, first: int, second: int) -> int:
        """How many paragraphs from paragraph `first` to paragraph `second` (line indexes; blank lines
        between paragraphs do not count)."""
        return self._ranks.get(second, second) - self._ranks.get(first, first)
