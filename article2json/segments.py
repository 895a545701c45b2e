"""Long texts parsed in pieces, so that an article costs time linear in its length.

The spaCy parser and the extractors that walk a sentence cost more than linear time in the
length of a sentence, and the parser's memory grows with the length of a Doc. A news sentence is
a few hundred characters; a scraped page can hold a megabyte with no sentence end at all. So a
stretch between two sentence ends (or line breaks) longer than `MAX_SENTENCE_CHARS` is cut at
whitespace into pieces of at most that length, each of which starts a sentence, and a text
longer than `MAX_CHUNK_CHARS` is parsed in chunks that end at a sentence end or line break. The
chunks' Docs are joined into one Doc whose text is exactly the input text, so every offset stays
exact. Texts that need no cut (every ordinary article) are parsed whole, as before.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Any, Iterator

from article2json.extractors.casing import parse_text, restore_text

MAX_SENTENCE_CHARS = 1_000  # longer than any news sentence: a stretch past it is cut
MAX_CHUNK_CHARS = 20_000
STRETCH_END = re.compile(r"\n|[.!?][\"'\u201d\u2019)\]]*\s")
WHITESPACE = re.compile(r"\s")


def chunks(text: str) -> list[str]:
    """`text` as consecutive chunks (joined, they are `text`): one chunk when no cut is needed."""
    result: list[str] = []
    current_start = current_end = 0
    for start, end, forced in _stretches(text):
        if forced or end - current_start > MAX_CHUNK_CHARS:
            if current_end > current_start:
                result.append(text[current_start:current_end])
            current_start = start
        current_end = end
        if forced:
            result.append(text[start:end])
            current_start = current_end = end
    if current_end > current_start:
        result.append(text[current_start:current_end])
    return result or [text]


def _stretches(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, cut) of the stretches between sentence ends; `cut` marks the pieces of an
    over-long stretch, which must each be parsed on their own."""
    start = 0
    ends = (match.end() for match in STRETCH_END.finditer(text))
    for end in (*ends, len(text)):
        if end <= start:
            continue
        if end - start <= MAX_SENTENCE_CHARS:
            yield start, end, False
        else:
            for piece_start, piece_end in _cut(text, start, end):
                yield piece_start, piece_end, True
        start = end


def _cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Pieces of text[start:end] of at most MAX_SENTENCE_CHARS, each ending after a whitespace
    character where there is one in its second half."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        spaces = [m.end() for m in WHITESPACE.finditer(text, start + MAX_SENTENCE_CHARS // 2, limit)]
        cut = spaces[-1] if spaces else limit
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def parse(nlp, texts: list[str], as_written: list[tuple[Any, ...]] | None = None,
          sentence_starts: list[int] | None = None) -> list[Any]:
    """The Doc of each text through one `nlp.pipe`; a long text's chunks are joined into one Doc
    (same text, same offsets). Title Case and capitals lines are parsed in sentence case
    (`extractors.casing`), except those `as_written` overlaps (each text's outlet line and
    dateline spans); the Doc keeps the text as written. A sentence starts at each text's offset in
    `sentence_starts` (-1 for none): the body after a wire dateline ("KOUMRA – Five herders,
    among them a boy, were killed"), which the parser would otherwise hang on the dateline's place."""
    from spacy.tokens import Doc

    readable = [parse_text(nlp, text, spans) for text, spans in zip(texts, as_written or [()] * len(texts))]
    pieces = [chunks(text) for text in readable]  # case changes no cut: the same cuts as the text's
    starts = sentence_starts or [-1] * len(texts)
    parsed = iter(nlp.pipe(_started(nlp.make_doc(piece), start if index == 0 else -1)
                           for text_pieces, start in zip(pieces, starts) for index, piece in enumerate(text_pieces)))
    docs = []
    for text, text_pieces in zip(texts, pieces):
        ends = list(accumulate(len(piece) for piece in text_pieces))
        parts = [restore_text(next(parsed), text[end - len(piece):end]) for piece, end in zip(text_pieces, ends)]
        doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        if doc.text != text:  # never expected: the pieces are consecutive slices of the text
            raise ValueError("the parsed chunks do not add up to the article text")
        docs.append(doc)
    return docs


def _started(doc, offset: int):
    """`doc` with a sentence starting at the first word at or after character `offset` (none for -1)."""
    if offset > 0:
        token = next((t for t in doc if t.idx >= offset and not t.is_space), None)
        if token is not None and token.i > 0 and not doc.text[offset:token.idx].strip():
            token.is_sent_start = True
    return doc
