"""Casualty figures: who was killed, wounded, missing, arrested, kidnapped or displaced, and how many.

`find_casualties(span)` reads a parsed sentence (or clause) and returns one `Casualty` per stated
figure: "five people were killed", "killing 18", "left 14 dead and dozens injured", "the death
toll rose to 45", "led to the martyrdom of an officer and two other soldiers", "police arrested
15 people", "forced 5,000 people to flee". A casualty predicate (a verb, adjective or noun from
data/casualty_terms.json) is found first, then its victims through the dependency parse (object,
passive subject, "of" phrase, subject of "be dead", object of "leave"), then the figure of each
victim. Numbers that the parse left stranded ("an officer with the rank of lieutenant and two
other soldiers") climb the tree to the nearest casualty predicate.

Figures (count, low, high):
- "30" -> 30, 30, 30; "at least 30" -> 30, 30, null; "more than 10" -> 10, 11, null;
  "up to 12" -> 12, null, 12; "about 20" / "nearly 20" -> 20, null, null;
  "between 5 and 7" / "two or three" -> null, 5, 7;
- "a soldier", "the victim", "he", "a dozen" -> 1, 1, 1 / 12, 12, 12; "both" -> 2; "no one" -> 0;
- vague words -> count null with a lower bound: "dozens" 24, "scores" 40, "hundreds" 200,
  "thousands" 2000, "several" 3, "a few" 2; "a number of", "many", "soldiers" -> all null.
`aggregate` marks totals over a period ("since the start of the year", "this year", "over the
past months") or over many incidents ("numerous attacks ... leaving hundreds of casualties").
`event_totals` adds the figures of one predicate (side-by-side figures and lists) and keeps the
largest sum over different predicates (the same toll restated or updated).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from article2json.extractors.events.figures import Amount, amount_of_number, is_number

KINDS = ("killed", "wounded", "missing", "arrested", "kidnapped", "displaced")
SINGULAR_PRONOUNS = {"he", "she", "him", "her", "himself", "herself"}
NONE_WORDS = {"nobody", "none", "no"}
COPULAS = {"be", "remain", "become", "go", "lie", "stay", "appear", "seem", "turn", "fall"}
CAUSE_VERBS = {"lead", "cause", "result", "inflict", "prevent", "avoid", "confirm", "report"}
NOUNISH = ("NOUN", "PROPN", "NUM", "PRON")
ATTEMPTS = {"attempt", "try", "threaten", "plan", "vow", "seek", "want", "intend", "plot", "fail", "aim"}
COLLECTIVES = {"police", "staff", "crew", "personnel", "family", "militia", "people", "public", "army"}
AGGREGATE_AGENTS = {"insurgency", "conflict", "war", "uprising", "campaign", "crackdown"}
MANY_WORDS = {"numerous", "repeated", "countless", "frequent", "dozens", "hundreds"}
PERIOD_NOUNS = {"year", "month", "week", "decade", "period"}



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

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "count": self.count, "low": self.low, "high": self.high,
                "who": self.who, "text": self.text, "start": self.start, "end": self.end}


@lru_cache(maxsize=1)
def _terms() -> dict[str, Any]:
    path = Path(__file__).resolve().parent.parent / "data" / "casualty_terms.json"
    terms = json.loads(path.read_text(encoding="utf-8"))
    terms["person_nouns"] = frozenset(terms["person_nouns"])
    terms["not_victims"] = frozenset(terms["not_victims"])
    return terms


def find_casualties(span) -> list[Casualty]:
    """Every casualty figure stated in `span` (a parsed spaCy Span or Doc), in text order."""
    figures: dict[tuple[str, int], Casualty] = {}
    for token in span:
        predicate = _predicate(token)
        if predicate is None:
            continue
        kind, role = predicate
        for victim in _victims(token, role):
            figure = _figure(victim, kind, token, weak=role == "weak_transitive")
            if figure is not None:
                figures.setdefault((kind, figure.start), figure)
    for figure in _stranded_figures(span, figures.values()):
        figures.setdefault((figure.kind, figure.start), figure)
    return sorted(figures.values(), key=lambda f: (f.start, KINDS.index(f.kind)))


def event_totals(casualties: list[Casualty]) -> tuple[int | None, int | None]:
    """(killed, wounded) of one event: figures of one predicate add up, the largest sum over
    different predicates wins (a restated toll is not a second toll); aggregates are ignored."""
    return _total(casualties, "killed"), _total(casualties, "wounded")


def _total(casualties: list[Casualty], kind: str) -> int | None:
    sums: dict[int, int] = {}
    for figure in casualties:
        if figure.kind == kind and not figure.aggregate and figure.count is not None:
            sums[figure.head] = sums.get(figure.head, 0) + figure.count
    return max(sums.values()) if sums else None


# --- predicates -----------------------------------------------------------------------------

def _is_unreal(token) -> bool:
    """Negated, modal or near-miss statements: "were not killed", "could kill", "nearly killed"."""
    return any(child.dep_ == "neg" or (child.dep_ == "aux" and child.tag_ == "MD")
               or child.lower_ in ("nearly", "almost") for child in token.children)


def _predicate(token) -> tuple[str, str] | None:
    """(kind, role) when `token` states a casualty; role says where its victims are."""
    found = _predicate_word(token)
    if found is None or _is_unreal(token) or (token.dep_ == "xcomp" and token.head.lemma_ in ATTEMPTS):
        return None
    return found


def _predicate_word(token) -> tuple[str, str] | None:
    terms, lemma, lower = _terms(), token.lemma_.lower(), token.lower_
    if token.pos_ in ("VERB", "AUX"):
        if any(child.lower_ in ("fatally", "mortally") for child in token.children):
            return "killed", "transitive"
        for role in ("transitive", "weak_transitive", "intransitive"):
            if lemma in terms[role]:
                return terms[role][lemma], role
    if lower in terms["states"] and (token.pos_ in ("ADJ", "VERB") or "the" in (
            child.lower_ for child in _children(token, "det"))):
        return terms["states"][lower], "states"
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
        return None
    if lemma == "toll":
        return "killed", "toll"
    for role in ("victim_nouns", "event_nouns"):
        if lemma in terms[role]:
            return terms[role][lemma], role
    return None


def _victims(predicate, role: str) -> list:
    """The tokens naming (or counting) the victims of `predicate`."""
    if role in ("transitive", "weak_transitive"):
        return _verb_victims(predicate)
    if role == "intransitive":
        return _intransitive_victims(predicate)
    if role == "states":
        return _state_victims(predicate)
    if role == "toll":
        return _toll_numbers(predicate)
    if role == "victim_nouns":
        of_objects = _of_objects(predicate)
        if of_objects and not _has_quantity(predicate):
            return of_objects
        if predicate.dep_ in ("oprd", "attr", "npadvmod", "advmod", "xcomp") and not (
                _has_quantity(predicate) or _children(predicate, "det")):
            return _state_victims(predicate)
        following = predicate.doc[predicate.i + 1:predicate.i + 3]
        if len(following) == 2 and following[0].text == ":" and is_number(following[1]):
            return [following[1]]
        return [predicate]
    return _event_noun_victims(predicate)


def _children(token, *deps: str) -> list:
    return [child for child in token.children if child.dep_ in deps]


def _with_conjuncts(tokens) -> list:
    """`tokens` and the nouns and numbers coordinated with them ("soldiers and six militants")."""
    found = []
    for token in tokens:
        found.append(token)
        listed = [child for child in _children(token, "appos") if _children(child, "conj")]
        found.extend(_with_conjuncts(
            child for child in _children(token, "conj") + listed if child.pos_ in NOUNISH
            and not any(_predicate(modifier) for modifier in _children(child, "acl", "amod", "relcl"))
            and not _same_person(token, child) and not _opens_clause(child)))
    return found


def _opens_clause(noun) -> bool:
    """Whether a coordinated noun is really the subject of the subjectless verb after it."""
    following = noun.doc[noun.right_edge.i + 1:noun.right_edge.i + 4]
    verb = next((t for t in following if t.dep_ not in ("aux", "auxpass", "advmod", "neg")), None)
    return verb is not None and verb.pos_ == "VERB" and verb.dep_ == "conj" and _subject_on_the_left(verb) == [noun]


def _same_person(noun, conjunct) -> bool:
    """Whether "and" joins two descriptions of one person ("a cleric and critic")."""
    return noun.tag_ == conjunct.tag_ == "NN" and bool(_children(noun, "det")) and not (
        _children(conjunct, "det", "poss", "nummod"))


def _of_objects(noun) -> list:
    return _with_conjuncts(obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for obj in _children(prep, "pobj"))


def _verb_victims(verb) -> list:
    """Victims of "killed": its object or passive subject, the noun it modifies ("five people
    killed"), a bare number subject ("3 killed"), or the subject it shares with its head verb."""
    if verb.tag_ == "VBN" and (verb.dep_ in ("oprd", "acomp") or (
            verb.dep_ in ("advcl", "xcomp", "ccomp") and verb.head.lemma_ in ("leave", "render"))):
        return _state_victims(verb)
    victims = _children(verb, "dobj", "nsubjpass")
    subjects = _children(verb, "nsubj")
    if victims:
        pass
    elif verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and verb.head.pos_ in NOUNISH:
        victims = _coordinated_before(verb.head)
    elif subjects:
        victims = [obj for conjunct in _children(verb, "conj") for obj in _children(conjunct, "dobj")] or [
            subject for subject in subjects if verb.tag_ == "VBN" or subject.tag_ in ("NN", "NNP")
            or is_number(subject) or _has_quantity(subject) or subject.lower_ in _terms()["vague"]]
    else:
        victims = [child for child in _children(verb, "nummod", "npadvmod", "meta") if is_number(child)] \
            or [obj for prep in _children(verb, "prep") if prep.lower_ in ("over", "about", "around", "nearly")
                for obj in _children(prep, "pobj") if is_number(obj)] \
            or _subject_on_the_left(verb) or _shared_subject(verb, passive=verb.tag_ == "VBN")
    return _with_conjuncts(victims + _along_with(verb))


def _along_with(verb) -> list:
    """Victims joined by "along with" / "together with" after the verb."""
    return [obj for token in verb.subtree if token.i > verb.i and token.lower_ in ("along", "together")
            for prep in _children(token, "prep") if prep.lower_ == "with" for obj in _children(prep, "pobj")]


def _subject_on_the_left(verb) -> list:
    """The noun right before a subjectless verb that the parse coordinated elsewhere ("killed
    60 and at least 120 more were wounded", "killed nine and six people sustained injuries")."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in ("aux", "auxpass", "advmod", "neg"):
        i -= 1
    if i < 0 or _children(verb, "nsubj", "nsubjpass"):
        return []
    noun = verb.doc[i]
    return [noun] if noun.dep_ == "conj" and (noun.pos_ in NOUNISH or noun.lower_ in ("more", "others")) else []


def _shared_subject(verb, passive: bool) -> list:
    """The subject of the verb that a subjectless verb depends on: "were killed and 12 injured",
    "are believed to have been killed", "were on Monday shot dead", "forced 5,000 to flee"."""
    while verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        if verb.dep_ == "xcomp" and _children(head, "dobj"):
            return _children(head, "dobj")
        if _children(head, "nsubjpass"):
            return _children(head, "nsubjpass")
        if _children(head, "nsubj"):
            shared = passive or head.lemma_ == "be" or verb.dep_ == "xcomp"
            return _children(head, "nsubj") if shared else []
        verb = head
    return []


def _coordinated_before(noun) -> list:
    """`noun` and the counted nouns coordinated before it ("one officer and three suspects")."""
    nouns = [noun]
    while nouns[-1].dep_ == "conj" and (_has_quantity(nouns[-1].head) or (
            nouns[-1].head.tag_ in ("NN", "NNP") and _is_person(nouns[-1].head))) and not any(
            _predicate(modifier) for modifier in _children(nouns[-1].head, "acl", "amod", "relcl")):
        nouns.append(nouns[-1].head)
    return nouns[::-1]


def _intransitive_victims(verb) -> list:
    victims = _children(verb, "nsubj")
    if not victims and verb.dep_ == "acl":
        victims = [verb.head]
    return _with_conjuncts(victims or _shared_subject(verb, passive=True))


def _state_victims(word) -> list:
    """Victims of "dead", "injured", "missing": "14 dead", "left five people dead", "two are
    missing", "were found dead", "the injured man", "three officers among the dead"."""
    own = [child for child in word.children if is_number(child) and child.dep_ not in ("conj", "appos")]
    if own:
        return _with_conjuncts(own)
    head = word.head
    if word.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "attr", "advcl", "advmod") and head.pos_ in (
            "VERB", "AUX"):
        if head.lemma_ in COPULAS:
            return _with_conjuncts(_children(head, "nsubjpass", "nsubj"))
        return _verb_victims(head)
    if _children(word, "nsubj", "nsubjpass"):
        return _with_conjuncts(_children(word, "nsubj", "nsubjpass"))
    if word.dep_ == "amod" and (_is_person(head) or _has_quantity(head) or is_number(head)):
        return [head]
    if word.dep_ == "pobj" and head.lower_ == "among":
        holder = head.head
        if holder.pos_ in ("NOUN", "PROPN", "NUM"):
            return [holder]
        return _with_conjuncts(_children(holder, "nsubj", "nsubjpass"))
    if word.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in ("include", "be", "number"):
        return _with_conjuncts(_children(head, "dobj", "attr"))
    return []


