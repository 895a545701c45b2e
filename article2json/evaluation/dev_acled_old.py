"""acled-old: ACLED notes in the pre-2019 schema from ../shared/dev-data/more/ (South and Southeast
Asia 2015, mostly India, Pakistan, Bangladesh and Nepal; Africa 2016, 35 countries), at most SAMPLE
notes per file, evenly spread. The Asian notes are several sentences copied or condensed from news
reports, so they are the dev data's largest sample of news wording labelled with ACLED types.

The old schema has no sub-event types and coarser event types, so the gold type is the current
type(s) each old one became: "Riots/Protests" is Protests or Riots, "Battle-..." is Battles,
"Remote violence" is Explosions/Remote violence, "Strategic development" and "Non-violent transfer
of territory" are Strategic developments. The mapping is not exact: old "Violence against
civilians" also held bomb attacks on civilians that are now Explosions/Remote violence. Places,
stated dates and fatalities are scored as in acled-dev. The typing model is not trained on these
files; samples of the Asian notes were read for error groups once, the African ones were not."""

from __future__ import annotations

from pathlib import Path

from article2json.evaluation import dev_acled, dev_acled_more
from article2json.evaluation.gold import Case

NAME = "acled-old"
PATH = dev_acled_more.PATH
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
    return dev_acled_more.sampled_notes(root, FILES, gold_event, SAMPLE)


def gold_event(row: dict[str, str]) -> dict | None:
    """acled-dev's gold event of a row, its type the current type(s) the old one became; None for an
    unknown old type."""
    types = todays_types(row["event_type"])
    if types is None:
        return None
    return {**dev_acled.gold_event({**row, "sub_event_type": ""}), "acled": {"event_type": types}}
