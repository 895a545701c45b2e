"""`places`: every place the article names, resolved to a gazetteer entry.

Output (`places`; generated from `PlaceMention` in article2json/record.py): place mentions, in text order,
each with
- `text` (string): the name as written
- `start` (integer): offset of the first character
- `end` (integer): offset just past the last character
- `name` (string): the gazetteer's name ("Ar Raqqah"); the text's spelling of a town the gazetteer knows
  by another main name ("Andijan", GeoNames' "Andijon") or with accents ("Kandahar", GeoNames'
  "Kandahār"); the name as written when the gazetteer lacks it, without the unit word of a division
  ("Tetu" for "Tetu constituency")
- `country` (string or null): ISO 3166-1 alpha-2 code
- `admin1` (string or null): English name of the first-level division ("Ar Raqqah", "North Kivu")
- `admin2` (string or null): the unit between the place and its first-level division when the text names
  it ("Wote" in "Kolo (Wote, Makueni)"), else null
- `lat` (number or null): latitude, degrees WGS84
- `lon` (number or null): longitude, degrees WGS84
- `geonames_id` (integer or null): GeoNames id
- `feature` (string or null): country, admin1, city, locality, or region (wider than a country, or a
  district)
- `anchor` (object {`name`, `distance_km`} or null): for a relative location ("the Jaedin area (50 km from
  the town of Rusafa)"), the place it is given from; a place the gazetteer lacks then takes the anchor's
  coordinates
- `population` (integer or null): the population the gazetteer knows

A district the gazetteer lacks ("Anderson County") may take the coordinates of the town it is
named after when that town is near the article's other places.

Candidate spans come from `places.mentions`. A name is settled by the countries the article
refers to (body dateline, country names, demonyms, places already settled), the divisions it
names, nearby places and population, so the obvious city beats a far-away village of the same
name. Demonyms ("Syrian army") are context, not places: `country_references(doc)` lists the
countries they name. The outlet and dateline header lines are skipped.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any, Iterator, Mapping

from article2json.extractors.base import Article, Extractor, Span
from article2json.extractors.data_files import alternation, read_table, read_word_lists, read_words
from article2json.extractors.dates.words import number_value
from article2json.extractors.entities import in_metadata_lines
from article2json.extractors.places.gazetteer import (ADMIN_WORDS, CITY_POPULATION, Match, Place, capital_city,
                                               capital_name, distance_km, embedded_gazetteer, name_key, name_keys)
from article2json.extractors.places.geonames_dump import dump_gazetteer
from article2json.extractors.places.hierarchy import (admin2_name, container_bonus, containers, contents_bonus,
                                                     contradicts_contents, located_by_containers, outside_stated_country,
                                                     stated_as_division, stated_container)
from article2json.extractors.places.mentions import (DIRECTIONS, DIVISION_SUFFIX, GEO_WORDS, KEEP_UNRESOLVED, KM_PER_UNIT,
                                                    LOCATIVE_WORDS, NAME, NOT_DIVISION_WORDS, PARTICLE_NAME, RELATIVE,
                                                    UPPER, Mention, called_a_village, candidate_mentions,
                                                    country_reference_ranks, country_references, demonym_counts,
                                                    facility_words, is_demonym,
                                                    link_containers, organisation_words, people_country,
                                                    unit_countries, without_overlaps)
from article2json.extractors.per_doc import doc_entities

__all__ = ["PlacesExtractor", "country_reference_ranks", "country_references", "facility_words"]

_NOT_PLACES = frozenset(name_key(word) for word in read_word_lists("place_context_words.tsv")["not_place"])
_LEADING_WORDS = frozenset(f"the {LOCATIVE_WORDS}".split())
_PART_WORDS = frozenset(read_words("part_words.tsv"))  # "Wajir North" sub-county: in Wajir
BIG_CITY = 100_000
UNKNOWN_ADMIN1 = ".00"  # GeoNames' first-level division code of a place it files under none
NEAR_ANCHOR_KM = 50  # a place the gazetteer lacks this close to its anchor is taken to lie in its division
COUNTY_TOWN_KM = 50  # a town this close to a county's centre may be in it
FULL_EVIDENCE = 1.0  # the weight of country evidence that earns the full country bonus


@lru_cache(maxsize=None)
def _street_words(position: str) -> frozenset[str]:
    """data/street_words.tsv: words naming a street `position` ("before", "after") its name."""
    return frozenset(word for word, where in read_table("street_words.tsv") if where == position)


def _names_a_street(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`-`end` is a street's or square's: it follows a word naming one
    ("Plaza San Martin") or precedes one in lower case ("Didouche Mourad street")."""
    before = text[max(0, start - 20):start]
    following = re.match(r"\s+([a-z]+)\b", text[end:end + 20])  # "Memphis Street" is a name of its own, which
    # gazetteer benchmarks count as a place
    return bool(before.endswith(" ") and before.split() and before.split()[-1] in _street_words("before")) \
        or bool(following and following.group(1) in _street_words("after"))


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    return frozenset(row[0] for row in read_table("people_words.tsv"))


