"""Score predictions against gold: one report with score rows (accuracy and precision/recall, each
with its counts) and the main-event type confusion matrices."""

from __future__ import annotations

from typing import Any, Iterable

from article2json.evaluation.events import EventScores
from article2json.evaluation.gold import SPAN_LISTS
from article2json.evaluation.spans import SpanScores


def score(pairs: Iterable[tuple[dict[str, Any], dict[str, Any] | None]]) -> dict[str, Any]:
    """The report of (gold record, prediction record or None) pairs. A missing prediction scores
    like a record with nothing found."""
    events = EventScores()
    spans = {name: SpanScores(name) for name in SPAN_LISTS}
    articles = without_prediction = 0
    for gold, predicted in pairs:
        articles += 1
        if predicted is None:
            without_prediction += 1
            predicted = {}
        if "events" in gold:
            events.add(gold["events"], predicted.get("events") or [])
        for name, scores in spans.items():
            if name in gold:
                scores.add(gold[name], predicted.get(name) or [])
    rows = events.rows() + [row for scores in spans.values() for row in scores.rows()]
    return {"articles": articles, "without_prediction": without_prediction, "rows": rows,
            "confusion": events.confusion()}
