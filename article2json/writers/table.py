"""The readable terminal view: one rich table of events per article."""

from __future__ import annotations

from typing import IO, Any


def _who(people: list[dict[str, Any]]) -> str:
    return ", ".join(p["name"] for p in people) or "-"


def _count(value: int | None) -> str:
    return "-" if value is None else str(value)


class TableWriter:
    def __init__(self, stream: IO[str], width: int | None = None) -> None:
        from rich.console import Console

        wide = None if stream.isatty() else 160  # rich assumes 80 columns when it cannot measure a terminal
        self.console = Console(file=stream, width=width or wide, highlight=False, soft_wrap=False)

    def write(self, record: dict[str, Any]) -> None:
        from rich.table import Table

        if "error" in record:
            self.console.print(f"[red]{record['source']['path']}: {record['error']['message']}[/red]")
            return
        article, source = record["article"], record["source"]
        where = source["path"] + (f":{source['line']}" if source["line"] is not None else "")
        heading = " · ".join(x for x in (article["title"], article["outlet"], article["published"]) if x)
        table = Table(title=f"{heading or '(untitled)'}\n[dim]{where}[/dim]", title_justify="left",
                      show_lines=False, expand=False)
        for column in ("", "type", "ACLED", "actor → recipient", "date", "where", "killed", "wounded", "source"):
            table.add_column(column, overflow="fold")
        for event in record["events"]:
            acled = event["acled"] or {}
            place = event["location"] or {}
            attribution = event["attribution"] or {}
            table.add_row(
                "★" if event["main"] else "",
                event["type"] + (f"/{event['mode']}" if event["mode"] else "")
                + ("" if event["modality"] == "asserted" else f" ({event['modality']})"),
                " / ".join(x for x in (acled.get("event_type"), acled.get("sub_event_type")) if x) or "-",
                f"{_who(event['actor'])} → {_who(event['recipient'])}",
                (event["date"] or {}).get("value") or "-",
                ", ".join(x for x in (place.get("name"), place.get("country")) if x) or "-",
                _count(event["killed"]), _count(event["wounded"]),
                " via ".join(x for x in (attribution.get("speaker"), attribution.get("via")) if x) or "-",
            )
        self.console.print(table)
        counts = {key: len(record[key]) for key in ("events", "entities", "dates", "places", "quotes")}
        self.console.print("[dim]" + ", ".join(f"{n} {key}" for key, n in counts.items()) + "[/dim]\n")

    def close(self) -> None:
        pass