@lru_cache(maxsize=1)
def _site_words() -> frozenset[str]:
    return frozenset(row[0] for row in read_table("site_words.tsv"))


def _possessor(words: list[str]) -> int:
    """How many words a possessor takes at the start of a name ("North Sinai's Bir al-Abd": 2), 0 for none."""
    return next((i + 1 for i in range(len(words) - 2, -1, -1) if re.search(r"['’]s$", words[i])), 0)


def _names_a_site(text: str, end: int) -> bool:
    """Whether a name is followed by a word for a site in a town (data/site_words.tsv: "the K4
    junction", "Meskel Square"): the site's name, not a town's."""
    following = re.match(r"\s+([A-Za-z]+)\b", text[end:end + 20])
    return bool(following and following.group(1).lower() in _site_words())


class PlacesExtractor(Extractor):
    """Places named in the article, resolved to GeoNames entries (country, admin1, coordinates)."""

    name = "places"
    requires = ("doc",)
    spacy_components = frozenset({"ner"})

    def __call__(self, article: Article, found: Mapping[str, Any]) -> list[dict[str, Any]]:
        text = article.text
        mentions = without_overlaps(text, [part for mention in candidate_mentions(article, found["doc"])
                                     for part in self._hyphen_parts(text, mention) if self._resolve(text, part)])
        _villages_throughout(mentions)
        link_containers(text, mentions)
        persons = [(e.start_char, e.end_char) for e in doc_entities(found["doc"]) if e.label_ == "PERSON"]
        context = ArticleContext(text, mentions, persons)
        for final in (False, True, True):  # again, knowing what the readings say about the article
            for mention in mentions:
                choose(mention, context, final)
            context.learn(mentions)
        mentions = [m for m in mentions if m.choice or self._may_stay_unknown(m) and located_by_containers(m)
                    and not _named_as_a_people(text, m.name)]
        attach_anchors(text, mentions)
        for mention in sorted(mentions, key=lambda m: not (m.anchor or containers(m))):  # what the text places
            infer_region(text, mention, mentions, context, article.place_dateline,  # first, so a namesake can
                         self.lookup)  # follow it
        mentions = sorted(mentions + _named_again(article, mentions), key=lambda m: m.start)
        divisions = embedded_gazetteer().admin1
        return [as_json(text, m, divisions) for m in mentions]  # a name in a place slot even when unplaced

    def lookup(self, name: str) -> list[Match]:
        """The places `name` may be, from the embedded gazetteer and the user's GeoNames dump."""
        matches = embedded_gazetteer().lookup(name)
        if self.options.gazetteer:
            known = {m.place.geonames_id for m in matches}
            matches += [m for m in dump_gazetteer(self.options.gazetteer).lookup(name)
                        if m.place.geonames_id not in known]
        pair = _HYPHENED_PAIR.fullmatch(name) if not matches else None
        if pair:  # "Sistan-Baluchestan": the division GeoNames calls "Sistan and Baluchestan"
            matches = [m for m in self.lookup(f"{pair[1]} and {pair[2]}") if m.place.feature == "admin1"]
        return matches

    def _hyphen_parts(self, text: str, mention: Mention) -> list[Mention]:
        """"Gaza-Israel" (a war, a border) names two places; "Guinea-Bissau" and "Al-Omar" one; "Béjaïa and
        Tizi Ouzou" two when the gazetteer knows each and not the whole ("Trinidad and Tobago": one)."""
        name = text[mention.start:mention.end]
        listed = _LISTED_PAIR.fullmatch(name)
        if listed and not self.lookup(name) and all(self.lookup(part) for part in listed.groups()):
            return [Mention(mention.start + listed.start(n), mention.start + listed.end(n), mention.source) for n in (1, 2)]
        parts = list(re.finditer(rf"[{UPPER}][^\s\-–]{{2,}}", name))
        if (mention.source not in ("entity", "gpe", "named", "scan") or len(parts) != 2
                or not re.fullmatch(r"\S+[\-–]\S+", name) or self.lookup(name)
                or not all(self.lookup(part.group()) for part in parts)):
            return [mention]
        return [Mention(mention.start + p.start(), mention.start + p.end(), mention.source) for p in parts]

    def _resolve(self, text: str, mention: Mention) -> bool:
        """Fill `mention.matches`: "the" and words like "desert" leave the span, words like
        "Governorate" only the name looked up. False when the span names no place, or names a
        square or street ("Plaza San Martin")."""
        if mention.capital_of:  # "Serbia's capital": the capital city the country record names
            mention.name = capital_name(mention.capital_of) or ""
            city = capital_city(mention.capital_of, self.lookup)
            mention.matches = [Match(city, True)] if city else []
            return bool(mention.matches)
        name = re.sub(r"['’]s$", "", text[mention.start:mention.end])
        mention.end = mention.start + len(name)
        mention.village = called_a_village(text, mention.start, mention.end)
        if mention.source == "quarter":  # "Dhaka - Shahbagh": no gazetteer entry, placed by its city
            mention.name = name
            return True
        if _names_a_street(text, mention.start, mention.end) or self._names_a_site_in_a_town(text, mention.end):
            return False
        while True:
            if name_key(name) in _NOT_PLACES or name.lower() in GEO_WORDS or is_demonym(name) and not mention.admin_hint:
                return False  # "Town" of "in Fino Town, Mandera County": a unit word, no name
            matches = [m for m in self.lookup(name) if usable(m, mention, name)]
            words = name.split()
            if matches or len(words) < 2:
                break
            last = words[-1].lower()
            if len(words) > 2 and words[0].lower() in _people_words() and words[1] == "of":
                # "Residents of Kamiti village": the people of the place, then its name
                rest = name[len(words[0]):].lstrip()[len(words[1]):].lstrip()
                mention.start += len(name) - len(rest)
                name = rest
            elif words[0].lower() in _LEADING_WORDS or words[0] in DIRECTIONS or _possessor(words):
                # "the", a sentence's "In" ("In West Pokot county"), a lowercase direction ("north Niger": the
                # country, not a place called so), a possessor ("Congo's South Kivu province": South Kivu;
                # "North Sinai's Bir al-Abd district": Bir al-Abd)
                offset = [m.start() for m in re.finditer(r"\S+", name)][max(1, _possessor(words))]
                mention.start += offset
                name = name[offset:]
            elif mention.source in ("division", "state") and (unit := DIVISION_SUFFIX.search(name)) is not None:
                # the unit word the division was found by, of one word or several: "Kajuru Local Government Area"
                mention.admin_hint = True
                name = name[:unit.start()]
            elif last in ADMIN_WORDS and last not in NOT_DIVISION_WORDS:
                mention.admin_hint = True
                name = name[:len(name) - len(words[-1])].rstrip()
            elif last in GEO_WORDS:
                name = name[:len(name) - len(words[-1])].rstrip()
                mention.end = mention.start + len(name)
            elif last in _PART_WORDS and mention.source in ("division", "state", "paren", "aside", "typed"):
                name = name[:len(name) - len(words[-1])].rstrip()  # "Wajir North" sub-county: in Wajir
            elif last in facility_words():  # "Faridpur Press Club": at Faridpur, else no place at all
                if last in organisation_words():  # "the Unity Party": no place at all
                    return False
                town = next((" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)
                             if self.lookup(" ".join(words[:n]))), None)
                if town is None:
                    return False
                name = town
                mention.end = mention.start + len(name)
            else:
                break
        joined = None if matches else _JOINED_BEFORE.search(text, max(0, mention.start - JOINED_REACH), mention.start)
        if joined:  # "Sistan and Baluchestan province": one division's name of two words joined by "and"
            longer = f"{joined['first']} and {name}"
            found = [m for m in self.lookup(longer) if usable(m, mention, longer)]
            if found:
                mention.start, name, matches = joined.start("first"), longer, found
        mention.name, mention.matches = name, matches + self._divisions_without_word(name, matches)
        return bool(mention.matches) or self._may_stay_unknown(mention) and not _names_a_site(text, mention.end)

    def _names_a_site_in_a_town(self, text: str, end: int) -> bool:
        """Whether a name is a site's that the text puts in a town ("struck al-Rawda mosque in Bir al-Abd":
        the mosque's name, not a town al-Rawda; not "Goma airport in North Kivu", named after its town)."""
        town = _SITE_IN.match(text, end)
        return town is not None and town.group(1).lower() in _site_words() and any(
            m.place.feature in ("city", "locality") for m in self.lookup(town.group(2)))

    def _may_stay_unknown(self, mention: Mention) -> bool:
        """Whether a name no reading fits is still a place: one of a place slot (KEEP_UNRESOLVED),
        not an acronym ("a sit-in at DC office") unless it is a dateline's, and not the people of
        a division or country named after them ("killings of Amharas")."""
        name = mention.name
        return mention.source in KEEP_UNRESOLVED and not (mention.source != "dateline" and _ACRONYM.fullmatch(name)) \
            and not (name.endswith("s") and any(m.main and m.place.feature in ("admin1", "country")
                                                for m in self.lookup(name[:-1])))

    def _divisions_without_word(self, name: str, matches: list[Match]) -> list[Match]:
        """"Eastern Region" is the full name of one country's division and the plain name of
        another's ("Eastern"): those of the plain name, as alternates, unless named otherwise
        ("Eastern Province")."""
        words = name.split()
        if not matches or len(words) < 2 or words[-1].lower() not in ADMIN_WORDS - NOT_DIVISION_WORDS:
            return []
        known = {m.place.geonames_id for m in matches}
        return [Match(m.place, False) for m in self.lookup(" ".join(words[:-1]))
                if m.place.feature == "admin1" and m.place.geonames_id not in known
                and m.place.name.split()[-1].lower() not in ADMIN_WORDS - {words[-1].lower()}]


