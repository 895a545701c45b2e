"""The actor dictionary (data/actors.tsv, expanded over data/countries.tsv, extended by a user
file) and the normalisation of a noun phrase to an actor: name, sector and country.

An actor is an agent: a named entity, a country, or a noun for people or groups (the dictionary's
roles, or a common noun with an agent ending: raiders, activists, combatants, tribesmen). A target
is a place or facility (the dictionary's "=" entries, place names). Any other common noun (goods,
weapons, vehicles used as instruments, natural things, abstract nouns) is neither: an open class
no list can close, so what is not known to be people or a place is left out. Words with an agent
ending that name things (launcher, container) are dictionary objects ("-")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from article2json.extractors.countries import countries
from article2json.extractors.events.lexicon import cue, data_lines, singular, tsv_rows
from article2json.extractors.per_doc import PerDoc, TokenColumns, token_columns

DETERMINERS = cue("determiner")
PRONOUNS = {"PRON"}
NOT_ACTORS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "EVENT"}
ENTITY_ACTORS = {"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"}
PLACE_ENTITIES = {"GPE", "FAC", "LOC"}
UNARMED_SECTORS = {None, "CVL", "UNK", "EDU", "LAB", "AGR", "BUS"}
AS_WRITTEN = "="  # dictionary name of targets kept as written ("a military base")
PEOPLE_AS_WRITTEN = "+"  # dictionary name of people kept as written ("Russian diplomats")
OBJECT = "-"  # dictionary name of nouns that are never an actor or a target ("rocket launcher")
AGENT_ENDINGS = tuple(sorted(cue("agent_ending")))
COUNT_WORDS = cue("count_word")
RELATIONAL = cue("relational")  # "gang members": people named by the group before them
MEMBERSHIP = cue("membership")  # "the leader of a gang" (but supporters of X are not X)


@dataclass(frozen=True)
class ActorEntry:
    """One pattern of the dictionary. `rank`: 3 named actor, 2 generic role, 1 a bare country name."""

    words: tuple[str, ...]
    name: str
    sector: str | None
    country: str | None
    rank: int
    user: bool = False


@dataclass(frozen=True)
class Actor:
    """An actor or recipient of an event: normalised name, the words as written, sector, country."""

    name: str
    text: str
    start: int
    end: int
    sector: str | None
    country: str | None
    generic: bool = False
    target: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "text": self.text, "start": self.start, "end": self.end,
                "sector": self.sector, "country": self.country}


_GLUED_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _words(phrase: str) -> tuple[str, ...]:
    """A pattern split like spaCy splits it ("Syria's" -> "syria 's"; "anti-balaka" -> "anti balaka",
    the glued hyphen being no word: ActorDictionary.matches); words in capitals (US, SAA) keep their
    case and match case-sensitively, the others are lowercased."""
    words = _GLUED_HYPHEN.sub(" ", phrase.replace("'s ", " 's ").replace("’s ", " 's ")).split()
    return tuple(w if w.isupper() else w.lower() for w in words)


def _expand(cells: list[str], user: bool) -> list[ActorEntry]:
    """The entries of one dictionary row, one per country when it has a placeholder."""
    pattern, name, sector, country = (cells + ["-"] * 4)[:4]
    generic = len(cells) > 4 and cells[4] == "generic"
    rank = 1 if pattern == "{country}" else 2 if generic else 3
    sector_value = None if sector == "-" else sector
    if "{demonym}" not in pattern and "{country}" not in pattern:
        return [ActorEntry(_words(pattern), name, sector_value, None if country == "-" else country, rank, user)]
    entries = []
    for place in countries():
        fillers = place.demonyms if "{demonym}" in pattern else place.names
        for filler in fillers:
            words = _words(pattern.replace("{demonym}", filler).replace("{country}", filler))
            entries.append(ActorEntry(words, name.replace("{country}", place.name), sector_value,
                                      country.replace("{code}", place.code), rank, user))
    return entries


class ActorDictionary:
    """Patterns indexed by their first word; the first entry of a pattern wins: the user's file,
    then explicit patterns ("syrian army"), then country expansions ("{demonym} army") in file order."""

    def __init__(self, user_text: str | None = None) -> None:
        self._index: dict[str, list[ActorEntry]] = {}
        seen: set[tuple] = set()
        rows = [(cells, True) for cells in tsv_rows(user_text or "")]
        rows += [(cells, False) for cells in data_lines("actors.tsv")]
        rows.sort(key=lambda row: (not row[1], "{" in row[0][0]))  # user rows, then explicit names first
        for cells, user in rows:
            for entry in _expand(cells, user):
                if entry.words not in seen:
                    seen.add(entry.words)
                    self._index.setdefault(singular(entry.words[0].lower()), []).append(entry)
        self._demonyms = {_words(d): c.code for c in countries() for d in reversed(c.demonyms)}

    def matches(self, tokens: list) -> list[tuple[int, int, ActorEntry]]:
        """Every (start, end, entry) whose pattern matches tokens[start:end]; a hyphen glued inside a
        name is no word of it ("Al-Qaeda" matches "al-qaeda", whose words are "al" and "qaeda")."""
        found: list[tuple[int, int, ActorEntry]] = []
        if not tokens:
            return found
        columns = token_columns(tokens[0].doc)
        words = [i for i, token in enumerate(tokens) if not (columns.lower[token.i] == "-" and _glued_hyphen(token))]
        positions = [tokens[i].i for i in words]
        for k, position in enumerate(positions):
            keys = {singular(columns.lower[position]), singular(columns.lemma[position])}
            for key in keys:
                for entry in self._index.get(key, ()):
                    last = k + len(entry.words)
                    if last <= len(words) and all(_word_matches(w, j, columns)
                                                   for w, j in zip(entry.words, positions[k:last])):
                        found.append((words[k], words[last - 1] + 1, entry))
        return found

    def country_in(self, tokens: list, matches: list | None = None) -> str | None:
        """The country of a demonym or country name among `tokens` ("Kenyan", "Kenya"); `matches`:
        the dictionary's matches of `tokens`, when already found."""
        lowered = [t.text if t.text.isupper() else t.lower_ for t in tokens]
        for size in (3, 2, 1):
            for i in range(len(lowered) - size + 1):
                code = self._demonyms.get(tuple(lowered[i:i + size]))
                if code:
                    return code
        matches = self.matches(tokens) if matches is None else matches
        return next((e.country for _, _, e in matches if e.rank == 1), None)


