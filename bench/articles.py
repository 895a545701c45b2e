"""Generate realistic synthetic news articles (seed-style header + paragraphs) for the benchmark
and the scale tests. Deterministic for a given seed; no text comes from any real source."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

PLACES = [("Kidal", "Mali"), ("Maiduguri", "Nigeria"), ("Beledweyne", "Somalia"), ("Goma", "DR Congo"),
          ("Quetta", "Pakistan"), ("Kandahar", "Afghanistan"), ("Deir Ezzor", "Syria"), ("Mosul", "Iraq"),
          ("Marib", "Yemen"), ("Cucuta", "Colombia"), ("Kharkiv", "Ukraine"), ("Juba", "South Sudan"),
          ("Ouagadougou", "Burkina Faso"), ("Tillaberi", "Niger"), ("Cabo Delgado", "Mozambique")]
ACTORS = ["militants", "gunmen", "rebels", "armed men", "suspected jihadists", "separatist fighters"]
TARGETS = ["soldiers", "police officers", "villagers", "civilians", "traders", "border guards"]
OUTLETS = ["Frontier Daily", "Sahel Wire", "Continental Post", "Regional Monitor", "The Evening Ledger"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "at least eight", "nine", "more than 10", "12"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

PARAGRAPHS = [
    "{actor_cap} attacked a group of {target} near {place} on {weekday}, killing {n1} and wounding {n2} others, "
    "a local official told reporters.",
    "\"The attackers arrived on motorbikes and opened fire,\" a resident said, adding that several houses were set "
    "on fire before the assailants withdrew towards the border.",
    "The army said in a statement that reinforcements had been sent to {place} and that {n3} of the attackers had "
    "been killed in a pursuit operation on {weekday2}.",
    "According to the regional governor, the attack was the deadliest in the area since {month}, when {n4} people "
    "were killed in a raid on a market.",
    "Police arrested {n5} suspects in connection with the violence, a spokesman said, without giving details.",
    "More than {big} people have been displaced by fighting in {country} since the start of the year, according to "
    "the United Nations.",
    "Aid groups said access to the area remained difficult because of insecurity and damaged roads.",
    "The government condemned the attack and promised to bring those responsible to justice.",
]


def make_article(index: int, rng: random.Random) -> str:
    place, country = rng.choice(PLACES)
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(700))
    values = {"actor_cap": rng.choice(ACTORS).capitalize(), "target": rng.choice(TARGETS), "place": place,
              "country": country, "weekday": rng.choice(WEEKDAYS), "weekday2": rng.choice(WEEKDAYS),
              "n1": rng.choice(NUMBERS), "n2": rng.choice(NUMBERS), "n3": rng.choice(NUMBERS),
              "n4": rng.randrange(2, 60), "n5": rng.randrange(2, 30), "big": f"{rng.randrange(2, 90) * 1000:,}",
              "month": day.strftime("%B")}
    body = [p.format(**values) for p in PARAGRAPHS if rng.random() < 0.85]
    headline = f"{values['actor_cap']} kill {values['n1']} {values['target']} in {country}'s {place}"
    dateline = day.strftime("%a, %d %b %Y 08:00 UTC")
    return "\n".join([headline, rng.choice(OUTLETS), dateline, *body]) + "\n"


def write_articles(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """`count` articles as .txt files in `folder` (in subfolders of 500), deterministic for `seed`."""
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        path = folder / f"batch{index // 500:03d}" / f"article{index:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(make_article(index, rng), encoding="utf-8")
        paths.append(path)
    return paths
