"""Quotes and attributions read from articles written for these tests."""

from __future__ import annotations

import pytest

from article2json.extractors.base import Article, Source, Span
from article2json.extractors.quotes import QuotesExtractor, find_quotes


@pytest.fixture(scope="module")
def quotes(nlp):
    def read(text: str) -> list[dict]:
        article = Article(text=text, source=Source("-", "0", "text"))
        return QuotesExtractor()(article, {"doc": nlp(text)})
    return read


BRIEFING = (
    "\"The bridge over the river was destroyed overnight by heavy shelling,\" a local official "
    "told Reuters.\n"
    "\"Two engineers were injured and the road is closed,\" he added.\n"
    "Army spokesman Major Lina Osei said that reinforcements had reached the town. The spokesman "
    "noted that the airport remained open.\n"
    "According to the governor, the fire started in a fuel depot near the port.\n"
    "The minister said talks with the rebels would resume next week, state media reported.\n"
)


def test_direct_quote_with_speaker_and_outlet(quotes):
    first = quotes(BRIEFING)[0]
    assert first["text"] == "The bridge over the river was destroyed overnight by heavy shelling"
    assert (first["speaker"], first["via"], first["kind"], first["cue"]) == (
        "a local official", "Reuters", "direct", "told")
    span = first["attribution"]
    assert BRIEFING[span["start"]:span["end"]] == "a local official told Reuters"
    assert BRIEFING[first["start"]:first["end"]] == first["text"]


def test_follow_up_pronoun_takes_the_latest_speaker(quotes):
    second = quotes(BRIEFING)[1]
    assert second["text"].startswith("Two engineers were injured")
    assert (second["speaker"], second["via"], second["cue"]) == ("a local official", "Reuters", "added")


def test_reported_speech_and_descriptive_follow_up(quotes):
    found = {quote["text"]: quote for quote in quotes(BRIEFING)}
    reinforcements = found["reinforcements had reached the town"]
    assert (reinforcements["speaker"], reinforcements["kind"]) == ("Army spokesman Major Lina Osei", "reported")
    assert found["the airport remained open"]["speaker"] == "Army spokesman Major Lina Osei"


def test_according_to(quotes):
    found = {quote["text"]: quote for quote in quotes(BRIEFING)}
    depot = found["the fire started in a fuel depot near the port"]
    assert (depot["speaker"], depot["kind"], depot["cue"], depot["via"]) == (
        "the governor", "according_to", "According to", None)


def test_outlet_that_reports_a_statement_is_its_via(quotes):
    (talks,) = [quote for quote in quotes(BRIEFING) if quote["speaker"] == "The minister"]
    assert (talks["text"], talks["via"]) == ("talks with the rebels would resume next week", "state media")


def test_survey_that_shows(quotes):
    text = "A survey published on Sunday showed that most farmers oppose the new tax.\n"
    (found,) = quotes(text)
    assert (found["speaker"], found["text"]) == ("A survey", "most farmers oppose the new tax")


def test_outlet_speaking_itself_and_named_sources(quotes):
    found = quotes("Three houses collapsed in the storm, Radio Nyota reported. According to the "
                   "fire brigade, nobody was inside.\n")
    assert [(q["speaker"], q["via"]) for q in found] == [("Radio Nyota", "Radio Nyota"), ("the fire brigade", None)]


def test_quotation_split_by_its_cue(quotes):
    text = "\"We will rebuild the school,\" the mayor said, \"and we will start in May.\"\n"
    found = quotes(text)
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("We will rebuild the school", "the mayor"), ("and we will start in May.", "the mayor")]


def test_scare_quotes_and_unattributed_quotations_are_not_quotes(quotes):
    text = "The government called the strikes \"self-defence\" and moved on.\n"
    assert all(q["kind"] != "direct" for q in quotes(text))


def test_output_keys_and_metadata_lines(nlp):
    text = "Daily \"Voice of the Valley\" said\nMon, 6 May 2024\nThe police said the road was open.\n"
    article = Article(text=text, source=Source("-", "0", "text"), outlet_span=Span(0, 33),
                      dateline_span=Span(34, 48), body_start=49)
    found = QuotesExtractor()(article, {"doc": nlp(text)})
    assert [list(q) for q in found] == [["text", "start", "end", "speaker", "speaker_text", "via", "kind", "cue",
                                         "attribution"]]
    assert found[0]["text"] == "the road was open" and found[0]["speaker"] == "The police"


def test_seed_article_speaker_and_follow_up(nlp, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    found = find_quotes(nlp(text))
    first, second = found[0], found[1]
    assert (first.kind, first.speaker, first.via, first.cue) == ("direct", "a field source", "Sputnik", "told")
    assert text[first.start:first.end].startswith("Units of the Syrian Arab Army")
    assert (second.speaker, second.via, second.cue) == ("a field source", "Sputnik", "added")
    assert text[second.start:second.end].startswith("A group of ISIS militants")
