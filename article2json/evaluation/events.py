"""Event scoring: main-event field accuracy, event matching, per-field precision/recall, confusion.

Matching rule (all events of an article): a predicted event can match a gold event only when both
have the same PLOVER `type` (for gold events without a type, the same ACLED event type; with neither,
any). Among those pairs, the most agreeing are taken first: date (2 same value, 1 within 7 days or
the same month), location (2 same place, 1 same country), killed (1 same number), actor (1 a common
actor); ties go to the earlier gold event, then the earlier prediction; each event matches once.
Predicted events whose `modality` is not "asserted" (negated, hypothetical, future) say that the
event did not happen, so they take no part in matching all events (gold codes only what happened);
the main event is scored as the prediction marks it. `date.value (stated)` scores the main-event
date again over the gold events whose `date.stated` is true (dev sets that know whether the text
writes the date out, such as acled-dev); it has no all-events row.

Main-event admin1 is scored twice: variant-tolerant (`names.admin1_match`: "Idleb" = "Idlib",
"Nord-Kivu" = "North Kivu") and exact ("location.admin1 (exact)": only case, accents and punctuation
may differ). Where the gold event says whether its text names the place (`place_named`), country and
admin1 are also scored over the events whose text does (" (place named)"): a note that names no
place ("Protest over minimum wage") leaves no way to the country.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from article2json.evaluation.metrics import accuracy_row, pr_row
from article2json.evaluation.names import (actors_match, admin1_match, scoring_country_code, scoring_distance_km, scoring_name_key,
                                           places_match)

MISSING = object()  # the gold does not annotate this field
NEAR_KM = 161.0
NONE_LABEL = "(none)"


def lookup(event: dict[str, Any] | None, path: str, missing: Any = MISSING) -> Any:
    """The value at a dotted path; `missing` when a key is absent, None below a null."""
    value: Any = event
    for key in path.split("."):
        if value is None:
            return None
        if not isinstance(value, dict) or key not in value:
            return missing
        value = value[key]
    return value


def _alternatives(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _same_label(gold: Any, predicted: Any, _: dict) -> bool:
    """The same label; a gold list lists labels that are all right (an old ACLED type that became two)."""
    if not (gold and predicted):
        return gold is None and predicted is None
    return any(scoring_name_key(label) == scoring_name_key(predicted) for label in _alternatives(gold))


def _same_date(gold: Any, predicted: Any, _: dict) -> bool:
    return predicted in _alternatives(gold) if predicted is not None else gold is None


def _stated_date(event: dict[str, Any] | None) -> Any:
    """The gold date where the text writes it out (`date.stated`, set by dev sets that know), else MISSING."""
    return lookup(event, "date.value") if lookup(event, "date.stated", False) is True else MISSING


def _same_place(gold: Any, predicted: Any, _: dict) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return any(places_match(name, predicted) for name in _alternatives(gold))


def _same_country(gold: Any, predicted: Any, _: dict) -> bool:
    return scoring_country_code(gold) == scoring_country_code(predicted)


def _same_admin1(gold: Any, predicted: Any, gold_event: dict) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return admin1_match(gold, predicted, lookup(gold_event, "location.country") or None)


def _same_admin1_exact(gold: Any, predicted: Any, _: dict) -> bool:
    """The same name but for case, accents and punctuation ("Deir-ez-Zor" = "Deir ez-Zor", not "Idleb" = "Idlib")."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return scoring_name_key(gold, frozenset()) == scoring_name_key(predicted, frozenset())


def _same_count(gold: Any, predicted: Any, _: dict) -> bool:
    return (gold or 0) == (predicted or 0)


def _same_actors(gold: Any, predicted: Any, _: dict) -> bool:
    """Whether a gold actor, written as the text names it, is a predicted one by its normalised
    `name` ("Military Forces of Nigeria") or by its `text` as written ("Nigerian troops")."""
    gold_names = [a.get("name") for a in gold or [] if isinstance(a, dict)]
    predicted_names = [a.get(key) for a in predicted or [] if isinstance(a, dict) for key in ("name", "text")
                       if a.get(key)]
    if not gold_names:
        return not predicted_names
    return any(actors_match(g, p) for g in gold_names for p in predicted_names)


