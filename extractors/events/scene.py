"""Whether two mentions may tell one incident: their places may be one scene and their dates one
day (the merging stage asks; the linkers use `place_precision` for the output)."""

from __future__ import annotations

from calendar import monthrange
from datetime import date as Date
from functools import lru_cache

from article2json.extractors.data_files import read_words
from article2json.extractors.events.place_choice import at_its_division
from article2json.extractors.places.gazetteer import distance_km

PRECISION = {"locality": "exact", "city": "exact", "region": "admin1", "admin1": "admin1", "country": "country"}
NEARBY_KM = 75  # two places this close may be the scene of one incident
FAR_KM = 150  # two places this far apart are not


def place_precision(item: dict) -> str:
    """exact (city, locality), near (a place given relative to another), admin1 or country."""
    return "near" if item.get("anchor") else PRECISION.get(item.get("feature"), "exact")


def dates_compatible(first: str | None, second: str | None) -> bool:
    """Whether two date values may name the same day ("2023-11" and "2023-11-08"; a week and a day in it)."""
    if not first or not second:
        return True
    if first.startswith(second) or second.startswith(first):
        return True
    if "-W" not in first + second:
        return False
    return _week_of(first) is not None and _week_of(first) == _week_of(second)


def day_after(value: str | None, bound: str | None) -> bool:
    """Whether a day (YYYY-MM-DD) comes after another day; False when either is not a day."""
    days = [v[:10] for v in (value, bound) if v and len(v) >= 10 and v[4] == "-" and "W" not in v]
    return len(days) == 2 and days[0] > days[1]


def near_year(value: str, year: int) -> bool:
    """Whether a date value lies in `year` or the year before (a date with no year digits counts)."""
    return not value[:4].isdigit() or int(value[:4]) in (year - 1, year)


def weeks_before(value: str | None, reference) -> bool:
    """Whether every day a date value may mean ("2024-06", "2024-06-03", "2023", "2024-W22") lies more
    than a week before `reference` (the dateline, a date or datetime)."""
    if not value or not value[:4].isdigit():
        return False
    year = int(value[:4])
    try:
        if "-W" in value:
            latest = Date.fromisocalendar(year, int(value[6:8]), 7)
        elif len(value) >= 10:
            latest = Date.fromisoformat(value[:10])
        elif len(value) == 7:
            month = int(value[5:7])
            latest = Date(year, month, monthrange(year, month)[1])
        else:
            latest = Date(year, 12, 31)
    except ValueError:
        return False
    day = reference.date() if hasattr(reference, "date") else reference
    return (day - latest).days > 7


def _week_of(value: str) -> str | None:
    if "-W" in value:
        return value[:8]
    try:
        year, week, _ = Date.fromisoformat(value[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def _distance_km(first: dict, second: dict) -> float | None:
    if None in (first.get("lat"), first.get("lon"), second.get("lat"), second.get("lon")):
        return None
    return distance_km(first["lat"], first["lon"], second["lat"], second["lon"])


def _unknown(item: dict) -> bool:
    """Whether a place item (of the places extractor) is one the gazetteer lacks."""
    return "geonames_id" in item and item["geonames_id"] is None


def one_placed_at_the_other(first: dict, second: dict) -> bool:
    """Whether one of two places is one the gazetteer lacks, placed at the other, the known place the
    text puts it in ("Jibu Ward in Wukari LGA": at Wukari's coordinates)."""
    return any(_unknown(place) and other.get("geonames_id") is not None
               and (place["lat"], place["lon"]) == (other["lat"], other["lon"])
               for place, other in ((first, second), (second, first)))


def place_key(name: str | None) -> str | None:
    """A place name without its article ("Al-Rusafa" and "Rusafa" are one place)."""
    if not name:
        return None
    key = name.lower().replace("‘", "").replace("'", "")
    for prefix in _article_prefixes():
        key = key.removeprefix(prefix)
    return key


@lru_cache(maxsize=1)
def _article_prefixes() -> tuple[str, ...]:
    """The articles of data/place_articles.tsv in file order, as they open a name: "al-" as
    written, "al" with the space after it."""
    return tuple(article if article.endswith("-") else article + " " for article in read_words("place_articles.tsv"))


def _known_as(item: dict) -> str:
    """How closely a place with its precision is known for telling scenes apart: a place the
    gazetteer lacks that sits at its first-level division's coordinates ("the Bajo Aguan valley" in
    Colon) no closer than that division."""
    unknown = _unknown(item) or item.get("geo_precision") == 3  # a place item, or an event's location
    return "admin1" if item["precision"] == "exact" and unknown and item.get("lat") is not None \
        and at_its_division(item) else item["precision"]


def places_compatible(first: dict | None, second: dict | None) -> bool:
    """Whether two places may be the scene of one incident: the same place, one inside the
    other's region or country, or two places a short drive apart."""
    if not first or not second or place_key(first["name"]) == place_key(second["name"]):
        return True
    first, second = {**first, "precision": _known_as(first)}, {**second, "precision": _known_as(second)}
    if place_key((first.get("anchor") or {}).get("name")) == place_key(second["name"]) or \
            place_key((second.get("anchor") or {}).get("name")) == place_key(first["name"]):
        return True
    distance = _distance_km(first, second)
    if distance is not None and distance <= NEARBY_KM and "country" not in (first["precision"], second["precision"]) \
            and ((first["precision"], second["precision"]) != ("exact", "exact")
                 or one_placed_at_the_other(first, second)):
        return True
    if first.get("country") and second.get("country") and first["country"] != second["country"]:
        return False
    if "country" in (first["precision"], second["precision"]):
        return True
    if "admin1" in (first["precision"], second["precision"]) and first.get("admin1") and second.get("admin1") \
            and first["admin1"] == second["admin1"]:
        return True  # a town inside a division, however far from the division's centre ("in Sistan and
        # Baluchestan province" ... "near the town of Saravan")
    if distance is not None and distance > FAR_KM:
        return False
    if "admin1" in (first["precision"], second["precision"]):
        unknown = not first.get("admin1") or not second.get("admin1")  # a village the gazetteer does not place
        return unknown or first.get("admin1") == second.get("admin1") \
            or first["name"] in (second.get("admin1"),) or second["name"] in (first.get("admin1"),)
    return False
