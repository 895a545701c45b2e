"""petrarch: news and test sentences with the CAMEO event codes of the PETRARCH-2 validation
records (PETR2_GSR_validation.xml), read as PLOVER types. The file says most codes were added from
PETRARCH-2's own output: the score is agreement with that coder more than with hand coding.

CAMEO codes become PLOVER types by the crosswalk of the PLOVER manual (`CAMEO_TO_PLOVER`: the
two-digit root, or a longer code where the manual files a sub-code elsewhere: praise and other
diplomatic support are SUPPORT, signing an agreement AGREE; military de-escalation RETREAT). A
record with several codings accepts any of their types. Public statements (CAMEO 01) have no PLOVER
type, and records coded as having no event have none: both are scored as texts with no event, so
that the all-events precision counts what the rules report in them. The file is not well-formed
XML (a self-closed `<Sentence/>` opens each record), so records are read with patterns. No
reference date (dates are not scored).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from article2json.evaluation.devsets import text_article
from article2json.evaluation.gold import Case

NAME = "petrarch"
PATH = "petrarch-validation/PETR2_GSR_validation.xml"
EXTRACTORS = ("events",)
ABOUT = "main event: PLOVER type from CAMEO codes; all events; no reference date"
HEADLINE = (("main event", "type"), ("all events", "events"))

CAMEO_TO_PLOVER = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "057": "AGREE", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "087": "RETREAT", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE",
    "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
RECORD = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
CODING = re.compile(r"<EventCoding\b([^>]*)/?>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def plover_type(code: str) -> str | None:
    """The PLOVER type of a CAMEO event code: the longest prefix the crosswalk lists."""
    return next((CAMEO_TO_PLOVER[code[:size]] for size in (3, 2) if code[:size] in CAMEO_TO_PLOVER), None)


def gold_events(codings: list[dict[str, str]]) -> list[dict[str, Any]]:
    """The main event of a record: the PLOVER types of its codings (any of them is right), none
    when it has no coding of a PLOVER kind."""
    types = list(dict.fromkeys(filter(None, (plover_type(c.get("eventcode", "")) for c in codings))))
    if not types:
        return []
    return [{"main": True, "type": types[0] if len(types) == 1 else types}]


def load(root: Path) -> list[Case]:
    cases = []
    for attributes, body in RECORD.findall((root / PATH).read_text(encoding="utf-8")):
        fields = dict(ATTRIBUTE.findall(attributes))
        text = TEXT.search(body)
        if fields.get("evaluate", "true").lower() != "true" or text is None or not text.group(1).strip():
            continue
        record_id = fields.get("id", str(len(cases)))
        codings = [dict(ATTRIBUTE.findall(found)) for found in CODING.findall(body)]
        article = text_article(" ".join(text.group(1).split()), PATH, record_id)
        cases.append(Case({"id": record_id, "events": gold_events(codings)}, article, ("id", record_id)))
    return cases