def _glued_hyphen(token) -> bool:
    """A hyphen with no space on either side ("Al-Qaeda" read as "Al", "-", "Qaeda")."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _word_matches(word: str, i: int, columns: TokenColumns) -> bool:
    """Whether a pattern word matches the token at `i` (of the Doc of `columns`)."""
    if word.isupper():
        return columns.text_of(i, i + 1) == word
    forms = {columns.lower[i], columns.lemma[i]}
    return word in forms or singular(word) in forms or singular(word) in {singular(f) for f in forms}


@lru_cache(maxsize=8)
def actor_dictionary(user_file: str | None = None) -> ActorDictionary:
    """The dictionary, extended by the user's TSV file when given; built once per process."""
    text = Path(user_file).read_text(encoding="utf-8") if user_file else None
    return ActorDictionary(text)


def _best(matches: list[tuple[int, int, ActorEntry]], head_index: int, head_lemma: str):
    """The match that names the phrase: an object or a target covering the head ("rocket launcher",
    "Syrian military college"), else a named actor anywhere ("ISIS militants"), else a role or
    country covering the head, or naming the group of a relational head ("gang members", "the leader
    of a gang")."""
    def names_head(match) -> bool:
        start, end, _ = match
        return (start <= head_index < end or head_lemma in RELATIONAL and end == head_index
                or head_lemma in MEMBERSHIP and start > head_index)

    def score(match):
        start, end, entry = match
        return (names_head(match) and entry.name in (AS_WRITTEN, OBJECT), entry.rank == 3, names_head(match),
                end == head_index, entry.user, end - start, start)
    usable = [m for m in matches if m[2].rank == 3 or names_head(m)]
    return max(usable, key=score) if usable else None


