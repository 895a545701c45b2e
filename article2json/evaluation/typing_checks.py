"""News-text checks of the typing model: scores of texts it was never fitted on, with the rules
alone and with the model, on the same texts.

- articles-dev (full news articles): main PLOVER type, main ACLED type and sub-type, all-events F1;
- plover-gsr (news sentences coded in PLOVER): main PLOVER type;
- UCDP GED headlines (news headlines with the violence type): coarse type, one-sided violence
  (type 3) read as Violence against civilians, state-based and non-state fighting (1, 2) as any
  other ACLED type; a headline without an event counts as wrong.
"""

from __future__ import annotations

import csv
from pathlib import Path

from article2json.evaluation.devsets import devsets, text_article
from article2json.evaluation.scorer import score
from article2json.train import spread

GED_FILES = ("ged-colombia-1989-2018.csv", "ged-global-sample-2023.csv", "ged-iraq-1989-2018.csv",
             "ged-mexico.csv", "ged-myanmar.csv", "ged-syria-2016-2019.csv", "ged-ukraine-2014-2021.csv")
GED_CAP = 200  # headlines per GED file (evenly spaced)
ONE_SIDED = "3"
DEVSET_METRICS = {"articles-dev": (("main event", "type"), ("main event", "acled.event_type"),
                                   ("main event", "acled.sub_event_type"), ("all events", "events")),
                  "plover-gsr": (("main event", "type"),), "petrarch": (("main event", "type"),)}


def records(articles: list, typing_model: str) -> list[dict | None]:
    """The pipeline's record of each article (None for a failed one), typed with `typing_model`
    ("rules" or a model file)."""
    from article2json.extractors.base import ExtractorOptions
    from article2json.pipeline import Pipeline, PipelineConfig

    config = PipelineConfig(extractors=("events",), options=ExtractorOptions(typing_model=typing_model))
    return [r if isinstance(r, dict) else None for r in Pipeline(config).run(articles)]


def devset_scores(name: str, root: Path, typing_model: str) -> dict[str, str]:
    """The chosen metrics of one dev set, as "0.900 (27/30)" (accuracy) or "0.715" (F1)."""
    cases = devsets()[name].load(root)
    report = score(zip((c.gold for c in cases), records([c.article for c in cases], typing_model)))
    found = {}
    for row in report["rows"]:
        key = (row["group"], row["metric"])
        if key in DEVSET_METRICS[name]:
            found[" ".join(key)] = (f"{row['score']:.3f} ({row['correct']}/{row['n']})" if row["kind"] == "accuracy"
                                    else f"{row['f1']:.3f}")
    return found


def ged_headlines(root: Path) -> list[tuple[str, str, str]]:
    """(id, headline, type_of_violence) of up to GED_CAP headlines per GED file."""
    rows = []
    for name in GED_FILES:
        with open(root / "more" / name, newline="", encoding="utf-8") as stream:
            found = [(f"ged:{r['id']}", r["source_headline"].strip(), r["type_of_violence"])
                     for r in csv.DictReader(stream) if (r.get("source_headline") or "").strip()]
        rows += spread(found, GED_CAP)
    return rows


def ged_coarse(headlines: list[tuple[str, str, str]], typing_model: str) -> str:
    """Coarse type accuracy over GED headlines, as "0.612 (1234/2000)"."""
    articles = [text_article(text, "ged", key) for key, text, _ in headlines]
    correct = 0
    for (_, _, violence), record in zip(headlines, records(articles, typing_model)):
        main = next((e for e in (record or {}).get("events") or [] if e["main"]), None)
        acled = (main or {}).get("acled") or {}
        if acled:
            correct += (acled["event_type"] == "Violence against civilians") == (violence == ONE_SIDED)
    return f"{correct / len(headlines):.3f} ({correct}/{len(headlines)})"


def news_checks(root: Path, model_path: str) -> list[tuple[str, str, str]]:
    """(check, rules alone, with the model) for every news check."""
    rows = []
    for name in DEVSET_METRICS:
        rules, learned = devset_scores(name, root, "rules"), devset_scores(name, root, model_path)
        rows += [(f"{name}: {metric}", rules.get(metric, "-"), learned.get(metric, "-")) for metric in rules]
    headlines = ged_headlines(root)
    rows.append((f"GED headlines ({len(headlines)}): one-sided vs fighting", ged_coarse(headlines, "rules"),
                 ged_coarse(headlines, model_path)))
    return rows
