"""One article of the review page: its text with every extracted span highlighted, and its events as cards.

Highlighting is done here, in Python, so offsets stay Python string indices (code points) whatever the
browser's string model, and every character of article text passes through `esc`. Overlapping spans
are drawn by cutting the text at every span boundary: each piece is one `<span>` that lists the
events it belongs to (`data-ev`, card indexes), the events whose sentence holds it (`data-se`), and
in its `title` the fields it fed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Iterable, Iterator

# Drawing priority: where spans overlap, the piece takes the colour of the first kind in this list.
KINDS = ("trigger", "casualty", "actor", "recipient", "date", "place", "attribution", "quote")
KIND_NAMES = {"trigger": "event trigger", "casualty": "casualty figure", "actor": "actor", "recipient": "recipient",
              "date": "date", "place": "place", "attribution": "attribution", "quote": "quote"}
SENTENCE = "sentence"
MISSING = "—"


def esc(value: Any) -> str:
    """Text or attribute value, escaped for HTML. NUL and CR are written so that the browser keeps one
    character for each (its parser drops NUL and folds CR LF), which keeps offsets true in the DOM."""
    return html.escape(str(value)).replace("\x00", "\ufffd").replace("\r", "&#13;")


@dataclass(frozen=True)
class Mark:
    """A span to highlight: the kind of field it fed, the tooltip line saying which, and the index of
    the event it belongs to (None for a date, place or quote found outside any event)."""

    kind: str
    start: Any
    end: Any
    label: str
    event: int | None = None

    def fits(self, length: int) -> bool:
        return isinstance(self.start, int) and isinstance(self.end, int) and 0 <= self.start < self.end <= length


def _join(*parts: Any) -> str:
    return ", ".join(str(p) for p in parts if p not in (None, ""))


def person_text(person: dict[str, Any]) -> str:
    extra = _join(person.get("sector"), person.get("country"))
    return f"{person['name']} ({extra})" if extra else str(person["name"])


def place_text(place: dict[str, Any]) -> str:
    return _join(place.get("name"), place.get("admin1"), place.get("country"))


def date_text(date: dict[str, Any]) -> str:
    return f"{date.get('value') or 'unresolved'} ({_join(date.get('precision'), date.get('basis'))})"


def figure_text(casualty: dict[str, Any]) -> str:
    if casualty.get("count") is not None:
        number = str(casualty["count"])
    elif casualty.get("low") is not None or casualty.get("high") is not None:
        number = f"{casualty.get('low') or '?'}–{casualty.get('high') or '?'}"
    else:
        number = "unstated number"
    return _join(f"{casualty['kind']}: {number}", casualty.get("who"))


def source_text(attribution: dict[str, Any]) -> str:
    speaker, via = attribution.get("speaker"), attribution.get("via")
    return f"{speaker or 'unnamed source'} via {via}" if via else (speaker or "unnamed source")


def acled_text(acled: dict[str, Any]) -> str:
    return " / ".join(part for part in (acled.get("event_type"), acled.get("sub_event_type")) if part)


def type_text(event: dict[str, Any]) -> str:
    return f"{event['type']}/{event['mode']}" if event.get("mode") else str(event["type"])


def event_marks(index: int, event: dict[str, Any]) -> Iterator[Mark]:
    """Every span one event points at, each labelled with the field it fed."""
    name = event["id"]
    trigger = event["trigger"]
    yield Mark("trigger", trigger["start"], trigger["end"], f"{name} trigger: {type_text(event)}", index)
    for role, field in (("actor", "who"), ("recipient", "to whom")):
        for person in event.get(role) or []:
            yield Mark(role, person["start"], person["end"], f"{name} {field}: {person_text(person)}", index)
    if event.get("date"):
        date = event["date"]
        yield Mark("date", date["start"], date["end"], f"{name} when: {date_text(date)}", index)
    if event.get("location"):
        place = event["location"]
        label = f"{name} where: {place_text(place)} ({place.get('precision')})"
        yield Mark("place", place["start"], place["end"], label, index)
    for casualty in event.get("casualties") or []:
        yield Mark("casualty", casualty["start"], casualty["end"], f"{name} {figure_text(casualty)}", index)
    if event.get("attribution"):
        source = event["attribution"]
        yield Mark("attribution", source["start"], source["end"], f"{name} source: {source_text(source)}", index)
    sentence = event.get("sentence") or {}
    yield Mark(SENTENCE, sentence.get("start"), sentence.get("end"), "", index)


def mention_marks(record: dict[str, Any]) -> Iterator[Mark]:
    """Dates, places and quotes of the whole article, whether or not an event uses them."""
    for date in record.get("dates") or []:
        relative = ", relative" if date.get("relative") else ""
        label = f"date: {date.get('value') or 'unresolved'} ({date.get('precision')}{relative})"
        yield Mark("date", date["start"], date["end"], label)
    for place in record.get("places") or []:
        yield Mark("place", place["start"], place["end"], f"place: {place_text(place)} ({place.get('feature')})")
    for quote in record.get("quotes") or []:
        yield Mark("quote", quote["start"], quote["end"], f"quote: {source_text(quote)}")


def record_marks(record: dict[str, Any]) -> list[Mark]:
    marks = list(mention_marks(record))
    for index, event in enumerate(record.get("events") or []):
        marks.extend(event_marks(index, event))
    return marks


def _piece(text: str, marks: list[Mark], main: int | None) -> str:
    """One piece of text under the marks `marks` (possibly none)."""
    shown = [m for m in marks if m.kind != SENTENCE]
    context = sorted({m.event for m in marks if m.kind == SENTENCE and m.event is not None})
    if not shown and not context:
        return esc(text)
    attributes = []
    if shown:
        kind = min(shown, key=lambda m: KINDS.index(m.kind)).kind
        classes = [f"k-{kind}"]
        if all(m.event is None for m in shown):
            classes.append("mention")
        if main is not None and any(m.kind == "trigger" and m.event == main for m in shown):
            classes.append("main")
        attributes.append(f'class="{" ".join(classes)}"')
        events = sorted({m.event for m in shown if m.event is not None})
        if events:
            attributes.append(f'data-ev="{" ".join(map(str, events))}"')
        attributes.append(f'title="{esc(chr(10).join(dict.fromkeys(m.label for m in shown)))}"')
    if context:
        attributes.append(f'data-se="{" ".join(map(str, context))}"')
    return f"<span {' '.join(attributes)}>{esc(text)}</span>"


def highlight(text: str, marks: Iterable[Mark], main: int | None = None) -> str:
    """`text` as HTML with every mark whose offsets fit inside it highlighted; marks that do not fit
    are left out (see `misplaced`)."""
    fitting = [m for m in marks if m.fits(len(text))]
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for number, mark in enumerate(fitting):
        opening.setdefault(mark.start, []).append(number)
        closing.setdefault(mark.end, []).append(number)
    active: set[int] = set()
    pieces = []
    for start, end in pairwise(sorted({0, len(text), *opening, *closing})):
        active.difference_update(closing.get(start, ()))
        active.update(opening.get(start, ()))
        pieces.append(_piece(text[start:end], [fitting[n] for n in sorted(active)], main))
    return "".join(pieces)


def misplaced(text: str, marks: Iterable[Mark]) -> int:
    """How many marks carry offsets that point outside the text (null offsets are not counted)."""
    return sum(1 for m in marks if (m.start is not None or m.end is not None) and not m.fits(len(text)))


def _people(people: list[dict[str, Any]]) -> str:
    return "; ".join(person_text(p) for p in people) or MISSING


def _number(value: Any) -> str:
    return MISSING if value is None else str(value)


def card_fields(event: dict[str, Any]) -> list[tuple[str, str]]:
    """The readable fields of one event card, in the order a reviewer checks them."""
    acled, date, place, source = event.get("acled"), event.get("date"), event.get("location"), event.get("attribution")
    return [
        ("ACLED", acled_text(acled) if acled else MISSING),
        ("Who", _people(event.get("actor") or [])),
        ("To whom", _people(event.get("recipient") or [])),
        ("When", date_text(date) if date else MISSING),
        ("Where", f"{place_text(place)} ({place.get('precision')})" if place else MISSING),
        ("Killed", _number(event.get("killed"))),
        ("Wounded", _number(event.get("wounded"))),
        ("Source", source_text(source) if source else MISSING),
        ("Modality", str(event.get("modality"))),
        ("Confidence", f"{event['confidence']:.2f}" if isinstance(event.get("confidence"), (int, float)) else MISSING),
    ]


def card_html(index: int, event: dict[str, Any]) -> str:
    main = " main" if event.get("main") else ""
    badge = '<span class="badge">main event</span>' if main else ""
    mode = f' <span class="mode">{esc(event["mode"])}</span>' if event.get("mode") else ""
    fields = "".join(f"<dt>{name}</dt><dd>{esc(value)}</dd>" for name, value in card_fields(event))
    return (f'<li class="card{main} modality-{esc(event.get("modality"))}" data-ev="{index}" tabindex="0">'
            f'<div class="head"><span class="type">{esc(event["type"])}</span>{mode}{badge}'
            f'<span class="id">{esc(event["id"])}</span>'
            f'<span class="trigger">“{esc(event["trigger"]["text"])}”</span></div><dl>{fields}</dl></li>')


def _where(source: dict[str, Any]) -> str:
    """The input a record came from: its path, and the line for a record of a JSON Lines file."""
    return str(source.get("path")) + (f":{source['line']}" if source.get("line") is not None else "")


def _header(number: int, record: dict[str, Any], notes: list[str]) -> str:
    article, source = record.get("article") or {}, record["source"]
    where = _where(source)
    meta = [article.get("outlet"), article.get("published"), where, source.get("id") and f"id {source['id']}",
            source.get("format"), source.get("sha256") and f"sha256 {source['sha256'][:12]}"]
    events = record.get("events") or []
    main = next((e for e in events if e.get("main")), None)
    summary = [f"{len(events)} event{'s' if len(events) != 1 else ''}"]
    if main:
        summary.append(f"main: {type_text(main)}, killed {_number(main.get('killed'))}, "
                       f"wounded {_number(main.get('wounded'))}")
    notes = [*record.get("warnings", []), *notes]
    warnings = "".join(f"<li>{esc(w)}</li>" for w in notes)
    return (f'<header><h2><a class="number" href="#a{number}">#{number}</a>{esc(article.get("title") or where)}</h2>'
            f'<p class="meta">{esc(" · ".join(str(m) for m in meta if m))}</p>'
            f'<p class="meta">{esc(" · ".join(summary))}</p>'
            + (f'<ul class="warnings">{warnings}</ul>' if warnings else "") + "</header>")


def article_html(number: int, record: dict[str, Any]) -> str:
    """The article: header fields at once, then its highlighted text and cards in an inert template."""
    text = (record.get("article") or {}).get("text")
    events = record.get("events") or []
    main = next((i for i, e in enumerate(events) if e.get("main")), None)
    marks = record_marks(record)
    notes = []
    if text is None:
        notes.append("the record carries no article text (convert with --include-text); spans cannot be shown")
        body = '<p class="text muted"></p>'
    else:
        body = f'<div class="text">{highlight(text, marks, main)}</div>'
        wrong = misplaced(text, marks)
        if wrong:
            notes.append(f"{wrong} span{'s' if wrong != 1 else ''} with offsets outside the text not shown")
    cards = "".join(card_html(i, e) for i, e in enumerate(events)) or '<li class="muted">No events found.</li>'
    return (f'<article class="doc" id="a{number}">{_header(number, record, notes)}'
            f'<div class="body pending">Loading the text…</div>'
            f'<template>{body}<ol class="cards">{cards}</ol></template></article>\n')


def error_html(number: int, record: dict[str, Any]) -> str:
    """A small card for an input that failed (an --errors-inline record)."""
    error = record.get("error") or {}
    return (f'<article class="doc error" id="a{number}"><header><h2><a class="number" href="#a{number}">#{number}'
            f'</a>{esc(_where(record.get("source") or {}))}</h2><p class="failure">failed: {esc(error.get("type"))}: {esc(error.get("message"))}'
            f'</p></header></article>\n')
