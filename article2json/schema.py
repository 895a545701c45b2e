"""The JSON Schema (draft 2020-12) of one output record, schema version 1."""

from __future__ import annotations

from typing import Any

from article2json import SCHEMA_VERSION

PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER"]
CASUALTY_KINDS = ["killed", "wounded", "missing", "arrested", "kidnapped", "displaced"]


def _nullable(kind: str | list[str]) -> dict[str, Any]:
    kinds = [kind] if isinstance(kind, str) else kind
    return {"type": [*kinds, "null"]}


def _object(properties: dict[str, Any], extra: bool = False) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": extra}


OFFSETS = {"start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}}
SPAN_TEXT = {"text": {"type": "string"}, **OFFSETS}
NULLABLE_SPAN_TEXT = {"text": _nullable("string"), "start": _nullable("integer"), "end": _nullable("integer")}
NUMBER = _nullable("number")
PRECISION = {"enum": ["day", "week", "month", "quarter", "year", "range", None]}

ACTOR = _object({"name": {"type": "string"}, **SPAN_TEXT, "sector": _nullable("string"), "country": _nullable("string")})

EVENT = _object({
    "id": {"type": "string"},
    "main": {"type": "boolean"},
    "type": {"enum": PLOVER_TYPES},
    "mode": _nullable("string"),
    "acled": {"oneOf": [{"type": "null"},
                        _object({"event_type": {"type": "string"}, "sub_event_type": _nullable("string")})]},
    "trigger": _object(SPAN_TEXT),
    "sentence": _object(OFFSETS),
    "actor": {"type": "array", "items": ACTOR},
    "recipient": {"type": "array", "items": ACTOR},
    "date": {"oneOf": [{"type": "null"}, _object({
        "value": _nullable("string"), "precision": PRECISION, **NULLABLE_SPAN_TEXT,
        "basis": {"enum": ["explicit", "relative", "dateline"]}})]},
    "location": {"oneOf": [{"type": "null"}, _object({
        "name": {"type": "string"}, **NULLABLE_SPAN_TEXT, "country": _nullable("string"),
        "admin1": _nullable("string"), "admin2": _nullable("string"), "lat": NUMBER, "lon": NUMBER,
        "precision": {"enum": ["exact", "near", "admin1", "country"]}, "geo_precision": {"enum": [1, 2, 3, None]}})]},
    "killed": _nullable("integer"),
    "wounded": _nullable("integer"),
    "casualties": {"type": "array", "items": _object({
        "kind": {"enum": CASUALTY_KINDS}, "count": _nullable("integer"), "low": _nullable("integer"),
        "high": _nullable("integer"), "who": _nullable("string"), **SPAN_TEXT})},
    "attribution": {"oneOf": [{"type": "null"}, _object({
        "speaker": _nullable("string"), "via": _nullable("string"), **OFFSETS})]},
    "modality": {"enum": ["asserted", "negated", "hypothetical", "future"]},
    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
})

RECORD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://github.com/article2json/article2json/schema/record-v1.json",
    "title": "article2json output record",
    "description": "One converted article. Offsets are Python string indices into the decoded article text.",
    "type": "object",
    "required": ["schema_version", "source", "article", "entities", "dates", "places", "quotes", "events",
                 "warnings"],
    "additionalProperties": True,  # third-party extractors add their own keys
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "source": _object({"path": {"type": "string"}, "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                           "format": {"enum": ["text", "html", "json"]}, "line": _nullable("integer"),
                           "id": _nullable("string")}),
        "article": {"type": "object", "additionalProperties": False,
                    "required": ["title", "outlet", "published", "language"],
                    "properties": {"title": _nullable("string"), "outlet": _nullable("string"),
                                   "published": {"type": ["string", "null"],
                                                 "pattern": r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"},
                                   "language": {"type": "string"}, "text": {"type": "string"}}},
        "entities": {"type": "array", "items": _object({**SPAN_TEXT, "label": {"type": "string"}})},
        "dates": {"type": "array", "items": _object({
            **SPAN_TEXT, "value": _nullable("string"), "precision": PRECISION, "relative": {"type": "boolean"}},
            extra=True)},
        "places": {"type": "array", "items": _object({
            **SPAN_TEXT, "name": {"type": "string"}, "country": _nullable("string"), "admin1": _nullable("string"),
            "admin2": _nullable("string"), "lat": NUMBER, "lon": NUMBER, "geonames_id": _nullable("integer"),
            "feature": {"enum": ["country", "admin1", "city", "locality", "region", None]}}, extra=True)},
        "quotes": {"type": "array", "items": _object({
            **SPAN_TEXT, "speaker": _nullable("string"), "via": _nullable("string")}, extra=True)},
        "events": {"type": "array", "items": EVENT},
        "warnings": {"type": "array", "items": {"type": "string"}},
    },
}

ERROR_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "article2json error record (--errors-inline)",
    "type": "object",
    "required": ["source", "error"],
    "properties": {
        "source": {"type": "object", "required": ["path", "line"]},
        "error": _object({"type": {"type": "string"}, "message": {"type": "string"}}),
    },
}
