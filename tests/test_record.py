"""The record classes (article2json.record), the schema and the documents generated from them."""

from __future__ import annotations

import dataclasses

import orjson
import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator, ValidationError

from article2json.cli.main import main
from article2json.extractors.article import ArticleExtractor
from article2json.extractors.base import Article, Source
from article2json.extractors.registry import available_extractors
from article2json.pipeline import Pipeline, PipelineConfig
from article2json.readers import InputError
from article2json.record import (Event, Location, PlaceMention, Record, RecordError, assemble, build, error_record,
                                 extra_keys, part_classes)
from article2json.record_docs import COMMAND, docstring_block, provided_fields, stale_files, with_block
from article2json.record_schema import error_schema, record_schema

TEXT = "Gunmen attacked a checkpoint near Korvale on Sunday, killing two police officers, a spokesman said."
SOURCE = {"path": "news/korvale.txt", "sha256": "a" * 64, "format": "text", "line": None, "id": None}
ARTICLE = {"title": "Checkpoint attacked near Korvale", "outlet": None, "published": "2024-05-12T00:00:00Z",
           "language": "en"}


def event(**fields) -> dict:
    """An event as the events extractor emits it, keys deliberately out of order."""
    base = {"confidence": 0.7, "modality": "asserted", "id": "e1", "main": True, "type": "ASSAULT", "mode": None,
            "acled": None, "trigger": {"text": "attacked", "start": 7, "end": 15}, "sentence": {"start": 0, "end": 98},
            "actor": [], "recipient": [], "date": None, "location": None, "killed": 2, "wounded": None,
            "casualties": [], "attribution": None}
    return {**base, **fields}


def test_build_orders_keys_as_the_class_defines_them():
    built = build(Event, event())
    assert list(built) == [f.name for f in dataclasses.fields(Event)]
    assert orjson.dumps(built).startswith(b'{"id":"e1","main":true,"type":"ASSAULT"')


def test_build_fills_defaults_and_lays_out_nested_parts():
    location = {"name": "Korvale", "text": "Korvale", "start": 34, "end": 41, "country": "KE", "admin1": None,
                "lat": 0.5, "lon": 36.1, "precision": "exact"}
    built = build(Event, event(location=location))
    assert built["location"] == {**location, "admin2": None, "geo_precision": None}
    assert list(built["location"]) == [f.name for f in dataclasses.fields(Location)]


def test_an_unknown_key_fails_loudly_naming_class_and_key():
    with pytest.raises(RecordError, match=r"Event has no field 'severity'"):
        build(Event, event(severity="high"))
    nested = {"name": "Korvale", "text": "Korvale", "start": 34, "end": 41, "country": "KE", "admin1": None,
              "lat": 0.5, "lon": 36.1, "precision": "exact", "district": "Korvale East"}
    with pytest.raises(RecordError, match=r"Location has no field 'district'"):
        build(Event, event(location=nested))


def test_a_missing_required_key_or_a_wrong_shape_fails():
    incomplete = event()
    del incomplete["modality"]
    with pytest.raises(RecordError, match=r"Event: the field 'modality' is missing"):
        build(Event, incomplete)
    with pytest.raises(RecordError, match=r"TextSpan: the field 'text' is missing"):
        build(Event, event(trigger={}))
    with pytest.raises(RecordError, match=r"Actor: expected an object, got str"):
        build(Event, event(actor=["Gunmen"]))


def test_assemble_puts_third_party_keys_before_warnings():
    found = {"doc": object(), "article": ARTICLE, "events": [event()], "word_count": 17}
    record = assemble(SOURCE, found, ["decoded as cp1252"], extras=("word_count",))
    assert list(record) == ["schema_version", "source", "article", "entities", "dates", "places", "quotes",
                            "events", "word_count", "warnings"]
    assert record["entities"] == [] and record["word_count"] == 17 and record["article"]["text"] is None
    assert extra_keys(["article", "events", "word_count"]) == ("word_count",)


