"""acled-more: ACLED notes of six countries from ../shared/dev-data/more/ (Afghanistan 2020,
Bangladesh 2022-2024, Benin 2009-2022, Ethiopia 2019-2021, Kenya 2004-2019, Myanmar 2021), at most
SAMPLE notes per file, evenly spread; each note is one short article, scored like acled-dev
(`dev_acled`: type and sub-type, stated date, country, admin1, location name and distance where
ACLED names the exact place, fatalities). A check of places and dates over more countries than
acled-dev's two; the files also train the typing model (off by default), and the rules were
written looking at samples of them, so these are dev scores, not held-out ones. Files that are
absent are skipped."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable

from article2json.evaluation import dev_acled
from article2json.evaluation.devsets import sample, text_article
from article2json.evaluation.gold import Case

NAME = "acled-more"
PATH = "more"
SAMPLE = 300  # notes per file: six files score in about a minute on two cores
ABOUT = (f"main event of ACLED notes of six more countries ({SAMPLE} per file): ACLED type and sub-type, date, "
         "country, admin1, location, fatalities; no reference date")
EXTRACTORS, HEADLINE = dev_acled.EXTRACTORS, dev_acled.HEADLINE
FILES = ("acled-afghanistan-2020.csv", "acled-bangladesh-2022-2024.csv", "acled-benin-2009-2022.csv",
         "acled-ethiopia-2019-2021.csv", "acled-kenya-2004-2019.csv", "acled-myanmar-2021-explosions.csv")


def load(root: Path) -> list[Case]:
    return sampled_notes(root, FILES, lambda row: dev_acled.gold_event(row) if row.get("sub_event_type") else None,
                         SAMPLE)


def sampled_notes(root: Path, files: tuple[str, ...], gold_event: Callable[[dict], dict | None],
                  size: int) -> list[Case]:
    """At most `size` notes of each ACLED file of more/ that exists, evenly spread, one Case each;
    `gold_event(row)` is the row's gold event, None for a row left out. Notes that are empty are left out."""
    cases = []
    for name in files:
        path = root / PATH / name
        if not path.exists():
            continue
        with open(path, newline="", encoding="utf-8") as stream:
            rows = [(r, event) for r in csv.DictReader(stream)
                    if (r.get("notes") or "").strip() and (event := gold_event(r)) is not None]
        cases += sample([Case({"id": r["event_id_cnty"], "events": [event]},
                              text_article(r["notes"], f"{PATH}/{name}", r["event_id_cnty"]),
                              ("id", r["event_id_cnty"])) for r, event in rows], size)
    return cases
