"""The gazetteer: name keys, the embedded data, and a user's GeoNames dump indexed into SQLite."""

from __future__ import annotations

import os

import pytest

from article2json.extractors.places import gazetteer, geonames_dump
from article2json.extractors.places.gazetteer import (Gazetteer, admin1_code, country_code, embedded_gazetteer, name_key,
                                               name_keys, without_admin_word)


def test_name_keys_ignore_case_accents_punctuation_and_arabic_articles():
    assert name_key("Deir ez-Zor") == name_key("DEIR EZZOR") == "deirezzor"
    assert name_key("Ḩimş") == "hims"
    assert name_keys("Al-Raqqah") == ["alraqqah", "raqqah", "alraqqa", "raqqa"]
    assert name_keys("Alabama") == ["alabama"]
    assert name_key("Jisr ash-Shughur") == name_key("Jisr al-Shughur") == name_key("Jisr el Shughur")  # the article
    assert name_key("Newcastle upon Tyne") == "newcastleupontyne"
    assert name_keys("Kitzbuehel") == ["kitzbuehel", "kitzbuhel"]


def test_without_admin_word():
    assert without_admin_word("Homs Governorate") == "Homs"
    assert without_admin_word("County of Zadar") == "Zadar"
    assert without_admin_word("Departamento de Arauca") == "Arauca"
    assert without_admin_word("Greater Accra") == "Greater Accra"


def places_named(name: str, feature: str) -> list:
    """Places whose own name (not an alternate one) is `name`."""
    return [m.place for m in embedded_gazetteer().lookup(name) if m.place.feature == feature and m.main]


def test_cities_countries_and_divisions_are_found_under_their_english_names():
    homs = places_named("Homs", "city") + places_named("Homs", "locality")
    assert {(p.country, embedded_gazetteer().admin1_name(p.admin1)) for p in homs} == {("SY", "Homs")}
    assert [p.name for p in places_named("Raqqa", "admin1")] == ["Ar Raqqah"]
    assert [p.name for p in places_named("Deir Ezzor", "admin1")] == ["Deir ez-Zor"]
    assert [p.name for p in places_named("Arauca", "admin1")] == ["Arauca"]  # GeoNames: "Departamento de Arauca"
    assert [p.country for p in places_named("Jisr al-Shughur", "city")] == ["SY"]  # GeoNames: "Jisr ash Shughur"
    assert {p.country for p in places_named("Niger", "admin1")} == {"NG"}
    assert [p.country for p in places_named("Niger", "country")] == ["NE"]


def test_admin1_code_accepts_any_spelling_and_needs_the_country():
    assert admin1_code("SY", "Raqqa") == admin1_code("SY", "Ar-Raqqah") == admin1_code("SY", "Raqqa Governorate")
    assert admin1_code("SY", "Raqqa") is not None
    assert admin1_code("KE", "Elgeyo Marakwet") == admin1_code("KE", "Elgeyo-Marakwet") is not None
    assert admin1_code("CD", "Nord-Kivu") == admin1_code("CD", "North Kivu") is not None
    assert admin1_code("GH", "Raqqa") is None
    assert admin1_code(None, "Raqqa") is None


def test_country_code_knows_common_names():
    assert country_code("Ivory Coast") == country_code("Côte d'Ivoire") == "CI"
    assert country_code("U.S.") == country_code("United States") == "US"
    assert country_code("Atlantis") is None


def test_a_spelling_variant_is_no_own_name():
    matches = embedded_gazetteer().lookup("Kitzbuehel")
    assert any(m.place.country == "AT" for m in matches) and not any(m.main for m in matches)


def test_the_built_gazetteer_survives_its_plain_state():
    built = embedded_gazetteer()
    copy = Gazetteer.from_state(built.state())
    assert [m.place for m in copy.lookup("Mombasa")] == [m.place for m in built.lookup("Mombasa")]
    assert copy.admin1_name("GH.01") == "Greater Accra"
    assert copy.countries["KE"].name == "Kenya"


def test_a_new_embedded_copy_removes_the_stale_ones(tmp_path):
    from article2json.extractors.places.gazetteer import _remove_stale_copies

    current, older, oldest, dump_index = (tmp_path / name for name in (
        "embedded-new.sqlite", "embedded-old.sqlite", "embedded-older.marshal", "geonames-0123456789abcdef0123.sqlite"))
    for path in (current, older, oldest, dump_index):
        path.write_bytes(b"index")
    _remove_stale_copies(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["embedded-new.sqlite", "geonames-0123456789abcdef0123.sqlite"]


DUMP_ROWS = [
    # geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1, ...
    ("9000001", "Kwezimba", "Kwezimba", "Kwezimba Village,Kwezimbah", "-1.25", "36.9", "P", "PPL", "KE", "", "05",
     "", "", "", "850"),
    ("9000002", "Old Kwezimba", "Old Kwezimba", "", "-1.3", "36.95", "P", "PPLH", "KE", "", "05", "", "", "", "0"),
    ("9000003", "Kwezimba Hill", "Kwezimba Hill", "", "-1.2", "36.8", "T", "HLL", "KE", "", "05", "", "", "", "0"),
]


def write_dump(path, rows=DUMP_ROWS) -> None:
    path.write_text("".join("\t".join([*row, "1600", "", "Africa/Nairobi", "2024-01-01"]) + "\n" for row in rows),
                    encoding="utf-8")


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv(gazetteer.CACHE_ENV, str(directory))
    geonames_dump.dump_gazetteer.cache_clear()
    yield directory
    geonames_dump.dump_gazetteer.cache_clear()


def test_a_geonames_dump_is_indexed_once_into_the_cache_directory(tmp_path, cache):
    dump = tmp_path / "KE.txt"
    write_dump(dump)
    matches = geonames_dump.dump_gazetteer(str(dump)).lookup("Kwezimba Village")
    assert [(m.place.geonames_id, m.place.country, m.place.admin1, m.place.feature, m.main) for m in matches] == [
        (9000001, "KE", "KE.05", "locality", False)]
    assert geonames_dump.dump_gazetteer(str(dump)).lookup("Old Kwezimba") == []  # historical places left out
    assert geonames_dump.dump_gazetteer(str(dump)).lookup("Kwezimba Hill") == []  # hills are not populated places
    indexes = sorted(p.name for p in cache.iterdir())
    assert len(indexes) == 1 and indexes[0].endswith(".sqlite")


def test_a_changed_dump_is_indexed_anew(tmp_path, cache):
    dump = tmp_path / "KE.txt"
    write_dump(dump)
    first = geonames_dump.dump_index_path(dump)
    geonames_dump.dump_gazetteer(str(dump))
    write_dump(dump, [*DUMP_ROWS, ("9000004", "Ngaremba", "Ngaremba", "", "0.1", "37.0", "P", "PPL", "KE", "",
                                   "30", "", "", "", "1200")])
    os.utime(dump, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    assert geonames_dump.dump_index_path(dump) != first
    geonames_dump.dump_gazetteer.cache_clear()
    assert [m.place.name for m in geonames_dump.dump_gazetteer(str(dump)).lookup("Ngaremba")] == ["Ngaremba"]


def test_a_failed_build_leaves_no_index_and_no_temporary_file(tmp_path, cache, monkeypatch):
    dump = tmp_path / "KE.txt"
    write_dump(dump)

    def interrupted(rows):
        yield from ()
        raise KeyboardInterrupt

    monkeypatch.setattr(geonames_dump, "_dump_rows", interrupted)
    with pytest.raises(KeyboardInterrupt):
        geonames_dump.dump_gazetteer(str(dump))
    assert list(cache.iterdir()) == []
