"""plover-gsr: single sentences coded in the PLOVER ontology (gold standard records, 2016).

Older PLOVER names are read as ours: FIGHT as ASSAULT, DEMAND as REQUEST, DISAPPROVE and INVESTIGATE as
ACCUSE, and COERCE with mode destroy (property destruction, a COERCE mode in the 0.5b1 records) as
ASSAULT/destroy, where the current PLOVER manual moved it. Modes are gold only for ASSAULT and PROTEST and only when they map onto our mode list
(assassinate = targeted, demo-org/demo-spon = demo, riot-spon = riot, strike-gen = strike,
strike-hun = hunger). Actor = the source actors, recipient = the target actors (none when empty).
Reference date: none (the records' date is a placeholder; dates are not scored).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from article2json.evaluation.devsets import text_article
from article2json.evaluation.gold import Case

NAME = "plover-gsr"
PATH = "plover-gsr.json"
EXTRACTORS = ("events",)
ABOUT = "main event: PLOVER type, mode, actor, recipient; no reference date"
HEADLINE = (("main event", "type"), ("main event", "mode"), ("main event", "actor"), ("main event", "recipient"))

TYPE_NAMES = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
MOVED_MODES = {("COERCE", "destroy"): "ASSAULT"}  # modes the current manual files under another type
MODE_NAMES = {"assassinate": "targeted", "demo-org": "demo", "demo-spon": "demo", "riot-spon": "riot",
              "strike-gen": "strike", "strike-hun": "hunger"}
OUR_MODES = {
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
}


def _actors(value: Any) -> list[dict[str, str]]:
    return [{"name": actor["actorText"]} for actor in value or [] if isinstance(actor, dict) and actor.get("actorText")]


def gold_event(record: dict[str, Any]) -> dict[str, Any]:
    event_type = TYPE_NAMES.get(record["event"], record["event"])
    event_type = MOVED_MODES.get((event_type, record.get("mode")), event_type)
    event: dict[str, Any] = {"main": True, "type": event_type}
    mode = MODE_NAMES.get(record.get("mode") or "", record.get("mode"))
    if mode in OUR_MODES.get(event_type, ()):
        event["mode"] = mode
    event.update(actor=_actors(record.get("source")), recipient=_actors(record.get("target")))
    return event


def load(root: Path) -> list[Case]:
    cases = []
    for record in orjson.loads((root / PATH).read_bytes()):
        if not record.get("text") or record["event"] == "DOCUMENT":
            continue
        gold = {"id": record["id"], "events": [gold_event(record)]}
        cases.append(Case(gold, text_article(record["text"], PATH, record["id"]), ("id", record["id"])))
    return cases
