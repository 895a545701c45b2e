"""Run the pipeline on gold texts and score; or score a predictions file; or score the dev sets."""

from __future__ import annotations

import time
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

from article2json.evaluation.gold import Case, join_predictions, read_jsonl
from article2json.evaluation.scorer import score

Warn = Callable[[str], None]


def predict(cases: list[Case], extractors: tuple[str, ...] | None, model: str | None,
            warn: Warn) -> tuple[list[dict[str, Any] | None], list[str]]:
    """The record of each case (None for a failed article), and the failures' messages."""
    from article2json.pipeline import Pipeline, PipelineConfig
    from article2json.readers import InputError

    pipeline = Pipeline(PipelineConfig(extractors=extractors, model=model), warn=warn)
    predictions: list[dict[str, Any] | None] = []
    errors = []
    for result in pipeline.run(case.article for case in cases):
        if isinstance(result, InputError):
            errors.append(result.describe())
            predictions.append(None)
        else:
            predictions.append(result)
    return predictions, errors


def installed(wanted: tuple[str, ...], warn: Warn) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the wanted extractors that are installed, those that are not)."""
    from article2json.extractors.registry import available_extractors

    available = available_extractors(warn)
    return tuple(n for n in wanted if n in available), tuple(n for n in wanted if n not in available)


def evaluate_cases(cases: list[Case], predictions_path: Path | None, model: str | None, warn: Warn,
                   extractors: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The report of gold cases, scored against a predictions file or a fresh pipeline run."""
    started = time.perf_counter()
    errors: list[str] = []
    if predictions_path is not None:
        predictions = join_predictions(cases, (value for _, value in read_jsonl(predictions_path)
                                               if isinstance(value, dict)))
    else:
        predictions, errors = predict(cases, extractors, model, warn)
    report = score(zip((case.gold for case in cases), predictions))
    report.update(errors=errors, seconds=round(time.perf_counter() - started, 1))
    return report


def evaluate_devset(devset: ModuleType, root: Path, limit: int | None, model: str | None,
                    warn: Warn) -> dict[str, Any]:
    """The report of one dev set (its `EXTRACTORS` that are installed are run; the rest score zero)."""
    from article2json.evaluation.devsets import sample

    cases = sample(devset.load(root), limit)
    present, missing = installed(devset.EXTRACTORS, warn)
    report = {"set": devset.NAME, "about": devset.ABOUT, "missing_extractors": list(missing)}
    report.update(evaluate_cases(cases, None, model, warn, present))
    return report


def model_label(model: str | None) -> str:
    """The spaCy pipeline a run uses, with its version when installed as a package."""
    from importlib.metadata import PackageNotFoundError, version

    from article2json.extractors.model import ModelError, resolve_model_name

    try:
        name = resolve_model_name(model)
    except ModelError:
        return "none installed"
    try:
        return f"{name} {version(name)}"
    except PackageNotFoundError:
        return name
