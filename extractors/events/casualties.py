"""Casualty figures: who was killed, wounded, missing, arrested, kidnapped or displaced, and how many.

`find_casualties(span)` reads a parsed sentence (or clause) and returns one `Casualty` per stated
figure: "five people were killed", "killing 18", "left 14 dead and dozens injured", "the death
toll rose to 45", "led to the martyrdom of an officer and two other soldiers", "police arrested
15 people", "forced 5,000 people to flee". A casualty predicate (a verb, adjective or noun from
data/casualty_terms.json) is found first, then its victims through the dependency parse (object,
passive subject, "of" phrase, subject of "be dead", object of "leave"), then the figure of each
victim (victims.py). Numbers that the parse left stranded ("an officer with the rank of lieutenant and two
other soldiers") climb the tree to the nearest casualty predicate.

Figures (count, low, high):
- "30" -> 30, 30, 30; "at least 30" -> 30, 30, null; "more than 10" -> 10, 11, null;
  "up to 12" -> 12, null, 12; "about 20" / "nearly 20" -> 20, null, null;
  "between 5 and 7" / "two or three" -> null, 5, 7;
- "a soldier", "the victim", "he", "a dozen" -> 1, 1, 1 / 12, 12, 12; "both" -> 2; "no one" -> 0;
- vague words -> count null with a lower bound: "dozens" 24, "scores" 40, "hundreds" 200,
  "thousands" 2000, "several" 3, "a few" 2; "a number of", "many", "soldiers" -> all null.
`aggregate` marks totals over a period or over many incidents (circumstances.py).
`event_totals` (totals.py) adds and compares the figures of one event.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from article2json.extractors.events.circumstances import is_additional, is_aggregate, is_background, is_claimed
from article2json.extractors.events.figures import CARDINAL, Amount, amount_of_number, glued, is_cardinal, is_number
from article2json.extractors.events.lexicon import cue, trigger_lexicon
from article2json.extractors.events.victims import (along_with, an_age, casualty_candidates, casualty_predicate,
                                                     children, has_quantity, is_person, is_superseded, is_update,
                                                     marked_superseded, noun_word, of_objects, terms, victims_of)
from article2json.extractors.events.totals import event_totals
from article2json.extractors.per_doc import sentence_of, token_columns

__all__ = ["Casualty", "KINDS", "event_totals", "find_casualties"]

KINDS = ("killed", "wounded", "missing", "arrested", "kidnapped", "displaced")
VICTIM_KINDS = ("killed", "wounded")  # the kinds of casualty an event toll adds up
PARENTHETICAL_DASHES = ("--", "—", "–")  # a pair of them sets off an aside, as brackets do


@dataclass(frozen=True)
class Casualty:
    """One stated casualty figure and the victims it counts."""

    kind: str
    count: int | None
    low: int | None
    high: int | None
    who: str | None
    text: str
    start: int
    end: int
    head: int
    aggregate: bool
    background: bool = False        # the cause of the event or an earlier event (circumstances.py)
    claimed: bool = False           # a side's claim or an alternative source's figure
    additional: bool = False        # added to figures stated before ("another 2")
    group: tuple[int, int] = (0, -1)  # figures of one group add up (totals.py)
    subordinate: bool = False       # in a subordinate clause or in parentheses
    update: bool = False            # a toll that updates the figures before it ("the toll rose to 13")
    party: str | None = None        # the side the victims belong to (set by the casualties stage)
    parts: int | None = None        # an even share of the toll before it ("Fatalities split across 3 events")
    mixed: bool = False             # counts dead and hurt alike ("nine casualties"): a toll only when alone
    headline: bool = False          # the headline's figure: the toll as the report finally tells it

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "count": self.count, "low": self.low, "high": self.high,
                "who": self.who, "text": self.text, "start": self.start, "end": self.end}

def find_casualties(span) -> list[Casualty]:
    """Every casualty figure stated in `span` (a parsed spaCy Span) about victims named in it, in
    text order."""
    figures: dict[tuple[str, int], Casualty] = {}
    direct: set[tuple[str, int]] = set()  # figures whose predicate is the victim's own word
    for i in casualty_candidates(span.doc, span.start, span.end):
        token = span.doc[i]
        predicate = casualty_predicate(token)
        if predicate is None:
            continue
        kind, role = predicate
        if _two_kinds_at_once(token, kind):
            continue
        for victim in map(_whole_toll, victims_of(token, role)):
            if not span.start <= victim.i < span.end:
                continue  # "BAMAKO - At least 37 people were killed": the dateline the parse hung on it
            figure = _figure(victim, kind, token, weak=role == "weak_transitive")
            if figure is not None and role == "victim_nouns" and noun_word(token) in terms()["mixed_nouns"] \
                    and figure.count != 0:  # "nine casualties" counts dead and hurt; "no casualties": no one died
                figure = replace(figure, mixed=True)
            if figure is not None:
                figures.setdefault((kind, figure.start), figure)
                if token.head == victim or victim.head == token and victim.dep_ not in ("appos", "conj", "punct", "dep"):
                    direct.add((kind, figure.start))
    figures = {key: figure for key, figure in figures.items() if key in direct or not any(
        (other, key[1]) in direct for other in VICTIM_KINDS if other != key[0])}  # "40 dead, 25 hurt": 25 hurt
    for figure in _stranded_figures(span, figures.values()) + _split_tolls(span):
        figures.setdefault((figure.kind, figure.start), figure)
    return _with_corrections(sorted(figures.values(), key=lambda f: (f.start, KINDS.index(f.kind))), span.doc)


def _whole_toll(victim):
    """The number a victim is among, when the parse gives it to the victim ("Two nurses among 11
    dead": 11 died), else the victim."""
    return next((number for prep in children(victim, "prep") if prep.lower_ == "among"
                 for number in children(prep, "pobj") if is_number(number)), victim)


def _two_kinds_at_once(predicate, kind: str) -> bool:
    """"killed and wounded eight children", "were killed or injured": a figure for dead and hurt
    together tells neither how many died nor how many were hurt. One person "injured and killed"
    died: the death stands, the injury is not counted."""
    if kind not in VICTIM_KINDS:
        return False
    pair = children(predicate, "conj") + ([predicate.head] if predicate.dep_ == "conj" else [])
    for other in pair:
        between = predicate.doc[min(other.i, predicate.i) + 1]
        found = casualty_predicate(other) if abs(other.i - predicate.i) == 2 and between.lower_ in ("and", "or") \
            else None
        shared = not all(children(verb, "dobj", "nsubjpass") for verb in (predicate, other))
        if found is not None and found[0] in VICTIM_KINDS and found[0] != kind and shared:
            return kind != "killed" or between.lower_ != "and" or not _one_person(min(predicate, other, key=lambda t: t.i))
    return False


def _one_person(verb) -> bool:
    """Whether the victim `verb` shares with the verb joined to it is one person ("a villager was
    injured and killed", "shot and killed a man"): a singular noun with no number but one."""
    nouns = children(verb, "nsubjpass", "dobj")
    return len(nouns) == 1 and nouns[0].tag_ in ("NN", "NNP") and not children(nouns[0], "conj") and all(
        n.lower_ in ("one", "1") for n in children(nouns[0], "nummod"))


def _with_corrections(figures: list[Casualty], doc) -> list[Casualty]:
    """Figures with the correction a parenthesis after them states ("five (later found to be
    seven) officers", "10 killed in the town (coded as 8 here)"); figures inside it go."""
    corrected, inside = [], []
    for number, figure in enumerate(figures):
        if any(start <= figure.start < end for start, end in inside):
            continue
        following = figures[number + 1].start if number + 1 < len(figures) else _text_length(doc)
        correction = _correction(figure, doc, following)
        if correction is not None:
            value, start, end = correction
            inside.append((start, end))
            figure = replace(figure, count=value, low=value, high=value)
        corrected.append(figure)
    return [f for f in corrected if not any(start <= f.start < end for start, end in inside)]


def _text_length(doc) -> int:
    """The length of a Doc's text, without building the text (`doc.text` joins every token)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _correction(figure: Casualty, doc, following: int) -> tuple[int, int, int] | None:
    """(value, start, end) of a correcting parenthesis in the figure's sentence, after the figure
    and not after the next figure's start."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return None
    sentence = sentence_of(doc[span.start])
    opening = next((token.i for token in doc[span.start + 1:sentence.end] if token.text == "("), None)
    if opening is None or (doc[opening].idx > following and doc[opening].idx > figure.end):
        return None
    closing = next((token.i for token in doc[opening:opening + 20] if token.text == ")"), None)
    words = doc[opening + 1:closing] if closing else []
    if not len(words) or words[0].lower_ in cue("bracket_aside_opener") or not any(
            word.lower_ in terms()["correction_cues"] for word in words):
        return None
    kinds = {found[0] for word in words if (found := casualty_predicate(word)) and found[1] == "victim_nouns"}
    if kinds and figure.kind not in kinds:  # "died of his wounds (total of 5 fatalities)": not 5 wounded
        return None
    parts = _split_into(words)
    if parts:
        value = figure.count if figure.count is not None else figure.low
        return None if not value else (value // parts, doc[opening].idx, doc[closing].idx + 1)
    number = next((word for word in words if is_number(word) and not _numbers_a_name(word)), None)
    amount = amount_of_number(number) if number is not None else None
    value = amount and (amount.low if amount.count is None else amount.count)
    return None if value is None else (value, doc[opening].idx, doc[closing].idx + 1)


def _numbers_a_name(number) -> bool:
    """Whether a number is part of a name ("Zone 3", "Ward 4" in "(coded to Gewane, Zone 3, Afar)")."""
    before = number.doc[number.i - 1] if number.i else None
    return before is not None and before.is_title and before.is_alpha


def _split_into(words) -> int | None:
    """The number of records a figure is split across ("coded across 6 events", "split over two
    days"): each of them tells its share."""
    found = _split_parts(words)
    return found[0] if found else None


def _split_parts(words) -> tuple[int, Any] | None:
    """(N, the unit word) of "across N events", "over two days", "between three known locations"."""
    lexicon = terms()
    for index, prep in enumerate(words[:-1]):
        if prep.lower_ in lexicon["split_preps"] and CARDINAL.fullmatch(words[index + 1].lower_):  # "3 days": a date
            unit = next((word for word in words[index + 2:index + 4] if word.lemma_.lower() in lexicon["split_units"]),
                        None)
            amount = amount_of_number(words[index + 1])
            if unit is not None and amount is not None and amount.count and amount.count > 1:
                return amount.count, unit
    return None


def _split_tolls(span) -> list[Casualty]:
    """This record's share of a toll the note splits over several records. "Fatalities split across
    3 events (4)", "... split over two locations, coded as 4 for this event": a stated share,
    which updates the toll like "fatalities coded as 4"; "Fatalities spread across 3 days": the
    toll stated before it, divided evenly (`parts`, rounded down)."""
    lexicon, doc, shares = terms(), span.doc, []
    words = token_columns(doc).lower
    for i in range(span.start, span.end):
        if words[i] not in lexicon["split_verbs"]:
            continue
        verb = doc[i]
        sentence = sentence_of(verb)
        if not any(casualty_predicate(word) in (("killed", "victim_nouns"), ("killed", "event_nouns"))
                   for word in doc[sentence.start:verb.i]):
            continue
        found = _split_parts(doc[verb.i + 1:min(verb.i + 7, sentence.end)])
        if found is None:
            continue
        parts, unit = found
        share, last = _stated_share(doc[unit.i + 1:min(unit.i + 9, sentence.end)]) or (None, unit)
        shares.append(Casualty("killed", share, share, share, None, doc[verb.i:last.i + 1].text, verb.idx,
                               last.idx + len(last.text), verb.i, aggregate=False, update=share is not None,
                               parts=parts if share is None else None))
    return shares


def _stated_share(words) -> tuple[int, Any] | None:
    """(share, its last word) of the words after "split across 3 events": "(4)", or a summary verb
    and its number (", coded as 4 for this event")."""
    if len(words) > 2 and words[0].text == "(" and is_number(words[1]) and words[2].text == ")":
        amount = amount_of_number(words[1])
        return (amount.count, words[2]) if amount is not None and amount.count is not None else None
    for verb, prep, number in zip(words, words[1:], words[2:]):
        if verb.lower_ in terms()["summary_verbs"] and prep.lower_ in cue("summary_prep") and is_number(number):
            amount = amount_of_number(number)
            return (amount.count, number) if amount is not None and amount.count is not None else None
    return None


def _amount(victim) -> tuple[Amount | None, Any]:
    """The figure counting `victim` and the noun naming the victims (None for "killing five")."""
    vague, joined = terms()["vague"], glued(victim)
    if joined is not None and joined[1] is not None:  # "FATALITIES:17"
        return Amount(joined[1], joined[1], joined[1], victim.i, victim.i), None
    objects = of_objects(victim)
    if is_number(victim):
        return amount_of_number(victim), (objects[0] if objects else None)
    if victim.lemma_ in cue("figure_holder_noun") and objects:
        return _amount(objects[0])
    if victim.lower_ in vague and (objects or victim.tag_ == "NNS"):
        return _vague_amount(victim), (objects[0] if objects else None)
    for noun in [victim] + children(victim, "compound", "nmod", "amod"):  # "Seven Kenyan fishermen": "Seven" under "Kenyan"
        numbers = [child for child in children(noun, "nummod", "quantmod", "compound", "npadvmod", "amod")
                   if is_number(child) and not an_age(child) and not _clause_between(child, noun)
                   and not _hyphened(child)]  # "Eleven people": a capitalised number may be
        # tagged an adjective; "A third man, aged 27, died": an age counts no one
        if numbers:  # the victims are still the head noun ("Twelve Nigerien soldiers": soldiers)
            return amount_of_number(numbers[-1]), victim
    hedged = _number_before_hedge(victim)
    if hedged is not None:
        return amount_of_number(hedged), victim
    quantity = victim.head.head
    if victim.dep_ == "pobj" and victim.head.lower_ == "of" and (is_number(quantity) or quantity.lower_ in vague):
        return _amount(quantity)[0], victim
    words = [child for child in children(victim, "det", "amod", "predet") if child.lower_ in vague]
    if words:
        return _vague_amount(words[0]), victim
    return _bare_amount(victim), victim


def _clause_between(number, noun) -> bool:
    """Whether a word that opens a clause parts a number from the noun the parser hung it on ("the
    toll had risen to 41 as more bodies were recovered": 41 is the toll, not the bodies)."""
    return any(word.lower_ in cue("simultaneous_mark") for word in number.doc[number.i + 1:noun.i])


def _hyphened(number) -> bool:
    """Whether a number is written into a word with a hyphen ("a three-wheeler driver", "a two-storey
    house"): part of a name, no count."""
    doc = number.doc
    return number.i + 2 < len(doc) and doc[number.i + 1].text == "-" and number.head.i == number.i + 2 \
        and number.head.dep_ == "compound"


def _number_before_hedge(victim):
    """The number the parse made the subject of a hedge word it read as a verb, right before the
    phrase of `victim` (or of the conjunct it joins): "8 suspected rebels killed", "At least 15
    suspected TTP and other militants were killed" ("15" the subject of "suspected")."""
    noun = victim
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    hedge = noun.doc[max(noun.left_edge.i - 1, 0)]
    if hedge.lower_ not in terms()["hedge_words"] or not hedge.i:
        return None
    number = noun.doc[hedge.i - 1]
    return number if number.head.i == hedge.i and number.dep_ in ("nsubj", "npadvmod") and is_number(number) \
        else None


def _vague_amount(word) -> Amount:
    first = word.i - 1 if word.i > 0 and word.doc[word.i - 1].lower_ == "a" else word.i
    return Amount(None, terms()["vague"][word.lower_], None, first, word.i)


def _bare_amount(noun) -> Amount | None:
    """The figure a noun without a number states: "no one" 0, "both" 2, "a soldier" 1."""
    determiners = {child.lower_ for child in children(noun, "det", "predet")}
    first = noun.left_edge.i
    if noun.lower_ in terms()["none_words"] or "no" in determiners:
        return Amount(0, 0, 0, first, noun.i)
    if "both" in determiners or noun.lower_ == "both" or noun.lemma_ in cue("pair_noun"):
        return Amount(2, 2, 2, first, noun.i)
    ranks = [child for child in children(noun, "amod") if child.ent_type_ == "ORDINAL" or child.lower_ in cue("rank_word")]
    if ranks:  # "the second member of the group killed this week": a rank in a series; "a third soldier
        # died": one more (the ordinal makes the figure an addition, casualty_terms additional_words), not
        # in a clause of what came before ("after a fifth victim of Sunday's blast died")
        return Amount(1, 1, 1, first, noun.i) if determiners & {"a", "an"} and is_person(noun) \
            and ranks[0].lower_ in terms()["additional_words"] and not of_objects(noun) \
            and noun.head.dep_ != "advcl" else None
    if _person_modifies_participle(noun, determiners):
        return Amount(1, 1, 1, first, noun.i)
    singular = noun.tag_ in ("NN", "NNP") or noun.lower_ in terms()["singular_pronouns"] | cue("singular_word")
    if singular and noun.lemma_.lower() not in terms()["collectives"]:
        return Amount(1, 1, 1, first, noun.i) if is_person(noun) else None
    return Amount(None, None, None, first, noun.i)


def _person_modifies_participle(noun, determiners: set) -> bool:
    """Whether one person is named by the modifier of a participle the parser made the head of the
    phrase ("a Swiss national working for a bank", "a female identified as a nurse")."""
    return noun.tag_ in ("VBG", "VBN") and bool(determiners & {"a", "an"}) and \
        any(is_person(word) for word in children(noun, "amod"))


def _figure(victim, kind: str, predicate, weak: bool) -> Casualty | None:
    if victim.lower_ in cue("relative_pronoun") and victim.head.dep_ == "relcl":
        victim = victim.head.head
    elif victim.lower_ in cue("plural_pronoun"):
        victim = _antecedent(victim)
    singled_out = _is_subset(victim)
    if singled_out and not _died_of_a_group(victim, kind):
        return None
    amount, noun = _amount(victim)
    if amount is None and _killed_outright(noun, kind, weak):
        amount = Amount(1, 1, 1, noun.left_edge.i, noun.i)
    if amount is None:
        return None
    bare = amount.last == victim.i and not is_number(victim) and amount.low is None
    if noun is not None and noun.i != predicate.i and not is_person(noun) and (
            weak or bare or noun.lemma_.lower() in terms()["not_victims"]):
        return None
    if weak and noun is None and not victim.i < predicate.i and kind != "killed":
        return None  # "19 executed", "executed six", not "captured 3"
    doc = victim.doc
    last = max(amount.last, noun.i if noun is not None else amount.last)
    first, end_token = amount.first, doc[last]
    words = doc[max(first - 1, 0):last + 2]
    if "each" in (word.lower_ for word in words[1:]):  # "two each side": a share, not a figure
        return None
    group, subordinate = _grouping(predicate, noun, first)
    subordinate = subordinate or is_superseded(predicate) or _told_by_superseded_reports(predicate)
    whole = _stated_as_total(doc, first)
    return Casualty(kind, amount.count, amount.low, amount.high, _who(noun, amount, predicate),
                    token_columns(doc).text_of(first, last + 1), doc[first].idx, end_token.idx + len(end_token.text),
                    predicate.i, is_aggregate(predicate), is_background(predicate), is_claimed(predicate),
                    is_additional(predicate, words), group, (subordinate or singled_out) and not whole,
                    is_update(predicate) or whole)


def _stated_as_total(doc, first: int) -> bool:
    """Whether the figure is said to be the whole toll ("a total of 5 fatalities", "in total 9
    people died"): it wins over the figures told before it, like an updated toll."""
    return any(token.lemma_.lower() in terms()["total_words"] for token in doc[max(first - 3, 0):first])


def _died_of_a_group(victim, kind: str) -> bool:
    """Whether `victim` is a part of a group named before that a clause of its own says died ("five
    were injured, one of whom later died", "One of them died", "exchanged fire with rebels, killing
    two of them"): a toll when no other figure states the deaths, so it counts as a subordinate
    figure."""
    return kind == "killed" and victim.dep_ in ("nsubj", "nsubjpass", "dobj") and _of_a_group(victim)


def _of_a_group(victim) -> bool:
    """Whether `victim` is counted out of a group a pronoun stands for ("one of them", "8 of these")."""
    pronouns = terms()["partitive_pronouns"]
    return any(obj.lower_ in pronouns for obj in of_objects(victim))


def _killed_outright(noun, kind: str, weak: bool) -> bool:
    """Whether a noun with "a"/"an" is the one a killing verb killed ("killed a mason", "a convert
    was murdered", "a Kipsigis is killed"): whoever is killed is a victim, whatever the word for
    them (not "killed a goat")."""
    if kind != "killed" or weak or noun is None or noun.tag_ not in ("NN", "NNP") \
            or noun.dep_ not in ("dobj", "nsubjpass"):
        return False  # "a Kipsigis was killed": a member of a people, a proper noun with "a"
    lemma, lexicon = noun.lemma_.lower(), terms()
    return any(c.lower_ in cue("indefinite") for c in children(noun, "det")) \
        and lemma not in lexicon["not_victims"] and lemma not in lexicon["collectives"]


def _grouping(predicate, noun, first: int) -> tuple[tuple[int, int], bool]:
    """(group, subordinate): figures of one group add up (totals.py). A group is a sentence's
    main clauses, or the clauses one source reports ("residents said 19 ... while police said
    five"); a restated toll ("the death toll rose to 45", "the dead included ..."), a pronoun
    ("shot him dead"), a figure in parentheses or in a subordinate clause ("a man who had killed
    his wife", "after a politician was killed", "accused of killing two") stands alone, and the
    last two are subordinate: they count only when no main clause states a figure."""
    sentence = sentence_of(predicate)
    clause = _subordinate_clause(predicate)
    if _in_parentheses(sentence, first) or clause >= 0:
        return (sentence.start, predicate.i if clause < 0 else clause), True
    if predicate.lemma_ == "toll" or predicate.head.lemma_ == "include" or _pronoun_alone(noun, predicate):
        return (sentence.start, predicate.i), False
    return (sentence.start, _reporting_verb(predicate)), False


def _pronoun_alone(noun, predicate) -> bool:
    """Whether a pronoun victim stands alone ("shot him dead": someone counted before), not with
    others who died in its clause ("killing him and his four bodyguards", "killing him along with
    his driver")."""
    if noun is None or noun.pos_ != "PRON":
        return False
    others = children(noun, "conj") + [c for c in children(predicate, "conj") if c.pos_ in ("NOUN", "PROPN")]
    return not others and not along_with(predicate)


def _in_parentheses(sentence, first: int) -> bool:
    """Whether a figure stands in brackets, or between two dashes ("killing nine people --
    residents put the toll at 25 -- and wounding dozens")."""
    words = token_columns(sentence.doc).lower  # brackets and dashes are written as they are lowercased
    depth = 0
    for word in words[sentence.start:first]:
        depth += (word in ("(", "[")) - (word in (")", "]"))
    dashes = [i for i in range(sentence.start, sentence.end) if words[i] in PARENTHETICAL_DASHES]
    return depth > 0 or sum(i < first for i in dashes) % 2 == 1 and any(i > first for i in dashes)


def _subordinate_clause(predicate) -> int:
    """The doc index of the highest subordinate clause above `predicate`, -1 when there is none."""
    clause, token = -1, predicate
    if token.dep_ in ("acl", "amod") and token.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        token = token.head  # "five people killed": the predicate describes its own victims
    while token.head.i != token.i:
        marks = {child.lower_ for child in children(token, "mark")}
        if token.dep_ in ("relcl", "pcomp", "csubj", "acl") and not _tells_its_event(token) or (
                token.dep_ == "advcl" and marks & terms()["subordinators"]):
            clause = token.i
        token = token.head
    return clause


def _tells_its_event(clause) -> bool:
    """Whether a clause that describes a violent event noun tells that event's own toll ("a gun
    battle that left five policemen dead", "an explosion which killed 12", "an attack killing
    three"): the figure is the event's, not a side remark on someone ("a man who had killed his
    wife")."""
    head = clause.head
    return clause.dep_ in ("relcl", "acl") and head.pos_ == "NOUN" and any(
        entry.plover == "ASSAULT" and entry.pos in ("NOUN", "ANY") and len(entry.words) == 1
        for entry in trigger_lexicon().get(head.lemma_.lower(), ()))


def _told_by_superseded_reports(predicate) -> bool:
    """Whether a figure is what early reports said ("Early reports had said three people were
    killed, but police later said ...", "a local group initially said 31 people had been killed"):
    like an old toll an update replaced ("raising an earlier toll of four"), it counts only when no
    other figure states the toll."""
    verb = _reporting_verb(predicate)
    if verb < 0:
        return False
    return any(c.dep_ == "nsubj" and marked_superseded(c) or c.dep_ == "advmod"
               and c.lower_ in terms()["superseded_adverbs"] for c in predicate.doc[verb].children)


def _reporting_verb(predicate) -> int:
    """The doc index of the reporting verb whose content states the figure ("police said five
    were killed"), -1 for none."""
    for token in [predicate, *predicate.ancestors]:
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in terms()["report_verbs"]:
            return token.head.i
    return -1


def _antecedent(pronoun):
    """The counted object of an earlier coordinated verb that "them" stands for ("forced seven
    men outside and killed them"), else the pronoun itself."""
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
        counted = [obj for obj in children(verb, "dobj", "nsubjpass") if has_quantity(obj)]
        if counted:
            return counted[0]
    return pronoun


def _is_subset(victim) -> bool:
    """Whether the victims are singled out of a larger figure ("including two children",
    "among them a woman", "eight of these"); not the figure they are among ("Seven police among 13
    dead")."""
    phrase = victim.head if victim.dep_ == "nummod" else victim
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "among":
        return _of_a_group(victim)
    doc, first = victim.doc, victim.left_edge.i
    pronouns, subset = terms()["partitive_pronouns"], terms()["subset_words"]
    before = [token.lower_ for token in doc[max(first - 2, 0):first + 1]]
    partitive = _of_a_group(victim)  # "8 of these"
    token, listed = victim, False
    for _ in range(4):  # "among them two children and three women": the women too
        listed = listed or any(prep.lower_ in subset and any(obj.lower_ in pronouns for obj in children(prep, "pobj"))
                               for prep in children(token, "prep"))
        if token.dep_ not in ("conj", "appos", "pobj", "prep") or token.head.i == token.i:
            break
        token = token.head
        listed = listed or token.lower_ in subset
    return partitive or listed or bool(subset & set(before))


def _who(noun, amount: Amount, predicate) -> str | None:
    """The victims as written, without the figure: "Syrian army officer", "soldiers"."""
    if noun is None or noun.i == predicate.i or noun.lower_ in cue("pronoun_figure"):
        return None
    doc = noun.doc
    start = amount.last + 1 if amount.last < noun.i else noun.left_edge.i
    words = [token for token in doc[start:noun.i + 1]
             if token.dep_ not in ("det", "predet", "punct", "quantmod", "prep")
             and token.lower_ not in cue("figure_filler") and not is_number(token)]
    return token_columns(doc).text_of(words[0].i, noun.i + 1) if words else noun.text


def _stranded_figures(span, found) -> list[Casualty]:
    """Figures the parse left outside their predicate's arguments: numbers and vague amounts
    that climb (through "and", "of", "among", "with") to a casualty noun or adjective."""
    covered = [(figure.start, figure.end) for figure in found]
    figures, words, vague = [], token_columns(span.doc).lower, cue("vague_amount")
    for i in range(span.start, span.end):
        if not (is_cardinal(words[i]) or words[i] in vague):
            continue  # most tokens
        token = span.doc[i]
        if any(start <= token.idx < end for start, end in covered):
            continue
        if not (is_number(token) or token.lower_ in vague):
            continue
        group = token
        while group.dep_ in ("nummod", "quantmod", "compound") and group.head.i != group.i:
            group = group.head
        climbed = _climb_to_predicate(group)
        if climbed is not None:
            predicate, kind = climbed
            figure = _figure(group, kind, predicate, weak=False)
            if figure is not None:
                figures.append(figure)
                covered.append((figure.start, figure.end))
    return figures


def _climb_to_predicate(group):
    current = group
    for step in range(6):
        if current.dep_ == "conj":
            current = current.head
        elif current.dep_ == "pobj" and current.head.lower_ in cue("group_prep"):
            current = current.head.head
        else:
            return None
        found = casualty_predicate(current)
        if found is not None and (found[1] in ("event_nouns", "victim_nouns", "states") or (
                step == 0 and group.dep_ == "conj" and found[1] == "transitive")):
            return current, found[0]
    return None
