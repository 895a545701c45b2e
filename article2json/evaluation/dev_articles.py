"""articles-dev: 30 full articles in the seed's layout, 86 events with event-level gold.

The closest to what users feed the tool. Each article is read like a `.txt` input (headline, outlet
and dateline lines); the reference date is the article's own dateline, as in normal use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from article2json.evaluation.gold import Case

NAME = "articles-dev"
PATH = "articles-dev"
EXTRACTORS = ("events",)
ABOUT = ("main event and all events: PLOVER type, ACLED type and sub-type, date, location (name, admin1, "
         "country), actor, recipient, killed, wounded; reference date = the article's dateline")
HEADLINE = (("main event", "type"), ("main event", "acled.event_type"), ("main event", "acled.sub_event_type"),
            ("main event", "date.value"), ("main event", "location.country"), ("main event", "location.name"),
            ("main event", "killed"), ("main event", "wounded"), ("main event", "actor"), ("all events", "events"))


def gold_event(event: dict[str, Any]) -> dict[str, Any]:
    """An event of gold.jsonl in the gold format."""
    location = event["location"] or {}
    return {
        "main": event["main"], "type": event["plover"],
        "acled": ({"event_type": event["acled_event_type"], "sub_event_type": event["acled_sub_event_type"]}
                  if event["acled_event_type"] else None),
        "date": {"value": event["date"]} if event["date"] else None,
        "location": ({"name": location.get("name"), "country": location.get("country"),
                      "admin1": location.get("admin1")} if any(location.values()) else None),
        "killed": event["killed"], "wounded": event["wounded"],
        "actor": [{"name": name} for name in event["actor"]],
        "recipient": [{"name": name} for name in event["recipient"]],
    }


def load(root: Path) -> list[Case]:
    from article2json.readers import read_path

    folder = root / PATH
    cases = []
    for line in (folder / "gold.jsonl").read_bytes().splitlines():
        if not line.strip():
            continue
        record = orjson.loads(line)
        article = next(read_path(folder / f"{record['id']}.txt"))
        gold = {"id": record["id"], "published": record["published"],
                "events": [gold_event(event) for event in record["events"]]}
        cases.append(Case(gold, article, ("id", record["id"])))
    return cases
