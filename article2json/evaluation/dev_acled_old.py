"""acled-old: ACLED notes in the pre-2019 schema from ../shared/dev-data/more/ (South and Southeast
Asia 2015, mostly India, Pakistan, Bangladesh and Nepal; Africa 2016, 35 countries), at most SAMPLE
notes per file, evenly spread. The Asian notes are several sentences copied or condensed from news
reports, so they are the dev data's largest sample of news wording labelled with ACLED types.

The old schema has no sub-event types and coarser event types, so the gold type is the current
type(s) each old one became: "Riots/Protests" is Protests or Riots, "Battle-..." is Battles,
"Remote violence" is Explosions/Remote violence, "Strategic development" and "Non-violent transfer
of territory" are Strategic developments. The mapping is not exact: old "Violence against
civilians" also held bomb attacks on civilians that are now Explosions/Remote violence. Places,
stated dates and fatalities are scored as in acled-dev. The rules were not written looking at these
files and the typing model is not trained on them."""

from __future__ import annotations

import csv
from pathlib import Path

from article2json.evaluation import dev_acled
from article2json.evaluation.devsets import sample, text_article
from article2json.evaluation.gold import Case

NAME = "acled-old"
PATH = "more"
SAMPLE = 600  # notes per file
ABOUT = (f"main event of old-schema ACLED notes (Asia 2015, Africa 2016; {SAMPLE} per file): ACLED type mapped to "
         "today's types, date, country, admin1, location, fatalities; no reference date")
EXTRACTORS = dev_acled.EXTRACTORS
HEADLINE = (("main event", "acled.event_type"), ("main event", "location.country (place named)"),
            ("main event", "location.admin1 (place named)"), ("main event", "location.name"),
            ("main event", "killed"), ("main event", "killed (gold > 0)"))
FILES = ("acled-south-southeast-asia-2015.csv", "acled-africa-2016.csv")
TODAYS_TYPES = {"riots/protests": ["Protests", "Riots"], "remote violence": ["Explosions/Remote violence"],
                "violence against civilians": ["Violence against civilians"],
                "strategic development": ["Strategic developments"],
                "non-violent transfer of territory": ["Strategic developments"]}


def todays_types(old: str) -> list[str] | None:
    """The current ACLED event types an old-schema type became; None for an unknown one."""
    old = old.strip().lower()
    return ["Battles"] if old.startswith("battle") else TODAYS_TYPES.get(old)


def load(root: Path) -> list[Case]:
    cases = []
    for name in FILES:
        path = root / PATH / name
        if not path.exists():
            continue
        with open(path, newline="", encoding="utf-8") as stream:
            rows = [r for r in csv.DictReader(stream) if (r.get("notes") or "").strip() and todays_types(r["event_type"])]
        file_cases = []
        for row in rows:
            event = dev_acled.gold_event({**row, "sub_event_type": ""})
            event["acled"] = {"event_type": todays_types(row["event_type"])}
            file_cases.append(Case({"id": row["event_id_cnty"], "events": [event]},
                                   text_article(row["notes"], f"{PATH}/{name}", row["event_id_cnty"]),
                                   ("id", row["event_id_cnty"])))
        cases += sample(file_cases, SAMPLE)
    return cases
