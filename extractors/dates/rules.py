"""The date grammar of the `dates` extractor: one `Rule` per kind of expression, each a regular
expression and a function that turns its match into a `DateValue`.

Month and weekday names must be capitalised; the relative words around them ("last", "early",
"this") may be in any case. Rules that could also match a plain number or word (a bare year, a
bare month name) carry an `accept` test that looks at the words before the match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from datetime import date
from typing import Callable

from article2json.extractors.data_files import alternation, read_table, read_word_lists
from article2json.extractors.dates.calendar import (
    FUTURE, PAST, SEASONS, DateValue, as_range, at_precision, month_day_year, month_start, nearest_weekday,
    period_start, quarter_start, safe_date, shift, unresolved, weekend_of)
from article2json.extractors.dates.spans import (
    DECADE_WORDS, cross_month_range, decade, night_numeric, season, season_in_context)
from article2json.extractors.dates.words import (
    BARE_MONTH, DAY, DAY2, DAY_PART, FULL_WEEKDAYS, MONTH, MONTH_PREPOSITIONS, NO_DIGIT_BEFORE, NUMBER, ORDINAL,
    ORDINALS, PART, TIME_PREPOSITIONS, WEEKDAY_LEAD, WEEKDAY_NUMBERS, YEAR, alternatives, month_number,
    number_value, preceding_word, unit_of, year_pattern)


@dataclass(frozen=True)
class Context:
    """What a rule resolves against: the reference day (None: unknown) and the tense of the text."""

    reference: date | None
    direction: str = PAST
    quarter_in_focus: str | None = None  # the quarter the text last named ("2023-Q3"), for "the quarter"
    day_in_focus: str | None = None  # the day the text last named ("2023-11-08"), for "the next day"
    election_in_focus: str | None = None  # the day of the latest vote the text dates, for "polling day"
    year_in_focus: int | None = None  # the year of the day, month or year the text last named, for "that year"


@dataclass(frozen=True)
class Rule:
    """One kind of expression: its pattern, how a match resolves, an optional test of the
    surrounding text (given the match and the spans of spaCy DATE entities) for risky matches, and
    an optional cheap look-up of a word it cannot match without."""

    kind: str
    pattern: re.Pattern
    resolve: Callable[[re.Match, Context], DateValue | None]
    accept: Callable[[re.Match, tuple[tuple[int, int], ...]], bool] | None = None
    needs: re.Pattern | None = None  # a word every match contains: stretches without it are not scanned


def _in_context(match: re.Match, date_entities: tuple[tuple[int, int], ...], prepositions: frozenset[str]) -> bool:
    """A bare month or year: with a modifier, after one of `prepositions`, or inside a spaCy DATE entity."""
    if match.groupdict().get("part") or match.groupdict().get("rel") or match.groupdict().get("fiscal"):
        return True
    if preceding_word(match.string, match.start()) in prepositions:
        return True
    return any(s <= match.start() and match.end() <= e for s, e in date_entities)


_month_in_context = partial(_in_context, prepositions=MONTH_PREPOSITIONS)
_year_in_context = partial(_in_context, prepositions=TIME_PREPOSITIONS)


# ------------------------------------------------------------------ resolvers

def _calendar_day(match: re.Match, ctx: Context) -> DateValue | None:
    """Day-month(-year) and month-day(-year): "8 November", "Nov. 8, 2023", "Wednesday, 8 November"."""
    month, day = month_number(match.group("month")), int(match.group("day"))
    if match.groupdict().get("that_year") and ctx.year_in_focus:  # "On November 15 that year"
        found = safe_date(ctx.year_in_focus, month, day)
        return at_precision(found, "day", True) if found else None
    if match.group("year"):
        found = safe_date(int(match.group("year")), month, day)
        return at_precision(found, "day", False) if found else None
    if ctx.reference is None:
        return unresolved("day") if safe_date(2000, month, day) else None
    found = month_day_year(month, day, ctx.reference, ctx.direction)
    return at_precision(found, "day", True) if found else None


def _day_range(match: re.Match, ctx: Context) -> DateValue | None:
    """"28-30 November (2020)": the range of days."""
    first = _calendar_day(match, ctx)
    if first is None:
        return None
    if first.value is None:
        return DateValue(None, "range", True)
    start = date.fromisoformat(first.value)
    last = safe_date(start.year, start.month, int(match.group("day2")))
    return as_range(start, last, first.relative) if last and last > start else None


def _iso_day(match: re.Match, ctx: Context) -> DateValue | None:
    found = safe_date(int(match.group("year")), int(match.group("mon")), int(match.group("day")))
    return at_precision(found, "day", False) if found else None


def _numeric_day(match: re.Match, ctx: Context) -> DateValue | None:
    """"08/11/2023" and "08.11.2023": day first, unless only the month-first reading is a date."""
    first, second = int(match.group("a")), int(match.group("b"))
    day, month = (second, first) if second > 12 >= first else (first, second)
    found = safe_date(int(match.group("year")), month, day)
    return at_precision(found, "day", False) if found else None


def _month_year(match: re.Match, ctx: Context) -> DateValue | None:
    return at_precision(date(int(match.group("year")), month_number(match.group("month")), 1), "month", False)


def _bare_month(match: re.Match, ctx: Context) -> DateValue | None:
    """"in March", "last November", "mid-June": the nearest such month."""
    if ctx.reference is None:
        return unresolved("month")
    month = month_number(match.group("month"))
    if match.group("that_year") and ctx.year_in_focus:  # "in March that year"
        return at_precision(date(ctx.year_in_focus, month, 1), "month", True)
    rel = (match.group("rel") or "").lower().split()
    if rel == ["this"]:
        return at_precision(date(ctx.reference.year, month, 1), "month", True)
    direction = FUTURE if rel and rel[-1] in ("next", "coming") else PAST if rel else ctx.direction
    return at_precision(month_start(month, ctx.reference, direction, strict=bool(rel)), "month", True)


def _year_only(match: re.Match, ctx: Context) -> DateValue | None:
    return DateValue(match.group("year"), "year", False)


def _quarter_ordinal(match: re.Match, ctx: Context) -> DateValue | None:
    """"the third quarter (of 2023)", "third-quarter", "last year's fourth quarter"."""
    quarter = ORDINALS[match.group("ord").lower()]
    year = match.group("year") or match.group("year1")
    if year:
        return DateValue(f"{year}-Q{quarter}", "quarter", False)
    if ctx.reference is None:
        return unresolved("quarter")
    owner = (match.group("owner") or "").lower()
    if owner:
        offset = {"this": 0, "last": -1, "next": 1}[owner]
        return DateValue(f"{ctx.reference.year + offset}-Q{quarter}", "quarter", True)
    return at_precision(quarter_start(quarter, ctx.reference), "quarter", True)


def _quarter_code(match: re.Match, ctx: Context) -> DateValue | None:
    """"Q3 2023", "Q3"."""
    if match.group("year"):
        return DateValue(f"{match.group('year')}-Q{match.group('q')}", "quarter", False)
    if ctx.reference is None:
        return unresolved("quarter")
    return at_precision(quarter_start(int(match.group("q")), ctx.reference), "quarter", True)


QUARTER_OFFSETS = {"this": 0, "current": 0, "the current": 0, "next": 1, "the next": 1}


def _quarter_relative(match: re.Match, ctx: Context) -> DateValue | None:
    """"this quarter", "next quarter"; "the latest quarter", "last quarter" = the last complete one;
    "the quarter" = the one the text last named, else the last complete one."""
    if match.group("rel").lower() == "the" and ctx.quarter_in_focus:
        return DateValue(ctx.quarter_in_focus, "quarter", True)
    if ctx.reference is None:
        return unresolved("quarter")
    offset = QUARTER_OFFSETS.get(" ".join(match.group("rel").lower().split()), -1)
    return at_precision(shift(period_start(ctx.reference, "quarter"), offset, "quarter"), "quarter", True)


def _year_earlier(match: re.Match, ctx: Context) -> DateValue | None:
    """"the year-earlier quarter", "the year-ago third quarter", "year-earlier" (results): the
    quarter in focus (else the last complete one) a year back; last year when no quarter applies."""
    if ctx.quarter_in_focus:
        year, quarter = (int(part) for part in ctx.quarter_in_focus.split("-Q"))
    elif ctx.reference is not None and match.group("noun"):
        last = shift(period_start(ctx.reference, "quarter"), -1, "quarter")
        year, quarter = last.year, (last.month - 1) // 3 + 1
    elif ctx.reference is not None:
        return DateValue(f"{ctx.reference.year - 1:04d}", "year", True)
    else:
        return unresolved("quarter" if match.group("noun") else "year")
    if match.group("ord"):
        quarter = ORDINALS[match.group("ord").lower()]
    return DateValue(f"{year - 1:04d}-Q{quarter}", "quarter", True)


RELATIVE_DAY_OFFSETS = {phrase: int(days) for phrase, days in read_table("relative_days.tsv")}  # "yesterday": -1


def _relative_day(match: re.Match, ctx: Context) -> DateValue | None:
    """"today", "yesterday", "last night" and "overnight" (the day before), "late yesterday"."""
    if ctx.reference is None:
        return unresolved("day")
    offset = RELATIVE_DAY_OFFSETS[" ".join(match.group("word").lower().split())]
    return at_precision(shift(ctx.reference, offset, "day"), "day", True)


def _weekday(match: re.Match, ctx: Context) -> DateValue | None:
    """"Wednesday" = the latest Wednesday on or before the reference (the next one when the text
    speaks of the future); "last Wednesday", "next Wednesday" exclude the reference day itself."""
    if ctx.reference is None:
        return unresolved("day")
    rel = " ".join((match.group("rel") or "").lower().split())
    direction = FUTURE if rel in ("next", "coming", "this coming") else PAST if rel else ctx.direction
    strict = rel not in ("", "this")
    found = nearest_weekday(WEEKDAY_NUMBERS[match.group("weekday").lower()], ctx.reference, direction, strict)
    return at_precision(found, "day", True)


PERIOD_OFFSETS = {"last": -1, "this": 0, "next": 1, "the": 0}
ANAPHORIC_DAY_OFFSETS = {"previous": -1, "next": 1, "following": 1, "same": 0, "that": 0}


def _anaphoric_day(match: re.Match, ctx: Context) -> DateValue | None:
    """"the next day", "the previous day", "that day", "the same day": from the day the text last named."""
    if ctx.day_in_focus is None:
        return None
    anchor = date.fromisoformat(ctx.day_in_focus)
    moved = shift(anchor, ANAPHORIC_DAY_OFFSETS[(match.group("which") or "that").lower()], "day")
    return DateValue(moved.isoformat(), "day", True, anchor=ctx.day_in_focus)


def _election_day(match: re.Match, ctx: Context) -> DateValue | None:
    """"on polling day", "on election day": the day of the latest vote the text dated ("after
    Saturday's disputed presidential election")."""
    if ctx.election_in_focus is None:
        return None
    return DateValue(ctx.election_in_focus, "day", True, anchor=ctx.election_in_focus)


def _anaphoric_offset(match: re.Match, ctx: Context) -> DateValue | None:
    """"two days before that", "a week after that": from the day the text last named."""
    if ctx.day_in_focus is None:
        return None
    sign = -1 if match.group("dir").lower() == "before" else 1
    moved = shift(date.fromisoformat(ctx.day_in_focus), sign * number_value(match.group("n")),
                  unit_of(match.group("unit")))
    return DateValue(moved.isoformat(), "day", True, anchor=ctx.day_in_focus)


def _relative_period(match: re.Match, ctx: Context) -> DateValue | None:
    """"last week" (week precision), "this month", "earlier this year", "late last year"."""
    unit = match.group("unit").lower()
    if ctx.reference is None:
        return unresolved(unit)
    moved = shift(ctx.reference, PERIOD_OFFSETS[match.group("rel").lower()], unit)
    return at_precision(moved, unit, True)


def _weekend(match: re.Match, ctx: Context) -> DateValue | None:
    """"the weekend" (the latest one), "last weekend", "this weekend", "next weekend": its ISO week."""
    if ctx.reference is None:
        return unresolved("week")
    rel = " ".join(match.group("rel").lower().split())
    if rel in ("last", "this", "next"):
        return at_precision(shift(ctx.reference, PERIOD_OFFSETS[rel], "week"), "week", True)
    return at_precision(weekend_of(ctx.reference, PAST if rel != "the" else ctx.direction), "week", True)


AGO_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}


