"""Leave-one-country-out scores of the typing model over ACLED rows: for each country, fit on the
rows of all other countries, score that country's rows; the rules alone are scored on the same
rows. Each fold reports ACLED event_type and sub_event_type accuracy (a row where the pipeline
found no event counts as wrong for both)."""

from __future__ import annotations

from dataclasses import dataclass

from article2json.extractors.events.typing_model import TypingModel
from article2json.train import Coded, Settings, fit, predict

MIN_FOLD = 50  # countries with fewer rows are not a fold of their own (they stay in every training set)


@dataclass
class Fold:
    """One held-out country: its rows and the correct counts of the rules and of the model."""

    country: str
    rows: int
    rules_type: int = 0
    rules_sub: int = 0
    model_type: int = 0
    model_sub: int = 0


def _count(fold: Fold, model, held_out: list[Coded], prefix: str) -> None:
    for row in held_out:
        event_type, sub = predict(model, row)
        setattr(fold, f"{prefix}_type", getattr(fold, f"{prefix}_type") + (event_type == row.event_type))
        setattr(fold, f"{prefix}_sub", getattr(fold, f"{prefix}_sub") + (sub == row.sub))


def leave_one_country_out(rows: list[Coded], settings: Settings = Settings()) -> list[Fold]:
    """One fold per country with at least MIN_FOLD rows, in name order."""
    by_country: dict[str, list[Coded]] = {}
    for row in rows:
        by_country.setdefault(row.country, []).append(row)
    folds = []
    for country in sorted(c for c, held in by_country.items() if len(held) >= MIN_FOLD):
        held_out = by_country[country]
        model = TypingModel(fit([r for r in rows if r.country != country], settings))
        fold = Fold(country, len(held_out))
        _count(fold, None, held_out, "rules")
        _count(fold, model, held_out, "model")
        folds.append(fold)
    return folds


def summary(folds: list[Fold]) -> dict[str, tuple[float, str, float]]:
    """For each score (rules/model x type/sub): the mean over folds, the worst country and its score."""
    result = {}
    for score in ("rules_type", "rules_sub", "model_type", "model_sub"):
        values = {f.country: getattr(f, score) / f.rows for f in folds}
        worst = min(values, key=values.get)
        result[score] = (sum(values.values()) / len(values), worst, values[worst])
    return result


def markdown(folds: list[Fold]) -> str:
    """The folds and their mean and worst case as a markdown table."""
    lines = ["| held-out country | rows | rules event_type | model event_type | rules sub_event_type | "
             "model sub_event_type |", "| --- | --- | --- | --- | --- | --- |"]
    for f in folds:
        lines.append(f"| {f.country} | {f.rows} | {f.rules_type / f.rows:.3f} | {f.model_type / f.rows:.3f} | "
                     f"{f.rules_sub / f.rows:.3f} | {f.model_sub / f.rows:.3f} |")
    scores = summary(folds)
    lines.append("| **mean** | | " + " | ".join(f"{scores[s][0]:.3f}" for s in
                                                 ("rules_type", "model_type", "rules_sub", "model_sub")) + " |")
    lines.append("| **worst** | | " + " | ".join(f"{scores[s][2]:.3f} ({scores[s][1]})" for s in
                                                  ("rules_type", "model_type", "rules_sub", "model_sub")) + " |")
    return "\n".join(lines) + "\n"
