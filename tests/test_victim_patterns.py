"""Every row of data/victim_patterns.json finds the victim of its own example sentence."""

from __future__ import annotations

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
