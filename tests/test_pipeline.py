"""The pipeline: long texts parsed in chunks with exact offsets, warnings from extractors in the
record, and the time limit over the spaCy parse."""

import orjson
import pytest

from article2json.pipeline import Pipeline, PipelineConfig
from article2json.readers import InputError, read_bytes
from article2json.segments import MAX_CHUNK_CHARS, MAX_SENTENCE_CHARS, chunks, parse

PARAGRAPH = "Police fired tear gas at protesters outside the parliament in Nairobi on Tuesday. "


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(PipelineConfig())


def test_ordinary_article_is_one_chunk():
    text = "Troops clash near Bura\n\n" + PARAGRAPH * 5
    assert chunks(text) == [text]


def test_long_text_chunks_end_at_sentence_ends_and_add_up():
    text = (PARAGRAPH * 4 + "\n") * 100
    pieces = chunks(text)
    assert "".join(pieces) == text and len(pieces) > 1
    assert all(len(p) <= MAX_CHUNK_CHARS for p in pieces)
    assert all(p.endswith((". ", "\n")) for p in pieces[:-1])


def test_sentence_without_end_is_cut_at_whitespace():
    text = "Rebels shelled the town " * 500
    pieces = chunks(text)
    assert "".join(pieces) == text
    assert all(len(p) <= MAX_SENTENCE_CHARS and p.endswith(" ") for p in pieces[:-1])


def test_chunked_doc_keeps_offsets(pipeline):
    text = "Rebels shelled the town of Bura " * 200 + "\n" + PARAGRAPH * 3
    (doc,) = parse(pipeline.nlp, [text])
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    assert max(len(s.text) for s in doc.sents) <= MAX_SENTENCE_CHARS


def test_implausible_toll_is_null_with_a_warning(pipeline):
    text = "Clash near Bura\n\nAt least 99999999999999999999 people were killed in the clash, officials said.\n"
    (article,) = read_bytes(text.encode(), "huge.txt")
    (record,) = pipeline.run([article])
    orjson.dumps(record)
    assert all(event["killed"] is None for event in record["events"])
    assert any("beyond any plausible count" in w for w in record["warnings"])


def test_timeout_covers_the_parse():
    slow = Pipeline(PipelineConfig(timeout=0.05))
    text = "Rebels shelled the town " * 20_000
    (article,) = read_bytes(text.encode(), "long.txt")
    (error,) = slow.run([article])
    assert isinstance(error, InputError) and error.kind == "timeout"
