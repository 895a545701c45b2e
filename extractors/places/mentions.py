"""Where an article may name places: candidate spans for the `places` extractor, and the
countries it refers to by demonym or by name (`country_references`).

A candidate (`Mention`) says where it was found (`source`), which decides how much evidence it
needs: a span the text itself calls a place ("the town of X", "X town", "X Governorate",
"X sub county", "X (district, province)", the body dateline, a city's quarter as ACLED names it:
"Dhaka - Shahbagh") is kept even when no gazetteer
knows it, and so is a name the text places in a known place ("in X, Y", "near X in the Y District":
source "stated"; "X (Region)", a first-level division alone in brackets: source "bracketed", which
otherwise needs the evidence of a name found by itself); a spaCy GPE, LOC or FAC entity, an ORG or PERSON entity in a place's context ("in X",
"X desert", "X residents", "district, X"), either end of "the X-Y road", a capitalised name
after "in", "at", "near", ..., or any capitalised name the gazetteer knows need the gazetteer
to agree.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from article2json.extractors.base import Article, sentence_bounds
from article2json.extractors.entities import in_metadata_lines
from article2json.extractors.data_files import alternation, read_table, read_word_lists, read_words
from article2json.extractors.dates.words import NUMBER_WORDS, alternatives
from article2json.extractors.per_doc import doc_entities
from article2json.extractors.places.gazetteer import ADMIN_WORDS, Match, capital_name, country_code, embedded_gazetteer

UPPER = "A-Z\u00c0-\u00de"
HYPHENS = "-\u2010\u2011"  # not dashes: "Gaza–Israel" names two places
_PAIR = re.compile(rf"[{UPPER}]\w+-[{UPPER}]\w+")  # two names, as in "the Meru-Isiolo border"
_CONTEXT_WORDS = read_word_lists("place_context_words.tsv")  # the lists of data/place_context_words.tsv
_WORD = (rf"(?:(?:{alternation(_CONTEXT_WORDS['name_abbreviation'])})\.|"  # "St. Louis"
         rf"[{UPPER}](?:[\w'’]|\.(?=[{UPPER}]))*(?:-[\w'’]+)*)")
_PARTICLES = alternation(_CONTEXT_WORDS["name_particle"])  # "Ras al Ain", "Lomas de Zamora"
_LEADING_PARTICLE = rf"(?:(?<![\w\-])(?:{_PARTICLES})-(?=[{UPPER}]))?"  # "the village of al-Joura"
_PARTICLE_GOES_ON = re.compile(rf"[ ](?:(?:{_PARTICLES})-|(?:{alternation(_CONTEXT_WORDS['joining_particle'])})[ ])"
                               rf"[{UPPER}]")  # a name going on: "Lanao[ del Sur]", "Ras[ al-Ain]"
PARTICLE_NAME = re.compile(rf"(?:{_PARTICLES})-[{UPPER}]")  # a name written with its article: "el-Arish"
NAME = rf"{_LEADING_PARTICLE}{_WORD}(?:[ ](?:(?:{_PARTICLES}|of|and)[ \-])?{_WORD}){{0,3}}"
_NAME_NO_OF = rf"{_LEADING_PARTICLE}{_WORD}(?:[ ](?:(?:{_PARTICLES})[ \-])?{_WORD}){{0,3}}"  # "Malgir of Nahri Saraj district": two names
LOCATIVE_WORDS = " ".join(_CONTEXT_WORDS["locative"])  # "in at near ...", in order
NOT_DIVISION_WORDS = frozenset(_CONTEXT_WORDS["not_division_word"])  # "the Kibera area": no division
LOCATIVE = rf"(?i:{'|'.join(LOCATIVE_WORDS.split())})"  # "in Kano", and "In Kano," opening a sentence
GEO_WORDS = frozenset(read_words("geo_words.tsv"))  # "Kisima village", "the Sinjar district"
_TYPE = rf"(?:{alternation(_CONTEXT_WORDS['place_type_noun'])})"  # "the town of Bunia"
_TYPED = re.compile(rf"\b(?:[Tt]he\s+)?(?P<type>{_TYPE})\s+of\s+(?P<name>{NAME})")
_TITLED = re.compile(rf"\b(?i:{alternation(_CONTEXT_WORDS['title_unit_word'])})\s+(?P<name>{NAME})")  # "Barangay Latih"
UNIT_COUNTRIES = {word.lower(): code for word, code in read_table("unit_countries.tsv")}  # "upazila": BD
_DIVISION_WORDS = sorted({word for words in read_word_lists("division_words.tsv").values() for word in words}
                         | set(UNIT_COUNTRIES), key=lambda word: (-len(word), word))
_DIVISION_WORD = "(?i:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in _DIVISION_WORDS) + ")"
DIVISION_SUFFIX = re.compile(rf"\s+{_DIVISION_WORD}$")  # "Kajuru Local Government Area", "Gwoza LGA"
_ALIAS = r"(?:\s*\([^()\n]{1,40}\))?"  # "the Turt Kul (Tor Kotal) area"
# "the Fulani village of Sori": after a people's name, no place
_VILLAGE_WORD = alternation(_CONTEXT_WORDS["village_word"])
_VILLAGE_BEFORE = re.compile(rf"\b(?:{_VILLAGE_WORD})s?\s+of\s+$", re.IGNORECASE)  # "the village of X"
_VILLAGE_AFTER = re.compile(rf"\s+(?:{_VILLAGE_WORD})\b", re.IGNORECASE)  # "X village"
_SETTLEMENT_OF = re.compile(rf"\s+(?:{alternation(_CONTEXT_WORDS['people_place_noun'])})\s+of\b")
_BARE_UNIT = rf"(?:{alternation(_CONTEXT_WORDS['bare_unit_word'])})"  # "Kisima village", "Kibera area"
_UNIT_AFTER_ALIAS = re.compile(rf"\s+{_BARE_UNIT}\b")
_AREA = re.compile(rf"\b[Tt]he\s+(?P<name>{NAME}){_ALIAS}\s+(?:[a-z]+\s+)?"
                   rf"(?:{alternation(_CONTEXT_WORDS['area_noun'])})\b")  # "the Tanai Kot area"
_DIVISION_AREA = re.compile(rf"\s(?:{alternation(_CONTEXT_WORDS['division_area_noun'])})$")  # "the X region": a unit
_BARE_AREA = re.compile(rf"(?<!\S)(?P<name>{NAME}){_ALIAS}\s+(?:border\s+)?{_BARE_UNIT}\b")
# "Kobou, a village of herders ...", "Kobou, a small farming village in ...": the name a settlement noun
# in apposition describes (not "a village elder": the noun ends its phrase or a preposition follows);
# a name right after "in"/"of" is its container ("Dioura, a rural commune in the Tenenkou cercle")
_APPOSED = re.compile(rf"(?<!\S)(?P<name>{NAME}),\s+(?:a|an)\s+"
                      rf"(?:(?!(?:{alternation(_CONTEXT_WORDS['apposed_follower'])})\s)[\w\-]+\s+){{0,3}}?"  # not "a crowd in the town of"
                      rf"(?:{alternation(_CONTEXT_WORDS['apposed_place_noun'])})\b"
                      rf"(?=\s*[,.;:)]|\s+(?:{alternation(_CONTEXT_WORDS['apposed_follower'])}|\d))"
                      rf"(?:\s+(?:in|of)\s+(?:the\s+)?(?P<unit>{NAME}))?")
# "Mucojo, the headquarters of an administrative post in Macomia district", "Waat, the headquarters of
# Nyirol County", "Bunia, the capital of Ituri province": a town named by the seat it is, in the unit named
_SEAT_OF = re.compile(rf"(?<!\S)(?P<name>{NAME}),\s+the\s+(?:[a-z\-]+\s+)?(?:{alternation(_CONTEXT_WORDS['seat_noun'])})"
                      rf"\s+of\s+(?:(?:an?|the)\s+(?:[a-z\-]+\s+){{0,3}}?in\s+(?:the\s+)?)?(?P<unit>{NAME})")
_ROAD_LISTS = read_word_lists("road_words.tsv")
_ROAD_WORDS = rf"(?i:{'|'.join(_ROAD_LISTS['road'])})"  # "highway", "road"
_ROAD = re.compile(rf"(?P<first>{_WORD}(?:[ ]{_WORD})?)[\-–](?P<second>{_WORD}(?:[ ]{_WORD})?)\s+{_ROAD_WORDS}\b")
# the rest of a road's name after a place that names it: "Ngong[ Road]", "Eldoret[-Nakuru highway]";
# not a building's name ("Nandina railway station")
ROAD_NAME_AFTER = re.compile(rf"(?:\s*[\-–/]\s*{_WORD}(?:[ ]{_WORD})?)?\s+{_ROAD_WORDS}\b"
                             rf"(?!\s+(?i:{'|'.join(_ROAD_LISTS['building'])})\b)")
ROAD_NAME_END = re.compile(rf"\s{_ROAD_WORDS}$")  # a place named as a road itself: "Trunk Road"
_DIVISION = re.compile(rf"\b(?P<name>{_NAME_NO_OF})\s+(?P<word>{_DIVISION_WORD})\b")
# "in Malgir of Nahri Saraj district, Helmand": Malgir, a place of the district
_OF_DIVISION = re.compile(rf"\b{LOCATIVE}\s+(?:the\s+)?(?P<name>{_NAME_NO_OF})\s+of\s+(?:the\s+)?"
                          rf"(?P<unit>{_NAME_NO_OF}\s+{_DIVISION_WORD})\b")
# kept when no gazetteer knows the name: "X District", and "X upazila", a unit word of one country
_NAMED_DIVISION = frozenset(read_word_lists("division_words.tsv")["named"]) | frozenset(UNIT_COUNTRIES)
_SEAT_NAMED = frozenset(read_word_lists("division_words.tsv")["seat_named"])  # units commonly named after their main town
_CUE = re.compile(rf"\b{LOCATIVE}\s+(?:the\s+)?(?P<name>{NAME})")
# "Kibera residents", "Garissa police", "the Kisumu airport": a name before a noun of its people, its
# police or its public places (needs the gazetteer, as any cue)
_LOCAL_CUE = re.compile(rf"(?<![\w\-])(?P<name>{_NAME_NO_OF})\s+(?:{alternation(_CONTEXT_WORDS['local_noun'])})\b")
_HIT_OR_TAKEN = re.compile(rf"\b(?i:{alternation(_CONTEXT_WORDS['place_object_verb'])})\s+(?P<name>{NAME})")  # "shelled Kharkiv"
# "(Yinmarbin district, Sagaing region)": a name may carry its kind of unit, not another noun ("(Mombasa neighborhood)")
_UNIT_WORD = rf"(?:\s+(?:{'|'.join(sorted((ADMIN_WORDS - NOT_DIVISION_WORDS) | set(_CONTEXT_WORDS['bracketed_unit_word'])))}))?"
_PAREN = re.compile(rf"(?P<name>{NAME})(?:\s+[a-z]+){{0,2}}\s*\((?P<inner>{NAME}{_UNIT_WORD}(?:,\s*{NAME}{_UNIT_WORD}){{0,3}})\)")
KM_PER_UNIT = {unit: float(km) for unit, km in read_table("distance_units.tsv")}  # "km": 1.0, "miles": 1.609344
RELATIVE = re.compile(rf"(?P<number>\d+(?:\.\d+)?|\b(?i:{alternatives(NUMBER_WORDS)}))\s*-?\s*"  # "about six
                      # kilometres from Ndop"
                      rf"(?P<unit>{'|'.join(KM_PER_UNIT)})\b"
                      r"(?:\s*\([^()\n]{0,20}\))?"  # "40 km (25 miles) east of Dori"
                      r"[^()\n]{0,20}?\b(?:of|from)\s+"
                      rf"(?:the\s+(?:{alternation(_CONTEXT_WORDS['anchor_noun'])})(?:\s+of|,)\s+)?"  # "north of
                      # the capital, Port-au-Prince"
                      rf"(?P<anchor>{NAME})")
# "stormed Bamessing, about six kilometres from Ndop": a name its distance from a place follows is a place
_ANCHORED = re.compile(rf"(?P<name>{NAME}),\s+(?:[a-z]+\s+){{0,2}}(?={RELATIVE.pattern})")
# ", in the southern Venezuelan state of Bolivar": a unit described before its name, which contains the name before
_DESCRIBED_UNIT = rf",\s*in\s+the\s+(?:[\w\-]+\s+){{0,3}}?{_DIVISION_WORD}\s+of\s+"
DIRECTIONS = frozenset(_CONTEXT_WORDS["direction"])  # "eastern Congo", "Upper Nile"
_COMPASS = "(?:" + "|".join(sorted(DIRECTIONS, key=len, reverse=True)) + ")"
_BEARING = rf"(?:{alternation(_CONTEXT_WORDS['compass_point'])})(?:-?(?:east|west))?\s+of"  # "south of", "north-east of"
_STATED = re.compile(rf"\b(?i:in|at|near|outside|{_BEARING}|(?:{alternation(_CONTEXT_WORDS['resident_noun'])})\s+of|"
                     rf"(?:{alternation(_CONTEXT_WORDS['edge_noun'])})\s+of)\s+(?:the\s+)?"
                     rf"(?:(?:{alternation(_CONTEXT_WORDS['stated_place_noun'])})\s+of\s+)?"
                     rf"(?P<name>{NAME})(?=\s*,\s*(?:in\s+)?(?:the\s+)?[{UPPER}]|\s+in\s+(?:the\s+)?(?:{_COMPASS}\s+)?[{UPPER}]"
                     rf"|{_DESCRIBED_UNIT}[{UPPER}])")
# "Dhaka - Shahbagh (Shahbagh)": a quarter named after its city, as ACLED names the parts of big cities;
# not a dateline's "KABUL - Afghan forces ..." (a name must end the phrase)
_QUARTER = re.compile(rf"(?<![\w\-])(?P<city>{_WORD}(?:[ ]{_WORD})?) - (?P<part>{_NAME_NO_OF})(?=\s*[(,.;]|\s*$)",
                      re.MULTILINE)
_SCAN = re.compile(NAME)
_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z]+\s+)?")  # "Congo's South Kivu", "Haiti's central Artibonite"
_CONTAINED_IN = re.compile(rf"(?:\s+(?i:{alternation(_CONTEXT_WORDS['comma_unit_word'])}))?"
                           r"\s*,\s*(?:in\s+(?:the\s+)?)?"
                           # "X, Y", "X village, Y", "X village in Y", "X Village of Y"
                           rf"|\s+(?:(?i:{alternation(_CONTEXT_WORDS['part_of_word'])})\s+)?(?:of|in)\s+(?:the\s+)?"
                           rf"(?:{_COMPASS}\s+)?"  # "X in the western Y province"
                           rf"|{_DESCRIBED_UNIT}")  # "X, in the southern Venezuelan state of Y"

_LOCAL_NOUNS = " ".join(_CONTEXT_WORDS["local_noun"])  # "Garissa police"
_CONTEXT_FOLLOWS = re.compile(rf"(?:[\s\-]+|,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}})"  # "X district", "X, a small port town"
                              rf"(?i:{'|'.join(sorted(GEO_WORDS | set(_LOCAL_NOUNS.split())))})\b")
# a name, after "the", a direction or a particle ("the Lagos Island", "eastern Congo", "al-Bayda")
_CAPITALISED = re.compile(rf"(?:(?:the|{_COMPASS})\s+)*(?:(?:{_PARTICLES})[\-\s])?[{UPPER}0-9]")
_CONTEXT_PRECEDES = re.compile(rf"(?:\b(?:{LOCATIVE}|{_TYPE}\s+of|bound\s+for|capital|(?-i:port))\s+(?:the\s+)?"
                               rf"(?:{_COMPASS}\s+)?"  # "in north Niger", "in the western Darfur"
                               rf"|\b(?i:{'|'.join(sorted(GEO_WORDS))}),\s*)$")  # "... sub-county, Kakamega"
PRIORITY = {"division": 0, "state": 0, "quarter": 1, "dateline": 1, "typed": 2, "anchored": 2, "capital": 2, "paren": 3, "aside": 3, "stated": 3, "entity": 4,
            "gpe": 4, "named": 4, "bracketed": 5, "cue": 5, "scan": 6}  # a name before brackets: its own evidence first
KEEP_UNRESOLVED = frozenset({"typed", "anchored", "paren", "dateline", "division", "gpe", "stated", "bracketed", "quarter"})
PLACE_SLOT_SOURCES = frozenset({"typed", "anchored", "division", "state", "stated", "quarter", "cue", "paren", "bracketed"})
UNCUED_SOURCES = frozenset({"scan", "entity"})  # a bare name: no word of the text calls it a place
KEEP_IF_CONTAINED = frozenset({"stated", "bracketed", "quarter"})  # "in X, Y", "near X in the Y District", "X (Y)": kept when Y
# is a known place


@dataclass
class Mention:
    """A span that may name a place, and what the gazetteer makes of it."""

    start: int
    end: int
    source: str  # a key of PRIORITY: where the span was found
    admin_hint: bool = False  # the text calls it a division ("X Governorate", last of "(X, Y)")
    seat_named: bool = False  # a unit usually named after its main town ("X District", "X sub-county")
    name: str = ""  # the words looked up: the span less "Governorate", "Province", ...
    matches: list[Match] = field(default_factory=list)
    choice: Match | None = None
    country: str | None = None
    admin1: str | None = None  # GeoNames admin1 code
    anchor: tuple[Mention, float] | None = None  # "50 km from the town of Y": (Y, 50.0)
    container_span: tuple[int, int] | None = None  # where the text names what contains it: "(X, Y)"
    container: Mention | None = None  # the mention there, or after a comma: "Paris, Texas"
    contents: list[Mention] = field(default_factory=list)  # the mentions it is the container of
    sentence_start: bool = False  # the first word of a sentence, capitalised whatever it is
    group_name: bool = False  # spaCy takes it for a people ("Kikuyu", "Pokot")
    capital_of: str | None = None  # "Serbia's capital", "the Malian capital": the country whose capital it is
    unit_country: str | None = None  # "Raiganj upazila": the one country with such units (unit_countries.tsv)
    village: bool = False  # the text calls it a village ("the village of X", "X hamlet"): no big city

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


def called_a_village(text: str, start: int, end: int) -> bool:
    """Whether the text calls the name at [start, end) a village or hamlet ("the village of Segue",
    "Kisima village")."""
    words = text[start:end].split()
    return bool(_VILLAGE_BEFORE.search(text, max(0, start - 30), start) or _VILLAGE_AFTER.match(text, end)
                or len(words) > 1 and _VILLAGE_AFTER.fullmatch(" " + words[-1]))


def candidate_mentions(article: Article, doc: Any) -> list[Mention]:
    """Every candidate span outside the outlet and dateline header lines, overlaps included."""
    text = article.text
    persons = [(e.start_char, e.end_char) for e in doc_entities(doc) if e.label_ == "PERSON"]
    groups = [(e.start_char, e.end_char) for e in doc_entities(doc) if e.label_ == "NORP"]
    scanned = [mention for m in _SCAN.finditer(text) for mention in _scanned_names(text, m.start(), m.end())
               if not _overlaps_any(mention, persons) and not _common_word_opening(doc, mention)]
    for mention in scanned:
        mention.group_name = _overlaps_any(mention, groups)
    patterns = [m for m in _pattern_mentions(text)
                if not ((m.start, m.end) in groups and _SETTLEMENT_OF.match(text, m.end))
                and not (m.source == "typed" and text[max(0, m.start - 3):m.start] == "of "
                         and _modifies_a_noun(doc, m))]
    dateline = _dateline_mentions(article)
    candidates = [part for m in [*_entity_mentions(text, doc), *patterns, *dateline,
                                 *capital_mentions(text, [text[m.start:m.end] for m in dateline]),
                                 *scanned]  # "the Fulani village of Sori": after "of"
                  for part in _country_and_part(text, m)]
    surnames = _surname_spans(doc)
    organisations = {text[m.start:m.end] for m in candidates if _names_an_organisation(text, m)}
    outlets = _outlet_spans(article)
    return _without_bare_capitals_beside_names(text, [
        m for m in candidates if not in_metadata_lines(article, m.start, m.end)
        and not any(start <= m.start and m.end <= end for start, end in outlets)  # "told West Africa Newswire"
        and not any(start <= m.start and m.end <= end + 2 for start, end in surnames)  # "Clinton's"
        and not _names_an_organisation(text, m)
        and not (m.source in UNCUED_SOURCES and text[m.start:m.end] in organisations)])  # "The Hirak erupted"


def _common_word_opening(doc: Any, mention: Mention) -> bool:
    """Whether a bare name is one word opening a sentence that the tagger reads as a common word, not
    a proper noun: capitalised only by its place ("Man with suspected ties to ... lobs grenade": no
    town Man)."""
    if not mention.sentence_start or not doc.has_annotation("TAG"):
        return False
    span = doc.char_span(mention.start, mention.end)
    return span is not None and len(span) == 1 and span[0].tag_ not in ("NNP", "NNPS")


def _outlet_spans(article: Article) -> list[tuple[int, int]]:
    """Where the body names the article's own outlet ("an officer told West Africa Newswire"): a name,
    not a place."""
    outlet = (article.outlet or "").strip()
    if len(outlet) < 4:
        return []
    return [(m.start(), m.end()) for m in re.compile(re.escape(outlet)).finditer(article.text, article.body_start)]


def _without_bare_capitals_beside_names(text: str, candidates: list[Mention]) -> list[Mention]:
    """Candidates less "the capital" alone in a sentence whose words call another name a place: the
    text names the place there ("In the capital, residents of the Delmas area lynched ...", "in the
    Bambeto neighbourhood of the capital"), the capital only what contains it."""
    named = [m.start for m in candidates if m.source in PLACE_SLOT_SOURCES and not is_demonym(text[m.start:m.end])]

    def beside_a_name(mention: Mention) -> bool:
        start, end = sentence_bounds(text, mention.start)
        return any(start <= at < end for at in named)
    return [m for m in candidates if not (m.source == "capital" and text[m.start:m.end].lower().startswith("the capital")
                                          and beside_a_name(m))]


@lru_cache(maxsize=1)
def _facility_kinds() -> dict[str, str]:
    """data/facility_words.tsv: the last word of a name -> "building", "organisation" or "group"."""
    return {row[0]: row[1] for row in read_table("facility_words.tsv")}


@lru_cache(maxsize=1)
def facility_words() -> frozenset[str]:
    """Last words of names of buildings, institutions and organisations (data/facility_words.tsv)."""
    return frozenset(_facility_kinds())


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """Last words of organisations' names ("Party", "League", "Front", "Gang")."""
    return frozenset(word for word, kind in _facility_kinds().items() if kind in ("organisation", "group"))


@lru_cache(maxsize=1)
def _before_an_organisation_word() -> re.Pattern:
    groups = sorted(word for word, kind in _facility_kinds().items() if kind == "group")
    return re.compile(r"\s+(?:" + "|".join(sorted(word.capitalize() for word in organisation_words())) + r")\b"
                      r"|\s+(?:[a-z]+\s+)?(?:" + "|".join(groups) + r")s?\b")  # "the Los Lobos criminal gang"


def _names_an_organisation(text: str, mention: Mention) -> bool:
    """Whether a span is the first words of an organisation's name ("Unity" of "the Unity Party",
    "Los Lobos" of "the Los Lobos criminal gang"), other than a country's name ("the Amar Bangladesh
    Party" is a party of Bangladesh)."""
    return bool(_before_an_organisation_word().match(text, mention.end)) and \
        text[mention.start:mention.end].lower() not in _country_names()[1]


def _modifies_a_noun(doc: Any, mention: Mention) -> bool:
    """Whether the name of a slot like "the village of X" only qualifies the common noun after it
    ("a village of Fulani pastoralists": the village's people, not its name)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    last, following = span[-1], doc[span.end]
    return last.head.i == following.i and last.dep_ in ("compound", "amod", "nmod") and following.pos_ == "NOUN" \
        and following.is_lower and following.lower_ not in GEO_WORDS


def _surname_spans(doc: Any) -> set[tuple[int, int]]:
    """Where a person is named by the last name of someone the text names in full ("Lewis
    Hamilton" ... "second only to Hamilton"): no place, whatever a gazetteer holds; so is that
    name taken for another kind of entity when no gazetteer knows it or it owns something ("Sunil
    Kumar" ... "from Kumar's neighbourhood"). A full name
    the gazetteer knows is a place the recogniser took for a person ("Sekondi Takoradi")."""
    full = {e.text.split()[-1] for e in doc_entities(doc) if e.label_ == "PERSON" and len(e.text.split()) > 1
            and not embedded_gazetteer().lookup(e.text)}
    return {(e.start_char, e.end_char) for e in doc_entities(doc) if e.text in full and (
        e.label_ == "PERSON" or not embedded_gazetteer().lookup(e.text) or doc[e.end:e.end + 1].text in ("'s", "’s"))}


def _overlaps_any(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(mention.start < end and start < mention.end for start, end in spans)


def _scanned_names(text: str, start: int, end: int) -> list[Mention]:
    """A run of capitalised words and every shorter run in it ("Gainesville" in "Gainesville Police")."""
    words = [(start + word.start(), start + word.end()) for word in re.finditer(r"\S+", text[start:end])
             if word.group()[0].isupper()]
    return [Mention(first[0], last[1], "scan", sentence_start=first[0] == start and opens_sentence(text, start))
            for i, first in enumerate(words) for last in words[i:]]


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is the first of a sentence, a line or a quotation."""
    before = text[max(0, start - 4):start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:;\n" or start < 4 and not before.strip()


def _contains(mention: Mention, other: Mention) -> bool:
    """Whether `other` is the container the span of `mention` includes ("Dhaka" of "Dhaka - Shahbagh")."""
    return mention.container_span == (other.start, other.end) and mention.start <= other.start


def link_containers(text: str, mentions: list[Mention]) -> None:
    """Point each mention at the one naming what directly contains it, and that one back at it
    (`contents`): the next name of "X (A, B)" (X in A, A in B), or the next name after a comma,
    "in" or "area of" ("Paris, Texas", "Majengo area of Mombasa", "X in the Y District"); a name a
    possessive puts in another ("Congo's South Kivu province") lies in it, and what the text puts
    in the pair lies in the possessed name ("Kamanyola in Congo's South Kivu": in South Kivu)."""
    possessed = {id(owner): owned for owner, owned in zip(mentions, mentions[1:])
                 if _POSSESSIVE.fullmatch(text[owner.end:owned.start])}
    for mention, following in zip(mentions, mentions[1:]):
        if mention.container_span:
            start, end = mention.container_span
            container = next((m for m in mentions if m.start < end and start < m.end and m is not mention), None)
            mention.container = possessed.get(id(container), container)  # "X, a village in Burkina Faso's Est region"
        elif _CONTAINED_IN.fullmatch(text[mention.end:following.start]):
            mention.container = possessed.get(id(following), following)
        if mention.container is not None:
            mention.container.contents.append(mention)
    for owner in mentions:
        owned = possessed.get(id(owner))
        if owned is not None and owned.container is None:
            owned.container = owner
            owner.contents.append(owned)


def without_overlaps(text: str, mentions: list[Mention]) -> list[Mention]:
    """The strongest of overlapping mentions (by source, then length), in text order; not a name
    inside a known longer one ("Ongata" of "Ongata Rongai"), nor the first part of a name that goes on
    ("Duque" of the known "Duque de Caxias", "Lanao" of "Lanao del Sur")."""
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (PRIORITY[m.source], m.start - m.end, m.start)):
        if not mention.matches and any(other.matches and other.start <= mention.start and mention.end <= other.end
                                       and other.end - other.start > mention.end - mention.start for other in mentions):
            continue  # "Ongata" of a known "Ongata Rongai"
        if mention.source in ("gpe", "entity", "scan") and (_PARTICLE_GOES_ON.match(text, mention.end) or any(
                other.start == mention.start and other.end > mention.end and any(m.main for m in other.matches)
                for other in mentions)):
            continue  # "Duque", an entity cut short, of the known "Duque de Caxias"; "Lanao" of "Lanao del Sur"
        same = next((other for other in chosen if mention.overlaps(other) and not _contains(mention, other)
                     and not _contains(other, mention)), None)
        if same is None:
            chosen.append(mention)
        elif same.start == mention.start and same.container_span is None:
            same.container_span = mention.container_span  # "X village (Y, Z)", "X upazila (Y, Z)": in Z
            # whichever pattern won
    return sorted(chosen, key=lambda m: m.start)


def _entity_mentions(text: str, doc: Any) -> list[Mention]:
    mentions = []
    entities = doc_entities(doc)
    for entity, following in zip(entities, [*entities[1:], None]):
        start = entity.start_char
        end = entity.end_char
        if text[start:end].split()[-1].lower() in _INNER_NAME_WORDS and following is not None \
                and following.start_char == end + 1 \
                and embedded_gazetteer().lookup(re.sub(r"^[Tt]he\s+", "", text[start:following.end_char])):
            end = following.end_char  # the recogniser cut a known name in two: "the Republic of the" "Congo"
        name = text[start:end].split("\n")[0].rstrip()  # an entity run on over a line break
        if name.endswith(".") and len(name) > 2 and name[-2].islower():
            name = name[:-1]  # the full stop the recogniser took in ("in Abuja."), not an abbreviation's ("D.C.")
        if not name:
            continue
        end = start + len(name)
        if not _CAPITALISED.match(name):
            continue  # "ran into the bush": a common noun the recogniser took for a name
        whole = _whole_hyphenated(text, start, end)
        if whole != (start, end) and not _PAIR.fullmatch(text, *whole):  # "Mazar-i-Sharif" if the gazetteer
            mentions.append(Mention(*whole, "entity"))  # knows it, else the entity as cut; not "Meru-Isiolo"
        in_context = bool(_CONTEXT_PRECEDES.search(text[max(0, start - 30):start]) or _CONTEXT_FOLLOWS.match(text, end))
        if entity.label_ in ("GPE", "LOC", "FAC"):  # a GPE the gazetteer lacks is kept in a place's context
            mentions.append(Mention(start, end, "gpe" if entity.label_ == "GPE" and in_context else "entity"))
        elif entity.label_ in ("ORG", "PERSON") and in_context:
            mentions.append(Mention(start, end, "named"))
    return mentions


_INNER_NAME_WORDS = frozenset(_CONTEXT_WORDS["inner_name_word"])  # "of", "the", "de": inside a name, never its end


def _country_and_part(text: str, mention: Mention) -> list[Mention]:
    """A mention, or its two names when it is a country's part in the possessive ("Burkina Faso's
    Est region" is the country and its Est region; "Martha's Vineyard" stays one name)."""
    possessive = _POSSESSIVE.search(text, mention.start, mention.end)
    if possessive is None or not text[possessive.end():possessive.end() + 1].isupper() \
            or country_code(text[mention.start:possessive.start()]) is None:  # not "Malawi's capital"
        return [mention]
    return [Mention(mention.start, possessive.start(), mention.source), replace(mention, start=possessive.end())]


def _whole_hyphenated(text: str, start: int, end: int) -> tuple[int, int]:
    """An entity span widened to the whole of a hyphenated word the recogniser cut ("Mazar" of
    "Mazar-i-Sharif")."""
    if text[start - 1:start] in HYPHENS:
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in HYPHENS):
            start -= 1
    if text[end:end + 1] in HYPHENS:
        while end < len(text) and (text[end].isalnum() or text[end] in HYPHENS):
            end += 1
    while text[end - 1] in HYPHENS:
        end -= 1
    while text[start] in HYPHENS:
        start += 1
    return start, end


def _typed_as_a_division(pattern: re.Pattern, match: re.Match) -> bool:
    """Whether a typed place is called a division: "the department of Arauca" (not the city of
    Arauca), "the X region"."""
    if pattern is _TYPED:
        return match["type"].lower() in ADMIN_WORDS - NOT_DIVISION_WORDS
    return pattern is _AREA and bool(_DIVISION_AREA.search(match[0]))


def _pattern_mentions(text: str) -> list[Mention]:
    mentions = [Mention(start, end, "typed", admin_hint=_typed_as_a_division(pattern, m))
                for pattern in (_TYPED, _AREA, _BARE_AREA) for m in pattern.finditer(text)
                for start, end in _listed_names(pattern, m)]
    mentions += [Mention(m.start("name"), m.end("name"), "typed", container_span=m.span("unit") if m["unit"] else None)
                 for pattern in (_APPOSED, _SEAT_OF) for m in pattern.finditer(text)]
    mentions += [Mention(m.start("name"), m.end("name"), "typed") for m in _TITLED.finditer(text)]
    mentions += [Mention(m.start(part), m.end(part), "cue") for m in _ROAD.finditer(text)
                 for part in ("first", "second")]
    for m in _DIVISION.finditer(text):
        word = " ".join(m.group("word").lower().split())
        mentions.append(Mention(m.start("name"), m.end(), "division" if word in _NAMED_DIVISION else "state",
                                admin_hint=True, seat_named=word in _SEAT_NAMED, unit_country=UNIT_COUNTRIES.get(word)))
    mentions += [Mention(m.start("name"), m.end("name"), "typed", container_span=(m.start("unit"), m.end("unit")))
                 for m in _OF_DIVISION.finditer(text)]
    mentions += [Mention(m.start("name"), m.end("name"), "cue") for pattern in (_CUE, _HIT_OR_TAKEN, _LOCAL_CUE)
                 for m in pattern.finditer(text)]
    mentions += [Mention(m.start("name"), m.end("name"), "stated") for m in _STATED.finditer(text)]
    for m in _PAREN.finditer(text):
        if _UNIT_AFTER_ALIAS.match(text, m.end()):
            continue  # "Dagon Myothit (South) township": a part of the name, no place of its own
        offset = m.start("inner")
        items = [(offset + item.start(), offset + item.end()) for item in re.finditer(NAME, m.group("inner"))]
        if len(items) > 1:  # "X (A, B)": X in A, A in B
            mentions.append(Mention(m.start("name"), m.end("name"), "paren", container_span=items[0]))
        elif _names_a_division(text[slice(*items[0])]) or items[0][1] < m.end("inner"):  # "Shire (Tigray)",
            # "Olmekenyu (Narok county)": a unit named with its kind; not "Kabul (AFP)", "the CPI (India)"
            mentions.append(Mention(m.start("name"), m.end("name"), "bracketed", container_span=items[0]))
        mentions += [Mention(start, end, "paren" if len(items) > 1 else "aside", admin_hint=index == len(items) - 1,
                             container_span=items[index + 1] if index < len(items) - 1 else None)
                     for index, (start, end) in enumerate(items)]
    mentions += [Mention(m.start("anchor"), m.end("anchor"), "typed") for m in RELATIVE.finditer(text)]
    mentions += [Mention(m.start("name"), m.end("name"), "anchored") for m in _ANCHORED.finditer(text)]
    mentions += [Mention(m.start(), m.end(), "quarter", container_span=(m.start("city"), m.end("city")))
                 for m in _QUARTER.finditer(text)]
    return mentions


_AND = re.compile(r"\s+and\s+")


def _listed_names(pattern: re.Pattern, match: re.Match) -> list[tuple[int, int]]:
    """The spans a typed match names: each name of "the villages of Kompa and Karimama" (a plural type
    lists places), else the one name."""
    if pattern is not _TYPED or not match["type"].endswith("s") or " and " not in match["name"]:
        return [match.span("name")]
    start, spans = match.start("name"), []
    for joint in _AND.finditer(match["name"]):
        spans.append((start, match.start("name") + joint.start()))
        start = match.start("name") + joint.end()
    return spans + [(start, match.end("name"))]


def _names_a_division(name: str) -> bool:
    """Whether `name` is the name of a first-level division, other than a bare direction ("Ye Chin
    (North)" is one village's name)."""
    return name.lower() not in DIRECTIONS and any(match.place.feature == "admin1"
                                                   for match in embedded_gazetteer().lookup(name))


def _dateline_mentions(article: Article) -> list[Mention]:
    span = article.place_dateline
    if span is None:
        return []
    return [Mention(span.start + m.start(), span.start + m.end(), "dateline")
            for m in re.finditer(r"[^,.\s](?:[^,\n]*[^,.\s])?", article.text[span.start:span.end])]


@lru_cache(maxsize=1)
def _demonyms() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern finding demonyms ("Syrian", "Iraqis"), and their countries by lower-case form."""
    countries = {word.lower(): code for word, code in read_table("demonyms.tsv")}
    words = sorted(countries, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(word.title()) for word in words) + r")s?\b"), countries


@lru_cache(maxsize=1)
def _country_names() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern finding country names ("Kenya", "South Sudan"), and their codes by lower-case form."""
    from article2json.extractors.places.gazetteer import embedded_gazetteer

    gazetteer = embedded_gazetteer()
    names = {place.name: code for code, place in gazetteer.countries.items()}
    aliases = [(alias, code) for code, alias in read_table("country_aliases.tsv") if alias[:1].isupper()]
    shared = {alias for alias, count in Counter(alias for alias, _ in aliases).items() if count > 1}  # "Congo"
    names.update((alias, code) for alias, code in aliases if alias not in shared)
    names.update({name.upper(): code for name, code in names.items()})
    words = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(word) for word in words) + r")\b"), {
        name.lower(): code for name, code in names.items()}


