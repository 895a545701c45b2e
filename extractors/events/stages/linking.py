"""Stage 7, linking: the date, place and attribution of each event to report.

In: `Selected`. Out: `Linked`: the events and, for each, an `EventLinks` (date, location,
attribution as output objects, or None). The look-ups themselves are linking.py's `Linker` (its
places: place_linking.py's `PlaceLinker`), built by `linker_for` after stage 2, since merging asks
it too: the date and place attached to a trigger, else the nearest earlier one in the paragraph,
else (the main event's date) the date of a lead that tells no event in trigger words, else the
dateline or, when the main event's sentence dates only its report, the date of the next sentence
when it tells no other event (and a main event placed only at a country or division takes the town such a lead names
inside it); a statement or a sanction is placed in its speaker's country when no place is
attached. Events dated two or more calendar years before the article (not the main one) are left
out: history told as background.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace

from article2json.extractors.data_files import alternation
from article2json.extractors.events.linking import Linker, day_from_event, shifted_day
from article2json.extractors.events.incident import Event
from article2json.extractors.events.lexicon import cue
from article2json.extractors.events.stages.main_event import STATEMENTS, Selected
from article2json.extractors.events.stages.roles import Roles
from article2json.extractors.events.stages.triggers import ArticleParse

HISTORY_YEARS = 2  # years before the article from which a dated event is background history
CALENDAR_DATE = re.compile(r"\d{4}(?:-\d\d){0,2}")  # a year, month or day (not a week or a season)


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
    """Stage 7: date, place and attribution of every event to report; an event other than the main
    one that the text dates years before the article is history told as background, not news."""
    reference = selected.parse.reference
    linked = [(event, _links(event, selected.linker, selected.events)) for event in selected.events]
    for index, (event, links) in enumerate(linked):  # in text order: an event dated from an earlier one
        linked[index] = (event, _dated_from_another(event, links, linked, selected.linker))  # sees its day
        linked[index] = (event, _placed_at_the_same_spot(event, linked[index][1], linked, selected.parse.article.text))
        linked[index] = (event, _placed_where_told_before(event, linked[index][1], linked, selected.parse.article))
    kept = [(event, links) for event, links in linked if event.main or not _history(links.date, reference)]
    return Linked(selected.parse, [event for event, _ in kept], [links for _, links in kept])


def _dated_from_another(event: Event, links: EventLinks, linked: list[tuple[Event, EventLinks]],
                        linker: Linker) -> EventLinks:
    """An event the text dates from another ("two days before the assault", "on the night before the
    bombing", "retook the village on Wednesday, three days after insurgents seized it") takes the day
    of that other event, moved by the days stated, when it has a day of its own; one told "on the same
    day" takes the day of the act told before it."""
    def day_of(words: set[int]) -> str | None:
        anchor = next((other_links.date for other, other_links in linked if other is not event
                       and any(t.i in words for m in other.mentions for t in m.tokens)), None)
        usable = anchor is not None and anchor.get("precision") == "day" and anchor.get("basis") != "dateline"
        return anchor["value"] if usable else None

    def day_before() -> str | None:
        return _day_of_the_act_before(event, linked)

    if links.date is not None and (links.date.get("text") or "").lower() in cue("same_day_phrase"):
        day = day_before()  # "On the same day, traders held a demonstration": the day of the act told before,
        # not of the date named last ("linked to the July 30 suicide bombing")
        return replace(links, date={**links.date, "value": day}) if day else links
    found = day_from_event(event.ordered[0], day_of, day_before) if links.date is None else None
    opening = linker.opening_offset(event.ordered[0]) if found is None else None
    if opening is not None and (links.date is None or links.date.get("start") == opening[1]["start"]):
        # "Hours later, angry youths set fire to shops", "The day before, ...", "A week earlier, police had
        # pushed back marchers": from the act told before, not from the article's day the dates read it from
        day = shifted_day(day_before(), opening[0])
        found = (day, opening[1]) if day else None
    if found is None:
        return links
    value, item = found
    return replace(links, date={"value": value, "precision": "day", "text": item["text"], "start": item["start"],
                                "end": item["end"], "basis": "relative"})


SAME_PLACE = re.compile(rf"\b(?:{alternation(cue('same_place_phrase'))})\b", re.IGNORECASE)


def _placed_at_the_same_spot(event: Event, links: EventLinks, linked: list[tuple[Event, EventLinks]],
                             text: str) -> EventLinks:
    """An event its sentence puts "at the same spot" ("A week earlier, police had pushed back
    marchers at the same spot") and names no place for takes the place of the latest act told
    before it that has one below a country."""
    unit, location = event.rep.unit, links.location or {}
    if location.get("start") is not None and unit.start <= location["start"] < unit.end \
            or not SAME_PLACE.search(text, unit.start, unit.end):
        return links  # a place of its own sentence
    before = [location for _, location in _placed_before(event, linked)]
    return replace(links, location=before[-1]) if before else links


def _placed_before(event: Event, linked: list[tuple[Event, EventLinks]]) -> list[tuple[Event, dict]]:
    """The events told before `event` with the places the text puts them at below a country, in text order."""
    return [(other, other_links.location) for other, other_links in linked if other.rep.start < event.rep.start
            and other_links.location and other_links.location.get("precision") not in ("country", None)]


def _placed_where_told_before(event: Event, links: EventLinks, linked: list[tuple[Event, EventLinks]],
                              article) -> EventLinks:
    """An event placed only by the body dateline (where the report was filed) whose sentence tells
    what followed an act told before it ("troops who arrived after the explosion went house to house
    ... two young men were shot dead") happened where that act did, when the text puts that act below
    a country (not what was done "in response to the attack": air strikes near a border)."""
    span, location = article.place_dateline, links.location or {}
    if span is None or location.get("start") is None or not span.start <= location["start"] < span.end:
        return links
    unit = event.rep.unit
    named = [location for other, location in _placed_before(event, linked)
             if not span.start <= (location.get("start") or -1) < span.end
             and any(m.unit is unit and _after_it(m.token) for m in other.mentions)]
    return replace(links, location=named[-1]) if named else links


def _after_it(noun) -> bool:
    """Whether an event noun is what "after" or "following" opens ("troops who arrived after the
    explosion"), whatever the parser hung it on."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].lower_ in cue("after_prep")


def _day_of_the_act_before(event: Event, linked: list[tuple[Event, EventLinks]]) -> str | None:
    """The day of the latest event told before `event` that the text dates, or None."""
    before = [links.date for other, links in linked if other.rep.start < event.rep.start and links.date
              and links.date.get("precision") == "day" and links.date.get("basis") != "dateline"]
    return before[-1]["value"] if before else None


def _told_by(events: list[Event], event: Event) -> set[int]:
    """The token indexes of the trigger words of the events other than `event`."""
    return {token.i for other in events if other is not event for mention in other.ordered for token in mention.tokens}


def _history(date: dict | None, reference) -> bool:
    """Whether the text dates an event surely HISTORY_YEARS or more before the article: the last day
    its date may mean is that long before ("in 1996, Rwandan forces invaded", "In 2001, fighters
    tried to seize ..."; not "late last year", nor "in 2022" in an article of January 2024)."""
    value = (date or {}).get("value") or ""
    if reference is None or not CALENDAR_DATE.fullmatch(value) or date["basis"] == "dateline":
        return False
    parts = [int(part) for part in value.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else monthrange(year, month)[1]
    return (year, month, day) <= (reference.year - HISTORY_YEARS, reference.month, reference.day)


def _links(event: Event, linker: Linker, events: list[Event]) -> EventLinks:
    actors = event.roles()[0]
    speaker = next((a.country for a in actors if a.country), None) \
        if event.typing.plover in STATEMENTS | {"SANCTION"} else None
    date, location = linker.date(event.ordered), linker.place(event.ordered, speaker)
    if event.main:  # a lead that tells the main event without its words gives its day and town
        if date is None or date["basis"] == "dateline":
            date = linker.lead_date(event.ordered) or date or linker.sequel_date(event.ordered, _told_by(events, event))
        location = linker.lead_town(location, event.ordered) or location
    return EventLinks(date, location, linker.attribution(event.ordered))
