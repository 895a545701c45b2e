"""`article2json explain FILE`: what each stage of the events extractor produced for an article
(mentions and their triggers, roles, casualty figures, incidents after merging, types, the main
event, links, the output records), so that a wrong field can be traced to the stage that made it.
Readable text on a terminal, JSON otherwise (`--format` wins). Heavy modules load when it runs.
"""

from __future__ import annotations

import sys
from typing import Any

import click

FORMATS = ("text", "json")


@click.command("explain")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("-f", "--format", "output_format", type=click.Choice(FORMATS),
              help="Output format. Default: text on a terminal, json otherwise.")
@click.option("--model", metavar="NAME", help="spaCy pipeline to use.")
def explain(file: str, output_format: str | None, model: str | None) -> None:
    """Show what each events stage produced for the article(s) in FILE ("-" reads standard input)."""
    import orjson

    from article2json.cli.status import ExitStatus
    from article2json.pipeline import Pipeline, PipelineConfig
    from article2json.readers import InputError, read_inputs

    pipeline = Pipeline(PipelineConfig(extractors=("events",), model=model))
    text = (output_format or ("text" if sys.stdout.isatty() else "json")) == "text"
    failed = False
    stdin = sys.stdin.buffer.read() if file == "-" else None
    for item in read_inputs([file], stdin=stdin):
        if isinstance(item, InputError):
            click.echo(f"article2json: explain: {item.describe()}", err=True)
            failed = True
            continue
        stages = stage_outputs(pipeline, item)
        if isinstance(stages, InputError):
            click.echo(f"article2json: explain: {stages.describe()}", err=True)
            failed = True
            continue
        label = item.source.path + (f":{item.source.line}" if item.source.line else "")
        if text:
            click.echo(render_text(label, stages))
        else:
            click.echo(orjson.dumps({"source": label, "stages": stages}).decode())
    sys.exit(ExitStatus.SOME_INPUTS_FAILED if failed else ExitStatus.OK)


def stage_outputs(pipeline, article) -> dict[str, Any] | Any:
    """Run the extractors the events need, then the events stages with their trace; the InputError
    of an article the spaCy pipeline failed on. The article is parsed as a conversion parses it."""
    from article2json.readers import InputError
    from article2json.record import Event, build

    doc = pipeline.parse([article])[0]
    if isinstance(doc, InputError):
        return doc
    found: dict[str, Any] = {"doc": doc}

    for extractor in pipeline.extractors:
        if extractor.name == "events":
            stages = extractor.explain(article, found)
            stages["record"] = [build(Event, event) for event in stages["record"]]  # laid out as the output is
            return stages
        found[extractor.name] = extractor(article, found)
    return {}


def _actors(items: list[dict]) -> str:
    return ", ".join(f"{a['name']}" + (f" ({a['sector']})" if a.get("sector") else "") for a in items) or "-"


def _labels(item: dict) -> str:
    acled = item.get("acled")
    return f"{item['type']}/{item['mode'] or '-'}; " + (f"{acled['event_type']} / {acled['sub_event_type']}"
                                                        if acled else "no ACLED type")


def _place(item: dict | None) -> str:
    return "-" if not item else f"{item['name']} ({item.get('country') or '?'}, {item.get('precision')})"


def _date(item: dict | None) -> str:
    return "-" if not item else f"{item['value']} ({item['basis']}: {item.get('text')!r})"


LINES = {
    "triggers": lambda m: f"s{m['sentence']} {m['trigger']!r} @{m['start']}: {m['entry']} [{m['kind']}] "
                          f"{m['plover']}/{m['mode'] or '-'}" + (" (headline)" if m["headline"] else ""),
    "roles": lambda m: f"{m['trigger']!r} @{m['start']}: {_actors(m['actor'])} -> {_actors(m['recipient'])}; "
                       f"{m['modality']}",
    "casualties": lambda m: f"{m['trigger']!r} @{m['start']}: " + "; ".join(
        f"{c['kind']} {c['count']} (low {c['low']}, high {c['high']}) {c['text']!r}"
        + (f" [{', '.join(c['flags'])}]" if c["flags"] else "") for c in m["casualties"]),
    "typing": lambda e: f"{e['trigger']!r} @{e['start']}: {_labels(e)}" + (" (headline)" if e["headline"] else "")
    + (f" [table row {e['rule']}]" if e.get("rule") else ""),
    "main_event": lambda e: ("* " if e["main"] else "  ") + f"{e['trigger']!r} @{e['start']}: {_labels(e)}",
    "linking": lambda e: f"{e['trigger']!r} @{e['start']}: date {_date(e['date'])}; place {_place(e['location'])}; "
                         f"source {(e['attribution'] or {}).get('speaker', '-')}",
    "record": lambda e: f"{e['id']}{' (main)' if e['main'] else ''} {e['trigger']['text']!r}: {_labels(e)}; "
                        f"killed {e['killed']}, wounded {e['wounded']}; {_actors(e['actor'])} -> "
                        f"{_actors(e['recipient'])}; {_place(e['location'])}; {_date(e['date'])}",
}


def _incident(event: dict) -> str:
    return f"{event['trigger']!r} @{event['start']} <- {', '.join(map(repr, event['mentions']))}; {event['modality']}" \
        + (" (background)" if event.get("background") else "")


def render_text(label: str, stages: dict[str, Any]) -> str:
    """The stage outputs as lines a person reads: one heading per stage, one line per item."""
    lines = [f"== {label}"]
    for stage, output in stages.items():
        lines.append(f"-- {stage}")
        if stage == "incidents":
            lines += [f"   {_incident(e)}" for e in output["body"]]
            lines += [f"   headline: {_incident(e)}" for e in output["headline"]]
        else:
            lines += [f"   {LINES[stage](item)}" for item in output]
        if not output or output == {"body": [], "headline": []}:
            lines.append("   (nothing)")
    return "\n".join(lines)