def _coordinates(event: dict[str, Any] | None) -> Any:
    """(lat, lon); MISSING unless the location carries both keys; None when either is null."""
    lat, lon = lookup(event, "location.lat"), lookup(event, "location.lon")
    if lat is MISSING or lon is MISSING or lookup(event, "location") is None:
        return MISSING
    return (lat, lon) if lat is not None and lon is not None else None


def _near(gold: Any, predicted: Any, _: dict) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return scoring_distance_km(*gold, *predicted) <= NEAR_KM


@dataclass(frozen=True)
class Field:
    """A scored event field: its name, how to read it, and when a prediction is right."""

    name: str
    compare: Callable[[Any, Any, dict], bool]
    read: Callable[[dict[str, Any] | None], Any] | None = None
    subset_of: str | None = None  # a main-event-only score of this field over the gold events `read` keeps

    def value(self, event: dict[str, Any] | None) -> Any:
        """The gold value (MISSING when not annotated)."""
        return self.read(event) if self.read else lookup(event, self.name)

    def predicted(self, event: dict[str, Any] | None) -> Any:
        """The predicted value (None when absent)."""
        value = lookup(event, self.subset_of) if self.subset_of else self.value(event)
        return None if value is MISSING else value


FIELDS = (
    Field("type", _same_label), Field("mode", _same_label),
    Field("acled.event_type", _same_label), Field("acled.sub_event_type", _same_label),
    Field("date.value", _same_date), Field("date.value (stated)", _same_date, _stated_date, "date.value"),
    Field("location.name", _same_place),
    Field("location.country", _same_country), Field("location.admin1", _same_admin1),
    Field("location.admin1 (exact)", _same_admin1_exact, lambda event: lookup(event, "location.admin1")),
    Field("location.within_161km", _near, _coordinates),
    Field("killed", _same_count), Field("wounded", _same_count),
    Field("actor", _same_actors), Field("recipient", _same_actors),
)
CONFUSION_FIELDS = ("type", "acled.event_type")
COUNT_FIELDS = ("killed", "wounded")  # also scored over the articles whose gold count is above zero
POSITIVE = " (gold > 0)"
PLACE_FIELDS = ("location.country", "location.admin1", "location.admin1 (exact)")  # also scored where the
PLACE_NAMED = " (place named)"  # gold marks that the text names the place (`place_named`: true)
MAIN_METRICS = tuple(name for field in FIELDS
                     for name in (field.name, *((field.name + POSITIVE,) if field.name in COUNT_FIELDS else ()),
                                  *((field.name + PLACE_NAMED,) if field.name in PLACE_FIELDS else ())))


def stated(value: Any) -> bool:
    """Whether a value says something (not missing, null, empty or zero)."""
    return value is not MISSING and value not in (None, [], 0, "")


def _label(value: Any) -> str:
    if not stated(value):
        return NONE_LABEL
    return " or ".join(value) if isinstance(value, list) else str(value)


