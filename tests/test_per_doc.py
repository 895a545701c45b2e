"""Per-Doc look-ups (extractors/per_doc.py) keep no Doc alive after a run: a batch run's memory stays flat."""

from __future__ import annotations

import gc
import weakref

import pytest

from article2json.extractors.per_doc import ENTITY_DOCS, doc_entities, token_columns


def test_per_doc_look_ups_let_old_docs_go():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    refs = []
    for i in range(ENTITY_DOCS + 6):
        doc = nlp(f"Gunmen attacked the village number {i} on Monday.")
        doc_entities(doc)
        token_columns(doc)
        refs.append(weakref.ref(doc))
        del doc
    gc.collect()
    alive = sum(ref() is not None for ref in refs)
    assert alive <= ENTITY_DOCS


def test_a_per_doc_table_drops_the_entry_of_a_doc_that_died():
    spacy = pytest.importorskip("spacy")
    from article2json.extractors.per_doc import PerDoc

    table = PerDoc()
    doc = spacy.blank("en")("Gunmen attacked the village.")
    assert table.get_or_make(doc, len) == 5 and table.get_or_make(doc, lambda doc: 0) == 5  # made once
    del doc
    gc.collect()
    assert not table


def test_sentence_of_is_the_tokens_sentence():
    spacy = pytest.importorskip("spacy")
    from article2json.extractors.per_doc import sentence_of

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Gunmen attacked the village. Two people died! Police said on Monday")
    assert [(sentence_of(t).start, sentence_of(t).end) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
