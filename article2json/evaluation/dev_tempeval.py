"""tempeval3-train: TimeBank and AQUAINT TimeML news documents with every TIMEX3 marked.

Gold `dates`: the DATE-type TIMEX3 spans of the text with their normalised value; TIME, DURATION and
SET expressions are optional (neither required nor counted against precision). Reference date: the
document creation time (DCT), as TempEval prescribes. Scored: span recall and precision (overlap),
and value accuracy over the found dates with a calendar value.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from article2json.evaluation.devsets import day, text_article
from article2json.evaluation.gold import Case

NAME = "tempeval3"
PATH = "tempeval3-train"
EXTRACTORS = ("dates",)
ABOUT = ("dates: DATE TIMEX3 span recall/precision (overlap) and value accuracy; "
         "reference date = the document creation time")
HEADLINE = (("dates", "spans (overlap)"), ("dates", "value (of found)"))

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def parse_timeml(document: str) -> tuple[str, list[dict[str, Any]], str | None]:
    """The plain text of <TEXT>, its TIMEX3 spans ({start, end, type, value}) and the DCT value."""
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", document, re.DOTALL)
    body = re.search(r"<TEXT>(.*?)</TEXT>", document, re.DOTALL)
    raw = body.group(1) if body else ""
    text_parts: list[str] = []
    length, position = 0, 0
    timexes: list[dict[str, Any]] = []
    open_timex: dict[str, Any] | None = None
    for tag in _TAG.finditer(raw):
        chunk = html.unescape(raw[position:tag.start()])
        text_parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            if open_timex is not None:
                timexes.append({**open_timex, "end": length})
            open_timex = None
        else:
            attributes = dict(_ATTRIBUTE.findall(tag.group(3)))
            open_timex = {"start": length, "type": attributes.get("type"), "value": attributes.get("value")}
    text_parts.append(html.unescape(raw[position:]))
    return "".join(text_parts), timexes, dct.group(1) if dct else None


def gold_dates(timexes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold `dates` items; one-digit ISO weeks are written with two digits (2000-W8 = 2000-W08)."""
    dates = []
    for timex in timexes:
        value = re.sub(r"-W(\d)$", r"-W0\1", timex["value"] or "") or None
        item: dict[str, Any] = {"start": timex["start"], "end": timex["end"], "value": value}
        if timex["type"] != "DATE":
            item["optional"] = True
        dates.append(item)
    return dates


def load(root: Path) -> list[Case]:
    cases = []
    for path in sorted((root / PATH).glob("*/*.tml")):
        text, timexes, dct = parse_timeml(path.read_text(encoding="utf-8"))
        record_id = path.stem
        gold = {"id": record_id, "published": dct, "dates": gold_dates(timexes)}
        cases.append(Case(gold, text_article(text, f"{PATH}/{path.parent.name}/{path.name}", record_id, day(dct)),
                          ("id", record_id)))
    return cases
