"""The English word lists kept in data files (extractors/data/) rather than in code: each file
reads, has no duplicate or blank entries, and its words take effect where it is read."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from article2json.extractors.base import Article, Source
from article2json.extractors.data_files import DATA, read_table, read_word_lists, read_words

# lists of place_context_words.tsv whose plain words the places patterns are built from
PATTERN_PLACE_LISTS = ("name_abbreviation", "name_particle", "place_type_noun", "area_noun", "bare_unit_word",
                       "people_place_noun", "stated_place_noun", "resident_noun", "anchor_noun", "comma_unit_word", "part_of_word",
                       "home_forces_word", "foreigner_word", "abroad_word", "apposed_follower", "near_word",
                       "near_town_noun", "seat_noun", "village_word", "edge_noun", "division_area_noun",
                       "joining_particle", "title_unit_word", "city_part_noun")
# lists of calendar_words.tsv that the date grammar's patterns are built from -> (the rule that reads it, a phrase
# with "{}" for one of its words, what the rule finds in it: None when the word keeps the rule from matching)
CALENDAR_PATTERN_LISTS = {
    "month_abbrev": ("day_month", "on 8 {}. 2023", "8 {}. 2023"),
    "weekday_abbrev": ("day_month", "on {}., 8 November", "{}., 8 November"),
    "day_part_word": ("weekday", "on {} Monday", "{} Monday"),
    "part_word": ("month", "in {} March", "{} March"),
    "part_noun": ("month", "at the {} of March", "the {} of March"),
    "time_of_day": ("weekday", "on Monday {}", "Monday {}"),
    "not_year_after": ("year", "at 1800 {}", None),
    "election_day_word": ("election_day", "on {} day", "{} day"),
}
# data file -> the lists it holds (None: a list of one column, one entry a line)
WORD_FILES = {
    "admin_words.tsv": None,
    "geo_words.tsv": None,
    "part_words.tsv": None,
    "division_words.tsv": {"named", "seat_named", "word"},
    "place_articles.tsv": None,
    "calendar_words.tsv": {"month", "weekday", "decade", "time_preposition", "month_preposition", "season_preposition", "election_noun",
                           *CALENDAR_PATTERN_LISTS},
    "relative_date_words.tsv": {"month", "weekday", "weekend", "quarter", "period_part", "season", "that_year",
                                "night_before"},
    "relative_days.tsv": None,
    "road_words.tsv": {"road", "building"},
    "number_words.tsv": {"article_one", "ones", "tens", "quarter_ordinal"},
    "number_multipliers.tsv": None,
    "vague_factors.tsv": None,
    "distance_units.tsv": None,
    "seasons.tsv": None,
    "figure_bounds.tsv": {"low", "above", "high", "below", "about", "between"},
    "place_context_words.tsv": {"locative", "place_object_verb", "direction", "local_noun", "not_home_ground", "not_division_word",
                                "division_connector",
                                "bracketed_unit_word", "not_place", "town_noun", "settlement_word", "settlement_of_word",
                                "apposed_place_noun", "container_unit_word", "people_marker", "compass_point",
                                "capital_locative", "inner_name_word", "unnamed_settlement_noun",
                                *PATTERN_PLACE_LISTS},
}
QUOTE_LISTS = ("follow_up_pronouns", "infinitive_cues", "outlet_prepositions", "relative_pronouns",
               "passive_speaker_cues", "follow_up_determiners", "person_pronouns", "plural_pronouns", "org_pronouns",
               "addressee_cues", "statement_prepositions", "not_it_speaker_nouns", "dropped_speakers")  # reporting_terms.json
CUE_FILES = ("event_cues.tsv", "trigger_words.tsv")  # the word classes of the events extractor (lexicon.cue)
# categories of event_cues.tsv moved there from the code of the events modules, one line each
MOVED_CUE_CATEGORIES = (
    "near_miss_adverb", "fatal_adverb", "summary_prep", "former_word", "state_leaving_verb", "added_victim_word",
    "victim_list_verb", "harm_noun", "age_noun", "bracket_aside_opener", "figure_holder_noun", "pair_noun",
    "rank_word", "singular_word", "relative_pronoun", "plural_pronoun", "group_prep", "past_period_word",
    "current_period_word", "whole_period_noun", "contact_prep", "period_start", "relative_to_event",
    "toll_source_prep", "partitive_prep", "conditional_mark", "negating_determiner", "future_contraction",
    "joining_word", "border_word", "affiliation_prep", "toward_prep", "symmetric_prep", "sayer_pronoun",
    "person_pronoun", "fired_object", "aimed_target_prep", "damage_target_prep", "noun_agent_prep",
    "consequence_noun", "after_prep", "relation_prep", "noun_party_prep", "period_link_prep", "incident_prep",
    "work_stoppage", "assembly_noun", "travel_verb", "identity_hedge")
REFERENCE = datetime(2023, 11, 14, tzinfo=timezone.utc)  # a Tuesday
SOURCE = Source("a.txt", "0" * 64, "text")


@pytest.mark.parametrize("name", sorted(WORD_FILES))
def test_a_word_file_has_a_header_and_clean_unique_entries(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert lines[0].startswith("# ") and len(header) >= 2, "a # header says what the words are for"
    first_entry = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
    assert lines[first_entry - 1].startswith("# "), "a # column line comes just before the entries"
    assert not [line for line in lines[first_entry:] if not line.strip()], "no blank lines among the entries"
    rows = list(read_table(name))
    assert rows, f"{name} has no entries"
    assert len({len(row) for row in rows}) == 1, "every line has the same columns"
    assert all(cell and cell == cell.strip() for row in rows for cell in row), "no blank cells, no stray spaces"
    lists = WORD_FILES[name]
    entries = [tuple(row[:2]) if lists else row[0] for row in rows]
    assert len(entries) == len(set(entries)), f"duplicates in {name}"
    if lists:
        found = read_word_lists(name)
        assert set(found) == lists
        assert all(found[each] for each in lists)
    else:
        assert read_words(name) == tuple(row[0] for row in rows)


def test_the_lists_of_the_quotes_lexicon_are_clean_and_unique():
    terms = json.loads((DATA / "reporting_terms.json").read_text(encoding="utf-8"))
    for key in QUOTE_LISTS:
        words = terms[key]
        assert words and len(words) == len(set(words)), key
        assert all(isinstance(word, str) and word and word == word.strip() for word in words), key
        assert key in terms["_doc"], f"{key} is described in _doc"


def test_ordered_calendar_lists_keep_their_order():
    calendar = read_word_lists("calendar_words.tsv")
    assert calendar["month"][0] == "January" and calendar["month"][-1] == "December" and len(calendar["month"]) == 12
    assert calendar["weekday"][0] == "Monday" and len(calendar["weekday"]) == 7
    assert calendar["decade"][0] == "twenties" and calendar["decade"][-1] == "nineties"


def test_number_words_keep_their_values():
    from article2json.extractors.dates.words import NUMBER_WORDS, ORDINALS
    from article2json.extractors.events.figures import CARDINAL, MULTIPLIERS

    numbers = read_word_lists("number_words.tsv")
    assert len(numbers["ones"]) == 19 and len(numbers["tens"]) == 8 and len(numbers["quarter_ordinal"]) == 4
    assert (NUMBER_WORDS["an"], NUMBER_WORDS["one"], NUMBER_WORDS["nineteen"]) == (1, 1, 19)
    assert (NUMBER_WORDS["twenty"], NUMBER_WORDS["ninety"]) == (20, 90)
    assert (ORDINALS["first"], ORDINALS["fourth"]) == (1, 4)
    assert (MULTIPLIERS["dozen"], MULTIPLIERS["million"]) == (12, 1_000_000)
    assert all(CARDINAL.fullmatch(word) for word in ("seventeen", "forty-two", "thousand", "dozen"))


def test_a_bound_phrase_comes_before_the_shorter_ones_it_ends_with():
    from article2json.extractors.events.figures import BOUND_PREFIXES

    phrases = [words for words, _ in BOUND_PREFIXES]
    for i, words in enumerate(phrases):
        assert not [later for later in phrases[i + 1:] if len(later) > len(words) and later[-len(words):] == words]


def _cue_rows(category: str) -> list[list[str]]:
    return [row for name in CUE_FILES for row in read_table(name) if row[0] == category]


@pytest.mark.parametrize("category", MOVED_CUE_CATEGORIES)
def test_a_moved_cue_category_is_present_documented_and_clean(category):
    from article2json.extractors.events.lexicon import cue

    (row,) = _cue_rows(category)
    words = row[1:]
    assert words and len(words) == len(set(words)), category
    assert all(word and word == word.strip() for word in words), category
    assert cue(category) == frozenset(word.lower() for word in words)
    lines = (DATA / "event_cues.tsv").read_text(encoding="utf-8").splitlines()
    described = [line for line in lines if line.startswith(f"# {category}:")]
    assert described and "(\"" in described[0], f"{category}: a # line says what it is for, with an example"


def test_every_cue_category_the_code_names_is_in_the_data():
    import re

    from article2json.extractors.events.lexicon import cues

    named = {name for path in DATA.parent.rglob("*.py")
             for name in re.findall(r'(?<![\w.])(?:cue|has_cue)\("(\w+)"\)', path.read_text(encoding="utf-8"))}
    assert len(named) > 100
    assert not [name for name in sorted(named) if not cues().get(name)], "a cue category the code reads is missing"


# ------------------------------------------------------------------ the words take effect

@pytest.mark.parametrize("text, expected", [
    ("8 November", ("2023-11-08", "day", True)),                 # calendar_words: month (November = 11)
    ("last Wednesday", ("2023-11-08", "day", True)),             # calendar_words: weekday; relative: weekday
    ("this coming Sunday", ("2023-11-19", "day", True)),         # relative_date_words: weekday
    ("the nineties", ("1990-01-01/1999-12-31", "range", False)),  # calendar_words: decade
    ("this past March", ("2023-03", "month", True)),             # relative_date_words: month
    ("next May", ("2024-05", "month", True)),
    ("last weekend", ("2023-W45", "week", True)),                # relative_date_words: weekend
    ("the latest quarter", ("2023-Q3", "quarter", True)),        # relative_date_words: quarter
    ("this quarter", ("2023-Q4", "quarter", True)),
    ("earlier this year", ("2023", "year", True)),               # relative_date_words: period_part
    ("the end of this month", ("2023-11", "month", True)),
    ("last summer", ("2023-06-01/2023-08-31", "range", True)),   # relative_date_words: season
    ("the day before yesterday", ("2023-11-12", "day", True)),   # relative_days
    ("overnight", ("2023-11-13", "day", True)),
    ("late yesterday", ("2023-11-13", "day", True)),
])
def test_date_words_from_the_data_files_resolve(text, expected):
    from article2json.extractors.dates import resolve_date

    resolved = resolve_date(text, REFERENCE)
    assert resolved is not None and (resolved["value"], resolved["precision"], resolved["relative"]) == expected


_RELATIVE = read_word_lists("relative_date_words.tsv")
# list of relative_date_words.tsv -> (the rule that reads it, a phrase its words open)
_RELATIVE_RULES = {"month": ("month", "March"), "weekday": ("weekday", "Wednesday"), "weekend": ("weekend", "weekend"),
                   "quarter": ("quarter_relative", "quarter"), "period_part": ("relative_period", "this year"),
                   "season": ("season", "summer")}


@pytest.mark.parametrize("rule, phrase", [
    *((rule, f"{word} {rest}") for name, (rule, rest) in _RELATIVE_RULES.items() for word in _RELATIVE[name]),
    *(("relative_day", phrase) for phrase in read_words("relative_days.tsv")),
])
def test_every_relative_date_word_is_matched_by_its_rule(rule, phrase):
    from article2json.extractors.dates.rules import RULES

    (pattern,) = [each.pattern for each in RULES if each.kind == rule]
    assert pattern.fullmatch(phrase), phrase


def _dates(text: str) -> list[str]:
    from article2json.extractors.dates import DatesExtractor

    article = Article(text=text, source=SOURCE, published=REFERENCE)
    return [item["text"] for item in DatesExtractor()(article, {"doc": None})]


def test_time_and_month_prepositions_make_bare_years_and_months_dates():
    assert _dates("Fighting has gone on since 2019 in the area.") == ["2019"]  # time_preposition
    assert _dates("The 2019 fighters left.") == []
    assert _dates("Talks ran in March and April.") == ["March", "April"]  # month_preposition
    assert _dates("Talks ran in March and 2019 people came.") == ["March"]  # not for a year


def test_admin_words_leave_division_names():
    from article2json.extractors.places.gazetteer import without_admin_word
    from article2json.extractors.places.gazetteer_build import _analyst_admin1_name

    assert without_admin_word("Homs Governorate") == "Homs"
    assert without_admin_word("County of Zadar") == "Zadar"
    assert _analyst_admin1_name("Rajshahi Division") == "Rajshahi"  # dropped
    assert _analyst_admin1_name("Kano State") == "Kano State"  # kept


def test_division_words_decide_the_source_and_seat_of_a_division_mention():
    from article2json.extractors.places.mentions import _pattern_mentions

    def divisions(text):
        return [(text[m.start:m.end], m.source, m.seat_named) for m in _pattern_mentions(text)
                if m.source in ("division", "state")]

    assert divisions("Clashes in the Kakamega sub-county.") == [("Kakamega sub-county", "division", True)]
    assert divisions("Fighting in Homs Governorate.") == [("Homs Governorate", "division", False)]
    assert divisions("Fighting in Kano State.") == [("Kano State", "state", False)]


def test_geo_words_mark_a_place_after_a_demonym():
    from article2json.extractors.places.mentions import _home_ground

    assert _home_ground(" village near Goma", 0)
    assert _home_ground(" border town", 0)
    assert not _home_ground(" border", 0)  # a border is two countries'
    assert not _home_ground(" officials", 0)


def test_place_articles_are_left_out_when_places_are_compared():
    from article2json.extractors.events.scene import place_key

    assert place_key("Al-Rusafa") == place_key("Rusafa") == "rusafa"
    assert place_key("El Fasher") == "fasher"
    assert place_key("the Gaza Strip") == "gaza strip"
    assert place_key("Theodore") == "theodore"  # "the" only with its space


def test_part_words_give_the_place_a_division_is_named_after(nlp):
    from article2json.extractors.places import PlacesExtractor

    text = "Clashes broke out in Wajir North sub-county on Monday."
    article = Article(text=text, source=SOURCE)
    places = PlacesExtractor()(article, {"doc": nlp(text)})
    assert [(place["text"], place["name"]) for place in places] == [("Wajir North sub-county", "Wajir")]


def _quotes(nlp, text):
    from article2json.extractors.quotes import QuotesExtractor

    return [(q["text"], q["speaker"], q["via"], q["cue"])
            for q in QuotesExtractor()(Article(text=text, source=SOURCE), {"doc": nlp(text)})]


def test_infinitive_cues_report_their_infinitive_clause(nlp):
    assert _quotes(nlp, "The governor urged residents to stay indoors after the clashes.") == [
        ("to stay indoors after the clashes", "The governor", None, "urged")]


def test_outlet_prepositions_lead_to_the_outlet(nlp):
    assert _quotes(nlp, "The army said in a statement to Reuters that the road was closed.") == [
        ("the road was closed", "The army", "Reuters", "said")]


def test_follow_up_pronouns_take_up_the_earlier_speaker(nlp):
    assert _quotes(nlp, "\"The road is closed,\" the minister said on Monday. "
                        "\"We will reopen it soon,\" she added.") == [
        ("The road is closed", "the minister", None, "said"), ("We will reopen it soon", "the minister", None, "added")]



# the moved word lists take effect (more in test_casualties.py: "fatally shot", "left 16 others wounded",
# "nearly killed", "At least 12", "up to 9", "seventeen schoolgirls"; test_quotes.py: follow-up pronouns)
@pytest.mark.parametrize("sentence, expected", [
    ("No fewer than 14 miners were killed in the collapse.", [("killed", 14, 14, None, "miners")]),  # figure_bounds
    ("Twenty-two villagers were killed in the raid.", [("killed", 22, 22, 22, "villagers")]),  # number_words
    ("A herder was mortally wounded by the raiders.", [("killed", 1, 1, 1, "herder")]),  # fatal_adverb
    ("The militia almost killed a trader.", []),  # near_miss_adverb
    ("A couple was shot dead in their shop.", [("killed", 2, 2, 2, "couple")]),  # pair_noun
    ("Three farmers lost their lives in the attack.", [("killed", 3, 3, 3, "farmers")]),  # harm_noun
    ("Gunmen shot dead a pastor and former mayor.", [("killed", 1, 1, 1, "pastor")]),  # former_word
])
def test_moved_casualty_words_take_effect(nlp, sentence, expected):
    from article2json.extractors.events.casualties import find_casualties

    assert [(c.kind, c.count, c.low, c.high, c.who) for c in find_casualties(nlp(sentence)[:])] == expected


def test_moved_pronouns_and_cues_of_quotes_take_effect(nlp):
    assert _quotes(nlp, "\"We will rebuild the bridge,\" the governor was quoted as saying.") == [
        ("We will rebuild the bridge", "the governor", None, "quoted")]  # passive_speaker_cues
    assert _quotes(nlp, "The mayor said in an interview with the BBC that the road was closed.") == [
        ("the road was closed", "The mayor", "the BBC", "said")]  # statement_prepositions
    assert _quotes(nlp, "\"The road is open,\" the ministry said. \"It will stay open,\" it said.")[1][1] == \
        "the ministry"  # org_pronouns
    assert _quotes(nlp, "\"The road is open,\" the ministry said. \"It will stay open,\" she said.")[1][1] == \
        "she"  # person_pronouns: a ministry is no "she"


def test_moved_date_words_take_effect():
    assert _dates("Prices rose over the summer.") == ["the summer"]  # calendar_words: season_preposition
    assert _dates("Prices rose with the summer.") == []
    resolved = resolve_date_value("twenty-one days ago"), resolve_date_value("the third quarter")
    assert resolved == ("2023-10-24", "2023-Q3")  # number_words: tens, ones, quarter_ordinal


def resolve_date_value(text: str) -> str:
    from article2json.extractors.dates import resolve_date

    return resolve_date(text, REFERENCE)["value"]


def _group(match, name: str) -> str | None:
    return match[name] if match else None


def _place_phrase_read(name: str, word: str) -> bool:
    """Whether the pattern built from list `name` reads a phrase with `word` as the list's header says."""
    import re

    from article2json.extractors.events.place_choice import _CITY_PART_OF, _NEAR
    from article2json.extractors.places import mentions as m

    reads = {
        "name_abbreviation": lambda: re.fullmatch(m.NAME, f"{word}. Louis"),
        "name_particle": lambda: re.fullmatch(m.NAME, f"Ras {word} Ain"),
        "place_type_noun": lambda: _group(m._TYPED.search(f"in the {word} of Bunia"), "name") == "Bunia",
        "area_noun": lambda: _group(m._AREA.search(f"in the Tanai Kot {word} on Monday"), "name") == "Tanai Kot",
        "bare_unit_word": lambda: (_group(m._BARE_AREA.search(f"in Kisima {word} on Monday"), "name") == "Kisima"
                                   and m._UNIT_AFTER_ALIAS.match(f" {word}")),
        "people_place_noun": lambda: m._SETTLEMENT_OF.match(f" {word} of Sori"),
        "stated_place_noun": lambda: _group(m._STATED.search(f"near the {word} of Kolo, in Makueni"), "name") == "Kolo",
        "resident_noun": lambda: _group(m._STATED.search(f"{word} of Kolo in Makueni county"), "name") == "Kolo",
        "anchor_noun": lambda: _group(m.RELATIVE.search(f"40 km north of the {word} of Dori"), "anchor") == "Dori",
        "comma_unit_word": lambda: m._CONTAINED_IN.fullmatch(f" {word}, "),
        "part_of_word": lambda: m._CONTAINED_IN.fullmatch(f" {word} of the "),
        "home_forces_word": lambda: m._HOME_FORCES.match(f" {word}"),
        "foreigner_word": lambda: m._FOREIGNERS.match(f" {word}"),
        "abroad_word": lambda: m._ABROAD.match(f" {word}") and not m._FOREIGNERS.match(f" {word}"),
        "apposed_follower": lambda: _group(m._APPOSED.search(f"Kobou, a village {word} the hills"), "name") == "Kobou",
        "near_word": lambda: _NEAR.search(f"an attack {word} "),
        "near_town_noun": lambda: _NEAR.search(f"an attack near the {word} of "),
        "seat_noun": lambda: (_group(m._SEAT_OF.search(f"took Mucojo, the {word} of a post in Macomia district"),
                                     "name"), _group(m._SEAT_OF.search(f"in Waat, the {word} of Nyirol County"), "unit"))
        == ("Mucojo", "Nyirol County"),
        "edge_noun": lambda: _group(m._STATED.search(f"on the {word} of Kolo, in Makueni county"), "name") == "Kolo",
        "joining_particle": lambda: m._PARTICLE_GOES_ON.match(f" {word} Sur"),
        "division_area_noun": lambda: m._DIVISION_AREA.search(f"the Kolo {word}")
        and _group(m._AREA.search(f"in the Kolo {word} on Monday"), "name") == "Kolo",  # an area noun that makes a unit
        "village_word": lambda: m.called_a_village(f"the {word} of Kolo", 8 + len(word), 12 + len(word))
        and m.called_a_village(f"in Kolo {word}", 3, 7),
        "city_part_noun": lambda: _CITY_PART_OF.fullmatch(f" {word} of "),
        "title_unit_word": lambda: _group(m._TITLED.search(f"in {word.capitalize()} Latih on Monday"), "name") == "Latih",
    }
    assert set(reads) == set(PATTERN_PLACE_LISTS)
    return bool(reads[name]())


