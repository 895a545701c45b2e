"""The output record, defined once: one dataclass per record part, each field with its type and a
one-line description.

Everything else about the record is derived from these classes: the key order of every object
(`build`), the JSON Schema (`article2json.record_schema`, printed by `article2json schema`), the
CSV and Parquet columns (`article2json.writers.columns`), docs/record.md and the field lists in the
extractors' docstrings (`python -m article2json.record_docs --write` regenerates the last two).

The record itself is plain JSON values (dicts and lists), as extractors produce them and as a
record read back from a file is: `build(Event, item)` checks an extractor's dict against the class
(a key the class lacks, or a required key that is missing, raises `RecordError`), fills the fields
that have a default, and returns the dict in the class's field order. Every key is always present;
unknown values are null.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from types import UnionType
from typing import Any, Callable, Iterable, Literal, Mapping, Union, get_args, get_origin, get_type_hints

from article2json import SCHEMA_VERSION
from article2json.extractors.base import Source, Span, described, end_offset, start_offset

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER")
CASUALTY_KINDS = ("killed", "wounded", "missing", "arrested", "kidnapped", "displaced")
DatePrecision = Literal["day", "week", "month", "quarter", "year", "range"]


class RecordError(ValueError):
    """A dict that does not fit its record class: a key the class lacks, or a missing required key."""


@dataclass(kw_only=True)
class ArticleMetadata:
    """The article's own metadata (extractor `article`)."""

    title: str | None = described("the headline")
    outlet: str | None = described("the publishing outlet")
    published: str | None = described(
        "the publication moment, ISO 8601 UTC (`2023-11-14T00:00:00Z`), from the header dateline or metadata; "
        "`--published-override` wins over it, `--published` fills it when absent",
        pattern=r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
    language: str = described("the language of the text: `en`")
    text: str | None = described("the decoded article text every offset points into (only with `--include-text`)",
                                 default=None)


@dataclass(kw_only=True)
class Entity:
    """A named entity found by the spaCy pipeline (extractor `entities`)."""

    text: str = described("the words as written")
    label: str = described("the spaCy label: PERSON, ORG, GPE, LOC, NORP, DATE, ...")
    start: int = start_offset()
    end: int = end_offset()


@dataclass(kw_only=True)
class DateExpression:
    """A date expression, normalised against the reference date (extractor `dates`)."""

    text: str = described("the expression as written, kept tight (\"on Wednesday, 8 November\" gives "
                          "\"Wednesday, 8 November\")")
    start: int = start_offset()
    end: int = end_offset()
    value: str | None = described(
        "ISO 8601 at the expression's precision: `2023-11-08`, `2023-W45`, `2023-11`, `2023-Q3`, `2023`, "
        "`2023-01-01/2023-11-14`; null when relative and there is no reference date")
    precision: DatePrecision | None = described("day, week, month, quarter, year or range")
    relative: bool = described("whether the value depended on the reference date")
    range: list[str] | None = described("for ranges, `[first, last]` ISO days; null otherwise or when unresolved",
                                        default=None, minItems=2, maxItems=2)
    anchor: str | None = described("the value of the day a counted date counts from (\"two days before 7 October\", "
                                   "\"the next day\"), else null", default=None)


@dataclass(kw_only=True)
class PlaceAnchor:
    """The place a relative location is given from ("50 km from the town of Rusafa")."""

    name: str = described("the anchor place's name")
    distance_km: float = described("the distance stated, in kilometres")


@dataclass(kw_only=True)
class PlaceMention:
    """A place the article names, resolved to a gazetteer entry (extractor `places`)."""

    text: str = described("the name as written")
    start: int = start_offset()
    end: int = end_offset()
    name: str = described("the gazetteer's name (\"Ar Raqqah\"); the text's spelling of a town the gazetteer knows "
                          "by another main name (\"Andijan\", GeoNames' \"Andijon\") or with accents (\"Kandahar\", GeoNames' "
                          "\"Kandahār\"); the name as written when "
                          "the gazetteer lacks it, without the unit word of a division (\"Tetu\" for \"Tetu constituency\")")
    country: str | None = described("ISO 3166-1 alpha-2 code")
    admin1: str | None = described("English name of the first-level division (\"Ar Raqqah\", \"North Kivu\")")
    admin2: str | None = described(
        "the unit between the place and its first-level division when the text names it (\"Wote\" in "
        "\"Kolo (Wote, Makueni)\"), else null", default=None)
    lat: float | None = described("latitude, degrees WGS84")
    lon: float | None = described("longitude, degrees WGS84")
    geonames_id: int | None = described("GeoNames id")
    feature: Literal["country", "admin1", "city", "locality", "region"] | None = described(
        "country, admin1, city, locality, or region (wider than a country, or a district)")
    anchor: PlaceAnchor | None = described(
        "for a relative location (\"the Jaedin area (50 km from the town of Rusafa)\"), the place it is given "
        "from; a place the gazetteer lacks then takes the anchor's coordinates", default=None)
    population: int | None = described("the population the gazetteer knows", default=None)


@dataclass(kw_only=True)
class Quote:
    """Who said what, and through which outlet (extractor `quotes`)."""

    text: str = described("the quoted or reported content")
    start: int = start_offset()
    end: int = end_offset()
    speaker: str | None = described(
        "who said it, as written (\"a field source\", \"the army\"); \"he said\", \"the source noted\" take up "
        "the latest earlier speaker that fits; statements without a speaker are left out")
    speaker_text: str | None = described(
        "the speaker's words in the attribution, as written (\"he\" of \"he said\", where `speaker` names who he is)")
    via: str | None = described("the outlet or agency the words were told to or reported by (\"Sputnik\", \"AFP\"); "
                                 "an outlet that speaks itself is also the `via`")
    kind: Literal["direct", "reported", "according_to"] = described(
        "direct (in quotation marks), reported (\"X said (that) ...\") or according_to")
    cue: str = described("the reporting words as written (\"told\", \"said\", \"according to\")")
    attribution: Span = described("the speaker-and-cue phrase (\"a field source told Sputnik\")")


@dataclass(kw_only=True)
class AcledType:
    """The event in the ACLED taxonomy."""

    event_type: str = described("ACLED event type (Battles, Protests, ...)")
    sub_event_type: str | None = described("ACLED sub-event type (Armed clash, Peaceful protest, ...)")


@dataclass(kw_only=True)
class TextSpan:
    """Words of the article and where they are."""

    text: str = described("the words as written")
    start: int = start_offset()
    end: int = end_offset()


@dataclass(kw_only=True)
class Actor:
    """A party to an event."""

    name: str = described("normalised (\"ISIS\", \"Syrian Arab Army\", \"Protesters\"); other people as written "
                          "without counts (\"Villagers\")")
    text: str = described("the words as written")
    start: int = start_offset()
    end: int = end_offset()
    sector: str | None = described("PLOVER sector code (MIL, REB, GOV, CVL, ...)")
    country: str | None = described("ISO 3166-1 alpha-2 code of the actor's country")


@dataclass(kw_only=True)
class EventDate:
    """When an event happened."""

    value: str | None = described("ISO 8601 value, as in `dates`")
    precision: DatePrecision | None = described("day, week, month, quarter, year or range")
    text: str | None = described("the date expression as written")
    start: int | None = start_offset()
    end: int | None = end_offset()
    basis: Literal["explicit", "relative", "dateline"] = described(
        "explicit (a date in the text), relative (resolved against the reference date) or dateline")


@dataclass(kw_only=True)
class Location:
    """Where an event happened."""

    name: str = described("the place's name, as in `places`")
    text: str | None = described("the place as written")
    start: int | None = start_offset()
    end: int | None = end_offset()
    country: str | None = described("ISO 3166-1 alpha-2 code")
    admin1: str | None = described("first-level division")
    admin2: str | None = described("second-level division (district, county)", default=None)
    lat: float | None = described("latitude, degrees WGS84")
    lon: float | None = described("longitude, degrees WGS84")
    precision: Literal["exact", "near", "admin1", "country"] = described(
        "exact (city, locality), near (given relative to another place), admin1 or country")
    geo_precision: Literal[1, 2, 3] | None = described(
        "ACLED's geo-precision: 1 the named place itself, 2 a containing district (admin2), 3 admin1 or country",
        default=None)


@dataclass(kw_only=True)
class Casualty:
    """A casualty figure as stated."""

    kind: Literal[CASUALTY_KINDS] = described("killed, wounded, missing, arrested, kidnapped or displaced")
    count: int | None = described("the number stated; null for a vague amount (\"a number of\")")
    low: int | None = described("the lower bound (\"at least 30\": 30; \"dozens\": 24)")
    high: int | None = described("the upper bound")
    who: str | None = described("who the figure counts (\"soldiers\")")
    text: str = described("the words as written")
    start: int = start_offset()
    end: int = end_offset()


@dataclass(kw_only=True)
class Attribution:
    """The report an event comes from."""

    speaker: str | None = described("who said so, as in `quotes`")
    via: str | None = described("the outlet or agency it went through")
    start: int = start_offset()
    end: int = end_offset()


@dataclass(kw_only=True)
class Event:
    """One event: what happened, who did it to whom, when, where, how many were hurt, who said so
    (extractor `events`)."""

    id: str = described("`e1`, `e2`, ... in text order")
    main: bool = described("true for exactly one event: the one the headline reports, else the first asserted one")
    type: Literal[PLOVER_TYPES] = described("PLOVER event type (ASSAULT, PROTEST, COERCE, AGREE, ...); OTHER for disasters "
                                                 "and accidents")
    mode: str | None = described("PLOVER mode (firearms, aerial, explosives, demo, riot, ...)")
    acled: AcledType | None = described("the ACLED type; null where ACLED would not code the event")
    trigger: TextSpan = described("the word(s) naming the event")
    sentence: Span = described("the sentence stating the event")
    actor: list[Actor] = described("who acted")
    recipient: list[Actor] = described(
        "who or what was acted on (may be a targeted place); of a non-violent act, the party it is done to, "
        "with or against (\"sent arms to Pakistan\", \"rejected a U.S. request\")")
    date: EventDate | None = described("when it happened")
    location: Location | None = described("where it happened")
    killed: int | None = described("total killed stated for this event; null when no number is given")
    wounded: int | None = described("total wounded stated for this event; null when no number is given")
    casualties: list[Casualty] = described("the casualty figures stated for this event")
    attribution: Attribution | None = described("the report the event comes from")
    modality: Literal["asserted", "negated", "hypothetical", "future"] = described(
        "asserted, negated, hypothetical or future")
    confidence: float = described("0-1", minimum=0, maximum=1)


@dataclass(kw_only=True)
class Record:
    """One converted article. Offsets `start`/`end` are Python string indices into the decoded
    article text (`article.text`, with `--include-text`). Third-party extractors add their own key
    before `warnings`."""

    schema_version: Literal[SCHEMA_VERSION] = described("the version of this record's layout")
    source: Source = described("where the article came from")
    article: ArticleMetadata = described("the article's headline, outlet, publication date and language")
    entities: list[Entity] = described("named entities, in text order", default_factory=list)
    dates: list[DateExpression] = described("date expressions, in text order", default_factory=list)
    places: list[PlaceMention] = described("place mentions, in text order", default_factory=list)
    quotes: list[Quote] = described("quotations and reported speech, in text order", default_factory=list)
    events: list[Event] = described("events, in text order", default_factory=list)
    warnings: list[str] = described("problems met while reading the article")


@dataclass(kw_only=True)
class ErrorSource:
    """The input that failed."""

    path: str = described("the input's path (`-` for stdin)")
    line: int | None = described("for a record of a JSON Lines file, its 1-based line")


@dataclass(kw_only=True)
class ErrorDetail:
    """What went wrong."""

    type: str = described("the kind of failure (read, nlp, extractor, timeout, ...)")
    message: str = described("one line naming the problem")


@dataclass(kw_only=True)
class ErrorRecord:
    """The record emitted in a failed input's place with `--errors-inline`."""

    source: ErrorSource = described("the input that failed")
    error: ErrorDetail = described("what went wrong")


# The Record keys that extractors fill, each by the extractor of that name.
EXTRACTED_PARTS = tuple(f.name for f in dataclasses.fields(Record) if f.name not in ("schema_version", "source",
                                                                                   "warnings"))


def extra_keys(extractor_names: Iterable[str]) -> tuple[str, ...]:
    """The top-level keys third-party extractors add: their names, where the record has no such field."""
    return tuple(name for name in extractor_names if name not in EXTRACTED_PARTS)


def part_classes(root: type = Record) -> list[type]:
    """`root` and every record class it contains, each once, in the order they are first reached."""
    found: list[type] = []

    def visit(cls: type) -> None:
        if cls not in found:
            found.append(cls)
            for hint in field_types(cls).values():
                for inner in contained_classes(hint):
                    visit(inner)

    visit(root)
    return found


@lru_cache(maxsize=None)
def field_types(cls: type) -> dict[str, Any]:
    """The type of each field of a record class, in field order."""
    hints = get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def contained_classes(hint: Any) -> list[type]:
    """The record classes a type hint holds: `Actor` in `list[Actor]`, `Location` in `Location | None`."""
    if dataclasses.is_dataclass(hint):
        return [hint]
    return [inner for arg in get_args(hint) for inner in contained_classes(arg)]


def nullable_inner(hint: Any) -> Any | None:
    """`X` for a hint `X | None`, else None."""
    if get_origin(hint) in (Union, UnionType):
        (inner,) = [arg for arg in get_args(hint) if arg is not type(None)]
        return inner
    return None


def _value_expression(name: str, hint: Any, default: Any, names: dict[str, Any]) -> str:
    """Python source that reads field `name` of `data` as type `hint` wants it; `names` collects
    the objects the source refers to (builders of nested classes, default factories)."""
    if default is dataclasses.MISSING:
        raw = f"data[{name!r}]"
    elif default is None:
        raw = f"data.get({name!r})"
    else:
        names[f"default_{name}"] = default
        raw = f"(data[{name!r}] if {name!r} in data else default_{name}())"
    inner = nullable_inner(hint) or hint
    if dataclasses.is_dataclass(inner):
        part, template = inner, "build_{part}({value})"
    elif get_origin(inner) is list and dataclasses.is_dataclass(get_args(inner)[0]):
        part, template = get_args(inner)[0], "[build_{part}(item) for item in {value}]"
    else:
        return raw
    names[f"build_{part.__name__}"] = _builder(part)
    if inner is hint:
        return template.format(part=part.__name__, value=raw)
    return f"(None if (value := {raw}) is None else {template.format(part=part.__name__, value='value')})"


@lru_cache(maxsize=None)
def _builder(cls: type) -> Callable[[Any], dict[str, Any]]:
    """A function that lays out a dict as `cls` defines it, written out field by field (as
    dataclasses writes its __init__), since records are built for every article."""
    names: dict[str, Any] = {"fields": frozenset(f.name for f in dataclasses.fields(cls)), "cls": cls,
                             "misfit": _misfit}
    hints = field_types(cls)
    values = []
    for f in dataclasses.fields(cls):
        default = f.default_factory if f.default_factory is not dataclasses.MISSING else f.default
        values.append(f"{f.name!r}: {_value_expression(f.name, hints[f.name], default, names)}")
    source = (f"def build_{cls.__name__}(data):\n"
              f"    if type(data) is not dict or not fields.issuperset(data):\n"
              f"        misfit(cls, data)\n"
              f"    try:\n"
              f"        return {{{', '.join(values)}}}\n"
              f"    except KeyError:\n"
              f"        misfit(cls, data)\n"
              f"        raise\n")
    exec(source, names)
    return names[f"build_{cls.__name__}"]


def _misfit(cls: type, data: Any) -> None:
    """Raise the RecordError that says why `data` does not fit `cls` (when it does not)."""
    if not isinstance(data, Mapping):
        raise RecordError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    names = [f.name for f in dataclasses.fields(cls)]
    if unknown := data.keys() - set(names):
        raise RecordError(f"{cls.__name__} has no field {', '.join(sorted(map(repr, unknown)))}")
    required = [f.name for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    if missing := [name for name in required if name not in data]:
        raise RecordError(f"{cls.__name__}: the field '{missing[0]}' is missing")


def build(cls: type, data: Mapping[str, Any]) -> dict[str, Any]:
    """`data` as the record part `cls` defines: keys in field order, defaults filled in, nested
    parts built the same way. Raises RecordError for a key `cls` lacks or a required key that is
    missing."""
    return _builder(cls)(data)


def assemble(source: Mapping[str, Any], found: Mapping[str, Any], warnings: list[str],
             extras: Iterable[str] = ()) -> dict[str, Any]:
    """The record of one article from what the extractors found; the keys of third-party
    extractors (`extras`) go before `warnings`, as they are."""
    parts = {name: found[name] for name in EXTRACTED_PARTS if name in found}
    record = build(Record, {"schema_version": SCHEMA_VERSION, "source": source, **parts, "warnings": warnings})
    if extras:
        record.pop("warnings")
        record.update((key, found[key]) for key in extras)
        record["warnings"] = warnings
    return record


def error_record(error) -> dict[str, Any]:
    """The record emitted in a failed input's place with --errors-inline (`error`: a readers.InputError)."""
    return build(ErrorRecord, {"source": {"path": error.path, "line": error.line},
                               "error": {"type": error.kind, "message": error.message}})