def _of_object(token):
    return next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


def phrase_head(token):
    """The noun a quantity word stands for ("a group of militants" -> militants)."""
    while token.lemma_.lower() in cue("quantity") and (inner := _of_object(token)) is not None:
        token = inner
    return token


def _right_end(head) -> int:
    """The last word of the phrase headed by `head`: appositions and "of" phrases included,
    other prepositions, clauses and conjuncts left out."""
    last = head.i
    for child in head.rights:
        if child.dep_ == "appos" and (child.pos_ == "PROPN" or child.nbor(-1).text == "(") or \
                child.dep_ == "punct" and child.text in "()":
            last = max(last, child.right_edge.i)
        elif child.dep_ == "prep" and child.lower_ == "of":
            inner = next((p for p in child.children if p.dep_ == "pobj"), None)
            last = max(last, _right_end(inner) if inner is not None else child.i)
        elif child.dep_ in ("cc", "conj", "relcl", "acl", "prep"):
            break
    return last


def phrase_tokens(head, unit) -> list:
    """The words of the noun phrase headed by `head`: its left modifiers, "of" phrases and
    appositions ("Units of the Syrian Arab Army (SAA)")."""
    first = max(head.left_edge.i, unit.first)
    while first - 1 >= unit.first and head.doc[first - 1].pos_ == "PROPN":  # a name the parser split
        first -= 1
    tokens = [t for t in head.doc[first:min(_right_end(head) + 1, unit.last)] if not t.is_space]
    while len(tokens) > 1 and tokens[0].i == head.head.i + 1 and tokens[0].lower_ in cue("result_adjective"):
        tokens.pop(0)  # "shot dead two suspects": the suspects
    while tokens and tokens[-1].is_punct and tokens[-1].text != ")":
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return tokens or [head]


def _armed_sector(sector: str | None, tokens: list) -> str | None:
    """The sector of people; people described as armed ("armed youths", "a gang of men",
    "knife-wielding men", "armed Pokot") are an unidentified armed group."""
    if sector in UNARMED_SECTORS and any({t.lower_, t.lemma_.lower()} & cue("armed") or t.lower_.endswith("-wielding")
                                         for t in tokens):
        return "UAF"
    return sector


def phrase_text(tokens: list) -> tuple[str, int, int]:
    """The text and offsets of a phrase, leading determiners left out."""
    while len(tokens) > 1 and tokens[0].lower_ in DETERMINERS:
        tokens = tokens[1:]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return token_columns(tokens[0].doc).text[start:end], start, end


def _people_name(tokens: list) -> str:
    """The name of people kept as written, without leading counts and ages, with a capital ("at
    least two Russian diplomats" -> "Russian diplomats", "a 40-year-old man" -> "Man")."""
    while len(tokens) > 1 and (tokens[0].like_num or tokens[0].is_punct or tokens[0].text.startswith("-")
                               or tokens[0].lower_ in DETERMINERS | COUNT_WORDS):
        tokens = tokens[1:]
    text = phrase_text(tokens)[0]
    return text[:1].upper() + text[1:]


def agent_noun(token) -> bool:
    """Whether a common noun the dictionary does not know names people, by an agent ending
    ("raiders", "activists", "politicians", "combatants", "tribesmen", "hostage-takers")."""
    lemma = token.lemma_.lower()
    return len(lemma) > 5 and lemma.replace("-", "").isalpha() and lemma.endswith(AGENT_ENDINGS)


_RESOLVED: "PerDoc[int, dict[tuple, Actor | None]]" = PerDoc()


def resolve_actor(tokens: list, head, dictionary: ActorDictionary) -> Actor | None:
    """The actor a noun phrase (`tokens`, headed by `head`) names, or None for pronouns, dates,
    numbers and things; a crowd of people of no sector is the crowd ("a crowd of young men").
    The stages ask for the same phrases many times: the answer is kept per Doc."""
    resolved = _RESOLVED.get_or_make(head.doc, lambda doc: {})
    key = (tuple(t.i for t in tokens), head.i, dictionary)
    if key not in resolved:
        resolved[key] = _resolve_actor(tokens, head, dictionary)
    return resolved[key]


