"""`dates`: every date expression in the article, normalised against the reference date.

Output (`dates`; generated from `DateExpression` in article2json/record.py): date expressions, in text
order, each with
- `text` (string): the expression as written, kept tight ("on Wednesday, 8 November" gives "Wednesday, 8
  November")
- `start` (integer): offset of the first character
- `end` (integer): offset just past the last character
- `value` (string or null): ISO 8601 at the expression's precision: `2023-11-08`, `2023-W45`, `2023-11`,
  `2023-Q3`, `2023`, `2023-01-01/2023-11-14`; null when relative and there is no reference date
- `precision` (string or null): day, week, month, quarter, year or range
- `relative` (boolean): whether the value depended on the reference date
- `range` (list of string or null): for ranges, `[first, last]` ISO days; null otherwise or when
  unresolved
- `anchor` (string or null): the value of the day a counted date counts from ("two days before 7 October",
  "the next day"), else null

The reference date is `--published-override`, else the article's dateline (its writer's calendar
day), else `--published`. A weekday or a bare month is the latest one on or before the reference,
or the next one when the sentence speaks of the future ("will", "is due to"). A month-day without
a year does the same, and in a sentence without tense cue it is the nearer occurrence. "The next
day", "the quarter" and "a year earlier" follow the day or quarter the text last named.
Times of day ("late Monday"; "last night" and "overnight" = the day before, or the day before the report
day their sentence names: "an overnight raid, sources said on Wednesday") keep day precision;
seasons, decades and "between 16 February and 20 March" are ranges; durations ("for three days")
are not dates. The outlet and dateline header lines are skipped. docs/dates.md lists every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Mapping

from article2json.extractors.article import reference_date
from article2json.extractors.base import SENTENCE_BREAK, SENTENCE_REACH, Article, Extractor, sentence_bounds
from article2json.extractors.data_files import alternation, read_word_lists
from article2json.extractors.dates.calendar import FUTURE, PAST, UNMARKED, DateValue, shift, unresolved
from article2json.extractors.dates.rules import NIGHT_BEFORE, NUMBER, RULES, Context, Rule, number_value, unit_of
from article2json.extractors.dates.words import REPORT_VERBS
from article2json.extractors.entities import in_metadata_lines
from article2json.extractors.per_doc import doc_entities

ARITHMETIC = (rf"(?:{NUMBER}\s+(?P<unit>(?i:days?|weeks?|months?|years?))|(?i:the)\s+(?P<the_unit>(?i:day|week)))"
              r"\s+(?P<dir>(?i:before|after|prior\s+to|earlier\s+than|later\s+than|ahead\s+of|following))"
              r"\s+(?:(?i:on)\s+)?")
ARITHMETIC_BEFORE = re.compile(ARITHMETIC + r"$")
ARITHMETIC_AT_START = re.compile(ARITHMETIC)
LEADING_PREPOSITION = re.compile(r"^(?:on|in|at|during|by)\s+", re.IGNORECASE)
# The nearest tense cue before an expression in its sentence decides whether a year-less date,
# a weekday or a bare month is read forward ("will meet on Friday") or back ("attacked on Friday");
# a participle after "be" ("must be returned by 14 January") is passive, not past.
TENSE_CUE = re.compile(
    r"\b(?:(?P<future>will|won't|shall|would|going\s+to|plans?\s+to|planned|planning|scheduled|set\s+to|due|"
    r"expects?|expected|hopes?\s+to|intends?\s+to|(?:is|are)\s+to|to\s+be|upcoming|next(?!\s+to\b)|payable|"
    r"effective|expires?|deadline|postponed|extended|deferred|delayed|adjourned|ahead\s+of|as\s+soon\s+as|"
    r"as\s+early\s+as|soon)|(?P<past>(?<!\bbe\s)(?<!been\s)(?!(?:hundred|need|speed|indeed|seed)\b)[a-z]{2,}ed|"
    r"was|were|had|did|said|told|took|began|came|went|made|met|fell|rose|held|left|saw|gave|won|lost|fought|broke|shot|struck|ago|last))\b"
    r"|(?P<contracted>'ll)\b")
CUE_WINDOW = 120  # after the expression: how far a tense cue is looked for
# Every expression contains one of these words and reaches at most TRIGGER_REACH characters from it.
TRIGGER = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
                     r"|(?i:\b(?:today|tonight|yesterday|tomorrow|night|overnight|morning|afternoon|evening|week|month|"
                     r"year|spring|summer|autumn|fall|winter|(?:twen|thir|for|fif|six|seven|eigh|nine)ties|quarter|decade|ago|earlier|hours?|days?|(?:one|two|three|four|five|six|seven|eight|nine|ten)))")
TRIGGER_REACH = 80
FOCUS_CHARS = 1000  # how far back "the quarter", "a year earlier" and "the next day" look for their anchor


@dataclass(frozen=True)
class Expression:
    """A rule's match at [start, end) of the text."""

    start: int
    end: int
    rule: Rule
    match: re.Match


