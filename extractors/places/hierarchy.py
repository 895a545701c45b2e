"""Stated hierarchy: what the text says contains a place ("Kolo (Wote, Makueni)", "Niteroi, Rio de
Janeiro", "Sabon Gari in the Kudan District") is evidence for reading the place and its containers,
and places a name the gazetteer lacks.

`mentions.link_containers` links each mention to the one naming what directly contains it
(`container`) and back (`contents`); the chain of containers runs from the smallest unit to the
largest ("X (A, B)": X in A, A in B).
"""

from __future__ import annotations

from article2json.extractors.places.gazetteer import Place, distance_km, without_admin_word
from article2json.extractors.places.mentions import KEEP_IF_CONTAINED, Mention

CHAIN_LIMIT = 5  # containers followed from one mention
NEAR_CONTAINER_KM = 50  # a place this close to a city the text says contains it is in that city
BROAD = ("admin1", "country")


def containers(mention: Mention) -> list[Mention]:
    """The chain of mentions the text says contain `mention`, smallest first. A name alone in
    brackets contains the name before it only when it is read as a first-level division ("Shire
    (Tigray)"): brackets hold aliases, acronyms and people's countries too ("Shinwar (Ghani Khel)
    district", "Kabul (AFP)", "the minister (Ethiopia)")."""
    chain: list[Mention] = []
    current = mention.container
    while current is not None and current is not mention and current not in chain and len(chain) < CHAIN_LIMIT \
            and (current.source != "aside" or current.choice and current.choice.place.feature == "admin1"):
        chain.append(current)
        current = current.container
    return chain


def contained(mention: Mention) -> list[Mention]:
    """Every mention the text says `mention` contains, directly or through others."""
    found: list[Mention] = []
    pending = list(mention.contents)
    while pending and len(found) < 4 * CHAIN_LIMIT:
        current = pending.pop(0)
        if current is not mention and current not in found:
            found.append(current)
            pending += current.contents
    return found


def inside(place: Place, container: Place) -> float:
    """0 to 3: how surely `place` lies in `container` (same admin1 code, near a city, same country)."""
    if place.feature == "country" or place == container:
        return 0.0
    if container.feature == "admin1":
        return 3.0 if place.admin1 == container.admin1 else 0.0
    if container.feature in ("city", "locality"):
        near = None not in (place.lat, container.lat) and distance_km(
            place.lat, place.lon, container.lat, container.lon) < NEAR_CONTAINER_KM
        return 3.0 if near else 0.0
    return 1.5 if place.country and place.country == container.country else 0.0


def container_bonus(mention: Mention, place: Place) -> float:
    """0 to 3: `place` lies in a division, city or country the text says contains the mention."""
    return max((inside(place, c.choice.place) for c in containers(mention) if c.choice), default=0.0)


def contents_bonus(mention: Mention, place: Place) -> float:
    """0 to 2.5: `place`, a division, city or country, contains a reading of a name the text says
    it contains ("Eastern" is Ghana's region in "Kukurantumi (East Akim, Eastern)"); divided by
    the number of that name's readings in the country, since one of many same-named villages lies
    in any division by chance ("Rampura, Dhaka" is no evidence for India's Dhaka)."""
    if place.feature not in (*BROAD, "city", "locality"):
        return 0.0
    best = 0.0
    for inner in contained(mention):
        if any(inside(m.place, place) >= 3.0 for m in inner.matches):
            namesakes = sum(1 for m in inner.matches if m.place.country == place.country)
            best = max(best, 2.5 / max(namesakes, 1))
    return best


def contradicts_contents(mention: Mention, place: Place) -> bool:
    """Whether `place`, a division or country, contains none of the places chosen for the names
    the text says it contains ("Western" is not Sri Lanka's province when it holds Kakamega, Kenya)."""
    chosen = [inner.choice.place for inner in contained(mention) if inner.choice and inner.choice.main
              and inner.choice.place.feature in ("city", "locality")]  # towns: a division may be misread too
    return place.feature in BROAD and bool(chosen) and not any(inside(inner, place) for inner in chosen)


def outside_stated_country(mention: Mention, place: Place) -> bool:
    """Whether a division lies in another country than the division or country the text says
    contains it ("North Western" is not Zambia's province in "Kelawlo (North Western, Tigray)"),
    or a town in another country than a division whose name is one country's only ("Birganj" is
    not Nepal's city in "Birganj upazila (Dinajpur, Rangpur)"; "Western" may be any country's), or
    a place in another country than the one whose kind of unit the text calls it ("Raiganj upazila"
    is in Bangladesh, not India's city)."""
    if mention.unit_country and place.country != mention.unit_country:
        return True
    chain = [c for c in containers(mention) if c.choice and c.choice.place.feature in BROAD]
    if place.feature == "admin1":
        return bool(chain) and chain[0].choice.place.country != place.country
    return place.feature in ("city", "locality") and any(
        c.choice.place.country != place.country and _one_country_division(c, c.choice.place) for c in chain)


def _one_country_division(mention: Mention, place: Place) -> bool:
    """Whether `place` is a division or country and its country the only one the name has such in."""
    countries = {m.place.country for m in mention.matches if m.main and m.place.feature in BROAD}
    return place.feature in BROAD and countries == {place.country}


def stated_as_division(mention: Mention, place: Place) -> bool:
    """Whether the text gives `mention` as what contains another name and `place` is a division or
    country, the only country its name has divisions in: "Kunar" in "Ghaziabad district, Kunar" is
    the province, whatever else the text is about."""
    return bool(mention.contents) and _one_country_division(mention, place)


def stated_container(mention: Mention) -> Place | None:
    """The smallest place the text says contains the mention that the gazetteer knows."""
    return next((c.choice.place for c in containers(mention) if c.choice), None)


def located_by_containers(mention: Mention) -> bool:
    """Whether a "stated" name ("in X, Y", "X (Y)") is placed in a known place or a named division,
    a city's quarter ("Dhaka - Shahbagh") in a known town."""
    if mention.source == "quarter":
        return bool(mention.container and mention.container.choice
                    and mention.container.choice.place.feature in ("city", "locality"))
    return mention.source not in KEEP_IF_CONTAINED or any(c.choice or c.admin_hint for c in containers(mention))


def admin2_name(mention: Mention, text: str) -> str | None:
    """The name of the unit between the mention and its first-level division, as the text states
    it: the unit just inside the division in "X (A, B)" or "X in A, B Region", else the first
    division named with its kind ("X in the Y District")."""
    chain = containers(mention)
    broad = next((i for i, c in enumerate(chain) if c.choice and c.choice.place.feature in BROAD
                  or c.admin_hint and c.source in ("paren", "aside", "state")), None)
    below = chain[:broad] if broad is not None else []
    unit = below[-1] if below else next((c for c in chain if c.admin_hint and c.source == "division"), None)
    if unit is None or unit.choice and unit.choice.place.feature in (*BROAD, "region"):
        return None
    return without_admin_word(text[unit.start:unit.end])  # "Wajir North", not the "Wajir" looked up
