"""The `dates` extractor: finding date expressions and resolving them against a reference date."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from article2json.extractors.base import Article, ExtractorOptions, Source
from article2json.extractors.dates.calendar import FUTURE, PAST, month_day_year, nearest_weekday, shift
from article2json.extractors.dates import DatesExtractor, resolve_date
from article2json.header import build_article
from article2json.record import DateExpression, build
from article2json.record_schema import record_schema

SOURCE = Source("a.txt", "0" * 64, "text")
REFERENCE = datetime(2023, 11, 14, tzinfo=timezone.utc)  # a Tuesday, ISO week 46
KEYS = ["text", "start", "end", "value", "precision", "relative"]


@pytest.fixture(scope="module")
def nlp():
    from article2json.extractors.model import load_model, resolve_model_name

    return load_model(resolve_model_name(None), frozenset({"ner"}))


@pytest.fixture(scope="module")
def extract(nlp):
    """Run the extractor on a body text published on REFERENCE (or on `published`); returns the items."""

    def run(text: str, published: datetime | None = REFERENCE, options: ExtractorOptions | None = None,
            use_spacy: bool = True):
        article = Article(text=text, source=SOURCE, published=published)
        return DatesExtractor(options)(article, {"doc": nlp(text) if use_spacy else None})

    return run


def value_of(text: str, reference=REFERENCE, **kwargs):
    resolved = resolve_date(text, reference, **kwargs)
    return None if resolved is None else (resolved["value"], resolved["precision"], resolved["relative"])


@pytest.mark.parametrize("text, expected", [
    ("8 November", ("2023-11-08", "day", True)),
    ("Nov. 8, 2023", ("2023-11-08", "day", False)),
    ("November 8th, 2023", ("2023-11-08", "day", False)),
    ("the 8th of November 2023", ("2023-11-08", "day", False)),
    ("8th of November 2023", ("2023-11-08", "day", False)),
    ("2023-11-08", ("2023-11-08", "day", False)),
    ("08/11/2023", ("2023-11-08", "day", False)),
    ("11/28/2023", ("2023-11-28", "day", False)),
    ("20 November", ("2022-11-20", "day", True)),   # after publication: the previous year's
    ("15 November", ("2023-11-15", "day", True)),   # one day after: still this year (time zones)
    ("28 December", ("2022-12-28", "day", True)),
    ("30 February", None),
    ("March 2021", ("2021-03", "month", False)),
    ("mid-November", ("2023-11", "month", True)),
    ("in December", ("2022-12", "month", True)),
    ("this December", ("2023-12", "month", True)),
    ("last November", ("2022-11", "month", True)),
    ("late 2022", ("2022", "year", False)),
    ("2019", ("2019", "year", False)),
])
def test_explicit_dates(text, expected):
    assert value_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Wednesday", "2023-11-08"),
    ("on Wednesday", "2023-11-08"),
    ("Tuesday", "2023-11-14"),          # the publication day itself
    ("last Tuesday", "2023-11-07"),
    ("next Friday", "2023-11-17"),
    ("Wednesday, 8 November", "2023-11-08"),
    ("Wed. Nov. 8", "2023-11-08"),
    ("late Monday", "2023-11-13"),
    ("Sunday night", "2023-11-12"),
    ("today", "2023-11-14"),
    ("yesterday", "2023-11-13"),
    ("late yesterday", "2023-11-13"),
    ("last night", "2023-11-13"),
    ("this morning", "2023-11-14"),
    ("tomorrow", "2023-11-15"),
    ("three days ago", "2023-11-11"),
    ("two days before 7 October", "2023-10-05"),
    ("a week after 1 November", "2023-11-08"),
])
def test_days_relative_to_publication(text, expected):
    assert value_of(text) == (expected, "day", True)


@pytest.mark.parametrize("text, expected", [
    ("last week", ("2023-W45", "week")),
    ("Last week", ("2023-W45", "week")),
    ("this week", ("2023-W46", "week")),
    ("next week", ("2023-W47", "week")),
    ("the weekend", ("2023-W45", "week")),
    ("last month", ("2023-10", "month")),
    ("earlier this month", ("2023-11", "month")),
    ("a month ago", ("2023-10", "month")),
    ("earlier this year", ("2023", "year")),
    ("late last year", ("2022", "year")),
    ("next year", ("2024", "year")),
    ("the end of the year", ("2023", "year")),
    ("the third quarter", ("2023-Q3", "quarter")),
    ("last quarter", ("2023-Q3", "quarter")),
    ("this quarter", ("2023-Q4", "quarter")),
])
def test_periods_relative_to_publication(text, expected):
    assert value_of(text) == (*expected, True)


def test_quarters_with_a_year_are_absolute():
    assert value_of("Q1 2024") == ("2024-Q1", "quarter", False)
    assert value_of("the second quarter of 2021") == ("2021-Q2", "quarter", False)


@pytest.mark.parametrize("text, expected", [
    ("the past month", ["2023-10-14", "2023-11-14"]),
    ("the past three weeks", ["2023-10-24", "2023-11-14"]),
    ("the last 24 hours", ["2023-11-13", "2023-11-14"]),
    ("since the start of the year", ["2023-01-01", "2023-11-14"]),
    ("since the beginning of the month", ["2023-11-01", "2023-11-14"]),
    ("so far this year", ["2023-01-01", "2023-11-14"]),
    ("28-30 November 2020", ["2020-11-28", "2020-11-30"]),
])
def test_ranges(text, expected):
    resolved = resolve_date(text, REFERENCE)
    assert resolved["precision"] == "range"
    assert resolved["range"] == expected
    assert resolved["value"] == "/".join(expected)


def test_number_words():
    assert value_of("twenty-four days ago") == ("2023-10-21", "day", True)
    assert value_of("an hour ago") is None


@pytest.mark.parametrize("text", ["for three days", "three days", "a week-long siege", "the day", "quarterly"])
def test_durations_and_other_phrases_are_not_dates(text):
    assert resolve_date(text, REFERENCE) is None


def test_without_a_reference_relative_values_stay_null():
    assert resolve_date("last week", None) == {"value": None, "precision": "week", "relative": True}
    assert value_of("Wednesday", None) == (None, "day", True)
    assert resolve_date("the past month", None) == {"value": None, "precision": "range", "relative": True,
                                                    "range": None}
    assert value_of("8 November 2023", None) == ("2023-11-08", "day", False)


def test_future_reading_of_year_less_dates():
    assert value_of("20 November", future=True) == ("2023-11-20", "day", True)
    assert value_of("Friday", future=True) == ("2023-11-17", "day", True)
    assert value_of("the weekend", future=True) == ("2023-W46", "week", True)


def test_surrounding_prepositions_and_punctuation_are_ignored():
    assert value_of("on Wednesday,") == ("2023-11-08", "day", True)
    assert value_of("next week.") == ("2023-W47", "week", True)
    assert value_of("by 8 Nov.") == ("2023-11-08", "day", True)


def test_arithmetic_names_its_anchor():
    assert resolve_date("two days before 7 October", REFERENCE)["anchor"] == "2023-10-07"


def test_calendar_helpers_at_year_and_month_ends():
    assert shift(date(2024, 3, 31), -1, "month") == date(2024, 2, 29)
    assert value_of("last week", date(2024, 1, 3)) == ("2023-W52", "week", True)
    assert value_of("last month", date(2024, 1, 3)) == ("2023-12", "month", True)
    assert month_day_year(2, 29, date(2023, 11, 14), PAST) == date(2020, 2, 29)
    assert nearest_weekday(1, date(2023, 11, 14), FUTURE, strict=True) == date(2023, 11, 21)


# ---------------------------------------------------------------- the extractor on articles

def test_items_have_the_contract_keys_and_tight_spans(extract):
    text = "On Wednesday, 8 November, jets struck a depot. Last week, 30 soldiers were killed."
    items = extract(text)
    assert [item["text"] for item in items] == ["Wednesday, 8 November", "Last week"]
    for item in items:
        assert list(item)[:6] == KEYS
        assert text[item["start"]:item["end"]] == item["text"]
    assert items[1]["value"] == "2023-W45" and items[1]["precision"] == "week"


def test_items_match_the_output_schema(extract):
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(record_schema()["properties"]["dates"])
    text = ("Fighting has intensified over the past month and since the start of the year. On 3 March "
            "the army said the third quarter was calm; two days before 7 October rebels attacked.")
    items = extract(text)
    validator.validate([build(DateExpression, item) for item in items])  # no key the record lacks
    assert {item["precision"] for item in items} >= {"range", "day", "quarter"}


def test_time_of_day_words_stay_outside_or_keep_day_precision(extract):
    items = extract("The strikes were carried out early on 13 November. Protesters returned late Monday "
                    "and again last night.")
    assert [(i["text"], i["value"], i["precision"]) for i in items] == [
        ("13 November", "2023-11-13", "day"), ("late Monday", "2023-11-13", "day"),
        ("last night", "2023-11-13", "day")]


def test_arithmetic_widens_the_span(extract):
    items = extract("Two days before 7 October, militants shelled the village.")
    assert len(items) == 1
    assert items[0]["text"] == "Two days before 7 October"
    assert items[0]["value"] == "2023-10-05" and items[0]["anchor"] == "2023-10-07"


def test_arithmetic_on_a_non_date_is_left_out(extract):
    assert extract("Two days before the ceasefire, militants shelled the village.") == []


def test_durations_are_not_reported(extract):
    assert extract("The siege lasted for three days and the curfew for two weeks.") == []


def test_the_next_day_follows_the_last_named_day(extract):
    items = extract("Clashes erupted on 8 November. The next day, police arrested 40 people.")
    assert [(i["text"], i["value"]) for i in items] == [("8 November", "2023-11-08"),
                                                        ("The next day", "2023-11-09")]
    assert extract("The next day, police arrested 40 people.") == []


@pytest.mark.parametrize("text, expected", [
    ("The crisis followed his resignation in 2019. On November 15 that year, troops fired on marchers.",
     [("2019", "2019"), ("November 15 that year", "2019-11-15")]),
    ("Rebels took the town on 3 May 2021 and lost it in August that same year.",
     [("3 May 2021", "2021-05-03"), ("August that same year", "2021-08")]),
    ("Strikers marched in 2021. In July of that year, soldiers fired on crowds.",
     [("2021", "2021"), ("July of that year", "2021-07")]),
    # no year named before: as any day without a year (a day after the reference still counts)
    ("On November 15 that year, troops fired on marchers.", [("November 15 that year", "2023-11-15")]),
])
def test_that_year_is_the_year_the_text_last_named(extract, text, expected):
    assert [(i["text"], i["value"]) for i in extract(text)] == expected


def test_future_tense_reads_forward(extract):
    items = extract("The two sides will meet again on 20 November. Talks are scheduled for Friday.")
    assert [i["value"] for i in items] == ["2023-11-20", "2023-11-17"]
    past = extract("Gunmen attacked a convoy on 20 November.")
    assert past[0]["value"] == "2022-11-20"


def test_a_past_verb_far_back_in_the_sentence_wins_over_a_plan_after_the_weekday(extract):
    # "arrested" is more than 120 characters before "Wednesday"; "planned" comes after it
    items = extract("Police and soldiers arrested 36 supporters of the opposition National Unity Platform at the "
                    "party's headquarters in the Makerere Kavule suburb on Wednesday, a day before a planned march.")
    assert [i["value"] for i in items if i["text"] == "Wednesday"] == ["2023-11-08"]


def test_bare_years_and_months_need_a_time_context(extract):
    items = extract("In 2019 the group lost 1950 fighters. Officials met in March.", use_spacy=False)
    assert [i["text"] for i in items] == ["2019", "March"]
    assert extract("May God protect them, said the mayor.", use_spacy=False) == []
    assert extract("The raid killed 12 soldiers and 2000 cattle.", use_spacy=False) == []


def test_a_year_earlier_follows_the_quarter_in_focus(extract):
    items = extract("Profit rose 12% in the third quarter, up from $4 million a year earlier.")
    assert [(i["text"], i["value"]) for i in items] == [("the third quarter", "2023-Q3"),
                                                        ("a year earlier", "2022-Q3")]


def test_header_lines_are_skipped_and_the_dateline_is_the_reference(extract, nlp):
    text = ("Rebels seize town on 3 March\nThe Northern Courier\nSat, 09 Mar 2024 09:15 UTC\n"
            "Rebels captured the town on Friday after fighting that began last week.\n")
    article = build_article(text, SOURCE)
    items = DatesExtractor()(article, {"doc": nlp(text)})
    assert [(i["text"], i["value"]) for i in items] == [
        ("3 March", "2024-03-03"), ("Friday", "2024-03-08"), ("last week", "2024-W09")]


def test_reference_comes_from_the_options_when_the_article_has_none(extract):
    options = ExtractorOptions(published_default=datetime(2024, 1, 10, tzinfo=timezone.utc))
    assert extract("Police fired tear gas yesterday.", published=None, options=options)[0]["value"] == "2024-01-09"
    override = ExtractorOptions(published_override=datetime(2024, 1, 10, tzinfo=timezone.utc))
    assert extract("Police fired tear gas yesterday.", options=override)[0]["value"] == "2024-01-09"
    assert extract("Police fired tear gas yesterday.", published=None)[0]["value"] is None


def test_seed_article(seed_path, nlp):
    text = seed_path.read_text(encoding="utf-8")
    article = build_article(text, SOURCE)
    items = DatesExtractor()(article, {"doc": nlp(text)})
    found = {item["text"]: item for item in items}
    assert found["13 November"]["value"] == "2023-11-13"
    assert found["Wednesday, 8 November"]["value"] == "2023-11-08"
    assert found["Thursday, 9 November"]["value"] == "2023-11-09"
    assert (found["Last week"]["value"], found["Last week"]["precision"]) == ("2023-W45", "week")
    assert found["7 October"]["value"] == "2023-10-07"
    assert found["the past month"]["precision"] == "range"
    assert found["since the start of the year"]["value"] == "2023-01-01/2023-11-14"
    assert "Wednesday" not in found and "8 November" not in found
    assert all(item["start"] >= article.body_start for item in items)


@pytest.mark.parametrize("text, expected", [
    ("overnight", ("2023-11-13", "day", True)),                        # the night before publication
    ("the night of 9 to 10 November 2023", ("2023-11-10", "day", False)),  # the day the night ends on
    ("the night of 9-10 November", ("2023-11-10", "day", True)),
    ("the night of 12/11", ("2023-11-12", "day", True)),               # day/month, as in ACLED notes
    ("the night of 11-12/11", ("2023-11-12", "day", True)),
    ("between 28 October and 3 November 2023", ("2023-10-28/2023-11-03", "range", False)),
    ("from 28 December to 4 January 2023", ("2022-12-28/2023-01-04", "range", False)),  # the year wraps
    ("between 28 October and 3 November", ("2023-10-28/2023-11-03", "range", True)),
])
def test_nights_and_spans_the_way_acled_codes_them(text, expected):
    assert value_of(text) == expected


def test_night_of_two_numbers_is_not_a_day_month(extract):
    assert extract("Shots were heard on the night of the 12/13, residents said.", use_spacy=False) == []


def test_approximate_day_keeps_the_stated_day(extract):
    found = extract("Around 9 November 2023 (as reported), traders protested in the market.", use_spacy=False)
    assert [(d["text"], d["value"]) for d in found] == [("9 November 2023", "2023-11-09")]


def test_overnight_in_a_sentence_is_found(extract):
    found = extract("Gunmen raided a police post overnight, officials said.", use_spacy=False)
    assert [(d["text"], d["value"], d["relative"]) for d in found] == [("overnight", "2023-11-13", True)]


@pytest.mark.parametrize("text, expected", [
    ("last fall", "2022-09-01/2022-11-30"),       # the autumn under way on 14 November is "this fall"
    ("this summer", "2023-06-01/2023-08-31"),
    ("next winter", "2023-12-01/2024-02-29"),
    ("the summer of 2019", "2019-06-01/2019-08-31"),
    ("the 1990s", "1990-01-01/1999-12-31"),
    ("the early 1980s", "1980-01-01/1989-12-31"),
    ("the nineties", "1990-01-01/1999-12-31"),
])
def test_seasons_and_decades_are_ranges(text, expected):
    assert value_of(text)[:2] == (expected, "range")


def test_season_words_need_a_date_context(extract):
    text = "Prices fall after the fall of the city. Over the summer, rebels regrouped near a spring."
    assert [d["text"] for d in extract(text, use_spacy=False)] == ["the summer"]


@pytest.mark.parametrize("sentence, expected", [
    ("Parliament reconvenes on 20 November to debate the budget.", "2023-11-20"),  # no tense: the nearer
    ("The boy must be returned to his family by 20 November.", "2023-11-20"),     # a passive is no past tense
    ("Rebels attacked the town on 20 November.", "2022-11-20"),                   # past tense: looks back
    ("Parliament reconvenes on 2 July to debate the budget.", "2023-07-02"),      # nearer back than ahead
])
def test_year_less_days_follow_the_sentence_tense_else_the_nearest(extract, sentence, expected):
    assert [d["value"] for d in extract(sentence, use_spacy=False)] == [expected]



def test_days_before_or_after_that_count_from_the_day_last_named(extract):
    items = extract("On Friday, aircraft bombed positions east of the city, and two days before that shells hit a "
                    "camp. A week after that, the army withdrew.", use_spacy=False)
    assert [(i["text"], i["value"]) for i in items] == [("Friday", "2023-11-10"),
                                                        ("two days before that", "2023-11-08"),
                                                        ("A week after that", "2023-11-15")]


@pytest.mark.parametrize("text, expected", [
    ("Six people died in clashes after Saturday's disputed presidential election. On polling day, youths "
     "burned ballot boxes in the town.", "2023-11-11"),
    ("Turnout was low in the referendum on 5 November. On voting day, police detained ten activists.", "2023-11-05"),
    ("On election day, youths burned ballot boxes in the town.", None),  # no vote dated: no day
])
def test_polling_day_is_the_day_of_the_vote_the_text_dates(extract, text, expected):
    found = [item["value"] for item in extract(text) if item["text"].lower().endswith("day")
             and item["text"].split()[0].lower() in ("polling", "voting", "election")]
    assert found == ([expected] if expected else [])
