"""`--format html`: one self-contained review page on which a person checks every coded event
against the words it came from.

    from article2json.writers.review import HtmlReviewWriter
    writer = HtmlReviewWriter("review.html")     # or a binary stream such as sys.stdout.buffer
    for record in records:                       # records with article.text (--include-text)
        writer.write(record)
    writer.close()

The page is written as records arrive, so memory stays bounded: the head (CSS, legend) first, then
one `<article>` per record whose header fields show at once while its highlighted text and event
cards wait in an inert `<template>` until the article scrolls near (a small inline script stamps
it); at close the overview, which CSS places at the top, and the script. Nothing is fetched: the CSS
and the script are inline, the plot is inline SVG, and a Content-Security-Policy allows no network
request and no script but the page's own (by hash), a second guard behind escaping every text.
Error records (`{"source", "error"}`) get a small error card. Given a path, the file is written
through a temporary file and renamed into place at close, so a killed run leaves no partial page.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import tempfile
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import IO, Any

from article2json.writers.review_article import KIND_NAMES, KINDS, article_html, error_html
from article2json.writers.review_overview import Overview

TITLE = "article2json review"


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """The text of a file in review_assets/ (page.css, page.js)."""
    return (files("article2json.writers") / "review_assets" / name).read_text(encoding="utf-8")


def content_security_policy() -> str:
    """No network at all; inline styles; only the page's own script, named by its hash."""
    digest = base64.b64encode(hashlib.sha256(asset("page.js").encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:; "
            f"base-uri 'none'; form-action 'none'")


def page_head() -> str:
    legend = "".join(f'<span class="k-{kind}">{KIND_NAMES[kind]}</span>' for kind in KINDS)
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy()}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="article2json"><title>{TITLE}</title>\n'
            f"<style>\n{asset('page.css')}</style></head>\n<body>\n"
            f'<div class="top"><h1>{TITLE}</h1><div class="legend">{legend}'
            '<span class="k-date mention">dotted: found, used by no event</span></div>'
            '<button type="button" id="show-all">Show all articles</button></div>\n<main id="articles">\n')


def page_tail() -> str:
    return f"<script>{asset('page.js')}</script>\n</body></html>\n"


def _file_mode() -> int:
    """The mode a newly created file gets under the current umask (mkstemp makes files private)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class HtmlReviewWriter:
    """Writes the review page to a path (atomically, at close) or to an open stream."""

    def __init__(self, target: IO[bytes] | IO[str] | str | os.PathLike[str]) -> None:
        self.path: Path | None = None
        self.temporary: str | None = None
        if isinstance(target, (str, os.PathLike)):
            self.path = Path(target)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, self.temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part",
                                                      dir=self.path.parent)
            self.stream: IO[Any] = os.fdopen(handle, "wb")
        else:
            self.stream = target
        self.text_stream = isinstance(self.stream, io.TextIOBase)
        self.count = 0
        self.overview = Overview()
        self._emit(page_head())

    def _emit(self, chunk: str) -> None:
        self.stream.write(chunk if self.text_stream else chunk.encode("utf-8", errors="replace"))

    def write(self, record: dict[str, Any]) -> None:
        self.count += 1
        if "error" in record:
            self.overview.add_error(self.count, record)
            self._emit(error_html(self.count, record))
        else:
            self.overview.add(self.count, record)
            self._emit(article_html(self.count, record))
        self.stream.flush()

    def close(self) -> None:
        self._emit("</main>\n" + self.overview.html() + page_tail())
        self.stream.flush()
        if self.path is not None:
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.chmod(self.temporary, _file_mode())
            os.replace(self.temporary, self.path)
            self.temporary = None

    def __del__(self) -> None:  # an interrupted run leaves no partial page behind
        temporary = getattr(self, "temporary", None)
        if temporary and os.path.exists(temporary):
            self.stream.close()
            os.unlink(temporary)