_SITE_IN = re.compile(rf"\s+([A-Za-z]+)\s+(?:in|at)\s+({NAME})")  # "... mosque in Bir al-Abd"
_LISTED_PAIR = re.compile(r"(.+?) and (.+)")  # two names "and" joins, or one: "Béjaïa and Tizi Ouzou"
_HYPHENED_PAIR = re.compile(rf"([{UPPER}]\w+)-([{UPPER}]\w+)")  # two names a hyphen joins for "and"
_ACRONYM = re.compile(rf"[{UPPER}]{{2,4}}")  # unknown capitals other than a dateline's: "sit-in at DC office", "BNP"


def _villages_throughout(mentions: list[Mention]) -> None:
    """A name the text calls a village once is that village wherever the text names it ("an attack on
    the village of Segue" ... "the killings in Segue"): no big city reading for any of its mentions."""
    villages = {name_key(m.name) for m in mentions if m.village}
    for mention in mentions:
        if not mention.village and name_key(mention.name) in villages:
            mention.village = True
            mention.matches = [m for m in mention.matches if usable(m, mention, mention.name)]


_BRACKET_AFTER = re.compile(r"\s*\(")
_JOINED_BEFORE = re.compile(rf"(?P<first>[{UPPER}][\w\-']+)\s+and\s+$")  # "Sistan and " before "Baluchestan"
JOINED_REACH = 40  # characters before a name searched for the first half of a name joined by "and"
SLOTS_NAMED_AGAIN = frozenset({"typed", "anchored", "division", "stated"})  # not a recogniser's GPE, a dateline
# or brackets alone ("coded as X (North)"): a name only they made a place is too often none, or misplaced, to repeat


