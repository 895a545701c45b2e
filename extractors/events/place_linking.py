"""Linking an event to its place: the place attached to its triggers, made as specific as the
text allows (`place_choice`, docs/places.md): "in Niteroi, Rio de Janeiro" is Niteroi, and a
country or division is replaced by a town inside it named in the sentence, the body dateline or
the paragraph; else the place of the sentence, of an earlier sentence of the paragraph, of the body
dateline; else the country the article names most (for a headline, at the first town the article
names there). Also the place that frames a paragraph ("In Niger, ..."), which merging reads."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from itertools import islice

from article2json.extractors.countries import countries
from article2json.extractors.data_files import alternation, read_word_lists
from article2json.extractors.events.actors import actor_dictionary
from article2json.extractors.events.incident import REMOTE_WEAPONS, names_no_act
from article2json.extractors.events.lexicon import cue
from article2json.extractors.events.link_base import (AFTER_OPENING_DATE, PERIOD_STARTS, RELATIVE_TO_EVENT,
                                                      LinkerBase, anchors, counted_from_another, first_verb_above,
                                                      span_root)
from article2json.extractors.events.place_choice import (COMPASS, TOWN_FEATURES, contains, geo_precision,
                                                         in_brackets_hierarchy, most_specific)
from article2json.extractors.events.scene import place_precision
from article2json.extractors.events.triggers import Mention
from article2json.extractors.events.victims import is_person
from article2json.extractors.places import country_reference_ranks, facility_words
from article2json.extractors.places.gazetteer import ADMIN_WORDS, capital_city, embedded_gazetteer
from article2json.extractors.per_doc import doc_entities
from article2json.extractors.places.mentions import (ABROAD_RANK, GEO_WORDS, KM_PER_UNIT, ROAD_NAME_AFTER, ROAD_NAME_END,
                                                     is_demonym)

# a national seat of power as the scene: "outside Parliament House", "marched to Congress", "at the presidential palace"
SEAT = re.compile(rf"\b(?:{alternation(sorted(cue('seat_prep')))})\s+(?:the\s+)?"
                  rf"(?:[A-Z]\w+['’]s\s+)?(?i:{alternation(cue('national_seat'))})\b")
# what a place is measured from: "north of the capital X", "30 km from the town of X"
MEASURED_FROM = re.compile(rf"\b(?:{COMPASS}\s+of|"
                           rf"(?:{alternation(sorted(KM_PER_UNIT))})\s+(?:from|of))\s+(?:the\s+(?:[a-z]+\s+){{0,2}}(?:of\s+)?)?$",
                           re.IGNORECASE)
MEASURE_REACH = 40  # characters before a place that MEASURED_FROM reads
_POSSESSIVE_S = re.compile(r"['’]s\b")
JOINING_WORDS = cue("joining_word")  # between place names ("X of Y district", "X in Y upazila")
# "in a village of X": a settlement the lead leaves unnamed in a place
UNNAMED_SETTLEMENTS = frozenset(read_word_lists("place_context_words.tsv")["unnamed_settlement_noun"])
COMPASS_WORDS = re.compile(COMPASS, re.IGNORECASE)  # "north", "north-east": a place's bearing from another
SPECIFICITY = {"locality": 3, "city": 3, "region": 2, "admin1": 2, "country": 1}  # a region wider than a country: 0
BORDERS = cue("border_word")
SCENE_PREPOSITIONS = cue("scene_prep")  # "clashed at a rally in Migori"
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}
TRAVEL_REACH = 6  # words above a place searched for the verb of travel it is the goal of ("heading to X in Y")
TIME_PHRASE_DEPTH = 6  # "before [the outbreak of [the Gaza-Israel war]]": how far up a place looks for such a word
# A place that opens its sentence before a comma ("In Niger, gunmen attacked ...", "In northern Mali,")
# frames what the paragraph tells from there on (a roundup's part about one country).
BEFORE_FRAME_PLACE = re.compile(r"[\W_]*(?i:in|across|inside)\s+(?:the\s+)?(?:[a-z]+\s+)?")
# what the tagger says is no village (LOC and FAC: ranges, rivers, parks and buildings, coded at a town)
NOT_PLACE_ENTITIES = {"DATE", "TIME", "NORP", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE", "MONEY", "PERCENT", "LOC", "FAC"}
# a location, a name the small tagger takes for a title, or for a people ("shot dead in Loruk"), may
# still be the village of a place slot (but not a country's people, nor after "of": `_slot_place`)
NOT_SLOT_PLACE_ENTITIES = NOT_PLACE_ENTITIES - {"LOC", "WORK_OF_ART", "NORP"}
ARMED_GROUP_SECTORS = {"REB", "UAF"}  # named non-state armed groups: their home country is where they fight
GROUP_RANK = 1  # between a country whose own forces act and one the text only names (places.mentions ranks)
REFINING_PARAGRAPHS = 1  # a lead's place is made more specific by the paragraph after it, not by later ones
FRAME_REACH = 6  # how many sentences back in the paragraph a frame is looked for
PHRASE_REACH = 6  # how many words up from a place "from" or "at a hospital" may stand ("from a base on the outskirts of X town")


class PlaceLinker(LinkerBase):
    """Place look-ups for the mentions of one article."""

    def attached_place(self, mention: Mention) -> dict | None:
        """The place attached to the trigger in the parse ("attack on a market in Kano"), or the
        place the text states inside it ("in Niteroi, Rio de Janeiro"). Merging and linking both
        ask, often several times: the answer is kept per mention."""
        key = (mention.start, mention.end)
        if key not in self._attached_places:
            items = [p for p in self._in_unit(self.places, mention.unit) if self._named_as_place(p)]
            own = anchors(mention)  # not through another event's word: "a protest against the Kampala bombing"
            attached = [p for p in items if self._attached(p, mention) and not self._of_another_event(p, own)
                        and not self._left_behind(p, own)]
            attached = self._without_travel_ends(attached, mention)
            if attached and all(self._names_a_road(p) for p in attached):  # the sentence's other places: "Residents
                # of Mwingi town barricaded the Mwingi-Garissa highway" (not where a load was going: "to Nairobi")
                attached = [p for p in items if not self._names_a_road(p) and not self._of_another_event(p, own)
                            and not self._in_time_phrase(p, mention) and not self._route_end(p)
                            and not self._where_reported(p)] or attached
            chosen = self._pick([p for p in attached if not self._affiliation(p) and not self._names_a_road(p)]
                                or [p for p in attached if not self._affiliation(p)] or attached, mention,
                                self._scene_rank)
            self._attached_places[key] = self._specific(chosen, items) if chosen else None
        return self._attached_places[key]

    def _scene_rank(self, item: dict) -> float:
        """How likely a place of a sentence is an event's scene: its `specificity`, a little less for
        a place named as what another is measured from ("youths in Tiebissou, north of the capital
        Yamoussoukro"), which still beats a wider unit ("30 km north of Goma, in Congo")."""
        return specificity(item) - (0.5 if self._measured_from(item) else 0)

    def _left_behind(self, item: dict, own: set[int]) -> bool:
        """Whether a place is what people left or where some of them come from ("residents who fled
        Mahurunga gathered outside the district office", "protesters, many from the neighbouring island
        of Malaita, gathered outside Parliament House"): where they were, not where the event they take
        part in happens, unless the leaving is the event."""
        root = span_root(self.doc, item["start"], item["end"])
        while root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
                and not is_person(root.head.head):
            root = root.head.head  # "the neighbouring island of Malaita": the island
        if root is None:
            return False
        if root.dep_ == "pobj" and root.head.lower_ == "from":  # "protesters, many from X": apposed to the
            owner = root.head.head  # people, X is where some of them come from ("students from X" may act there)
            return owner.dep_ == "appos" and owner.lower_ in cue("quantity")
        verb = root.head  # the people who left act: "residents who fled X gathered", not "shot six people who were
        return root.dep_ == "dobj" and verb.i not in own and verb.lemma_.lower() in cue("leaving_verb") \
            and verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "nsubjpass")  # trying to leave X": X's scene

    def _route_end(self, item: dict) -> bool:
        """Whether a place is where something goes or comes from ("ferrying charcoal to Nairobi"), not
        what a distance is counted from ("six kilometres from the Kutru police station": near the scene)."""
        root = span_root(self.doc, item["start"], item["end"])
        return root is not None and root.dep_ == "pobj" and root.head.lower_ in cue("route_prep") \
            and not self._measured_from(item)

    def _where_travellers_went(self, item: dict, mention: Mention) -> bool:
        """Whether a place is where someone was going or coming from on a verb of travel other than the
        trigger, or lies there ("a minibus heading to Bolgatanga", "a vehicle heading to Mokowe in Lamu
        County", "a convoy travelling from Gao")."""
        root = span_root(self.doc, item["start"], item["end"])
        for word in islice(root.ancestors, TRAVEL_REACH) if root is not None else ():
            if word.dep_ == "prep" and word.lower_ in cue("route_prep"):
                return word.head.lemma_.lower() in cue("travel_verb") and word.head.i != mention.token.i
            if word.dep_ == "prep" and word.lower_ not in JOINING_WORDS:
                return False  # "heading to Bolgatanga near Zebilla": where it happened, not part of the goal
        return False

    def _measured_from(self, item: dict) -> bool:
        return MEASURED_FROM.search(self.article.text, max(0, item["start"] - MEASURE_REACH), item["start"]) is not None

    def _where_reported(self, item: dict) -> bool:
        """Whether a place is where an event was reported: its preposition hangs on a report verb, on the
        people that verb tells, or on where it was told ("told reporters in Jagdalpur", "said at a news
        conference in Kigali"), a verb that tells a clause."""
        root = span_root(self.doc, item["start"], item["end"])
        if root is None or root.dep_ != "pobj":
            return False
        head = root.head.head
        if head.dep_ in ("dobj", "dative") and is_person(head):
            head = head.head
        elif head.dep_ == "pobj" and head.lemma_.lower() in cue("report_venue"):
            head = head.head.head
        return head.lemma_.lower() in cue("report") and (head.dep_ == "parataxis" or any(
            c.dep_ in ("ccomp", "parataxis") for c in head.children))  # what it says: not "declared a state of
        # emergency in Wau"

    def _specific(self, chosen: dict, candidates: list[dict]) -> dict:
        """`most_specific` among candidates that name no road ("Ngong Road in Nairobi" states no
        town Ngong inside Nairobi)."""
        return most_specific(chosen, [p for p in candidates if not self._names_a_road(p)], self.article.text)

    def _affiliation(self, item: dict) -> bool:
        """Whether a place only says whom a person serves or where they come from ("the deputy
        governor of Kilifi", "the MP for Kibra", "a student of Jahangirnagar university"): the scene
        is a place the text puts the event in ("shot dead the deputy governor of Kilifi outside his
        house in Nyali" is at Nyali)."""
        root = span_root(self.doc, item["start"], item["end"])
        while root is not None and root.dep_ == "compound":
            root = root.head
        return root is not None and root.dep_ == "pobj" and root.head.lower_ in cue("affiliation_prep") \
            and root.head.head.pos_ == "NOUN" and is_person(root.head.head)

    def _names_a_road(self, item: dict) -> bool:
        """Whether a place only names a road ("the Eldoret-Nakuru highway", "Ngong Road"): where the
        road leads, which yields to a place the sentence puts the event in ("blocked the
        Eldoret-Nakuru highway at Burnt Forest", "took to Ngong Road in Nairobi")."""
        return item["end"] in self._road_name_ends

    @cached_property
    def _road_name_ends(self) -> frozenset[int]:
        """The end offsets of the article's places that a road's name goes on after, or that name a road
        themselves ("at Trunk Road, Feni")."""
        return frozenset(p["end"] for p in self.places if ROAD_NAME_AFTER.match(self.article.text, p["end"])
                         or ROAD_NAME_END.search(p["text"]))

    def frame_place(self, mention: Mention) -> dict | None:
        """The place framing the mention's sentence: one opening it or an earlier sentence of its
        paragraph before a comma ("In Niger, gunmen attacked ... The ministry said ...")."""
        units = [u for u in self.index.paragraph(mention.unit.paragraph) if u.start <= mention.unit.start]
        for unit in reversed(units[-FRAME_REACH:]):
            for item in self._in_unit(self.places, unit):
                if BEFORE_FRAME_PLACE.fullmatch(self.article.text, unit.start, item["start"]) and \
                        AFTER_OPENING_DATE.match(self.article.text, item["end"], unit.end):
                    return item
        return None

    def _in_a_name(self, item: dict) -> bool:
        """Whether a place is part of an organisation's name ("Free Aceh Movement"); not of an
        "organisation" made of place names only ("Kolo (Wote, Makueni)" taken for one), nor of a
        building's or institution's name, which is in the town it names ("Faridpur Press Club")."""
        span = self.doc.char_span(item["start"], item["end"], alignment_mode="expand")
        return span is not None and any(t.ent_type_ == "ORG" for t in span) and any(
            e.label_ == "ORG" and e.start_char <= item["start"] and item["end"] <= e.end_char
            and len(e.text) > len(item["text"]) + 3 and not self._only_places(e.start_char, e.end_char)
            and not (e.start_char == item["start"] and e[-1].lower_ in facility_words()
                     and item["end"] < e[-1].idx)  # "Faridpur Press Club" is at Faridpur
            for e in doc_entities(self.doc))

    def _only_places(self, start: int, end: int) -> bool:
        """Whether the text from `start` to `end` is place names, the words that join them and
        punctuation only ("Khak Chopan of Maywand district", "Bagachra in Sharsha upazila" taken for an
        organisation)."""
        rest = list(self.article.text[start:end])
        for place in self.places:
            first, last = max(start, place["start"]), min(end, place["end"])  # "Bagachra in Sharsha" of "... upazila"
            if first < last:
                rest[first - start:last - start] = " " * (last - first)
        return all(word in JOINING_WORDS or word in GEO_WORDS or word in ADMIN_WORDS  # and possessives:
                   for word in re.findall(r"\w+", _POSSESSIVE_S.sub(" ", "".join(rest)).lower()))  # "X in Y's"

    def _named_as_place(self, item: dict) -> bool:
        """False for a country named as a modifier ("US forces", "Syria's Idlib province"), for a
        place that is the subject of a verb ("Washington said") and for a place naming a named
        group's part ("the Islamic State group's Sinai branch"): those name actors."""
        root = span_root(self.doc, item["start"], item["end"])
        if root is None:
            return True
        if self._in_a_name(item) or _names_a_groups_part(root):
            return False
        if _elsewhere(root):
            return False
        return not (item.get("feature") == "country" and root.dep_ in MODIFIER_DEPS or root.dep_ == "nsubj")

    @cached_property
    def _home_countries(self) -> Counter[str]:
        """The countries of the article's places, counted once, without those named only as
        somewhere the events are not ("fighters from Uganda", "the border with Chad")."""
        roots = [(p, span_root(self.doc, p["start"], p["end"])) for p in self.places if p.get("country")]
        return Counter(p["country"] for p, root in roots if root is None or not _elsewhere(root))

    def _of_another_event(self, item: dict, own: set[int]) -> bool:
        """Whether a place names the scene of another event word of the sentence than the `own`
        trigger words ("two days before the Gaza war, extremists attacked ...")."""
        token = span_root(self.doc, item["start"], item["end"])
        for _ in range(4):
            if token is None or token.head.i == token.i or token.pos_ in ("VERB", "AUX"):
                return False
            token = token.head
            if token.i in own:
                return False
            if self.is_trigger(token):
                return token.pos_ in ("NOUN", "PROPN") and not _scene_of(token, own)
        return False

    def own_place(self, mention: Mention, own: set[int] | None = None) -> dict | None:
        """The place named in the mention's sentence for it (`own`: the trigger words of its event)."""
        own = own or anchors(mention)
        items = [p for p in self._in_unit(self.places, mention.unit) if self._named_as_place(p)
                 and not self._of_another_event(p, own) and not self._left_behind(p, own)
                 and not self._where_reported(p) and not self._a_party(p, own)]
        return self._most_specific(self._without_travel_ends(items, mention), mention)

    def _without_travel_ends(self, items: list[dict], mention: Mention) -> list[dict]:
        """`items` less where travellers were going or coming from when they name a scene too ("ambushed a
        minibus heading to Bolgatanga near Zebilla": at Zebilla)."""
        ends = [p for p in items if self._where_travellers_went(p, mention)]
        if not ends:
            return items
        scenes = [p for p in items if p not in ends and self._at_a_scene(p) and not self._containing(p, ends)]
        return scenes or items

    def _containing(self, item: dict, ends: list[dict]) -> bool:
        """Whether a place is named right after a travel end as what contains it ("heading to Mokowe in Lamu
        County", whatever word the parser hangs "in" on)."""
        root = span_root(self.doc, item["start"], item["end"])
        preposition = root.head if root is not None and root.dep_ == "pobj" else None
        return preposition is not None and preposition.lower_ in JOINING_WORDS and any(
            end["start"] <= self.doc[preposition.i - 1].idx < end["end"] for end in ends)

    def _at_a_scene(self, item: dict) -> bool:
        """Whether a place is the object of a preposition of where things happen ("near Zebilla", "in
        Kadauri"), not, say, the owner of a police prefecture the news came from."""
        root = span_root(self.doc, item["start"], item["end"])
        return root is not None and root.dep_ == "pobj" and root.head.lower_ in SCENE_PREPOSITIONS

    def _a_party(self, item: dict, own: set[int]) -> bool:
        """Whether a country is a party to the act, its subject ("Kyrgyzstan and Tajikistan agreed on Friday
        to a ceasefire"): who acted, not where (the deal "was signed ... in the village of Ak-Sai")."""
        if item.get("feature") != "country":  # a state acts; a town in a subject says where its people are
            return False
        root = span_root(self.doc, item["start"], item["end"])
        while root is not None and root.dep_ == "conj":
            root = root.head
        return root is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.i in own

    def _most_specific(self, items: list[dict], mention: Mention) -> dict | None:
        chosen = self._pick([p for p in items if not self._names_a_road(p)] or items, mention,
                            self._scene_rank)
        return self._specific(chosen, items) if chosen else None

    def place(self, mentions: list[Mention], speaker_country: str | None = None) -> dict | None:
        """The location of an event (its output object). For a statement (`speaker_country` given)
        the places it is about are not where it was made: the speaker's country is. A known place
        attached to a mention of the next paragraph and inside the place found wins ("shelled
        villages in the Kharkiv region ... shells hit the village of X")."""
        scenes = [(m, p) for m in mentions if not names_no_act(m) and (p := self.attached_place(m)) is not None
                  and not self._in_time_phrase(p, m)]
        first_paragraph = mentions[0].unit.paragraph  # the first telling, and the paragraph after it
        attached = [p for m, p in scenes if (p.get("geonames_id") or p.get("admin1"))  # known, or placed by the text
                    and self.index.paragraphs_apart(first_paragraph, m.unit.paragraph) <= REFINING_PARAGRAPHS]
        told = [(m, p) for m, p in scenes if not (speaker_country and p.get("feature") == "country")]
        earlier = [m for m, _ in told if m.start < mentions[0].start]
        lead = mentions[0] if any(m.unit is mentions[0].unit for m, _ in told) else min(earlier, key=lambda m: m.start,
                                                                                        default=None)
        if lead is not None:  # a place attached to a trigger of the event's own sentence, else of an earlier
            # telling ("hit a bomb near the village of X" before "the pickup struck the device" of a sentence
            # whose only place is where the patrol was heading), the most specific
            first = [p for m, p in told if m.unit is lead.unit]
            item = self._stated_in_brackets(_most_specific_of(first), lead)
            named = self._settlement_named_next(item, mentions)  # before the dateline's town stands in for a unit
            item = named or self._refined(self._inside(item, lead, attached, mentions), attached)
            return self._located(mentions, named or self._settlement_named_next(item, mentions) or item)
        own = {i for mention in mentions for i in anchors(mention)}
        for mention in mentions:
            item = self.own_place(mention, own)
            if speaker_country and item is not None and item.get("feature") == "country":
                item = None
            if item is not None:
                item = item if speaker_country else self._stated_in_brackets(item, mention)
                return self._located(mentions, self._refined(self._inside(item, mention, attached, mentions), attached))
        if speaker_country:
            return self._country_location(speaker_country)
        item = self._told_scene(mentions[0]) or self._earlier_place(mentions[0]) or self._sentence_place(mentions[0])
        if item is not None:
            return self._located(mentions, self._refined(item, attached))
        country = self._main_country(mentions)
        slot = self._slot_place(mentions, country)
        if slot is not None:
            return slot  # "bombed a crowded market in Waat": the name the text gives, not the dateline's town
        item = self._home_dateline(mentions) or self._later_in_paragraph(mentions[0])
        if item is not None:
            return self._located(mentions, self._refined(item, attached))
        town = self._town_in(country, [self.places]) if country and mentions[0].unit.headline else None
        if town:
            return self._located(mentions, town)  # a headline's story: at the article's first town
        return (self._capital_seat(mentions, country.get("country")) if country else None) or country

    def _located(self, mentions: list[Mention], item: dict) -> dict:
        """The output object of `item`, the event's place. A name no gazetteer knows and no text
        places in a division ("in Choam Ksant district") lies in the one first-level division of its
        country that the event's own sentences name ("a border area of Preah Vihear province"): it
        takes that division and its coordinates. A country is its capital when the event's sentences
        put it at a national seat of power (`_capital_seat`)."""
        if item.get("geonames_id") is None and item.get("admin1") is None and item.get("country"):
            divisions = {p["admin1"]: p for m in mentions for p in self._in_unit(self.places, m.unit)
                         if p.get("feature") == "admin1" and p.get("country") == item["country"] and p.get("admin1")}
            if len(divisions) == 1:
                division = next(iter(divisions.values()))
                item = {**item, "admin1": division["admin1"], "lat": division["lat"], "lon": division["lon"]}
        seat = self._capital_seat(mentions, item.get("country")) if item.get("feature") == "country" else None
        return seat or self._place_json(item)

    def silent_lead(self, mentions: list[Mention]):
        """The article's lead (its first body sentence, not a byline) when it tells no event in
        trigger words and the event's mentions come after it: a news lead tells its story's main
        event, so its date and place are that event's when the event's own sentences lack them."""
        lead = next((u for u in self.index.units if not u.headline
                     and any(t.pos_ in ("VERB", "AUX") for t in self.doc[u.first:u.last])), None)
        if lead is None or any(m.unit is lead for m in mentions) \
                or any(self.is_trigger(token) for token in self.doc[lead.first:lead.last]):
            return None
        return lead

    def lead_town(self, location: dict | None, mentions: list[Mention]) -> dict | None:
        """For a main event placed only at a country or first-level division, the first town inside
        it that a silent lead names ("stopped an intercity bus on the road between Tame and Fortul,
        in the eastern department of Arauca" before "the number of people abducted"); else None."""
        if location is None or location.get("precision") not in ("country", "admin1"):
            return None
        lead = self.silent_lead(mentions)
        area = {**location, "feature": location["precision"]}
        town = self._town_in(area, [self._in_unit(self.places, lead)]) if lead is not None else None
        return self._place_json(town) if town is not None else None

    def _told_there(self, item: dict, unit) -> bool:
        """Whether a place of a sentence that tells an event may be where it happened: not where it
        was reported ("told reporters in Kathmandu") nor a point a distance is counted from ("40 km
        east of Dori")."""
        return not self._where_reported(item) and not any((other.get("anchor") or {}).get("name") == item["name"]
                                                          for other in self._in_unit(self.places, unit))

    def _acted_on(self, item: dict) -> bool:
        """Whether a place is the object of a verb's preposition, and no report's ("descended on
        Sakalalina"; not "the government in Baghdad", "told reporters in Kathmandu")."""
        root = span_root(self.doc, item["start"], item["end"])
        verb = root.head.head if root is not None and root.dep_ == "pobj" else None
        return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() not in cue("report")

    def _stated_in_brackets(self, item: dict, mention: Mention) -> dict:
        """The place of the mention's sentence that the text gives with its own hierarchy in
        brackets, when `item` is not one: a note states so the place it codes ("blocked the
        Kisumu-Busia highway over a death in Maseno town (Kisumu West, Kisumu)" is at Maseno, "in
        the Ayigya area of Kumasi city (Kumasi Metropolitan, Ashanti)" at Kumasi)."""
        places = self._in_unit(self.places, mention.unit)
        if in_brackets_hierarchy(self.article.text, item, places):
            return item
        stated = next((p for p in places if in_brackets_hierarchy(self.article.text, p, places)
                       and self._named_as_place(p)), None)  # then what the text states inside it:
        return self._specific(stated, places) if stated else item  # "X city, X Sadar (Y)"

    def _slot_place(self, mentions: list[Mention], country: dict | None) -> dict | None:
        """A name no gazetteer knows in a place slot of the event's sentence ("clashed at Nkwantanang",
        "traders in Nsakina protested", "residents of Abrewankwa protested"): a capitalised object of
        "in"/"at", or of "of" after residents, youth, villagers..., with no article or possessor ("in
        the southern Andes", "in Ecuador's central Andes" name a region), that the tagger does not
        take for a date or a work, that is no country's people ("in Kenyan"; a name the tagger
        calls a people is still a village after "in"/"at": "shot dead in Loruk"), and that is no
        building or institution and no actor.
        It is placed in the article's `country` (its coordinates), when there is one."""
        unit = mentions[0].unit
        parties = [a for m in mentions for a in m.actors + m.recipients]
        for token in self.doc[unit.first:unit.last]:
            if token.dep_ != "prep" or token.lower_ not in cue("slot_prep") and not (
                    token.lower_ == "of" and token.head.lower_ in cue("resident_noun")):
                continue
            head = next((c for c in token.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if head is None or head.ent_type_ in NOT_SLOT_PLACE_ENTITIES or head.lower_ in facility_words() \
                    or head.ent_type_ == "NORP" and (is_demonym(head.text) or token.lower_ == "of") \
                    or any(c.dep_ in ("det", "poss") for c in head.children) \
                    or _place_of_care(head):  # "in the southern Andes", "in Ecuador's central Andes": a range,
                # no village; "a hospital in X"
                continue
            words = [head]
            while words[0].i > unit.first and words[0].nbor(-1).dep_ == "compound" \
                    and words[0].nbor(-1).pos_ == "PROPN" and words[0].nbor(-1).head.i == head.i:
                words.insert(0, words[0].nbor(-1))
            text = self.doc[words[0].i:head.i + 1].text
            start = words[0].idx
            named_party = token.lower_ != "of" and any(a.start <= start < a.end for a in parties)
            if named_party or not all(w.text[:1].isupper() and not w.text.isupper() for w in words):
                continue
            known = country or {}
            return self._place_json({"name": text, "text": text, "start": start, "end": start + len(text),
                                     "country": known.get("country"), "lat": known.get("lat"),
                                     "lon": known.get("lon"), "feature": "locality"})
        return None

    def _told_scene(self, mention: Mention) -> dict | None:
        """The most specific place of a sentence of the mention's paragraph that only tells where
        the event happened ("The incident took place near the market in Kaya", "Event reportedly
        occurred in or around Chekol (Southern Tigray, Tigray)")."""
        for unit in self.index.paragraph(mention.unit.paragraph):
            items = [p for p in self._in_unit(self.places, unit) if _scene_sentence_place(self.doc, p, unit)]
            if items:
                return self._specific(_most_specific_of(items), self._in_unit(self.places, unit))
        return None

    def _earlier_place(self, mention: Mention) -> dict | None:
        """The most specific place of the latest earlier sentence of the paragraph naming one ("...
        goats stolen in Ol-Moran town (Laikipia West, Laikipia). One militiaman was killed.")."""
        scenes = [p for p in self.places if self._named_as_place(p) and not self._left_behind(p, set())]
        latest = self.earlier_in_paragraph(scenes, mention)
        if latest is None:
            return None
        unit = self.index.of_offset(latest["start"])
        return self._most_specific([p for p in self._in_unit(scenes, unit) if not self._in_time_phrase(p)], mention) \
            or latest

    def _settlement_named_next(self, item: dict, mentions: list[Mention]) -> dict | None:
        """The place a later telling of the event names, in the lead's paragraph or the next, for a
        settlement the lead leaves unnamed inside `item` ("ambushed a patrol in an upland village of
        Guihulngan City ... a mission in Barangay Hibaiyo", "shelled villages outside the town of Tal
        Tamr ... slammed into homes in the village of Umm al-Kayf"): the first such place inside `item`."""
        if not self._in_unnamed_settlement(item):
            return None
        lead = mentions[0]
        later = [m for m in mentions if m.start > lead.unit.end
                 and self.index.paragraphs_apart(lead.unit.paragraph, m.unit.paragraph) <= REFINING_PARAGRAPHS]
        units = list({id(m.unit): m.unit for m in later}.values())
        dateline = self._dateline_places()
        return next((p for unit in units for p in self._in_unit(self.places, unit) if p is not item
                     and p not in dateline and p.get("feature") in TOWN_FEATURES and self._named_as_place(p)
                     and not self._where_reported(p) and specificity(p) >= specificity(item) and contains(item, p)),
                    None)  # not "told reporters in Bor": where the news was given

    def _in_unnamed_settlement(self, item: dict) -> bool:
        """Whether a place is where an unnamed settlement lies ("in a village of X", "villages outside
        the town of X", "a refugee camp in X upazila")."""
        token = span_root(self.doc, item["start"], item["end"])
        while token is not None and token.dep_ == "compound" and token.head.i > token.i:
            token = token.head  # "Guihulngan" of "Guihulngan City"
        for _ in range(4):
            if token is None or token.dep_ != "pobj":
                return False
            holder = token.head.head
            if COMPASS_WORDS.fullmatch(holder.lower_):  # "a village north of Muqdadiya", however parsed
                holder = next((c for c in holder.children if c.dep_ == "compound"), None) or (
                    holder.head if holder.dep_ in ("advmod", "npadvmod", "amod") else holder)
            if holder.lemma_.lower() in UNNAMED_SETTLEMENTS:
                return _unnamed_settlement(holder)  # not "a camp in the village of Drodro": the village named
            if holder.pos_ == "VERB" and any(c.dep_ == "dobj" and _unnamed_settlement(c) for c in holder.children):
                return True  # "shelled villages outside the town of X": the parser hangs "outside" on the verb
            token = holder
        return False

    @staticmethod
    def _refined(item: dict, attached: list[dict]) -> dict:
        """`item`, or the one known place inside it that the `attached` places name more
        specifically; `item` when they name several (an offensive told through its battles)."""
        level = specificity(item)
        inner = [p for p in attached if specificity(p) > level and contains(item, p)]
        best = _most_specific_of(inner)
        if best is None or len({p["geonames_id"] for p in inner if p.get("feature") == best.get("feature")}) > 1:
            return item
        return best

    def _sentence_place(self, mention: Mention) -> dict | None:
        """The place of the mention's sentence, even one another event word of it governs
        ("Residents of Kolo protest, demand ...") or a town of the article's country in a local body's
        name ("students of Kolo High School"): where the sentence happens."""
        own = anchors(mention)
        items = [p for p in self._in_unit(self.places, mention.unit) if not self._in_time_phrase(p)
                 and not self._left_behind(p, own) and (self._named_as_place(p) or self._in_a_name(p) and self._home_town(p))]
        return self._most_specific(items, mention)

    def _home_town(self, item: dict) -> bool:
        """Whether a place is a town of the article's most named country."""
        top = max(self._countries.values(), default=0)
        return item.get("feature") in TOWN_FEATURES and top > 0 and self._countries[item.get("country")] == top

    def _later_in_paragraph(self, mention: Mention) -> dict | None:
        """The first town or division named after the mention's sentence in its paragraph."""
        units = [u for u in self.index.paragraph(mention.unit.paragraph) if u.start >= mention.unit.end]
        return next((p for u in units for p in self._in_unit(self.places, u)
                     if p.get("feature") != "country" and self._named_as_place(p)), None)

    def _in_time_phrase(self, item: dict, mention: Mention | None = None) -> bool:
        """Whether a place names another event that only times this one ("two days before the Gaza
        war"); not when the timing phrase holds the mention's own trigger ("were missing after the
        attack near Djibo" is the attack's place)."""
        root = span_root(self.doc, item["start"], item["end"])
        above = set(mention.token.ancestors) if mention is not None else set()
        return root is not None and any(t.lower_ in RELATIVE_TO_EVENT | PERIOD_STARTS and t.dep_ == "prep"
                                        and t not in above for t in list(root.ancestors)[:TIME_PHRASE_DEPTH])

    def _home_dateline(self, mentions: list[Mention]) -> dict | None:
        """The dateline's place, when it lies in the country the article is about (a report from
        Nairobi about Somalia places what it leaves unplaced in Somalia, not in Nairobi)."""
        place = next(iter(self._dateline_places()), None)
        home = self._main_country(mentions) if place is not None else None
        return place if home is None or home.get("country") == place.get("country") else None

    def _dateline_places(self) -> list[dict]:
        span = self.article.place_dateline
        return [p for p in self.places if span and p["start"] < span.end and p["end"] > span.start]

    def _inside(self, item: dict, mention: Mention, attached: list[dict], mentions: list[Mention]) -> dict:
        """For a country or first-level division, the first town inside it named in the mention's
        sentence, else attached to a later mention of the event ("ambushed a patrol in northern
        Burkina Faso ... the attack near the town of Djibo"), else named in a sentence that tells
        the event again (a sentence of one of its `mentions`, in the paragraph of its first one or
        the next: "killed in western Niger ... The minibus was struck on the road linking the town of
        Tera to ..."), else, for a country, a town an act of the next paragraph's first sentence was
        done at, which tells the lead in detail ("killed six villagers in south-central Madagascar ...
        descended on Sakalalina, a rural commune in ..."), else in the body dateline (where the report
        was filed), else in the paragraph ("clashes in Tigray ... at Dedebit"); else `item`. A town of
        the mention's sentence where another event of it was done is none of these."""
        if item.get("feature") not in ("country", "admin1"):
            return item
        own = {i for m in mentions for i in anchors(m)}

        def places_in(unit) -> list[dict]:  # in the event's sentence, not where another event of it was done
            return [p for p in self._in_unit(self.places, unit) if not self._left_behind(p, own)
                    and (unit is not mention.unit or not self._done_by_another_act(p, unit, own))]

        paragraph = [p for u in self.index.paragraph(mention.unit.paragraph) for p in places_in(u)]
        dateline = self._dateline_places()
        sentence = [p for p in places_in(mention.unit) if p not in dateline]
        told = [p for m in mentions if self.index.paragraphs_apart(mentions[0].unit.paragraph, m.unit.paragraph)
                <= REFINING_PARAGRAPHS
                for p in places_in(m.unit) if p not in dateline and self._told_there(p, m.unit)]
        following = self.index.next_paragraph(mention.unit.paragraph)[:1] if item.get("feature") == "country" else []
        detail = [p for u in following for p in self._in_unit(self.places, u) if p not in dateline and self._acted_on(p)]
        groups = (sentence, attached, told, detail, dateline, paragraph)
        return self._town_in(item, groups) or item

    def _done_by_another_act(self, item: dict, unit, own: set[int]) -> bool:
        """Whether a place hangs on the verb of another event of its sentence than the `own` trigger
        words, one the sentence counts a time from ("an air strike on a village in Sagaing region
        killed 11 ..., two days after anti-junta forces captured the nearby town of Kawlin": Kawlin
        is where the town was taken, two days before)."""
        root = span_root(self.doc, item["start"], item["end"])
        verb = first_verb_above(root, unit) if root is not None else None
        return verb is not None and verb.i not in own and self.is_trigger(verb) and counted_from_another(verb)

    def _town_in(self, area: dict, groups) -> dict | None:
        """The first town or village inside `area` (a country or division) of the first group naming one:
        a known one, or one the gazetteer lacks that the text places in a division ("Kobou, a village
        30 km from Douentza in the Mopti region")."""
        for group in groups:
            inner = next((p for p in group if p.get("feature") in TOWN_FEATURES
                          and (p.get("geonames_id") or p.get("admin1"))  # known, or placed by the text
                          and contains(area, p) and self._named_as_place(p)), None)
            if inner is not None:
                return inner
        return None

    def _place_json(self, item: dict) -> dict:
        return {"name": item["name"], "text": item["text"], "start": item["start"], "end": item["end"],
                "country": item.get("country"), "admin1": item.get("admin1"), "admin2": item.get("admin2"),
                "lat": item.get("lat"), "lon": item.get("lon"), "precision": place_precision(item),
                "geo_precision": geo_precision(item, self.places, self.article.text)}

    def _main_country(self, mentions: list[Mention]) -> dict | None:
        """The article's most named country; when it names no place, the first country its words
        refer to ("Kenyan police", "Electricity Company of Ghana"): home forces first, then the
        home country of a named armed group of the event ("Al Shabaab": Somalia; such groups fight
        at home, where a foreign army named by its demonym may not), then the others."""
        counts = self._home_countries
        if not counts:
            ranks = country_reference_ranks(self.doc)
            for party in (p for m in mentions for p in m.actors + m.recipients):
                if party.country and not party.generic and party.sector in ARMED_GROUP_SECTORS:
                    ranks[party.country] = min(ranks.get(party.country, (GROUP_RANK, party.start)),
                                               (GROUP_RANK, party.start))
            ranks = {code: rank for code, rank in ranks.items() if rank[0] != ABROAD_RANK}
            return self._country_location(min(ranks, key=ranks.get)) if ranks else None
        code = max(counts, key=lambda c: (counts[c], -min(p["start"] for p in self.places if p.get("country") == c)))
        return self._country_location(code)

    def _capital_seat(self, mentions: list[Mention], code: str | None) -> dict | None:
        """The capital of the country `code` (its output object), for an event its sentences put at a
        national seat of power and name no place for ("gathered outside Parliament House", "outside
        Argentina's Congress"): the capital the gazetteer gives, where such seats are."""
        seats = [found for m in mentions for found in SEAT.finditer(self.article.text, m.unit.start, m.unit.end)]
        if code is None or not seats or any(not any(seat.start() <= p["start"] < seat.end() for seat in seats)
                                            and not self._left_behind(p, set())
                                            for m in mentions for p in self._in_unit(self.places, m.unit)):
            return None  # a place of the event's sentences tells more ("outside Parliament in Cape Town"), but the
            # seat's own country ("Argentina's Congress") does not
        city = capital_city(code, embedded_gazetteer().lookup)
        if city is None:
            return None
        return {"name": city.name, "text": None, "start": None, "end": None, "country": code,
                "admin1": embedded_gazetteer().admin1_name(city.admin1), "admin2": None, "lat": city.lat,
                "lon": city.lon, "precision": "exact", "geo_precision": 1}

    def _country_location(self, code: str) -> dict:
        """A country as a location, with the coordinates of its mention when the article names it."""
        item = next((p for p in self.places if p.get("country") == code and p.get("feature") == "country"), None)
        name = item["name"] if item else next((c.name for c in countries() if c.code == code), code)
        lat, lon = (item.get("lat"), item.get("lon")) if item else (None, None)
        return {"name": name, "text": None, "start": None, "end": None, "country": code, "admin1": None,
                "admin2": None, "lat": lat, "lon": lon, "precision": "country",
                "geo_precision": 3 if lat is not None else None}


def _unnamed_settlement(noun) -> bool:
    """Whether a noun is a settlement told without its name ("a village", "villages", not "the village")."""
    return noun.lemma_.lower() in UNNAMED_SETTLEMENTS and not any(c.dep_ == "det" and c.lower_ == "the"
                                                                  for c in noun.children)


def _names_a_groups_part(root) -> bool:
    """Whether a place names the part of a group the text names as its owner ("the Islamic State
    group's Sinai branch"; not "the Ogun chapter" of an association, which acts there)."""
    part = root.head
    return root.dep_ in MODIFIER_DEPS and part.lemma_.lower() in cue("group_part_noun") \
        and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in part.children)


def _scene_sentence_place(doc, item: dict, unit) -> bool:
    """Whether a place is where "the incident" or "the event" of its sentence occurred, happened
    or took place ("occurred [in [or [around [Chekol]]]]")."""
    root = span_root(doc, item["start"], item["end"])
    verb = first_verb_above(root, unit) if root is not None else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in cue("occurrence") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in cue("incident_noun") for c in verb.children)


