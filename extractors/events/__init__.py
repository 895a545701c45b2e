"""`events`: what happened, who did it to whom, when, where, how many were hurt, who said so.

Output (`events`; generated from `Event` in article2json/record.py): events, in text order, each with
- `id` (string): `e1`, `e2`, ... in text order
- `main` (boolean): true for exactly one event: the one the headline reports, else the first asserted one
- `type` (string): PLOVER event type (ASSAULT, PROTEST, COERCE, AGREE, ...); OTHER for disasters and
  accidents
- `mode` (string or null): PLOVER mode (firearms, aerial, explosives, demo, riot, ...)
- `acled` (object {`event_type`, `sub_event_type`} or null): the ACLED type; null where ACLED would not
  code the event
- `trigger` (object {`text`, `start`, `end`}): the word(s) naming the event
- `sentence` (object {`start`, `end`}): the sentence stating the event
- `actor` (list of object {`name`, `text`, `start`, `end`, `sector`, `country`}): who acted
- `recipient` (list of object {`name`, `text`, `start`, `end`, `sector`, `country`}): who or what was
  acted on (may be a targeted place); of a non-violent act, the party it is done to, with or against
  ("sent arms to Pakistan", "rejected a U.S. request")
- `date` (object {`value`, `precision`, `text`, `start`, `end`, `basis`} or null): when it happened
- `location` (object {`name`, `text`, `start`, `end`, `country`, `admin1`, `admin2`, `lat`, `lon`,
  `precision`, `geo_precision`} or null): where it happened
- `killed` (integer or null): total killed stated for this event; null when no number is given
- `wounded` (integer or null): total wounded stated for this event; null when no number is given
- `casualties` (list of object {`kind`, `count`, `low`, `high`, `who`, `text`, `start`, `end`}): the
  casualty figures stated for this event
- `attribution` (object {`speaker`, `via`, `start`, `end`} or null): the report the event comes from
- `modality` (string): asserted, negated, hypothetical or future
- `confidence` (number): 0-1

Stages (stages/, one module each, see stages/__init__.py): triggers (triggers.py) -> roles
(roles.py, actors.py, modality.py) -> casualties (casualties.py with victims.py, circumstances.py,
totals.py, figures.py) -> incidents (incident.py, sentence_groups.py within a sentence, merge.py
across sentences) -> typing (classify.py) -> main event (brief.py for brief reports) -> linking
(linking.py for dates and attribution, place_linking.py for places, over link_base.py; scene.py
tells merging whether two places or dates can be one incident's) -> record. `article2json explain
FILE` shows each stage's output.
"""

from __future__ import annotations

from typing import Any, Mapping

from article2json.extractors.base import Article, Extractor


class EventsExtractor(Extractor):
    """Events with PLOVER/ACLED types, actors, date, place, casualties and source."""

    name = "events"
    requires = ("doc", "article", "dates", "places", "quotes")
    spacy_components = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"})

    def __call__(self, article: Article, found: Mapping[str, Any]) -> list[dict[str, Any]]:
        from article2json.extractors.events.stages import ArticleParse, run_stages

        return run_stages(ArticleParse.of(article, dict(found), self.options))

    def explain(self, article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
        """What each stage produced for one article, by stage name in running order (plain JSON
        values; the last, `record`, is this extractor's output)."""
        from article2json.extractors.events.stages import ArticleParse, run_stages

        stages: dict[str, Any] = {}
        run_stages(ArticleParse.of(article, dict(found), self.options), trace=stages.__setitem__)
        return stages
