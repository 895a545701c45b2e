"""`article2json explain`: what each events stage produced, on articles written for these tests."""

from __future__ import annotations

import orjson
import pytest
from click.testing import CliRunner

from article2json.cli.main import main

STAGES = ["triggers", "roles", "casualties", "incidents", "typing", "main_event", "linking", "record"]
ARTICLE = """Gunmen kill four farmers in northern village

Gunmen attacked the village of Kuru on Tuesday, killing four farmers, police said.
The attack lasted an hour. Residents said two more farmers were wounded.
"""


@pytest.fixture(scope="module")
def article_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("explain") / "kuru.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def explained(article_file):
    result = CliRunner().invoke(main, ["explain", str(article_file), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    return orjson.loads(result.stdout)


def test_every_stage_is_shown_in_running_order(explained):
    assert list(explained["stages"]) == STAGES


def test_the_stages_trace_one_incident(explained):
    stages = explained["stages"]
    assert {"attacked", "killing", "attack"} <= {m["trigger"] for m in stages["triggers"]}
    attacked = next(m for m in stages["roles"] if m["trigger"] == "attacked")
    assert [a["name"] for a in attacked["actor"]] == ["Gunmen"]
    figures = [c for m in stages["casualties"] for c in m["casualties"]]
    assert {(c["kind"], c["count"]) for c in figures} == {("killed", 4), ("wounded", 2)}
    merged = next(e for e in stages["incidents"]["body"] if e["trigger"] == "attacked")
    assert "attack" in merged["mentions"]  # "The attack lasted an hour" joined the incident
    main_event = next(e for e in stages["main_event"] if e["main"])
    assert main_event["type"] == "ASSAULT"


def test_the_last_stage_is_the_events_output(explained, article_file):
    result = CliRunner().invoke(main, [str(article_file)], catch_exceptions=False)
    assert explained["stages"]["record"] == orjson.loads(result.stdout)["events"]


def test_text_on_request_names_each_stage(article_file):
    result = CliRunner().invoke(main, ["explain", str(article_file), "--format", "text"], catch_exceptions=False)
    assert [line[3:] for line in result.stdout.splitlines() if line.startswith("-- ")] == STAGES
    assert "killed 4" in result.stdout


def test_a_file_without_events_shows_empty_stages(tmp_path):
    path = tmp_path / "weather.txt"
    path.write_text("Sunny spells are expected across the coast on Sunday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", str(path), "--format", "text"], catch_exceptions=False)
    assert result.exit_code == 0 and "(nothing)" in result.stdout


def test_a_dash_reads_the_article_from_standard_input(explained):
    result = CliRunner().invoke(main, ["explain", "-", "--format", "json"], input=ARTICLE.encode(),
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert orjson.loads(result.stdout)["stages"] == explained["stages"]


def test_what_a_reprisal_answers_is_another_incident(tmp_path):
    path = tmp_path / "reprisal.txt"
    path.write_text("Gunmen raided a village near Jos on Saturday night and shot dead 14 people. Residents said the "
                    "raid was a reprisal for an attack on herders near the village last week.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", str(path), "--format", "json"], catch_exceptions=False)
    groups = [group["mentions"] for group in orjson.loads(result.stdout)["stages"]["incidents"]["body"]]
    assert not any("raid" in group and "attack" in group for group in groups)


def test_explain_parses_the_article_as_a_conversion_does(tmp_path):
    """The body after a wire dateline is a sentence of its own in both, so the victims of the first
    sentence are the same ("SARH – Seven farmers, among them a village chief, were killed ...")."""
    path = tmp_path / "sarh.txt"
    path.write_text("Armed herders raid fields near Sarh\nChad Daily\n4 June 2024\n\n"
                    "SARH – Seven farmers, among them a village chief, were killed late Sunday night when armed "
                    "herders attacked their fields outside Kyabé, a village south of Sarh, local authorities "
                    "said.\n", encoding="utf-8")
    explained = CliRunner().invoke(main, ["explain", str(path), "--format", "json"], catch_exceptions=False)
    converted = CliRunner().invoke(main, [str(path)], catch_exceptions=False)
    record = orjson.loads(converted.stdout)
    assert [e["killed"] for e in orjson.loads(explained.stdout)["stages"]["record"]] == \
        [e["killed"] for e in record["events"]]
    assert max(e["killed"] or 0 for e in record["events"]) == 7


def test_the_attack_on_a_named_village_is_the_incident_told_there(tmp_path):
    """"The attack on Kwanar Dutse" names the raid by its village: it is that incident, not the
    latest one told before it (police dispersing a protest in another town)."""
    path = tmp_path / "village.txt"
    path.write_text("Bandits kill 12 in Zamfara village\n\nBandits killed 12 villagers when they stormed Kwanar Dutse, "
                    "a farming village in Tsafe Local Government Area of Zamfara State, on Sunday night, police said."
                    "\n\nOn Monday, police fired tear gas to disperse residents of Gusau who blocked a highway to "
                    "protest against the killings.\n\nThe attack on Kwanar Dutse came a day after gunmen abducted 15 "
                    "people from another village.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", str(path), "--format", "json"], catch_exceptions=False)
    groups = [group["mentions"] for group in orjson.loads(result.stdout)["stages"]["incidents"]["body"]]
    assert any("stormed" in group and "attack" in group for group in groups)
    assert not any("fired" in group and "attack" in group for group in groups)
