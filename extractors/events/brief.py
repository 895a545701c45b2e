"""Brief reports (an event database note, a wire brief: one short paragraph) tell one incident:
the main event. What only states casualties joins it, the toll figures that the sentence
grammar gave to side events are its, and when it states no toll of a kind it takes the report's,
except a toll of what a protest was about ("demanding justice for two workers who were beaten to
death")."""

from __future__ import annotations

from dataclasses import replace

from article2json.extractors.events.casualties import VICTIM_KINDS
from article2json.extractors.events.circumstances import protest_cause
from article2json.extractors.events.incident import Event
from article2json.extractors.events.merge import parties_differ
from article2json.extractors.events.triggers import HARMFUL, Mention
from article2json.extractors.events.victims import casualty_predicate

BRIEF_REPORT = 1200  # characters of a one-paragraph report that tells one incident


def brief_report(units) -> bool:
    """A report of one short paragraph (an event database note, a wire brief): it tells one incident."""
    body = [u for u in units if not u.headline]
    return bool(body) and body[0].paragraph == body[-1].paragraph and body[-1].end - body[0].start <= BRIEF_REPORT


def one_incident(kept: list[Event], dropped: list[Event]) -> list[Event]:
    """The events of a brief report once its toll is the main event's: what only states casualties
    ("Three killed.", "two people died in the clashes") joins the main event, even when merged into
    another; the figures of a toll sentence that went to another event ("Five injuries and one
    fatality reported." after "Elders accused ..."), of an event that hurts nobody (a deployment)
    and of dropped statements are the main event's."""
    main = next((e for e in kept if e.main), None)
    if main is None:
        return kept
    _own_toll_in_the_foreground(main)
    events = [main]
    for event in kept:
        if event is main:
            continue
        statements = [m for m in event.mentions if _states_casualties(m, event)]
        if statements and _joins_main(Event(statements, background=event.background), main):
            main.mentions.extend(statements)
            event.mentions = [m for m in event.mentions if m not in statements]
        if not event.mentions:
            continue
        events.append(event)
        for mention in event.mentions:
            moved = [c for c in mention.casualties if event.typing.plover not in HARMFUL
                     or not mention.unit.start <= c.start < mention.unit.end]
            main.rep.casualties.extend(c for c in moved if c.kind in VICTIM_KINDS)
            mention.casualties[:] = [c for c in mention.casualties if c not in moved]
    main.rep.casualties.extend(c for e in dropped for m in e.mentions for c in m.casualties if c.kind in VICTIM_KINDS)
    cause = {i for mention in main.mentions for i in protest_cause(mention)}
    for kind in VICTIM_KINDS:
        if not _states(main, kind):
            _move_toll(kind, [e for e in events if e is not main and not e.background and e.modality == main.modality
                              and not any(m.token.i in cause for m in e.mentions)], main)
    return events


def _own_toll_in_the_foreground(main: Event) -> None:
    """The report's incident told as the cause of something else ("families fled following the
    killing of ten fishermen"): the figures of its own trigger are its toll all the same."""
    if main.background:
        return
    for mention in main.mentions:
        mention.casualties[:] = [replace(c, background=False) if c.background and c.head == mention.token.i else c
                                 for c in mention.casualties]


def _states(event: Event, kind: str) -> bool:
    """Whether the event states its own toll of a kind (not a death that caused it: "riots over the
    killing of a leader")."""
    return any(c.kind == kind and (c.count or c.low) and not c.background and not c.aggregate
               for m in event.mentions for c in m.casualties)


def _move_toll(kind: str, others: list[Event], main: Event) -> None:
    """A main event that states no toll of a kind takes the report's other figures of that kind
    ("Villagers riot, kill two and burn down two houses": the riot killed two)."""
    for event in others:
        for mention in event.mentions:
            moved = [c for c in mention.casualties if c.kind == kind]
            main.rep.casualties.extend(moved)
            mention.casualties[:] = [c for c in mention.casualties if c not in moved]


def _states_casualties(mention: Mention, event: Event) -> bool:
    """A casualty word that is all its event tells in its sentence ("Seven were killed.")."""
    return mention.weak and casualty_predicate(mention.token) is not None and all(
        m.weak for m in event.mentions if m.unit is mention.unit)


def _joins_main(statements: Event, main: Event) -> bool:
    """Whether casualty statements tell the main event's toll: told as the main event is or as fact
    ("X accused of shelling a village. Nine killed."), not before it ("clashes broke out after two
    were killed"), by no other named party."""
    if statements.background or statements.modality not in (main.modality, "asserted"):
        return False
    return not parties_differ(main, statements)
