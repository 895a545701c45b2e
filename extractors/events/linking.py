"""Linking an event to its date and attribution (its place: `place_linking`).

Date: the expression in the trigger's sentence (the one attached to a trigger first, then the one
opening the sentence, then the nearest; dates attached to a reporting verb, as in "X said on
Friday that ...", do not count), else the nearest earlier one in the paragraph, else the dateline
(the publication date, unless the sentence dates only the report). docs/dates.md lists the date
rules. Attribution: the quote whose content covers the trigger, else a reported speech cue in the
same sentence, else in the same paragraph."""

from __future__ import annotations

import re
from datetime import date, timedelta

from article2json.extractors.data_files import read_table
from article2json.extractors.events.circumstances import of_a_person, told_as_earlier
from article2json.extractors.events.link_base import (AFTER_OPENING_DATE, PERIOD_STARTS, RELATIVE_TO_EVENT,
                                                      anchors, first_verb_above, span_root)
from article2json.extractors.events.figures import number_value
from article2json.extractors.events.incident import dated_from_it
from article2json.extractors.events.lexicon import cue, definite_noun
from article2json.extractors.events.modality import is_infinitive
from article2json.extractors.events.place_linking import PlaceLinker
from article2json.extractors.events.scene import dates_compatible
from article2json.extractors.events.triggers import Mention
from article2json.extractors.events.units import Unit
from article2json.extractors.events.victims import casualty_predicate, is_person, is_update, terms
from article2json.extractors.per_doc import sentence_of, token_columns

AIM_DEPS = ("xcomp", "advcl", "acl")  # an infinitive hung on a verb or noun with these tells an aim

TIME_UNITS = cue("time_unit")
OFFSET_HOURS = {unit: int(hours) for unit, hours in read_table("event_offsets.tsv")}  # "two days before the assault"
OFFSET_UNITS = TIME_UNITS | OFFSET_HOURS.keys()  # the units of a phrase that dates one event from another
DAY = re.compile(r"\d{4}-\d\d-\d\d")
TOLL_ROLES = ("nsubj", "nsubjpass", "dobj")  # a toll its update verb governs
# a sentence that opens with a time counted from the act told before ("Hours earlier on Sunday,",
# "Two days later,", "Minutes later,", "The day before,"): its act is another one
_OFFSET = r"(?:[\w\-]+\s+){0,2}?(?:" + "|".join(sorted(OFFSET_UNITS)) + r")s?\s+(?:earlier|later|(?:before|after)(?=\s*,))\b"
_OPENING_OFFSET = re.compile(r"\W*" + _OFFSET, re.IGNORECASE)
# A date that opens its sentence, after at most a label ("Property destruction:"), such a time and a
# preposition, and is followed by a comma or colon ("On 28 April 2020, ...", "24 September 2018: ...",
# "Hours earlier on Sunday, ...") dates the whole sentence, whatever clause the parser hangs it from.
BEFORE_OPENING_DATE = re.compile(r"[\W_]*(?:[A-Z][\w /-]{0,40}:\s*)?(?:(?i:" + _OFFSET + r"),?\s+)?"
                                 r"(?:(?i:on|in|at|during|around|early\s+on|late\s+on)\s+)?")


CLOSING_SOURCE_WORDS = 10  # at most this many words between a date and the report closing its sentence
SOURCE_POS = {"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM"}  # "local authorities and aid workers", "two police sources"


