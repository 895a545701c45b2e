"""Linking an event to the date, place, attribution and casualty figures around its triggers.

Date and place: the expression in the trigger's sentence (the one attached to a trigger first,
then for dates the one opening the sentence, then the nearest; dates attached to a reporting verb,
as in "X said on Friday that ...", do not count), else the nearest earlier one in the paragraph,
else the dateline (the publication date, unless the sentence dates only the report; the place of
a body dateline such as "PESHAWAR, Pakistan -"), else for places the country the article names
most (for a headline, at the first town the article names there). docs/dates.md lists the date
rules. A place is made as specific as the text allows (`place_choice`, docs/places.md): "in
Niteroi, Rio de Janeiro" is Niteroi, and a country or division is replaced by a town inside it
named in the sentence, the body dateline or the paragraph. Attribution: the quote whose content
covers the trigger, else a reported speech cue in the same sentence, else in the same paragraph."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from datetime import date as Date
from typing import Any

from article2json.extractors.events.actors import countries
from article2json.extractors.places.gazetteer import distance_km
from article2json.extractors.events.lexicon import cue
from article2json.extractors.events.modality import EVENT_SUBJECT_VERBS
from article2json.extractors.events.place_choice import contains, geo_precision, most_specific
from article2json.extractors.events.triggers import Mention
from article2json.extractors.events.units import Unit, UnitIndex

SPECIFICITY = {"locality": 3, "city": 3, "region": 2, "admin1": 2, "country": 1}
BORDERS = {"border", "frontier", "boundary"}
SCENE_PREPOSITIONS = {"at", "in", "during", "near", "outside", "inside"}  # "clashed at a rally in Migori"
SUBJECT_SCENE_PREPOSITIONS = {"at", "in", "near", "outside", "inside"}  # "police in Bamako arrested ..."
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}
PRECISION = {"locality": "exact", "city": "exact", "region": "admin1", "admin1": "admin1", "country": "country"}
PERIOD_STARTS = {"since"}  # "since the start of the conflict two years ago" dates a period, not the event
RELATIVE_TO_EVENT = {"before", "after"}  # "two days before the war": a date the text does not give
TIME_UNITS = {"minute", "hour", "day", "week", "month", "year"}
TIME_PHRASE_DEPTH = 6  # "before [the outbreak of [the Gaza-Israel war]]": how far up a place looks for such a word
# A date that opens its sentence, after at most a label ("Property destruction:") and a preposition,
# and is followed by a comma or colon ("On 28 April 2020, ...", "24 September 2018: ...") dates the
# whole sentence, whatever clause the parser hangs it from.
BEFORE_OPENING_DATE = re.compile(r"[\W_]*(?:[A-Z][\w /-]{0,40}:\s*)?(?:(?i:on|in|at|during|early\s+on|late\s+on)\s+)?")
AFTER_OPENING_DATE = re.compile(r"\s*(?P<mark>[,:])")
# A place that opens its sentence before a comma ("In Niger, gunmen attacked ...", "In northern Mali,")
# frames what the paragraph tells from there on (a roundup's part about one country).
BEFORE_FRAME_PLACE = re.compile(r"[\W_]*(?i:in|across|inside)\s+(?:the\s+)?(?:[a-z]+\s+)?")
REFINING_PARAGRAPHS = 1  # a lead's place is made more specific by the paragraph after it, not by later ones
FRAME_REACH = 6  # how many sentences back in the paragraph a frame is looked for


def _start(item: dict) -> int:
    return item["start"]


def _root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governor(token, unit: Unit):
    """The first verb above `token` (or `token` itself when it is a verb)."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i or token.head not in unit:
            return token
        token = token.head
    return token


