"""Stage 4, incidents: mentions that tell one incident become one event.

In: `Casualties`, and the linker of stage 6 (merging asks it whether two mentions' own dates and
places can be the same). Out: `Incidents`: the body's events after merging (mentions of one
action in a sentence join; later mentions of the same incident join the latest event of their
kind), and the headline's events apart; events that tell no incident (a weapon named without any
action or toll) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from article2json.extractors.events.incident import Event
from article2json.extractors.events.merge import Merger
from article2json.extractors.events.sentence_groups import group_sentence
from article2json.extractors.events.stages.casualties import Casualties
from article2json.extractors.events.stages.triggers import ArticleParse


@dataclass(frozen=True)
class Incidents:
    """Stage 4 out: body events after merging, and the headline's events."""

    parse: ArticleParse
    events: list[Event]
    headline: list[Event]
    linker: Any

    def summary(self) -> dict:
        return {"body": [event_summary(e) for e in self.events],
                "headline": [event_summary(e) for e in self.headline]}


def event_summary(event: Event) -> dict:
    """An event as `explain` shows it: its representative trigger and all its mentions."""
    text = event.rep.token.doc.text
    return {"trigger": text[event.rep.start:event.rep.end], "start": event.rep.start, "modality": event.modality,
            "mentions": [text[m.start:m.end] for m in event.mentions],
            **({"background": True} if event.background else {}), **({"fresh": True} if event.fresh else {})}


def merge_incidents(casualties: Casualties, linker) -> Incidents:
    """Stage 4: group each sentence's mentions, then merge the body's events across sentences."""
    body, headline, merger = [], [], Merger(linker)
    for unit in casualties.parse.units:
        in_unit = [m for m in casualties.mentions if m.unit is unit]
        (headline if unit.headline else body).extend(group_sentence(in_unit, merger.scene))
    events = [e for e in merger.merge(body) if e.substantive]
    return Incidents(casualties.parse, events, [e for e in headline if e.substantive], linker)