class Linker(PlaceLinker):
    """Date, place and attribution look-ups for the mentions of one article."""

    def _reported(self, item: dict, unit: Unit, mention: Mention | None = None) -> bool:
        """Whether a date dates a report ("said on Friday", "a statement issued on Sunday") or a new
        count of its toll ("the toll rose to six Friday"), not the event it reports. No report:
        a verb that carries the event ("announced the deployment on Thursday"), a passive report
        whose subject is the event ("On 5 May, clashes were reported"), a date labelling its
        sentence ("24 September 2018: militants claim to have ..."), a date opening a sentence whose
        report closes it, after the act ("On Sunday, gunmen shot dead a headman, police said")."""
        root, opening = span_root(self.doc, item["start"], item["end"]), self._opening(item, unit)
        if root is None or opening == ":":
            return False
        governor = first_verb_above(root, unit)
        if any(child.dep_ in TOLL_ROLES and is_update(child) for child in governor.children):
            return True  # "the death toll from the bombing rose to six Friday": the day of the count
        if governor.dep_ == "acl" and governor.head.lemma_.lower() in cue("statement_noun"):
            return True  # "In a statement issued on Sunday, the spokesman said": the statement's day
        if governor.lemma_.lower() not in cue("report") or \
                opening is None and _before_a_closing_report(item, governor):
            return False
        if mention is not None and opening is not None and governor.i > mention.token.i:
            return False  # "Hours earlier on Sunday, two gunmen shot dead a headman ..., police said": the act
        # told before the report that closes the sentence
        return not (mention and (governor.i in anchors(mention) or _reports_as_subject(governor, mention)))

    def _opening(self, item: dict, unit: Unit) -> str | None:
        """The mark (',' or ':') after a date that opens its sentence ("On 28 April 2020, ..."), else None."""
        text = self.article.text
        if not BEFORE_OPENING_DATE.fullmatch(text, unit.start, item["start"]):
            return None
        after = AFTER_OPENING_DATE.match(text, item["end"], unit.end)
        return after.group("mark") if after else None

    def _other_clause(self, item: dict, mention: Mention, what_came_before: bool = True) -> bool:
        """Whether a date belongs to a clause the trigger is not in ("a movement launched in April"),
        to an aim below it ("blocked roads to call for elections in April"), or to what its clause
        followed ("called after the regulator raised prices last week")."""
        root = span_root(self.doc, item["start"], item["end"])
        if root is None:
            return False
        governor = first_verb_above(root, mention.unit)
        own = first_verb_above(mention.token, mention.unit)
        if governor.i != own.i and later_death(governor):
            return True  # "Ten others were wounded; two of them died on Monday": the deaths' day
        if governor.i != own.i and told_as_earlier(governor) and of_a_person(governor):
            return True  # "a jawan who had joined the force in 2019 was killed": a person's past, not the event's day
        if what_came_before and governor in list(own.ancestors) and _told_as_what_came_before(own, governor):
            return True  # "arrested 15 people on Saturday after a crowd attacked homes": the arrests' day
        if governor.i == own.i or governor in list(mention.token.ancestors) or _while_it_was_told(own, governor):
            return False
        aims = [v for v in [governor, *governor.ancestors] if _aim(v) and v.i != own.i]
        if any(own.i in (aim.head.i, aim.head.head.i) for aim in aims):
            return True  # "blocked roads to call for elections in April": the aim's date
        path = [governor, *governor.ancestors]
        if own in path and any(c.dep_ == "mark" and c.lower_ in cue("earlier_clause")
                               for verb in path[:path.index(own)] for c in verb.children):
            return True  # "called after the regulator raised prices last week": what it followed
        return own not in list(governor.ancestors) and governor.dep_ in ("relcl", "acl", "advcl", "ccomp")

    def own_date(self, mention: Mention, what_came_before: bool = True) -> dict | None:
        """`_own_date`, kept per mention."""
        return self.per_mention(self._own_date, mention, what_came_before)

    def _own_date(self, mention: Mention, what_came_before: bool) -> dict | None:
        """The date stated in the mention's sentence (not in a report's clause or another clause);
        a date opening the sentence ("On 28 April 2020, ...") covers all its clauses and wins (but a
        relative day does not date a relative clause in the past perfect, which tells what had
        happened before: "On Tuesday, a woman who had been shot in the chest died"), and, when it is
        a calendar date, dates the event a report in it tells when its own clause has no
        date ("On 7 July 2021, the group claimed that it bombed a convoy"; not "A day earlier,
        police said ...", whose day is counted from another event)."""
        if _counted_by_a_toll(mention.token) or _what_a_proceeding_is_about(mention.token) or _ended(mention.token):
            return None  # "the death toll from the attack rose to two on Sunday": the count's day
        counted = _offset_span(mention)  # "on the same day as the protest": no date of either
        dates = [d for d in self._in_unit(self.dates, mention.unit) if not self._period_start(d, mention)
                 and not self._dates_a_noun(d, mention) and not self._dates_the_dead(d, mention)
                 and not self._dates_what_it_followed(d, mention)
                 and not counted[0] <= d["start"] < counted[1] and not self._yet_to_come(d, mention)]
        if told_as_earlier(mention.token):  # "On Tuesday, a woman who had been shot died": not Tuesday
            dates = [d for d in dates if not (d.get("relative") and self._opening(d, mention.unit))]
        items = [d for d in dates if not self._reported(d, mention.unit, mention)
                 and (self._opening(d, mention.unit) or not self._other_clause(d, mention, what_came_before))]
        items = items or [d for d in dates if self._opening(d, mention.unit) and not d.get("relative")]
        hung = self._date_hung_on(mention, items)
        if hung:  # "came on November 24, 2017, when gunmen struck al-Rawda mosque during Friday prayers"
            return hung
        item = _day_told_with(self._pick(items, mention, lambda item: self._opening(item, mention.unit) is not None),
                              items)
        return item and (_the_day_it_is_counted_from(item, [mention]) or item)

    def _dates_what_it_followed(self, item: dict, mention: Mention) -> bool:
        """Whether a date lies inside the object of "after" or "following" on the mention's verb ("The
        fighting erupted after an SDF raid on a house late on Saturday": the raid's day)."""
        root = span_root(self.doc, item["start"], item["end"])
        if root is None:
            return False
        own = first_verb_above(mention.token, mention.unit)
        return any(t.dep_ == "pobj" and t.head.lower_ in cue("after_prep") and t.head.head.i == own.i
                   and t.i != mention.token.i for t in root.ancestors)

    def _date_hung_on(self, mention: Mention, dates: list[dict]) -> dict | None:
        """The date of `dates` the mention's clause is a relative clause of ("on November 24, 2017, when
        gunmen struck ..."): that day is the clause's, before any day named inside it."""
        own = first_verb_above(mention.token, mention.unit)
        if own.dep_ != "relcl":
            return None
        return next((d for d in dates if d["start"] <= own.head.idx < d["end"]), None)

    def _owned_by_a_noun(self, item: dict, mention: Mention) -> bool:
        """Whether a date is the possessor of another noun than the mention's ("December's wages"), which it
        dates (unlike "Friday prayers", the time of the bombing during them)."""
        root = span_root(self.doc, item["start"], item["end"])
        return root is not None and root.dep_ == "poss" and self._dates_a_noun(item, mention)

    def _in_its_aim(self, item: dict, mention: Mention) -> bool:
        """Whether a date lies in an infinitive the mention's verb governs: the time of what was agreed,
        promised or demanded ("agreed to pay the wages by Jan. 20"), not of the act."""
        root = span_root(self.doc, item["start"], item["end"])
        if root is None:
            return False
        governor = first_verb_above(root, mention.unit)
        return governor.i != mention.token.i and _aim(governor) and mention.token in governor.ancestors

    def _yet_to_come(self, item: dict, mention: Mention) -> bool:
        """Whether a day after publication dates what is yet to come in the sentence, not an act told
        as done ("Under the deal, a committee is due to meet on Sunday": the deal was signed before)."""
        value = item.get("value") or ""
        return mention.modality == "asserted" and self.reference is not None and len(value) == 10 \
            and value > self.reference.date().isoformat()

    def _dates_the_dead(self, item: dict, mention: Mention) -> bool:
        """Whether a date dates what was done with the dead afterwards ("On Saturday we counted 15
        bodies", "buried them on Sunday"), not the incident."""
        root = span_root(self.doc, item["start"], item["end"])
        if root is None:
            return False
        verb, lexicon = first_verb_above(root, mention.unit), terms()
        return verb.lemma_.lower() in lexicon["after_death_verbs"] and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in lexicon["victim_nouns"] or is_person(c) or c.tag_ == "PRP")
            for c in verb.children)  # the dead, not "a landslide buried four houses early on Saturday"

    def _dates_a_noun(self, item: dict, mention: Mention | None = None) -> bool:
        """Whether a date is a modifier of another noun, which it dates ("ahead of May's elections",
        "the 2019 protests"), not of the mention's own word ("Sunday's attack"); with no mention, of
        any noun (a date an earlier sentence gives a noun dates that noun only: "accusing them of
        instigating Saturday's attack. ... they had been detained")."""
        root = span_root(self.doc, item["start"], item["end"])
        return root is not None and root.dep_ in ("poss", "compound", "nmod", "amod") \
            and root.head.pos_ in ("NOUN", "PROPN") and (mention is None or root.head.i != mention.token.i)

    def _not_the_paragraphs(self, item: dict, unit: Unit) -> bool:
        """Whether an earlier sentence's date dates something else than what the paragraph goes on
        telling: a report, a noun it modifies, or what is yet to come ("a hearing is scheduled for
        March 20")."""
        return self._reported(item, unit) or self._dates_a_noun(item) or self._foretold(item, unit)

    def _not_the_paragraphs_for(self, mention: Mention):
        """`_not_the_paragraphs`, and a day yet to come for an act told as done ("a committee is due to
        meet on Sunday. The UN welcomed the truce": not Sunday's truce)."""
        return lambda item, unit: self._not_the_paragraphs(item, unit) or self._yet_to_come(item, mention)

    def _foretold(self, item: dict, unit: Unit) -> bool:
        root = span_root(self.doc, item["start"], item["end"])
        return root is not None and first_verb_above(root, unit).lemma_.lower() in cue("foretelling_verb")

    def _period_start(self, item: dict, mention: Mention | None = None) -> bool:
        """Whether a date starts a period the event lies in ("since 2017", "since the start of the
        war two years ago"), unless the event (`mention`, when given) is what the period starts from
        ("since the war broke out in 2011" dates the war)."""
        root = span_root(self.doc, item["start"], item["end"])
        if root is None:
            return False
        starts = [t for t in [root, *list(root.ancestors)[:4]] if t.lower_ in PERIOD_STARTS and t.dep_ == "prep"]
        return any(mention is None or start not in mention.token.ancestors for start in starts)

    def report_date(self, mention: Mention) -> str | None:
        """The date of the report the mention's sentence makes ("residents said on Monday that ..."):
        the event happened then or before."""
        return self.per_mention(self._report_date, mention)

    def _report_date(self, mention: Mention) -> str | None:
        return next((d["value"] for d in self._in_unit(self.dates, mention.unit)
                     if self._reported(d, mention.unit, mention)), None)

    def textual_date(self, mention: Mention) -> dict | None:
        """The date the text gives the mention: its own, else the paragraph's latest before it."""
        return self.per_mention(self._textual_date, mention)

    def _textual_date(self, mention: Mention) -> dict | None:
        return self.own_date(mention) or self.earlier_in_paragraph(self.dates, mention,
                                                                   skip=self._not_the_paragraphs_for(mention))

    def date(self, mentions: list[Mention]) -> dict | None:
        """The date of an event (its output object): a date attached to one of its triggers, else
        the nearest in the representative's sentence, else the paragraph's, else the dateline."""
        mentions = [m for m in mentions if not _aim_of_another(m, mentions) and not _starts_a_period(m)] or mentions
        counted = _offset_span(mentions[0])  # "on the same day as the Kampala protest": its "the same day" dates
        attached = (d for m in mentions for d in self._in_unit(self.dates, m.unit)  # nothing, stage 7 counts
                    if self._attached(d, m) and not self._period_start(d, m) and not self._dates_what_it_followed(d, m)
                    and (self._opening(d, m.unit) or not self._owned_by_a_noun(d, m) and not self._in_its_aim(d, m))
                    # not "agreed to pay December's wages by Jan. 20"
                    and not counted[0] <= d["start"] < counted[1])
        if _measured_clause(_clause_verb(mentions[0])):  # "three days after insurgents seized it": not the day of
            # the act it hangs on (stage 7 counts), unless the clause states its own ("weeks after a councillor
            # was shot dead ... on July 19")
            item = next((d for d in attached if self._attached(d, mentions[0])), None)
            return _date_json(item, "relative" if item.get("relative") else "explicit") if item else None
        hung = next(filter(None, (self._date_hung_on(m, self._in_unit(self.dates, m.unit)) for m in mentions)), None)
        item = hung or next(attached, None)  # "came on November 24, 2017, when gunmen struck ... during Friday prayers"
        if item is not None:  # "Two days earlier, on Saturday,": the day
            item = _day_told_with(item, self._in_unit(self.dates, self.index.of_offset(item["start"])))
        item = item or next(filter(None, map(self.own_date, mentions)), None)
        if item is not None:
            item = _the_day_it_is_counted_from(item, mentions) or self._day_inside(item, mentions)
            return _date_json(item, "relative" if item.get("relative") else "explicit")
        item = self.earlier_in_paragraph(self.dates, mentions[0], skip=self._not_the_paragraphs_for(mentions[0]))
        if item is not None:
            item = self._opening_date(item) or item
            return _date_json(item, "relative" if item.get("relative") else "explicit")
        item = next(filter(None, (self.own_date(m, what_came_before=False) for m in mentions)), None)
        if item is not None:  # "arrested 15 on Saturday after a crowd attacked homes", told nowhere else: no
            # later day than the arrests' (merging saw it undated, free to join a telling that dates it)
            return _date_json(item, "relative" if item.get("relative") else "explicit")
        if self.reference is None or offset_phrase(mentions[0]) is not None or opening_offset(mentions[0]) or \
                any(map(self._only_report_dated, mentions)):  # dated from another event, or only the report dated
            return None
        span = self.article.dateline_span
        text = self.article.text[span.start:span.end] if span else None
        return {"value": self.reference.date().isoformat(), "precision": "day", "text": text,
                "start": span.start if span else None, "end": span.end if span else None, "basis": "dateline"}

    def lead_date(self, mentions: list[Mention]) -> dict | None:
        """The date the article's lead states when the lead tells no event of its own and the event
        is first told after it ("Gunmen stopped an intercity bus on Saturday afternoon ... and forced
        several passengers into the forest" before "the number of people abducted"): a news lead
        tells its story's main event, so its day is that event's. None when the lead has an event
        word, names no date, or only dates a report ("officials said on Sunday")."""
        return self._story_date(self.silent_lead(mentions))

    def sequel_date(self, mentions: list[Mention], told_elsewhere: set[int]) -> dict | None:
        """For an event whose sentence dates only its report ("abducted nine people ..., residents
        said on Wednesday"), the date the next sentence gives when it goes on with the story and
        tells no other reported event (`told_elsewhere`: their trigger tokens) ("The gunmen arrived
        at around 11 p.m. on Tuesday"); else None."""
        if not any(map(self._only_report_dated, mentions)):
            return None
        return self._story_date(self._silent_sequel(mentions, told_elsewhere))

    def _story_date(self, unit: Unit | None) -> dict | None:
        """The first date of a sentence that tells an event's story without its words, not a
        report's nor the start of a period; None without one."""
        item = next((d for d in self._in_unit(self.dates, unit) if not self._reported(d, unit)
                     and not self._period_start(d)), None) if unit is not None else None
        return None if item is None else _date_json(item, "relative" if item.get("relative") else "explicit")

    def _silent_sequel(self, mentions: list[Mention], told_elsewhere: set[int]) -> Unit | None:
        """The sentence right after the first telling of an event, in its paragraph or opening the
        next, when it tells no other reported event (`told_elsewhere`: the token indexes of their
        triggers): it goes on with the event's story. None otherwise."""
        first = min(mentions, key=lambda m: m.start).unit
        following = next((u for u in self.index.units if u.start >= first.end and not u.headline), None)
        if following is None or self.index.paragraphs_apart(first.paragraph, following.paragraph) > 1 \
                or any(i in told_elsewhere for i in range(following.first, following.last)):
            return None
        return following

    def _day_inside(self, item: dict, mentions: list[Mention]) -> dict:
        """A week or month an event is told in, made the day a later telling of the event names inside
        it ("stormed the neighbourhood earlier this week ... the assault began around 4 a.m. on
        Tuesday"); `item` when none does."""
        if item.get("precision") not in ("week", "month"):
            return item
        return next((day for m in mentions if (day := self.own_date(m)) is not None and day.get("precision") == "day"
                     and dates_compatible(item["value"], day["value"])), item)

    def _opening_date(self, item: dict) -> dict | None:
        """The date opening the sentence of `item`, which dates all that sentence tells ("Around 20
        March 2021 (month of), the fighting was ongoing from November and into 2021."), or None."""
        unit = self.index.of_offset(item["start"])
        return next((d for d in self._in_unit(self.dates, unit) if self._opening(d, unit)), None) if unit else None

    def opening_offset(self, mention: Mention) -> tuple[int, dict] | None:
        """`opening_offset` of a mention whose sentence does not date only its report ("A day
        earlier, on Friday, security forces said they had killed four": the day of the saying), nor
        names the day right after the offset ("Two days earlier, on Saturday, a bomb exploded": Saturday,
        whatever the act told before was)."""
        found = None if self._only_report_dated(mention) else opening_offset(mention)
        if found is not None and _day_right_after(found[1]["end"], self._in_unit(self.dates, mention.unit)):
            return None
        return found

    def _only_report_dated(self, mention: Mention) -> bool:
        """Whether the mention's sentence dates only the report of it ("police said on Friday that
        gunmen killed five"): the text does not say when the event happened."""
        return any(self._reported(d, mention.unit, mention) for d in self._in_unit(self.dates, mention.unit))

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