_PLACE_WORDS = read_word_lists("place_context_words.tsv")


@pytest.mark.parametrize("name, word", [(name, word) for name in PATTERN_PLACE_LISTS for word in _PLACE_WORDS[name]])
def test_every_place_pattern_word_is_plain_and_takes_effect(name, word):
    import re

    assert re.fullmatch(r"[A-Za-z]+(?:[ \-][a-z]+)*", word), "a plain word: the pattern syntax stays in the code"
    assert _place_phrase_read(name, word), f"{name}: {word}"


@pytest.mark.parametrize("unit", read_words("distance_units.tsv"))
def test_every_distance_unit_measures_from_the_anchor(unit):
    from article2json.extractors.places.mentions import KM_PER_UNIT, RELATIVE

    found = RELATIVE.search(f"Kolo, 40 {unit} north of the town of Dori")
    assert found and (found["unit"], found["anchor"]) == (unit, "Dori")
    assert KM_PER_UNIT[unit] == (1.609344 if unit.startswith("mi") else 1)


_CALENDAR = read_word_lists("calendar_words.tsv")


@pytest.mark.parametrize("name, word", [(name, word) for name in CALENDAR_PATTERN_LISTS for word in _CALENDAR[name]])
def test_every_calendar_pattern_word_takes_effect(name, word):
    from article2json.extractors.dates.rules import RULES

    rule, phrase, found = CALENDAR_PATTERN_LISTS[name]
    (pattern,) = [each.pattern for each in RULES if each.kind == rule]
    match = pattern.search(phrase.format(word))
    assert (match and match.group()) == (found and found.format(word)), f"{name}: {word}"


@pytest.mark.parametrize("season, month", list(read_table("seasons.tsv")))
def test_every_season_is_matched_and_begins_in_its_month(season, month):
    from article2json.extractors.dates import resolve_date

    assert resolve_date(f"the {season} of 2020", REFERENCE)["value"].startswith(f"2020-{int(month):02d}-01/")


def test_an_abbreviation_has_the_number_of_the_one_name_it_begins():
    from article2json.extractors.dates.words import MONTH_NUMBERS, WEEKDAY_NUMBERS

    for names, abbreviations, numbers in ((_CALENDAR["month"], _CALENDAR["month_abbrev"], MONTH_NUMBERS),
                                          (_CALENDAR["weekday"], _CALENDAR["weekday_abbrev"], WEEKDAY_NUMBERS)):
        for short in abbreviations:
            (name,) = [name for name in names if name.startswith(short)]
            assert numbers[short.lower()] == numbers[name.lower()], short
    assert (MONTH_NUMBERS["sept"], MONTH_NUMBERS["jan"], WEEKDAY_NUMBERS["thurs"], WEEKDAY_NUMBERS["mon"]) == (9, 1, 3, 0)