def _event_noun_victims(noun) -> list:
    """Victims of "death", "martyrdom", "arrest", ...: "18 deaths", "the death of two men",
    "his death", "beaten to death", "lost their lives", "suffered injuries"."""
    lemma, head = noun.lemma_.lower(), noun.head
    if lemma == "death" and noun.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB":
        return _verb_victims(head.head)
    if lemma == "life" and head.lemma_ not in ("claim", "take", "cost", "lose"):
        return []
    if _has_quantity(noun):
        return [noun]
    of_objects = _of_objects(noun)
    if of_objects:
        return of_objects
    possessors = [child for child in _children(noun, "poss") if child.lower_ not in ("its", "their")]
    if possessors:
        return possessors
    if head.dep_ == "prep":
        head = head.head
    if (lemma in ("life", "injury", "wound") and head.pos_ == "VERB" and _predicate(head) is None
            and head.lemma_ not in CAUSE_VERBS):
        subjects = _children(head, "nsubj", "nsubjpass") or ([head.head] if head.dep_ == "acl" else []) \
            or _subject_on_the_left(head)
        return _with_conjuncts(subjects)
    return []


def _toll_numbers(toll) -> list:
    """The number of "the death toll rose to 45", "a death toll of 12", "bringing the toll to 9"."""
    holders = [toll, toll.head]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "at", "of"):
                numbers = [obj for obj in _children(child, "pobj") if is_number(obj)]
                if numbers:
                    return numbers
    return [child for holder in holders for child in _children(holder, "dobj", "attr", "appos", "nummod")
            if is_number(child)][:1]


