"""The dev sets: where they live, which adapter reads each, and helpers adapters share.

Each adapter module (`dev_*.py`) defines `NAME`, `PATH` (under the data folder), `EXTRACTORS` (what
the set scores), `ABOUT` (what is scored and which reference date the pipeline gets), `HEADLINE`
((group, metric) rows for the summary) and `load(root) -> list[Case]`.
"""

from __future__ import annotations

import os
from datetime import datetime
from importlib import import_module
from pathlib import Path
from types import ModuleType

from article2json.evaluation.gold import Case
from article2json.extractors.base import Article, Source

DATA_ENV = "ARTICLE2JSON_DEV_DATA"
DEFAULT_DATA = Path("..") / "shared" / "dev-data"
ADAPTERS = ("dev_articles", "dev_acled", "dev_acled_more", "dev_acled_old", "dev_pitf", "dev_tempeval", "dev_plover",
            "dev_petrarch", "dev_giveme5w1h", "dev_lgl", "dev_polnear")  # report order: articles-dev, the closest to real use, first


def data_dir(option: str | os.PathLike | None = None) -> Path:
    """--data, else $ARTICLE2JSON_DEV_DATA, else ../shared/dev-data (relative to the current folder)."""
    return Path(option or os.environ.get(DATA_ENV) or DEFAULT_DATA)


def devsets() -> dict[str, ModuleType]:
    """The adapter modules by set name, in report order."""
    modules = [import_module(f"article2json.evaluation.{name}") for name in ADAPTERS]
    return {module.NAME: module for module in modules}


def sample(cases: list[Case], limit: int | None) -> list[Case]:
    """`limit` cases spread evenly over the set (all of them without a limit)."""
    if not limit or limit >= len(cases):
        return cases
    return [cases[index * len(cases) // limit] for index in range(limit)]


def text_article(text: str, path: str, record_id: str, published: datetime | None = None,
                 title: str | None = None) -> Article:
    """An Article of a dev-set text, read like a JSON record (no header lines parsed)."""
    from article2json.header import build_article
    from article2json.readers import sha256

    return build_article(text, Source(path, sha256(text.encode("utf-8")), "json", None, record_id), title=title,
                         published=published, parse_header=False)


def day(value: str | None) -> datetime | None:
    """Midnight UTC of an ISO date (or date-time) string; None when empty or unreadable."""
    from article2json.header import parse_published

    return parse_published(value[:10])[0] if value else None


def integer(value: str | None) -> int | None:
    """An integer from a CSV cell; None when empty or not a number ("dozens")."""
    value = (value or "").strip()
    return int(value) if value.isdigit() else None
