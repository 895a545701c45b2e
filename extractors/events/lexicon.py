"""The data files of the events extractor, read once per process: the trigger lexicon
(data/triggers.tsv) and the context cue lists (data/event_cues.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Iterator

from article2json.extractors.per_doc import PerDoc, token_columns

# Weapon cue categories in order of precedence: a suicide bombing by drone is a suicide bombing; a
# grenade thrown in a gun attack is a gun attack.
WEAPON_CUES = ("suicide", "chemical", "air", "drone", "shelling", "crowd", "incendiary", "firearms", "grenade", "ied",
               "primitive")  # in the order they are looked for: "petrol bombs" are no IED


@dataclass(frozen=True)
class TriggerEntry:
    """One line of triggers.tsv: the lemmas, part of speech, default typing and kind."""

    words: tuple[str, ...]
    pos: str
    plover: str
    mode: str | None
    acled_type: str | None
    acled_sub: str | None
    kind: str

    @property
    def head(self) -> str:
        """The word that carries the phrase: the last of a noun phrase, else the first."""
        return self.words[-1] if self.pos == "NOUN" else self.words[0]

    @property
    def phrase(self) -> str:
        """The words of the entry as one string ("open fire")."""
        return " ".join(self.words)

    @property
    def others(self) -> tuple[str, ...]:
        """The words of the phrase other than its head."""
        return self.words[:-1] if self.pos == "NOUN" else self.words[1:]

    @property
    def from_context(self) -> bool:
        """Whether the ACLED type is decided from the context ("*" in the lexicon)."""
        return self.acled_type == "*"


def data_lines(name: str) -> Iterator[list[str]]:
    """The tab-separated cells of each non-comment, non-blank line of data/`name`."""
    text = files("article2json.extractors").joinpath("data", name).read_text(encoding="utf-8")
    yield from tsv_rows(text)


@lru_cache(maxsize=1)
def typing_words() -> dict[str, frozenset[str]]:
    """The word classes of data/typing_words.tsv."""
    return {cells[0]: frozenset(cells[1:]) for cells in data_lines("typing_words.tsv")}


def seizes_arms(token) -> bool:
    """Whether a verb's object is arms or other contraband ("seized nine rifles", "recovered a cache")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in typing_words()["seized"] for c in token.children)


def tsv_rows(text: str) -> Iterator[list[str]]:
    """The tab-separated cells of each non-comment, non-blank line of `text`."""
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.rstrip("\n").split("\t")]


def _cell(value: str) -> str | None:
    return None if value in ("-", "") else value


@lru_cache(maxsize=1)
def trigger_lexicon() -> dict[str, tuple[TriggerEntry, ...]]:
    """Trigger entries by the lemma of their head word; multiword entries first."""
    by_head: dict[str, list[TriggerEntry]] = {}
    for cells in data_lines("triggers.tsv"):
        lemmas, pos, plover, mode, acled_type, acled_sub, kind = cells[:7]
        entry = TriggerEntry(tuple(lemmas.split()), pos, plover, _cell(mode), _cell(acled_type),
                             _cell(acled_sub), kind)
        by_head.setdefault(entry.head, []).append(entry)
    return {head: tuple(sorted(entries, key=lambda e: -len(e.words))) for head, entries in by_head.items()}


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Cue words and phrases by category (data/event_cues.tsv and data/trigger_words.tsv)."""
    by_category: dict[str, set[str]] = {}
    for name in ("event_cues.tsv", "trigger_words.tsv"):
        for cells in data_lines(name):
            by_category.setdefault(cells[0], set()).update(word.lower() for word in cells[1:] if word)
    return {category: frozenset(words) for category, words in by_category.items()}


@lru_cache(maxsize=None)
def cue(category: str) -> frozenset[str]:
    """The words and phrases of one cue category."""
    return cues().get(category, frozenset())


@lru_cache(maxsize=None)
def _cue_parts(category: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The single words of a cue category, and its phrases padded with spaces, sorted; a hyphened
    word is also the phrase of the tokens the tokenizer splits it into ("shutter-down": "shutter - down")."""
    words = cue(category)
    phrases = {f" {w} " for w in words if " " in w} | {f" {w.replace('-', ' - ')} " for w in words
                                                      if "-" in w and " " not in w}
    return frozenset(w for w in words if " " not in w), tuple(sorted(phrases))


@lru_cache(maxsize=1)
def weapon_phrases() -> frozenset[str]:
    """The phrases of the weapon cue categories ("air force", "fighter jet")."""
    return frozenset(phrase for category in WEAPON_CUES for phrase in cue(category) if " " in phrase)


