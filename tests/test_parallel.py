"""Scale: worker processes, resumable output folders, Parquet, interrupted runs."""

import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from articles import write_articles  # noqa: E402

TOOL = [sys.executable, "-m", "article2json"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_articles(folder, 40, seed=3)
    return folder


def convert(*args, check=True):
    return subprocess.run([*TOOL, *map(str, args), "--no-progress"], capture_output=True, check=check, timeout=600)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_two_workers_give_the_same_bytes_in_input_order(corpus):
    one = convert(corpus, "--jobs", "1").stdout
    two = convert(corpus, "--jobs", "2").stdout
    assert one == two
    paths = [orjson.loads(line)["source"]["path"] for line in one.splitlines()]
    assert len(paths) == 40 and paths == sorted(paths)


@pytest.mark.slow
def test_killed_run_resumes_to_the_same_files(corpus, tmp_path):
    reference, resumed = tmp_path / "reference", tmp_path / "resumed"
    convert(corpus, "--jobs", "1", "-o", reference)
    process = subprocess.Popen([*TOOL, str(corpus), "--jobs", "1", "-o", str(resumed), "--no-progress"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while len(list(resumed.rglob("*.json"))) < 5 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=120) in (130, 0)
    partial = tree(resumed)
    assert not [name for name in partial if name.endswith(".part")]
    for name, data in partial.items():
        orjson.loads(data)  # every file left behind is complete JSON
    done = convert(corpus, "--jobs", "2", "-o", resumed, "--skip-existing")
    assert done.returncode == 0
    assert tree(resumed) == tree(reference)


@pytest.mark.slow
def test_skip_existing_reconverts_changed_inputs(tmp_path):
    (tmp_path / "in").mkdir()
    article = tmp_path / "in" / "a.txt"
    article.write_text("Rebels attacked a convoy on Monday, the army said.\n")
    out = tmp_path / "out"
    convert(tmp_path / "in", "-o", out)
    first = (out / "a.json").read_bytes()
    article.write_text("Rebels attacked a convoy on Tuesday, the army said.\n")
    convert(tmp_path / "in", "-o", out, "--skip-existing")
    assert (out / "a.json").read_bytes() != first
    assert b"Tuesday" not in first


@pytest.mark.slow
def test_parquet_has_one_row_per_event(corpus, tmp_path):
    import pyarrow.parquet as pq

    target = tmp_path / "events.parquet"
    done = convert(corpus, "-f", "parquet", "-o", target, "--jobs", "1")
    assert done.returncode == 0
    table = pq.read_table(target)
    records = [orjson.loads(line) for line in convert(corpus, "--jobs", "1").stdout.splitlines()]
    assert table.num_rows == sum(len(r["events"]) for r in records)
    assert "event_type" in table.column_names and "killed" in table.column_names
    assert not list(tmp_path.glob("*.part"))
