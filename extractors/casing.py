"""Headlines in Title Case or in capitals, parsed as if written in sentence case.

The small English pipeline reads "Turkish Military Jets Kill 8 PKK Fighters" as a string of proper
names and finds no verb; "INSURGENTS KILL FOUR, WOUND SCORES" fares no better. A line whose longer
words nearly all start with a capital (`TITLE_SHARE`) and whose lower-case words are all function
words ("of", "with"; a sentence full of names has verbs in lower case), or whose letters are nearly
all capitals (`CAPITALS_SHARE`), is handed to the parser with its common words in lower case: "Turkish military
jets kill 8 PKK fighters". Only letter case changes, so every offset holds, and the Doc given to the
extractors keeps the text as written (`parse_text`, `restore_text`).

A word is common when the pipeline's own lemmatizer tables (English WordNet's word index and the
rules and exceptions that lead an inflected form to it) know it, or when it is a function word
(spaCy's English stop words). It keeps its capital when it names a country, a first-level
division or a town of at least `PROTECTED_POPULATION` people in the embedded gazetteer, or is a
demonym ("Turkish"): WordNet lists "Nairobi" and "Kenya" too. In a line of capitals, a word that
is not common keeps its capitals when it is short (an acronym: "PKK") and is otherwise written
with one capital ("KANDAHAR" -> "Kandahar"). Pipelines without those lemmatizer tables parse the
text as written.

An acronym that spells a function word ("IS" of Islamic State, "WHO") is read as a verb or a
pronoun ("5 IS militants were killed": "5 is militants"). Outside lines of capitals, the acronyms
of data/function_word_acronyms.tsv are handed to the parser with their later letters as "Z"
("5 IZ militants"), a name it does not know; the Doc keeps the acronym as written, and its lemma.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from typing import Any
from weakref import WeakKeyDictionary

MIN_WORDS = 4  # a line needs this many longer words to be judged (an outlet name has fewer)
LONG_WORD = 4  # letters of a word counted for the Title Case share
TITLE_SHARE = 0.8  # of the longer words starting with a capital
CAPITALS_SHARE = 0.9  # of the letters being capitals
ACRONYM_LETTERS = 4  # a word of capitals this short that is not a common word stays as written
PROTECTED_POPULATION = 50_000
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def parse_text(nlp: Any, text: str, as_written: tuple[Any, ...] = ()) -> str:
    """`text` with the common words of its Title Case and capitals lines in lower case; a line
    that one of the spans `as_written` (objects with `start` and `end`, or None) overlaps stays
    as written."""
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    kept = [(span.start, span.end) for span in as_written if span is not None]
    kinds = [None if any(start < end and begin < start + len(line) for begin, end in kept) else _kind(line)
             for line, start in zip(lines, starts)]
    words = _common_words(nlp) if any(kinds) else None
    if words is not None:
        lines = [_recased(line, kind, words) if kind else line for line, kind in zip(lines, kinds)]
    return "\n".join(map(_acronyms_as_names, lines))


@lru_cache(maxsize=1)
def _function_word_acronyms() -> re.Pattern[str]:
    from article2json.extractors.data_files import read_table

    words = sorted(row[0] for row in read_table("function_word_acronyms.tsv"))
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b")


def _acronyms_as_names(line: str) -> str:
    """`line` with each acronym that spells a function word written with "Z" after its first letter,
    unless the line is in capitals."""
    if not _function_word_acronyms().search(line) or _in_capitals(WORD.findall(line)):
        return line
    return _function_word_acronyms().sub(lambda match: match.group()[0] + "Z" * (len(match.group()) - 1), line)


def restore_text(doc: Any, text: str) -> Any:
    """A Doc of `text` (same length as `doc.text`) that carries `doc`'s annotation."""
    if doc.text == text:
        return doc
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    words = [text[token.idx:token.idx + len(token)] for token in doc]
    restored = Doc(doc.vocab, words=words, spaces=[bool(token.whitespace_) for token in doc])
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    restored.from_array(attrs, doc.to_array(attrs))
    for token, parsed in zip(restored, doc):
        if token.lower_ != parsed.lower_:  # an acronym parsed under another spelling keeps its own lemma
            token.lemma_ = token.text
    return restored


