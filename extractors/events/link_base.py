"""What the date and place linkers share: where a date or place hangs in the parse relative to a
trigger (`attached_to`), the tokens it may hang from (`anchors`), and the look-ups by sentence and
paragraph of `LinkerBase`."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Any

from article2json.extractors.events.lexicon import cue
from article2json.extractors.events.modality import EVENT_SUBJECT_VERBS, is_infinitive
from article2json.extractors.events.triggers import Mention
from article2json.extractors.events.units import Unit, UnitIndex
from article2json.extractors.per_doc import PerDoc, token_columns

SUBJECT_SCENE_PREPOSITIONS = cue("subject_scene_prep")  # "police in Bamako arrested ..."
PERIOD_STARTS = cue("period_start")  # "since the start of the conflict two years ago" dates a period, not the event
RELATIVE_TO_EVENT = cue("relative_to_event")  # "two days before the war": a date the text does not give
ATTACHMENT_DEPTH = 12  # words a place or date climbs (nouns and prepositions only) to the trigger it hangs from
DATELINE_PUNCTUATION = " \t\r\n-–—_|:,.()[]"
# The mark after a date or place that opens its sentence ("On 28 April 2020, ...", "In Niger, ...").
AFTER_OPENING_DATE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?P<mark>[,:])")  # "20 March 2021 (month of),"


def start_of(item: dict) -> int:
    return item["start"]


_ROOTS: "PerDoc[int, dict[tuple[int, int], int | None]]" = PerDoc()


def span_root(doc, start: int, end: int):
    """The root token of the characters [start, end) of `doc` (widened to whole tokens), or None;
    the linkers ask for the same places many times, so the answer is kept per Doc."""
    roots = _ROOTS.get_or_make(doc, lambda doc: {})
    if (start, end) not in roots:
        span = doc.char_span(start, end, alignment_mode="expand")
        roots[start, end] = span.root.i if span is not None and len(span) else None
    i = roots[start, end]
    return None if i is None else doc[i]


def first_verb_above(token, unit: Unit):
    """The first verb above `token` (or `token` itself when it is a verb); climbs the Doc's token
    columns, building only the Token it returns."""
    columns, i = token_columns(token.doc), token.i
    for _ in range(8):
        head = columns.head[i]
        if columns.pos[i] in ("VERB", "AUX") or head == i or not unit.first <= head < unit.last:
            break
        i = head
    return token if i == token.i else token.doc[i]


def attached_to(token, triggers: set[int], unit: Unit) -> bool:
    """Whether `token` hangs from one of the `triggers` (climbing nouns and prepositions only). A
    place inside the subject is not the scene ("rebels from the Free Aceh Movement") unless it
    says where the subject is ("police in Bamako arrested"), nor one in a relative clause unless it
    tells where the victims were at the time; a place in another clause of the
    sentence (a complement, a coordinated clause, a clause with its own subject: "42 were injured,
    some of whom were flown to hospitals in Colombo", a demand) is not the trigger's, nor is the
    place of its sources ("according to the Dnipropetrovsk regional administration")."""
    columns = token_columns(token.doc)  # climbed by index: no Token built on the way
    lower, dep, heads = columns.lower, columns.dep, columns.head
    i, came_from = token.i, None
    for _ in range(ATTACHMENT_DEPTH):
        if i in triggers:
            return True
        if lower[i] == "according" and dep[i] == "prep":
            return False  # "according to the Dnipropetrovsk regional administration": the sources' place
        head = heads[i]
        if dep[i] == "nsubj":
            return head in triggers and came_from is not None and dep[came_from] == "prep" \
                and lower[came_from] in SUBJECT_SCENE_PREPOSITIONS
        if head == i or not unit.first <= head < unit.last or columns.pos[i] in ("VERB", "AUX"):
            if _doing_when_hit(token.doc[i]) and heads[head] in triggers:
                return True  # "killed militants who were massing near Gaskinde": where they were
            return head in triggers and dep[i] not in ("ccomp", "conj") and not has_subject(token.doc[i]) \
                and not _demanded(token.doc[i])
        came_from, i = i, head
    return False


def _doing_when_hit(verb) -> bool:
    """Whether a verb is a relative clause in the progressive on the object of an act, telling what its
    victims were doing when it struck ("killed militants who were massing near Gaskinde", "shot farmers
    who were working in their fields"), not what they had done ("militants who had attacked X")."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBG" and verb.head.dep_ in ("dobj", "nsubjpass") \
        and any(child.dep_ == "aux" and child.lemma_ == "be" for child in verb.children)


def _demanded(verb) -> bool:
    """A demand a protest was made for ("blocked roads to call for elections in April"): its date
    and place are those of what was demanded."""
    return verb.lemma_.lower() in cue("demand_verb") and is_infinitive(verb)


def has_subject(verb) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def counted_from_another(verb) -> bool:
    """Whether a verb's clause carries a time counted from another act ("two days after anti-junta
    forces captured the town"), however the parser hung the clause."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in RELATIVE_TO_EVENT]
    return any(unit.dep_ == "npadvmod" and (unit.head.i == mark.i or unit.i == mark.i - 1)
               for mark in marks for unit in [*mark.children, *verb.children])


def anchors(mention: Mention) -> set[int]:
    """The tokens a date or place of the mention hangs from: its trigger, and for an event noun
    the verb that carries it ("the attack occurred late on Friday", "announced the deployment")."""
    tokens = {t.i for t in mention.tokens}
    head = mention.token.head
    # a light verb by its lemma as read, not by lexicon.light_verb's readings: taking misread light
    # verbs ("staged": "stag") as anchors cost held-out place rows
    if mention.token.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in EVENT_SUBJECT_VERBS or \
            mention.token.dep_ == "dobj" and head.lemma_.lower() in cue("support"):
        tokens.add(head.i)
    return tokens


class LinkerBase:
    """The article's dates, places and quotes, sorted, and the look-ups both linkers use."""

    def __init__(self, doc, index: UnitIndex, found: dict[str, Any], reference, article,
                 is_trigger=lambda token: False) -> None:
        self.doc, self.index, self.reference, self.article = doc, index, reference, article
        self.is_trigger = is_trigger
        self.dates = sorted((d for d in found.get("dates") or [] if d.get("value") and not self._repeats_dateline(d)),
                            key=start_of)
        self.places = sorted((p for p in found.get("places") or [] if p.get("name")), key=start_of)
        self.quotes = found.get("quotes") or []
        self._countries = Counter(p["country"] for p in self.places if p.get("country"))
        self._attached_places: dict[tuple[int, int], dict | None] = {}
        self._by_mention: dict[tuple, tuple[Mention, Any]] = {}

    def per_mention(self, work, mention: Mention, *args):
        """`work(mention, *args)`, worked out once per mention and modality (which later stages may
        change); merging asks for the same mentions' dates many times."""
        key = (work.__name__, id(mention), mention.modality, args)
        kept = self._by_mention.get(key)
        if kept is None:  # the mention is kept with the answer, so its id names no other while the key lives
            kept = self._by_mention[key] = (mention, work(mention, *args))
        return kept[1]

    def _repeats_dateline(self, item: dict) -> bool:
        """Whether a date opening the body only repeats the publication date ("Monday, 19 April 2021
        _Nineteen civilians were killed ..." in a scraped page): a dateline, not the event's date."""
        start = self.article.body_start
        return self.reference is not None and start is not None and item["start"] >= start \
            and item["value"] == self.reference.date().isoformat() \
            and not self.article.text[start:item["start"]].strip(DATELINE_PUNCTUATION)

    def _in_unit(self, items: list[dict], unit: Unit) -> list[dict]:
        return [i for i in items if unit.start <= i["start"] and i["end"] <= unit.end]

    def _attached(self, item: dict, mention: Mention) -> bool:
        root = span_root(self.doc, item["start"], item["end"])
        return root is not None and attached_to(root, anchors(mention), mention.unit)

    def _pick(self, items: list[dict], mention: Mention, specificity) -> dict | None:
        def score(item):  # a place the text names once in another country is less likely; so is one
            # that lies in no country ("the North Caucasus republic of Ingushetia": specificity 0)
            consistent = specificity(item) > 0 and (item.get("country") is None or self._countries[item["country"]] > 1)
            return (self._attached(item, mention), consistent, specificity(item), -abs(item["start"] - mention.start))
        return max(items, key=score) if items else None

    def earlier_in_paragraph(self, items: list[dict], mention: Mention, skip=None) -> dict | None:
        """The latest of `items` (sorted by start) inside an earlier sentence of the mention's
        paragraph, except those `skip(item, unit)` rules out (a date dating a report). Walks back
        from the mention, so its cost does not grow with the length of the paragraph."""
        for position in range(bisect_left(items, mention.unit.start, key=start_of) - 1, -1, -1):
            item = items[position]
            unit = self.index.of_offset(item["start"])
            if unit is None or unit.paragraph != mention.unit.paragraph:
                if unit is not None and unit.paragraph < mention.unit.paragraph:
                    return None
                continue
            if item["end"] <= unit.end <= mention.unit.start and not (skip and skip(item, unit)):
                return item
        return None
