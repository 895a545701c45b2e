"""Casualty predicates and their victims in the dependency parse.

`casualty_predicate(token)` says whether a token states a casualty (a verb, adjective or noun of
data/casualty_terms.json: "killed", "dead", "martyrdom", "toll", "4 bodies") and where its victims
are; `victims_of(predicate, role)` finds the tokens naming or counting them: the object or passive
subject of "killed", the subject of "died" or of "be dead", the object of "leave ... dead", the
"of" phrase of "the death of", the number of "the death toll rose to 45". The plain relations
are DependencyMatcher patterns in data/victim_patterns.json (victim_patterns.py).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from article2json.extractors.events.figures import GLUED, glued, is_number
from article2json.extractors.events.lexicon import cue, singular
from article2json.extractors.events.speakers import in_trailing_source
from article2json.extractors.events.victim_patterns import related
from article2json.extractors.per_doc import token_columns

NOUNISH = ("NOUN", "PROPN", "NUM", "PRON")


@lru_cache(maxsize=1)
def terms() -> dict[str, Any]:
    """The lexicon of data/casualty_terms.json."""
    path = Path(__file__).resolve().parent.parent / "data" / "casualty_terms.json"
    lexicon = json.loads(path.read_text(encoding="utf-8"))
    for key, value in lexicon.items():
        if isinstance(value, list):
            lexicon[key] = frozenset(value)
    return lexicon


def _is_unreal(token) -> bool:
    """Negated, modal or near-miss statements: "were not killed", "could kill", "nearly killed"."""
    return any(child.dep_ == "neg" or (child.dep_ == "aux" and child.tag_ == "MD")
               or child.lower_ in cue("near_miss_adverb") for child in token.children)


def casualty_predicate(token) -> tuple[str, str] | None:
    """(kind, role) when `token` states a casualty; role says where its victims are."""
    found = _predicate_word(token)
    if found is None or _is_unreal(token) or (token.dep_ == "xcomp" and token.head.lemma_ in terms()["attempt_verbs"]):
        return None
    return found


def casualty_kind(token) -> str | None:
    """The kind of casualty a word states ("killed" for "killed", "wounded" for "injured"), if any."""
    found = _predicate_word(token)
    return None if found is None else found[0]


@lru_cache(maxsize=1)
def _predicate_words() -> frozenset[str]:
    """The words of the lexicon that `_predicate_word` looks up."""
    return frozenset(word for role in ("transitive", "weak_transitive", "intransitive", "states", "toll_nouns",
                                       "victim_nouns", "event_nouns", "misspellings", "care_places")
                     for word in terms()[role])


@lru_cache(maxsize=None)
def _may_state_casualty(lemma: str, lower: str) -> bool:
    """Whether a word (its lowercased lemma and form) can state a casualty by itself: its lemma, form
    or singular is a word of the lexicon, or it is a casualty verb misspelt, or a word glued to a
    figure ("FATALITIES:17"). A cheap test by word before `_predicate_word` reads the token."""
    return not _predicate_words().isdisjoint((lemma, lower, singular(lower))) or misspelt_verb(lower) is not None \
        or GLUED.fullmatch(lower) is not None


_fatal_adverb_heads: "WeakKeyDictionary[Any, frozenset[int]]" = WeakKeyDictionary()


def _fatal_adverb_heads_of(doc) -> frozenset[int]:
    """The tokens of `doc` a fatal adverb ("fatally shot") hangs on; the Doc's are found once."""
    heads = _fatal_adverb_heads.get(doc)
    if heads is None:
        adverbs, columns = cue("fatal_adverb"), token_columns(doc)
        heads = _fatal_adverb_heads[doc] = frozenset(columns.head[j] for j, word in enumerate(columns.lower)
                                                     if word in adverbs)
    return heads


def _has_fatal_adverb(doc, i: int) -> bool:
    """Whether a fatal adverb ("fatally shot") hangs on token `i` of `doc`."""
    return i in _fatal_adverb_heads_of(doc)


def may_state_casualty(doc, i: int) -> bool:
    """Whether token `i` of `doc` can state a casualty: its word can (`_may_state_casualty`), or a
    fatal adverb hangs on it. Read from the Doc's columns: a cheap test before the token is read."""
    columns = token_columns(doc)
    return _may_state_casualty(columns.lemma[i], columns.lower[i]) or _has_fatal_adverb(doc, i)


def casualty_candidates(doc, start: int, end: int) -> list[int]:
    """The tokens of `doc` from `start` to `end` that can state a casualty (`may_state_casualty`),
    the Doc's columns and fatal adverbs read once for all of them."""
    columns, fatal = token_columns(doc), _fatal_adverb_heads_of(doc)
    lemmas, lowers = columns.lemma, columns.lower
    return [i for i in range(start, end) if _may_state_casualty(lemmas[i], lowers[i]) or i in fatal]