def _has_quantity(noun) -> bool:
    return any(is_number(child) for child in _children(noun, "nummod", "quantmod", "compound")) or any(
        child.lower_ in _terms()["vague"] for child in _children(noun, "amod", "det"))


def _is_person(noun) -> bool:
    terms, lemma, lower = _terms(), noun.lemma_.lower(), noun.lower_
    if lemma in terms["not_victims"] or lower in terms["not_victims"]:
        return False
    if noun.ent_type_ in ("PERSON", "NORP") or lower in SINGULAR_PRONOUNS or (
            noun.tag_ == "NNP" and not noun.ent_type_):
        return True
    return lemma in terms["person_nouns"] or lower in terms["person_nouns"] or (
        noun.pos_ == "NOUN" and lemma.endswith(tuple(terms["person_suffixes"])))


def _amount(victim) -> tuple[Amount | None, Any]:
    """The figure counting `victim` and the noun naming the victims (None for "killing five")."""
    vague = _terms()["vague"]
    of_objects = _of_objects(victim)
    if is_number(victim):
        return amount_of_number(victim), (of_objects[0] if of_objects else None)
    if victim.lemma_ in ("total", "group") and of_objects:
        return _amount(of_objects[0])
    if victim.lower_ in vague and (of_objects or victim.tag_ == "NNS"):
        return _vague_amount(victim), (of_objects[0] if of_objects else None)
    for noun in [victim] + _children(victim, "compound"):
        numbers = [child for child in _children(noun, "nummod", "quantmod", "compound", "npadvmod")
                   if is_number(child)]
        if numbers:
            return amount_of_number(numbers[-1]), noun
    quantity = victim.head.head
    if victim.dep_ == "pobj" and victim.head.lower_ == "of" and (is_number(quantity) or quantity.lower_ in vague):
        return _amount(quantity)[0], victim
    words = [child for child in _children(victim, "det", "amod", "predet") if child.lower_ in vague]
    if words:
        return _vague_amount(words[0]), victim
    return _bare_amount(victim), victim


