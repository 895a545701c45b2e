"""pitf-dev: PITF Worldwide Atrocities incidents 2013-2015; each `description` is one short article.

Gold: killed (deaths_number), wounded (injured_number; empty or a word like "dozens" = no number
stated), the start date, the country. Reference date: none (the descriptions carry no publication
date, and the incident date would leak the answer), so "on Tuesday" stays unresolved.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from article2json.evaluation.devsets import integer, text_article
from article2json.evaluation.gold import Case
from article2json.evaluation.names import scoring_country_code

NAME = "pitf-dev"
PATH = "pitf-dev.csv"
EXTRACTORS = ("events",)
ABOUT = "main event: killed, wounded, date, country; no reference date (relative dates stay unresolved)"
HEADLINE = (("main event", "killed"), ("main event", "wounded"), ("main event", "date.value"),
            ("main event", "location.country"))


def gold_event(row: dict[str, str]) -> dict[str, Any]:
    event: dict[str, Any] = {"main": True}
    if row["start_date"]:
        event["date"] = {"value": row["start_date"]}
    event.update(location={"country": scoring_country_code(row["country_iso3"])}, killed=integer(row["deaths_number"]),
                 wounded=integer(row["injured_number"]))
    return event


def load(root: Path) -> list[Case]:
    cases = []
    with open(root / PATH, newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            record_id = f"{row['source_file']}:{row['source_line']}"
            cases.append(Case({"id": record_id, "events": [gold_event(row)]},
                              text_article(row["description"], PATH, record_id), ("id", record_id)))
    return cases
