"""`article2json dask`: convert a folder or JSON Lines corpus on a Dask cluster."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command("dask")
@click.argument("inputs", nargs=-1, required=True, metavar="FILE|DIR...")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the part-NNNNN.jsonl files.")
@click.option("--scheduler", metavar="ADDRESS", help="A running Dask scheduler (tcp://host:8786); "
              "default: a local cluster on this machine.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Worker processes of the local cluster.")
@click.option("--partition-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Articles per task.")
@click.option("--glob", metavar="PATTERN", help="Inside directories, take only files whose name matches.")
@click.option("-e", "--extractors", "extractor_names", metavar="NAMES", help="Comma-separated extractors to run.")
@click.option("--model", metavar="NAME", help="spaCy pipeline to use on the workers.")
def dask_command(inputs, output, scheduler, workers, partition_size, glob, extractor_names, model) -> None:
    """Convert INPUTS on a Dask cluster into OUTPUT/part-NNNNN.jsonl (records and error records,
    in input order). Needs `pip install 'article2json[distributed]'`. Exit 3 when some inputs failed."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise click.ClickException("the dask command needs Dask: pip install 'article2json[distributed]'") from None
    from article2json.distributed import convert_with_dask
    from article2json.extractors.registry import PlanError
    from article2json.pipeline import PipelineConfig

    names = tuple(n.strip() for n in extractor_names.split(",") if n.strip()) if extractor_names else None
    config = PipelineConfig(extractors=names, model=model)
    try:
        if scheduler:
            with Client(scheduler) as client:
                summary = convert_with_dask(client, inputs, output, config, partition_size, glob)
        else:
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                summary = convert_with_dask(client, inputs, output, config, partition_size, glob)
    except PlanError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"article2json: {summary.records} records, {summary.errors} errors in {len(summary.parts)} "
               f"part files under {output}", err=True)
    sys.exit(3 if summary.errors else 0)
