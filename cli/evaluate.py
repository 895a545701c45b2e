"""`article2json eval`: score predictions against gold records, or score the dev sets.

Heavy modules (the pipeline, spaCy, rich) are imported only when the command runs.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

FORMATS = ("table", "json")


def warn(message: str) -> None:
    click.echo(f"article2json: eval: {message}", err=True)


def _dev_reports(names: str, data: str | None, limit: int | None, model: str | None) -> tuple[list, list, dict]:
    from article2json.evaluation.devsets import data_dir, devsets
    from article2json.evaluation.runner import evaluate_devset

    available = devsets()
    wanted = list(available) if names == "all" else [n.strip() for n in names.split(",") if n.strip()]
    unknown = [n for n in wanted if n not in available]
    if unknown:
        raise click.BadParameter(f"unknown dev set '{unknown[0]}'; available: all, {', '.join(available)}",
                                 param_hint="--dev")
    root = data_dir(data)
    reports, skipped = [], []
    for name in wanted:
        devset = available[name]
        if not (root / devset.PATH).exists():
            warn(f"skipping {name}: {root / devset.PATH} not found (set --data or $ARTICLE2JSON_DEV_DATA)")
            skipped.append(name)
            continue
        report = evaluate_devset(devset, root, limit, model, warn)
        warn(f"{name}: {report['articles']} articles scored in {report['seconds']} s")
        reports.append(report)
    return reports, skipped, {name: module.HEADLINE for name, module in available.items()}


def _gold_report(gold: Path, predictions: Path | None, limit: int | None, model: str | None) -> dict:
    from article2json.evaluation.devsets import sample
    from article2json.evaluation.gold import read_gold
    from article2json.evaluation.runner import evaluate_cases

    cases = sample(read_gold(gold, with_articles=predictions is None), limit)
    report = {"set": gold.name, "about": f"gold {gold}" + (f", predictions {predictions}" if predictions else "")}
    report.update(evaluate_cases(cases, predictions, model, warn))
    return report


@click.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-p", "--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score this JSON Lines file of article2json output instead of running the pipeline.")
@click.option("--dev", "dev_names", metavar="NAME|all", help="Score dev sets (comma-separated names, or all).")
@click.option("--data", metavar="DIR", help="Dev-data folder (default: $ARTICLE2JSON_DEV_DATA, else ../shared/dev-data).")
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="Score an evenly spread sample of N articles per set.")
@click.option("--model", metavar="NAME", help="spaCy pipeline to run (default as for conversion).")
@click.option("-f", "--format", "output_format", type=click.Choice(FORMATS),
              help="Output format. Default: table on a terminal, json otherwise.")
@click.option("--write-markdown", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Also write the scores as Markdown (EVALUATION.md).")
def evaluate(gold, predictions, dev_names, data, limit, model, output_format, write_markdown) -> None:
    """Score predictions against GOLD (JSON Lines, see docs/evaluation.md), or score the dev sets.

    \b
    article2json eval gold.jsonl                    run the pipeline on the gold texts and score
    article2json eval gold.jsonl -p pred.jsonl      score article2json output made earlier
    article2json eval --dev all                     score every dev set (--dev articles-dev for one)
    """
    import orjson

    from article2json.evaluation.gold import GoldError
    from article2json.evaluation.runner import model_label
    from article2json.extractors.model import ModelError
    from article2json.extractors.registry import PlanError

    if (gold is None) == (dev_names is None):
        raise click.UsageError("name a GOLD file or --dev NAME|all (one of the two)")
    if predictions is not None and gold is None:
        raise click.UsageError("--predictions goes with a GOLD file")
    headlines: dict = {}
    skipped: list[str] = []
    try:
        if dev_names is not None:
            reports, skipped, headlines = _dev_reports(dev_names, data, limit, model)
        else:
            reports = [_gold_report(gold, predictions, limit, model)]
    except (GoldError, ModelError, PlanError) as exc:
        raise click.ClickException(str(exc)) from None
    label = model_label(model) if predictions is None else "(predictions file)"
    today = date.today().isoformat()
    if write_markdown is not None:
        from article2json.evaluation.report import markdown

        command = " ".join(["article2json eval", str(gold) if gold else f"--dev {dev_names}",
                            *([f"--limit {limit}"] if limit else []), *([f"--model {model}"] if model else []),
                            f"--write-markdown {write_markdown}"])
        write_markdown.write_text(markdown(reports, headlines, today, label, command, skipped), encoding="utf-8")
    fmt = output_format or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        result = {"date": today, "model": label, "sets": reports, "skipped": skipped}
        click.echo(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode())
    else:
        from article2json.evaluation.report import print_tables

        print_tables(reports, sys.stdout)