def _attached_to(token, triggers: set[int], unit: Unit) -> bool:
    """Whether `token` hangs from one of the `triggers` (climbing nouns and prepositions only). A
    place inside the subject is not the scene ("rebels from the Free Aceh Movement") unless it
    says where the subject is ("police in Bamako arrested"); a place in another clause of the
    sentence (a complement, a coordinated clause, a clause with its own subject: "42 were injured,
    some of whom were flown to hospitals in Colombo") is not the trigger's."""
    came_from = None
    for _ in range(8):
        if token.i in triggers:
            return True
        if token.dep_ == "nsubj":
            return token.head.i in triggers and came_from is not None and came_from.dep_ == "prep" \
                and came_from.lower_ in SUBJECT_SCENE_PREPOSITIONS
        if token.head.i == token.i or token.head not in unit or token.pos_ in ("VERB", "AUX"):
            return token.head.i in triggers and token.dep_ not in ("ccomp", "conj") and not _has_subject(token)
        came_from, token = token, token.head
    return False


def _has_subject(verb) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def _anchors(mention: Mention) -> set[int]:
    """The tokens a date or place of the mention hangs from: its trigger, and for an event noun
    the verb that carries it ("the attack occurred late on Friday", "announced the deployment")."""
    anchors = {t.i for t in mention.tokens}
    head = mention.token.head
    if mention.token.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in EVENT_SUBJECT_VERBS or \
            mention.token.dep_ == "dobj" and head.lemma_.lower() in cue("support"):
        anchors.add(head.i)
    return anchors


