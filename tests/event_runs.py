"""Running the events extractor alone on a text written for a test, and reading its output."""

from __future__ import annotations

from article2json.extractors.base import ExtractorOptions, Source
from article2json.extractors.events import EventsExtractor
from article2json.header import build_article


def run_events(nlp, text: str, *, parse_header: bool = True, dates=(), places=(), quotes=(),
               options: ExtractorOptions | None = None, before=None) -> list[dict]:
    """The events of `text`, given the outputs of the other extractors (empty unless passed);
    `before(article, found)` may fill them in first."""
    article = build_article(text, Source("test.txt", "0" * 64, "text"), parse_header=parse_header)
    found = {"doc": nlp(article.text), "article": {}, "dates": list(dates), "places": list(places),
             "quotes": list(quotes)}
    if before is not None:
        before(article, found)
    return EventsExtractor(options)(article, found)


def main_event(found: list[dict]) -> dict:
    return next(e for e in found if e["main"])


def acled_of(event: dict) -> tuple:
    return (event["acled"] or {}).get("event_type"), (event["acled"] or {}).get("sub_event_type")