_PEOPLE_MARK = re.compile(rf"(?:\s+and\s+[{UPPER}][\w\-]+)?\s+"
                          rf"(?i:{alternation(read_word_lists('place_context_words.tsv')['people_marker'])})\b")


def _occurrences(text: str, name: str) -> Iterator[re.Match]:
    """Where `text` names `name` as a whole word or words."""
    return re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)


def _named_as_a_people(text: str, name: str) -> bool:
    """Whether the text uses `name` as a people's name somewhere ("Mayangna and Miskito indigenous
    people", "Borana clansmen")."""
    return bool(name) and any(_PEOPLE_MARK.match(text, found.end()) for found in _occurrences(text, name))


def _named_again(article: Article, kept: list[Mention]) -> list[Mention]:
    """Where the text names again a place the gazetteer lacks but a slot of the text kept ("stormed
    Yandoton Daji, a farming village in Tsafe" ... "The attack on Yandoton Daji"), whatever the
    recogniser took that span for: the same place, where the text placed it first."""
    text, again = article.text, []
    first = {}  # each name's first kept mention: where the text placed it (its anchor, its container)
    for m in kept:
        if m.choice is None and m.name and text[m.start:m.end] == m.name and m.source in SLOTS_NAMED_AGAIN \
                and m.admin1:  # placed in a division: an unplaced name says too little to be worth the risk
            first.setdefault(m.name, m)
    for name, twin in sorted(first.items()):
        for found in _occurrences(text, name):
            mention = Mention(found.start(), found.end(), "scan", name=name, country=twin.country, admin1=twin.admin1,
                              anchor=twin.anchor, container=twin.container)
            if not any(mention.overlaps(m) for m in kept + again) and not _BRACKET_AFTER.match(text, mention.end) \
                    and not in_metadata_lines(article, mention.start, mention.end):  # "X (North)" states its own
                again.append(mention)
    return again