def _resolve_actor(tokens: list, head, dictionary: ActorDictionary) -> Actor | None:
    if head.lemma_.lower() not in cue("crowd_noun") or (people := phrase_head(head)) is head:
        return _phrase_actor(tokens, head, dictionary)
    actor = _phrase_actor([t for t in tokens if t.i >= people.left_edge.i], people, dictionary)
    crowd = _best(dictionary.matches([head]), 0, head.lemma_.lower())
    if crowd is None or actor is not None and actor.sector not in (None, "UNK"):
        return actor
    text, start, end = phrase_text(tokens)
    return Actor(crowd[2].name, text, start, end, crowd[2].sector, crowd[2].country, crowd[2].rank == 2)


def _phrase_actor(tokens: list, head, dictionary: ActorDictionary) -> Actor | None:
    head = phrase_head(head)
    if head.pos_ in PRONOUNS or head.ent_type_ in NOT_ACTORS or head.like_num or head not in tokens:
        return None
    text, start, end = phrase_text(tokens)
    matches = dictionary.matches(tokens)
    best = _best(matches, tokens.index(head), head.lemma_.lower())
    entity = head.ent_type_ in ENTITY_ACTORS and head.pos_ == "PROPN"
    if best is not None and best[2].name == OBJECT and best[0] <= tokens.index(head) < best[1]:
        return None
    if best is not None and (best[2].rank != 2 or not entity):
        entry = best[2]
        country = entry.country or dictionary.country_in(tokens, matches)
        as_written = entry.name == AS_WRITTEN
        sector = _armed_sector(entry.sector, tokens) if entry.rank == 2 and not as_written else entry.sector
        name = _people_name(tokens) if entry.name == PEOPLE_AS_WRITTEN else text if as_written else entry.name
        return Actor(name, text, start, end, sector, country, entry.rank == 2, as_written)
    if entity:
        sector = next((e.sector for _, _, e in matches if e.rank == 2), None)
        if head.ent_type_ not in PLACE_ENTITIES:
            sector = _armed_sector(sector, tokens)
        name = phrase_text([t for t in tokens if t.ent_type_ == head.ent_type_] or [head])[0]
        return Actor(name, text, start, end, sector, dictionary.country_in(tokens, matches),
                     target=head.ent_type_ in PLACE_ENTITIES)
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in cue("not_actor") \
            or head.lemma_.lower() in cue("quantity") and not any(c.dep_ == "compound" for c in head.children):
        return None  # "a group", "the rest"; not "a council member"
    country = dictionary.country_in(tokens, matches)
    if head.pos_ == "NOUN" and agent_noun(head):
        return Actor(_people_name(tokens), text, start, end, _armed_sector(None, tokens), country, True, False)
    if head.pos_ == "PROPN" or country or any(t.ent_type_ in ENTITY_ACTORS for t in tokens):
        return Actor(text, text, start, end, None, country, True, _phrase_is_a_place(tokens, head))
    return None


def names_a_place(token) -> bool:
    """Whether a word names a place: a place entity, or a place noun ("the town", "the base")."""
    return token.ent_type_ in PLACE_ENTITIES or token.lemma_.lower() in cue("place_noun")


def _phrase_is_a_place(tokens: list, head) -> bool:
    """Whether a phrase the dictionary does not know, headed by a common noun, is a place ("Karen
    rebel stronghold", "Ganja suburbs") rather than people ("the APEC forum", "Kenyan proposal")."""
    if head.pos_ == "PROPN":
        return False
    agents = any(t.ent_type_ in ENTITY_ACTORS - PLACE_ENTITIES or t.pos_ == "PROPN" and not t.ent_type_
                 for t in tokens)
    return head.lemma_.lower() in cue("place_noun") or not agents
