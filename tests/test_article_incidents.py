"""Which incidents a full report tells, on reports written for these tests: a group's aim is no
event, and every act of a sentence framed as "a separate incident" stays apart from the report's
incident."""

from __future__ import annotations

from article2json.extractors.base import ExtractorOptions
from article2json.extractors.dates import DatesExtractor
from event_runs import main_event, run_events


def with_dates(article, found: dict) -> None:
    found["dates"] = DatesExtractor(ExtractorOptions())(article, found)


def report(nlp, headline: str, body: str) -> list[dict]:
    text = f"{headline}\nThe Lakeside Courier\nTAMALA, Oct 14, 2025 -\n{body}\n"  # a Tuesday
    return [e for e in run_events(nlp, text, before=with_dates) if e["modality"] == "asserted"]


def test_a_group_named_by_its_aim_is_no_event(nlp):
    found = report(nlp, "Rebels claim bus attack",
                   "The Dawn Front, a rebel group fighting to overthrow the government, said on Tuesday that its "
                   "fighters had attacked a bus near the border.")
    assert [e["trigger"]["text"] for e in found] == ["attacked"]


def test_acts_of_a_separate_incident_stay_apart(nlp):
    found = report(nlp, "Bomb kills four at market",
                   "A bomb exploded at a market in the lake town of Tamala on Tuesday, killing four traders, police "
                   "said. The attackers fled on foot.\n"
                   "In a separate incident, soldiers retook the village of Doro from rebels after heavy fighting "
                   "on Sunday, the army said.")
    bombing = main_event(found)
    assert bombing["date"]["value"] == "2025-10-14" and bombing["killed"] == 4
    assert all(e["date"]["value"] == "2025-10-12" for e in found if e["trigger"]["text"] in ("retook", "fighting"))

