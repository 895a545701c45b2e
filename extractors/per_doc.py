"""Look-ups that several extractors read from the same Doc, worked out once and kept as long as the
Doc lives: the token attributes the hot loops test, as plain lists read with one `Doc.to_array`
(a loop over them creates no spaCy Token per token and attribute), and the Doc's entities (each
`doc.ents` builds every entity Span anew)."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Callable, TypeVar
from weakref import finalize

Kept = TypeVar("Kept")


class TokenColumns:
    """Token attributes of one Doc by token index: `lower` (the form), `lemma` (lowercased),
    `pos`, `tag`, `dep`, `head` (its index), `idx` (character offset), `length` (of its text),
    `is_space`; `children`: the indices of each token's dependents, in order; `text`: the Doc's."""

    def __init__(self, doc) -> None:
        from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, LOWER, POS, TAG

        array = doc.to_array([LOWER, LEMMA, POS, TAG, DEP, IDX, LENGTH, IS_SPACE])
        strings, lowered = doc.vocab.strings, {}
        lower, lemma, pos, tag, dep, self.idx, self.length, spaces = array.T.tolist() if len(doc) else [[]] * 8
        self.lower = [strings[key] for key in lower]
        self.lemma = [lowered[key] if key in lowered else lowered.setdefault(key, strings[key].lower())
                      for key in lemma]
        self.pos = [strings[key] for key in pos]
        self.tag = [strings[key] for key in tag]
        self.dep = [strings[key] for key in dep]
        self.is_space = [bool(space) for space in spaces]
        offsets = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []
        self.head = [i + offset for i, offset in enumerate(offsets)]
        self.children: list[list[int]] = [[] for _ in offsets]
        for i, head in enumerate(self.head):
            if head != i:
                self.children[head].append(i)
        self.text = doc.text

    def text_of(self, start: int, end: int) -> str:
        """The text of tokens [start, end), as `doc[start:end].text` (without building the Span)."""
        return self.text[self.idx[start]:self.idx[end - 1] + self.length[end - 1]] if start < end else ""


class PerDoc(dict):
    """What was worked out for each live Doc, by the Doc's identity; an entry goes when its Doc dies.
    A look-up is one dict get (a WeakKeyDictionary builds a weak reference on each). What is kept must
    not refer to the Doc, or the Doc would never die."""

    def get_or_make(self, doc, make: Callable[[Any], Kept]) -> Kept:
        """The entry of `doc`, made with `make(doc)` on first use."""
        found = self.get(id(doc))
        if found is None:
            found = self[id(doc)] = make(doc)
            finalize(doc, self.pop, id(doc), None)
        return found


_COLUMNS: "PerDoc[int, TokenColumns]" = PerDoc()
# The entities of the latest Docs. Not weakly keyed: each entity Span holds its Doc, so a weak
# key would never die (every Doc of a batch run was kept, 550 MiB at 1,500 articles).
_ENTITIES: dict[int, tuple[Any, tuple]] = {}
ENTITY_DOCS = 4


def token_columns(doc) -> TokenColumns:
    """The TokenColumns of `doc`, read on first use (the hottest look-up: a kept one is read here)."""
    found = _COLUMNS.get(id(doc))
    return found if found is not None else _COLUMNS.get_or_make(doc, TokenColumns)


def doc_entities(doc) -> tuple:
    """`doc.ents`, built on first use and kept for the latest `ENTITY_DOCS` Docs."""
    kept = _ENTITIES.get(id(doc))
    if kept is not None and kept[0] is doc:
        return kept[1]
    entities = doc.ents
    _ENTITIES[id(doc)] = (doc, entities)
    while len(_ENTITIES) > ENTITY_DOCS:
        del _ENTITIES[next(iter(_ENTITIES))]
    return entities


_SENTENCE_STARTS: "PerDoc[int, list[int]]" = PerDoc()


def _sentence_starts(doc) -> list[int]:
    """The indices of the tokens that start a sentence (0 first), as `Span.sent` finds them; empty
    when the Doc has no sentence annotation or has sentence hooks (then `Token.sent` decides)."""
    from spacy.attrs import SENT_START

    if not len(doc) or doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks \
            or not doc.has_annotation("SENT_START"):
        return []
    flags = doc.to_array(SENT_START).tolist()
    return [0] + [i for i in range(1, len(flags)) if flags[i] == 1]


def sentence_of(token):
    """`token.sent`, from the Doc's sentence starts read once (`Token.sent` scans the whole Doc
    for sentence annotation on every call)."""
    doc = token.doc
    starts = _SENTENCE_STARTS.get_or_make(doc, _sentence_starts)
    if not starts:
        return token.sent
    position = bisect_right(starts, token.i)
    return doc[starts[position - 1]:starts[position] if position < len(starts) else len(doc)]
