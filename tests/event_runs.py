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


def with_dates(article, found: dict) -> None:
    """Run the dates extractor into `found` (a `before` for `run_events`)."""
    from article2json.extractors.dates import DatesExtractor

    found["dates"] = DatesExtractor(ExtractorOptions())(article, found)


def with_dates_and_places(article, found: dict) -> None:
    """Run the dates and places extractors into `found`."""
    from article2json.extractors.places import PlacesExtractor

    with_dates(article, found)
    found["places"] = PlacesExtractor(ExtractorOptions())(article, found)
