"""Score rows: accuracy (correct of n) and precision/recall (found of predicted, of gold)."""

from __future__ import annotations

from typing import Any


def ratio(part: int, whole: int) -> float | None:
    """part / whole rounded to 4 places, None when whole is 0 (nothing to score)."""
    return round(part / whole, 4) if whole else None


def accuracy_row(group: str, metric: str, correct: int, n: int) -> dict[str, Any]:
    return {"group": group, "metric": metric, "kind": "accuracy", "score": ratio(correct, n),
            "correct": correct, "n": n}


def pr_row(group: str, metric: str, predicted_correct: int, predicted: int, gold_found: int,
           gold: int) -> dict[str, Any]:
    """Precision = predicted_correct / predicted; recall = gold_found / gold (the two counts differ
    for overlap scoring, where one prediction may cover two gold spans)."""
    precision, recall = ratio(predicted_correct, predicted), ratio(gold_found, gold)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else (
        0.0 if precision is not None and recall is not None else None)
    return {"group": group, "metric": metric, "kind": "pr", "precision": precision, "recall": recall, "f1": f1,
            "predicted_correct": predicted_correct, "predicted": predicted, "gold_found": gold_found, "gold": gold}