def main_event(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((e for e in events if e.get("main")), events[0] if events else None)


def _agreement(gold: dict, predicted: dict) -> int:
    score = 0
    gold_date, predicted_date = lookup(gold, "date.value"), lookup(predicted, "date.value", None)
    if stated(gold_date) and stated(predicted_date):
        score += 2 if _same_date(gold_date, predicted_date, gold) else int(_near_dates(gold_date, predicted_date))
    gold_place, gold_country = lookup(gold, "location.name"), lookup(gold, "location.country")
    if stated(gold_place) and _same_place(gold_place, lookup(predicted, "location.name", None), gold):
        score += 2
    elif stated(gold_country) and _same_country(gold_country, lookup(predicted, "location.country", None), gold):
        score += 1
    score += stated(gold.get("killed")) and gold.get("killed") == predicted.get("killed")
    score += stated(gold.get("actor")) and _same_actors(gold.get("actor"), predicted.get("actor"), gold)
    return score


def _near_dates(gold: Any, predicted: str) -> bool:
    for value in _alternatives(gold):
        if not isinstance(value, str) or not isinstance(predicted, str):
            continue
        if value[:7] == predicted[:7] and min(len(value), len(predicted)) == 7:
            return True
        try:
            if abs((date.fromisoformat(value[:10]) - date.fromisoformat(predicted[:10])).days) <= 7:
                return True
        except ValueError:
            continue
    return False


def _match_key(gold: dict, predicted: dict) -> bool:
    for path in CONFUSION_FIELDS:
        gold_label = lookup(gold, path)
        if stated(gold_label):
            return _same_label(gold_label, lookup(predicted, path, None), gold)
    return True


def match_events(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs under the matching rule of the module docstring."""
    candidates = sorted((-_agreement(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                        if _match_key(g, p))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


class EventScores:
    """Accumulates event scores over articles; `rows()` and `confusion()` report them."""

    def __init__(self) -> None:
        self.main = Counter()      # (field, "correct"|"n")
        self.fields = Counter()    # (field, "predicted"|"gold"|"correct")
        self.labels = {path: Counter() for path in CONFUSION_FIELDS}
        self.scored = False

    def add(self, gold: list[dict], predicted: list[dict]) -> None:
        self.scored = True
        gold_main, predicted_main = main_event(gold), main_event(predicted)
        if gold_main is not None:
            self._add_main(gold_main, predicted_main)
        predicted = [p for p in predicted if p.get("modality", "asserted") == "asserted"]
        pairs = match_events(gold, predicted)
        self.fields["events", "gold"] += len(gold)
        self.fields["events", "predicted"] += len(predicted)
        self.fields["events", "correct"] += len(pairs)
        for field in FIELDS:
            if field.subset_of is None and any(field.value(g) is not MISSING for g in gold):
                self._add_field(field, gold, predicted, pairs)

    def _add_main(self, gold: dict, predicted: dict | None) -> None:
        for field in FIELDS:
            gold_value = field.value(gold)
            if gold_value is MISSING:
                continue
            correct = predicted is not None and field.compare(gold_value, field.predicted(predicted), gold)
            names = (field.name, field.name + POSITIVE) if field.name in COUNT_FIELDS and stated(gold_value) \
                else (field.name, field.name + PLACE_NAMED) if field.name in PLACE_FIELDS and gold.get("place_named") \
                else (field.name,)
            for name in names:
                self.main[name, "n"] += 1
                self.main[name, "correct"] += correct
            if field.name in self.labels:
                self.labels[field.name][_label(gold_value), _label(field.predicted(predicted))] += 1

    def _add_field(self, field: Field, gold: list[dict], predicted: list[dict], pairs: list[tuple[int, int]]) -> None:
        self.fields[field.name, "gold"] += sum(stated(field.value(g)) for g in gold)
        self.fields[field.name, "predicted"] += sum(stated(field.predicted(p)) for p in predicted)
        for gi, pi in pairs:
            gold_value, predicted_value = field.value(gold[gi]), field.predicted(predicted[pi])
            if stated(gold_value) and stated(predicted_value):
                self.fields[field.name, "correct"] += field.compare(gold_value, predicted_value, gold[gi])

    def rows(self) -> list[dict[str, Any]]:
        if not self.scored:
            return []
        rows = [accuracy_row("main event", name, self.main[name, "correct"], self.main[name, "n"])
                for name in MAIN_METRICS if self.main[name, "n"]]
        for name in ("events", *(f.name for f in FIELDS)):
            gold, predicted, correct = (self.fields[name, k] for k in ("gold", "predicted", "correct"))
            if (name, "gold") in self.fields:
                rows.append(pr_row("all events", name, correct, predicted, correct, gold))
        return rows

    def confusion(self) -> list[dict[str, Any]]:
        """Main-event label confusion: {"field", "matrix": {gold label: {predicted label: count}}}."""
        result = []
        for path, counts in self.labels.items():
            if counts:
                matrix: dict[str, dict[str, int]] = {}
                for (gold, predicted), count in sorted(counts.items()):
                    matrix.setdefault(gold, {})[predicted] = count
                result.append({"field": path, "matrix": matrix})
        return result
