"""The lemmatizer that keeps its lemmas gives the lemmas spaCy's own rules give."""

from __future__ import annotations

from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_kept_lemmas_are_the_rules_lemmas(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatizer.lemmatize.__name__ == "kept_lemmatize"  # load_model installs it
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(SAMPLES.glob("*.txt"))]
    for doc in nlp.pipe(texts + texts):  # the second time, every lemma is one kept
        assert [lemmatizer.lemmatize(t) for t in doc] == [type(lemmatizer).rule_lemmatize(lemmatizer, t) for t in doc]
