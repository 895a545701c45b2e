"""Bad and hostile input: never a traceback, exactly one record or error per input, valid offsets,
bounded time, nothing written outside the output folder."""

import os
import subprocess
import sys
import textwrap

import orjson
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from article2json.extractors.base import Article
from article2json.pipeline import Pipeline, PipelineConfig
from article2json.readers import InputError, read_bytes

TOOL = [sys.executable, "-m", "article2json"]
GOOD = "Rebels attack army base in the north\nThe Valley Times\nMon, 04 Mar 2024 06:00 UTC\n" \
       "Rebels attacked an army base near Bura on Sunday, killing three soldiers, the army said.\n"
AWKWARD_TEXT = st.text(alphabet=st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(["\u0301", "\u200b", "\u200f", "\u202e", "\ufeff", "\u05d0", "\u0627", "\n", " ", "—", "\r"])),
    max_size=400)


@pytest.fixture(scope="module")
def pipeline():
    """No time limit: these tests check the records, not the speed of a shared machine."""
    return Pipeline(PipelineConfig(timeout=None))


def spans(value):
    """Every object with start/end offsets inside a record."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield value
        for inner in value.values():
            yield from spans(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from spans(inner)


def check_record(record, text, validator):
    validator.validate(record)
    orjson.dumps(record)
    for span in spans({k: v for k, v in record.items() if k not in ("source", "article")}):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        if isinstance(span.get("text"), str) and "sentence" not in span:
            assert text[span["start"]:span["end"]] == span["text"], span


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["x.txt", "x.html", "x.json", "x.jsonl", "x"]))
@example(b"{\n\x01", "x")  # found by hypothesis: looks like JSON Lines, no line parses
def test_random_bytes_never_raise(data, name):
    items = list(read_bytes(data, name))
    assert items and all(isinstance(i, (Article, InputError)) for i in items)
    if not name.startswith("x.json"):
        assert len(items) == 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(AWKWARD_TEXT)
def test_random_unicode_gives_one_valid_record_or_one_error(pipeline, schema_validator, text):
    items = list(read_bytes(text.encode("utf-8"), "x.txt"))
    results = list(pipeline.run(items))
    assert len(results) == 1
    if isinstance(results[0], dict):
        check_record(results[0], items[0].text, schema_validator)


@pytest.mark.slow
@pytest.mark.parametrize("make", [
    lambda: GOOD + "word " * 100_000 + "\n",  # a very long line
    lambda: GOOD + "Tiny.\n" * 100_000,  # 100,000 tiny paragraphs
    lambda: GOOD + "(" * 5000 + "in Goma on Monday" + ")" * 5000 + "\n",
    lambda: GOOD + ("1, " * 20_000) + "killed\n",
])
def test_pathological_text_finishes(pipeline, schema_validator, make):
    text = make()
    (article,) = read_bytes(text.encode(), "big.txt")
    (record,) = pipeline.run([article])
    check_record(record, text, schema_validator)


def test_deeply_nested_json_and_pathological_html():
    nested = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    (error,) = read_bytes(nested, "deep.json")
    assert isinstance(error, InputError)
    html = b"<html><body>" + b"<div>" * 20_000 + b"<p>Rebels attacked a base near Goma on Monday.</p>" + b"</span>" * 500
    (item,) = read_bytes(html, "page.html")
    assert isinstance(item, (Article, InputError))


@pytest.mark.slow
def test_two_hundred_inputs_twenty_bad_nothing_lost(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    bad = {}
    for index in range(200):
        path = folder / f"{index:03d}.txt"
        if index % 10 == 3:
            path.write_bytes([b"", b" \n ", b"\x00\x01\x02\x03" * 50, b"\x00\xff\xfe garbage"][index // 10 % 4])
            bad[path.name] = True
        else:
            path.write_text(GOOD.replace("three", str(index)))
    done = subprocess.run([*TOOL, str(folder), "--jobs", "2", "--errors-inline", "--no-progress"],
                          capture_output=True, timeout=900)
    assert done.returncode == 3
    records = [orjson.loads(line) for line in done.stdout.splitlines()]
    assert len(records) == 200
    errors = [r for r in records if "error" in r]
    assert len(errors) == 20
    names = [r["source"]["path"].rsplit("/", 1)[1] for r in records]
    assert names == sorted(names) == [f"{i:03d}.txt" for i in range(200)]
    assert {r["source"]["path"].rsplit("/", 1)[1] for r in errors} == set(bad)
    assert len(done.stderr.decode().strip().splitlines()) == 20


def test_output_never_lands_outside_the_folder_or_on_an_input(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "../../escape", "text": "Troops clashed with rebels near Goma."}\n'
                    '{"id": "/etc/passwd", "text": "Protesters marched in Nairobi."}\n')
    out = tmp_path / "out"
    done = subprocess.run([*TOOL, str(feed), "-o", str(out)], capture_output=True, timeout=300)
    assert done.returncode == 0
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.json"))
    assert written == ["out/.article2json-run.json", "out/feed/000001.json", "out/feed/000002.json"]
    same = tmp_path / "same"
    same.mkdir()
    (same / "story.json").write_text('{"text": "Troops clashed with rebels near Goma."}')
    before = (same / "story.json").read_bytes()
    done = subprocess.run([*TOOL, str(same), "-o", str(same)], capture_output=True, timeout=300)
    assert done.returncode == 3 and b"is an input" in done.stderr
    assert (same / "story.json").read_bytes() == before


@pytest.fixture
def slow_plugin(tmp_path, monkeypatch):
    (tmp_path / "slow_plugin.py").write_text(textwrap.dedent('''
        import time
        from article2json.extractors.base import Extractor

        class Slow(Extractor):
            """Sleeps on articles that mention a tarpit."""
            name = "slow"
            def __call__(self, article, found):
                if "tarpit" in article.text:
                    time.sleep(30)
                return None
    '''))
    info = tmp_path / "slow_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: slow-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[article2json.extractors]\nslow = slow_plugin:Slow\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("jobs", ["1", "2"])  # in this process and in worker processes
def test_timeout_turns_a_runaway_article_into_an_error(slow_plugin, tmp_path, jobs):
    (tmp_path / "a.txt").write_text("A tarpit swallowed the convoy.\n")
    (tmp_path / "b.txt").write_text("Rebels attacked a convoy on Monday.\n")
    done = subprocess.run([*TOOL, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-e", "slow",
                           "--timeout", "1", "--errors-inline", "--jobs", jobs], capture_output=True, timeout=120)
    assert done.returncode == 3
    first, second = (orjson.loads(line) for line in done.stdout.splitlines())
    assert first["error"]["type"] == "timeout" and "1 s limit" in first["error"]["message"]
    assert second["source"]["path"].endswith("b.txt")


def mixed_folder(folder):
    """A folder of a text, an HTML page and a JSON Lines feed of two records."""
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "b.html").write_text("<html><body><article><p>Rebels attacked an army base near Bura on Sunday, "
                                   "killing three soldiers, the army said.</p></article></body></html>")
    (folder / "c.jsonl").write_text('{"text": "Police arrested ten protesters in Nairobi on Monday."}\n'
                                    '{"text": "Troops shelled a village near Bura, killing two."}\n')
    return folder


def check_html_failed(stdout, stderr):
    records = [orjson.loads(line) for line in stdout.splitlines()]
    assert [r["source"]["path"].rsplit("/", 1)[1] for r in records] == ["a.txt", "b.html", "c.jsonl", "c.jsonl"]
    assert ["error" in r for r in records] == [False, True, False, False]
    assert "import" in records[1]["error"]["message"].lower()
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1


def test_failing_html_import_costs_only_the_html(tmp_path, monkeypatch, run_cli):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` raises ImportError
    result, _ = run_cli(str(mixed_folder(tmp_path / "in")), "--errors-inline", "--jobs", "1")
    assert result.exit_code == 3
    check_html_failed(result.stdout_bytes, result.stderr)


@pytest.mark.slow
def test_failing_html_import_with_worker_processes(tmp_path, monkeypatch):
    broken = tmp_path / "broken"
    (broken / "trafilatura").mkdir(parents=True)
    (broken / "trafilatura" / "__init__.py").write_text("raise ImportError('lxml.html.clean is a separate project')\n")
    monkeypatch.setenv("PYTHONPATH", str(broken))
    done = subprocess.run([*TOOL, str(mixed_folder(tmp_path / "in")), "--errors-inline", "--jobs", "2",
                           "--no-progress"], capture_output=True, timeout=600)
    assert done.returncode == 3
    check_html_failed(done.stdout, done.stderr.decode())


@pytest.mark.slow
def test_every_kind_of_bad_input_gives_one_record_or_error_in_order(tmp_path):
    import gzip

    folder = tmp_path / "mixed"
    folder.mkdir()
    broken = tmp_path / "broken"
    (broken / "trafilatura").mkdir(parents=True)
    (broken / "trafilatura" / "__init__.py").write_text("raise ImportError('lxml.html.clean is a separate project')\n")
    inputs = {
        "01-good.txt": GOOD.encode(),
        "02-page.html": b"<html><body><p>Rebels attacked an army base near Bura on Sunday.</p></body></html>",
        "03-binary.txt": b"\x00\x01\x02\x03" * 64,
        "04-empty.txt": b"",
        "05-bomb.txt.gz": gzip.compress(b" " * 60_000_000),
        "06-malformed.json": b'{"text": "Rebels attacked',
        "07-huge.txt": b"Clash near Bura\n\nAt least 99999999999999999999 people were killed, officials said.\n",
        "08-long.txt": b"Rebels shelled the town " * 42_000 + b"\n",
        "09-feed.jsonl": b'{"text": "Police arrested ten protesters in Nairobi on Monday."}\n',
    }
    for name, data in inputs.items():
        (folder / name).write_bytes(data)
    env = {**os.environ, "PYTHONPATH": str(broken)}
    done = subprocess.run([*TOOL, str(folder), "--errors-inline", "--no-progress", "--jobs", "1"],
                          capture_output=True, timeout=300, env=env)
    assert done.returncode == 3, done.stderr
    assert b"Traceback" not in done.stderr
    records = [orjson.loads(line) for line in done.stdout.splitlines()]
    assert [r["source"]["path"].rsplit("/", 1)[1] for r in records] == list(inputs)
    failed = {r["source"]["path"].rsplit("/", 1)[1] for r in records if "error" in r}
    assert {"02-page.html", "03-binary.txt", "04-empty.txt", "05-bomb.txt.gz", "06-malformed.json"} <= failed
    assert not failed & {"01-good.txt", "07-huge.txt", "09-feed.jsonl"}
    huge = records[6]
    assert all(e["killed"] is None for e in huge["events"]) and huge["warnings"]
