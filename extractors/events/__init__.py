"""`events`: what happened, who did it to whom, when, where, how many were hurt, who said so.

Output (`events`): a list, in text order, of objects with
- `id`: "e1", "e2", ... in text order; `main`: true for exactly one event (the one the headline
  reports, else the first asserted one);
- `type`, `mode`: PLOVER event type (ASSAULT, PROTEST, COERCE, AGREE, ...; OTHER for disasters and
  accidents) and mode (firearms, aerial, explosives, demo, riot, arrest, ...) or null;
- `acled`: {`event_type`, `sub_event_type`} in the ACLED taxonomy, or null where ACLED would not
  code the event;
- `trigger`: {`text`, `start`, `end`} the word(s) naming the event; `sentence`: {`start`, `end`};
- `actor`, `recipient`: lists of {`name` (normalised: "ISIS", "Syrian Arab Army", "Military
  Forces of Kenya", "Protesters"; other people as written without counts: "Villagers"), `text`,
  `start`, `end`, `sector` (PLOVER sector code), `country`}; recipients may be targeted places;
- `date`: {`value`, `precision`, `text`, `start`, `end`, `basis`: explicit|relative|dateline} or null;
- `location`: {`name`, `text`, `start`, `end`, `country`, `admin1`, `lat`, `lon`,
  `precision`: exact|near|admin1|country} or null;
- `killed`, `wounded`: totals stated for this event, null when no number is given;
- `casualties`: the figures: {`kind`, `count`, `low`, `high`, `who`, `text`, `start`, `end`};
- `attribution`: {`speaker`, `via`, `start`, `end`} of the report the event comes from, or null;
- `modality`: asserted|negated|hypothetical|future; `confidence`: 0-1.

Stages (stages/, one module each, see stages/__init__.py): triggers (triggers.py) -> roles
(roles.py, actors.py, modality.py) -> casualties (casualties.py with victims.py, circumstances.py,
totals.py, figures.py) -> incidents (merge.py) -> typing (classify.py) -> main event (brief.py for
brief reports) -> linking (linking.py) -> record. `article2json explain FILE` shows each stage's output.
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
