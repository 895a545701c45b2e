"""The gold format: JSON Lines, one annotated article per line, a subset of the output schema.

    {"id": "a1", "text": "...", "title": "...", "published": "2023-11-14",
     "events": [{"main": true, "type": "ASSAULT", "mode": "firearms",
                 "acled": {"event_type": "Battles", "sub_event_type": "Armed clash"},
                 "date": {"value": "2023-11-13"},
                 "location": {"name": "Jaedin", "country": "SY", "admin1": "Ar Raqqah", "lat": 35.9, "lon": 38.9},
                 "killed": 3, "wounded": null,
                 "actor": [{"name": "ISIS"}], "recipient": [{"name": "Syrian army"}]}],
     "dates": [{"start": 120, "end": 131, "value": "2023-11-08"}],
     "places": [{"start": 40, "end": 46, "name": "Raqqa", "country": "SY", "lat": 35.95, "lon": 39.01}],
     "quotes": [{"start": 300, "end": 360, "speaker": "a field source"}]}

- `id` joins a gold article to its prediction (the prediction's `source.id`); without it the line
  number joins (`source.line`). `text`, `title` and `published` are what `article2json` reads from a
  JSON record, so the gold file itself is a valid input: `article2json gold.jsonl > predictions.jsonl`.
  `text` is needed only when the pipeline runs on the gold texts (no `--predictions`).
- A key that is absent is not annotated and not scored; a key that is present with `null` is
  annotated as "not stated" and scored (a prediction must be null too). `killed`/`wounded` treat
  null and 0 alike ("no number" and "none"). `acled: null` means ACLED would not code the event.
- `date.value` and `location.name` may be lists of acceptable alternatives.
- `dates`, `places`, `quotes` list annotated text spans (`start`/`end` are indices into `text`);
  an item with `"optional": true` is not required, and a prediction overlapping it is not wrong.
- Exactly one event should have `main: true` (else the first event is the main one).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import orjson

from article2json.extractors.base import Article
from article2json.readers import InputError

EVENT_KEYS = frozenset({"main", "type", "mode", "acled", "date", "location", "killed", "wounded", "actor",
                        "recipient"})
SPAN_LISTS = ("dates", "places", "quotes")


class GoldError(ValueError):
    """A gold or predictions file that cannot be read."""


@dataclass(frozen=True)
class Case:
    """One gold article: its annotations, and the Article to run the pipeline on (None when the
    gold has no text). `key` joins it to a prediction: ("id", id) or ("line", line number)."""

    gold: dict[str, Any]
    article: Article | None
    key: tuple[str, Any]


def _check(record: Any, where: str) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise GoldError(f"{where}: a gold record must be a JSON object")
    events = record.get("events", [])
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise GoldError(f"{where}: 'events' must be a list of objects")
    for event in events:
        unknown = sorted(set(event) - EVENT_KEYS)
        if unknown:
            raise GoldError(f"{where}: unknown event key(s) {', '.join(unknown)}; known: {', '.join(sorted(EVENT_KEYS))}")
    for name in SPAN_LISTS:
        items = record.get(name, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) and "start" in i and "end" in i for i in items):
            raise GoldError(f"{where}: '{name}' must be a list of objects with start and end")
    return record


def read_jsonl(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for each non-blank line."""
    try:
        lines = path.read_bytes().splitlines()
    except OSError as exc:
        raise GoldError(f"cannot read {path}: {exc.strerror or exc}") from None
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                yield number, orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise GoldError(f"{path}:{number}: malformed JSON ({exc})") from None


def read_gold(path: Path, with_articles: bool = True) -> list[Case]:
    """The cases of a gold file; with `with_articles`, each text is read the way `article2json`
    reads a JSON Lines record."""
    records = [(number, _check(value, f"{path}:{number}")) for number, value in read_jsonl(path)]
    articles: list[Article | InputError | None] = [None] * len(records)
    if with_articles:
        from article2json.readers import read_path

        articles = list(read_path(path))
    cases = []
    for (number, record), article in zip(records, articles):
        if isinstance(article, InputError):
            raise GoldError(f"{path}:{number}: {article.message}; give each article's text, "
                            f"or score a predictions file with --predictions")
        key = ("id", str(record["id"])) if record.get("id") is not None else ("line", number)
        cases.append(Case(record, article, key))
    return cases


def prediction_keys(record: dict[str, Any]) -> list[tuple[str, Any]]:
    """The keys a prediction record can be joined by."""
    source = record.get("source") or {}
    return [("id", source.get("id")), ("line", source.get("line"))]


def join_predictions(cases: list[Case], predictions: Iterable[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """The prediction of each case (None when there is none)."""
    by_key: dict[tuple[str, Any], dict[str, Any]] = {}
    for record in predictions:
        for key in prediction_keys(record):
            if key[1] is not None:
                by_key.setdefault((key[0], str(key[1]) if key[0] == "id" else key[1]), record)
    return [by_key.get(case.key) for case in cases]
