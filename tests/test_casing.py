"""Title Case and capitals headlines are parsed in sentence case; the output keeps the text as written."""

from __future__ import annotations

import pytest

from article2json.extractors.base import Span
from article2json.extractors.casing import parse_text


@pytest.mark.parametrize("line, readable", [
    ("Militia Fighters Kill 9 Herders in Raid on Cattle Camp",
     "Militia fighters kill 9 herders in raid on cattle camp"),
    ("Nigerian Troops Repel ISWAP Attack on Base Near Maiduguri",
     "Nigerian troops repel ISWAP attack on base near Maiduguri"),  # demonym, acronym, city kept
    ("GUNMEN ABDUCT 14 PASSENGERS ON HIGHWAY OUTSIDE KADUNA",
     "Gunmen abduct 14 passengers on highway outside Kaduna"),
])
def test_headline_lines_are_read_in_sentence_case(nlp, line, readable):
    assert parse_text(nlp, line) == readable


@pytest.mark.parametrize("line", [
    "Gunmen shot dead the Director of Finance at the Kano State Ministry of Local Government",  # verbs in lower case
    "Protesters marched in Lagos on Monday.",
    "Daily Herald Online",  # too few longer words to judge
])
def test_ordinary_sentences_and_short_lines_are_left_alone(nlp, line):
    assert parse_text(nlp, line) == line


def test_a_line_the_caller_keeps_stays_as_written(nlp):
    text = "Police Disperse Traders Protesting New Market Levies\nWest Coast Evening Courier Online\n"
    outlet = Span(text.index("West"), text.index("Online") + len("Online"))
    readable = parse_text(nlp, text, (outlet, None))
    assert readable.startswith("Police disperse traders protesting new market levies\n")
    assert readable.endswith("West Coast Evening Courier Online\n")
    assert len(readable) == len(text)


@pytest.mark.parametrize("headline, trigger, killed, event_type", [
    ("Security Forces Shoot Dead 7 Protesters During Fuel Price Demonstration", "Shoot", 7, "Protests"),
    ("INSURGENTS KILL FOUR SOLDIERS, WOUND SIX IN DAWN RAID", "RAID", 4, "Battles"),
])
def test_a_headline_in_title_case_or_capitals_gives_its_toll_with_the_words_as_written(
        run_cli, headline, trigger, killed, event_type):
    text = headline + "\n"
    result, records = run_cli("-", input=text)
    assert result.exit_code == 0
    event = next(e for e in records[0]["events"] if e["main"])
    assert event["killed"] == killed
    assert event["acled"]["event_type"] == event_type
    assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"] == trigger


def test_an_acronym_that_spells_a_function_word_is_parsed_as_a_name(nlp):
    text = "On 3 May, 6 IS fighters were killed by a drone strike near Tal Afar.\nWHO IS READY\n"
    readable = parse_text(nlp, text)
    assert readable.startswith("On 3 May, 6 IZ fighters were killed")
    assert readable.endswith("\nWHO IS READY\n")  # a line of capitals is re-cased, never renamed
    assert len(readable) == len(text)


def test_the_toll_of_an_event_whose_actor_is_an_acronym_like_is(run_cli):
    result, records = run_cli("-", input="On 3 May 2021, 6 IS fighters were killed by a drone strike near Tal Afar.\n")
    event = next(e for e in records[0]["events"] if e["main"])
    assert event["killed"] == 6
    assert event["acled"]["sub_event_type"] == "Air/drone strike"