def has_cue(category: str, lemmas: "LemmaText") -> bool:
    """Whether any word or phrase of `category` occurs in `lemmas` (kept in `lemmas.cues`)."""
    found = lemmas.cues.get(category)
    if found is None:
        words, phrases = _cue_parts(category)
        found = lemmas.cues[category] = not words.isdisjoint(lemmas.words) or any(
            map(lemmas.text.__contains__, phrases))
    return found


UNIT_DEPS = ("compound", "amod")
UNIT_NOUNS = cue("unit_noun")
GEAR_KINDS = ((cue("less_lethal_gear"), cue("less_lethal"), "less-lethal"),
              (cue("crude_arms_gear"), cue("crude_arms"), "crude-weapon"))  # gear words, modifiers, the word read
SYMBOLIC_OBJECTS = cue("symbolic_object")


def definite_noun(token) -> bool:
    """"the base", "their attack": a noun with a determiner or possessive that is not "a", "another"..."""
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and c.lower_ not in cue("indefinite") for c in token.children)


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A plural noun's singular told by its ending ("gunmen" -> "gunman", "cities" -> "city",
    "camps" -> "camp"); other words unchanged ("bus", "press")."""
    if len(word) > 4 and word.endswith("men"):
        return word[:-3] + "man"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


INFLECTION_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def lemma_candidates(token) -> list[str]:
    """The lemmas a token may stand for; title-case headline words are often tagged as proper
    nouns with their inflection kept, and the lemmatizer misreads some inflected verbs ("raped" as
    "rap") and verbs tagged as plural nouns ("Mob lynches thief": "lynche") or, with a subject, as
    adjectives, so their endings are tried off too."""
    lemma = token.lemma_.lower()
    found = [lemma, token.lower_]
    if token.pos_ == "PROPN" or token.tag_ in ("NNP", "NNPS", "NNS", "VBD", "VBN", "VBG", "VBZ") \
            or token.pos_ in ("ADJ", "NOUN") and any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children):
        # an adjective or noun with a subject is a verb ("members of the league assaulted members of ...")
        found += without_endings(token.lower_)
    return found


def without_endings(word: str) -> list[str]:
    """`word` with each inflection ending it has taken off ("lynches": "lynch", "lynche")."""
    return [word[: -len(suffix)] + replacement for suffix, replacement in INFLECTION_ENDINGS
            if word.endswith(suffix) and len(word) > len(suffix) + 2]


def light_verb(verb) -> bool:
    """Whether a verb carries out the event its object names ("carried out an attack", "staged a
    protest", which the lemmatizer reads as "stag"; event_cues support)."""
    return any(lemma in cue("support") for lemma in lemma_candidates(verb))


def carried_by_support(token) -> bool:
    """Whether a noun is the object of a light verb that carries it out ("carried out an attack",
    "hosted a protest", "mounted an invasion"): the noun names the event, the verb only does it."""
    return token.dep_ == "dobj" and token.pos_ == "NOUN" and light_verb(token.head)


def hedged_head(verb):
    """The hedge verb the parser made the head of a clause whose act it only qualifies: in "Gunmen
    believed to belong to the Islamic State killed 22 civilians" the finite "killed" (`verb`, in the
    past tense but hung on a noun as a modifier) is the act, "believed" says who did it and has its
    subject (or, read otherwise, "killed" is a complement of "thought" without a subject: "Men thought to
    be bandits killed five farmers"). None when `verb` is not read so."""
    if verb.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.head if any(_hedge_of(c) is not None for c in verb.head.children) else None
    if verb.dep_ != "acl" or verb.tag_ != "VBD":
        return None
    infinitive = next((word for word in verb.ancestors if word.pos_ in ("VERB", "AUX")), None)
    return _hedge_of(infinitive) if infinitive is not None else None


def _hedge_of(infinitive):
    """The hedge verb with a subject whose to-infinitive `infinitive` is ("believed to belong"), else None."""
    hedge = infinitive.head
    if infinitive.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children) \
            and hedge.lemma_.lower() in cue("identity_hedge") and any(c.dep_ == "nsubj" for c in hedge.children):
        return hedge
    return None