def _predicate_word(token) -> tuple[str, str] | None:
    if not may_state_casualty(token.doc, token.i):
        return None  # most tokens
    lexicon, lemma, lower = terms(), token.lemma_.lower(), token.lower_
    joined = glued(token)
    if joined is not None:
        return _glued_predicate(*joined)
    if token.pos_ in ("VERB", "AUX"):
        if _has_fatal_adverb(token.doc, token.i):
            return "killed", "transitive"
        if not any(lemma in lexicon[role] for role in ("transitive", "weak_transitive", "intransitive")):
            lemma = misspelt_verb(lower) or lemma
        for role in ("transitive", "weak_transitive", "intransitive"):
            if lemma in lexicon[role]:
                return lexicon[role][lemma], role
    if lower in lexicon["states"] and (token.pos_ in ("ADJ", "VERB") or "the" in (
            child.lower_ for child in children(token, "det"))):
        return lexicon["states"][lower], "states"
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
        return None
    if lemma in lexicon["care_places"]:
        return ("wounded", "care") if _cared_for(token) else None
    if lemma in lexicon["toll_nouns"]:
        kind = "killed" if lemma == "toll" else _counted_kind(token)
        if kind is not None:
            return kind, "toll"
    lemma = noun_word(token)
    for role in ("victim_nouns", "event_nouns"):
        if lemma in lexicon[role]:
            return lexicon[role][lemma], role
    return None


def noun_word(token) -> str:
    """The lexicon word of a victim or event noun: its lemma, the singular of a word in capitals
    (the lemmatizer leaves "FATALITIES" as it is), a misspelling mended ("causalities")."""
    lexicon, lower = terms(), token.lower_
    lemma = singular(lower) if token.is_upper else token.lemma_.lower()
    return lexicon["misspellings"].get(lower, lexicon["misspellings"].get(lemma, lemma))


@lru_cache(maxsize=1)
def _verb_forms() -> tuple[dict[str, str], dict[str, str]]:
    """The inflected forms of the lexicon's casualty verbs ("killed", "killing", "kills") -> their
    lemma, and those forms with one letter of a double letter dropped ("kiled") -> their lemma."""
    forms: dict[str, str] = {}
    for role in ("transitive", "weak_transitive", "intransitive"):
        for lemma in terms()[role]:
            stem = lemma[:-1] if lemma.endswith("e") else lemma
            for form in (lemma, lemma + "s", stem + "ed", stem + "ing"):
                forms.setdefault(form, lemma)
    dropped = {form[:i] + form[i + 1:]: lemma for form, lemma in forms.items()
               for i in range(1, len(form) - 1) if form[i] == form[i - 1]}
    return forms, {key: lemma for key, lemma in dropped.items() if key not in forms}


def misspelt_verb(word: str) -> str | None:
    """The casualty verb a misspelt word stands for: a double letter written single or a letter
    written twice ("kiled", "arested", "killling", "woundded": kill, arrest, wound)."""
    if len(word) < 5:
        return None
    forms, dropped = _verb_forms()
    if word in forms:
        return None
    if word in dropped:
        return dropped[word]
    return next((forms[word[:i] + word[i + 1:]] for i in range(1, len(word) - 1)
                 if word[i] == word[i - 1] and word[:i] + word[i + 1:] in forms), None)


def _counted_kind(noun) -> str | None:
    """The kind of casualty a "number of ..." updated or estimated by its verb counts ("the number of
    dead rose to 19", "the number of people injured climbed to 40", "put the number of dead at 40"),
    or, without an "of", the clause its verb hangs on counts ("found three more bodies, bringing the
    total to 26"), else None."""
    verb, lexicon = noun.head, terms()
    if verb.lemma_.lower() not in lexicon["update_verbs"] and verb.lemma_.lower() not in lexicon["estimate_verbs"] \
            or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    counted = related(noun, "of_object")
    if not counted and verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
        counted = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    for word in (w for each in counted for w in [each, *children(each, "acl", "amod")]):
        found = _predicate_word(word)
        if found is not None:
            return found[0]
    return None


def is_update(predicate) -> bool:
    """Whether a toll updates the figures stated before it ("the toll rose to 13", "revised the
    toll down to 8", "bringing the number of dead to 19", "Fatalities coded as 0"); not the old toll
    an update replaced ("raising an earlier toll of four")."""
    lexicon, verb = terms(), predicate.head
    if predicate.lemma_.lower() in lexicon["toll_nouns"]:
        return verb.lemma_.lower() in lexicon["update_verbs"] and not is_superseded(predicate)
    return verb.lower_ in lexicon["summary_verbs"] and bool(_estimated_numbers(predicate))