def specificity(item: dict) -> int:
    """How specific a place item is (SPECIFICITY): a region wider than a country ("the North
    Caucasus", "the Sahel") least of all, below the division the text names in it ("the North
    Caucasus republic of Ingushetia")."""
    return 0 if item.get("feature") == "region" and not item.get("country") else SPECIFICITY.get(item.get("feature"), 0)


def _most_specific_of(items: list[dict]) -> dict | None:
    """The most specific of place items (a town before a division before a country), the first of equals."""
    return max(items, key=specificity, default=None)


def _scene_of(event_noun, own: set[int]) -> bool:
    """Whether another event word is the scene of an `own` trigger ("clashed at a rally in Migori"):
    it hangs from the trigger through "at", "in", "during", ..."""
    head = event_noun.head
    return event_noun.dep_ == "pobj" and head.lower_ in SCENE_PREPOSITIONS and head.head.i in own


def _names_people(noun) -> bool:
    """Whether a noun names people or a group of them ("fighters", "armed groups", "Turkana
    militia"), by the victims' person test or the actor dictionary."""
    phrase = [token for token in noun.subtree if token.i <= noun.i]  # the noun and the words before it
    return is_person(noun) or any(end == len(phrase) for _, end, _ in actor_dictionary().matches(phrase))


def _elsewhere(root) -> bool:
    """Whether a place names somewhere the event is not: where its people come from, where they
    fled, withdrew or pushed towards ("troops withdrew towards Maiduguri"), the other side of a border
    ("near the border with Brazil" places the event in the other country), or the hospital a victim
    died at or was taken to ("died at a hospital in Cotabato City")."""
    noun = root.head if root.dep_ == "appos" else root  # "towards the provincial capital Pemba"
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() in BORDERS:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in cue("toward_prep") \
            and noun.head.head.lemma_.lower() in cue("moving_verb"):
        return True
    return _origin(root) or _launch_site(root) or _place_of_care(root)