def usable(match: Match, mention: Mention, name: str) -> bool:
    """Whether `match` is a reading worth considering: a division called by a bare direction
    ("Eastern", "South") only when the text says it is a division; no big city for a name the text
    calls a village ("the village of Segue" is not Segou, a city also spelt so)."""
    if mention.village and match.place.feature in ("city", "locality") and match.place.population >= BIG_CITY:
        return False
    if match.place.feature == "admin1" and not mention.admin_hint and mention.source != "paren":
        return not {name_key(word) for word in re.split(r"[\s\-]+", name)} <= DIRECTIONS
    return True


@lru_cache(maxsize=1)
def _currency_signs() -> tuple[re.Pattern, dict[str, str]]:
    signs = {sign: country for sign, country in read_table("currency_signs.tsv")}
    alternatives = "|".join(re.escape(sign) for sign in sorted(signs, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z$])({alternatives})\s?\d"), signs


def priced_in(text: str) -> str | None:
    """The country whose currency sign comes first before an amount (data/currency_signs.tsv)."""
    pattern, signs = _currency_signs()
    found = pattern.search(text)
    return signs[found.group(1)] if found else None


def haversine_km(a: Place, b: Place) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)


class ArticleContext:
    """Where the article happens: countries by weight, the divisions it names, places settled.
    What each name says about the article's countries is kept apart (`named_by_name`,
    `learned_by_name`), so that a name is not its own evidence when the text has other:
    "Eastleigh" beside "Nairobi" is weighed by Nairobi."""

    def __init__(self, text: str, mentions: list[Mention], persons: list[tuple[int, int]] = ()) -> None:
        demonyms = demonym_counts(text, persons)
        self.named: Counter[str] = Counter(demonyms)  # what the text says, before any reading
        self.named.update(unit_countries(text).keys())  # "Guba woreda": a place in Ethiopia
        self.named_by_name: dict[str, Counter[str]] = defaultdict(Counter)  # what each name says of it
        for mention in mentions:
            own = self.named_by_name[name_key(mention.name)]
            countries = {m.place.country for m in mention.matches if m.place.feature == "country" and m.main}
            divisions = {m.place.country for m in mention.matches if m.place.feature == "admin1" and m.main}
            country = next(iter(countries)) if len(countries) == 1 and not divisions else None  # not "Georgia"
            if country and mention.source not in ("division", "state"):  # "Niger State" is no country
                own[country] += 3 if mention.source == "dateline" else 1
            candidates = {m.place.country for m in mention.matches if m.main and m.place.country}
            for candidate in candidates if mention.source not in ("scan", "cue", "bracketed", "anchored") else ():
                own[candidate] += 0.5 / len(candidates)  # "Raqqa" says more than "Paris"; a name placed by its
                # distance from a town ("Kolo, 40 km north of Dori") is the town's to place
        for own in self.named_by_name.values():
            self.named.update(own)
        currency = priced_in(text)
        if currency and not demonyms and not any(m.main and m.place.feature in ("country", "admin1")
                                                             for mention in mentions for m in mention.matches):
            self.named[currency] += 1  # a council's "$765,000" in a text naming no country or state: a US town
        self.countries: Counter[str] = Counter(self.named)
        self.learned_by_name: dict[str, Counter[str]] = defaultdict(Counter)  # what each name's reading says
        self.admin1: set[str] = set()
        self.settled: list[tuple[Mention, Place]] = []
        self.readings = [(name_key(mention.name), m.place) for mention in mentions for m in mention.matches
                         if m.main and m.place.lat is not None and m.place.feature in ("city", "locality", "region")]
        self._others: dict[str, Counter[str]] = {}  # `others` by name key, until the next `learn`

    def learn(self, mentions: list[Mention]) -> None:
        """Take the countries, divisions and coordinates of the places chosen now as context."""
        self.countries, self.admin1, self.settled = Counter(self.named), set(), []
        self.learned_by_name, self._others = defaultdict(Counter), {}
        for mention in mentions:
            place = mention.choice.place if mention.choice and mention.choice.main else None
            if place is None or place.feature == "country":  # an alternate name teaches nothing
                continue
            if place.country:
                self.countries[place.country] += 0.5
                self.learned_by_name[name_key(mention.name)][place.country] += 0.5
            if place.feature == "admin1" and place.admin1:
                self.admin1.add(place.admin1)
            if place.lat is not None and (place.feature in ("city", "locality", "admin1") or place.admin1):
                self.settled.append((mention, place))  # towns, divisions and counties

    def others(self, mention: Mention) -> Counter[str]:
        """The countries by weight, without what `mention`'s own name contributed, unless
        nothing else in the text says where it is ("Protest in Mwingi town")."""
        key = name_key(mention.name)
        if key not in self._others:
            own = self.named_by_name.get(key, Counter()) + self.learned_by_name.get(key, Counter())
            self._others[key] = self.countries - own or self.countries
        return self._others[key]

    def country_bonus(self, country: str | None, mention: Mention, full: float = 0.0) -> float:
        """0 to 3: how much the rest of the article is about `country`, against the country it is
        most about; in full only when that evidence weighs at least `full` (scoring asks for a
        whole unit, a country named or a town placed there, not only the readings of ambiguous
        names: "Rampura" has readings in India only, yet says little)."""
        countries = self.others(mention)
        if not country or not countries:
            return 0.0
        return 3.0 * countries[country] / max(max(countries.values()), full)

    def nearness_bonus(self, mention: Mention, place: Place) -> float:
        """0 to 2: how close `place` is to the places settled for other names."""
        if place.lat is None:
            return 0.0
        key = name_key(mention.name)
        nearest = min((haversine_km(place, other) for owner, other in self.settled
                       if name_key(owner.name) != key and other.geonames_id != place.geonames_id), default=math.inf)
        if nearest > 1500 and len(self.settled) >= 2:
            return -1.5
        return 2.0 if nearest < 50 else 1.5 if nearest < 150 else 0.75 if nearest < 400 else 0.0


    def county_bonus(self, mention: Mention, place: Place) -> float:
        """1.5 when a town and a county the article names can be read as the town in that county
        ("Huntsville" and "Walker County": Huntsville, Texas, not Alabama), for either reading."""
        if place.lat is None or place.feature not in ("city", "locality", "region"):
            return 0.0
        key, wants_county = name_key(mention.name), place.feature != "region"
        return 1.5 if any(other_key != key and (other.feature == "region") == wants_county
                          and haversine_km(place, other) <= COUNTY_TOWN_KM for other_key, other in self.readings) else 0.0