def is_superseded(predicate) -> bool:
    """Whether a toll is told as the old one a later figure replaced ("raising an earlier toll of
    four", "the initial toll of 12"): it counts only when no other figure states the toll."""
    return predicate.lemma_.lower() in terms()["toll_nouns"] and marked_superseded(predicate)


def marked_superseded(noun) -> bool:
    """Whether a word marks a noun as the old one ("an earlier toll", "early reports")."""
    return any(c.lower_ in terms()["superseded_words"] for c in noun.children if c.dep_ == "amod")


def _glued_predicate(word: str, number: int | None) -> tuple[str, str] | None:
    """A label glued to its figure ("FATALITIES:17") or a state glued to a slash ("7 killed/")."""
    lexicon = terms()
    if number is None:
        return (lexicon["states"][word], "slashed") if word in lexicon["states"] else None
    noun = lexicon["misspellings"].get(word, singular(word))
    return (lexicon["victim_nouns"][noun], "labelled") if noun in lexicon["victim_nouns"] else None


def victims_of(predicate, role: str) -> list:
    """The tokens naming (or counting) the victims of `predicate`."""
    if role in ("transitive", "weak_transitive"):
        return _verb_victims(predicate)
    if role == "intransitive":
        return _intransitive_victims(predicate)
    if role == "states":
        return _state_victims(predicate)
    if role == "toll":
        return _toll_numbers(predicate)
    if role == "care":
        return _with_conjuncts(_cared_for(predicate))
    if role == "labelled":
        return [predicate]
    if role == "slashed":
        return [predicate.doc[predicate.i - 1]] if predicate.i and is_number(predicate.doc[predicate.i - 1]) else []
    if role == "victim_nouns":
        objects = of_objects(predicate)
        if objects and not has_quantity(predicate):
            return objects
        if predicate.dep_ in ("oprd", "attr", "npadvmod", "advmod", "xcomp") and not (
                has_quantity(predicate) or children(predicate, "det")) and _state_victims(predicate):
            return _state_victims(predicate)
        following = predicate.doc[predicate.i + 1:predicate.i + 3]
        if len(following) == 2 and following[0].text == ":" and is_number(following[1]) and not any(
                _is_unreal(verb) for verb in following[1].ancestors if not _apart(following[1], verb)):
            return [following[1]]  # "FATALITIES: 4", not "FATALITIES: 4 not confirmed"
        return _estimated_numbers(predicate) or [predicate]
    return _event_noun_victims(predicate)


def _toll_counting(noun):
    """The toll noun whose "of" phrase `noun` heads ("the number of soldiers killed"), if any."""
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.lower_ == "of" and \
            preposition.head.lemma_.lower() in terms()["toll_nouns"]:
        return preposition.head
    return None


def _over_a_period(verb) -> bool:
    """Whether a casualty participle counts over a stretch of time ("killed in the last week", "killed
    since January")."""
    return any(t.lemma_.lower() in cue("time_unit") or t.lower_ == "since" for t in verb.subtree if t.i != verb.i)


def _cared_for(place) -> list:
    """The people a care verb puts in or takes to a care place ("at least eight students were treated
    in hospital", "two other soldiers remain in hospital"): the living hurt, not the dead ("the bodies
    were taken to hospital") nor staff ("doctors at the hospital")."""
    lexicon, preposition = terms(), place.head
    verb = preposition.head
    if place.dep_ != "pobj" or preposition.lower_ not in lexicon["care_preps"] \
            or verb.lemma_.lower() not in lexicon["care_verbs"]:
        return []
    if children(verb, "dobj"):
        return []  # "after he had taken his wife to hospital": who was taken, and why, is not told
    roles = ("nsubj", "nsubjpass") if verb.lemma_.lower() in lexicon["care_stays"] else ("nsubjpass",)
    subjects = children(verb, *roles) or (  # "was hit and admitted to hospital", "suffered burns and were taken
        children(verb.head, "nsubj", "nsubjpass") if verb.dep_ == "conj" else [])  # to hospital"
    return [s for s in subjects if (is_person(s) or has_quantity(s) or is_number(s))
            and lexicon["victim_nouns"].get(noun_word(s)) != "killed" and lexicon["states"].get(s.lower_) != "killed"]


def _apart(number, verb) -> bool:
    """Whether a dash or colon parts a label's figure from a later verb ("FATALITIES: 2 - DETAILS NOT
    SPECIFIED")."""
    return verb.i > number.i and any(token.text in ("-", ":", ";") for token in number.doc[number.i + 1:verb.i])


