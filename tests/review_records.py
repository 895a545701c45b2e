"""Hand-made output records for the review page tests: texts written for these tests, with events
whose spans are placed by searching the text, so every offset is exact."""

from __future__ import annotations

import hashlib
from typing import Any

from article2json.record import Record, build

CALM_TEXT = (
    "Rebels storm border post \U0001F525 in Daroma\n"
    "The Lakeside Courier\n"
    "Tue, 05 Mar 2024 09:00 UTC\n"
    "DAROMA, Kenya — Rebels of the Northern Front attacked a border post near Daroma on Monday, killing four "
    "soldiers and wounding two others, a military spokesman told the Courier.\n"
    "Police later arrested 12 suspects in the town on Tuesday, the spokesman said.\n"
)

HOSTILE_TEXT = (
    "Teachers march in Velmar <script>window.__pwned = 1</script>\n"
    "Velmar Daily & Sons\n"
    "Wed, 06 Mar 2024 10:00 UTC\n"
    "Thousands of teachers marched through Velmar on Wednesday <img src=x onerror=\"window.__pwned = 2\"> "
    "demanding higher wages, organisers said.\n"
    "\"We will not stop</template><script>window.__pwned = 3</script>,\" one teacher said & left.\n"
)


def find(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def span(text: str, needle: str, **fields: Any) -> dict[str, Any]:
    start, end = find(text, needle)
    return {"text": needle, "start": start, "end": end, **fields}


def person(text: str, needle: str, name: str, sector: str | None = None, country: str | None = None):
    start, end = find(text, needle)
    return {"name": name, "text": needle, "start": start, "end": end, "sector": sector, "country": country}


def event(text: str, number: int, kind: str, trigger: str, **fields: Any) -> dict[str, Any]:
    """An event in DESIGN section 3 order; its sentence is the line holding the trigger."""
    start, end = find(text, trigger)
    sentence = {"start": text.rfind("\n", 0, start) + 1, "end": text.find("\n", end)}
    return {
        "id": f"e{number}", "main": fields.get("main", False), "type": kind, "mode": fields.get("mode"),
        "acled": fields.get("acled"), "trigger": {"text": trigger, "start": start, "end": end},
        "sentence": sentence, "actor": fields.get("actor", []), "recipient": fields.get("recipient", []),
        "date": fields.get("date"), "location": fields.get("location"), "killed": fields.get("killed"),
        "wounded": fields.get("wounded"), "casualties": fields.get("casualties", []),
        "attribution": fields.get("attribution"), "modality": fields.get("modality", "asserted"),
        "confidence": fields.get("confidence", 0.8),
    }


def record(path: str, text: str, title: str, outlet: str, published: str, events: list[dict[str, Any]],
           dates=(), places=(), quotes=()) -> dict[str, Any]:
    """The record, laid out by the record classes (fields left out here get their defaults)."""
    return build(Record, {
        "schema_version": "1",
        "source": {"path": path, "sha256": hashlib.sha256(text.encode()).hexdigest(), "format": "text",
                   "line": None, "id": None},
        "article": {"title": title, "outlet": outlet, "published": published, "language": "en", "text": text},
        "entities": [], "dates": list(dates), "places": list(places), "quotes": list(quotes),
        "events": events, "warnings": [],
    })


def date_field(text: str, needle: str, value: str, basis: str = "relative") -> dict[str, Any]:
    start, end = find(text, needle)
    return {"value": value, "precision": "day", "text": needle, "start": start, "end": end, "basis": basis}


def place_field(text: str, needle: str, name: str, country: str, occurrence: int = 0) -> dict[str, Any]:
    start, end = find(text, needle, occurrence)
    return {"name": name, "text": needle, "start": start, "end": end, "country": country, "admin1": None,
            "lat": 1.5, "lon": 35.2, "precision": "exact"}


def casualty(text: str, needle: str, kind: str, count: int, who: str) -> dict[str, Any]:
    start, end = find(text, needle)
    return {"kind": kind, "count": count, "low": count, "high": None, "who": who, "text": needle,
            "start": start, "end": end}


def calm_record() -> dict[str, Any]:
    """Two events: an armed attack with casualties and a source, and arrests the next day."""
    t = CALM_TEXT
    spokesman = find(t, "a military spokesman told the Courier")
    attack = event(
        t, 1, "ASSAULT", "attacked", main=True, mode="firearms",
        acled={"event_type": "Battles", "sub_event_type": "Armed clash"},
        actor=[person(t, "Rebels of the Northern Front", "Northern Front", "REB", "KE")],
        recipient=[person(t, "four soldiers", "Military Forces of Kenya", "MIL", "KE")],
        date=date_field(t, "Monday", "2024-03-04"), location=place_field(t, "Daroma", "Daroma", "KE", 1),
        killed=4, wounded=2,
        casualties=[casualty(t, "killing four soldiers", "killed", 4, "soldiers"),
                    casualty(t, "wounding two others", "wounded", 2, "soldiers")],
        attribution={"speaker": "a military spokesman", "via": "The Lakeside Courier",
                     "start": spokesman[0], "end": spokesman[1]}, confidence=0.92)
    arrests = event(
        t, 2, "COERCE", "arrested", mode="arrest",
        acled={"event_type": "Strategic developments", "sub_event_type": "Arrests"},
        actor=[person(t, "Police", "Police of Kenya", "COP", "KE")],
        recipient=[person(t, "12 suspects", "Suspects", None, None)],
        date=date_field(t, "Tuesday", "2024-03-05"), confidence=0.6)
    mention = {"text": "DAROMA", "start": find(t, "DAROMA")[0], "end": find(t, "DAROMA")[1], "name": "Daroma",
               "country": "KE", "admin1": None, "lat": 1.5, "lon": 35.2, "geonames_id": None, "feature": "city"}
    return record("news/daroma.txt", t, "Rebels storm border post \U0001F525 in Daroma", "The Lakeside Courier",
                  "2024-03-05T09:00:00Z", [attack, arrests], places=[mention])


def hostile_record() -> dict[str, Any]:
    """Markup and script in the title, outlet, text and field values; one protest event."""
    t = HOSTILE_TEXT
    march = event(
        t, 1, "PROTEST", "marched", main=True, mode="demo",
        acled={"event_type": "Protests", "sub_event_type": "Peaceful protest"},
        actor=[person(t, "Thousands of teachers", "Teachers <b>union</b>", "EDU", "KE")],
        date=date_field(t, "Wednesday", "2024-03-06", "dateline"),
        location=place_field(t, "Velmar", "Velmar <script>window.__pwned = 4</script>", "KE", 2),
        attribution={"speaker": "organisers", "via": None, "start": find(t, "organisers said")[0],
                     "end": find(t, "organisers said")[1]})
    said = find(t, "one teacher said")
    quote = span(t, "We will not stop</template><script>window.__pwned = 3</script>,", speaker="one teacher", speaker_text="one teacher",
                 via=None, kind="direct", cue="said", attribution={"start": said[0], "end": said[1]})
    return record("news/<velmar>.txt", t, "Teachers march in Velmar <script>window.__pwned = 1</script>",
                  "Velmar Daily & Sons", "2024-03-06T10:00:00Z", [march], quotes=[quote])


def error_record() -> dict[str, Any]:
    return {"source": {"path": "news/broken.txt", "line": None},
            "error": {"type": "decode", "message": "cannot decode <b>bytes</b>"}}
