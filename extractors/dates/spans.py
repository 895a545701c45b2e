"""Resolvers of the `dates` grammar (dates/rules.py) for stretches of days: spans across months,
nights given as day/month, seasons and decades."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from article2json.extractors.data_files import read_word_lists
from article2json.extractors.dates.calendar import (
    FUTURE, PAST, DateValue, as_range, at_precision, month_day_year, nearest_season, safe_date, season_range,
    season_start, unresolved)
from article2json.extractors.dates.words import TIME_PREPOSITIONS, month_number, preceding_word

if TYPE_CHECKING:
    from article2json.extractors.dates.rules import Context

DECADE_WORDS = read_word_lists("calendar_words.tsv")["decade"]  # from "twenties" (the 1920s), in order
SEASON_PREPOSITIONS = TIME_PREPOSITIONS | set(read_word_lists("calendar_words.tsv")["season_preposition"])


def cross_month_range(match: re.Match, ctx: Context) -> DateValue | None:
    """"between 16 February and 20 March 2020", "from 28 May to 2 June": the range of days; a
    missing first year is the last one's (or the year before when the months wrap)."""
    first_month, last_month = month_number(match.group("month1")), month_number(match.group("month2"))
    first_day, last_day = int(match.group("day1")), int(match.group("day2"))
    if match.group("year2"):
        last = safe_date(int(match.group("year2")), last_month, last_day)
    elif ctx.reference is not None:
        last = month_day_year(last_month, last_day, ctx.reference, ctx.direction)
    else:
        return DateValue(None, "range", True)
    if last is None:
        return None
    year = int(match.group("year1") or last.year - (first_month > last_month))
    first = safe_date(year, first_month, first_day)
    return as_range(first, last, not match.group("year2")) if first and first < last else None


def night_numeric(match: re.Match, ctx: Context) -> DateValue | None:
    """"the night of 25/02", "the night of 13-14/03" (day/month): the day the night ends on."""
    month, day = int(match.group("mon")), int(match.group("day"))
    if match.group("year"):
        found = safe_date(int(match.group("year")), month, day)
        return at_precision(found, "day", False) if found else None
    if ctx.reference is None:
        return unresolved("day") if safe_date(2000, month, day) else None
    found = month_day_year(month, day, ctx.reference, PAST)
    return at_precision(found, "day", True) if found else None


SEASON_WHICH = {"last": "last", "past": "last", "this past": "last", "this": "this", "next": "next", "coming": "next"}


def season(match: re.Match, ctx: Context) -> DateValue | None:
    """"last fall", "this summer", "the summer of 1998", "winter 1994": the season's three months
    as a range (northern-hemisphere meteorological seasons: summer = June to August)."""
    name = match.group("season").lower()
    if match.group("year"):
        return season_range(season_start(name, int(match.group("year"))), False)
    if ctx.reference is None:
        return DateValue(None, "range", True)
    rel = " ".join((match.group("rel") or "").lower().split())
    which = SEASON_WHICH.get(rel) or ("next" if ctx.direction == FUTURE else "latest")
    return season_range(nearest_season(name, ctx.reference, which), True)


def decade(match: re.Match, ctx: Context) -> DateValue | None:
    """"the 1990s", "the early 1980s", "the '80s", "the nineties": the decade as a range."""
    if match.group("decade"):
        first = int(match.group("decade"))
    elif match.group("short"):
        first = 1900 + int(match.group("short"))
    else:
        first = 1900 + 10 * DECADE_WORDS.index(match.group("word").lower()) + 20
    return as_range(date(first, 1, 1), date(first + 9, 12, 31), False)


def season_in_context(match: re.Match, date_entities: tuple[tuple[int, int], ...]) -> bool:
    """A season name is a date with "last"/"this"/..., with a year, or as "the summer" after a
    time preposition ("over the summer"); "the fall" needs a year ("the fall of Kabul")."""
    if match.group("rel") or match.group("year"):
        return True
    if match.group("season").lower() == "fall":
        return False
    return preceding_word(match.string, match.start()) in SEASON_PREPOSITIONS