class Linker:
    """Date, place and attribution look-ups for the mentions of one article."""

    def __init__(self, doc, index: UnitIndex, found: dict[str, Any], reference, article,
                 is_trigger=lambda token: False) -> None:
        self.doc, self.index, self.reference, self.article = doc, index, reference, article
        self.is_trigger = is_trigger
        self.dates = sorted((d for d in found.get("dates") or [] if d.get("value")), key=_start)
        self.places = sorted((p for p in found.get("places") or [] if p.get("name")), key=_start)
        self.quotes = found.get("quotes") or []
        self._countries = Counter(p["country"] for p in self.places if p.get("country"))

    def _reported(self, item: dict, unit: Unit, mention: Mention | None = None) -> bool:
        """Whether a date dates a report ("said on Friday"), not the event it reports. No report:
        a verb that carries the event ("announced the deployment on Thursday"), a passive report
        whose subject is the event ("On 5 May, clashes were reported"), a date labelling its
        sentence ("24 September 2018: militants claim to have ...")."""
        root = _root(self.doc, item["start"], item["end"])
        if root is None or self._opening(item, unit) == ":":
            return False
        governor = _governor(root, unit)
        if governor.lemma_.lower() not in cue("report"):
            return False
        return not (mention and (governor.i in _anchors(mention) or _reports_as_subject(governor, mention)))

    def _opening(self, item: dict, unit: Unit) -> str | None:
        """The mark (',' or ':') after a date that opens its sentence ("On 28 April 2020, ..."), else None."""
        text = self.article.text
        if not BEFORE_OPENING_DATE.fullmatch(text, unit.start, item["start"]):
            return None
        after = AFTER_OPENING_DATE.match(text, item["end"], unit.end)
        return after.group("mark") if after else None

    def _in_unit(self, items: list[dict], unit: Unit) -> list[dict]:
        return [i for i in items if unit.start <= i["start"] and i["end"] <= unit.end]

    def _attached(self, item: dict, mention: Mention) -> bool:
        root = _root(self.doc, item["start"], item["end"])
        return root is not None and _attached_to(root, _anchors(mention), mention.unit)

    def _pick(self, items: list[dict], mention: Mention, specificity) -> dict | None:
        def score(item):
            consistent = item.get("country") is None or self._countries[item["country"]] > 1
            return (self._attached(item, mention), consistent, specificity(item), -abs(item["start"] - mention.start))
        return max(items, key=score) if items else None

    def attached_place(self, mention: Mention) -> dict | None:
        """The place attached to the trigger in the parse ("attack on a market in Kano"), or the
        place the text states inside it ("in Niteroi, Rio de Janeiro")."""
        items = [p for p in self._in_unit(self.places, mention.unit) if self._named_as_place(p)]
        chosen = self._pick([p for p in items if self._attached(p, mention)], mention,
                            lambda item: SPECIFICITY.get(item.get("feature"), 0))
        return most_specific(chosen, items, self.doc.text) if chosen else None

    def _other_clause(self, item: dict, mention: Mention) -> bool:
        """Whether a date belongs to a clause the trigger is not in ("a movement launched in April")."""
        root = _root(self.doc, item["start"], item["end"])
        if root is None:
            return False
        governor = _governor(root, mention.unit)
        own = _governor(mention.token, mention.unit)
        return governor.i != own.i and governor not in list(mention.token.ancestors) and \
            own not in list(governor.ancestors) and governor.dep_ in ("relcl", "acl", "advcl", "ccomp")

    def own_date(self, mention: Mention) -> dict | None:
        """The date stated in the mention's sentence (not in a report's clause or another clause);
        a date opening the sentence ("On 28 April 2020, ...") covers all its clauses and wins."""
        items = [d for d in self._in_unit(self.dates, mention.unit) if not self._reported(d, mention.unit, mention)
                 and (self._opening(d, mention.unit) or not self._other_clause(d, mention))
                 and not self._period_start(d, mention)]
        return self._pick(items, mention, lambda item: self._opening(item, mention.unit) is not None)

    def _period_start(self, item: dict, mention: Mention) -> bool:
        """Whether a date starts a period the event lies in ("since 2017", "since the start of the
        war two years ago"), unless the event is what the period starts from ("since the war
        broke out in 2011" dates the war)."""
        root = _root(self.doc, item["start"], item["end"])
        if root is None:
            return False
        starts = [t for t in [root, *list(root.ancestors)[:4]] if t.lower_ in PERIOD_STARTS and t.dep_ == "prep"]
        return any(start not in mention.token.ancestors for start in starts)

    def earlier_in_paragraph(self, items: list[dict], mention: Mention, reported: bool = False) -> dict | None:
        """The latest of `items` (sorted by start) inside an earlier sentence of the mention's
        paragraph (with `reported`, not one dating a report). Walks back from the mention, so its
        cost does not grow with the length of the paragraph."""
        for position in range(bisect_left(items, mention.unit.start, key=_start) - 1, -1, -1):
            item = items[position]
            unit = self.index.of_offset(item["start"])
            if unit is None or unit.paragraph != mention.unit.paragraph:
                if unit is not None and unit.paragraph < mention.unit.paragraph:
                    return None
                continue
            if item["end"] <= unit.end <= mention.unit.start and not (reported and self._reported(item, unit)):
                return item
        return None

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

    def report_date(self, mention: Mention) -> str | None:
        """The date of the report the mention's sentence makes ("residents said on Monday that ..."):
        the event happened then or before."""
        return next((d["value"] for d in self._in_unit(self.dates, mention.unit)
                     if self._reported(d, mention.unit, mention)), None)

    def textual_date(self, mention: Mention) -> dict | None:
        """The date the text gives the mention: its own, else the paragraph's latest before it."""
        return self.own_date(mention) or self.earlier_in_paragraph(self.dates, mention, reported=True)

    def date(self, mentions: list[Mention]) -> dict | None:
        """The date of an event (its output object): a date attached to one of its triggers, else
        the nearest in the representative's sentence, else the paragraph's, else the dateline."""
        attached = (d for m in mentions for d in self._in_unit(self.dates, m.unit)
                    if self._attached(d, m) and not self._period_start(d, m))
        item = next(attached, None) or next(filter(None, map(self.own_date, mentions)), None)
        if item is not None:
            return _date_json(item, "relative" if item.get("relative") else "explicit")
        item = self.earlier_in_paragraph(self.dates, mentions[0], reported=True)
        if item is not None:
            return _date_json(item, "relative" if item.get("relative") else "explicit")
        if self.reference is None or _dated_by_another_event(mentions[0]) or \
                any(map(self._only_report_dated, mentions)):
            return None
        span = self.article.dateline_span
        text = self.article.text[span.start:span.end] if span else None
        return {"value": self.reference.date().isoformat(), "precision": "day", "text": text,
                "start": span.start if span else None, "end": span.end if span else None, "basis": "dateline"}

    def _only_report_dated(self, mention: Mention) -> bool:
        """Whether the mention's sentence dates only the report of it ("police said on Friday that
        gunmen killed five"): the text does not say when the event happened."""
        return any(self._reported(d, mention.unit, mention) for d in self._in_unit(self.dates, mention.unit))

    def _in_a_name(self, item: dict) -> bool:
        """Whether a place is part of an organisation's name ("Free Aceh Movement"); not of an
        "organisation" made of place names only ("Kolo (Wote, Makueni)" taken for one)."""
        span = self.doc.char_span(item["start"], item["end"], alignment_mode="expand")
        return span is not None and any(t.ent_type_ == "ORG" for t in span) and any(
            e.label_ == "ORG" and e.start_char <= item["start"] and item["end"] <= e.end_char
            and len(e.text) > len(item["text"]) + 3 and not self._only_places(e.start_char, e.end_char)
            for e in self.doc.ents)

    def _only_places(self, start: int, end: int) -> bool:
        """Whether the text from `start` to `end` is place names and punctuation only."""
        rest = list(self.doc.text[start:end])
        for place in self.places:
            if start <= place["start"] and place["end"] <= end:
                rest[place["start"] - start:place["end"] - start] = " " * (place["end"] - place["start"])
        return not any(ch.isalnum() for ch in rest)

    def _named_as_place(self, item: dict) -> bool:
        """False for a country named as a modifier ("US forces", "Syria's Idlib province") and for
        a place that is the subject of a verb ("Washington said"): those name actors."""
        root = _root(self.doc, item["start"], item["end"])
        if root is None:
            return True
        if self._in_a_name(item):
            return False
        if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() in BORDERS:
            return False  # "near the border with Brazil" places the event in the other country
        if _origin(root):
            return False
        return not (item.get("feature") == "country" and root.dep_ in MODIFIER_DEPS or root.dep_ == "nsubj")

    def _of_another_event(self, item: dict, own: set[int]) -> bool:
        """Whether a place names the scene of another event word of the sentence than the `own`
        trigger words ("two days before the Gaza war, extremists attacked ...")."""
        token = _root(self.doc, item["start"], item["end"])
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
        own = own or _anchors(mention)
        return self._most_specific([p for p in self._in_unit(self.places, mention.unit)
                                    if self._named_as_place(p) and not self._of_another_event(p, own)], mention)

    def _most_specific(self, items: list[dict], mention: Mention) -> dict | None:
        chosen = self._pick(items, mention, lambda item: SPECIFICITY.get(item.get("feature"), 0))
        return most_specific(chosen, items, self.doc.text) if chosen else None

    def place(self, mentions: list[Mention], speaker_country: str | None = None) -> dict | None:
        """The location of an event (its output object). For a statement (`speaker_country` given)
        the places it is about are not where it was made: the speaker's country is. A known place
        attached to a mention of the next paragraph and inside the place found wins ("shelled
        villages in the Kharkiv region ... shells hit the village of X")."""
        scenes = [(m, p) for m in mentions if not _names_no_act(m) and (p := self.attached_place(m)) is not None
                  and not self._in_time_phrase(p)]
        first_paragraph = mentions[0].unit.paragraph  # the first telling, and the paragraph after it
        attached = [p for m, p in scenes if p.get("geonames_id")
                    and self.index.paragraphs_apart(first_paragraph, m.unit.paragraph) <= REFINING_PARAGRAPHS]
        first = [p for m, p in scenes if m.unit is mentions[0].unit
                 and not (speaker_country and p.get("feature") == "country")]
        if first:  # a place attached to a trigger of the event's first sentence, the most specific of them
            return self._place_json(self._refined(self._inside(_most_specific_of(first), mentions[0]), attached))
        own = {i for mention in mentions for i in _anchors(mention)}
        for mention in mentions:
            item = self.own_place(mention, own)
            if speaker_country and item is not None and item.get("feature") == "country":
                item = None
            if item is not None:
                return self._place_json(self._refined(self._inside(item, mention), attached))
        if speaker_country:
            return self._country_location(speaker_country)
        item = self._earlier_place(mentions[0]) or self._sentence_place(mentions[0]) \
            or next(iter(self._dateline_places()), None) or self._later_in_paragraph(mentions[0])
        if item is not None:
            return self._place_json(self._refined(item, attached))
        country = self._main_country()
        town = self._town_in(country, [self.places]) if country and mentions[0].unit.headline else None
        return self._place_json(town) if town else country  # a headline's story: at the article's first town

    def _earlier_place(self, mention: Mention) -> dict | None:
        """The most specific place of the latest earlier sentence of the paragraph naming one ("...
        goats stolen in Ol-Moran town (Laikipia West, Laikipia). One militiaman was killed.")."""
        latest = self.earlier_in_paragraph([p for p in self.places if self._named_as_place(p)], mention)
        if latest is None:
            return None
        unit = self.index.of_offset(latest["start"])
        return self._most_specific([p for p in self._in_unit(self.places, unit) if self._named_as_place(p)
                                    and not self._in_time_phrase(p)], mention) or latest

    @staticmethod
    def _refined(item: dict, attached: list[dict]) -> dict:
        """`item`, or the one known place inside it that the `attached` places name more
        specifically; `item` when they name several (an offensive told through its battles)."""
        level = SPECIFICITY.get(item.get("feature"), 0)
        inner = [p for p in attached if SPECIFICITY.get(p.get("feature"), 0) > level and contains(item, p)]
        best = _most_specific_of(inner)
        if best is None or len({p["geonames_id"] for p in inner if p.get("feature") == best.get("feature")}) > 1:
            return item
        return best

    def _sentence_place(self, mention: Mention) -> dict | None:
        """The place of the mention's sentence, even one another event word of it governs
        ("Residents of Kolo protest, demand ...") or a town of the article's country in a local body's
        name ("students of Kolo High School"): where the sentence happens."""
        items = [p for p in self._in_unit(self.places, mention.unit) if not self._in_time_phrase(p)
                 and (self._named_as_place(p) or self._in_a_name(p) and self._home_town(p))]
        return self._most_specific(items, mention)

    def _home_town(self, item: dict) -> bool:
        """Whether a place is a town of the article's most named country."""
        top = max(self._countries.values(), default=0)
        return item.get("feature") in ("city", "locality") and top > 0 and self._countries[item.get("country")] == top

    def _later_in_paragraph(self, mention: Mention) -> dict | None:
        """The first town or division named after the mention's sentence in its paragraph."""
        units = [u for u in self.index.paragraph(mention.unit.paragraph) if u.start >= mention.unit.end]
        return next((p for u in units for p in self._in_unit(self.places, u)
                     if p.get("feature") != "country" and self._named_as_place(p)), None)

    def _in_time_phrase(self, item: dict) -> bool:
        """Whether a place names another event that only times this one ("two days before the Gaza war")."""
        root = _root(self.doc, item["start"], item["end"])
        return root is not None and any(t.lower_ in RELATIVE_TO_EVENT | PERIOD_STARTS and t.dep_ == "prep"
                                        for t in list(root.ancestors)[:TIME_PHRASE_DEPTH])

    def _dateline_places(self) -> list[dict]:
        span = self.article.place_dateline
        return [p for p in self.places if span and p["start"] < span.end and p["end"] > span.start]

    def _inside(self, item: dict, mention: Mention) -> dict:
        """For a country or first-level division, the first town inside it named in the mention's
        sentence, else in the body dateline, else in the paragraph ("clashes in Tigray ... at
        Dedebit"); else `item`."""
        if item.get("feature") not in ("country", "admin1"):
            return item
        paragraph = [p for u in self.index.paragraph(mention.unit.paragraph) for p in self._in_unit(self.places, u)]
        groups = (self._in_unit(self.places, mention.unit), self._dateline_places(), paragraph)
        return self._town_in(item, groups) or item

    def _town_in(self, area: dict, groups) -> dict | None:
        """The first town or village inside `area` (a country or division) of the first group naming one."""
        for group in groups:
            inner = next((p for p in group if p.get("feature") in ("city", "locality") and p.get("geonames_id")
                          and contains(area, p) and self._named_as_place(p)), None)
            if inner is not None:
                return inner
        return None

    def _place_json(self, item: dict) -> dict:
        return {"name": item["name"], "text": item["text"], "start": item["start"], "end": item["end"],
                "country": item.get("country"), "admin1": item.get("admin1"), "admin2": item.get("admin2"),
                "lat": item.get("lat"), "lon": item.get("lon"), "precision": place_precision(item),
                "geo_precision": geo_precision(item, self.places)}

    def _main_country(self) -> dict | None:
        """The article's most named country; when it names no place, the first country its words
        refer to ("Kenyan police", "Electricity Company of Ghana"), home forces first."""
        counts = self._countries
        if not counts:
            from article2json.extractors.places import country_references

            references = country_references(self.doc)
            return self._country_location(references[0]) if references else None
        code = max(counts, key=lambda c: (counts[c], -min(p["start"] for p in self.places if p.get("country") == c)))
        return self._country_location(code)

    def _country_location(self, code: str) -> dict:
        """A country as a location, with the coordinates of its mention when the article names it."""
        item = next((p for p in self.places if p.get("country") == code and p.get("feature") == "country"), None)
        name = item["name"] if item else next((c.name for c in countries() if c.code == code), code)
        lat, lon = (item.get("lat"), item.get("lon")) if item else (None, None)
        return {"name": name, "text": None, "start": None, "end": None, "country": code, "admin1": None,
                "admin2": None, "lat": lat, "lon": lon, "precision": "country",
                "geo_precision": 3 if lat is not None else None}

    def attribution(self, mentions: list[Mention]) -> dict | None:
        """The speaker and channel of the report an event comes from."""
        for test in (self._covers, self._same_unit, self._same_paragraph):
            for mention in mentions:
                quote = next((q for q in self.quotes if test(q, mention)), None)
                if quote is not None:
                    span = quote.get("attribution") or {"start": quote["start"], "end": quote["end"]}
                    return {"speaker": quote.get("speaker"), "via": quote.get("via"),
                            "start": span["start"], "end": span["end"]}
        return None

    @staticmethod
    def _covers(quote: dict, mention: Mention) -> bool:
        return quote["start"] <= mention.start < quote["end"]

    @staticmethod
    def _same_unit(quote: dict, mention: Mention) -> bool:
        span = quote.get("attribution") or quote
        return mention.unit.start <= span["start"] < mention.unit.end

    def _same_paragraph(self, quote: dict, mention: Mention) -> bool:
        span = quote.get("attribution") or quote
        unit = self.index.of_offset(span["start"])
        return unit is not None and unit.paragraph == mention.unit.paragraph and not unit.headline


