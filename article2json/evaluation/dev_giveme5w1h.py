"""giveme5w1h-dev: full news articles with who/when/where phrases from three coders.

Gold (main event): `date.value` = any parsed "when" of the coders; `location.name` = any "where"
phrase (a predicted place matches when a phrase contains it as whole words); `actor` = the "who"
phrases (a predicted actor matches when one contains the other). Reference date: the article's
publication date (`date_publish`), as in normal use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from article2json.evaluation.devsets import day, text_article
from article2json.evaluation.gold import Case

NAME = "giveme5w1h"
PATH = "giveme5w1h-dev"
EXTRACTORS = ("events",)
ABOUT = "main event: when (date), where (location), who (actor); reference date = date_publish"
HEADLINE = (("main event", "date.value"), ("main event", "location.name"), ("main event", "actor"))


def _answers(record: dict[str, Any], question: str, key: str = "text") -> list[str]:
    annotated = record.get("fiveWoneH", {}).get(question, {}).get("annotated") or []
    values = [str(answer[key]).strip() for answer in annotated if isinstance(answer, dict) and answer.get(key)]
    return list(dict.fromkeys(value for value in values if value))


def gold_event(record: dict[str, Any]) -> dict[str, Any]:
    event: dict[str, Any] = {"main": True}
    when = list(dict.fromkeys(value[:10] for value in _answers(record, "when", "parsed")))
    if when:
        event["date"] = {"value": when}
    where = _answers(record, "where")
    if where:
        event["location"] = {"name": where}
    who = _answers(record, "who")
    if who:
        event["actor"] = [{"name": phrase} for phrase in who]
    return event


def load(root: Path) -> list[Case]:
    cases = []
    for path in sorted((root / PATH).glob("*.json")):
        record = orjson.loads(path.read_bytes())
        record_id = path.stem
        article = text_article(record["text"], f"{PATH}/{path.name}", record_id, day(record.get("date_publish")),
                               record.get("title"))
        gold = {"id": record_id, "published": (record.get("date_publish") or "")[:10] or None,
                "events": [gold_event(record)]}
        cases.append(Case(gold, article, ("id", record_id)))
    return cases
