"""The victim relations of data/victim_patterns.json, matched with spaCy's DependencyMatcher.

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
from weakref import WeakKeyDictionary

from spacy.matcher import DependencyMatcher

_MATCHES: WeakKeyDictionary = WeakKeyDictionary()


@lru_cache(maxsize=1)
def pattern_rows() -> tuple[dict[str, Any], ...]:
    """The rows of data/victim_patterns.json."""
    path = Path(__file__).resolve().parent.parent / "data" / "victim_patterns.json"
    return tuple(json.loads(path.read_text(encoding="utf-8"))["rows"])


@lru_cache(maxsize=4)
def _matcher(vocab) -> DependencyMatcher:
    matcher = DependencyMatcher(vocab)
    for row in pattern_rows():
        matcher.add(row["id"], [row["pattern"]])
    return matcher


def _node(row: dict[str, Any], name: str) -> int:
    """The position of node `name` in a row's pattern (and so in its matches)."""
    return next(i for i, node in enumerate(row["pattern"]) if node["RIGHT_ID"] == name)


def doc_relations(doc) -> dict[tuple[str, int], list[int]]:
    """(relation, predicate index) -> the indices of the victim words, for every match in `doc`."""
    found = _MATCHES.get(doc)
    if found is None:
        rows = {doc.vocab.strings[row["id"]]: row for row in pattern_rows()}
        found = {}
        for match_id, tokens in _matcher(doc.vocab)(doc):
            row = rows[match_id]
            victims = found.setdefault((row["id"], tokens[_node(row, "predicate")]), [])
            if tokens[_node(row, "victim")] not in victims:
                victims.append(tokens[_node(row, "victim")])
        _MATCHES[doc] = found
    return found


def related(predicate, *relations: str) -> list:
    """The words in any of `relations` to `predicate`, in text order."""
    found = doc_relations(predicate.doc)
    indices = sorted({i for relation in relations for i in found.get((relation, predicate.i), ())})
    return [predicate.doc[i] for i in indices]
