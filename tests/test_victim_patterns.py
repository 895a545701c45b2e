"""Every row of data/victim_patterns.json finds the victim of its own example sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_the_walk_finds_what_spacys_dependency_matcher_finds(nlp):
    from spacy.matcher import DependencyMatcher

    from article2json.extractors.events.victim_patterns import doc_relations

    matcher = DependencyMatcher(nlp.vocab)
    for row in ROWS:
        matcher.add(row["id"], [row["pattern"]])
    samples = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
    texts = [" ".join(row["example"] for row in ROWS), *(path.read_text(encoding="utf-8", errors="replace") for path in samples)]
    for doc in nlp.pipe(texts):
        expected: dict = {}
        for match_id, tokens in matcher(doc):
            row = next(r for r in ROWS if r["id"] == nlp.vocab.strings[match_id])
            names = [node["RIGHT_ID"] for node in row["pattern"]]
            expected.setdefault((row["id"], tokens[names.index("predicate")]), set()).add(tokens[names.index("victim")])
        assert doc_relations(doc) == expected
