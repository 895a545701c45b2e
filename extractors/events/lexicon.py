"""The data files of the events extractor, read once per process: the trigger lexicon
(data/triggers.tsv) and the context cue lists (data/event_cues.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Iterator

# Weapon cue categories in order of precedence: a suicide bombing by drone is a suicide bombing; a
# grenade thrown in a gun attack is a gun attack.
WEAPON_CUES = ("suicide", "chemical", "air", "drone", "shelling", "crowd", "firearms", "grenade", "ied", "primitive")


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
    """Cue words and phrases by category."""
    by_category: dict[str, set[str]] = {}
    for cells in data_lines("event_cues.tsv"):
        by_category.setdefault(cells[0], set()).update(word.lower() for word in cells[1:] if word)
    return {category: frozenset(words) for category, words in by_category.items()}


def cue(category: str) -> frozenset[str]:
    """The words and phrases of one cue category."""
    return cues().get(category, frozenset())


def has_cue(category: str, lemmas: "LemmaText") -> bool:
    """Whether any word or phrase of `category` occurs in `lemmas`."""
    return any(lemmas.contains(word) for word in cue(category))


UNIT_NOUNS = {"police", "policeman", "officer", "squad", "gear", "unit", "police officer", "force", "vehicle",
              "helicopter", "worker", "convoy"}


def _names_a_unit(token) -> bool:
    """A modifier that names a kind of unit or gear ("riot" in "riot police", "aid" in "aid
    workers"), not something that happened."""
    return token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in UNIT_NOUNS


class LemmaText:
    """The lowercased lemmas and words of some tokens, for word and phrase look-ups."""

    def __init__(self, tokens) -> None:
        tokens = [t for t in tokens if not t.is_space and not _names_a_unit(t)]
        words = [t.lemma_.lower() for t in tokens]
        texts = [t.lower_ for t in tokens]
        self.words = frozenset(words) | frozenset(texts) | frozenset(w[:-1] for w in texts if w.endswith("s"))
        self.text = " " + " ".join(words) + " " + " ".join(texts) + " "

    def contains(self, phrase: str) -> bool:
        return phrase in self.words if " " not in phrase else f" {phrase} " in self.text
