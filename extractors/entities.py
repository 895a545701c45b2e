"""`entities`: named entities found by the spaCy pipeline.

Output (`entities`; generated from `Entity` in article2json/record.py): named entities, in text order,
each with
- `text` (string): the words as written
- `label` (string): the spaCy label: PERSON, ORG, GPE, LOC, NORP, DATE, ...
- `start` (integer): offset of the first character
- `end` (integer): offset just past the last character

Entities inside the outlet and dateline header lines are left out (they describe the page, not
the news); the headline's entities are kept.
"""

from __future__ import annotations

from typing import Any, Mapping

from article2json.extractors.base import Article, Extractor
from article2json.extractors.per_doc import doc_entities


def in_metadata_lines(article: Article, start: int, end: int) -> bool:
    """Whether [start, end) lies in the outlet or dateline header line (a loop, not a generator:
    this runs for every token of an article)."""
    for span in (article.outlet_span, article.dateline_span):
        if span is not None and start < span.end and end > span.start:
            return True
    return False


class EntitiesExtractor(Extractor):
    """Named entities (people, organisations, places, dates, numbers) with their offsets."""

    name = "entities"
    requires = ("doc",)
    spacy_components = frozenset({"ner"})

    def __call__(self, article: Article, found: Mapping[str, Any]) -> list[dict[str, Any]]:
        return [{"text": ent.text, "label": ent.label_, "start": ent.start_char, "end": ent.end_char}
                for ent in doc_entities(found["doc"])
                if not in_metadata_lines(article, ent.start_char, ent.end_char)]