def _ago(match: re.Match, ctx: Context) -> DateValue | None:
    """"three days ago", "a year earlier", "two weeks from now"; years before a quarter the text
    is reporting on ("profit rose from a year earlier") keep quarter precision."""
    unit = unit_of(match.group("unit"))
    sign = 1 if match.group("dir").lower().split()[0] in ("from", "hence") else -1
    count = sign * number_value(match.group("n"))
    if unit == "year" and ctx.quarter_in_focus:
        year, quarter = ctx.quarter_in_focus.split("-Q")
        return DateValue(f"{int(year) + count:04d}-Q{quarter}", "quarter", True)
    if ctx.reference is None:
        return unresolved(AGO_PRECISION[unit])
    moved = shift(ctx.reference, count, unit)
    return at_precision(moved, AGO_PRECISION[unit], True)


def _past_period(match: re.Match, ctx: Context) -> DateValue | None:
    """"the past month", "the last three weeks", "the past 24 hours": the range ending at the reference."""
    if ctx.reference is None:
        return DateValue(None, "range", True)
    if match.group("unit"):
        count, unit = 1, match.group("unit").lower()
    else:
        count, unit = number_value(match.group("n")), unit_of(match.group("units"))
    if unit == "hour":
        count, unit = -(-count // 24), "day"
    return as_range(shift(ctx.reference, -count, unit), ctx.reference, True)


def _since_start(match: re.Match, ctx: Context) -> DateValue | None:
    """"since the start of the year", "so far this month": the range from its first day to the reference."""
    if ctx.reference is None:
        return DateValue(None, "range", True)
    if match.groupdict().get("year"):
        first = date(int(match.group("year")), 1, 1)
    elif match.groupdict().get("month"):
        first = month_start(month_number(match.group("month")), ctx.reference, PAST)
    else:
        first = period_start(ctx.reference, match.group("unit").lower())
    return as_range(first, ctx.reference, True) if first <= ctx.reference else None


# ------------------------------------------------------------------ the grammar

_REL_DAY_WORDS = tuple(RELATIVE_DAY_OFFSETS)  # in the order of data/relative_days.tsv
_CALENDAR = read_word_lists("calendar_words.tsv")  # the lists of data/calendar_words.tsv
_TIMES_OF_DAY = alternation(_CALENDAR["time_of_day"])  # "morning", "night"
_TIME_OF_DAY = rf"(?:\s+(?i:{_TIMES_OF_DAY}))?"  # "Monday night"
_NOT_YEAR_AFTER = "|".join(map(re.escape, _CALENDAR["not_year_after"]))  # "1800 GMT", "1750 B.C."


def _words(phrases) -> str:
    """Phrases as a case-insensitive alternation, any whitespace between words."""
    return "(?i:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in
                             sorted(phrases, key=len, reverse=True)) + ")"


