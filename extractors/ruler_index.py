"""A faster stand-in for the Matcher inside spaCy's attribute ruler.

The attribute ruler of the stock English pipelines holds about 180 patterns (tag to POS maps and a
few word exceptions), and spaCy's general Matcher tries every one of them at every token: about
1.1 s over the 300 bench articles, a fifth of all the rule code's time. Nearly all of them are a
fixed run of tokens, each tested by the values of a few attributes (LOWER, TAG, DEP, IS_SPACE):
equal to one (a plain value), one of a list (IN) or none of a list (NOT_IN). `PatternIndex` finds
those by dictionary look-up instead: it reads the attributes of every token once with
`Doc.to_array` and indexes the patterns by the values their first token must have. Any other
pattern (REGEX, operators, a first token with no value it must have, ...) stays with a spaCy
Matcher of its own. The (key, start, end) triples are the ones the ruler's Matcher returns, so the
ruler sets the same attributes (tests/test_ruler_index.py compares the two).
"""

from __future__ import annotations

from itertools import product
from typing import Any, NamedTuple

# Attributes the Matcher reads in a way of its own rather than as Doc.to_array does.
SPECIAL_ATTRS = {"ENT_IOB", "SENT_START", "IS_SENT_START"}


class TokenTest(NamedTuple):
    """What one token of a pattern must have: `equal` (attribute, value) pairs, and `excluded`
    (attribute, values) pairs it must have none of. Attributes are attribute IDs, or once
    indexed, columns of the Doc.to_array rows."""

    equal: tuple[tuple[int, int], ...]
    excluded: tuple[tuple[int, frozenset[int]], ...]

    def passes(self, row: list[int]) -> bool:
        return (all(row[column] == value for column, value in self.equal)
                and all(row[column] not in values for column, values in self.excluded))


def index_attribute_rulers(nlp) -> None:
    """Give every attribute ruler of `nlp` a PatternIndex in place of its Matcher."""
    from spacy.pipeline import AttributeRuler

    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            component.matcher = PatternIndex.of(component)


def plain_forms(pattern: list[Any], strings) -> list[list[TokenTest]] | None:
    """`pattern` as the runs of token tests it stands for (an IN list gives one run per value), or
    None when some token asks for more, or its first token has no value it must equal."""
    from spacy.attrs import IDS

    def string_id(value):
        return strings.add(value) if isinstance(value, str) else int(value)

    tests_per_token = []
    for spec in pattern:
        if not isinstance(spec, dict):
            return None
        choices, excluded = [], []
        for name, value in spec.items():
            name = "ORTH" if name.upper() == "TEXT" else name.upper()
            operator, values = ("=", [value]) if not isinstance(value, dict) else \
                next(iter(value.items())) if len(value) == 1 else (None, None)
            if name in SPECIAL_ATTRS or name not in IDS or operator not in ("=", "IN", "NOT_IN") \
                    or not isinstance(values, (list, tuple)) or not all(isinstance(v, (str, int)) for v in values):
                return None
            if operator == "NOT_IN":
                excluded.append((IDS[name], frozenset(string_id(v) for v in values)))
            else:
                choices.append([(IDS[name], string_id(v)) for v in values])
        tests_per_token.append([TokenTest(tuple(sorted(equal)), tuple(excluded)) for equal in product(*choices)])
    if not tests_per_token or not all(tests.equal for tests in tests_per_token[0]):
        return None
    return [list(run) for run in product(*tests_per_token)]


def _checks(run: list[TokenTest]) -> tuple[tuple[int, TokenTest], ...]:
    """The (offset, test) pairs a run's tokens must still pass once its first token was found by
    the values it must equal: none for a one-token run with nothing to exclude."""
    first = ((0, TokenTest((), run[0].excluded)),) if run[0].excluded else ()
    return first + tuple(enumerate(run))[1:]


class PatternIndex:
    """The patterns of an attribute ruler, indexed by what their first token must equal, plus a
    Matcher for the rest. Called like the ruler's Matcher; anything else (get, ...) is answered
    by the Matcher it replaces. It is built once the ruler has its patterns: a pattern added
    after that would not be indexed."""

    def __init__(self, matcher, rest, columns: list[int], index: dict[tuple[int, ...], dict[Any, list]]) -> None:
        self.matcher = matcher
        self.rest = rest  # a Matcher of the other patterns
        self.columns = columns  # attribute IDs, in the order of Doc.to_array's columns
        self.index = index  # first token's columns -> their values -> [(key, length, checks)]

    @classmethod
    def of(cls, ruler) -> PatternIndex:
        """The index of `ruler`'s patterns."""
        from spacy.matcher import Matcher

        strings = ruler.vocab.strings
        rest = Matcher(ruler.vocab)
        runs: list[tuple[int, list[TokenTest]]] = []
        for number in range(len(ruler.attrs)):
            key = strings.add(str(number))
            for pattern in ruler.matcher.get(key)[1]:
                forms = plain_forms(pattern, strings)
                if forms is None:
                    rest.add(key, [pattern])
                else:
                    runs.extend((key, run) for run in forms)
        columns = sorted({attr for _, run in runs for test in run for attr, _ in (*test.equal, *test.excluded)})
        column_of = {attr: position for position, attr in enumerate(columns)}
        index: dict[tuple[int, ...], dict[Any, list]] = {}
        for key, run in runs:
            run = [TokenTest(tuple((column_of[attr], value) for attr, value in test.equal),
                             tuple((column_of[attr], values) for attr, values in test.excluded)) for test in run]
            table = index.setdefault(tuple(column for column, _ in run[0].equal), {})
            values = tuple(value for _, value in run[0].equal)
            table.setdefault(values if len(values) > 1 else values[0], []).append((key, len(run), _checks(run)))
        return cls(ruler.matcher, rest, columns, index)

    def __call__(self, doc, **options) -> list[tuple[int, int, int]]:
        """The (key, start, end) of every match in `doc`, as the ruler's Matcher finds them
        (`options` are the Matcher's, passed to the Matcher of the other patterns)."""
        rows = doc.to_array(self.columns).reshape(len(doc), len(self.columns)).tolist()
        by_column = list(zip(*rows)) if rows else [()] * len(self.columns)
        matches = self.rest(doc, **options) if len(self.rest) else []
        for first_columns, table in self.index.items():
            values = by_column[first_columns[0]] if len(first_columns) == 1 else \
                zip(*(by_column[column] for column in first_columns))
            for start, value in enumerate(values):
                for key, length, checks in table.get(value, ()):
                    end = start + length
                    if end <= len(rows) and (not checks or all(test.passes(rows[start + offset])
                                                               for offset, test in checks)):
                        matches.append((key, start, end))
        return matches

    def __getattr__(self, name: str):
        return getattr(self.matcher, name)