@lru_cache(maxsize=1)
def _capital_phrase() -> re.Pattern:
    """ "Serbia's capital" ("Serbias", the apostrophe lost in scraping), "the Malian capital", not
    followed by the capital's name (a name of its own: "the Kenyan capital Nairobi") nor by a word
    that makes it money or a trade."""
    countries = _country_names()[0].pattern.removesuffix(r"\b")  # "Serbias": no word boundary after "Serbia"
    demonyms = _demonyms()[0].pattern
    return re.compile(rf"(?:(?P<country>{countries})['’]?s|\bthe\s+(?P<demonym>{demonyms}))\s+capital\b"
                      + _no_name_or_money_after())


def capital_mentions(text: str, dateline: list[str] = ()) -> list[Mention]:
    """The phrases that name a country's capital without its name ("rallies in Serbia's capital"),
    and "the capital" alone in a story whose body dateline is a capital or names a country
    ("ALGIERS — ... detained more than 100 people in the capital")."""
    if "capital" not in text:  # the phrase's one fixed word: most texts need no scan
        return []
    names, demonyms = _country_names()[1], _demonyms()[1]
    found = []
    for match in _capital_phrase().finditer(text):
        country = names.get((match.group("country") or "").lower()) or demonyms.get(
            (match.group("demonym") or "").lower())
        if country:
            found.append(Mention(match.start(), match.end(), "capital", capital_of=country))
    home = next((code for name in dateline for code in [names.get(name.lower()) or _capital_countries().get(name.lower())]
                 if code), None)
    if home:
        found += [Mention(match.start("capital"), match.end("capital"), "capital", capital_of=home)
                  for match in _bare_capital().finditer(text)]
    return found


