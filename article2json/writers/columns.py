"""The flat view of the record that CSV and Parquet write: one row per event, with its article's
and source's fields repeated on each row. Each column names the record field it reads; its type
and description come from that field's definition in article2json.record."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property
from types import UnionType
from typing import Any, Callable, Iterable, Literal, Union, get_args, get_origin

from article2json.record import ArticleMetadata, Event, Source, field_types

ROW_PARTS = {"source": Source, "article": ArticleMetadata, "event": Event}
JOINED = "; "  # how a column over a list (the actors of an event) joins its values


@dataclass(frozen=True)
class Column:
    """A column `name` holding the record field at `path` ("event.location.lat"). Through a list
    (the event's actors) the column holds the values joined by "; " (null as empty)."""

    name: str
    path: str

    @cached_property
    def resolved(self) -> tuple[list[tuple[str, bool]], Any, Any]:
        """Walks the path through the record classes: (key, whether the value there is a list) for
        each step, then the dataclass field read and its type hint. A wrong path fails here."""
        part, *keys = self.path.split(".")
        cls, steps, hint = ROW_PARTS[part], [(part, False)], None
        for key in keys:
            field, hint = next(f for f in fields(cls) if f.name == key), field_types(cls)[key]
            inner = _without_none(hint)
            is_list = get_origin(inner) is list
            steps.append((key, is_list))
            cls = get_args(inner)[0] if is_list else inner
        return steps, field, hint

    @property
    def through_list(self) -> bool:
        return any(is_list for _, is_list in self.resolved[0])

    @property
    def kind(self) -> type:
        """The Python type of the column's values: str, int, float or bool."""
        if self.through_list:
            return str
        hint = _without_none(self.resolved[2])
        if get_origin(hint) is Literal:
            return type(get_args(hint)[0])
        return hint

    @property
    def description(self) -> str:
        return self.resolved[1].metadata["doc"] + (" (one value per actor, joined by \"; \")" if self.through_list else "")

    @cached_property
    def getter(self) -> Callable[[dict[str, Any]], Any]:
        """Reads the column's value from {"source", "article", "event"}."""
        steps = self.resolved[0]

        def get(row: dict[str, Any]) -> Any:
            value: Any = row
            for index, (key, is_list) in enumerate(steps):
                value = value[key]
                if value is None:
                    return None
                if is_list:
                    rest = [k for k, _ in steps[index + 1:]]
                    return JOINED.join(_walk(item, rest) or "" for item in value)
            return value

        return get


def _walk(value: Any, keys: list[str]) -> Any:
    for key in keys:
        if value is None:
            return None
        value = value[key]
    return value


def _without_none(hint: Any) -> Any:
    if get_origin(hint) in (Union, UnionType):
        (inner,) = [arg for arg in get_args(hint) if arg is not type(None)]
        return inner
    return hint


COLUMNS = tuple(Column(name, path) for name, path in (
    ("path", "source.path"), ("line", "source.line"), ("record_id", "source.id"), ("title", "article.title"),
    ("outlet", "article.outlet"), ("published", "article.published"), ("event_id", "event.id"),
    ("main", "event.main"), ("plover_type", "event.type"), ("plover_mode", "event.mode"),
    ("event_type", "event.acled.event_type"), ("sub_event_type", "event.acled.sub_event_type"),
    ("event_date", "event.date.value"), ("date_precision", "event.date.precision"),
    ("actor1", "event.actor.name"), ("actor1_sector", "event.actor.sector"),
    ("actor2", "event.recipient.name"), ("actor2_sector", "event.recipient.sector"),
    ("location", "event.location.name"), ("country", "event.location.country"),
    ("admin1", "event.location.admin1"), ("admin2", "event.location.admin2"),
    ("latitude", "event.location.lat"), ("longitude", "event.location.lon"),
    ("location_precision", "event.location.precision"), ("geo_precision", "event.location.geo_precision"),
    ("killed", "event.killed"), ("wounded", "event.wounded"), ("source_speaker", "event.attribution.speaker"),
    ("source_via", "event.attribution.via"), ("modality", "event.modality"), ("confidence", "event.confidence"),
    ("trigger", "event.trigger.text"),
))
COLUMN_NAMES = tuple(column.name for column in COLUMNS)


def event_rows(record: dict[str, Any], columns: Iterable[Column] = COLUMNS) -> Iterable[dict[str, Any]]:
    """One flat row per event of a record (none for an error record)."""
    getters = [(column.name, column.getter) for column in columns]
    for event in record.get("events", ()):
        row = {"source": record["source"], "article": record["article"], "event": event}
        yield {name: get(row) for name, get in getters}
