"""Stage 7, linking: the date, place and attribution of each event to report.

In: `Selected`. Out: `Linked`: the events and, for each, an `EventLinks` (date, location,
attribution as output objects, or None). The look-ups themselves are linking.py's `Linker` (its
places: place_linking.py's `PlaceLinker`), built by `linker_for` after stage 2, since merging asks
it too: the date and place attached to a trigger, else the nearest earlier one in the paragraph,
else the dateline; a statement or a sanction is placed in its speaker's country when no place is
attached.
"""

from __future__ import annotations

from dataclasses import dataclass

from article2json.extractors.events.linking import Linker
from article2json.extractors.events.incident import Event
from article2json.extractors.events.stages.main_event import STATEMENTS, Selected
from article2json.extractors.events.stages.roles import Roles
from article2json.extractors.events.stages.triggers import ArticleParse


@dataclass(frozen=True)
class EventLinks:
    """The date, location and attribution of one event, as output objects (or None)."""

    date: dict | None
    location: dict | None
    attribution: dict | None


@dataclass(frozen=True)
class Linked:
    """Stage 7 out: the events to report and their links, in the same order."""

    parse: ArticleParse
    events: list[Event]
    links: list[EventLinks]

    def summary(self) -> list[dict]:
        text = self.parse.doc.text
        return [{"trigger": text[e.rep.start:e.rep.end], "start": e.rep.start, "date": link.date,
                 "location": link.location, "attribution": link.attribution}
                for e, link in zip(self.events, self.links)]


def linker_for(roles: Roles) -> Linker:
    """The date, place and attribution look-ups of one article."""
    parse = roles.parse
    return Linker(parse.doc, parse.index, parse.found, parse.reference, parse.article, roles.is_trigger)


def link_events(selected: Selected) -> Linked:
    """Stage 7: date, place and attribution of every event to report."""
    return Linked(selected.parse, selected.events, [_links(e, selected.linker) for e in selected.events])


def _links(event: Event, linker: Linker) -> EventLinks:
    actors = event.roles()[0]
    speaker = next((a.country for a in actors if a.country), None) \
        if event.typing.plover in STATEMENTS | {"SANCTION"} else None
    return EventLinks(linker.date(event.ordered), linker.place(event.ordered, speaker),
                      linker.attribution(event.ordered))
