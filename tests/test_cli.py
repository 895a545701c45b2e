"""The command line as users drive it: inputs, formats, exit codes, streams."""

import csv
import io
import os
import pty
import subprocess
import sys

import orjson
import pytest

from article2json.writers.columns import COLUMN_NAMES
from conftest import ROOT

CLASH = ("Troops repel rebel assault on hill outpost\nThe Highland Herald\nSat, 02 Mar 2024 09:15 UTC\n"
         "Government troops repelled an assault by rebels on an outpost near Kabasa on Friday, the army said.\n"
         "Two soldiers were killed and five wounded in the fighting, which lasted three hours.\n")
PROTEST = ("Students march against fee rise\nCampus Wire\nMarch 5, 2024\n"
           "Thousands of students marched through the capital on Tuesday to protest against higher fees.\n")


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "news" / "east").mkdir(parents=True)
    (tmp_path / "news" / "clash.txt").write_text(CLASH)
    (tmp_path / "news" / "east" / "protest.txt").write_text(PROTEST)
    return tmp_path / "news"


def test_seed_article_metadata(run_cli, seed_path):
    result, (record,) = run_cli(str(seed_path))
    assert result.exit_code == 0
    assert record["article"] == {"title": "Syrian army, Russian jets repel violent ISIS attack in Raqqa desert",
                                 "outlet": "The Cradle", "published": "2023-11-14T00:00:00Z", "language": "en",
                                 "text": None}


def test_stdin_gives_the_same_record_as_the_file(run_cli, tmp_path):
    path = tmp_path / "clash.txt"
    path.write_text(CLASH)
    _, (from_file,) = run_cli(str(path))
    result, (from_stdin,) = run_cli("-", input=CLASH.encode())
    assert result.exit_code == 0
    assert from_stdin["source"]["path"] == "-"
    from_file["source"]["path"] = "-"
    assert from_stdin == from_file


