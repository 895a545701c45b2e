"""Fit the typing model (extractors/events/typing_model.py) on coded texts.

    python -m article2json.train --dev          # rebuild the shipped model from the dev data
    article2json train CODED.csv -o MODEL.json  # fit on a user's ACLED export or gold JSONL

Each coded text (an ACLED `notes` cell with its `event_type`/`sub_event_type`, or a gold record
whose main event has `acled`) goes through our own pipeline; the features of its main event (the
stages' evidence, not the text's wording) are the model's input and the coded sub-event type its
target. Fitting needs scikit-learn (`pip install article2json[train]`); the fitted weights are
written as plain JSON that the extractor scores without it.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Iterator

import orjson

from article2json.extractors.events.typing_model import MODEL_FILE, subtype_typing, word_features

SEED = 20260415
BUCKETS = 0  # hash buckets of the clause lemmas (0: no words; 64 scored no better held out)
WORD_SCALE = 0.25  # word features enter at this value: a stronger penalty on their weights
C = 0.5  # inverse regularisation strength of the logistic regression
THRESHOLD = 0.6  # below this probability the rules' label stands
MIN_CLASS_ROWS = 3  # sub-event types rarer than this in the training data are left to the rules
DEV_ACLED = ("acled-dev.csv", "more/acled-afghanistan-2020.csv", "more/acled-benin-2009-2022.csv",
             "more/acled-bangladesh-2022-2024.csv", "more/acled-ethiopia-2019-2021.csv",
             "more/acled-kenya-2004-2019.csv", "more/acled-myanmar-2021-explosions.csv")


@dataclass
class Coded:
    """One coded text and, once run through the pipeline, its main event's evidence: `features`,
    clause `lemmas`, the rules' label at typing (`typed`) and in the output (`output`), each
    [plover, mode, event_type, sub_event_type]; no features when the pipeline found no event."""

    id: str
    text: str
    country: str
    event_type: str
    sub: str
    features: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    typed: list | None = None
    output: list | None = None


def read_acled(path: Path) -> Iterator[Coded]:
    """The rows of an ACLED export that have notes and a current sub_event_type."""
    known = subtype_typing()
    with open(path, newline="", encoding="utf-8") as stream:
        for number, row in enumerate(csv.DictReader(stream), 1):
            sub, notes = (row.get("sub_event_type") or "").strip(), (row.get("notes") or "").strip()
            if notes and sub in known:
                yield Coded(row.get("event_id_cnty") or f"{path.name}:{number}", notes, row.get("country") or "",
                            known[sub].event_type, sub)


def read_gold(path: Path) -> Iterator[Coded]:
    """The records of a gold JSONL file whose main event has an ACLED sub-event type."""
    known = subtype_typing()
    with open(path, "rb") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            record = orjson.loads(line)
            main = next((e for e in record.get("events") or [] if e.get("main")), None)
            acled = (main or {}).get("acled") or {}
            text = record.get("text") or (record.get("article") or {}).get("text")
            if text and acled.get("sub_event_type") in known:
                location = main.get("location") or {}
                yield Coded(str(record.get("id", number)), text, location.get("country") or "",
                            known[acled["sub_event_type"]].event_type, acled["sub_event_type"])


def read_coded(path: Path) -> list[Coded]:
    """An ACLED CSV export or a gold JSONL file."""
    rows = list(read_gold(path) if path.suffix in (".jsonl", ".json") else read_acled(path))
    if not rows:
        raise ValueError(f"{path}: no coded rows (an ACLED CSV needs notes and sub_event_type columns, "
                         "a gold JSONL file records whose main event has acled.sub_event_type)")
    return rows


def run_pipeline(rows: list[Coded], progress=lambda done: None) -> list[Coded]:
    """Fill in each row's evidence by running our pipeline on its text."""
    from article2json.evaluation.devsets import text_article
    from article2json.extractors.events.typing_model import recording
    from article2json.pipeline import Pipeline, PipelineConfig
    from article2json.extractors.base import ExtractorOptions

    pipeline = Pipeline(PipelineConfig(extractors=("events",), options=ExtractorOptions(typing_model="rules")))
    articles = [text_article(row.text, "coded", row.id) for row in rows]
    docs = pipeline.nlp.pipe((a.text for a in articles), batch_size=64)
    for done, (row, article, doc) in enumerate(zip(rows, articles, docs), 1):
        with recording() as log:
            record = pipeline.convert(article, doc)
        main = next((e for e in getattr(record, "get", lambda k: None)("events") or [] if e["main"]), None)
        typed = [entry for entry in log if main is not None and entry[0] == main["trigger"]["start"]]
        if typed:
            _start, row.features, row.lemmas, rules = typed[-1]
            row.typed = [rules.plover, rules.mode, rules.acled_type, rules.acled_sub]
            acled = main["acled"] or {}
            row.output = [main["type"], main["mode"], acled.get("event_type"), acled.get("sub_event_type")]
        progress(done)
    return rows


def _code_digest() -> str:
    """A digest of the code and data the features come from: the extractors' files but the model
    itself, with the typing table's example sentences left out (they are for its tests)."""
    from article2json.extractors.events.classify import typing_table

    digest = hashlib.sha256()
    for source in sorted(Path(str(files("article2json.extractors"))).rglob("*")):
        if source.suffix in (".py", ".tsv", ".json") and source.name not in (MODEL_FILE,
                                                                               "typing_table.tsv"):
            digest.update(source.read_bytes())
    for rows in typing_table().values():
        digest.update(repr([row.__dict__ | {"example": ""} for row in rows]).encode())
    return digest.hexdigest()


