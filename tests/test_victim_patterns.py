"""Every row of data/victim_patterns.json finds the victim of its own example sentence."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from article2json.extractors.events.victim_patterns import pattern_rows, related

ROWS = pattern_rows()


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_the_row_fires_on_its_example(nlp, row):
    doc = nlp(row["example"])
    predicate = next(token for token in doc if token.text == row["predicate"])
    assert row["victim"] in [token.text for token in related(predicate, row["id"])]


def test_row_ids_are_unique():
    assert len({row["id"] for row in ROWS}) == len(ROWS)


def test_each_relation_finds_only_its_own_words(nlp):
    doc = nlp("Troops killed four militants with two rifles.")
    killed = doc[1]
    assert [t.text for t in related(killed, "object")] == ["militants"]
    assert [t.text for t in related(killed, "subject")] == ["Troops"]  # victims.py decides whether it counts
    assert related(killed, "passive_subject", "of_object", "toll_figure") == []


def test_matches_what_the_dependency_matcher_finds(nlp):
    """Matched from the predicate, every row finds exactly what spaCy's DependencyMatcher finds
    over the whole Doc, for every token of the samples' texts."""
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(nlp.vocab)
    for row in ROWS:
        matcher.add(row["id"], [row["pattern"]])
    for path in sorted(SAMPLES.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8", errors="replace"))
        expected: dict[tuple[str, int], set[int]] = {}
        for match_id, tokens in matcher(doc):
            row = next(r for r in ROWS if r["id"] == nlp.vocab.strings[match_id])
            nodes = [node["RIGHT_ID"] for node in row["pattern"]]
            expected.setdefault((row["id"], tokens[nodes.index("predicate")]), set()).add(
                tokens[nodes.index("victim")])
        for token in doc:
            for row in ROWS:
                found = [t.i for t in related(token, row["id"])]
                assert found == sorted(expected.get((row["id"], token.i), ())), (path.name, token.i, row["id"])