def _no_name_or_money_after() -> str:
    """What may not follow "capital" for it to be a city the text does not name: the capital's own name
    ("the Kenyan capital Nairobi") or a word that makes it money or a trade (data/capital_words.tsv)."""
    not_cities = "|".join(re.escape(row[0]) for row in read_table("capital_words.tsv"))
    return rf"(?!,?[ \t]+[A-Z])(?![ \t]+(?:{not_cities})s?\b)"


@lru_cache(maxsize=1)
def _bare_capital() -> re.Pattern:
    """ "in the capital", not followed by a name or a word that makes it money ("the capital Nairobi");
    not "next to the capital", "near the capital": another place."""
    return re.compile(rf"\b(?i:{alternation(_CONTEXT_WORDS['capital_locative'])})\s+(?P<capital>the\s+capital)\b"
                      + _no_name_or_money_after())


@lru_cache(maxsize=1)
def _capital_countries() -> dict[str, str]:
    """A capital city's name (lower case) -> its country, for capitals no other country's shares."""
    by_name: dict[str, list[str]] = {}
    for code in _country_names()[1].values():
        name = capital_name(code)
        if name:
            by_name.setdefault(name.lower(), []).append(code)
    return {name: codes[0] for name, codes in by_name.items() if len(set(codes)) == 1}