def _rule(kind: str, pattern: str, resolve, accept=None, needs: str | None = None) -> Rule:
    """A Rule whose pattern starts at a word boundary (which also makes scanning several times
    faster); `needs` is a word (case-insensitive pattern) every match contains."""
    return Rule(kind, re.compile(r"\b(?:" + pattern + ")"), resolve, accept,
                re.compile(needs, re.IGNORECASE) if needs else None)


_RELATIVE = read_word_lists("relative_date_words.tsv")  # "last", "this past", ... by rule
_MONTH_REL = _words(_RELATIVE["month"])
_WEEKDAY_REL = _words(_RELATIVE["weekday"])
_WEEKEND_REL = _words(_RELATIVE["weekend"])
_QUARTER_REL = _words(_RELATIVE["quarter"])
_PERIOD_PART = _words(_RELATIVE["period_part"])
_THE_ORDINAL_DAY = r"(?:(?i:the)\s+(?=\d\d?(?:st|nd|rd|th)))?"
_THAT_YEAR = rf"\s+(?:(?i:of)\s+)?(?P<that_year>{_words(_RELATIVE['that_year'])}\s+(?i:year))(?![\w-])"  # the year the
# text last named: "in July (of) that year"
_OPTIONAL_YEAR = rf"(?:,?\s+{YEAR}|{_THAT_YEAR})?"