def score(match: Match, mention: Mention, context: ArticleContext, final: bool) -> float:
    """How likely `mention` names `match.place`: population, kind of place, context."""
    place = match.place
    value = math.log10(place.population + 10) if place.feature != "region" else 6.0
    if place.feature == "country":
        value += 2.0
    elif place.feature == "admin1":
        value += 2.5 if mention.admin_hint or contains_a_division(mention) else \
            -1.5 if namesake_city(mention, place) else 0.0
    elif mention.admin_hint:
        value -= 2.0
    if not match.main:
        value -= 1.0
    value += context.country_bonus(place.country, mention, FULL_EVIDENCE)
    if place.feature != "admin1" and place.admin1 in context.admin1:
        value += 2.0
    value += context.county_bonus(mention, place)
    value += contents_bonus(mention, place)
    if final:
        value += context.nearness_bonus(mention, place) + container_bonus(mention, place)
    return value


def contains_a_division(mention: Mention) -> bool:
    """Whether the text puts a unit it calls a district, county or the like inside `mention` ("in
    Nahri Shahi district, Balkh"): then `mention` names a division too, Balkh province and not the
    town of Balkh."""
    return any(inner.admin_hint and inner.source in ("division", "state") for inner in mention.contents)


def namesake_city(mention: Mention, division: Place) -> bool:
    """Whether `mention` may also name a city of the country of `division` ("Homs", "Washington")."""
    return any(m.place.feature in ("city", "locality") and m.main and m.place.country == division.country
               and (m.place.admin1 == division.admin1 or m.place.population >= 50_000) for m in mention.matches)


def choose(mention: Mention, context: ArticleContext, final: bool) -> None:
    """Pick the best reading of `mention`, if it has one good enough for where it was found."""
    ranked = sorted(mention.matches, key=lambda m: (-score(m, mention, context, final), m.place.geonames_id or 0))
    best = next((match for match in ranked if match.place.country == ranked[0].place.country  # "Wajir" town
                 and acceptable(match, mention, context, final)), None)  # too small: the division named after it
    mention.choice = best
    mention.country, mention.admin1 = (best.place.country, _admin1_code(mention, best.place)) if best else (None, None)


def _admin1_code(mention: Mention, place: Place) -> str | None:
    """The first-level division of the place chosen for `mention`; for a place GeoNames files under
    none (code "00"), that of a unit of its country the text says contains it ("the village of
    Tsakholo in Lesotho's Mafeteng district")."""
    if place.feature == "country" or place.admin1 and not place.admin1.endswith(UNKNOWN_ADMIN1):
        return place.admin1
    return next((c.choice.place.admin1 for c in containers(mention) if c.choice and c.choice.place.admin1
                 and not c.choice.place.admin1.endswith(UNKNOWN_ADMIN1) and c.choice.place.country == place.country),
                place.admin1)


