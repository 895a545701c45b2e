"""The most specific place of an event, and how precisely its coordinates place it.

A place the text states inside another ("Niteroi, Rio de Janeiro", "Kolo (Wote, Makueni)",
"Sabon Gari in the Kudan District of Kaduna State", "the Ituri capital Bunia") is more specific
than that other: when the
linker's choice contains such a place, the event takes the inner one, and the broader units stay
as its `admin1`/`admin2`/`country`. Containment is checked, not assumed: the same country code, the
same first-level division, or within `INSIDE_KM` of a city (a place the gazetteer lacks is placed
by the units the text names around it).

`geo_precision` follows ACLED: 1 the named place itself, 2 a unit containing it (a district or
town, or a place given as "50 km from Y") or a town the event was only near ("near Dori", "north of
Djibo"), 3 a first-level division or a country; null without coordinates.
"""

from __future__ import annotations

import re

from article2json.extractors.data_files import alternation, read_word_lists
from article2json.extractors.places.gazetteer import admin1_code, distance_km, embedded_gazetteer

INSIDE_KM = 50  # a place this close to a city the text says contains it is in that city
TOWN_FEATURES = ("city", "locality")  # the `feature` of a place item that is a town or village
STATED_GAP = 80  # at most this many characters of names and joining words between a place and its container
_PLACE_WORDS = read_word_lists("place_context_words.tsv")  # the lists of data/place_context_words.tsv, in order
# "Panchgaon union, Rajnagar upazila (Moulvibazar, Sylhet)"
_JOINING = re.compile(r"(?:[\s,()]|\b(?:in|of|the|[A-Z][\w'’.\-]*|"
                      rf"{alternation(_PLACE_WORDS['container_unit_word'])})\b)*")
_TOWN_OF = re.compile(rf"(?:['’]s)?\s+(?:[a-z\-]+\s+){{0,2}}(?:{alternation(_PLACE_WORDS['town_noun'])})(?:\s+of)?,?\s+")
_POSSESSIVE = re.compile(r"['’]s\s+")  # "Khyber Pakhtunkhwa's Swabi district"
_CITY_PART_OF = re.compile(rf"(?:['’]s)?\s+(?:{alternation(_PLACE_WORDS['city_part_noun'])})\s+of\s+")  # "suburb of"
_BEFORE_BRACKETS = re.compile(r"(?:\s+[a-z\-]+){0,2}\s*\(")  # "X (", "X town (", "X sub county ("
_NAME_WORD = re.compile(r"\b[A-Z]")
_LOWER_CASE = re.compile(r"[a-z]")  # a word in the gap: "in", "area of" (not a comma alone)
_LIST_GOES_ON = re.compile(r",?\s+(?:and\s+)?[A-Z]|,\s*[A-Z]")  # "Salt Lake, Burdwan, Asansol and ...": a list, not "X, town"
_UNIT_WORDS = sorted(set(_PLACE_WORDS["container_unit_word"]) - set(_PLACE_WORDS["town_noun"])
                     - set(_PLACE_WORDS["not_division_word"]))  # "district", "tehsil", ...: not "town", "area"
_DIVISION_AFTER = re.compile(rf"\s+(?:{alternation(_UNIT_WORDS)})\b", re.IGNORECASE)  # "Khar tehsil": the unit, not the town
# a settlement or rural unit, no quarter; "the village of X"
_SETTLEMENT = re.compile(rf"\b(?:{alternation(_PLACE_WORDS['settlement_word'])})\b", re.IGNORECASE)
_SETTLEMENT_OF = re.compile(rf"\b(?:(?:{alternation(_PLACE_WORDS['settlement_of_word'])})\s+of|"
                            rf"{alternation(_PLACE_WORDS['title_unit_word'])})\s+$", re.IGNORECASE)  # "Barangay X"