def _before_a_closing_report(item: dict, verb) -> bool:
    """Whether a date ends a clause that a report closing the sentence tells, only a comma and the
    report's source between them ("... bombed a market in Waat on Wednesday, local authorities and aid
    workers said"): the day of what was reported, though the parser hangs it on the report verb. Not
    a date before which the sentence tells nothing ("A day earlier, on Friday, security forces said
    they had killed ..."). The parse may take the place before the date for the source, or hang the
    act's outcome on the report ("... on Monday, killing at least 11 of them, indigenous
    organizations said"): the words decide."""
    doc = verb.doc
    between = doc.char_span(item["end"], verb.idx, alignment_mode="expand") if item["end"] < verb.idx else None
    if between is None or len(between) < 2 or between[0].text != ",":
        return False
    outcomes = [child for child in verb.children if child.dep_ == "advcl" and child.tag_ == "VBG"
                and item["end"] <= child.idx] + [between[1]] * (between[1].tag_ == "VBG")  # or on another word
    outcome = {t.i for child in outcomes for t in child.subtree}  # "..., killing at least 11 of them, indigenous
    between = [t for t in between if t.i not in outcome]  # organizations said": the parser hangs the outcome on
    if len(between) > CLOSING_SOURCE_WORDS or outcome and between[-1].pos_ == "PUNCT":  # the report too
        return False
    told = any(t.pos_ == "VERB" for t in sentence_of(verb) if t.idx < item["start"])
    return told and all(t.pos_ in SOURCE_POS or t.tag_ == "POS" or t.i - 1 in outcome and t.text == ","
                        for t in between[1:])