def acceptable(match: Match, mention: Mention, context: ArticleContext, final: bool) -> bool:
    """Whether to take `match`. Never a small place (or one known by an alternate name) in a
    country the article is not about, or outside the country the text says contains it; a
    division the gazetteer lacks ("Anderson County") only when the town it is named after is
    near the article's other places; a bare capitalised name only under its own name, for a
    sizeable place or one in the article's main country."""
    place, bonus = match.place, context.country_bonus(match.place.country, mention)
    small = place.feature in ("city", "locality") and place.population < BIG_CITY
    county = place.feature == "region" and place.country is not None  # "Madera County", California
    foreign = bool(context.others(mention)) and bonus < 0.75
    container = stated_container(mention)
    doubtful = final and (small or county or not match.main) and not contents_bonus(mention, place)  # a reading
    # the text must not contradict, unless it holds a place the text puts in it
    if doubtful and (foreign or container and container.country != place.country):
        return False
    if doubtful and container and container.feature != "country" and not container_bonus(mention, place):
        return False  # "the Majengo area of Mombasa": not the Majengo far from Mombasa; "the Dniprovskyi
        # district of Kherson": not Kyiv's
    if final and (contradicts_contents(mention, place) or outside_stated_country(mention, place)):
        return False
    if match.main and stated_as_division(mention, place):
        return True
    if mention.admin_hint and small:  # "Anderson County": the town it is named after, when near the others
        return final and (place.admin1 in context.admin1 or context.nearness_bonus(mention, place) >= 1.5
                          or mention.seat_named and match.main and bonus >= 3.0)
    if mention.source == "cue":
        return not small or bonus >= 0.75 or not context.others(mention) and place.population >= 20_000
    source = "scan" if mention.source == "bracketed" and container is None else mention.source  # "Mirpur
    # (Mirpur)": brackets that hold no division say nothing of the name before them
    if source not in ("scan", "named"):
        return True
    if source == "named":  # an alternate name only for a sizeable place where the article is
        return match.main or not foreign and place.population >= CITY_POPULATION
    if not match.main or small and (mention.sentence_start or mention.group_name):
        return False
    if place.feature in ("country", "region"):
        return True
    if not small:
        return not foreign or place.population >= 1_000_000
    return final and bonus >= 2.0 and place.population >= 1000


def attach_anchors(text: str, mentions: list[Mention]) -> None:
    """"X (50 km from Y)": X keeps its name and records Y and the distance."""
    for relative in RELATIVE.finditer(text):
        anchor = next((m for m in mentions if m.start < relative.end("anchor") and relative.start("anchor") < m.end),
                      None)
        named = [m for m in mentions if m.end <= relative.start() and relative.start() - m.end <= 40
                 and not re.search(r"[.;:]", text[m.end:relative.start()])]
        if anchor is None or not named:
            continue
        number = relative.group("number")
        count = float(number) if number[0].isdigit() else number_value(number)  # "40", "six"
        distance = count * KM_PER_UNIT[relative.group("unit")]
        named[-1].anchor = (anchor, round(distance, 1))


def infer_region(text: str, mention: Mention, mentions: list[Mention], context: ArticleContext,
                 dateline: Span | None, lookup) -> None:
    """Country and admin1 of a place the gazetteer lacks: its anchor's (of a far anchor, only the
    country, with the one division the article names there), else those of the places
    the text says contain it, else those of the known place it names a part of ("North Mitrovica",
    looked up by `lookup`), else those of a place of
    the same name, else those of the nearest settled place in the same paragraph but the body's
    `dateline` (where the report was filed: "BOGOTA, Oct 8 (Reuters) - ... in the Catatumbo
    region"), else the country of that dateline when the name is in its paragraph, else the article's
    main country (and, for either, the one division the article names there, if just one)."""
    if mention.choice:
        return
    if mention.anchor and mention.anchor[0].country and mention.anchor[1] > NEAR_ANCHOR_KM:
        mention.country = mention.anchor[0].country  # "about 100 km north of the capital": not the capital's
        mention.admin1 = _one_named_division(context, mention.country)  # division
        return
    source = mention.anchor[0] if mention.anchor and mention.anchor[0].country else None
    source = source or next((c for c in containers(mention) if c.country), None)  # "X (A, Region)"
    whole = _whole_of_a_part(mention, context, lookup) if source is None or not source.admin1 else None
    if whole is not None:  # "North Mitrovica": in Mitrovica's division
        mention.country, mention.admin1 = whole.country, whole.admin1
        return
    country = None if source else people_country(text, mention.start)  # "the Kenyan village of X"
    if country:
        mention.country, mention.admin1 = country, None
        return
    keys = set(name_keys(mention.name))
    source = source or next((m for m in mentions if m.country and m is not mention and keys & set(name_keys(m.name))),
                            None)  # "Al-Rusafa" where "Rusafa" is placed
    if source is None:
        nearby = [m for m in mentions if m.choice and m.choice.place.feature not in ("region", "country")
                  and "\n" not in _between(text, mention, m) and len(_between(text, mention, m)) < 300
                  and not (dateline and dateline.start <= m.start < dateline.end)]
        source = min(nearby, key=lambda m: abs(m.start - mention.start), default=None)
    if source is not None:
        mention.country, mention.admin1 = source.country, source.admin1
    elif (filed := next((m for m in mentions if m.country and dateline and dateline.start <= m.start < dateline.end
                         and "\n" not in _between(text, mention, m)), None)) is not None:
        # "TYRE, Lebanon — An Israeli drone struck ... the village of Majdal Zoun": Lebanon
        mention.country, mention.admin1 = filed.country, _one_named_division(context, filed.country)
    elif context.countries:
        mention.country = max(sorted(context.countries), key=lambda code: context.countries[code])
        mention.admin1 = _one_named_division(context, mention.country)