def is_demonym(text: str) -> bool:
    return _demonyms()[0].fullmatch(text.strip()) is not None


# "Kenyan police", "the Nigerian army"
_HOME_FORCES = re.compile(rf"[\s\-]+(?:[A-Z]\w+\s+)?(?i:{alternation(_CONTEXT_WORDS['home_forces_word'])})\b")
# only say where they come from; "National" before a name is a party's ("Nigerian National Democratic Party")
_FOREIGN_PEOPLE = rf"{alternation(_CONTEXT_WORDS['foreigner_word'])}|nationals?(?!\s+(?-i:[A-Z]))"
_FOREIGNERS = re.compile(rf"[\s\-]+(?:[a-z]+\s+)?(?i:{_FOREIGN_PEOPLE})\b")
_ABROAD = re.compile(rf"[\s\-]+(?:[a-z]+\s+)?(?i:{_FOREIGN_PEOPLE}|{alternation(_CONTEXT_WORDS['abroad_word'])})\b")


_PEOPLE_TYPED_BEFORE = re.compile(rf"\b(?P<people>[{UPPER}]\w+)\s+(?:[a-z\-]+\s+)?{_TYPE}\s+of\s+(?:the\s+)?$")
_PEOPLE_TYPED_REACH = 60  # characters before a typed place that `_PEOPLE_TYPED_BEFORE` reads
_ELSEWHERE_BEFORE = re.compile(r"\b(?:from|border\s+with)\s+$")
_ELSEWHERE_REACH = 20  # characters before a country name that `_ELSEWHERE_BEFORE` reads
HOME_FORCES_RANK, REFERENCE_RANK, ABROAD_RANK = 0, 2, 3  # 1 is left for callers' own evidence


