"""Span scoring for `dates`, `places` and `quotes`: predicted and gold spans match when their
characters overlap. Recall = gold spans overlapped by a prediction; precision = predictions that
overlap a gold span (a prediction overlapping only `optional` gold spans is not counted).

Attributes, among gold spans that carry them:
- dates `value`: over the found gold dates with a calendar value (`2013-03-22`, `1998-W12`, `1998-Q3`,
  `1998-08`, `1998`; not `PRESENT_REF` and the like), some overlapping prediction has the same value;
- places `country` and `within 161 km`: over the found gold places with a country (with coordinates),
  some overlapping prediction has the same country (lies within 161 km);
- quotes `speaker`: over every gold quote with a speaker, some overlapping prediction names the same
  speaker (the lenient actor rule of `names.actors_match`), by its resolved name or by its words as
  written (a gold "he" is found by a prediction whose attribution reads "he", resolved or not).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable

from article2json.evaluation.metrics import accuracy_row, pr_row
from article2json.evaluation.names import actors_match, scoring_country_code, scoring_distance_km

CALENDAR_VALUE = re.compile(r"\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q\d))?")
NEAR_KM = 161.0


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _has_coordinates(item: dict[str, Any]) -> bool:
    return item.get("lat") is not None and item.get("lon") is not None


def _near(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    return _has_coordinates(predicted) and scoring_distance_km(gold["lat"], gold["lon"], predicted["lat"],
                                                       predicted["lon"]) <= NEAR_KM


def _has_calendar_value(gold: dict[str, Any]) -> bool:
    values = gold.get("value") if isinstance(gold.get("value"), list) else [gold.get("value")]
    return any(isinstance(value, str) and CALENDAR_VALUE.fullmatch(value) for value in values)


def _same_value(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    values = gold["value"] if isinstance(gold["value"], list) else [gold["value"]]
    return predicted.get("value") in values


@dataclass(frozen=True)
class Attribute:
    """A checked attribute of found spans: which gold spans have it, and when a prediction is right.
    `of_found`: n counts only the gold spans some prediction overlaps (else every gold span with it)."""

    name: str
    applies: Callable[[dict[str, Any]], bool]
    correct: Callable[[dict[str, Any], dict[str, Any]], bool]
    of_found: bool = True


ATTRIBUTES = {
    "dates": (Attribute("value", _has_calendar_value, _same_value),),
    "places": (Attribute("country", lambda g: bool(scoring_country_code(g.get("country"))),
                         lambda g, p: scoring_country_code(g["country"]) == scoring_country_code(p.get("country"))),
               Attribute("within 161 km", _has_coordinates, _near)),
    "quotes": (Attribute("speaker", lambda g: bool(g.get("speaker")),
                         lambda g, p: actors_match(g["speaker"], p.get("speaker")) or
                         actors_match(g["speaker"], p.get("speaker_text")), of_found=False),),
}


class SpanScores:
    """Accumulates the overlap scores of one span list (`dates`, `places` or `quotes`)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.counts = Counter()
        self.scored = False

    def add(self, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> None:
        self.scored = True
        required = [g for g in gold if not g.get("optional")]
        for item in predicted:
            if any(overlaps(item, g) for g in required):
                self.counts["predicted_correct"] += 1
                self.counts["predicted"] += 1
            elif not any(overlaps(item, g) for g in gold):
                self.counts["predicted"] += 1
        self.counts["gold"] += len(required)
        for item in required:
            partners = [p for p in predicted if overlaps(item, p)]
            self.counts["gold_found"] += bool(partners)
            for attribute in ATTRIBUTES.get(self.name, ()):
                if attribute.applies(item) and (partners or not attribute.of_found):
                    self.counts[attribute.name, "n"] += 1
                    self.counts[attribute.name, "correct"] += any(attribute.correct(item, p) for p in partners)

    def rows(self) -> list[dict[str, Any]]:
        if not self.scored:
            return []
        counts = self.counts
        rows = [pr_row(self.name, "spans (overlap)", counts["predicted_correct"], counts["predicted"],
                       counts["gold_found"], counts["gold"])]
        for attribute in ATTRIBUTES.get(self.name, ()):
            label = f"{attribute.name} (of found)" if attribute.of_found else attribute.name
            rows.append(accuracy_row(self.name, label, counts[attribute.name, "correct"], counts[attribute.name, "n"]))
        return rows
