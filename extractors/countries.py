"""The country table (data/countries.tsv): each country's ISO code, display name, other names and
demonyms. Read by the actor dictionary (its {country}/{demonym} patterns) and by the header reader
("Narsingdi, Bangladesh —" opens the body as a dateline)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from article2json.extractors.data_files import read_table


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The countries of data/countries.tsv, in file order."""
    rows = []
    for cells in read_table("countries.tsv"):
        cells = [cell.strip() for cell in cells] + [""] * (4 - len(cells))
        names = tuple(n for n in [cells[1], *cells[2].split("|")] if n)
        rows.append(Country(cells[0], cells[1], names, tuple(d for d in cells[3].split("|") if d)))
    return tuple(rows)