def _whole_of_a_part(mention: Mention, context: ArticleContext, lookup) -> Place | None:
    """The known place in the article's countries that a name the gazetteer lacks names a part of by
    a direction before it ("North Mitrovica", "South Mitrovica": Mitrovica), else None."""
    words = mention.name.split()
    if len(words) < 2 or words[0].lower() not in DIRECTIONS:
        return None
    places = [m.place for m in lookup(" ".join(words[1:])) if m.place.country in context.countries]
    return max(places, key=lambda p: (context.countries[p.country], p.population), default=None)


def _one_named_division(context: ArticleContext, country: str) -> str | None:
    """The first-level division of `country` the article names, when it names just one."""
    divisions = [code for code in sorted(context.admin1) if code.startswith(f"{country}.")]
    return divisions[0] if len(divisions) == 1 else None


def _between(text: str, a: Mention, b: Mention) -> str:
    return text[min(a.end, b.end):max(a.start, b.start)]


def _output_name(mention: Mention, place: Place | None) -> str:
    """The place's gazetteer name; the text's spelling when the text names a town by another of
    its spellings ("Andijan" for GeoNames' "Andijon") or without the gazetteer's accents and
    apostrophes ("Kandahar" for "Kandahār", "Mekele" for "Mek'ele", as analysts and jq filters
    write it); the name without its unit word for a division the gazetteer lacks ("Tetu" for "Tetu
    constituency", as ACLED codes it; `feature` "region" says it is a division); an unknown name written
    in capitals in title case."""
    if place is None:  # "KARIMAMA, Benin —": a dateline in capitals names "Karimama"
        return mention.name.title() if mention.name.isupper() and len(mention.name) > 4 else mention.name
    if mention.choice and (not mention.choice.main or not place.name.isascii() or "'" in place.name) \
            and place.feature in ("city", "locality") \
            and not mention.capital_of and (mention.name[:1].isupper() or PARTICLE_NAME.match(mention.name)):
        return mention.name.title() if mention.name.isupper() else mention.name  # "KIEV" dateline: "Kiev"
    return place.name


def as_json(text: str, mention: Mention, divisions: Mapping[str, Place]) -> dict[str, Any]:
    """The output object of a mention, keys in the documented order. A place the gazetteer lacks
    takes the coordinates of the smallest known unit containing it: its anchor, a container the
    text states, else its first-level division (`divisions`: the gazetteer's, by code)."""
    place = mention.choice.place if mention.choice else None
    anchor = mention.anchor[0] if mention.anchor else None
    division = divisions.get(mention.admin1 or "")
    located = place or (anchor.choice.place if anchor and anchor.choice else None) or stated_container(mention) \
        or division
    if place and mention.admin_hint and place.feature in ("city", "locality"):
        place = None  # "Anderson County": located at the town it is named after, but not that town
    record: dict[str, Any] = {
        "text": text[mention.start:mention.end], "start": mention.start, "end": mention.end,
        "name": _output_name(mention, place),
        "country": mention.country, "admin1": division.name if division else None, "admin2": admin2_name(mention, text),
        "lat": located.lat if located else None, "lon": located.lon if located else None,
        "geonames_id": place.geonames_id if place else None,
        "feature": place.feature if place else "region" if mention.admin_hint else "locality",
    }
    if anchor is not None:
        record["anchor"] = {"name": anchor.choice.place.name if anchor.choice else anchor.name,
                            "distance_km": mention.anchor[1]}
    if place and place.population:
        record["population"] = place.population
    return record
