"""Who reports an event, as far as the roles and the victims must leave them out: reporting verbs
(cue category "report": "said", "told") and the source a sentence ends with when the parser took
it for the last items of a list ("abducted 25 pupils and three teachers, police and residents
said": "police" and "residents" hang from "teachers" as conjuncts)."""

from __future__ import annotations

from article2json.extractors.events.lexicon import cue
from article2json.extractors.per_doc import sentence_of, token_columns

NOUN_PHRASE_POS = {"NOUN", "PROPN", "DET", "ADJ", "CCONJ", "NUM", "PART"}


def is_reporting_verb(token) -> bool:
    """Whether `token` is a verb of the cue category "report"."""
    return _reports(token_columns(token.doc), token.i)


def reporting_verbs(doc, first: int, last: int) -> list[int]:
    """The indices of the reporting verbs among the tokens [first, last) of `doc`."""
    columns = token_columns(doc)
    return [i for i in range(first, last) if _reports(columns, i)]


def _reports(columns, i: int) -> bool:
    """Whether token `i` is a verb of the cue category "report" (the word is tested first: most are none)."""
    return columns.lemma[i] in cue("report") and columns.pos[i] == "VERB"


def has_subject(verb) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def trailing_source(verb, first: int) -> list:
    """The nouns between the last comma before the subjectless reporting verb `verb` and `verb`
    (not before token index `first`), when only noun phrases stand there: ", police and residents
    said"; else an empty list."""
    if not is_reporting_verb(verb) or has_subject(verb):
        return []
    between = []
    for token in reversed(verb.doc[first:verb.i]):
        if token.text == ",":
            return [t for t in between if t.pos_ in ("NOUN", "PROPN")]
        if token.pos_ not in NOUN_PHRASE_POS:
            return []
        between.append(token)
    return []


def in_trailing_source(token) -> bool:
    """Whether `token` is a noun of the source its sentence ends with (", police said")."""
    sentence = sentence_of(token)
    for follower in token.doc[token.i + 1:sentence.end]:
        if follower.pos_ == "VERB":
            return token in trailing_source(follower, sentence.start)
        if follower.text == ",":
            return False
    return False
