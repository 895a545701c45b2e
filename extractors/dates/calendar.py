"""Calendar arithmetic for the `dates` extractor.

A resolved expression is a `DateValue`: an ISO value at some precision (`2023-11-08` day,
`2023-W45` week, `2023-11` month, `2023-Q3` quarter, `2023` year, `2023-01-01/2023-11-14`
range), whether it depended on the reference date, and for ranges the two ends. The helpers
here choose which year, week or weekday a partial expression means, looking back from the
reference date unless the text points forward.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from article2json.extractors.data_files import read_table

PAST = "past"
FUTURE = "future"
UNMARKED = "unmarked"  # the sentence has no tense cue: a year-less day is the nearest one
# A year-less date up to this many days after the reference still counts as past: datelines
# are often midnight UTC while the news happened on the local calendar day.
PAST_TOLERANCE = timedelta(days=1)


@dataclass(frozen=True)
class DateValue:
    """One resolved expression. `value` is None when it needed a reference date that is unknown."""

    value: str | None
    precision: str
    relative: bool
    range: tuple[str, str] | None = None
    anchor: str | None = None


def unresolved(precision: str) -> DateValue:
    """A relative expression without a reference date."""
    return DateValue(None, precision, True)


def at_precision(day: date, precision: str, relative: bool) -> DateValue:
    """`day` written at `precision` (day, week, month, quarter or year)."""
    if precision == "day":
        value = day.isoformat()
    elif precision == "week":
        iso_year, week, _ = day.isocalendar()
        value = f"{iso_year:04d}-W{week:02d}"
    elif precision == "month":
        value = f"{day.year:04d}-{day.month:02d}"
    elif precision == "quarter":
        value = f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    else:
        value = f"{day.year:04d}"
    return DateValue(value, precision, relative)


def as_range(first: date, last: date, relative: bool) -> DateValue:
    """The interval [first, last] as a range value."""
    ends = (first.isoformat(), last.isoformat())
    return DateValue("/".join(ends), "range", relative, range=ends)


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift(day: date, count: int, unit: str) -> date:
    """`day` moved by `count` units (negative: back); month ends are clamped (31 Jan + 1 month = 28/29 Feb)."""
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    months = count * {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def period_start(day: date, unit: str) -> date:
    """The first day of the week (Monday), month, quarter or year that contains `day`."""
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if unit == "year":
        return date(day.year, 1, 1)
    return day


def month_day_year(month: int, day: int, reference: date, direction: str) -> date | None:
    """The `day` of `month` for the reference: the latest on or before it (with a day's tolerance),
    with `direction` FUTURE the earliest on or after it, with UNMARKED the nearer of those two
    (the past one on a tie). 29 February looks up to 4 years away."""
    candidates = [d for year in range(reference.year - 4, reference.year + 5)
                  if (d := safe_date(year, month, day)) is not None]
    ahead = next((d for d in candidates if d >= reference), None)
    back = next((d for d in reversed(candidates) if d <= reference + PAST_TOLERANCE), None)
    if direction == FUTURE:
        return ahead
    if direction == UNMARKED and ahead and back and (ahead - reference) < (reference - back):
        return ahead
    return back


def month_start(month: int, reference: date, direction: str, strict: bool = False) -> date:
    """The first day of the `month` nearest the reference: the latest one that has begun (with
    `strict`, before the reference's own month), or with FUTURE the next one (with `strict`, after it)."""
    this_year = date(reference.year, month, 1)
    current = reference.replace(day=1)
    if direction == FUTURE:
        ahead = this_year > current if strict else this_year >= current
        return this_year if ahead else date(reference.year + 1, month, 1)
    behind = this_year < current if strict else this_year <= current
    return this_year if behind else date(reference.year - 1, month, 1)


def nearest_weekday(weekday: int, reference: date, direction: str, strict: bool = False) -> date:
    """The latest `weekday` (0 = Monday) on or before the reference, or with FUTURE the earliest on
    or after it; `strict` leaves the reference day itself out."""
    if direction == FUTURE:
        ahead = (weekday - reference.weekday()) % 7
        return reference + timedelta(days=ahead or (7 if strict else 0))
    back = (reference.weekday() - weekday) % 7
    return reference - timedelta(days=back or (7 if strict else 0))


def quarter_start(quarter: int, reference: date) -> date:
    """The first day of the latest `quarter` (1-4) that has begun by the reference."""
    year = reference.year if quarter <= (reference.month - 1) // 3 + 1 else reference.year - 1
    return date(year, quarter * 3 - 2, 1)


def weekend_of(reference: date, direction: str) -> date:
    """The Saturday of the latest weekend that has begun by the reference, or with FUTURE of the
    next weekend that has not ended."""
    saturday = nearest_weekday(5, reference, direction)
    if direction == FUTURE and reference.weekday() == 6:
        return reference - timedelta(days=1)
    return saturday


# Northern-hemisphere meteorological seasons of three months by their first month (data/seasons.tsv:
# "summer": 6, "winter": 12, winter starting in December)
SEASONS = {season: int(month) for season, month in read_table("seasons.tsv")}


def season_start(season: str, year: int) -> date:
    """The first day of `season` of `year` (the winter of 1994 begins in December 1994)."""
    return date(year, SEASONS[season], 1)


def season_range(start: date, relative: bool) -> DateValue:
    """The three months from `start` as a range."""
    return as_range(start, shift(start, 3, "month") - timedelta(days=1), relative)


def nearest_season(season: str, reference: date, which: str) -> date:
    """The start of the `season` nearest the reference: `which` = "last" (the latest one that has
    ended), "this" (the one of the reference's year; a January winter is the one under way),
    "next" (the first one starting after the reference) or "latest" (the latest one that has begun)."""
    starts = [season_start(season, year) for year in range(reference.year - 2, reference.year + 2)]
    if which == "last":
        return [s for s in starts if shift(s, 3, "month") <= reference][-1]
    if which == "next":
        return next(s for s in starts if s > reference)
    if which == "this":
        year = reference.year - (season == "winter" and reference.month < 3)
        return season_start(season, year)
    return [s for s in starts if s <= reference][-1]
