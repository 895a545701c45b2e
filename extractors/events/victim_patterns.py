"""The victim relations of data/victim_patterns.json: spaCy DependencyMatcher patterns, matched here
by walking the parse (the patterns use only the `<` and `>` operators and the DEP, POS and LOWER
attributes, which a direct walk matches with the same results, several times faster).

`related(predicate, relation)` gives the words that stand in `relation` (a row id: "object",
"passive_subject", "subject", "of_object", "possessor", "toll_figure", ...) to a casualty
predicate, in text order. A Doc is matched once, when a predicate in it first asks; the matches
are kept as long as the Doc lives.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from article2json.extractors.per_doc import PerDoc, token_columns

_MATCHES: "PerDoc[int, dict[tuple[str, int], set[int]]]" = PerDoc()
ATTRIBUTES = {"DEP": "dep", "POS": "pos", "LOWER": "lower"}  # pattern attribute -> TokenColumns list


@lru_cache(maxsize=1)
def pattern_rows() -> tuple[dict[str, Any], ...]:
    """The rows of data/victim_patterns.json."""
    path = Path(__file__).resolve().parent.parent / "data" / "victim_patterns.json"
    return tuple(json.loads(path.read_text(encoding="utf-8"))["rows"])


class _Node:
    """One node of a pattern: the earlier node it hangs from, how (`<`: this node is its head,
    `>`: its dependent), and its attribute tests (attribute, values, whether it must be among them)."""

    def __init__(self, spec: dict[str, Any], names: dict[str, int]) -> None:
        self.left = names[spec["LEFT_ID"]] if "LEFT_ID" in spec else None
        self.operator = spec.get("REL_OP")
        if self.left is not None and self.operator not in ("<", ">"):
            raise ValueError(f"victim pattern operator {self.operator!r} is not supported")
        self.tests = [_attribute_test(name, value) for name, value in spec["RIGHT_ATTRS"].items()]

    def accepts(self, i: int, columns: _Columns) -> bool:
        for attribute, values, wanted in self.tests:  # a loop, not a generator: this runs for every candidate
            if (columns.values[attribute][i] in values) != wanted:
                return False
        return True


def _attribute_test(name: str, value: Any) -> tuple[str, frozenset[str], bool]:
    """The test of one token attribute: equal to a string, IN or NOT_IN a list."""
    if isinstance(value, str):
        return ATTRIBUTES[name], frozenset([value]), True
    (operator, values), = value.items()
    if operator not in ("IN", "NOT_IN"):
        raise ValueError(f"victim pattern attribute operator {operator!r} is not supported")
    return ATTRIBUTES[name], frozenset(values), operator == "IN"


class _Columns:
    """The tested attributes, the head and the children of every token of a Doc, by token index."""

    def __init__(self, doc) -> None:
        columns = token_columns(doc)
        self.values = {attribute: getattr(columns, attribute) for attribute in ATTRIBUTES.values()}
        self.heads, self.children = columns.head, columns.children
        self._positions: dict[str, dict[str, list[int]]] = {}

    def with_value(self, attribute: str, value: str) -> list[int]:
        """The tokens whose `attribute` is `value`."""
        if attribute not in self._positions:
            positions: dict[str, list[int]] = {}
            for i, found in enumerate(self.values[attribute]):
                positions.setdefault(found, []).append(i)
            self._positions[attribute] = positions
        return self._positions[attribute].get(value, [])

    def candidates(self, node: _Node) -> list[int]:
        """The tokens that may stand for the first node of a pattern."""
        attribute, values, wanted = node.tests[0]
        if not wanted:
            return [i for i in range(len(self.heads)) if node.accepts(i, self)]
        return [i for value in values for i in self.with_value(attribute, value) if node.accepts(i, self)]


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, list[_Node], int, int], ...]:
    """Each row as (id, nodes in pattern order, position of the predicate, position of the victim)."""
    compiled = []
    for row in pattern_rows():
        names = {spec["RIGHT_ID"]: i for i, spec in enumerate(row["pattern"])}
        compiled.append((row["id"], [_Node(spec, names) for spec in row["pattern"]],
                         names["predicate"], names["victim"]))
    return tuple(compiled)


def _assignments(columns: _Columns, nodes: list[_Node]) -> list[list[int]]:
    """Every assignment of tokens to `nodes` that meets their attributes and relations."""
    partial = [[i] for i in columns.candidates(nodes[0])]
    for node in nodes[1:]:
        extended = []
        for assigned in partial:
            anchor = assigned[node.left]
            if node.operator == "<":
                candidates = [columns.heads[anchor]] if columns.heads[anchor] != anchor else []
            else:
                candidates = columns.children[anchor]
            extended += [assigned + [i] for i in candidates if node.accepts(i, columns)]
        partial = extended
    return partial


def doc_relations(doc) -> dict[tuple[str, int], set[int]]:
    """(relation, predicate index) -> the indices of the victim words, for every match in `doc`."""
    return _MATCHES.get_or_make(doc, _relations)


def _relations(doc) -> dict[tuple[str, int], set[int]]:
    found: dict[tuple[str, int], set[int]] = {}
    columns = _Columns(doc)
    for relation, nodes, predicate, victim in _patterns():
        for assigned in _assignments(columns, nodes):
            found.setdefault((relation, assigned[predicate]), set()).add(assigned[victim])
    return found


def related(predicate, *relations: str) -> list:
    """The words in any of `relations` to `predicate`, in text order."""
    found = doc_relations(predicate.doc)
    indices = sorted({i for relation in relations for i in found.get((relation, predicate.i), ())})
    return [predicate.doc[i] for i in indices]