def _estimated_numbers(noun) -> list:
    """The number of "fatalities coded as 3", "casualties estimated at 20"."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or has_quantity(noun):
        return []
    return [obj for prep in children(noun.head, "prep") if prep.lower_ in cue("summary_prep")
            for obj in children(prep, "pobj") if is_number(obj)]


def children(token, *deps: str) -> list:
    """The dependents of `token` with any of the labels `deps`, in order."""
    doc, columns = token.doc, token_columns(token.doc)
    return [doc[i] for i in columns.children[token.i] if columns.dep[i] in deps]


def _with_conjuncts(tokens) -> list:
    """`tokens` and the nouns and numbers coordinated with them ("soldiers and six militants"), not
    the source a sentence ends with (", police and residents said")."""
    found = []
    for token in tokens:
        found.append(token)
        if any(child.lower_ == "or" for child in children(token, "cc")):  # "a mullah or imam": one person
            continue
        listed = [appos for appos in children(token, "appos") if children(appos, "conj")]
        coordinated = _misattached_conjuncts(token)
        for child in children(token, "conj") + listed:
            if _names(token, child):
                coordinated += children(child, "conj")
            elif not _same_person(token, child):
                coordinated.append(child)
        found.extend(_with_conjuncts(
            child for child in coordinated if child.pos_ in NOUNISH and not _opens_clause(child)
            and not _bracketed(child) and not an_age(child)
            and not in_trailing_source(child)
            and not any(casualty_predicate(modifier) for modifier in children(child, "acl", "amod", "relcl"))))
    return found


def _misattached_conjuncts(noun) -> list:
    """People the parse coordinated with the group after a counted victim's "of" rather than with
    the victim ("killing two members of a local security force and their civilian driver": the
    driver was killed too, not a member of the force)."""
    if not has_quantity(noun):
        return []
    return [person for of in children(noun, "prep") if of.lower_ == "of" for group in children(of, "pobj")
            if not is_person(group) for person in children(group, "conj") if is_person(person)]


def _bracketed(noun) -> bool:
    """Whether a noun the parse coordinated opens a bracket ("killed a farmer in Kamalpur
    (Kurigram Sadar, Rangpur)": the places in brackets are no second victim)."""
    first = noun.left_edge
    return first.text == "(" or first.i > 0 and noun.doc[first.i - 1].text == "("


def _names(noun, name) -> bool:
    """Whether `name`, set off by a comma, names the one person `noun` describes ("the district
    head, Ali Dawi, and 11 others")."""
    comma = name.left_edge.i > 0 and name.doc[name.left_edge.i - 1].text == ","
    return comma and noun.tag_ in ("NN", "NNP") and name.tag_ == "NNP" and noun.ent_type_ != "PERSON" and bool(
        children(noun, "det")) and not has_quantity(noun)


def _opens_clause(noun) -> bool:
    """Whether a coordinated noun is really the subject of the subjectless verb after it; not of the
    state a leaving verb's objects are left in ("leaving five officers and two bystanders injured")."""
    following = noun.doc[noun.right_edge.i + 1:noun.right_edge.i + 4]
    verb = next((t for t in following if t.dep_ not in ("aux", "auxpass", "advmod", "neg")), None)
    return verb is not None and verb.pos_ == "VERB" and verb.dep_ == "conj" and _subject_on_the_left(verb) == [noun] \
        and _leaving_verb_before(verb) is None


def _same_person(noun, conjunct) -> bool:
    """Whether "and" joins two descriptions of one person ("a cleric and critic", "one journalist
    and activist", "party chief and former mayor", "rights activist and director of a foundation");
    two kin are two people ("a husband and wife")."""
    if children(conjunct, "det", "poss", "nummod"):
        return False
    if {noun.lemma_.lower(), conjunct.lemma_.lower()} <= set(terms()["kin_nouns"]):
        return False  # "a husband and wife", "a brother and sister": two people
    former = any(child.lower_ in cue("former_word") for child in children(conjunct, "amod"))
    titled = conjunct.tag_ == "NN" and any(child.lower_ == "of" for child in children(conjunct, "prep"))
    one = children(noun, "det") or [n for n in children(noun, "nummod") if n.lower_ in ("one", "1")]
    return noun.tag_ == conjunct.tag_ == "NN" and bool(one) or (
        (former or titled) and noun.tag_ in ("NN", "NNP") and conjunct.tag_ in ("NN", "NNP"))


def of_objects(noun) -> list:
    return _with_conjuncts(related(noun, "of_object"))


def _verb_victims(verb) -> list:
    """Victims of "killed": its object or passive subject, the noun it modifies ("five people
    killed"), a bare number subject ("3 killed"), or the subject it shares with its head verb."""
    if verb.tag_ == "VBN" and verb.dep_ in ("oprd", "acomp") or _left_in_a_state(verb):
        return _state_victims(verb)
    leaver = _leaving_verb_before(verb)
    if leaver is not None:  # "..., leaving five officers and two bystanders injured", "injured" hung on the main verb
        return _with_conjuncts(children(leaver, "dobj"))
    victims = _first_subject(related(verb, "object", "passive_subject", "auxiliary_subject")) or _conjunct_objects(verb) \
        or _approximated(verb)
    subjects = related(verb, "subject")
    if victims and not any(is_person(v) or has_quantity(v) or is_number(v) for v in victims):
        # "killed 2 civilians - ongoing violence", "were shot and killed execution-style": a misread object
        victims = _counted_after(verb) or _shared_subject(verb, passive=False) or victims
    elif victims:
        pass
    elif verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("acl", "amod") and verb.head.pos_ in NOUNISH:
        if _counted_again(verb.head):
            return []  # "One of the wounded rangers died": no new wounded
        toll = _toll_counting(verb.head)
        if toll is not None:
            return _toll_numbers(toll)  # "put the number of soldiers killed at 11": 11
        victims = _coordinated_before(_teller(verb.head))  # a past tense as modifier is a participle: "15 killed"
        if not any(has_quantity(v) or is_number(v) or is_person(v) for v in victims):
            victims = _number_before(verb) or victims
    elif subjects:
        victims = [subject for subject in subjects if verb.tag_ == "VBN" or subject.tag_ in ("NN", "NNP")
                   or is_number(subject) or has_quantity(subject) or subject.lower_ in terms()["vague"]]
    else:
        victims = [child for child in children(verb, "nummod", "npadvmod", "meta") if is_number(child)] \
            or _number_before(verb) or _subject_on_the_left(verb) or _shared_subject(verb, passive=verb.tag_ == "VBN")
        if not victims:  # the parse hung them elsewhere, with words that are no victims as conjuncts
            return _counted_after(verb)
    return _with_conjuncts(victims + along_with(verb))


def _approximated(verb) -> list:
    """The figure the parse hung on a preposition that approximates it ("killed over 20", "killed
    between 6 and 10 soldiers"): a number, or a noun a number counts."""
    return [obj for prep in children(verb, "prep") if prep.lower_ in cue("approximating_prep")
            for obj in children(prep, "pobj") if is_number(obj) or has_quantity(obj)]


def _conjunct_objects(verb) -> list:
    """The object of the verb joined after a verb that has none ("killed and mutilated a guard"); not
    of a joined verb with a subject of its own, which makes a clause of its own ("Five killed as car
    bomb hits diners")."""
    return [obj for conjunct in children(verb, "conj") if not children(conjunct, "nsubj", "nsubjpass")
            for obj in children(conjunct, "dobj")]


def _bare_participle(verb) -> bool:
    """A participle with no subject or auxiliary of its own ("3 killed", "four reported killed")."""
    return verb.tag_ == "VBN" and not children(verb, "aux", "auxpass", "nsubj", "nsubjpass")


def _number_before(verb) -> list:
    """The number right before a bare participle that the parse hung elsewhere ("resulting in 3
    killed and 10 wounded": "3" the object of "in", "killed" a clause of the main verb)."""
    before = verb.doc[verb.i - 1] if verb.i else verb
    return [before] if _bare_participle(verb) and before is not verb and is_number(before) \
        and before.dep_ != "nummod" else []


def _first_subject(nouns: list) -> list:
    """A clause has one subject: a second passive subject the parse gave a verb right after a noun
    of the first one's phrase is a word of that phrase ("An attorney defending the area Senator is
    assassinated"), or, set off by a comma, the name of the person the first describes ("A member
    of the assembly, Dr Ali Musa has been killed"); not a second victim ("BAMAKO - 37 people were
    killed")."""
    subjects = [noun for noun in nouns if noun.dep_ == "nsubjpass"]
    if len(subjects) < 2 or subjects[1].left_edge.i < 2:
        return nouns
    first, second = subjects[0], subjects[1]
    before = second.doc[second.left_edge.i - 1]
    inside = before.pos_ in NOUNISH and before in first.subtree and before is not first
    named = before.text == "," and second.doc[before.i - 1] in first.subtree and first.tag_ == "NN" \
        and second.tag_ == "NNP" and not has_quantity(first)
    return [noun for noun in nouns if noun is not second] if inside or named else nouns


def _left_in_a_state(verb) -> bool:
    """Whether a participle says what state "left" or "render" put its object in ("left five
    wounded"; "left the son of a trader shot dead", the participle read as a past tense, with no
    subject or object of its own)."""
    if verb.head.lemma_ not in cue("state_leaving_verb"):
        return False
    if verb.tag_ == "VBN":
        return verb.dep_ in ("advcl", "xcomp", "ccomp") and not children(verb, "nsubjpass")
    return verb.tag_ == "VBD" and verb.dep_ in ("advcl", "xcomp", "ccomp", "oprd") and \
        bool(children(verb.head, "dobj")) and not children(verb, "nsubj", "nsubjpass", "dobj")


def _leaving_verb_before(verb):
    """The leaving verb whose object's phrase ends right before `verb` ("leaving five officers and two
    bystanders | injured"), or None."""
    if verb.tag_ != "VBN" or not verb.i or children(verb, "nsubj", "nsubjpass", "dobj"):
        return None
    noun = verb.doc[verb.i - 1]
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    leaver = noun.head
    return leaver if noun.dep_ == "dobj" and leaver.lemma_ in cue("state_leaving_verb") and leaver.i < noun.i else None


def _counted_after(word) -> list:
    """The counted victims right after a word the parse gave none ("killing at least eight people,
    police said" read with "people" as the subject of "said"; "shot dead 10 people")."""
    doc, i = word.doc, word.i + 1
    while i < len(doc) and doc[i].lower_ in cue("figure_qualifier"):
        i += 1
    if i >= len(doc) or not is_number(doc[i]):
        return []
    counted = doc[i].head if doc[i].dep_ == "nummod" and doc[i].head.i > i else doc[i]
    if counted is doc[i]:
        return [counted]
    return [counted] if is_person(counted) else []


def along_with(verb) -> list:
    """Victims joined by "along with", "in addition to" (terms' joining_phrases) after the verb or
    in its passive subject ("The chief, along with his driver, was killed", also where the parse hangs
    the phrase on the verb: "the leader, along with two bodyguards were killed"), or by "with" and a
    person after the verb ("was shot dead with his wife and child"; the parse hangs the
    last word of the phrase from the one before it or beside it). Those joined to the subject of an
    active verb acted with it."""
    doc = verb.doc
    passive = {t.i for subject in children(verb, "nsubjpass") for t in subject.subtree}
    joined = []
    phrases = _joining_phrases()
    for token in verb.subtree:
        for words in phrases.get(token.lower_, ()):
            last = token.i + len(words) - 1
            if (token.i > verb.i or token.i in passive or passive and token.head.i == verb.i) and last < len(doc) and \
                    [t.lower_ for t in doc[token.i:last + 1]] == words and doc[last].dep_ == "prep":
                joined += children(doc[last], "pobj")
    joined += [person for prep in children(verb, "prep") if prep.lower_ == "with" and prep.i > verb.i
               for person in children(prep, "pobj") if is_person(person) and person.tag_ != "NNP"
               and not _told_apart(person)]  # "shot dead with his wife"
    return sorted(joined, key=lambda t: t.i)


@lru_cache(maxsize=1)
def _joining_phrases() -> dict[str, list[list[str]]]:
    """The words of each joining phrase, by its first word."""
    phrases: dict[str, list[list[str]]] = {}
    for phrase in terms()["joining_phrases"]:
        phrases.setdefault(phrase.split()[0], []).append(phrase.split())
    return phrases


def _told_apart(person) -> bool:
    """Whether what "with" adds tells of its own fate ("with the minister's wife among a dozen
    people kidnapped")."""
    return any(child.lower_ == "among" or casualty_predicate(child) for child in person.children)


def _subject_on_the_left(verb) -> list:
    """The noun right before a subjectless verb that the parse coordinated elsewhere ("killed
    60 and at least 120 more were wounded", "killed nine and six people sustained injuries")."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in ("aux", "auxpass", "advmod", "neg"):
        i -= 1
    if i < 0 or children(verb, "nsubj", "nsubjpass"):
        return []
    noun = verb.doc[i]
    return [noun] if noun.dep_ == "conj" and (noun.pos_ in NOUNISH or noun.lower_ in cue("added_victim_word")) else []


def _shared_subject(verb, passive: bool) -> list:
    """The subject of the verb that a subjectless verb depends on: "were killed and 12 injured",
    "are believed to have been killed", "were on Monday shot dead", "forced 5,000 to flee", "four
    reported killed" (a bare participle the parse made the clause of "reported")."""
    while (verb.dep_ in ("xcomp", "conj", "advcl") or verb.dep_ == "ccomp" and _bare_participle(verb)) and \
            verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        if verb.dep_ == "xcomp" and children(head, "dobj"):
            return children(head, "dobj")
        if children(head, "nsubjpass"):
            return children(head, "nsubjpass")
        if children(head, "nsubj"):
            shared = passive or head.lemma_ == "be" or verb.dep_ == "xcomp"
            return children(head, "nsubj") if shared else []
        verb = head
    return []


def _teller(noun):
    """The person a participle's noun belongs to when the parser hung the participle on the object
    of a clause about that person ("Soldier providing election security killed in Colombia": the
    soldier, not the security); else the noun."""
    if is_person(noun) or has_quantity(noun):
        return noun
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("dobj", "pobj") and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in NOUNISH \
            and is_person(verb.head):
        return verb.head
    return noun


def _coordinated_before(noun) -> list:
    """`noun` and the counted nouns coordinated before it ("one officer and three suspects"), or
    listed before it with a comma as a headline does ("Two troops, one civilian killed")."""
    nouns = [noun]
    while (nouns[-1].dep_ == "conj" and (has_quantity(nouns[-1].head) or (
            nouns[-1].head.tag_ in ("NN", "NNP") and is_person(nouns[-1].head))) or _listed_count(nouns[-1])) \
            and not any(casualty_predicate(modifier) for modifier in children(nouns[-1].head, "acl", "amod", "relcl")):
        nouns.append(nouns[-1].head)
    return nouns[::-1]


def _listed_count(noun) -> bool:
    """Whether a counted noun is set after another counted noun by a comma ("Two troops, one
    civilian"): a list, not a description ("Two men, both farmers")."""
    return noun.dep_ == "appos" and all(any(is_number(child) for child in children(word, "nummod"))
                                        for word in (noun, noun.head))


def _intransitive_victims(verb) -> list:
    victims = related(verb, "subject")
    if not victims and verb.dep_ == "acl":
        victims = [verb.head]
    before = verb.doc[verb.i - 1] if verb.i else verb
    if is_number(before) and not an_age(before) and not any(has_quantity(v) or is_number(v) or is_person(v)
                                                             for v in victims):
        return [before]  # "4 died", the number hung elsewhere by the parse
    return _with_conjuncts(victims or _shared_subject(verb, passive=True))


def an_age(number) -> bool:
    """Whether a number gives someone's age ("a brother and sister aged seven and ten died", "two
    sisters aged 11 and 14"): an age word governs it, or stands before it with only numbers, "and"
    or commas between."""
    if not is_number(number):
        return False
    ages = terms()["age_words"]
    first = number
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.head.lower_ in ages:
        return True
    i = number.i - 1
    while i >= 0 and (is_number(number.doc[i]) or number.doc[i].lower_ in ("and", ",")):
        i -= 1
    return i >= 0 and number.doc[i].lower_ in ages


def _relation_of(noun) -> bool:
    """Whether a person is named only to say who someone else is ("a publisher of a slain blogger",
    "the widow of a slain officer", "a slain officer's widow"); "the bodies of two slain farmers" count."""
    if noun.dep_ == "poss":
        return True
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return holder is not None and holder.pos_ in NOUNISH and holder.lemma_.lower() not in terms()["victim_nouns"]


def _state_victims(word) -> list:
    """Victims of "dead", "injured", "missing": "14 dead", "with 16 people dead", "left five
    people dead", "two are missing", "were found dead", "the injured man", "three officers among
    the dead"."""
    own = [child for child in word.children if is_number(child) and child.dep_ not in ("conj", "appos")]
    if own:
        return _with_conjuncts(own)
    head = word.head
    if children(word, "dobj"):  # "two gunmen on a motorcycle shot dead a driver", "dead" read as the verb
        return _with_conjuncts(children(word, "dobj"))
    if children(word, "nsubj", "nsubjpass"):  # a clause of its own: "with 16 people dead"
        return _with_conjuncts(children(word, "nsubj", "nsubjpass"))
    if word.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "attr", "advcl", "advmod") and head.pos_ in (
            "VERB", "AUX"):
        if head.lemma_ in terms()["copulas"]:
            return _with_conjuncts(related(word, "copula_subject"))
        return _verb_victims(head)
    if word.dep_ == "amod" and (is_person(head) or has_quantity(head) or is_number(head)) and not _relation_of(head) \
            and not _counted_again(head):
        before_phrase = word.i < min((c.i for c in children(head, "det", "nummod", "quantmod")), default=word.i)
        return _with_conjuncts([head]) if before_phrase else [head]  # "shot dead one boy and two men"
    if word.dep_ == "pobj" and head.lower_ == "among":
        holder = head.head
        if holder.pos_ in ("NOUN", "PROPN", "NUM"):
            return [holder]
        return _with_conjuncts(children(holder, "nsubj", "nsubjpass"))
    if word.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in cue("victim_list_verb"):
        return _with_conjuncts(children(head, "dobj", "attr"))
    return _counted_after(word)