def _day_month(n: int) -> str:
    """A day and month with numbered group names ("day1", "month1") for rules that hold two dates."""
    return DAY.replace("?P<day>", f"?P<day{n}>") + r"\s+(?:of\s+)?" + MONTH.replace("?P<month>", f"?P<month{n}>")


_NIGHT_OF = r"(?:(?i:the)\s+)?(?i:night)\s+(?i:of|between)\s+(?:(?i:the)\s+)?"
_UNIT = r"(?P<unit>(?i:week|month|year))(?![\w-])"
_SEASON_REL = _words(_RELATIVE["season"])
NIGHT_BEFORE = re.compile(rf"\b{_words(_RELATIVE['night_before'])}\b")  # "overnight", "last night"

RULES: tuple[Rule, ...] = (
    _rule("iso", rf"(?<![\d.\-/]){YEAR}-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)", _iso_day),
    _rule("numeric", rf"(?<![\d./\-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep){YEAR}", _numeric_day),
    _rule("day_month", rf"{WEEKDAY_LEAD}{_THE_ORDINAL_DAY}{NO_DIGIT_BEFORE}{DAY}(?:\s+of)?\s+{MONTH}{_OPTIONAL_YEAR}",
          _calendar_day),
    _rule("month_day", rf"{WEEKDAY_LEAD}{MONTH}\s+{DAY}{_OPTIONAL_YEAR}", _calendar_day),
    _rule("day_range", rf"{NO_DIGIT_BEFORE}{DAY}\s*(?:-|–|(?i:to|and))\s*{DAY2}\s+(?:of\s+)?{MONTH}{_OPTIONAL_YEAR}",
          _day_range),
    _rule("cross_month_range", rf"(?i:between|from)\s+(?:the\s+)?{NO_DIGIT_BEFORE}{_day_month(1)}"
                               rf"(?:,?\s+{year_pattern('year1')})?\s*(?:-|–|(?i:and|to|until|till))\s*"
                               rf"{_day_month(2)}(?:,?\s+{year_pattern('year2')})?", cross_month_range,
          needs=r"between|from"),
    _rule("night_of", rf"{_NIGHT_OF}{NO_DIGIT_BEFORE}\d\d?(?:st|nd|rd|th)?\s*(?:-|–|/|(?i:to|and))\s*{DAY}\s+"
                      rf"(?:of\s+)?{MONTH}{_OPTIONAL_YEAR}", _calendar_day, needs=r"night"),
    _rule("night_of_numeric", rf"{_NIGHT_OF}(?:\d\d?\s*[-–]\s*)?(?P<day>3[01]|[12]\d|0?[1-9])/(?P<mon>1[0-2]|0?[1-9])"
                              rf"(?:/{YEAR})?(?![\d/])", night_numeric, needs=r"night"),
    _rule("month_day_range", rf"{MONTH}\s+{DAY}\s*(?:-|–)\s*{DAY2}{_OPTIONAL_YEAR}", _day_range),
    _rule("month_year", rf"(?:{PART})?{MONTH},?\s+(?:of\s+)?{YEAR}", _month_year),
    _rule("month", rf"(?:(?P<rel>{_MONTH_REL})\s+|{PART})?{BARE_MONTH}(?:{_THAT_YEAR})?", _bare_month, _month_in_context),
    _rule("year", rf"(?:{PART}|(?P<fiscal>(?i:fiscal(?:\s+year)?))\s+|(?<![\w$€£.,:/#'\-])){YEAR}"
                  rf"(?!\s*(?:{_NOT_YEAR_AFTER}))", _year_only, _year_in_context),
    _rule("quarter", rf"(?:(?i:the)\s+)?(?:{year_pattern('year1')}\s+|(?P<owner>(?i:this|last|next))\s+year's\s+)?"
                     rf"{ORDINAL}[\s-]+(?:(?i:fiscal|calendar)[\s-]+)?"
                     rf"(?i:quarter)(?![\w-])(?:(?:\s+of(?:\s+(?i:fiscal))?|,)?\s+{YEAR})?", _quarter_ordinal,
          needs=r"quarter"),
    _rule("quarter_code", rf"(?<!\w)Q(?P<q>[1-4])(?:(?:\s+|/|-|')?{YEAR})?(?!\w)", _quarter_code, needs=r"Q[1-4]"),
    _rule("quarter_relative", rf"(?P<rel>{_QUARTER_REL})\s+(?:(?i:fiscal)\s+)?quarter(?![\w-])(?!\s+of\b)",
          _quarter_relative, needs=r"quarter"),
    _rule("year_earlier", r"(?:(?i:the)\s+)?(?:(?i:comparable|corresponding)\s+)?(?i:year-earlier|year-ago)"
                          rf"(?:\s+(?:{ORDINAL}[\s-]+)?(?P<noun>(?i:quarter|period)))?(?![\w-])", _year_earlier,
          needs=r"year-(?:earlier|ago)"),
    _rule("relative_day", rf"(?:(?P<part>(?i:{DAY_PART}))\s+)?(?P<word>{_words(_REL_DAY_WORDS)})(?!\w)"
                          rf"{_TIME_OF_DAY}", _relative_day),
    _rule("weekday", rf"(?:(?P<rel>{_WEEKDAY_REL})\s+)?(?:(?P<part>(?i:{DAY_PART}))\s+)?"
                     rf"(?P<weekday>{alternatives(FULL_WEEKDAYS)})(?![a-z]){_TIME_OF_DAY}", _weekday),
    _rule("relative_period", rf"(?:(?P<part>{_PERIOD_PART})(?:\s+|\s*-\s*))?"
                             rf"(?P<rel>(?i:last|this|next)|(?<=of\s)(?i:the))\s+{_UNIT}", _relative_period,
          needs=r"week|month|year"),
    _rule("season", rf"(?:(?P<rel>{_SEASON_REL})\s+|(?i:the)\s+(?:(?i:{alternation(_CALENDAR['part_word'])})[\s-]+)?)?"
                    rf"(?P<season>(?i:{alternation(SEASONS)}))(?![\w-])"
                    rf"(?:\s+(?:(?i:of)\s+)?{YEAR})?", season, season_in_context,
          needs=alternation(SEASONS)),
    _rule("decade", rf"(?:(?i:the)\s+)?(?:{PART})?(?:(?P<decade>1[7-9]\d0|20\d0)s|'(?P<short>\d0)s"
                    rf"|(?<=the\s)(?P<word>{alternatives(DECADE_WORDS)}))(?![\w-])", decade, needs=r"\ds\b|ties\b"),
    _rule("weekend", rf"(?P<rel>{_WEEKEND_REL})\s+(?i:weekend)(?![\w-])", _weekend, needs=r"weekend"),
    _rule("anaphoric_day", r"(?:(?i:earlier|later)\s+)?(?:(?i:the)\s+(?P<which>(?i:previous|next|following|same))|"
                           rf"(?i:that(?:\s+same)?))\s+(?i:day|{_TIMES_OF_DAY})(?![\w-])",
          _anaphoric_day, needs=rf"day|{_TIMES_OF_DAY}"),
    _rule("election_day", rf"(?i:{alternation(_CALENDAR['election_day_word'])})\s+(?i:day)(?![\w-])", _election_day,
          needs=r"day"),
    _rule("anaphoric_offset", rf"{NUMBER}\s+(?P<unit>(?i:days?|weeks?))\s+(?P<dir>(?i:before|after))\s+"
                              r"(?i:that|then)(?![\w-])", _anaphoric_offset, needs=r"\b(?:that|then)\b"),
    _rule("ago", rf"{NUMBER}\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+"
                 r"(?P<dir>(?i:ago|earlier|from\s+now|hence))(?!\w)", _ago, needs=r"ago|earlier|now|hence"),
    _rule("past_period", rf"(?i:the)\s+(?i:past|last)\s+(?:{NUMBER}\s+(?P<units>(?i:hours|days|weeks|months|years|"
                         r"decades))|(?P<unit>(?i:week|month|year|decade)))(?![\w-])", _past_period,
          needs=r"past|last"),
    _rule("since_start", rf"(?i:since\s+the\s+(?:start|beginning)\s+of)\s+(?:(?i:the|this)\s+{_UNIT}|{YEAR}|"
                         rf"{BARE_MONTH})", _since_start, needs=r"since"),
    _rule("so_far", rf"(?i:so\s+far\s+this)\s+{_UNIT}", _since_start, needs=r"so\s+far"),
)