def test_record_keys_and_entities(run_cli, tmp_path):
    path = tmp_path / "clash.txt"
    path.write_text(CLASH)
    _, (record,) = run_cli(str(path), "--include-text")
    assert list(record) == ["schema_version", "source", "article", "entities", "dates", "places", "quotes",
                            "events", "warnings"]
    text = record["article"]["text"]
    assert text == CLASH
    assert record["entities"], "the clash article names places and dates"
    for entity in record["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]
    outlet_and_dateline = (CLASH.index("The Highland"), CLASH.index("Government"))
    assert not any(outlet_and_dateline[0] <= e["start"] < outlet_and_dateline[1] for e in record["entities"])


@pytest.mark.slow
def test_same_input_same_bytes(folder):
    runs = [subprocess.run([sys.executable, "-m", "article2json", str(folder)], capture_output=True) for _ in range(2)]
    assert runs[0].returncode == 0 and runs[0].stdout == runs[1].stdout and runs[0].stdout.count(b"\n") == 2


def test_folder_is_walked_sorted(run_cli, folder):
    result, records = run_cli(str(folder))
    assert [r["source"]["path"] for r in records] == [str(folder / "clash.txt"), str(folder / "east" / "protest.txt")]


def test_json_array_csv_and_table(run_cli, folder):
    result, _ = run_cli(str(folder), "--format", "json", "--pretty")
    array = orjson.loads(result.stdout_bytes)
    assert [r["article"]["outlet"] for r in array] == ["The Highland Herald", "Campus Wire"]
    result, _ = run_cli(str(folder), "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == COLUMN_NAMES
    result, _ = run_cli(str(folder), "--format", "table")
    assert "Troops repel rebel assault on hill outpost" in result.stdout and "Campus Wire" in result.stdout


def test_output_folder_mirrors_the_tree(run_cli, folder, tmp_path):
    out = tmp_path / "out"
    result, _ = run_cli(str(folder), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == [".article2json-run.json", "clash.json", "east/protest.json"]
    assert orjson.loads((out / "east" / "protest.json").read_bytes())["article"]["title"] == "Students march against fee rise"


def test_bad_inputs_are_named_and_the_rest_converted(run_cli, folder):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 4)
    result, records = run_cli(str(folder), str(folder / "missing.txt"))
    assert result.exit_code == 3
    assert len(records) == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3
    assert any("empty.txt: empty input" in line for line in lines)
    assert any("blob.txt: binary data" in line for line in lines)
    assert any("missing.txt: no such file or directory" in line for line in lines)


def test_errors_inline_and_fail_fast(run_cli, folder):
    (folder / "a-empty.txt").write_bytes(b"")
    result, records = run_cli(str(folder), "--errors-inline")
    assert result.exit_code == 3
    assert records[0] == {"source": {"path": str(folder / "a-empty.txt"), "line": None},
                          "error": {"type": "empty", "message": "empty input"}}
    assert len(records) == 3
    result, records = run_cli(str(folder), "--fail-fast")
    assert result.exit_code == 1 and records == []


def test_published_default_and_override(run_cli, tmp_path):
    path = tmp_path / "bare.txt"
    path.write_text("Rebels attacked a convoy on Monday, the army said.\n")
    _, (record,) = run_cli(str(path), "--published", "2024-05-01")
    assert record["article"]["published"] == "2024-05-01T00:00:00Z"
    dated = tmp_path / "dated.txt"
    dated.write_text(CLASH)
    _, (record,) = run_cli(str(dated), "--published-override", "2020-01-02T10:00:00Z")
    assert record["article"]["published"] == "2020-01-02T10:00:00Z"
    result, _ = run_cli(str(dated), "--published", "next blursday")
    assert result.exit_code == 2 and "cannot read 'next blursday' as a date" in result.stderr


def test_unknown_extractor_is_a_usage_error(run_cli, folder):
    result, records = run_cli(str(folder), "-e", "entities,evnts")
    assert result.exit_code == 2 and records == []
    assert "unknown extractor 'evnts'; available: " in result.stderr


def test_missing_model_is_one_line_and_exit_1(run_cli, folder):
    result, records = run_cli(str(folder), "--model", "no_such_pipeline_xx")
    assert result.exit_code == 1 and records == []
    assert result.stderr.count("\n") == 1 and "cannot load spaCy pipeline 'no_such_pipeline_xx'" in result.stderr


def test_article_only_runs_without_spacy(run_cli, folder):
    result, records = run_cli(str(folder), "-e", "article", "--model", "no_such_pipeline_xx")
    assert result.exit_code == 0 and records[0]["entities"] == []


def test_extractors_and_schema_commands(run_cli):
    result, _ = run_cli("extractors")
    assert result.exit_code == 0 and "entities" in result.stdout and "requires: doc" in result.stdout
    result, _ = run_cli("schema")
    schema = orjson.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "events" in schema["properties"]


def test_no_input_on_a_terminal_is_a_usage_error():
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "article2json"], stdin=terminal, capture_output=True, timeout=60)
    finally:
        os.close(controller)
        os.close(terminal)
    assert done.returncode == 2
    assert b"Usage:" in done.stderr and b"no input" in done.stderr and done.stdout == b""


def test_head_closes_the_pipe_quietly(folder):
    for _ in range(3):
        (folder / f"copy{_}.txt").write_text(CLASH)
    done = subprocess.run(f"{sys.executable} -m article2json {folder} | head -1", shell=True, capture_output=True,
                          timeout=120)
    assert done.returncode == 0 and done.stdout.count(b"\n") == 1
    assert b"Traceback" not in done.stderr and b"Error" not in done.stderr


def test_help_and_extractors_do_not_import_spacy():
    for command in (["--help"], ["extractors"]):
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "article2json", *command],
                              capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert done.returncode == 0
        imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines()}
        assert "spacy" not in imported and "trafilatura" not in imported and "rich" not in imported
