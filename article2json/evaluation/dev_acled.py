"""acled-dev: ACLED events (Kenya, Ghana); each `notes` paragraph is one short article.

Gold: ACLED event type and sub-type, country, admin1 and fatalities (as `killed`, 0 = none reported);
`place_named` when the note names the event's location, admin2, admin1 or country (as whole words,
spellings compared as the scorer compares place names), so country and admin1 are also scored over
the notes that say where;
the date only where ACLED knows the day (time_precision 1), the location name and coordinates only
where ACLED names the exact place (geo_precision 1). Reference date: none (the notes carry no
publication date, and the event date would leak the answer), so only explicit dates resolve.

Most notes (older ACLED coding) give no date at all: ACLED dates them from the source article, so
`date.value` over every row mostly measures what the note cannot tell. `date.value (stated)` scores
only the rows whose note writes a day with its month and year ("On 7 June 2002", "24 September
2018:", "07/06/2002"), whichever day that is; year-less days ("On 27 March") need the year of a
publication date the notes lack, so they are not counted as stated.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from article2json.evaluation.devsets import integer, text_article
from article2json.evaluation.gold import Case
from article2json.evaluation.names import scoring_country_code, scoring_name_key, spelling_key

PLACE_COLUMNS = ("location", "admin3", "admin2", "admin1", "country")

NAME = "acled-dev"
PATH = "acled-dev.csv"
EXTRACTORS = ("events",)
ABOUT = ("main event: ACLED type and sub-type, date, country, admin1, location, fatalities; "
         "no reference date (relative dates stay unresolved)")
HEADLINE = (("main event", "acled.event_type"), ("main event", "acled.sub_event_type"), ("main event", "date.value"),
            ("main event", "date.value (stated)"),
            ("main event", "location.country"), ("main event", "location.country (place named)"),
            ("main event", "location.admin1"), ("main event", "location.admin1 (exact)"),
            ("main event", "location.admin1 (place named)"), ("main event", "location.name"),
            ("main event", "location.within_161km"), ("main event", "killed"), ("main event", "killed (gold > 0)"))

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = r"(?:19|20)\d\d\b"
STATED_DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
                        rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}|\b\d{{1,2}}/\d{{1,2}}/{_YEAR}")


def gold_event(row: dict[str, str]) -> dict[str, Any]:
    location: dict[str, Any] = {"country": scoring_country_code(row["country"]), "admin1": row["admin1"] or None}
    if row["geo_precision"] == "1":
        location.update(name=row["location"], lat=float(row["latitude"]), lon=float(row["longitude"]))
    event: dict[str, Any] = {"main": True, "place_named": place_named(row),
                             "acled": {"event_type": row["event_type"], "sub_event_type": row["sub_event_type"]}}
    if row["time_precision"] == "1":
        event["date"] = {"value": row["event_date"], "stated": bool(STATED_DAY.search(row["notes"]))}
    event.update(location=location, killed=integer(row["fatalities"]))
    return event


def place_named(row: dict[str, str]) -> bool:
    """Whether the note names one of the units ACLED places the event in."""
    words = scoring_name_key(row["notes"]).split()
    spelled = {spelling_key(word) for word in words}
    note = f" {' '.join(words)} "
    for column in PLACE_COLUMNS:
        key = scoring_name_key(row.get(column))
        if key and (f" {key} " in note or len(key.split()) == 1 and spelling_key(key) in spelled):
            return True
    return False


def load(root: Path) -> list[Case]:
    cases = []
    with open(root / PATH, newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            record_id = row["event_id_cnty"]
            cases.append(Case({"id": record_id, "events": [gold_event(row)]},
                              text_article(row["notes"], PATH, record_id), ("id", record_id)))
    return cases
