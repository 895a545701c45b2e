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
  acted on (may be a targeted place)
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

Steps: triggers (triggers.py), actors through the dependency parse (roles.py, actors.py),
modality (modality.py), casualty figures (casualties.py with victims.py, circumstances.py,
totals.py, figures.py), merging of mentions into incidents
(merge.py), typing (classify.py), a brief report's toll to its main event (brief.py), date, place
and attribution (linking.py), output (assemble.py).
"""

from __future__ import annotations

from typing import Any, Mapping

from article2json.extractors.article import reference_date
from article2json.extractors.base import Article, Extractor


class EventsExtractor(Extractor):
    """Events with PLOVER/ACLED types, actors, date, place, casualties and source."""

    name = "events"
    requires = ("doc", "article", "dates", "places", "quotes")
    spacy_components = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"})

    def __call__(self, article: Article, found: Mapping[str, Any]) -> list[dict[str, Any]]:
        from article2json.extractors.events.actors import actor_dictionary
        from article2json.extractors.events.assemble import (attach_casualties, casualty_figures, choose_main,
                                                             event_json, toll_mentions, type_event)
        from article2json.extractors.events.casualties import event_totals, find_casualties
        from article2json.extractors.events.lexicon import LemmaText
        from article2json.extractors.events.linking import Linker
        from article2json.extractors.events.brief import brief_report, one_incident
        from article2json.extractors.events.merge import Merger, group_sentence
        from article2json.extractors.events.modality import modality
        from article2json.extractors.events.roles import resolve_roles
        from article2json.extractors.events.triggers import find_mentions
        from article2json.extractors.events.typing_model import model_for
        from article2json.extractors.events.units import UnitIndex, sentence_units

        doc = found["doc"]
        units = sentence_units(doc, article)
        index = UnitIndex(units)
        dictionary = actor_dictionary(self.options.actors_file)
        mentions = find_mentions(doc, units, _actor_test(index, dictionary))
        figures, totals = casualty_figures(doc, units, find_casualties)
        mentions = [m for m in mentions if not (m.weak and m.token.i in totals)]  # "3,000 have been killed"
        mentions = sorted(mentions + toll_mentions(doc, units, mentions, figures), key=lambda m: m.token.i)
        trigger_tokens = {t.i for m in mentions for t in m.tokens}
        is_trigger = lambda token: token.i in trigger_tokens  # noqa: E731
        places = [(p["start"], p["end"]) for p in found.get("places") or []]
        is_place = lambda start, end: any(s < end and start < e for s, e in places)  # noqa: E731
        for mention in mentions:
            resolve_roles(mention, dictionary, is_trigger, is_place)
            mention.modality = modality(mention.token, mention.unit, is_trigger)
        attach_casualties(units, mentions, figures, doc)
        linker = Linker(doc, index, dict(found), reference_date(article, self.options), article, is_trigger)
        body, headline = [], []
        for unit in units:
            in_unit = [m for m in mentions if m.unit is unit]
            (headline if unit.headline else body).extend(group_sentence(in_unit))
        events = [e for e in Merger(linker).merge(body) if e.substantive]
        headline = [e for e in headline if e.substantive]
        document = LemmaText(doc)
        for event in events + headline:
            type_event(doc, event, dictionary, document, units, model_for(self.options.typing_model))
        kept = choose_main(events, headline)
        if brief_report(units):
            kept = one_incident(kept, [e for e in events if e not in kept])
        events = sorted(kept, key=lambda e: e.rep.start)
        return [event_json(e, n, doc, linker, event_totals) for n, e in enumerate(events, 1)]


def _actor_test(index, dictionary):
    """Whether a noun names an actor (a dictionary entry with a sector, or a named entity), or one
    of the given sectors."""
    from article2json.extractors.events.actors import resolve_actor
    from article2json.extractors.events.roles import phrase_head, phrase_tokens

    def is_actor(token, sectors=None) -> bool:
        unit = index.of_token(token)
        if unit is None:
            return False
        head = phrase_head(token)
        actor = resolve_actor(phrase_tokens(head, unit), head, dictionary)
        if sectors is not None:
            return actor is not None and actor.sector in sectors
        return actor is not None and (actor.sector is not None or not actor.generic)
    return is_actor