def test_the_pipeline_turns_an_extractor_key_the_record_lacks_into_an_input_error():
    class ChattyArticle(ArticleExtractor):
        def __call__(self, article, found):
            return {**super().__call__(article, found), "mood": "tense"}

    pipeline = Pipeline(PipelineConfig(extractors=("article",)))
    pipeline.extractors = [ChattyArticle(pipeline.config.options)]
    result = pipeline.convert(Article(text=TEXT, source=Source("news/korvale.txt", "b" * 64, "text")))
    assert isinstance(result, InputError) and result.kind == "extractor"
    assert "ArticleMetadata has no field 'mood'" in result.message


def _objects(schema: dict):
    """Every object schema inside `schema`."""
    if "properties" in schema:
        assert "object" in schema["type"]
        yield schema
    for value in schema.values():
        for inner in value if isinstance(value, list) else [value]:
            if isinstance(inner, dict):
                yield from _objects(inner)


def test_every_object_of_the_schema_requires_all_its_keys_and_allows_no_other():
    schema = record_schema()
    Draft202012Validator.check_schema(schema)
    objects = list(_objects(schema))
    assert len(objects) >= len(part_classes(Record))
    for item in objects:
        assert item["additionalProperties"] is False and item["required"] == list(item["properties"])
        assert all(prop["description"] for prop in item["properties"].values())


def test_the_schema_accepts_a_built_record_and_rejects_what_the_classes_do_not_define():
    validator = Draft202012Validator(record_schema())
    place = {"text": "Korvale", "start": 34, "end": 41, "name": "Korvale", "country": "KE", "admin1": None,
             "lat": 0.5, "lon": 36.1, "geonames_id": None, "feature": "locality"}
    record = assemble(SOURCE, {"article": ARTICLE, "places": [place], "events": [event()]}, [])
    validator.validate(record)
    assert record["places"][0]["population"] is None and record["places"][0]["admin2"] is None
    with pytest.raises(ValidationError, match="'cue' was unexpected"):
        validator.validate({**record, "places": [{**record["places"][0], "cue": "near"}]})
    location = build(Location, {**{k: place[k] for k in ("name", "text", "start", "end", "country", "admin1",
                                                         "lat", "lon")}, "precision": "exact"})
    validator.validate({**record, "events": [{**record["events"][0], "location": location}]})
    del location["geo_precision"]
    with pytest.raises(ValidationError, match="'geo_precision' is a required property"):
        validator.validate({**record, "events": [{**record["events"][0], "location": location}]})
    with pytest.raises(ValidationError):
        validator.validate({**record, "word_count": 3})
    Draft202012Validator(record_schema(("word_count",))).validate({**record, "word_count": 3})


def test_error_records_follow_their_schema():
    record = error_record(InputError("news/broken.txt", "read", "cannot decode the file", None))
    assert record == {"source": {"path": "news/broken.txt", "line": None},
                      "error": {"type": "read", "message": "cannot decode the file"}}
    Draft202012Validator(error_schema()).validate(record)


def test_the_schema_command_prints_the_schema_of_the_classes():
    result = CliRunner().invoke(main, ["schema"])
    assert orjson.loads(result.stdout) == orjson.loads(orjson.dumps(
        record_schema(extra_keys(available_extractors()))))
    errors = CliRunner().invoke(main, ["schema", "--errors"])
    assert orjson.loads(errors.stdout)["required"] == ["source", "error"]


def test_the_extractors_command_lists_the_fields_each_provides():
    rows = orjson.loads(CliRunner().invoke(main, ["extractors", "--json"]).stdout)
    places = next(row for row in rows if row["name"] == "places")
    assert places["provides"] == [f.name for f in dataclasses.fields(PlaceMention)]
    assert provided_fields("word_count") == []


def test_a_docstring_block_is_replaced_up_to_the_next_paragraph():
    source = ('"""`places`: places.\n\nOutput (`places`): old list\n- `text`: old\n\nMore prose.\n"""\n'
              'import os\n')
    rewritten = with_block(source, "places")
    assert rewritten.startswith('"""`places`: places.\n\n' + docstring_block("places") + "\n\nMore prose.\n")
    assert with_block(rewritten, "places") == rewritten
    at_end = with_block('"""`article`: metadata.\n\nOutput (`article`): old\n"""\n', "article")
    assert at_end.endswith(docstring_block("article") + '\n"""\n')


def test_generated_documents_are_current():
    stale = [str(path) for path in stale_files()]
    assert stale == [], f"stale generated files {stale}: run {COMMAND}"
