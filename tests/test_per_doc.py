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