def _reports_as_subject(verb, mention: Mention) -> bool:
    """Whether a reporting verb carries the event rather than a speaker's report of it: the event is
    its subject (an event does not speak: "the fire had claimed 40 lives"), or it is passive with no
    speaker named ("clashes were reported", "three women were reported killed")."""
    own = {t.i for t in mention.tokens}
    children = list(verb.children)
    if any(child.dep_ in ("nsubj", "nsubjpass") and child.i in own for child in children):
        return True
    return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def _aim_of_another(mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a mention is the aim of another one of its event ("blocked roads to call for
    elections in April"): what it is dated with is the aim's time, not the event's."""
    return _aim(mention.token) and any(m.token in mention.token.ancestors for m in mentions)


def _starts_a_period(mention: Mention) -> bool:
    """Whether a mention tells when a period began ("have been detained since the protests began
    ten days ago"): its date is the start of a campaign, not the day of the event told with it."""
    carrier = mention.token.head if mention.token.dep_ in ("nsubj", "nsubjpass") else mention.token
    return any(child.dep_ == "mark" and child.lower_ in PERIOD_STARTS for child in carrier.children)


def _aim(verb) -> bool:
    """An infinitive hung on a verb or noun: an aim ("blocked roads to call for ...")."""
    return verb.dep_ in AIM_DEPS and is_infinitive(verb)


def offset_phrase(mention: Mention):
    """The phrase that dates the mention's clause from another event, as (its unit word, its
    "before"/"after", the word of the other event, whether the mention comes after it), or None:
    "two days before the assault" and "a day after the attack" (however the parser hangs the unit),
    "on the night before the bombing", "on the same day as the Kampala protest", and a clause measured from the one it hangs on ("retook the
    village on Wednesday, three days after insurgents seized it": the seizing, three days before)."""
    verb = _clause_verb(mention)
    clause = _measured_clause(verb)
    if clause is not None:
        return clause
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in RELATIVE_TO_EVENT:  # "two days before the war"; "hours after
            # the attack" with the unit hung beside the preposition
            pairs = [(unit, child) for unit in [*child.children, *verb.children] if unit.dep_ == "npadvmod"
                     and (unit.head.i == child.i or unit.i == child.i - 1)]
        elif child.dep_ == "npadvmod":  # "a day after the attack" hung from the unit
            pairs = [(child, prep) for prep in child.children if prep.dep_ == "prep" and prep.lower_ in RELATIVE_TO_EVENT]
        elif child.dep_ == "prep":  # "on the night before the bombing", "on the same day as the Kampala protest"
            pairs = [(noun, prep) for noun in child.children if noun.dep_ == "pobj" for prep in noun.children
                     if prep.dep_ == "prep" and (prep.lower_ in RELATIVE_TO_EVENT
                                                 or prep.lower_ in cue("same_time") and _same(noun))]
        else:
            continue
        for unit, prep in pairs:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and unit.lemma_.lower() in OFFSET_UNITS:
                return unit, prep, noun, prep.lower_ == "after"
    return None


APPOSED_DAY_GAP = 12  # at most so many characters between a month and the day that refines it


def _day_told_with(item: dict | None, items: list[dict]) -> dict | None:
    """The day right after a week, month or year that it lies in ("Earlier this month, on May 6, armed
    men looted ...", "Last week, on 7 May, gunmen abducted ..."), or after a time counted from another
    act ("Two days earlier, on Saturday, ..."): the day, which says more; else `item`
    (as `Linker._day_inside` does for a day told in a later sentence)."""
    offset = item is not None and _OPENING_OFFSET.fullmatch(item.get("text") or "") is not None
    if item is None or not item.get("value") or item.get("precision") not in ("week", "month", "year") and not offset:
        return item
    return _day_right_after(item["end"], items, None if offset else item["value"]) or item


def _day_right_after(end: int, items: list[dict], within: str | None = None) -> dict | None:
    """The first day told at most APPOSED_DAY_GAP characters after offset `end` ("Earlier this month, on
    May 6", "Two days earlier, on Saturday"), one that may lie in the date value `within` when given."""
    return next((d for d in items if d.get("precision") == "day" and d.get("value")
                 and (within is None or dates_compatible(within, d["value"]))
                 and 0 <= d["start"] - end <= APPOSED_DAY_GAP), None)


def opening_offset(mention: Mention) -> tuple[int, dict] | None:
    """(the days from the act told before, the phrase as a date item without a value) when the
    mention's sentence opens with a time counted from that act and no date of its own ("Hours later,"
    0, "The day before," -1, "Two days later," 2); else None."""
    found = _opening_offset_match(mention)
    if found is None:
        return None
    words = found[0].strip(" ,").split()
    unit = next((i for i, word in enumerate(words) if word.lower().rstrip("s") in OFFSET_HOURS), None)
    if unit is None:
        return None
    counted = [w for w in words[:unit] if w.lower() not in cue("unit_determiner")]
    count = number_value(counted) if counted else 1
    if count is None:
        return None
    days = count * OFFSET_HOURS[words[unit].lower().rstrip("s")] // 24
    phrase = " ".join(words)
    start = found.start() + found[0].index(words[0])
    item = {"text": phrase, "start": start, "end": start + len(found[0].strip(" ,"))}
    return (-days if words[-1].lower() in ("earlier", "before") else days), item


def opens_with_an_offset(mention: Mention) -> bool:
    """Whether the mention's sentence opens with a time counted from the act told before it ("Hours
    earlier on Sunday, two gunmen shot dead a headman", "Two days later, gunmen attacked a church")."""
    return _opening_offset_match(mention) is not None


def _opening_offset_match(mention: Mention):
    """The match, in the Doc's text, of a time counted from the act told before that opens the mention's
    sentence, or None."""
    return _OPENING_OFFSET.match(token_columns(mention.token.doc).text, mention.unit.start, mention.unit.end)


def _clause_verb(mention: Mention):
    """The verb of the mention's clause: the trigger itself, or the word a noun trigger hangs on."""
    return mention.token if mention.token.pos_ in ("VERB", "AUX") else mention.token.head


def _measured_clause(verb):
    """"three days after insurgents seized it" hung on "retook": (unit, "after", the verb it hangs on,
    False: the clause's act came first), or None; the unit may hang on that verb ("It came a day
    after rebels ambushed a bus"), and the clause may report the act ("The attack came a day after
    troops said they had taken control of the town")."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cue("report"):
        verb = verb.head
    if verb.dep_ != "advcl":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in RELATIVE_TO_EVENT), None)
    if mark is None:
        return None
    unit = next((c for c in [*mark.children, *verb.children, *verb.head.children] if c.dep_ == "npadvmod"
                 and (c.head.i == mark.i or c.i == mark.i - 1) and c.lemma_.lower() in OFFSET_UNITS),
                None)
    return (unit, mark, verb.head, mark.lower_ == "before") if unit is not None else None


def days_from_event(mention: Mention) -> tuple[int, int, dict] | None:
    """(the index of the word of the event the mention's clause is dated from, the days from that
    event's day, the phrase as a date item) for a unit of days or less ("two days before the
    assault": -2, "hours after the attack": 0, "three days after insurgents seized it" for the
    seizing: -3 from the act its clause hangs on); None without such a phrase, or for months and years."""
    found = offset_phrase(mention)
    if found is None or found[0].lemma_.lower() not in OFFSET_HOURS:
        return None
    unit, word, other, later = found
    numbers = [c for c in unit.children if c.dep_ == "nummod"]
    hours = OFFSET_HOURS[unit.lemma_.lower()]
    if not numbers and unit.tag_ == "NNS" and hours >= 24:
        return None  # "days after", "weeks before": how many is not told
    counted = [t.text for t in numbers[0].subtree if t.like_num] if numbers else []
    count = number_value(counted) if counted else 1  # "less than a week after": one
    if count is None:
        return None
    days = 0 if _same(unit) else count * hours // 24
    first, last = min(unit.left_edge.i, word.i), max(word.i, other.i)
    doc = mention.token.doc
    item = {"start": doc[first].idx, "end": doc[last].idx + len(doc[last].text), "precision": "day",
            "text": doc[first:last + 1].text}
    return other.i, days if later else -days, item


def _offset_span(mention: Mention) -> tuple[int, int]:
    """The characters of the phrase that dates the mention's clause from another event by a unit of
    time ("on the same day as the Kampala protest"), or in which the mention is that other event
    ("the Kampala protest"); else an empty span: its date words date the act counted, not the
    event counted from."""
    token = mention.token
    if dated_from_it(mention) and token.head.head.pos_ == "NOUN":  # "the same day as the protest"
        return token.head.head.left_edge.idx, token.idx + 1
    found = offset_phrase(mention)
    if found is None:
        return 0, 0
    unit, _, other, _ = found
    return min(unit.left_edge.idx, other.idx), max(unit.idx, other.idx) + 1


def _same(unit) -> bool:
    """Whether a unit of time is told as that of another event ("the same day as the protest")."""
    return any(c.dep_ == "amod" and c.lower_ in cue("same_time") for c in unit.children)


def day_from_event(mention: Mention, day_of, day_before) -> tuple[str, dict] | None:
    """(the ISO day, the phrase as a date item) of a mention whose clause the text dates from another
    event ("two days before the assault", "The raid came two days after ..."): `day_of(words)` gives
    the day of the event told by one of the token indexes `words` (or None), `day_before()` the day of
    the act told before the mention, which a subject that names no event refers back to ("The advance
    came a day after rebels ambushed a bus", "It came two days after ..."); None without such a
    phrase or day."""
    found = days_from_event(mention)
    if found is None:
        return None
    word, days, item = found
    subjects = [c for c in mention.token.doc[word].children if c.dep_ == "nsubj"]
    day = day_of({word} | {c.i for c in subjects})  # "The raid came ...": the raid
    if day is None and any(map(_refers_back, subjects)):
        day = day_before()
    day = shifted_day(day, days)
    return (day, item) if day else None


def _told_as_what_came_before(verb, governor) -> bool:
    """Whether a clause between `verb` and the `governor` above it is marked as what came before
    the governor's act ("after a crowd attacked"): the governor's day is its own, not that act's."""
    for word in (verb, *verb.ancestors):
        if word.i == governor.i:
            return False
        if any(c.dep_ == "mark" and c.lower_ == "after" for c in word.children):
            return True
    return False


def _ended(token) -> bool:
    """Whether an event word tells, or is told in, a stretch of days that another verb ends ("signed
    a ceasefire yesterday, ending three days of fighting that killed nine"): that clause's day is when
    the stretch ended, not the act's own."""
    for word in (token, *token.ancestors):
        period = word.head.head
        if word.dep_ == "pobj" and word.head.lower_ == "of" and period.lemma_.lower() in TIME_UNITS \
                and period.dep_ in ("dobj", "nsubjpass") and period.head.lemma_.lower() in cue("ending_verb"):
            return True
    return False


def _refers_back(noun) -> bool:
    """Whether a subject refers back to something told before ("it", "this", "the advance")."""
    return noun.pos_ == "PRON" or definite_noun(noun)


def _the_day_it_is_counted_from(item: dict, mentions: list[Mention]) -> dict | None:
    """The day a date counted from another names, as the date of the event that day's name
    modifies ("Two days before Friday's demonstrations": the demonstrations were on Friday, not two
    days before); None for a date not so counted or told with none of `mentions`."""
    if not item.get("anchor"):
        return None
    day = next((c for m in mentions for c in m.token.children
                if c.dep_ == "poss" and item["start"] <= c.idx < item["end"]), None)
    if day is None:
        return None
    return {**item, "value": item["anchor"], "text": day.text, "start": day.idx, "end": day.idx + len(day.text)}


def shifted_day(day: str | None, days: int) -> str | None:
    """The ISO day `days` after `day` (before, when negative); None unless `day` is a day."""
    if day is None or not DAY.fullmatch(day):
        return None
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _while_it_was_told(own, governor) -> bool:
    """Whether the mention's clause is an "as"/"while" clause the parser hung on the report verb of the
    dated clause ("... were killed on Tuesday in a gunfight, police said, as local residents fought running
    battles with troops"): it happened then too."""
    report = own.head
    return own.dep_ == "advcl" and report.lemma_.lower() in cue("report") and governor.head.i == report.i \
        and governor.dep_ in ("ccomp", "parataxis") \
        and any(c.dep_ == "mark" and c.lower_ in cue("simultaneous_mark") for c in own.children)


def _counted_by_a_toll(token) -> bool:
    """Whether an event word only says what a toll counts ("bringing the death toll from the attack
    to two", "the toll of the blast"): a sentence that names the event so tells a later count or
    death, and its date is theirs, not the event's."""
    if token.dep_ != "pobj" or token.head.lower_ not in cue("toll_source_prep"):
        return False
    holder = token.head.head
    return _a_toll(holder) or holder.pos_ == "VERB" and any(
        child.dep_ in ("dobj", "nsubj", "nsubjpass") and _a_toll(child) for child in holder.children)


def _what_a_proceeding_is_about(token) -> bool:
    """Whether an event word only says what a hearing, trial or inquiry is about ("a hearing on his
    pretrial detention is scheduled for March 20", "the trial over the killing opened on Monday"):
    the sentence's date is the proceeding's."""
    return token.dep_ == "pobj" and token.head.lower_ in cue("proceeding_prep") \
        and token.head.head.lemma_.lower() in cue("proceeding_noun")


def _a_toll(noun) -> bool:
    """Whether a noun is a casualty toll ("the death toll", "the number of dead"; not "a number of
    people")."""
    found = casualty_predicate(noun)
    return found is not None and found[1] == "toll"


def _date_json(item: dict, basis: str) -> dict:
    return {"value": item["value"], "precision": item.get("precision"), "text": item["text"],
            "start": item["start"], "end": item["end"], "basis": basis}


def later_death(verb) -> bool:
    """Whether a verb tells the later death of victims told before ("two of them died on Monday",
    "the farmer later died", "a third soldier died on Monday", "one of the wounded (rangers) died", "a woman
    among the injured died", "died of his wounds on Tuesday"): its day is that of the deaths, not of the
    incident; and a verb of what was done with the dead afterwards ("we buried nine people the next morning")."""
    if verb.lemma_.lower() in terms()["after_death_verbs"]:
        return True
    if casualty_predicate(verb) != ("killed", "intransitive"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    lexicon = terms()
    counted = {word.lower_ for subject in subjects for prep in subject.children if prep.dep_ == "prep"
               and prep.lower_ in cue("partitive_prep") for p in prep.children
               for word in (p, *(c for c in p.children if c.dep_ == "amod"))}  # "one of the wounded rangers"
    of_them = bool(counted & lexicon["partitive_pronouns"]) or any(
        lexicon["states"].get(word) == "wounded" for word in counted)  # "one of the wounded"
    ranked = any(c.dep_ == "amod" and c.lower_ in lexicon["additional_words"] for s in subjects for c in s.children)
    of_wounds = any(prep.lower_ == "of" and any(lexicon["event_nouns"].get(p.lemma_.lower()) == "wounded"
                                                for p in prep.children)
                    for prep in verb.children if prep.dep_ == "prep")  # "died of his wounds"
    return of_them or ranked or of_wounds or any(c.dep_ == "advmod" and c.lower_ == "later" for c in verb.children)