def _names_no_act(mention: Mention) -> bool:
    """A war or weapon word with no toll ("the Gaza-Israel war"): no act whose scene it could give."""
    return mention.weak and mention.token.pos_ != "VERB" and not mention.casualties


def _most_specific_of(items: list[dict]) -> dict | None:
    """The most specific of place items (a town before a division before a country), the first of equals."""
    return max(items, key=lambda item: SPECIFICITY.get(item.get("feature"), 0), default=None)


def _scene_of(event_noun, own: set[int]) -> bool:
    """Whether another event word is the scene of an `own` trigger ("clashed at a rally in Migori"):
    it hangs from the trigger through "at", "in", "during", ..."""
    head = event_noun.head
    return event_noun.dep_ == "pobj" and head.lower_ in SCENE_PREPOSITIONS and head.head.i in own


def _origin(root) -> bool:
    """Where people come from is not where they act: "fighters from Uganda", "Idlib-based extremists"."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "from" and head.head.pos_ in ("NOUN", "PROPN"):
        return True
    return root.dep_ in ("npadvmod", "compound") and head.lemma_.lower() == "base" and head.dep_ == "amod"


def _reports_as_subject(verb, mention: Mention) -> bool:
    """Whether a reporting verb carries the event rather than a speaker's report of it: the event is
    its subject (an event does not speak: "the blaze had claimed 73 lives"), or it is passive with no
    speaker named ("clashes were reported", "three women were reported killed")."""
    own = {t.i for t in mention.tokens}
    children = list(verb.children)
    if any(child.dep_ in ("nsubj", "nsubjpass") and child.i in own for child in children):
        return True
    return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def _dated_by_another_event(mention: Mention) -> bool:
    """"Two days before the war, ...": the event is dated from another one, not by the dateline."""
    verb = mention.token if mention.token.pos_ in ("VERB", "AUX") else mention.token.head
    return any(c.dep_ == "prep" and c.lower_ in RELATIVE_TO_EVENT and any(
        g.dep_ == "npadvmod" and g.lemma_.lower() in TIME_UNITS for g in c.children) for c in verb.children)


def _date_json(item: dict, basis: str) -> dict:
    return {"value": item["value"], "precision": item.get("precision"), "text": item["text"],
            "start": item["start"], "end": item["end"], "basis": basis}


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


def _week_of(value: str) -> str | None:
    if "-W" in value:
        return value[:8]
    try:
        year, week, _ = Date.fromisoformat(value[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


NEARBY_KM = 75  # two places this close may be the scene of one incident
FAR_KM = 150  # two places this far apart are not


def _distance_km(first: dict, second: dict) -> float | None:
    if None in (first.get("lat"), first.get("lon"), second.get("lat"), second.get("lon")):
        return None
    return distance_km(first["lat"], first["lon"], second["lat"], second["lon"])


def place_key(name: str | None) -> str | None:
    """A place name without its article ("Al-Rusafa" and "Rusafa" are one place)."""
    if not name:
        return None
    key = name.lower().replace("‘", "").replace("'", "")
    for prefix in ("al-", "el-", "al ", "el ", "the "):
        key = key.removeprefix(prefix)
    return key


def places_compatible(first: dict | None, second: dict | None) -> bool:
    """Whether two places may be the scene of one incident: the same place, one inside the
    other's region or country, or two places a short drive apart."""
    if not first or not second or place_key(first["name"]) == place_key(second["name"]):
        return True
    if place_key((first.get("anchor") or {}).get("name")) == place_key(second["name"]) or \
            place_key((second.get("anchor") or {}).get("name")) == place_key(first["name"]):
        return True
    distance = _distance_km(first, second)
    if distance is not None and distance <= NEARBY_KM and "country" not in (first["precision"], second["precision"]) \
            and (first["precision"], second["precision"]) != ("exact", "exact"):
        return True
    if first.get("country") and second.get("country") and first["country"] != second["country"]:
        return False
    if "country" in (first["precision"], second["precision"]):
        return True
    if distance is not None and distance > FAR_KM:
        return False
    if "admin1" in (first["precision"], second["precision"]):
        unknown = not first.get("admin1") or not second.get("admin1")  # a village the gazetteer does not place
        return unknown or first.get("admin1") == second.get("admin1") \
            or first["name"] in (second.get("admin1"),) or second["name"] in (first.get("admin1"),)
    return False