def find_expressions(text: str, date_entities: tuple[tuple[int, int], ...] = ()) -> list[Expression]:
    """Every date expression in `text`, in order, the longest winning where matches overlap.
    `date_entities` are spans spaCy labelled DATE: they vouch for bare years and month names."""
    candidates = [Expression(m.start(), m.end(), rule, m)
                  for window_start, window_end in trigger_windows(text)
                  for rule in RULES
                  if rule.needs is None or rule.needs.search(text, window_start, window_end)
                  for m in rule.pattern.finditer(text, window_start, window_end)
                  if rule.accept is None or rule.accept(m, date_entities)]
    candidates.sort(key=lambda e: (e.start - e.end, e.start))
    chosen: list[Expression] = []
    for candidate in candidates:
        if all(candidate.end <= other.start or candidate.start >= other.end for other in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda e: e.start)


def trigger_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` around words every date expression contains (a digit, a month or
    weekday name, "week", "ago", ...), merged: the rules only scan these."""
    windows: list[tuple[int, int]] = []
    for found in TRIGGER.finditer(text):
        start, end = max(0, found.start() - TRIGGER_REACH), min(len(text), found.end() + TRIGGER_REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def apply_offset(anchor: DateValue, offset: re.Match) -> DateValue | None:
    """`anchor` moved by an ARITHMETIC match ("two days before"); only day anchors are moved."""
    if anchor.precision != "day":
        return None
    if anchor.value is None:
        return unresolved("day")
    if offset.group("the_unit"):
        count, unit = 1, offset.group("the_unit").lower()
    else:
        count, unit = number_value(offset.group("n")), unit_of(offset.group("unit"))
    sign = -1 if offset.group("dir").lower().split()[0] in ("before", "prior", "earlier") else 1
    moved = shift(date.fromisoformat(anchor.value), sign * count, unit)
    return DateValue(moved.isoformat(), "day", anchor.relative, anchor=anchor.value)


def text_direction(text: str, start: int, end: int) -> str:
    """FUTURE when the nearest tense cue before the expression at [start, end) in its sentence, or
    failing one the first after it, points forward ("will", "is due to", "scheduled"), PAST when
    it points back, UNMARKED when the sentence has none ("Congress reconvenes Jan. 24")."""
    before = text[max(0, start - SENTENCE_REACH):start]
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(before)]
    cues = list(TENSE_CUE.finditer(before, breaks[-1] if breaks else 0))
    if cues:
        return PAST if cues[-1].group("past") else FUTURE
    after = text[end:end + CUE_WINDOW]
    sentence_end = SENTENCE_BREAK.search(after)
    cue = TENSE_CUE.search(after, 0, sentence_end.start() if sentence_end else len(after))
    if cue is None:
        return UNMARKED
    return PAST if cue.group("past") else FUTURE


def resolve_date(text: str, reference: datetime | date | None, *, future: bool = False) -> dict[str, Any] | None:
    """`value`, `precision` and `relative` (plus `range` or `anchor` where they apply) of one
    date expression such as "last week", "Nov. 8" or "two days before 7 October", resolved against
    `reference`; None when `text` is not a date expression. `future` reads year-less dates forward."""
    reference_day = reference.date() if isinstance(reference, datetime) else reference
    context = Context(reference_day, FUTURE if future else PAST)
    phrase = LEADING_PREPOSITION.sub("", text.strip().rstrip(".,;:!?"))
    offset = ARITHMETIC_AT_START.match(phrase)
    if offset:
        phrase = phrase[offset.end():]
    for rule in RULES:
        match = rule.pattern.fullmatch(phrase)
        if match is None:
            continue
        value = rule.resolve(match, context)
        if value is not None and offset:
            value = apply_offset(value, offset)
        if value is not None:
            return value_fields(value)
    return None


def value_fields(value: DateValue) -> dict[str, Any]:
    """The output fields of a resolved value, extra keys only where they apply."""
    fields: dict[str, Any] = {"value": value.value, "precision": value.precision, "relative": value.relative}
    if value.precision == "range":
        fields["range"] = list(value.range) if value.range else None
    if value.anchor is not None:
        fields["anchor"] = value.anchor
    return fields


_ELECTION = alternation(read_word_lists("calendar_words.tsv")["election_noun"])
VOTE_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[\w\-]+\s+){{0,3}}?(?i:{_ELECTION})\b")  # "Saturday's disputed presidential election"
VOTE_BEFORE = re.compile(rf"\b(?i:{_ELECTION})\s+(?:(?i:was|were|is)\s+)?(?:(?i:held)\s+)?(?:(?i:on)\s+)?$")  # "the vote on"
VOTE_REACH = 40  # characters before a date that VOTE_BEFORE reads


def _dates_a_vote(text: str, expression: Expression) -> bool:
    """Whether a date is the day of a vote: "Saturday's disputed presidential election", "the
    referendum on 5 May"."""
    return bool(VOTE_AFTER.match(text, expression.end)) or \
        VOTE_BEFORE.search(text, max(0, expression.start - VOTE_REACH), expression.start) is not None


def _night_before_the_report(text: str, items: list[dict[str, Any]], report: dict[str, Any]) -> None:
    """"killed ... in an overnight raid, sources said on Wednesday": a night told before the day its
    sentence dates the report is the night before that day, not before the article's date."""
    start = sentence_bounds(text, report["start"])[0]
    for item in items:
        if start <= item["start"] < report["start"] and item.get("relative") and item["precision"] == "day" \
                and NIGHT_BEFORE.search(item["text"]):
            item["value"] = (date.fromisoformat(report["value"]) - timedelta(days=1)).isoformat()


def _dates_a_report(doc, expression: Expression) -> bool:
    """Whether a date tells when something was reported ("residents said on Thursday"), not when
    what they reported happened: its word hangs, through at most a preposition, on a reporting verb."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    root = span.root
    head = root.head.head if root.dep_ == "pobj" else root.head
    return head.pos_ == "VERB" and head.lemma_.lower() in REPORT_VERBS


class DatesExtractor(Extractor):
    """Date expressions (explicit, relative, ranges) with ISO values resolved against the publication date."""

    name = "dates"
    requires = ("doc",)
    spacy_components = frozenset({"ner"})

    def __call__(self, article: Article, found: Mapping[str, Any]) -> list[dict[str, Any]]:
        reference = reference_date(article, self.options)
        reference_day = reference.date() if reference else None
        doc = found.get("doc")
        date_entities = tuple((e.start_char, e.end_char) for e in doc_entities(doc) if e.label_ == "DATE") if doc else ()
        text = article.text
        items: list[dict[str, Any]] = []
        # "quarter"/"day"/"report day": (end, value) of the last one the text named; a day something was
        # reported on ("police said on Saturday") anchors "the previous evening" only when no other day does
        focus: dict[str, tuple[int, str]] = {}
        election: str | None = None  # the day of the latest vote the text dates, for "on polling day"
        for expression in find_expressions(text, date_entities):
            if in_metadata_lines(article, expression.start, expression.end):
                continue
            near = {kind: value for kind, (end, value) in focus.items() if expression.start - end <= FOCUS_CHARS}
            context = Context(reference_day, text_direction(text, expression.start, expression.end),
                              near.get("quarter"), near.get("day") or near.get("report day"), election,
                              int(near["year"][:4]) if "year" in near else None)
            item = self.describe(text, expression, context)
            if item is None:
                continue
            items.append(item)
            day = bool(item["value"]) and item["precision"] == "day"
            reported = day and _dates_a_report(doc, expression)
            if item["value"] and (day or expression.rule.kind.startswith("quarter")):
                focus["report day" if reported else item["precision"]] = (expression.end, item["value"])
            if item["value"] and item["precision"] in ("day", "month", "year"):
                focus["year"] = (expression.end, item["value"])
            if day and _dates_a_vote(text, expression):
                election = item["value"]
            if reported:
                _night_before_the_report(text, items, item)
        return items

    @staticmethod
    def describe(text: str, expression: Expression, context: Context) -> dict[str, Any] | None:
        """The output item of one expression, widened to "two days before ..." when that precedes it."""
        start = expression.start
        value = expression.rule.resolve(expression.match, context)
        offset = ARITHMETIC_BEFORE.search(text, max(0, start - 60), start)
        if value is not None and offset is not None:
            moved = apply_offset(value, offset)
            if moved is not None:
                value, start = moved, offset.start()
        if value is None:
            return None
        return {"text": text[start:expression.end], "start": start, "end": expression.end, **value_fields(value)}