def cached_rows(name: str, rows: list[Coded], cache: Path) -> list[Coded]:
    """`rows` with their evidence, from `cache`/features-NAME-HASH.jsonl when present (the hash
    covers the texts and the code of the events extractor, so a code change recomputes)."""
    digest = hashlib.sha256(_code_digest().encode())
    for row in rows:
        digest.update(row.text.encode())
    path = cache / f"features-{name}-{digest.hexdigest()[:12]}.jsonl"
    if path.exists():
        return [Coded(**orjson.loads(line)) for line in path.read_bytes().splitlines()]
    run_pipeline(rows, lambda done: done % 500 == 0 and print(f"{name}: {done}/{len(rows)}", file=sys.stderr))
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(orjson.dumps(row.__dict__) + b"\n" for row in rows))
    return rows


DEV_CAP = 2000  # rows per ACLED file at most (evenly spaced): spaCy over every row takes too long on 2 cores


def spread(rows: list, cap: int) -> list:
    """At most `cap` of `rows`, evenly spaced (deterministic)."""
    return rows if len(rows) <= cap else [rows[i * len(rows) // cap] for i in range(cap)]


def dev_rows(root: Path, cache: Path) -> list[Coded]:
    """The ACLED rows of the dev data (at most DEV_CAP per file) with their evidence."""
    rows = []
    for name in DEV_ACLED:
        coded = spread(list(read_acled(root / name)), DEV_CAP)
        rows += cached_rows(Path(name).stem, coded, cache)
    return rows


@dataclass(frozen=True)
class Settings:
    """The model's settings: word hash buckets (0: no words), regularisation C, and the
    probability below which the rules' label stands."""

    buckets: int = BUCKETS
    c: float = C
    threshold: float = THRESHOLD


def fit(rows: list[Coded], settings: Settings = Settings()) -> dict:
    """The model file's content fitted on the rows that have an event: classes, weights per
    feature (word weights pre-scaled by WORD_SCALE), biases, buckets and threshold."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    usable = [r for r in rows if r.features]
    counts: dict[str, int] = {}
    for row in usable:
        counts[row.sub] = counts.get(row.sub, 0) + 1
    usable = [r for r in usable if counts[r.sub] >= MIN_CLASS_ROWS]
    if len({r.sub for r in usable}) < 2:
        raise ValueError(f"fitting needs texts with an event of at least two sub-event types, "
                         f"{MIN_CLASS_ROWS} texts each")
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform([_vector(r, settings.buckets) for r in usable])
    model = LogisticRegression(C=settings.c, max_iter=500, tol=1e-3, random_state=SEED)
    model.fit(matrix, [r.sub for r in usable])
    classes = [str(c) for c in model.classes_]
    coef = model.coef_ if len(classes) > 2 else [[-w for w in model.coef_[0]], list(model.coef_[0])]
    bias = model.intercept_ if len(classes) > 2 else [-model.intercept_[0], model.intercept_[0]]
    weights = {}
    for column, name in enumerate(vectorizer.get_feature_names_out()):
        scale = WORD_SCALE if name.startswith("word#") else 1.0
        weights[str(name)] = [round(float(row[column]) * scale, 5) for row in coef]
    return {"classes": classes, "bias": [round(float(b), 5) for b in bias], "buckets": settings.buckets,
            "threshold": settings.threshold, "weights": weights}


def _vector(row: Coded, buckets: int) -> dict[str, float]:
    vector = {name: 1.0 for name in row.features}
    vector.update({name: WORD_SCALE for name in word_features(row.lemmas, buckets)})
    return vector


def predict(model, row: Coded) -> tuple[str | None, str | None]:
    """The (event_type, sub_event_type) our output gives a row with `model` (None: the rules
    alone): a label the output changed after typing (an opening label) stands."""
    from article2json.extractors.events.classify import EventLabels

    if row.output is None:
        return None, None
    if model is None or row.output != row.typed:
        return row.output[2], row.output[3]
    typing = model.decide(row.features, row.lemmas, EventLabels(*row.typed))
    return typing.acled_type, typing.acled_sub


def write_model(content: dict, path: Path) -> None:
    """The model as JSON with sorted keys (same data, same bytes)."""
    path.write_bytes(orjson.dumps(content, option=orjson.OPT_SORT_KEYS) + b"\n")


def shipped_model_path() -> Path:
    return Path(str(files("article2json.extractors").joinpath("data", MODEL_FILE)))


def build_dev(data: str | None, output: Path | None, say=print) -> tuple[list[Coded], Path, Path]:
    """Fit the shipped model on the dev data's ACLED rows and write it (to `output`, else into the
    package); returns the rows, the dev data folder and the model's path (for the held-out report,
    `evaluation.typing_report`)."""
    from article2json.evaluation.devsets import data_dir
    from article2json.extractors.places.gazetteer import cache_dir

    root = data_dir(data)
    rows = dev_rows(root, cache_dir() / "typing-features")
    path = output or shipped_model_path()
    content = fit(rows)
    write_model(content, path)
    say(f"fitted on {sum(1 for r in rows if r.features)} of {len(rows)} ACLED rows; wrote {path}")
    return rows, root, path


if __name__ == "__main__":
    from article2json.cli.train import train

    train(prog_name="python -m article2json.train")
