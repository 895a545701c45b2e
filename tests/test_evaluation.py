"""The scorer against hand-made gold and predictions with known scores, the gold reader, the
dev-set adapters' parsers, and the `eval` command."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from article2json.cli.main import main
from article2json.evaluation.devsets import DEFAULT_DATA, data_dir, devsets, sample
from article2json.evaluation.events import FIELDS, match_events
from article2json.evaluation.gold import Case, GoldError, join_predictions, read_gold
from article2json.evaluation.names import (actors_match, admin1_match, scoring_country_code, scoring_distance_km, scoring_name_key,
                                           places_match)
from article2json.evaluation.scorer import score

ROOT = Path(__file__).resolve().parent.parent
DEV_DATA = ROOT.parent / "shared" / "dev-data"


def event(main=False, type_="ASSAULT", acled=None, date=None, place=None, killed=None, wounded=None,
          actor=(), recipient=()):
    name, country, admin1 = place or (None, None, None)
    return {"main": main, "type": type_,
            "acled": {"event_type": acled[0], "sub_event_type": acled[1]} if acled else None,
            "date": {"value": date} if date else None,
            "location": {"name": name, "country": country, "admin1": admin1} if place else None,
            "killed": killed, "wounded": wounded,
            "actor": [{"name": n} for n in actor], "recipient": [{"name": n} for n in recipient]}


BATTLE = ("Battles", "Armed clash")
GOLD = [
    {"id": "a", "events": [
        event(True, "ASSAULT", BATTLE, "2023-11-13", ("Goma", "CD", "North Kivu"), 3, None, ["Congolese army"], ["M23 rebels"]),
        event(False, "ASSAULT", ("Explosions/Remote violence", "Air/drone strike"), "2023-11-08",
              ("Kinshasa", "CD", "Kinshasa"), 30),
        event(False, "PROTEST", ("Protests", "Peaceful protest"), "2023-11-10", ("Bukavu", "CD", "South Kivu"),
              actor=["protesters"])]},
    {"id": "b", "events": [
        event(True, "PROTEST", ("Protests", "Peaceful protest"), "2023-05-01", ("Accra", "GH", "Greater Accra"),
              actor=["students"])]},
    {"id": "c", "events": [{"main": True, "type": "ASSAULT", "killed": 5}]},
]
PREDICTED = {
    "a": {"source": {"id": "a", "line": 1}, "events": [
        event(True, "ASSAULT", BATTLE, "2023-11-13", ("Goma", "CD", "Nord-Kivu"), 3, 0, ["the Congolese army"], ["M23"]),
        event(False, "ASSAULT", ("Explosions/Remote violence", "Shelling/artillery/missile attack"), "2023-11-09",
              ("Kinshasa", "CD", "Kinshasa"), 29),
        event(False, "COERCE", ("Strategic developments", "Arrests"), "2023-11-10", ("Bukavu", "CD", "Sud-Kivu"),
              actor=["police"])]},
    "b": {"source": {"id": "b", "line": 2}, "events": [
        event(True, "ASSAULT", ("Violence against civilians", "Attack"), "2023-05-01",
              ("Accra", "GH", "Greater Accra Region"), 2, None, ["police"], ["students"])]},
}


@pytest.fixture(scope="module")
def report():
    return score((gold, PREDICTED.get(gold["id"])) for gold in GOLD)


def row(report, group, metric):
    return next(r for r in report["rows"] if (r["group"], r["metric"]) == (group, metric))


# ---------------------------------------------------------------- names

@pytest.mark.parametrize("gold, predicted, expected", [
    ("Ar Raqqah", "Raqqa", True), ("Deir ez-Zor", "Deir Ezzor", True), ("Rivers State", "Rivers", True),
    ("Homs Governorate", "homs", True), ("Sétif", "Setif", True), ("northern town of Goma", "Goma", True),
    ("Eastern", "Western", False), ("Goma", "Bukavu", False), ("Goma", None, False), ("Goma", "Goma city", False),
])
def test_places_match(gold, predicted, expected):
    assert places_match(gold, predicted) is expected


def test_admin1_is_scored_exact_and_variant_tolerant():
    from article2json.evaluation.events import FIELDS

    exact = next(field for field in FIELDS if field.name == "location.admin1 (exact)")
    gold = {"location": {"country": "SY", "admin1": "Deir-ez-Zor"}}
    assert exact.compare("Deir-ez-Zor", "Deir ez-Zor", gold) and admin1_match("Idlib", "Idleb", "SY")
    assert not exact.compare("Idlib", "Idleb", gold)


def test_admin1_match_aliases_and_iso_subdivisions():
    assert admin1_match("North Kivu", "Nord-Kivu", "CD")
    assert admin1_match("Nairobi", "Nairobi City", "KE")
    assert admin1_match("Greater Accra", "Greater Accra Region", "GH")
    assert not admin1_match("North Kivu", "South Kivu", "CD")
    assert not admin1_match("Eastern", "Western", "GH")


def test_actors_match_whole_words_either_way():
    assert actors_match("M23 rebels", "M23")
    assert actors_match("army", "the Congolese army")
    assert not actors_match("police", "army")
    assert not actors_match("Iran", "Iraqi army")
    assert not actors_match("police", None)


def test_a_gold_actor_as_written_matches_the_predicted_name_or_text():
    gold = [event(True, actor=["Nigerian troops"])]
    predicted = [event(True, actor=["Military Forces of Nigeria"])]
    fields = {f.name: f for f in FIELDS}
    assert not fields["actor"].compare(gold[0]["actor"], predicted[0]["actor"], gold[0])
    predicted[0]["actor"][0]["text"] = "Nigerian troops"
    assert fields["actor"].compare(gold[0]["actor"], predicted[0]["actor"], gold[0])


def test_country_codes_and_distance():
    assert [scoring_country_code(v) for v in ("sy", "SYR", "Syria", "Palestinian Territory", "Ghana", "Atlantis", None)] == \
        ["SY", "SY", "SY", "PS", "GH", None, None]
    assert scoring_name_key("The Gambia") == "gambia"
    assert 110 < scoring_distance_km(0, 0, 1, 0) < 112


# ---------------------------------------------------------------- events

def test_matching_requires_the_same_type_and_prefers_agreement():
    gold = [event(type_="ASSAULT", date="2023-11-13", place=("Goma", "CD", None)),
            event(type_="ASSAULT", date="2023-11-01", place=("Kinshasa", "CD", None)),
            event(type_="PROTEST", date="2023-11-02")]
    predicted = [event(type_="ASSAULT", date="2023-11-01", place=("Kinshasa", "CD", None)),
                 event(type_="COERCE", date="2023-11-02"),
                 event(type_="ASSAULT", date="2023-11-13", place=("Goma", "CD", None))]
    assert match_events(gold, predicted) == [(0, 2), (1, 0)]


def test_matching_falls_back_to_the_acled_type():
    gold = [{"acled": {"event_type": "Riots"}}]
    assert match_events(gold, [event(type_="PROTEST", acled=("Protests", "Peaceful protest")),
                               event(type_="PROTEST", acled=("Riots", "Mob violence"))]) == [(0, 1)]


def test_main_event_accuracy(report):
    expected = {"type": (1, 3), "acled.event_type": (1, 2), "acled.sub_event_type": (1, 2), "date.value": (2, 2),
                "location.name": (2, 2), "location.country": (2, 2), "location.admin1": (2, 2),
                "location.admin1 (exact)": (0, 2), "killed": (1, 3),
                "killed (gold > 0)": (1, 2), "wounded": (2, 2), "actor": (1, 2), "recipient": (1, 2)}
    main_rows = {r["metric"]: (r["correct"], r["n"]) for r in report["rows"] if r["group"] == "main event"}
    assert main_rows == expected
    assert row(report, "main event", "type")["score"] == 0.3333


def test_all_events_precision_and_recall(report):
    events = row(report, "all events", "events")
    assert (events["predicted_correct"], events["predicted"], events["gold"]) == (2, 4, 5)
    assert (events["precision"], events["recall"], events["f1"]) == (0.5, 0.4, 0.4444)
    counts = {metric: tuple(row(report, "all events", metric)[k] for k in ("predicted_correct", "predicted", "gold"))
              for metric in ("killed", "date.value", "location.admin1", "actor", "wounded")}
    assert counts == {"killed": (1, 3, 3), "date.value": (1, 4, 4), "location.admin1": (2, 4, 4),
                      "actor": (1, 3, 3), "wounded": (0, 0, 0)}
    assert row(report, "all events", "wounded")["precision"] is None


def test_type_confusion_matrix(report):
    confusion = {c["field"]: c["matrix"] for c in report["confusion"]}
    assert confusion["type"] == {"ASSAULT": {"(none)": 1, "ASSAULT": 1}, "PROTEST": {"ASSAULT": 1}}
    assert confusion["acled.event_type"] == {"Battles": {"Battles": 1}, "Protests": {"Violence against civilians": 1}}
    assert report["without_prediction"] == 1


def test_alternatives_and_unannotated_fields():
    gold = {"events": [{"main": True, "date": {"value": ["2016-11-09", "2016-11-10"]},
                        "location": {"name": ["in a tunnel near the station", "Croydon"]}}]}
    predicted = {"events": [event(True, date="2016-11-10", place=("Croydon", "GB", None), killed=7)]}
    rows = {r["metric"]: r["score"] for r in score([(gold, predicted)])["rows"] if r["group"] == "main event"}
    assert rows == {"date.value": 1.0, "location.name": 1.0}


def test_stated_dates_are_also_scored_on_their_own():
    stated = {"events": [{"main": True, "date": {"value": "2020-05-13", "stated": True}}]}
    unstated = {"events": [{"main": True, "date": {"value": "2020-05-14", "stated": False}}]}
    predicted = {"events": [event(True, date="2020-05-13")]}
    report = score([(stated, predicted), (unstated, predicted)])
    main = {r["metric"]: (r["correct"], r["n"]) for r in report["rows"] if r["group"] == "main event"}
    assert main == {"date.value": (1, 2), "date.value (stated)": (1, 1)}
    assert not [r for r in report["rows"] if r["group"] == "all events" and r["metric"] == "date.value (stated)"]


# ---------------------------------------------------------------- spans

def test_dates_overlap_optional_and_values():
    gold = {"dates": [{"start": 0, "end": 6, "value": "2023-11-13"}, {"start": 20, "end": 30, "value": "2023-11-08"},
                      {"start": 40, "end": 50, "value": "PRESENT_REF"}, {"start": 60, "end": 70, "optional": True}]}
    predicted = {"dates": [{"start": 1, "end": 5, "value": "2023-11-13"}, {"start": 22, "end": 28, "value": "2023-11-09"},
                           {"start": 62, "end": 66, "value": None}, {"start": 80, "end": 90, "value": "2023"}]}
    report = score([(gold, predicted)])
    spans, value = row(report, "dates", "spans (overlap)"), row(report, "dates", "value (of found)")
    assert (spans["predicted_correct"], spans["predicted"], spans["gold_found"], spans["gold"]) == (2, 3, 2, 3)
    assert (value["correct"], value["n"]) == (1, 2)


def test_places_country_and_distance():
    gold = {"places": [{"start": 0, "end": 5, "country": "CD", "lat": -1.68, "lon": 29.22},
                       {"start": 10, "end": 18, "country": "CD", "lat": -4.32, "lon": 15.31}, {"start": 30, "end": 35}]}
    predicted = {"places": [{"start": 0, "end": 4, "country": "CD", "lat": -1.6, "lon": 29.3},
                            {"start": 10, "end": 18, "country": "CG", "lat": -4.26, "lon": 15.28}]}
    report = score([(gold, predicted)])
    assert row(report, "places", "spans (overlap)")["recall"] == 0.6667
    assert row(report, "places", "spans (overlap)")["precision"] == 1.0
    assert (row(report, "places", "country (of found)")["correct"], row(report, "places", "country (of found)")["n"]) == (1, 2)
    assert row(report, "places", "within 161 km (of found)")["score"] == 1.0


def test_quote_speaker_recall():
    gold = {"quotes": [{"start": 0, "end": 20, "speaker": "Joe Biden"}, {"start": 30, "end": 50, "speaker": "the ministry"},
                       {"start": 60, "end": 70, "speaker": None}]}
    predicted = {"quotes": [{"start": 5, "end": 15, "speaker": "Biden"}, {"start": 30, "end": 50, "speaker": "a spokesman"}]}
    report = score([(gold, predicted)])
    assert row(report, "quotes", "spans (overlap)")["recall"] == 0.6667
    speaker = row(report, "quotes", "speaker")
    assert (speaker["correct"], speaker["n"]) == (1, 2)


def test_nothing_predicted_scores_zero_not_missing():
    report = score([(GOLD[1], {"events": [], "dates": []})])
    assert row(report, "main event", "type")["score"] == 0.0
    assert row(report, "all events", "events")["recall"] == 0.0


# ---------------------------------------------------------------- gold files

def write_jsonl(path: Path, records) -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return path


def test_read_gold_and_join_predictions(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [{"id": "x", "events": []}, {"events": [{"type": "AGREE"}]}])
    cases = read_gold(gold, with_articles=False)
    assert [c.key for c in cases] == [("id", "x"), ("line", 2)]
    joined = join_predictions(cases, [{"source": {"id": None, "line": 2}, "n": 2}, {"source": {"id": "x", "line": 9}}])
    assert [p and p["source"]["line"] for p in joined] == [9, 2]


@pytest.mark.parametrize("line, message", [
    (b'{"events": [{"tpye": "AGREE"}]}', "unknown event key(s) tpye"),
    (b'{"dates": [{"start": 1}]}', "'dates' must be a list of objects with start and end"),
    (b'{"events": ', "malformed JSON"),
    (b'[1]', "must be a JSON object"),
])
def test_bad_gold_lines_are_named(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"id": "ok"}\n' + line + b"\n")
    with pytest.raises(GoldError, match=r"gold.jsonl:2: .*" + message.replace("(", r"\(").replace(")", r"\)")):
        read_gold(path, with_articles=False)


def test_gold_without_text_needs_predictions(tmp_path):
    path = write_jsonl(tmp_path / "gold.jsonl", [{"id": "x", "events": []}])
    with pytest.raises(GoldError, match="no text field.*--predictions"):
        read_gold(path)


# ---------------------------------------------------------------- adapters (hand-made inputs)

def test_timeml_text_offsets_and_types():
    from article2json.evaluation.dev_tempeval import gold_dates, parse_timeml

    document = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03">Feb 3</TIMEX3></DCT><TEXT>\n'
                'Rates &amp; prices rose <TIMEX3 tid="t1" type="DATE" value="2001-02-02">yesterday</TIMEX3> for '
                '<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> <EVENT eid="e1">running</EVENT>'
                ' <TIMEX3 tid="t3" type="DATE" value="2001-W5">that week</TIMEX3>.</TEXT></TimeML>')
    text, timexes, dct = parse_timeml(document)
    assert dct == "2001-02-03"
    assert [text[t["start"]:t["end"]] for t in timexes] == ["yesterday", "three days", "that week"]
    assert text.startswith("\nRates & prices")
    assert gold_dates(timexes) == [{"start": 21, "end": 30, "value": "2001-02-02"},
                                   {"start": 35, "end": 45, "value": "P3D", "optional": True},
                                   {"start": 54, "end": 63, "value": "2001-W05"}]


def test_brat_attributions_become_quotes():
    from article2json.evaluation.dev_polnear import parse_brat

    annotations = ("T1\tSource 0 8\tThe mayor\nT2\tCue 9 13\tsaid\nT3\tContent 14 20;25 30\tthings\n"
                   "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\nT4\tContent 40 50\tmore\nE2\tContent:T4 Cue:T2\n")
    assert parse_brat(annotations) == [{"start": 14, "end": 30, "speaker": "The mayor"},
                                       {"start": 40, "end": 50, "speaker": None}]


def test_acled_row_withholds_imprecise_dates_and_places():
    from article2json.evaluation.dev_acled import gold_event

    row = {"event_type": "Riots", "sub_event_type": "Mob violence", "event_date": "2020-01-02", "time_precision": "2",
           "country": "Kenya", "admin1": "Nakuru", "location": "Somewhere", "latitude": "1", "longitude": "2",
           "geo_precision": "3", "fatalities": "0", "notes": "Traders rioted in the market over new levies."}
    assert gold_event(row) == {"main": True, "place_named": False,
                               "acled": {"event_type": "Riots", "sub_event_type": "Mob violence"},
                               "location": {"country": "KE", "admin1": "Nakuru"}, "killed": 0}
    assert gold_event({**row, "notes": "Rioters burned a lorry near Naivasha (Nakuru)."})["place_named"]
    exact = gold_event({**row, "time_precision": "1", "geo_precision": "1"})
    assert exact["date"] == {"value": "2020-01-02", "stated": False}  # the note gives no day
    dated = gold_event({**row, "time_precision": "1", "notes": "On 2 January 2020, traders rioted in the market."})
    assert dated["date"] == {"value": "2020-01-02", "stated": True}
    yearless = gold_event({**row, "time_precision": "1", "notes": "On 2 January, traders rioted in the market."})
    assert yearless["date"]["stated"] is False  # no year: the note alone cannot date it
    assert exact["location"] == {"country": "KE", "admin1": "Nakuru", "name": "Somewhere", "lat": 1.0, "lon": 2.0}


def test_plover_names_and_modes_are_mapped():
    from article2json.evaluation.dev_plover import gold_event

    record = {"event": "FIGHT", "mode": "assassinate", "source": [{"actorText": "rebels"}], "target": ""}
    assert gold_event(record) == {"main": True, "type": "ASSAULT", "mode": "targeted",
                                  "actor": [{"name": "rebels"}], "recipient": []}
    assert "mode" not in gold_event({"event": "THREATEN", "mode": "curfew", "source": []})
    moved = gold_event({"event": "COERCE", "mode": "destroy", "source": []})
    assert (moved["type"], moved["mode"]) == ("ASSAULT", "destroy")
    assert gold_event({"event": "COERCE", "mode": "arrest", "source": []})["type"] == "COERCE"


def test_cameo_codes_are_read_as_plover_types(tmp_path):
    from article2json.evaluation.dev_petrarch import load, plover_type

    assert [plover_type(code) for code in ("190", "1124", "051", "057", "0871", "080", "015")] == [
        "ASSAULT", "ACCUSE", "SUPPORT", "AGREE", "RETREAT", "CONCEDE", None]
    folder = tmp_path / "petrarch-validation"
    folder.mkdir()
    (folder / "PETR2_GSR_validation.xml").write_text(
        '<Validation>\n# notes\n<Sentences>\n'
        '<Sentence date="20200101" id="T-1" evaluate="true"/>\n<EventCoding eventcode="193" sourcecode="A" '
        'targetcode="B" />\n<EventCoding eventcode="141" sourcecode="C" targetcode="B" />\n<Text>\nRebels\n'
        'fought troops as villagers marched.\n</Text>\n<Parse>\n1 x\n</Parse>\n</Sentence>\n'
        '<Sentence date="20200101" id="T-2" evaluate="true"/>\n<EventCoding noevents="True" />\n<Text>\n'
        'The minister spoke.\n</Text>\n</Sentence>\n'
        '<Sentence date="20200101" id="T-3" evaluate="false"/>\n<EventCoding eventcode="040" />\n<Text>\n'
        'They met.\n</Text>\n</Sentence>\n</Sentences>\n</Validation>\n', encoding="utf-8")
    cases = load(tmp_path)
    assert [(c.gold["id"], c.gold["events"], c.article.text) for c in cases] == [
        ("T-1", [{"main": True, "type": ["ASSAULT", "PROTEST"]}], "Rebels fought troops as villagers marched."),
        ("T-2", [], "The minister spoke.")]


def test_sample_is_spread_and_data_dir_defaults(monkeypatch):
    cases = [Case({"id": str(i)}, None, ("id", str(i))) for i in range(10)]
    assert [c.gold["id"] for c in sample(cases, 3)] == ["0", "3", "6"]
    assert sample(cases, None) == cases
    monkeypatch.delenv("ARTICLE2JSON_DEV_DATA", raising=False)
    assert data_dir(None) == DEFAULT_DATA
    monkeypatch.setenv("ARTICLE2JSON_DEV_DATA", "/elsewhere")
    assert data_dir(None) == Path("/elsewhere") and data_dir("here") == Path("here")
    assert list(devsets())[0] == "articles-dev"


# ---------------------------------------------------------------- the command

def invoke(*args):
    return CliRunner(env={"COLUMNS": "160"}).invoke(main, ["eval", *args], catch_exceptions=False)


def test_eval_scores_a_predictions_file_as_json(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    predictions = write_jsonl(tmp_path / "pred.jsonl", PREDICTED.values())
    result = invoke(str(gold), "--predictions", str(predictions), "--format", "json")
    assert result.exit_code == 0, result.output
    (report,) = orjson.loads(result.stdout)["sets"]
    assert row(report, "main event", "type")["correct"] == 1
    assert row(report, "all events", "events")["precision"] == 0.5


def test_eval_table_and_markdown(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    predictions = write_jsonl(tmp_path / "pred.jsonl", PREDICTED.values())
    markdown = tmp_path / "EVAL.md"
    result = invoke(str(gold), "-p", str(predictions), "-f", "table", "--write-markdown", str(markdown))
    assert result.exit_code == 0
    assert "0.333 (1/3)" in result.stdout and "ASSAULT" in result.stdout
    text = markdown.read_text()
    assert "| main event | type | 0.333 (1/3) |" in text
    assert f"--write-markdown {markdown}" in text


@pytest.mark.parametrize("args, message", [
    ((), "name a GOLD file or --dev NAME|all"),
    (("--dev", "nope"), "unknown dev set 'nope'; available: all, articles-dev"),
])
def test_eval_usage_errors(args, message):
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_eval_skips_absent_dev_data_with_one_line_each(tmp_path):
    result = invoke("--dev", "all", "--data", str(tmp_path / "missing"), "-f", "json")
    assert result.exit_code == 0
    skipped = [line for line in result.stderr.splitlines() if "skipping" in line]
    assert len(skipped) == len(devsets())
    assert orjson.loads(result.stdout)["skipped"] == list(devsets())


def test_eval_runs_the_pipeline_on_gold_texts(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "p1", "text": "Farmers marched in the capital on Monday to demand higher prices.", "published": "2024-03-06",
         "events": [{"main": True, "type": "PROTEST"}]}])
    result = invoke(str(gold), "-f", "json")
    assert result.exit_code == 0, result.stderr
    (report,) = orjson.loads(result.stdout)["sets"]
    assert report["articles"] == 1 and report["errors"] == [] and report["without_prediction"] == 0
    assert row(report, "main event", "type")["n"] == 1


# ---------------------------------------------------------------- the dev sets (skipped when absent)

@pytest.mark.skipif(not DEV_DATA.exists(), reason="../shared/dev-data is not present")
def test_dev_sets_load_with_their_gold():
    sizes = {name: module.load(DEV_DATA) for name, module in devsets().items()}
    assert len(sizes["articles-dev"]) == 30
    assert sum(len(c.gold["events"]) for c in sizes["articles-dev"]) == 86
    assert {name: len(cases) for name, cases in sizes.items()} == {
        "articles-dev": 30, "acled-dev": 1720, "acled-more": 1800, "acled-old": 1100, "pitf-dev": 2437, "tempeval3": 256, "plover-gsr": 322,
        "petrarch": 77, "giveme5w1h": 40, "lgl": 588, "polnear": 40}
    for cases in sizes.values():
        assert all(c.article is not None and c.article.text for c in cases)
    tempeval = sizes["tempeval3"][0]
    assert all(0 <= d["start"] < d["end"] <= len(tempeval.article.text) for d in tempeval.gold["dates"])


def _as_prediction(gold: dict) -> dict:
    """A gold record as a perfect prediction (first alternative of each list of alternatives)."""
    predicted = orjson.loads(orjson.dumps(gold))
    for item in predicted.get("events", []):
        if isinstance(item.get("type"), list):
            item["type"] = item["type"][0]
        for parent, key in (("date", "value"), ("location", "name"), ("acled", "event_type")):
            if isinstance(item.get(parent), dict) and isinstance(item[parent].get(key), list):
                item[parent][key] = item[parent][key][0]
    return predicted


@pytest.mark.skipif(not DEV_DATA.exists(), reason="../shared/dev-data is not present")
@pytest.mark.parametrize("name", list(devsets()))
def test_dev_gold_scored_against_itself_is_perfect(name):
    cases = devsets()[name].load(DEV_DATA)
    report = score((case.gold, _as_prediction(case.gold)) for case in cases)
    assert report["rows"]
    for result in report["rows"]:
        scores = [result["score"]] if result["kind"] == "accuracy" else [result["precision"], result["recall"]]
        assert all(value in (1.0, None) for value in scores), result