def _counted_again(noun) -> bool:
    """Whether the victims a state describes are those a casualty told before, some of whom another
    casualty verb counts ("One of the wounded rangers died": one dead, no new wounded)."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in cue("partitive_prep"):
        return False
    part = preposition.head
    return part.dep_ in ("nsubj", "nsubjpass") and casualty_predicate(part.head) is not None


def _event_noun_victims(noun) -> list:
    """Victims of "death", "martyrdom", "arrest", ...: "18 deaths", "the death of two men",
    "his death", "beaten to death", "lost their lives", "suffered injuries", "five people with
    gunshot wounds"."""
    lemma, head = noun.lemma_.lower(), noun.head
    if lemma == "death" and noun.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB" \
            and not has_quantity(noun):  # "beaten to death", not "leading to one death"
        return _verb_victims(head.head)
    if lemma == "life" and head.lemma_ not in cue("life_toll_verb"):
        return []
    if has_quantity(noun):
        return [noun]
    objects = of_objects(noun)
    if objects:
        return objects
    if _died_of(noun):
        return []  # "died from his wounds": the wounds of one who died, counted as the death
    possessors = related(noun, "possessor")
    if possessors:
        return possessors
    if head.dep_ == "prep":
        head = head.head
    if lemma in cue("harm_noun") and noun.head.lower_ == "with" and head.pos_ in ("NOUN", "PROPN") \
            and (is_person(head) or has_quantity(head)):
        return _with_conjuncts([head])  # "five people with gunshot wounds"
    if (lemma in cue("harm_noun") and head.pos_ == "VERB" and head.lemma_ not in terms()["cause_verbs"]
            and (casualty_predicate(head) is None  # "three men lost their lives": no soldiers "lost"
                 or noun.dep_ == "dobj" and head.lemma_.lower() in terms()["weak_transitive"])):
        subjects = children(head, "nsubj", "nsubjpass") or ([head.head] if head.dep_ == "acl" else []) \
            or _subject_on_the_left(head)
        return _with_conjuncts(subjects)
    return []


