"""Stage 1, triggers: the event mentions of an article.

In: `ArticleParse` (the spaCy Doc, the article, its sentence units, the actor dictionary and what
the dates, places and quotes extractors found). Out: `Triggers`: the mentions in text order
(trigger words of data/triggers.tsv, plus a casualty word where a toll has no trigger of its own:
"Eight men were found dead") and the casualty figures of each unit (by unit index), totals over a
period left out. Figures are found here because a toll can be the only trigger of its paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from article2json.extractors.article import reference_date
from article2json.extractors.base import Article, ExtractorOptions
from article2json.extractors.events.actors import (ActorDictionary, actor_dictionary, phrase_head, phrase_tokens,
                                                  resolve_actor)
from article2json.extractors.events.casualties import VICTIM_KINDS, Casualty, find_casualties
from article2json.extractors.events.lexicon import cue, trigger_lexicon
from article2json.extractors.events.triggers import Mention, find_mentions
from article2json.extractors.events.units import Unit, UnitIndex, sentence_units

PERIOD_TOLL = 100  # a toll this large stated in the perfect is a running total


@dataclass(frozen=True)
class ArticleParse:
    """What every stage may read: the parse, the article, the other extractors' output and the
    extractor options."""

    doc: Any
    article: Article
    units: list[Unit]
    index: UnitIndex
    dictionary: ActorDictionary
    found: dict[str, Any] = field(default_factory=dict)
    reference: datetime | None = None
    options: ExtractorOptions = field(default_factory=ExtractorOptions)

    @classmethod
    def of(cls, article: Article, found: dict[str, Any], options: ExtractorOptions) -> ArticleParse:
        units = sentence_units(found["doc"], article)
        return cls(found["doc"], article, units, UnitIndex(units), actor_dictionary(options.actors_file),
                   dict(found), reference_date(article, options), options)


@dataclass(frozen=True)
class Triggers:
    """Stage 1 out: the mentions, and the casualty figures of each unit (by unit index)."""

    parse: ArticleParse
    mentions: list[Mention]
    figures: dict[int, list[Casualty]]

    def summary(self) -> list[dict]:
        return [mention_summary(m) for m in self.mentions]


def mention_summary(mention: Mention) -> dict:
    """A mention as `explain` shows it: its trigger, sentence and lexicon entry."""
    entry = mention.entry
    return {"trigger": mention.token.doc.text[mention.start:mention.end], "start": mention.start, "end": mention.end,
            "sentence": mention.unit.index, "headline": mention.unit.headline, "entry": entry.phrase,
            "kind": entry.kind, "plover": entry.plover, "mode": entry.mode, "acled": entry.acled_sub}


def find_triggers(parse: ArticleParse) -> Triggers:
    """Stage 1: trigger mentions, those that only state a period total dropped ("3,000 have been
    killed", "violence has killed 3,000 since 2017"), and the casualty words of tolls that no
    trigger goes with."""
    doc, units = parse.doc, parse.units
    mentions = find_mentions(doc, units, _actor_test(parse.index, parse.dictionary))
    figures, totals = casualty_figures(doc, units)
    mentions = [m for m in mentions if not (m.weak and m.token.i in totals or _subject_of_a_total(m, totals))]
    mentions = sorted(mentions + toll_mentions(doc, units, mentions, figures), key=lambda m: m.token.i)
    return Triggers(parse, mentions, figures)


def _subject_of_a_total(mention: Mention, totals: set[int]) -> bool:
    """"Gang violence killed more than 2,500 people in the first three months of the year": what
    states a period total is no incident either."""
    token = mention.token
    return token.dep_ == "nsubj" and token.pos_ in ("NOUN", "PROPN") and token.head.i in totals


def _actor_test(index: UnitIndex, dictionary: ActorDictionary):
    """Whether a noun names an actor (a dictionary entry with a sector, or a named entity), or one
    of the given sectors."""

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


def casualty_figures(doc, units: list[Unit]) -> tuple[dict[int, list[Casualty]], set[int]]:
    """The casualty figures of each unit (by unit index), totals over periods left out, and the
    tokens that state such totals ("have been killed" in "3,000 have been killed since 2017")."""
    figures, totals = {}, set()
    for unit in units:
        found = find_casualties(doc[unit.first:unit.last])
        totals |= {c.head for c in found if c.aggregate or _running_total(c, doc)}
        figures[unit.index] = [c for c in found if c.head not in totals]
    return figures, totals


def _running_total(casualty: Casualty, doc) -> bool:
    """A large toll in the perfect ("more than 3,000 people have been killed", "an insurgency that
    has killed 30,000"): the count so far of a conflict, not one event's, unless the toll is that
    of one incident ("more than 100 people have been killed in an attack on a convoy")."""
    size = casualty.count or casualty.low or 0
    predicate = doc[casualty.head]
    verbs = [predicate, predicate.head]
    return size >= PERIOD_TOLL and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have"
                                       for verb in verbs for c in verb.children) \
        and not any(_one_incident(verb) for verb in verbs)


def _one_incident(verb) -> bool:
    """Whether a verb is said to have happened in a new single incident: "in an attack", "in a
    bombing" (an event noun with an indefinite article), "in fight with" (a headline's singular
    event noun, its article left out; not a mass noun: "in fighting", "in violence")."""
    lexicon = trigger_lexicon()
    return any(noun.lemma_.lower() in lexicon and (
        any(d.dep_ == "det" and d.lower_ in cue("indefinite") for d in noun.children)
        or noun.tag_ == "NN" and not noun.lower_.endswith("ing") and noun.lemma_.lower() not in cue("background")
        and not any(d.dep_ in ("det", "poss") for d in noun.children))
               for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in cue("incident_prep")
               for noun in prep.children if noun.dep_ == "pobj")


def toll_mentions(doc, units: list[Unit], mentions: list[Mention], figures: dict[int, list]) -> list[Mention]:
    """Mentions for death tolls that no trigger of their paragraph goes with ("Eight men were
    found dead", "Three die in a cattle raid"), but a minor act of their sentence ("A fifth soldier,
    who was evacuated by helicopter, died of his wounds"): the casualty word is the trigger."""
    lexicon = trigger_lexicon()
    found = []
    for unit in units:
        tolls = [c for c in figures.get(unit.index, []) if c.kind in VICTIM_KINDS]
        covered = any(m.unit.paragraph == unit.paragraph and m.unit.start <= unit.start
                      and (m.unit is not unit or m.entry.kind != "minor") for m in mentions + found)
        if tolls and not covered:
            entry = lexicon["kill" if tolls[0].kind == "killed" else "wound"][0]
            found.append(Mention(doc[tolls[0].head], (doc[tolls[0].head],), entry, unit))
    return found