def country_reference_ranks(doc_or_text: Any) -> dict[str, tuple[int, int]]:
    """The countries a text refers to by demonym ("Syrian army" -> SY), by name ("Kenya Defence
    Forces", "raiders from Uganda") or by a kind of unit only one country has ("Guba woreda" -> ET),
    each with its rank and first position: HOME_FORCES_RANK when
    its own police, army or government act or one of its places is named ("a Kenyan village",
    "the Somali border town", a woreda), ABROAD_RANK when it is only named as where foreigners
    come from ("Ugandan raiders", "a Chinese-owned firm") or across a border ("near the border with
    Chad"), else REFERENCE_RANK. Takes a spaCy Doc
    or a string."""
    text = getattr(doc_or_text, "text", doc_or_text)
    ranks: dict[str, tuple[int, int]] = {}
    for code, start in unit_countries(text).items():
        ranks[code] = (HOME_FORCES_RANK, start)
    for pattern, countries in (_demonyms(), _country_names()):
        for match in pattern.finditer(text):
            code = countries[match.group(1).lower()]
            rank = (HOME_FORCES_RANK if _HOME_FORCES.match(text, match.end()) or _home_ground(text, match.end()) else
                    ABROAD_RANK if _ABROAD.match(text, match.end()) or _named_as_elsewhere(text, match.start())
                    else REFERENCE_RANK)
            ranks[code] = min(ranks.get(code, (rank, match.start())), (rank, match.start()))
    return ranks