def _died_of(noun) -> bool:
    """Whether a wound is what someone died of ("died from his wounds", "succumbed to her injuries")."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or _predicate_word(noun) != ("wounded", "event_nouns"):
        return False
    verb = _predicate_word(noun.head.head)
    return verb is not None and verb[0] == "killed"


def _toll_numbers(toll) -> list:
    """The number of "the death toll rose to 45", "a death toll of 12", "bringing the toll to 9",
    "revised the toll down to 8", "put the number of soldiers killed at 11"; not a count over a period
    ("bringing the number of people killed in the last week to four")."""
    for relation in ("toll_figure", "toll_verb_figure", "toll_revised_figure", "toll_counted_figure"):
        numbers = [number for figure in related(toll, relation) for number in _count_in(figure)
                   if relation != "toll_counted_figure" or not _over_a_period(figure.head.head)]
        if numbers:
            return numbers
    holders = [toll, toll.head]
    found = [child for holder in holders for child in children(holder, "dobj", "attr", "appos", "nummod")
             if is_number(child)][:1]
    return found or _stranded_figure(toll.head)


def _stranded_figure(verb) -> list:
    """The number right after a "to" of the toll's verb that the parser left without an object, hanging
    the number on a noun of the next clause ("the death toll had risen to 41 as more bodies were
    recovered")."""
    doc = verb.doc
    return [doc[p.i + 1] for p in children(verb, "prep") if p.lower_ == "to" and not children(p, "pobj")
            and p.i + 1 < len(doc) and is_number(doc[p.i + 1])][:1]


def _count_in(figure) -> list:
    """`figure` when it is a number; else the count the parse hung on a day name: "rose to six
    Friday" (the entity recogniser keeps "six" out of the date)."""
    if is_number(figure):
        return [figure]
    return [number for number in children(figure, "nummod") if (figure.ent_type_ == "DATE" or figure.lower_ in
            cue("day_name")) and number.ent_type_ != "DATE" and is_number(number)]


def has_quantity(noun) -> bool:
    return any(is_number(child) for child in children(noun, "nummod", "quantmod", "compound")) or any(
        child.lower_ in terms()["vague"] for child in children(noun, "amod", "det"))


def is_person(noun) -> bool:
    lexicon, lemma, lower = terms(), noun.lemma_.lower(), noun.lower_
    if lemma in lexicon["not_victims"] or lower in lexicon["not_victims"] or lemma in cue("place_noun"):
        return False  # not "the state of Enugu", whose "-ate" ends "candidate" too
    if noun.ent_type_ in ("PERSON", "NORP") or lower in terms()["singular_pronouns"] or (
            noun.tag_ == "NNP" and not noun.ent_type_):
        return True
    if lower in cue("age_noun") and any(child.lemma_.lower() == "year" for child in noun.children):
        return True  # "a 14-year-old", "two 17-year-olds": people named by their age
    return lemma in lexicon["person_nouns"] or lower in lexicon["person_nouns"] or (
        noun.pos_ == "NOUN" and _person_suffixed(lemma))


def is_person_word(word: str) -> bool:
    """Whether a word as written names a person by the lexicon alone ("organiser", "farmers"), for
    a phrase whose tokens are gone (an actor's text)."""
    lexicon, lemma = terms(), singular(word.lower())
    return lemma not in lexicon["not_victims"] and (lemma in lexicon["person_nouns"] or _person_suffixed(lemma))


def _person_suffixed(lemma: str) -> bool:
    return lemma.endswith(tuple(terms()["person_suffixes"]))
