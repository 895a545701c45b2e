"""The plain-text header convention and published dates.

A plain-text article may open with a headline line, an outlet line and a dateline such as
`Tue, 14 Nov 2023 00:00 UTC`, `November 14, 2023`, `2023-11-14T08:30:00+03:00` or
`14 November 2023 10:32 GMT`; each is optional. The body may open with a wire dateline such as
`PESHAWAR, Pakistan —` or `KABUL (Reuters) -`, which names a place, not the outlet; an agency's
dateline may also follow a scraped headline and byline early in the body.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from datetime import datetime, timezone

from article2json.extractors.base import Article, Source, Span
from article2json.extractors.countries import countries
from article2json.extractors.data_files import read_table

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
TIMEZONES = {"UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
             "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "WAT": 1, "CAT": 2,
             "EAT": 3, "IST": 5.5, "PKT": 5, "AST": 3, "MSK": 3, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
             "AEST": 10, "AEDT": 11, "ET": -5, "CT": -6, "PT": -8}
_DATE_WORD = re.compile(rf"(?:\b|(?<=\d))(?:{MONTHS}|{WEEKDAYS}|am|pm|(?-i:[A-Z]{{1,4}}T)|UTC|GMT|Z|T|at|on|"
                        rf"a\.m|p\.m|ET|CT|PT)\b\.?", re.IGNORECASE)  # "8:15pm": a word glued to a time
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_PREFIX = re.compile(r"^(?:(?:first |last )?(?:published|updated|posted|modified)|date)\s*(?:on|at)?\s*:?\s*",
                     re.IGNORECASE)
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
_BODY_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'\-]*(?:[ \-][A-Z][\w.'\-]*){0,3}"
    r"(?:,\s*(?!" + _MONTH_DAY + r")(?:[a-z]+\s+)?[A-Z][\w.'\-]*(?:[ \-][\w.'\-]+){0,3})?)"  # "Ramallah, occupied West Bank"
    r"(?:,\s*(?P<date>[\w .,/]{0,25}?\b(?:1[89]|20)\d\d)|,\s*" + _MONTH_DAY + r")?"  # a date after the place: "ADAMA,
    # Ethiopia, 14 May 2021 —", "WASHINGTON, Nov 6 (Reuters) -"
    r"\s*(?:[(/](?P<agency>[A-Za-z][\w .&'\-]{0,30})[)/]\.?)?\s*(?:—|–|--|-|:)\s+")  # "(Reuters)", "/EEW/", "(EFE).-"
_SEPARATOR = re.compile(r"\s+[|—–·•/-]\s+|\s*[|—–·•]\s*")  # "11 Feb 2026 — 14:05", "10 Feb 2026 | 20:40"
_TIME_NOTE = re.compile(r"\((?:[A-Z][\w.'\-]*\s+){0,3}time\)|\blocal time\b", re.IGNORECASE)  # "(Tripoli time)"
_OFFSET_ZONE = re.compile(r"\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d\d))?\b")  # "GMT+2": two hours east of UTC
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:1[89]|20)\d\d\b")  # "13.02.2026": day first
_DOTTED_TIME = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])")  # "08.15 BST": a time, as "08:15"
MAX_HEADER_LINE = 300


def parse_dateline(line: str) -> datetime | None:
    """The moment a header dateline names, or None when the line is not a dateline. It keeps the
    line's own zone, so `.date()` is the writer's calendar day (docs/dates.md); output prints it
    in UTC. A date without a time is midnight UTC; a time without a zone is taken as UTC."""
    candidate = _PREFIX.sub("", line.strip())
    if not candidate or len(candidate) > 80 or not _HAS_YEAR.search(candidate):
        return None
    candidate = _TIME_NOTE.sub(" ", candidate)  # a local time of no named zone: read as UTC
    candidate = _OFFSET_ZONE.sub(lambda m: f" {m[1]}{int(m[2]):02d}:{m[3] or '00'}", candidate)
    candidate = _SEPARATOR.sub(" ", candidate).strip()
    candidate = _DOTTED_TIME.sub(r"\1:\2", candidate)
    leftover = _DATE_WORD.sub(" ", candidate)
    if re.search(r"[A-Za-z]{2,}", leftover):  # words that are not part of a date
        return None
    return _parse_moment(candidate)


def _parse_moment(value: str) -> datetime | None:
    """The moment `value` names (dateutil's reading; numbers with dots are day first, "13.02.2026"),
    None when it names none."""
    from dateutil import parser as date_parser

    tzinfos = {name: int(hours * 3600) for name, hours in TIMEZONES.items()}
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")) if re.match(r"\d{4}-\d\d-\d\d", value) else None
    except ValueError:
        moment = None
    if moment is None:
        try:
            with warnings.catch_warnings():  # an unknown zone is read as UTC, not worth a warning
                warnings.simplefilter("ignore")
                moment = date_parser.parse(value, tzinfos=tzinfos, dayfirst=bool(_DOTTED_DATE.search(value)),
                                           default=datetime(1900, 1, 1))
        except (ValueError, OverflowError, TypeError):
            return None
        if moment.year == 1900:
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def parse_published(value: str | None) -> tuple[datetime | None, str | None]:
    """A published date from metadata (JSON field, HTML meta), and a warning when it is unreadable."""
    if value is None or not str(value).strip():
        return None, None
    moment = _parse_moment(str(value).strip())
    if moment is None:
        return None, f"cannot read the published date {str(value)[:60]!r}; relative dates stay unresolved"
    return moment, None


def format_published(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z, to the second."""
    if moment is None:
        return None
    return moment.astimezone(timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def _lines(text: str, limit: int) -> list[Span]:
    """Spans of the first `limit` non-blank lines, stripped of surrounding blanks."""
    spans: list[Span] = []
    for match in re.finditer(r"[^\n]+", text):
        if len(spans) == limit:
            break
        line = match.group()
        if not line.strip():
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        spans.append(Span(start, match.start() + len(line.rstrip())))
    return spans


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return len(line) <= MAX_HEADER_LINE and len(words) <= 30 and not line.rstrip().endswith((".", ":", ";", ","))


def _short_unpunctuated(line: str, max_chars: int, max_words: int) -> bool:
    """A line short enough for a name, byline or outlet, not ending like a sentence."""
    return len(line) <= max_chars and len(line.split()) <= max_words and \
        not line.rstrip().endswith((".", "!", "?", ":", '"', ","))


TRAILING_REACH = 400  # how far from the end of a text its publication line is looked for


def _published_at_the_end(text: str) -> datetime | None:
    """The moment a publication line closing the text names ("Published Sunday, 2 February 2025,
    18:40 GMT", "Updated: 3 March 2024", "This story was first published on 4 May 2025."), as pages
    copied with their footer carry it; else None."""
    last = [_CLOSING_OPENER.sub("", line.strip()) for line in text[-TRAILING_REACH:].splitlines() if line.strip()][-2:]
    return next((moment for line in reversed(last) if (prefix := _PREFIX.match(line)) and prefix.group()
                 and (moment := parse_dateline(line))), None)


# a day named without a year ("Nov 6", "18 January"); not one a year follows ("January 18, 2025")
_YEARLESS_DAY = re.compile(rf"\b(?:(?P<month>{MONTHS})\.?\s+(?P<day>\d{{1,2}})|(?P<day_first>\d{{1,2}})\s+"
                           rf"(?P<month_after>{MONTHS})\b\.?)(?![\d:])(?!,?\s*\d)", re.IGNORECASE)
# the year a text calls the running one: "the deadliest attack so far in 2025", "2025 so far"
_RUNNING_YEAR = re.compile(r"\b(?:so|thus)\s+far\s+in\s+(?P<year>(?:19|20)\d\d)\b"
                           r"|\b(?P<year_before>(?:19|20)\d\d)\s+(?:so|thus)\s+far\b", re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b(?P<weekday>{WEEKDAYS})\b", re.IGNORECASE)
_DATELINE_END = re.compile(r"\s(?:—|–|--|-)\s")


def _in_the_running_year(text: str, start: int, body_start: int) -> datetime | None:
    """The day an outlet line or the body's wire dateline names without a year ("Updated 3:41 PM
    GMT, January 18", "OUAGADOUGOU, Feb 17 (Reuters) -"), in the one year the text calls the
    running one ("the deadliest attack so far in 2025"); None without both, or when a weekday on
    the day's line is not that day's."""
    years = {match["year"] or match["year_before"] for match in _RUNNING_YEAR.finditer(text)}
    if len(years) != 1:
        return None
    year = next(iter(years))
    dateline = _DATELINE_END.search(text, body_start, body_start + EARLY_DATELINE)
    for line in (*text[start:body_start].splitlines(), text[body_start:dateline.start()] if dateline else ""):
        day = _YEARLESS_DAY.search(line)
        if day is None:
            continue
        try:
            moment = datetime.strptime(f"{year} {(day['month'] or day['month_after'])[:3]} "
                                       f"{day['day'] or day['day_first']}", "%Y %b %d").replace(tzinfo=timezone.utc)
        except ValueError:
            return None
        weekday = _WEEKDAY.search(line)
        if weekday and moment.strftime("%a").lower() != weekday["weekday"][:3].lower():
            return None
        return moment
    return None


_CLOSING_OPENER = re.compile(r"^(?:this|the) (?:article|story|report|page) (?:was|has been) ", re.IGNORECASE)


_BYLINE = re.compile(r"By\s+\S")  # "By a Staff Correspondent, The Khartoum Monitor"


def _looks_like_outlet(line: str) -> bool:
    """An outlet's name, or a byline with it (longer: "By a Staff Correspondent, The Khartoum Monitor")."""
    max_chars, max_words = (120, 14) if _BYLINE.match(line) else (60, 6)
    return _short_unpunctuated(line, max_chars, max_words) and not _BODY_DATELINE.match(line + " ")


def find_place_dateline(text: str, start: int) -> tuple[Span | None, datetime | None]:
    """The place of a wire dateline opening the body at `start` ("PESHAWAR, Pakistan —"), or of an
    agency's dateline after a scraped headline and byline early in the body ("... By Jane Roe
    WASHINGTON, Nov 6 (Reuters) - "), and the moment of the date with a year it may carry ("ADAMA,
    Ethiopia, 14 May 2021 —", or before the place: "Wednesday, 22 October 2025 | NAMPULA —",
    "November 3, 2024 (PORT SUDAN) –")."""
    offset = start + (len(text[start:]) - len(text[start:].lstrip()))
    window_end = min(len(text), offset + 120)
    dated_first = _DATE_FIRST_DATELINE.match(text, offset, window_end) \
        or _DATE_BRACKET_DATELINE.match(text, offset, window_end)
    if dated_first and (moment := parse_dateline(dated_first.group("date"))):
        return Span(dated_first.start("place"), dated_first.end("place")), moment
    match = _BODY_DATELINE.match(text, offset, min(len(text), offset + 120))
    if not (match and _names_a_dateline(match, agency_needed=False)):
        later = (_BODY_DATELINE.match(text, word.start(), min(len(text), word.start() + 120))
                 for word in _CAPITALS_AFTER_SPACE.finditer(text, offset + 1, min(len(text), offset + EARLY_DATELINE)))
        match = next((found for found in later if found and _names_a_dateline(found, agency_needed=True)), None)
    if match is None:
        return None, None
    return Span(match.start("place"), match.end("place")), match.group("date") and parse_dateline(match.group("date"))


EARLY_DATELINE = 400  # how far into the body an agency's dateline is looked for
_PLACE_IN_CAPITALS = r"(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+(?:[ \-][A-ZÀ-ÖØ-Þ.'\-]+){0,3})"
_DATELINE_DASH = r"\s*(?:—|–|--|-|:)\s+"
# a body dateline whose date comes first: "Wednesday, 22 October 2025 | NAMPULA — ", or with the
# place in brackets after the date: "November 3, 2024 (PORT SUDAN) – "
_DATE_FIRST_DATELINE = re.compile(rf"(?P<date>[^|—–·\n]{{6,40}}?)\s*[|—–·]\s*{_PLACE_IN_CAPITALS}{_DATELINE_DASH}")
_DATE_BRACKET_DATELINE = re.compile(rf"(?P<date>[^()|—–·\n]{{6,40}}?)\s*\({_PLACE_IN_CAPITALS}\){_DATELINE_DASH}")
_CAPITALS_AFTER_SPACE = re.compile(r"(?<=\s)[A-ZÀ-ÖØ-Þ]{2,}\b")  # "BOGOTÁ", "YAOUNDÉ"


def _names_a_dateline(match: re.Match, agency_needed: bool) -> bool:
    """Whether a dateline match is one: its place in capitals ("PESHAWAR"), an agency named after
    it, or a date with a year ("Addis Abeba, February 27/2024 –"); later in the body, capitals and
    an agency."""
    parts = match.group("place").split(",")
    first_word = parts[0].split()[0]
    capitals = first_word.isupper() and len(first_word) > 1
    if agency_needed:
        return capitals and bool(match.group("agency"))
    second = re.sub(r"^[a-z]+\s+", "", parts[-1].strip()).lower()  # "Ramallah, occupied West Bank —": West Bank
    return capitals or bool(match.group("agency")) or bool(match.group("date") and parse_dateline(match.group("date"))) \
        or len(parts) == 2 and (second in _country_names()  # "Narsingdi, Bangladesh —"
                                or second in _region_names())  # "Jayapura, Papua —"


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The names and other names of the countries, lowercase."""
    return frozenset(name.lower() for country in countries() for name in country.names)


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """The GeoNames and English names of the countries' first-level divisions, lowercase."""
    names = {row[1].lower() for row in read_table("admin1_geonames.tsv")}
    return frozenset(names | {row[1].lower() for row in read_table("admin1_english.tsv")})


def build_article(text: str, source: Source, *, title: str | None = None, outlet: str | None = None,
                  published: datetime | None = None, warnings: tuple[str, ...] = (),
                  parse_header: bool = True) -> Article:
    """An Article from decoded text. With `parse_header`, the header lines are read from the text;
    otherwise the given metadata is used and a first line repeating the title is marked as such."""
    title_span = outlet_span = dateline_span = None
    body_start = 0
    lines = _lines(text, 4)
    if parse_header and len(lines) > 1:
        values = [text[s.start:s.end] for s in lines]
        dated = next(((i, moment) for i, value in enumerate(values[:3]) if (moment := parse_dateline(value))), None)
        outlet_dated = _outlet_with_date(text, lines[1]) if dated is None and len(lines) > 2 \
            and _looks_like_headline(values[0]) else None
        if outlet_dated is not None:
            outlet_span, dateline_span, published = outlet_dated
            before = [lines[0]]
            body_start = _next_line(text, lines[1].end)
        elif dated is not None:
            index, published = dated
            dateline_span = lines[index]
            before = lines[:index]
            body_start = _next_line(text, dateline_span.end)
        else:
            before = []
            if _looks_like_headline(values[0]):
                before.append(lines[0])
                if len(lines) > 2 and _looks_like_outlet(values[1]):
                    before.append(lines[1])
            if before:
                body_start = _next_line(text, before[-1].end)
        if before:
            title_span = _strip_markdown(text, before[0])
            title = text[title_span.start:title_span.end]
        if len(before) > 1:
            outlet_span = before[1]
        if outlet_span is not None:
            outlet = text[outlet_span.start:outlet_span.end]
    elif lines and title and text[lines[0].start:lines[0].end].strip() == title.strip() and len(lines) > 1:
        title_span = lines[0]
        body_start = _next_line(text, lines[0].end)
    place_dateline, dated_by_place = find_place_dateline(text, body_start)
    if parse_header and not (published or dated_by_place):
        published = _published_at_the_end(text) or _in_the_running_year(
            text, title_span.end if title_span else 0, body_start)
    return Article(text=text, source=source, title=title.strip() if title else None,
                   outlet=outlet.strip() if outlet else None, published=published or dated_by_place or None,
                   body_start=body_start, title_span=title_span, outlet_span=outlet_span,
                   dateline_span=dateline_span, place_dateline=place_dateline, warnings=warnings)


_OUTLET_DATE_SEPARATOR = re.compile(r"\s+[|—–·-]\s+|,\s+")  # "Kabul Ledger | Published: 2025-11-08", "Red Sea Monitor, 22 April 2025"


def _outlet_with_date(text: str, line: Span) -> tuple[Span, Span, datetime] | None:
    """The outlet, the date and its moment of an outlet line that ends or opens with a dateline
    after or before a separator ("By Jane Roe, Juba Monitor - Tuesday, 14 October 2025", "Andes
    Daily — Updated Wednesday, 10 September 2025", "Red Sea Monitor, 22 April 2025", "February 9,
    2025 | Levant Wire Service"); None when the line has no such date."""
    value = text[line.start:line.end]
    for separator in _OUTLET_DATE_SEPARATOR.finditer(value):
        before = Span(line.start, line.start + separator.start())
        after = Span(line.start + separator.end(), line.end)
        for outlet, date in ((before, after), (after, before)):
            # an outlet, or a byline with its outlet ("By Oumar Traore | The Sahel Monitor"), not a date's part
            name = text[outlet.start:outlet.end]
            if _short_unpunctuated(name, 80, 12) and re.search(r"[A-Za-z]{3,}", _DATE_WORD.sub(" ", name)) \
                    and (moment := parse_dateline(text[date.start:date.end])):
                return outlet, date, moment
    return None


def _next_line(text: str, end: int) -> int:
    newline = text.find("\n", end)
    return len(text) if newline < 0 else newline + 1


def _strip_markdown(text: str, span: Span) -> Span:
    match = re.match(r"#{1,6}\s+", text[span.start:span.end])
    return Span(span.start + match.end(), span.end) if match else span

