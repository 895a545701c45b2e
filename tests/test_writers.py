"""The writers (article2json.writers) on small records built in the test: no spaCy needed."""

from __future__ import annotations

import csv
import hashlib
import io

import orjson
import pytest

from article2json.readers import InputError
from article2json.record import Record, build, error_record
from article2json.writers import FORMATS, make_writer
from article2json.writers.columns import COLUMN_NAMES, COLUMNS, Column, event_rows
from article2json.writers.csv_rows import CsvWriter
from article2json.writers.directory import DirectoryWriter, OutputPathError
from article2json.writers.jsonl import JsonArrayWriter, JsonLinesWriter
from article2json.writers.table import TableWriter

TEXT = ("Militia fighters ambushed a police convoy near Mbeya town on Friday, killing three officers and "
        "wounding five, the regional commander told reporters.")


def find(needle: str) -> dict:
    start = TEXT.index(needle)
    return {"text": needle, "start": start, "end": start + len(needle)}


def small_record(path: str = "news/mbeya.txt", events: int = 1) -> dict:
    """A record with one ambush event, built through the record classes (defaults fill the rest)."""
    ambush = {
        "id": "e1", "main": True, "type": "ASSAULT", "mode": "firearms",
        "acled": {"event_type": "Battles", "sub_event_type": "Armed clash"}, "trigger": find("ambushed"),
        "sentence": {"start": 0, "end": len(TEXT)},
        "actor": [{"name": "Militia", **find("Militia fighters"), "sector": "REB", "country": None}],
        "recipient": [{"name": "Police", **find("a police convoy"), "sector": "COP", "country": "TZ"},
                      {"name": "Convoy", **find("convoy"), "sector": None, "country": None}],
        "date": {"value": "2024-06-07", "precision": "day", **find("Friday"), "basis": "relative"},
        "location": {"name": "Mbeya", **find("Mbeya"), "country": "TZ", "admin1": "Mbeya", "lat": -8.9,
                     "lon": 33.46, "precision": "exact", "geo_precision": 1},
        "killed": 3, "wounded": 5,
        "casualties": [{"kind": "killed", "count": 3, "low": 3, "high": 3, "who": "officers",
                        **find("killing three officers")}],
        "attribution": {"speaker": "the regional commander", "via": None, **{
            k: v for k, v in find("the regional commander told").items() if k != "text"}},
        "modality": "asserted", "confidence": 0.85,
    }
    return build(Record, {
        "schema_version": "1",
        "source": {"path": path, "sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "format": "text"},
        "article": {"title": "Convoy ambushed near Mbeya", "outlet": "Highland Times",
                    "published": "2024-06-08T06:00:00Z", "language": "en"},
        "events": [ambush] * events, "warnings": [],
    })


def test_json_lines_are_orjson_bytes_in_record_order():
    stream = io.BytesIO()
    writer = JsonLinesWriter(stream)
    record = small_record()
    writer.write(record)
    writer.write(error_record(InputError("news/empty.txt", "read", "the file is empty")))
    writer.close()
    first, second = stream.getvalue().splitlines()
    assert first == orjson.dumps(record) and first.startswith(b'{"schema_version":"1","source":{"path":')
    assert orjson.loads(second)["error"]["message"] == "the file is empty"


def test_json_array_streams_a_valid_array_and_an_empty_one():
    stream = io.BytesIO()
    writer = JsonArrayWriter(stream, pretty=True)
    writer.write(small_record("a.txt"))
    writer.write(small_record("b.txt"))
    writer.close()
    assert [r["source"]["path"] for r in orjson.loads(stream.getvalue())] == ["a.txt", "b.txt"]
    assert b'\n  "schema_version": "1"' in stream.getvalue()
    empty = io.BytesIO()
    JsonArrayWriter(empty).close()
    assert empty.getvalue() == b"[]\n"


def test_every_column_reads_a_field_of_the_record_classes():
    assert COLUMN_NAMES[:3] == ("path", "line", "record_id") and "geo_precision" in COLUMN_NAMES
    for column in COLUMNS:
        assert column.kind in (str, int, float, bool) and column.description
    kinds = {column.name: column.kind for column in COLUMNS}
    assert (kinds["geo_precision"], kinds["latitude"], kinds["main"], kinds["actor2"]) == (int, float, bool, str)
    with pytest.raises(ValueError, match="column 'bad': Location has no field 'district'"):
        Column("bad", "event.location.district").resolved


def test_event_rows_flatten_an_event_with_its_article_and_source():
    (row,) = event_rows(small_record())
    assert list(row) == list(COLUMN_NAMES)
    assert (row["path"], row["line"], row["title"], row["event_id"]) == ("news/mbeya.txt", None,
                                                                        "Convoy ambushed near Mbeya", "e1")
    assert (row["actor2"], row["actor2_sector"]) == ("Police; Convoy", "COP; ")
    assert (row["location"], row["admin2"], row["location_precision"], row["geo_precision"]) == (
        "Mbeya", None, "exact", 1)
    assert (row["source_speaker"], row["trigger"], row["killed"]) == ("the regional commander", "ambushed", 3)
    calm = small_record()
    calm["events"][0].update(acled=None, date=None, location=None, attribution=None, actor=[])
    (row,) = event_rows(calm)
    assert (row["event_type"], row["event_date"], row["latitude"], row["source_via"], row["actor1"]) == (
        None, None, None, None, "")
    assert list(event_rows(error_record(InputError("x.txt", "read", "unreadable")))) == []


def test_csv_writes_the_header_once_and_one_row_per_event():
    stream = io.StringIO()
    writer = CsvWriter(stream)
    writer.write(small_record(events=2))
    writer.write(error_record(InputError("x.txt", "read", "unreadable")))
    writer.close()
    rows = list(csv.reader(io.StringIO(stream.getvalue())))
    assert tuple(rows[0]) == COLUMN_NAMES and len(rows) == 3
    row = dict(zip(rows[0], rows[1]))
    assert (row["line"], row["main"], row["latitude"], row["geo_precision"], row["admin2"]) == ("", "True", "-8.9",
                                                                                                   "1", "")


def test_parquet_columns_are_typed_from_the_record_fields(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "out" / "events.parquet"
    writer = make_writer("parquet", target)
    writer.write(small_record(events=2))
    writer.write(error_record(InputError("x.txt", "read", "unreadable")))
    assert not target.exists()  # renamed into place only when complete
    writer.close()
    table = pq.read_table(target)
    assert table.column_names == list(COLUMN_NAMES) and table.num_rows == 2
    types = {field.name: str(field.type) for field in table.schema}
    assert (types["geo_precision"], types["latitude"], types["main"], types["line"]) == ("int64", "double", "bool",
                                                                                         "int64")
    assert table.column("geo_precision").to_pylist() == [1, 1]
    with pytest.raises(ValueError, match="needs -o FILE.parquet"):
        make_writer("parquet", None)


def test_table_shows_each_event_and_error_lines():
    stream = io.StringIO()
    writer = TableWriter(stream, width=200)
    writer.write(small_record())
    writer.write(error_record(InputError("news/bad.txt", "read", "cannot decode")))
    writer.close()
    shown = stream.getvalue()
    assert "ASSAULT/firearms" in shown and "Militia → Police, Convoy" in shown and "Mbeya, TZ" in shown
    assert "news/bad.txt: cannot decode" in shown and "1 events" in shown


def test_directory_writer_mirrors_inputs_and_refuses_to_overwrite_one(tmp_path):
    news = tmp_path / "news"
    (news / "east").mkdir(parents=True)
    article = news / "east" / "mbeya.txt"
    article.write_text(TEXT)
    writer = DirectoryWriter(tmp_path / "out", [str(news)], manifest={"version": "test"})
    record = small_record(str(article))
    writer.write(record)
    writer.close()
    written = tmp_path / "out" / "east" / "mbeya.json"
    assert written.read_bytes() == orjson.dumps(record, option=orjson.OPT_INDENT_2) + b"\n"
    again = DirectoryWriter(tmp_path / "out", [str(news)], manifest={"version": "test"})
    assert again.is_current(record["source"])
    assert not DirectoryWriter(tmp_path / "out", [str(news)], manifest={"version": "other"}).is_current(
        record["source"])
    onto_input = DirectoryWriter(news / "east", [str(news / "east" / "mbeya.json")], manifest={})
    with pytest.raises(OutputPathError, match="is an input"):
        onto_input.path_for({"path": str(news / "east" / "mbeya.json"), "line": None})


@pytest.mark.parametrize("output_format", FORMATS)
def test_make_writer_picks_one_writer_per_format(output_format, tmp_path):
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    output = tmp_path / f"events.{output_format}" if output_format in ("parquet", "html") else None
    if output_format == "parquet":
        pytest.importorskip("pyarrow")
    writer = make_writer(output_format, output, stdout=stdout)
    writer.write(small_record())
    writer.close()
    stdout.flush()
    written = output.read_bytes() if output else stdout.buffer.getvalue()
    assert written and (output_format != "jsonl" or orjson.loads(written) == small_record())
    assert isinstance(make_writer("jsonl", tmp_path / "folder", inputs=["news"]), DirectoryWriter)

