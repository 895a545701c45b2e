"""Reading the tab-separated data files of extractors/data/: the English word lists and tables
the extractors match against live there rather than in code (see each file's `#` header for
what it is for and which stage reads it).

`read_table` yields the rows of any such file; `read_words` reads a one-column word list and
`read_word_lists` a file of several small lists (`list<TAB>word` lines), both in file order, which
some readers depend on (a regular-expression alternation, a month's number)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Iterator, Mapping

DATA = Path(__file__).resolve().parent / "data"


def read_table(name: str) -> Iterator[list[str]]:
    """The rows of the tab-separated data file `name`, comments and blank lines left out."""
    with open(DATA / name, encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


@lru_cache(maxsize=None)
def read_words(name: str) -> tuple[str, ...]:
    """The first column of data file `name`, in file order."""
    return tuple(row[0] for row in read_table(name))


@lru_cache(maxsize=None)
def read_word_lists(name: str) -> Mapping[str, tuple[str, ...]]:
    """The lists of a `list<TAB>word` data file by list name, each in file order."""
    lists: dict[str, list[str]] = {}
    for list_name, word in read_table(name):
        lists.setdefault(list_name, []).append(word)
    return MappingProxyType({list_name: tuple(entries) for list_name, entries in lists.items()})


def alternation(words: Iterable[str]) -> str:
    """Plain `words` as a regular-expression alternation in their order, any whitespace between the
    words of a phrase ("close to" -> `close\\s+to`)."""
    return "|".join(r"\s+".join(word.split()) for word in words)
