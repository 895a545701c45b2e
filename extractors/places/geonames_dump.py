"""A user's GeoNames dump as a gazetteer: `--gazetteer cities500.txt`, `allCountries.txt` or a
country file (tab-separated GeoNames format), so villages the embedded gazetteer lacks are found.

The dump's populated places and administrative divisions are indexed once into SQLite in the
cache directory (`gazetteer.cache_dir()`), under a name made from the dump's path, size and
mtime: a changed dump is indexed anew. The index is built in a temporary file renamed into
place, so a killed run leaves no broken index.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sqlite3
import tempfile
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from article2json.extractors.places.gazetteer import CITY_POPULATION, Match, Place, cache_dir, name_keys, usable_alternate

DUMP_SCHEMA = "1"

_HISTORICAL = frozenset({"PPLH", "PPLQ", "PPLW", "PPLCH", "ADM1H", "ADM2H", "ADM3H", "ADM4H", "ADMDH", "PCLH"})
_CITY_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})


def dump_index_path(dump: Path) -> Path:
    """The index file of `dump`: a new one whenever the dump's path, size or mtime changes."""
    stat = dump.stat()
    identity = f"{DUMP_SCHEMA}|{dump.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    return cache_dir() / f"geonames-{hashlib.sha256(identity.encode()).hexdigest()[:20]}.sqlite"


class DumpGazetteer:
    """Look-ups in the SQLite index of a GeoNames dump."""

    def __init__(self, index: Path) -> None:
        self._db = sqlite3.connect(f"file:{index}?mode=ro", uri=True, check_same_thread=False)

    def lookup(self, text: str) -> list[Match]:
        found: dict[int, Match] = {}
        for position, key in enumerate(name_keys(text)):
            for *fields, main in self._db.execute(
                    "SELECT p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.population, p.feature, n.main "
                    "FROM names n JOIN places p ON p.id = n.id WHERE n.key = ? ORDER BY p.id", (key,)):
                main = bool(main) and position == 0
                if fields[0] not in found or (main and not found[fields[0]].main):
                    found[fields[0]] = Match(Place(*fields), main)
        return list(found.values())


@lru_cache(maxsize=4)
def dump_gazetteer(path: str) -> DumpGazetteer:
    """The gazetteer of the GeoNames dump at `path`, indexed on first use."""
    dump = Path(path)
    index = dump_index_path(dump)
    if not index.exists():
        build_dump_index(dump, index)
    return DumpGazetteer(index)


def build_dump_index(dump: Path, index: Path) -> None:
    """Index the populated places and administrative divisions of `dump` into `index`."""
    index.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=index.stem + "-", suffix=".tmp", dir=index.parent)
    os.close(handle)
    try:
        with sqlite3.connect(temporary) as db:
            db.executescript("CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT,"
                             " lat REAL, lon REAL, population INTEGER, feature TEXT);"
                             "CREATE TABLE names (key TEXT, id INTEGER, main INTEGER);")
            with open(dump, encoding="utf-8", newline="") as lines:
                rows = _dump_rows(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
                while batch := list(islice(rows, 5000)):
                    db.executemany("INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   [place for place, _ in batch])
                    db.executemany("INSERT INTO names VALUES (?, ?, ?)", [name for _, names in batch for name in names])
            db.execute("CREATE INDEX names_by_key ON names (key)")
        os.replace(temporary, index)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _dump_rows(rows: Iterable[list[str]]) -> Iterator[tuple[Place, list[tuple[str, int, int]]]]:
    """Places and (key, id, main) name rows from GeoNames records."""
    for fields in rows:
        if len(fields) < 15 or fields[6] not in ("P", "A") or fields[7] in _HISTORICAL:
            continue
        feature = _dump_feature(fields[6], fields[7], int(fields[14] or 0))
        if feature is None:
            continue
        geonames_id, country = int(fields[0]), fields[8] or None
        admin1 = f"{country}.{fields[10]}" if country and fields[10] and fields[10] != "00" else None
        place = Place(geonames_id, fields[1], country, admin1, float(fields[4]), float(fields[5]),
                      int(fields[14] or 0), feature)
        names: dict[str, int] = {}
        for name, main in ((fields[1], 1), (fields[2], 1),
                           *((alternate, 0) for alternate in fields[3].split(",") if usable_alternate(alternate))):
            for key in name_keys(name):
                names[key] = max(names.get(key, 0), main)
        yield place, [(key, geonames_id, main) for key, main in names.items()]


def _dump_feature(feature_class: str, code: str, population: int) -> str | None:
    if feature_class == "P":
        return "city" if code in _CITY_CODES or population >= CITY_POPULATION else "locality"
    if code == "ADM1":
        return "admin1"
    if code.startswith("PCL"):
        return "country"
    return "region" if code.startswith("ADM") else None
