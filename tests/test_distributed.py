"""The Dask path: the same records as a local run, on a local cluster of two worker processes."""

from pathlib import Path

import orjson
import pytest

from article2json.distributed import convert_with_dask
from article2json.pipeline import Pipeline, PipelineConfig
from article2json.readers import read_inputs

ARTICLE = ("Gunmen attack police post in {place}\nThe Valley Times\nMon, 04 Mar 2024 06:00 UTC\n"
           "Gunmen attacked a police post in {place} on Sunday, killing {n} officers, police said.\n")


@pytest.fixture(scope="module")
def cluster_client():
    distributed = pytest.importorskip("dask.distributed", reason="dask is part of the test extra")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.mark.slow
def test_dask_gives_the_local_records_in_order(cluster_client, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for index, place in enumerate(["Kano", "Jos", "Kaduna", "Zaria", "Bauchi"]):
        (folder / f"{index}.txt").write_text(ARTICLE.format(place=place, n=index + 2))
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text('{"id": "r1", "text": "Troops clashed with rebels near Goma on Monday."}\n'
                      "not json\n"
                      '{"id": "r2", "text": "Protesters marched in Nairobi on Tuesday."}\n')
    output = tmp_path / "out"
    summary = convert_with_dask(cluster_client, [str(folder), str(corpus)], output, partition_size=2)
    assert (summary.records, summary.errors) == (7, 1)
    lines = [orjson.loads(line) for part in summary.parts for line in (output / part).read_bytes().splitlines()]
    local = list(Pipeline(PipelineConfig()).run(read_inputs([str(folder), str(corpus)])))
    assert len(lines) == len(local) == 8
    error = lines[6]
    assert error["error"]["type"] == "json" and error["source"] == {"path": str(corpus), "line": 2}
    assert [r for r in lines if "error" not in r] == [r for r in local if isinstance(r, dict)]
    assert not list(Path(output).glob("*.part"))
