"""The victim relations of data/victim_patterns.json: patterns written for spaCy's
DependencyMatcher, matched from the predicate that asks.

`related(predicate, relation)` gives the words that stand in `relation` (a row id: "object",
"passive_subject", "subject", "of_object", "possessor", "toll_figure", ...) to a casualty
predicate, in text order. A pattern is a tree of nodes joined by `<` (is the immediate dependent
of) and `>` (is the immediate head of); it is matched as the DependencyMatcher would match it,
but starting from the predicate, so that a look-up walks a few tokens around it instead of
matching the whole Doc.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

ATTRIBUTES = {"DEP": "dep_", "POS": "pos_", "LOWER": "lower_"}  # pattern key -> Token attribute
OPERATORS = ("<", ">")


@lru_cache(maxsize=1)
def pattern_rows() -> tuple[dict[str, Any], ...]:
    """The rows of data/victim_patterns.json."""
    path = Path(__file__).resolve().parent.parent / "data" / "victim_patterns.json"
    return tuple(json.loads(path.read_text(encoding="utf-8"))["rows"])


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[dict[str, Any], list[tuple[str, str, str]]]]:
    """Row id -> (the token tests of each node by node name, the edges (left, operator, right))."""
    patterns = {}
    for row in pattern_rows():
        tests, edges = {}, []
        for node in row["pattern"]:
            tests[node["RIGHT_ID"]] = [_attribute_test(key, value) for key, value in node["RIGHT_ATTRS"].items()]
            if "LEFT_ID" in node:
                if node["REL_OP"] not in OPERATORS:
                    raise ValueError(f"victim pattern '{row['id']}': operator {node['REL_OP']} is not supported")
                edges.append((node["LEFT_ID"], node["REL_OP"], node["RIGHT_ID"]))
        patterns[row["id"]] = tests, edges
    return patterns


def _attribute_test(key: str, value: Any) -> tuple[str, frozenset[str], bool]:
    """(Token attribute, values, whether the value must be among them) of one pattern attribute."""
    if key not in ATTRIBUTES:
        raise ValueError(f"victim pattern attribute {key} is not supported")
    if isinstance(value, str):
        return ATTRIBUTES[key], frozenset([value]), True
    (operator, values), = value.items()
    if operator not in ("IN", "NOT_IN"):
        raise ValueError(f"victim pattern operator {operator} is not supported")
    return ATTRIBUTES[key], frozenset(values), operator == "IN"


def _fits(token, tests) -> bool:
    return all((getattr(token, attribute) in values) == wanted for attribute, values, wanted in tests)


def _neighbours(token, operator: str, known_is_left: bool) -> list:
    """The tokens that can stand on the other side of `operator` from `token`."""
    towards_head = (operator == "<") == known_is_left
    if towards_head:
        return [token.head] if token.head.i != token.i else []
    return list(token.children)


def _matches(tests, edges, assigned: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every assignment of the pattern's nodes that extends `assigned`, one edge at a time."""
    edge = next((e for e in edges if (e[0] in assigned) != (e[2] in assigned)), None)
    if edge is None:
        yield assigned
        return
    left, operator, right = edge
    known, unknown = (left, right) if left in assigned else (right, left)
    rest = [e for e in edges if e is not edge]
    for token in _neighbours(assigned[known], operator, known == left):
        if _fits(token, tests[unknown]):
            yield from _matches(tests, rest, {**assigned, unknown: token})


def related(predicate, *relations: str) -> list:
    """The words in any of `relations` to `predicate`, in text order."""
    indices = set()
    for relation in relations:
        tests, edges = _patterns()[relation]
        if _fits(predicate, tests["predicate"]):
            indices.update(match["victim"].i for match in _matches(tests, edges, {"predicate": predicate}))
    return [predicate.doc[i] for i in sorted(indices)]