def _kind(line: str) -> str | None:
    """"title" or "capitals" for a line to read in sentence case, else None."""
    words = WORD.findall(line)
    long_words = [word for word in words if len(word) >= LONG_WORD]
    if len(long_words) < MIN_WORDS:
        return None
    if _in_capitals(words):
        return "capitals"
    lower = [word for word in long_words if not word[0].isupper()]
    if len(lower) <= (1 - TITLE_SHARE) * len(long_words) and all(word in _stop_words() for word in lower):
        return "title"  # only function words in lower case: "Gunmen Kill Five in Attack on Village"
    return None


def _in_capitals(words: list[str]) -> bool:
    letters = [char for word in words for char in word]
    return sum(char.isupper() for char in letters) >= CAPITALS_SHARE * len(letters)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _recased(line: str, kind: str, words: CommonWords) -> str:
    """`line` (of `kind`) as a sentence-case line would write it."""
    first = True
    parts: list[str] = []
    last = 0
    for match in WORD.finditer(line):
        word = match.group()
        parts.append(line[last:match.start()])
        parts.append(_word_case(word, kind, first, words))
        last, first = match.end(), False
    parts.append(line[last:])
    return "".join(parts)


def _word_case(word: str, kind: str, first: bool, words: CommonWords) -> str:
    """`word` as a sentence-case line would write it."""
    if kind == "title" and not (word[0].isupper() and word[1:].islower()):
        return word  # "PKK", "al-", "McDonald" stay as written
    lower = word.lower()
    if _protected(word) or not words.knows(lower):
        if kind == "capitals" and len(word) > ACRONYM_LETTERS:
            return word[0] + word[1:].lower()
        return word
    return lower[0].upper() + lower[1:] if first else lower


@lru_cache(maxsize=4096)
def _protected(word: str) -> bool:
    """Whether `word` names a country, a division, a sizeable town or a people."""
    from article2json.extractors.places.gazetteer import embedded_gazetteer
    from article2json.extractors.places.mentions import is_demonym

    name = word[0] + word[1:].lower()
    if is_demonym(name):
        return True
    return any(match.main and (match.place.feature in ("country", "admin1")
                               or match.place.population >= PROTECTED_POPULATION)
               for match in embedded_gazetteer().lookup(name))


class CommonWords:
    """The word forms the pipeline's lemmatizer tables lead to an English word, and the stop words."""

    def __init__(self, lookups: Any) -> None:
        self.stop_words = _stop_words()
        self.index = {word for table in lookups.get_table("lemma_index").values() for word in table}
        self.rules = sorted({(old, new) for rules in lookups.get_table("lemma_rules").values()
                             for old, new in rules})
        self.exceptions = {form for table in lookups.get_table("lemma_exc").values() for form in table}
        self.knows = lru_cache(maxsize=16384)(self._knows)

    def _knows(self, lower: str) -> bool:
        if lower in self.stop_words or lower in self.index or lower in self.exceptions:
            return True
        return any(lower.endswith(old) and lower[:len(lower) - len(old)] + new in self.index
                   for old, new in self.rules if len(lower) > len(old))


_LEXICONS: "WeakKeyDictionary[Any, CommonWords | None]" = WeakKeyDictionary()


def _common_words(nlp: Any) -> CommonWords | None:
    """The pipeline's common words, or None when it has no lemmatizer with WordNet tables."""
    if nlp not in _LEXICONS:
        lookups = nlp.get_pipe("lemmatizer").lookups if "lemmatizer" in nlp.component_names else None
        tables = ("lemma_index", "lemma_rules", "lemma_exc")
        _LEXICONS[nlp] = CommonWords(lookups) if lookups and all(lookups.has_table(t) for t in tables) else None
    return _LEXICONS[nlp]