def _vague_amount(word) -> Amount:
    first = word.i - 1 if word.i > 0 and word.doc[word.i - 1].lower_ == "a" else word.i
    return Amount(None, _terms()["vague"][word.lower_], None, first, word.i)


def _bare_amount(noun) -> Amount | None:
    """The figure a noun without a number states: "no one" 0, "both" 2, "a soldier" 1."""
    determiners = {child.lower_ for child in _children(noun, "det", "predet")}
    first = noun.left_edge.i
    if noun.lower_ in NONE_WORDS or "no" in determiners:
        return Amount(0, 0, 0, first, noun.i)
    if "both" in determiners or noun.lower_ == "both" or noun.lemma_ in ("couple", "pair"):
        return Amount(2, 2, 2, first, noun.i)
    singular = noun.tag_ in ("NN", "NNP") or noun.lower_ in SINGULAR_PRONOUNS | {"another", "one"}
    if singular and noun.lemma_.lower() not in COLLECTIVES:
        return Amount(1, 1, 1, first, noun.i) if _is_person(noun) else None
    return Amount(None, None, None, first, noun.i)


def _figure(victim, kind: str, predicate, weak: bool) -> Casualty | None:
    if victim.lower_ in ("who", "that", "which") and victim.head.dep_ == "relcl":
        victim = victim.head.head
    elif victim.lower_ in ("them", "they"):
        victim = _antecedent(victim)
    if _is_subset(victim):
        return None
    amount, noun = _amount(victim)
    if amount is None:
        return None
    bare = amount.last == victim.i and not is_number(victim) and amount.low is None
    if noun is not None and noun.i != predicate.i and not _is_person(noun) and (
            weak or bare or noun.lemma_.lower() in _terms()["not_victims"]):
        return None
    if weak and noun is None:
        return None
    doc = victim.doc
    last = max(amount.last, noun.i if noun is not None else amount.last)
    first, end_token = amount.first, doc[last]
    return Casualty(kind, amount.count, amount.low, amount.high, _who(noun, amount, predicate),
                    doc[first:last + 1].text, doc[first].idx, end_token.idx + len(end_token.text),
                    predicate.i, _is_aggregate(predicate))


