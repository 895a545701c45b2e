"""The JSON Schema (draft 2020-12) of the output record, derived from the classes in
article2json.record: every object lists all its keys as required and allows no other
(`additionalProperties: false`); each property carries its field's description."""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Literal, get_args, get_origin

from article2json.record import ErrorRecord, Record, field_types, nullable_inner

JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean"}
SCHEMA_ID = "https://github.com/article2json/article2json/schema/record-v1.json"


def type_schema(hint: Any) -> dict[str, Any]:
    """The schema of a value of type `hint`."""
    if dataclasses.is_dataclass(hint):
        return object_schema(hint)
    origin, args = get_origin(hint), get_args(hint)
    if origin is Literal:
        return {"enum": list(args)}
    if origin is list:
        return {"type": "array", "items": type_schema(args[0])}
    if inner := nullable_inner(hint):
        schema = type_schema(inner)
        if "enum" in schema:
            return {"enum": [*schema["enum"], None]}
        return {**schema, "type": [schema["type"], "null"]}  # properties and required apply to objects only
    return {"type": JSON_TYPES[hint]}


def object_schema(cls: type) -> dict[str, Any]:
    """The schema of the record class `cls`: its fields in order, all required, no others."""
    properties = {}
    for f, hint in zip(dataclasses.fields(cls), field_types(cls).values()):
        properties[f.name] = {"description": f.metadata["doc"], **type_schema(hint), **f.metadata["schema"]}
    return {"type": "object", "description": cls.__doc__.split("\n\n")[0].replace("\n    ", " "),
            "properties": properties, "required": list(properties), "additionalProperties": False}


def record_schema(extra_keys: Iterable[str] = ()) -> dict[str, Any]:
    """The schema of one output record; `extra_keys` are the keys of installed third-party
    extractors, which may hold any JSON value."""
    schema = object_schema(Record)
    for key in extra_keys:
        schema["properties"][key] = {"description": f"added by the third-party extractor '{key}'"}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": "article2json output record", **schema}


def error_schema() -> dict[str, Any]:
    """The schema of the record `--errors-inline` puts in a failed input's place."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "article2json error record (--errors-inline)", **object_schema(ErrorRecord)}