def _place_of_care(root) -> bool:
    """Whether a place is that of a hospital or morgue a victim died at, was taken to or treated in
    ("died at a hospital in Cotabato City", "flown to a clinic in Kaya"); not a hospital that was
    the scene ("a bomb exploded in a hospital in Kunduz")."""
    facility = next((t for t in _phrase_heads(root) if t.dep_ == "pobj" and t.lemma_.lower() in cue("care_facility")),
                    None)
    return facility is not None and facility.head.head.lemma_.lower() in cue("care_verb")


def _phrase_heads(root):
    """The words above a place through prepositions, their objects and compounds, nearest first, at
    most PHRASE_REACH of them ("from a base on the outskirts of X town": outskirts, of, on, base, from)."""
    token = root
    for _ in range(PHRASE_REACH):
        if token.dep_ not in ("pobj", "prep", "compound") or token.head.i == token.i:
            return
        token = token.head
        yield token


def _launch_site(root) -> bool:
    """Whether a place is where shells, rockets or aircraft were fired or launched from, or forces
    sent from, not where they struck ("shells fired from a base on the outskirts of Depayin town hit
    the village", "aircraft dispatched from Dori forced the attackers to withdraw"): it hangs from
    "from" (through nouns and prepositions only) under a verb of sending forces (event_cues
    dispatch_verb) or one whose projectile is a remote weapon (incident.REMOTE_WEAPONS: shells,
    rockets, aircraft, drones)."""
    source = next((t for t in _phrase_heads(root) if t.dep_ == "prep" and t.lower_ == "from"
                   and t.head.pos_ == "VERB"), None)
    if source is None:
        return False
    verb = source.head
    if verb.lemma_.lower() in cue("dispatch_verb"):
        return True
    projectiles = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not projectiles and verb.dep_ == "advcl":  # "shells landed in the village, fired from ..."
        projectiles = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(p.lemma_.lower() in cue(weapon) for p in projectiles for weapon in REMOTE_WEAPONS)


def _origin(root) -> bool:
    """Where people come from is not where they act: "fighters from Uganda", "armed groups from
    Uganda", "Idlib-based extremists"; where things come from may be the scene ("rustled cattle
    from Gbetsile")."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "from" and head.head.pos_ in ("NOUN", "PROPN"):
        return _names_people(head.head)
    return root.dep_ in ("npadvmod", "compound") and head.lemma_.lower() == "base" and head.dep_ == "amod"
