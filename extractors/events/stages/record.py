"""Stage 8, record: the output objects of the events, keys in the order of DESIGN section 3.

In: `Linked`. Out: a list of event objects (see the events package docstring): ids in text order,
`killed`/`wounded` totals from the event's casualty figures (totals.py), a confidence from what
was found.
"""

from __future__ import annotations

from article2json.extractors.events.casualties import event_totals
from article2json.extractors.events.incident import Event
from article2json.extractors.events.stages.linking import EventLinks, Linked


def event_records(linked: Linked) -> list[dict]:
    """Stage 8: one output object per event."""
    return [event_json(event, number, links, linked.parse.article.text)
            for number, (event, links) in enumerate(zip(linked.events, linked.links), 1)]


def event_json(event: Event, number: int, links: EventLinks, text: str) -> dict:
    """The output object of one event, keys in the order of DESIGN section 3."""
    rep, typing = event.rep, event.typing
    actors, recipients = event.roles()
    casualties = sorted({(c.start, c.end, c.kind): c for m in event.mentions for c in m.casualties}.values(),
                        key=lambda c: (c.start, c.kind))
    killed, wounded = event_totals(casualties) if casualties else (None, None)
    return {
        "id": f"e{number}", "main": event.main, "type": typing.plover, "mode": typing.mode, "acled": typing.acled(),
        "trigger": {"text": text[rep.start:rep.end], "start": rep.start, "end": rep.end},
        "sentence": {"start": rep.unit.start, "end": rep.unit.end},
        "actor": [a.as_json() for a in actors], "recipient": [r.as_json() for r in recipients],
        "date": links.date, "location": links.location, "killed": killed, "wounded": wounded,
        "casualties": [c.as_json() for c in casualties if c.parts is None], "attribution": links.attribution,
        "modality": event.modality, "confidence": _confidence(event, links, actors, recipients),
    }


def _confidence(event: Event, links: EventLinks, actors: list, recipients: list) -> float:
    date, location = links.date, links.location
    score = 0.35 + 0.15 * bool(actors) + 0.1 * bool(recipients) + 0.05 * event.main
    score += 0.1 * bool(date and date["basis"] != "dateline") + 0.1 * bool(location and location["text"])
    score += 0.1 * any(m.casualties for m in event.mentions) + 0.05 * (len(event.mentions) > 1)
    if event.weak_only:
        score -= 0.1
    if event.modality != "asserted":
        score *= 0.6
    return round(min(score, 1.0), 2)