def hyphen_prefix(token):
    """The word a hyphen joins to the front of `token` with no space ("shoot" of "shoot-out"), so
    that the compound is looked up as one word ("shootout", "gunbattle"); None when there is none."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha:
        return doc[i - 2]
    return None


class _DocWords:
    """The lowercased lemma and word of every token of one Doc, and whether LemmaText counts the
    token (not a space, not a modifier that names a kind of unit or gear: "riot" in "riot police",
    "aid" in "aid workers", unless the two name a weapon: "air force"; not a verb whose object is
    a symbol: "burnt" in "burnt an effigy").
    Ammunition made crowd-control gear is the word "less-lethal" ("shells" in "tear gas shells"),
    weapons made blades or clubs are "crude-weapon" ("sharp weapons"). A
    hyphenated compound that the trigger lexicon knows as one word is that word ("cease-fire" is
    "ceasefire", not a "fire"). Built once per Doc; the words of spans are kept as they are asked
    for, with the cue categories found in them (`has_cue`)."""

    def __init__(self, doc) -> None:
        columns = token_columns(doc)
        self.lemmas = list(columns.lemma)
        written = columns.lower
        self.lowers = list(written)
        heads, deps = columns.head, columns.dep
        lexicon = trigger_lexicon()
        with_symbolic_object = {heads[i] for i, dep in enumerate(deps)
                                if dep == "dobj" and self.lemmas[i] in SYMBOLIC_OBJECTS}
        weapons = weapon_phrases()
        self.counted = [not space and not (deps[i] in UNIT_DEPS and self.lemmas[heads[i]] in UNIT_NOUNS
                                           and f"{self.lemmas[i]} {self.lemmas[heads[i]]}" not in weapons)
                        and i not in with_symbolic_object for i, space in enumerate(columns.is_space)]
        for i in range(len(written)):
            for gear, kinds, word in GEAR_KINDS:
                if self.lemmas[i] in gear and any(written[j] in kinds for j in range(doc[i].left_edge.i, i)):
                    self.lemmas[i] = self.lowers[i] = word
        for i in range(2, len(written)):
            prefix = hyphen_prefix(doc[i]) if written[i - 1] == "-" else None
            if prefix is not None and prefix.lower_ + self.lemmas[i] in lexicon:
                self.lemmas[i] = prefix.lower_ + self.lemmas[i]
                self.lowers[i] = prefix.lower_ + self.lowers[i]
                self.counted[prefix.i] = False
        self.spans: dict[tuple[int, int], tuple[frozenset[str], str, dict[str, bool]]] = {}

    def of_span(self, start: int, end: int) -> tuple[frozenset[str], str, dict[str, bool]]:
        """The word set and padded text of tokens [start, end), and the cue categories found in
        them so far."""
        key = (start, end)
        if key not in self.spans:
            self.spans[key] = (*self.of_indices(range(start, end)), {})
        return self.spans[key]

    def of_indices(self, indices) -> tuple[frozenset[str], str]:
        """The word set and the padded text (lemmas, then words) of the counted tokens."""
        counted = [i for i in indices if self.counted[i]]
        words = [self.lemmas[i] for i in counted]
        texts = [self.lowers[i] for i in counted]
        word_set = frozenset([*words, *texts, *(w[:-1] for w in texts if w.endswith("s"))])
        return word_set, " " + " ".join(words) + " " + " ".join(texts) + " "


_doc_words: "PerDoc[int, _DocWords]" = PerDoc()


def _words_of(doc) -> _DocWords:
    return _doc_words.get_or_make(doc, _DocWords)


@lru_cache(maxsize=1)
def _spacy_types() -> tuple[type, type]:
    """spaCy's Doc and Span classes (spaCy is imported only when a Doc is read)."""
    from spacy.tokens import Doc, Span

    return Doc, Span


class LemmaText:
    """The lowercased lemmas and words of some tokens (a Doc, a Span or a sequence of tokens of
    one Doc), for word and phrase look-ups; `cues`: the cue categories found in them so far (those
    of a Doc or Span, or of a sequence of consecutive tokens, are shared by every LemmaText of the
    same tokens)."""

    def __init__(self, tokens) -> None:
        Doc, Span = _spacy_types()
        if isinstance(tokens, Doc):
            self.words, self.text, self.cues = _words_of(tokens).of_span(0, len(tokens))
        elif isinstance(tokens, Span):
            self.words, self.text, self.cues = _words_of(tokens.doc).of_span(tokens.start, tokens.end)
        else:
            tokens = list(tokens)
            self._read(tokens[0].doc if tokens else None, [t.i for t in tokens])

    @classmethod
    def of_indices(cls, doc, indices: list[int]) -> LemmaText:
        """The LemmaText of the tokens of `doc` at `indices`, as of those tokens in a list."""
        text = cls.__new__(cls)
        text._read(doc, indices)
        return text

    def _read(self, doc, indices: list[int]) -> None:
        if not indices:
            self.words, self.text, self.cues = frozenset(), "   ", {}
        elif indices[-1] - indices[0] == len(indices) - 1 and indices == list(range(indices[0], indices[-1] + 1)):
            self.words, self.text, self.cues = _words_of(doc).of_span(indices[0], indices[-1] + 1)  # a span's tokens
        else:
            self.words, self.text = _words_of(doc).of_indices(indices)
            self.cues = {}

    def contains(self, phrase: str) -> bool:
        return phrase in self.words if " " not in phrase else f" {phrase} " in self.text