def _antecedent(pronoun):
    """The counted object of an earlier coordinated verb that "them" stands for ("forced seven
    men outside and killed them"), else the pronoun itself."""
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
        counted = [obj for obj in _children(verb, "dobj", "nsubjpass") if _has_quantity(obj)]
        if counted:
            return counted[0]
    return pronoun


def _is_subset(victim) -> bool:
    """Whether the victims are singled out of a larger figure ("including two children",
    "among them a woman")."""
    doc, first = victim.doc, victim.left_edge.i
    before = [token.lower_ for token in doc[max(first - 2, 0):first + 1]]
    return bool({"including", "among", "incl."} & set(before))


def _who(noun, amount: Amount, predicate) -> str | None:
    """The victims as written, without the figure: "Syrian army officer", "soldiers"."""
    if noun is None or noun.i == predicate.i or noun.lower_ in ("one", "another", "both", "none"):
        return None
    doc = noun.doc
    start = amount.last + 1 if amount.last < noun.i else noun.left_edge.i
    words = [token for token in doc[start:noun.i + 1]
             if token.dep_ not in ("det", "predet", "punct", "quantmod", "prep")
             and token.lower_ not in ("other", "of", "or", "so") and not is_number(token)]
    return doc[words[0].i:noun.i + 1].text if words else noun.text


def _stranded_figures(span, found) -> list[Casualty]:
    """Figures the parse left outside their predicate's arguments: numbers and vague amounts
    that climb (through "and", "of", "among", "with") to a casualty noun or adjective."""
    covered = [(figure.start, figure.end) for figure in found]
    figures = []
    for token in span:
        if any(start <= token.idx < end for start, end in covered):
            continue
        if not (is_number(token) or token.lower_ in ("dozens", "hundreds", "thousands", "scores")):
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
        elif current.dep_ == "pobj" and current.head.lower_ in ("of", "among", "with"):
            current = current.head.head
        else:
            return None
        found = _predicate(current)
        if found is not None and (found[1] in ("event_nouns", "victim_nouns", "states") or (
                step == 0 and group.dep_ == "conj" and found[1] == "transitive")):
            return current, found[0]
    return None


def _is_aggregate(predicate) -> bool:
    """Whether the figure of `predicate` is a total over a period or over many incidents."""
    clause = predicate
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    scope = [predicate, clause]
    if clause.dep_ in ("advcl", "xcomp", "conj", "acl") and not _children(clause, "nsubj", "nsubjpass"):
        scope.append(clause.head)
    for holder in scope:
        for child in holder.children:
            objects = _children(child, "pobj") if child.dep_ in ("prep", "agent") else [child]
            if child.dep_ == "prep" and child.lower_ == "since":
                return True
            if child.dep_ == "prep" and child.lower_ in ("in", "over", "during", "throughout", "within") \
                    and any(_is_period(obj) for obj in objects):
                return True
            if (child.dep_ == "npadvmod" and _is_period(child)) or (
                    child.dep_ in ("nsubj", "nsubjpass", "agent") and any(map(_is_many_incidents, objects))):
                return True
    return False


def _is_period(noun) -> bool:
    words = {child.lower_ for child in noun.children}
    lemma = noun.lemma_.lower()
    if lemma not in PERIOD_NOUNS:
        return False
    return bool(words & {"past", "recent", "previous"}) or (
        bool(words & {"this", "last"}) and (lemma in ("year", "decade") or noun.tag_ == "NNS"))


def _is_many_incidents(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in AGGREGATE_AGENTS or (
        noun.tag_ == "NNS" and any(child.lower_ in MANY_WORDS for child in noun.children))
