"""The words and regular-expression pieces of the date grammar (dates/rules.py): month and weekday
names, number words, ordinals, the prepositions that make a bare year or month a date, and the
small converters from matched text to numbers. The month and weekday names and their
abbreviations, the words of a part of a period or day ("mid", "the end of", "late") and the
prepositions are read from data/calendar_words.tsv, the number words and ordinals from
data/number_words.tsv."""

from __future__ import annotations

import re

from article2json.extractors.data_files import alternation, read_table, read_word_lists


def _with_abbreviations(numbers: dict[str, int], abbreviations: tuple[str, ...]) -> dict[str, int]:
    """`numbers` by lower-case name, and each abbreviation with the number of the name it begins
    ("sept": 9)."""
    begun = {short.lower(): next(number for name, number in numbers.items() if name.startswith(short.lower()))
             for short in abbreviations}
    return {**numbers, **begun}


_CALENDAR = read_word_lists("calendar_words.tsv")  # the lists of data/calendar_words.tsv
FULL_MONTHS = _CALENDAR["month"]  # in calendar order: January is month 1
MONTH_NUMBERS = _with_abbreviations({name.lower(): i for i, name in enumerate(FULL_MONTHS, 1)},
                                    _CALENDAR["month_abbrev"])
FULL_WEEKDAYS = _CALENDAR["weekday"]  # from Monday (0), as datetime numbers them
WEEKDAY_NUMBERS = _with_abbreviations({name.lower(): i for i, name in enumerate(FULL_WEEKDAYS)},
                                      _CALENDAR["weekday_abbrev"])
_NUMBERS = read_word_lists("number_words.tsv")  # the lists of data/number_words.tsv, each in order
NUMBER_WORDS = {**{w: 1 for w in _NUMBERS["article_one"]}, **{w: i for i, w in enumerate(_NUMBERS["ones"], 1)},
                **{w: 10 * i for i, w in enumerate(_NUMBERS["tens"], 2)}}
_ORDINAL_WORDS = _NUMBERS["quarter_ordinal"]  # "first" to "fourth"
ORDINALS = {**{w: i for i, w in enumerate(_ORDINAL_WORDS, 1)}, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# Words after which a bare year is a date ("since 2019"); a bare month name may also follow
# "and"/"or"/"to" ("in March and April"), where a year-like number is more often a count.
TIME_PREPOSITIONS = frozenset(_CALENDAR["time_preposition"])
MONTH_PREPOSITIONS = TIME_PREPOSITIONS | set(_CALENDAR["month_preposition"])
# The reporting verbs of data/event_cues.tsv (its `report` row): "said on Thursday" dates the telling
REPORT_VERBS = frozenset(word.lower() for row in read_table("event_cues.tsv") if row[0] == "report" for word in row[1:])


def alternatives(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def year_pattern(name: str = "year") -> str:
    return rf"(?P<{name}>(?:1[7-9]|20)\d\d)(?!\d)(?!s\b)"


_ABBREVIATED_MONTHS = rf"(?:{alternation(_CALENDAR['month_abbrev'])})\.?"  # "Nov.", "Sept"
MONTH = rf"(?P<month>{alternatives(FULL_MONTHS)}|{_ABBREVIATED_MONTHS})(?![a-z])"
BARE_MONTH = rf"(?P<month>{alternatives(FULL_MONTHS)})(?![a-z])"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
DAY2 = r"(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
YEAR = year_pattern()
_WEEKDAY_ANY = rf"(?P<weekday>{alternatives(FULL_WEEKDAYS)}|(?:{alternation(_CALENDAR['weekday_abbrev'])})\.)"
DAY_PART = alternation(_CALENDAR["day_part_word"])  # "late Monday"
WEEKDAY_LEAD = rf"(?:(?:(?P<part>(?i:{DAY_PART}))\s+)?{_WEEKDAY_ANY},?\s+(?:the\s+)?)?"
# "the end of March", "mid-June"
PART = (rf"(?P<part>(?i:(?:the\s+)?(?:{alternation(_CALENDAR['part_noun'])})\s+of|"
        rf"{alternation(_CALENDAR['part_word'])}))(?:\s+|\s*-\s*)")
_NUMBER_WORD = alternatives(NUMBER_WORDS)
NUMBER = rf"(?P<n>(?<![\w.,])\d{{1,3}}(?![\d.,]\d)|(?<!\w)(?i:{_NUMBER_WORD})(?:-(?i:{_NUMBER_WORD}))?)"
ORDINAL = rf"(?P<ord>(?i:{'|'.join(_ORDINAL_WORDS)}|1st|2nd|3rd|4th))"
NO_DIGIT_BEFORE = r"(?<![\d.,/])"


def number_value(text: str) -> int:
    """The integer of "3", "three" or "twenty-four"."""
    if text.isdigit():
        return int(text)
    return sum(NUMBER_WORDS[part] for part in text.lower().split("-"))


def month_number(text: str) -> int:
    return MONTH_NUMBERS[text.rstrip(".").lower()]


def unit_of(text: str) -> str:
    """The singular unit of "days", "Week", ..."""
    return text.lower().rstrip("s")


def preceding_word(text: str, start: int) -> str:
    """The lower-cased word just before `start` ("mid" for "mid-2019")."""
    found = re.search(r"(\w+)\W{0,3}$", text[max(0, start - 30):start])
    return found.group(1).lower() if found else ""
