"""The attribute ruler's pattern index finds exactly what spaCy's Matcher finds."""

from __future__ import annotations

from pathlib import Path

from article2json.extractors.ruler_index import PatternIndex

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_the_index_finds_what_the_rulers_matcher_finds(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.matcher, PatternIndex)  # load_model installs it
    texts = ["I ain't got nothin' to say, y'all. He isn't here.\n\nThey'd've gone.  Whether or not it rains.",
             *(path.read_text(encoding="utf-8", errors="replace") for path in sorted(SAMPLES.glob("*.txt")))]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(texts))
    for doc in docs:
        found = ruler.matcher(doc, allow_missing=True, as_spans=False)
        expected = ruler.matcher.matcher(doc, allow_missing=True, as_spans=False)
        assert sorted(found) == sorted(expected)
    assert len(ruler.matcher.rest) < len(ruler.matcher.matcher) / 10  # nearly every pattern is indexed


def test_a_pattern_beyond_plain_values_stays_with_a_matcher(nlp):
    from article2json.extractors.ruler_index import plain_forms

    strings = nlp.vocab.strings
    assert plain_forms([{"LOWER": {"REGEX": "^n't$"}}], strings) is None
    assert plain_forms([{"TAG": {"NOT_IN": ["TO"]}}], strings) is None  # nothing to index the first token by
    assert len(plain_forms([{"LOWER": {"IN": ["is", "'s"]}, "TAG": "VBZ"}, {}], strings)) == 2
