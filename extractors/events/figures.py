"""Reading the numbers of casualty figures from spaCy tokens.

`amount_of_number(token)` turns the number at a token and the words that bound it into an
`Amount`: "30" -> count 30, low 30, high 30; "at least 30" -> 30, 30, None; "more than 10" ->
10, 11, None; "up to 12" -> 12, None, 12; "about 20" -> 20, None, None; "two or three" -> None,
2, 3; "twenty-five", "1,200", "2 million", "a dozen", "half a dozen" are read as integers.
Dates, ages, sums of money, percentages and ordinals are not numbers of people. A figure above
`MAX_PLAUSIBLE_COUNT` (a typo, a serial number) is read as unknown, with an `ArticleWarning`.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

from article2json.extractors.base import ArticleWarning
from article2json.extractors.data_files import read_table, read_word_lists
from article2json.extractors.dates.words import MONTH_NUMBERS
from article2json.extractors.events.lexicon import cue
from article2json.extractors.per_doc import doc_entities

NOT_NUMBERS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
# Words before a number and how they bound it: (words, bound), in the order they are tried
# (data/figure_bounds.tsv).
BOUND_PREFIXES = tuple((tuple(phrase.split()), bound) for bound, phrase in read_table("figure_bounds.tsv"))


@dataclass(frozen=True)
class Amount:
    """A figure (count, low, high) and the doc indices of its first and last word."""

    count: int | None
    low: int | None
    high: int | None
    first: int      # doc index of the first word of the amount ("at" of "at least 30")
    last: int       # doc index of its last word


MAX_PLAUSIBLE_COUNT = 100_000_000  # more people than any reported toll, displacement or crowd
MAX_DIGITS = len(str(MAX_PLAUSIBLE_COUNT))
MULTIPLIERS = {word: int(value) for word, value in read_table("number_multipliers.tsv")}  # "2 million", "a dozen"
VAGUE_FACTORS = {word: None if value == "-" else int(value)
                 for word, value in read_table("vague_factors.tsv")}  # "several dozen": at least 36, no count
_NUMBER_WORDS = read_word_lists("number_words.tsv")
_UNITS = "|".join(_NUMBER_WORDS["ones"])  # "one" to "nineteen"
_TENS = "|".join(_NUMBER_WORDS["tens"])  # "twenty" to "ninety"
GLUED = re.compile(r"([a-z]+)(?::(\d+)|/)")  # "FATALITIES:17", "killed/": words the tokenizer left joined
STRAY = "\\\"'“‘"  # quote marks left on a number ("\"Six people")
YEAR = re.compile(r"1[89]\d\d|20\d\d")
CARDINAL = re.compile(rf"\d[\d,]*(\.\d+)?|{_UNITS}|(?:{_TENS})(?:-(?:{_UNITS}))?|{'|'.join(MULTIPLIERS)}")


@lru_cache(maxsize=None)
def is_cardinal(word: str) -> bool:
    """Whether a lowercased word spells a cardinal ("30", "two", "1,000", "dozen"); stray quote
    marks before it are left aside."""
    return CARDINAL.fullmatch(word.lstrip(STRAY)) is not None


def is_number(token) -> bool:
    """A cardinal figure ("30", "two", "1,000", "dozen"), not a date, age, sum or ordinal."""
    if not is_cardinal(token.lower_):
        return False
    glued_after = token.i + 1 < len(token.doc) and glued(token.doc[token.i + 1]) is not None  # "3 killed/"
    if token.ent_type_ in NOT_NUMBERS and not (token.ent_type_ == "DATE" and _bare_number_date(token)) \
            and not glued_after:
        return False
    if YEAR.fullmatch(token.text) and token.dep_ == "nummod" and token.head.i < token.i:
        return False  # "Executions 2008": a year after the noun labels it
    after = token.doc[token.i + 1:token.i + 3]
    following = (after[1] if len(after) > 1 and after[0].text in ("-", "–") else after[0]).lower_ if len(after) else ""
    return "year" not in following and "%" not in following  # "5 years", "a 5-year-old", "5%": no figure


def _bare_number_date(token) -> bool:
    """Whether a DATE entity at `token` is only a mislabelled count ("wounding 49", "rose to 12 later
    on Sunday"), not days the recogniser cut from their month ("over 28-30 November")."""
    entity = next((ent for ent in doc_entities(token.doc) if ent.start <= token.i < ent.end), None)
    if entity is None or YEAR.fullmatch(token.text) or entity.end < len(token.doc) and \
            token.doc[entity.end].lower_.rstrip(".") in MONTH_NUMBERS:
        return False
    after = token.doc[token.i + 1:token.i + 2]
    return all(word.like_num or word.lower_ in cue("figure_entity_word") for word in entity) or \
        bool(after) and after[0].lower_ in cue("unitless_later")


def glued(token) -> tuple[str, int | None] | None:
    """(word, number) of a word the tokenizer left joined to a label figure ("FATALITIES:17" ->
    ("fatalities", 17)) or to a slash ("killed/" -> ("killed", None)), else None."""
    match = GLUED.fullmatch(token.lower_)
    if match is None:
        return None
    return match.group(1), (_plausible_digits(match.group(2)) if match.group(2) else None)


def number_run(token) -> tuple[int, int]:
    """First and last doc index of the words of the number containing `token` ("twenty-five")."""
    doc, first, last = token.doc, token.i, token.i
    while first > 0 and (is_number(doc[first - 1]) or (
            first > 1 and doc[first - 1].text == "-" and is_number(doc[first - 2])
            and doc[first - 2].is_alpha)):
        first -= 1
    while last + 1 < len(doc) and (is_number(doc[last + 1]) or (
            doc[last + 1].text == "-" and last + 2 < len(doc) and is_number(doc[last + 2])
            and doc[last + 2].is_alpha)):
        last += 1
    return first, last


def number_value(words: list[str]) -> int | None:
    """The integer that `words` spell ("1,200", "twenty-five", "2 million", "a dozen")."""
    words = [word.lower().replace(",", "").lstrip(STRAY) for word in words if word not in ("-",)]
    if not words:
        return None
    if any(len(word.split(".")[0]) > MAX_DIGITS for word in words if word[:1].isdigit()):
        return _implausible(" ".join(words))
    value = _spelled_value(words)
    return _implausible(" ".join(words)) if value is not None and value > MAX_PLAUSIBLE_COUNT else value


def _plausible_digits(digits: str) -> int | None:
    """The integer of a run of digits, or None when it is above any plausible count of people."""
    if len(digits) > MAX_DIGITS or int(digits) > MAX_PLAUSIBLE_COUNT:
        return _implausible(digits)
    return int(digits)


def _implausible(spelled: str) -> None:
    """None, with an ArticleWarning that the figure `spelled` was read as unknown."""
    warnings.warn(ArticleWarning(f"the figure '{spelled[:40]}' is beyond any plausible count of people; "
                                 f"read as unknown"))
    return None


def _spelled_value(words: list[str]) -> int | None:
    """The integer of lower-cased, comma-free `words`."""
    if words[-1] in MULTIPLIERS and len(words) > 1 and re.fullmatch(r"\d+(\.\d+)?", words[0]):
        return round(float(words[0]) * MULTIPLIERS[words[-1]])
    if words[-1] == "dozen":
        return 12 * (number_value(words[:-1]) or 1)
    if len(words) == 1 and re.fullmatch(r"\d+(\.\d+)?", words[0]):
        return round(float(words[0]))
    from text_to_num import text2num
    try:
        return int(text2num(" ".join(words), "en"))
    except ValueError:
        return None


def amount_of_number(token) -> Amount | None:
    """The figure of the number at `token` with its bound words ("at least 30", "2 or 3")."""
    doc = token.doc
    first, last = number_run(token)
    if first >= 2 and doc[first - 1].lower_ in cue("range_joiner") - {"and"} and is_number(doc[first - 2]):
        low_first = number_run(doc[first - 2])[0]
        if low_first == 0 or doc[low_first - 1].lower_ != "from":  # not "rose from 2 to 4"
            return amount_of_number(doc[first - 2])  # "2-4 policemen": the parse may hang a range on its last number
    value = number_value([doc[i].text for i in range(first, last + 1)])
    if value is None:
        return None
    if first > 0 and doc[first - 1].lower_ == "a" and doc[first].lower_ in MULTIPLIERS:
        first -= 1
        if first > 0 and doc[first - 1].lower_ == "half":
            first, value = first - 1, value // 2
    if value == 1 and first > 0 and doc[first - 1].lower_ == "no":
        return Amount(0, 0, 0, first - 1, last)
    if first == last and doc[first].lower_ in MULTIPLIERS and first > 0 and doc[first - 1].lower_ in VAGUE_FACTORS:
        factor = VAGUE_FACTORS[doc[first - 1].lower_]
        return Amount(None, factor * value if factor else None, None, first - 1, last)
    bound, first = bound_before(doc, first)
    if doc[last + 1:last + 3].text.lower() == "or so":
        bound = "about"
    if last + 2 < len(doc) and doc[last + 1].lower_ in cue("range_joiner") and is_number(doc[last + 2]) \
            and (doc[last + 1].lower_ != "and" or bound == "between") \
            and not (first > 0 and doc[first - 1].lower_ == "from"):
        high_first, high_last = number_run(doc[last + 2])
        high = number_value([doc[i].text for i in range(high_first, high_last + 1)])
        return Amount(None, value, high, first, high_last)
    bounds = {"low": (value, None), "above": (value + 1, None), "high": (None, value),
              "below": (None, value - 1), "about": (None, None), "between": (None, None)}
    low, high = bounds.get(bound, (value, value))
    return Amount(value, low, high, first, last)


def bound_before(doc, first: int) -> tuple[str | None, int]:
    """The bound that words right before doc[first] put on a number, and where they start."""
    before = tuple(token.lower_ for token in doc[max(first - 3, 0):first])
    for words, bound in BOUND_PREFIXES:
        if before[len(before) - len(words):] == words:
            return bound, first - len(words)
    return None, first