@lru_cache(maxsize=1)
def _unit_words() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern finding the unit words of data/unit_countries.tsv, and their countries."""
    words = sorted(UNIT_COUNTRIES, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(word) for word in words) + r")\b", re.IGNORECASE), UNIT_COUNTRIES


def unit_countries(text: str) -> dict[str, int]:
    """The countries whose own kinds of unit the text names ("Kaliganj upazila" -> BD), each with
    the offset of its first such word."""
    pattern, countries = _unit_words()
    found: dict[str, int] = {}
    for match in pattern.finditer(text):
        found.setdefault(countries[match.group(1).lower()], match.start())
    return found


def _named_as_elsewhere(text: str, start: int) -> bool:
    """Whether a country name follows "from" or "border with": where foreigners come from, or the
    other side of a border ("near the border with Chad": the event is in the neighbour)."""
    return _ELSEWHERE_BEFORE.search(text, max(0, start - _ELSEWHERE_REACH), start) is not None


def people_country(text: str, start: int) -> str | None:
    """The country of the people named just before a typed place ("the Kenyan village of X",
    "a Nigerian border town of X"): the text says which country X is in."""
    match = _PEOPLE_TYPED_BEFORE.search(text, max(0, start - _PEOPLE_TYPED_REACH), start)
    return _demonyms()[1].get(match.group("people").lower()) if match else None


def _home_ground(text: str, end: int) -> bool:
    """Whether a place word (GEO_WORDS) follows a demonym, one lower-case word between at most. Not
    a border, which two countries share ("near the Afghan border"), nor a camp, which may be
    foreigners' ("an Iranian dissident camp in Iraq")."""
    following = _NEXT_WORDS.match(text, end)
    if following is None:
        return False
    first, second = following.group(1), following.group(2) or ""
    return first.lower() in _HOME_GROUND or first.islower() and second.lower() in _HOME_GROUND  # "border town"


_HOME_GROUND = GEO_WORDS - set(_CONTEXT_WORDS["not_home_ground"])
_NEXT_WORDS = re.compile(r"[\s\-]+([A-Za-z\-]+)(?:\s+([A-Za-z\-]+))?")


def country_references(doc_or_text: Any) -> list[str]:
    """ISO codes of the countries a text refers to (`country_reference_ranks`), best rank first,
    each rank in order of first mention."""
    ranks = country_reference_ranks(doc_or_text)
    return sorted(ranks, key=lambda code: ranks[code])


def demonym_counts(text: str, names: list[tuple[int, int]] = ()) -> dict[str, int]:
    """How often each country is referred to by demonym, not counting those that only say where
    people abroad come from ("Sudanese refugees" in Kakuma, "Chinese nationals", "a Turkish-owned
    firm"): such a text may well happen elsewhere; nor those inside `names`, the spans of persons'
    names ("Ahsan Danish")."""
    pattern, countries = _demonyms()
    counts: dict[str, int] = {}
    for match in pattern.finditer(text):
        if _FOREIGNERS.match(text, match.end()) or any(start <= match.start() < end for start, end in names):
            continue
        code = countries[match.group(1).lower()]
        counts[code] = counts.get(code, 0) + 1
    return counts