_WIDER = ("country", "admin1", "region")  # what names a town within it ("the Ituri capital Bunia")
_ITSELF = {"city": 1, "locality": 1, "admin1": 3, "country": 3}
# "near Dori", "north-east of Ramallah", "on the outskirts of the town of Djibo": somewhere around the town
COMPASS = rf"(?:{alternation(_PLACE_WORDS['compass_point'])})(?:[\s\-]?(?:{alternation(_PLACE_WORDS['compass_point'])}))?"
# "north of", "north-east of", "southwest of"
_NEAR = re.compile(rf"\b(?:{alternation(_PLACE_WORDS['near_word'])}|(?:on\s+)?the\s+outskirts\s+of|"
                   rf"{COMPASS}\s+of)\s+"
                   rf"(?:the\s+(?:{alternation(_PLACE_WORDS['near_town_noun'])})\s+of\s+)?$", re.IGNORECASE)
NEAR_REACH = 40  # characters before a place that _NEAR reads
_QUARTER_NAME = re.compile(r"\S.* - \S.*")  # "Dhaka - Tejgaon", as the places extractor keeps it
_CONTAINER_PRECISION = {"city": 2, "locality": 2, "region": 2, "admin1": 3, "country": 3}


def contains(outer: dict, inner: dict) -> bool:
    """Whether place item `outer` contains place item `inner` by the gazetteer's codes or distance."""
    if outer is inner or inner.get("feature") == "country" or outer.get("feature") == inner.get("feature") == "admin1":
        return False
    feature = outer.get("feature")
    if feature == "country":
        return bool(outer.get("country")) and inner.get("country") == outer.get("country")
    if feature == "admin1":
        return bool(outer.get("admin1")) and inner.get("admin1") == outer.get("admin1") \
            and inner.get("country") == outer.get("country")
    if inner.get("feature") == "admin1":
        return False
    if inner.get("geonames_id") is None:
        return True  # the text places an unknown name in `outer`
    if outer.get("geonames_id") is None:  # a unit the gazetteer lacks ("Robe (Bale, Oromia)"): by its division
        return bool(outer.get("country")) and inner.get("country") == outer.get("country") \
            and inner.get("admin1") in (outer.get("admin1"), None)  # a town GeoNames files under no division
    points = (inner.get("lat"), inner.get("lon"), outer.get("lat"), outer.get("lon"))
    return None not in points and distance_km(*points) <= INSIDE_KM


def stated_inside(text: str, inner: dict, outer: dict) -> bool:
    """Whether the text names `inner` just before `outer` as part of it ("X, Y", "X (A, Y)", "X in
    the Y District") and the gazetteer agrees."""
    gap = text[inner["end"]:outer["start"]]
    return inner["end"] <= outer["start"] and len(gap) <= STATED_GAP and bool(_JOINING.fullmatch(gap)) \
        and contains(outer, inner)


def in_brackets_hierarchy(text: str, item: dict, places: list[dict]) -> bool:
    """Whether the text gives a place with the units that contain it in brackets after it
    ("Maseno town (Kisumu West, Kisumu)", "Robe (Bale, Oromia)")."""
    return bool(_BEFORE_BRACKETS.match(text, item["end"])) and any(
        other is not item and "(" in text[item["end"]:other["start"]] and stated_inside(text, item, other)
        for other in places)


def named_within(text: str, outer: dict, inner: dict) -> bool:
    """Whether the text names `inner` right after `outer` as a town or unit of it ("the Ituri capital
    Bunia", "Kenya's capital Nairobi", "Tanzania's coastal town of Bagamoyo", "Khyber Pakhtunkhwa's
    Swabi district") and the gazetteer agrees."""
    gap = text[outer["end"]:inner["start"]]
    if outer.get("feature") in TOWN_FEATURES and _CITY_PART_OF.fullmatch(gap):  # "the Buenos Aires suburb of
        # Moreno": a part of the bigger city's area (not "the Kadhimiya neighbourhood of Baghdad")
        return (outer.get("population") or 0) > (inner.get("population") or 0) and contains(outer, inner)
    return outer.get("feature") in _WIDER and outer["end"] <= inner["start"] and \
        bool(_TOWN_OF.fullmatch(gap) or _POSSESSIVE.fullmatch(gap)) and contains(outer, inner)


def named_quarter(town: dict, inner: dict) -> bool:
    """Whether `inner` is a quarter named after the town `town` ("Dhaka - Shahbagh" of "Dhaka")."""
    return inner.get("geonames_id") is None and inner["start"] == town["start"] \
        and inner["text"].startswith(f"{town['text']} - ")


