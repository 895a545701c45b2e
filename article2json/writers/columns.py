"""The flat view of the record that CSV and Parquet write: one row per event, with its article's
and source's fields repeated on each row. Each column names the record field it reads; its type
and description come from that field's definition in article2json.record."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property
from typing import Any, Callable, Iterable, Literal, get_args, get_origin

from article2json.record import ArticleMetadata, Event, Source, field_types, nullable_inner

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
            field = next((f for f in fields(cls) if f.name == key), None)
            if field is None:
                raise ValueError(f"column '{self.name}': {cls.__name__} has no field '{key}'")
            hint = field_types(cls)[key]
            inner = nullable_inner(hint) or hint
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
        hint = nullable_inner(self.resolved[2]) or self.resolved[2]
        if get_origin(hint) is Literal:
            return type(get_args(hint)[0])
        return hint

    @property
    def description(self) -> str:
        return self.resolved[1].metadata["doc"] + (" (one value per actor, joined by \"; \")" if self.through_list else "")

    @cached_property
    def getter(self) -> Callable[[dict[str, Any]], Any]:
        """Reads the column's value from {"source", "article", "event"}."""
        keys = [key for key, _ in self.resolved[0]]
        split = next((index + 1 for index, (_, is_list) in enumerate(self.resolved[0]) if is_list), None)
        if split is None:
            return lambda row: _walk(row, keys)
        to_list, in_item = keys[:split], keys[split:]
        return lambda row: JOINED.join(_walk(item, in_item) or "" for item in _walk(row, to_list))


def _walk(value: Any, keys: list[str]) -> Any:
    """The value at `keys` below `value`; None when a step on the way is null."""
    for key in keys:
        value = value[key]
        if value is None:
            return None
    return value


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