def _a_town(item: dict) -> bool:
    """Whether a place item is a town the gazetteer knows or a quarter named after one ("Dhaka - Tejgaon")."""
    if item.get("geonames_id") is None:
        return _QUARTER_NAME.fullmatch(item["text"]) is not None
    return item.get("feature") in TOWN_FEATURES


def quarter_of(text: str, inner: dict, town: dict) -> bool:
    """Whether the text names `inner`, unknown to the gazetteer, as a site or quarter of the known
    town `town` ("Bula Market in Garissa town", "the Majengo area of Mombasa"); not in an ACLED-style
    bracket, where the next name is the district ("Koualou (Materi, Atacora)": the village itself),
    nor with another name between them ("the X area of Y district, Z": X is a village of district Y),
    nor when only a comma joins them ("Likoni, Mombasa": the quarter itself, as the text names it;
    unless a list goes on after the town: "in Salt Lake, Burdwan and Asansol"), nor when it is
    called a village ("X village of Y township", "the village of X in Y"), nor when the
    town's name is that of the unit after it ("the Loi Sam area of Khar tehsil": X is a place of the unit)."""
    gap = text[inner["end"]:town["start"]]
    return inner.get("geonames_id") is None and _a_town(town) and "(" not in gap and not _NAME_WORD.search(gap) \
        and (_LOWER_CASE.search(gap) is not None or _LIST_GOES_ON.match(text, town["end"]) is not None) \
        and not _DIVISION_AFTER.match(text, town["end"]) \
        and not _SETTLEMENT.search(gap) and not _SETTLEMENT_OF.search(text, max(0, inner["start"] - 30), inner["start"]) \
        and stated_inside(text, inner, town)


def most_specific(chosen: dict, candidates: list[dict], text: str) -> dict:
    """`chosen`, or the innermost of the places the text states inside it; a site or quarter of a
    town is coded at the town, as ACLED codes it, unless the text names the quarter after the town
    as ACLED does ("Farmgate area, Dhaka - Tejgaon": Dhaka - Tejgaon)."""
    chosen = next((town for town in candidates if quarter_of(text, chosen, town)), chosen)
    for _ in range(len(candidates)):  # one step at a time, the nearest name first: "X in Y city, Z (W)"
        inner = min((item for item in candidates if (stated_inside(text, item, chosen) or named_within(text, chosen, item)
                                                      or named_quarter(chosen, item))
                     and not quarter_of(text, item, chosen)), key=lambda item: abs(item["start"] - chosen["start"]),
                    default=None)
        if inner is None:
            return chosen
        chosen = inner
    return chosen


def geo_precision(item: dict, places: list[dict], text: str = "") -> int | None:
    """1, 2 or 3 (see the module docstring) for a place item, given the article's places and text:
    a town the text names only as what the event was near ("near Dori", "north-east of Ramallah")
    is 2, as ACLED codes "near a town"."""
    if item.get("lat") is None:
        return None
    if item.get("geonames_id") is not None:
        level = _ITSELF.get(item.get("feature"), 3)
        near = level == 1 and _NEAR.search(text, max(0, item["start"] - NEAR_REACH), item["start"])
        return 2 if near else level
    if item.get("feature") == "region" and not item.get("country"):
        return 3  # a region wider than a country ("the Sahel")
    if at_its_division(item):
        return 3  # placed at its first-level division: nothing smaller that contains it is known
    if item.get("anchor") or item.get("feature") == "region":
        return 2  # "50 km from Y"; a district at the town it is named after
    container = next((p for p in places if p.get("geonames_id") is not None and p is not item
                      and (p.get("lat"), p.get("lon")) == (item["lat"], item["lon"])), None)
    return _CONTAINER_PRECISION.get(container.get("feature"), 2) if container else 2


def at_its_division(item: dict) -> bool:
    """Whether a place the gazetteer lacks sits at the coordinates of its first-level division."""
    division = embedded_gazetteer().admin1.get(admin1_code(item.get("country"), item.get("admin1")) or "")
    return division is not None and (division.lat, division.lon) == (item["lat"], item["lon"])
