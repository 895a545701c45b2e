"""Event mentions: trigger words (verbs and nouns of data/triggers.tsv) in the sentence units of
a parsed article, with their lexicon entry, the unit they are in, and whether they report a
total over a period (aggregates are not events). A weapon found or defused did not go off, and a
measure lifted or eased ("lifted the curfew") is no measure imposed: the easing is the event."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from article2json.extractors.events.actors import names_a_place
from article2json.extractors.events.circumstances import of_a_person, perfect, states_grievance, told_as_earlier
from article2json.extractors.events.classify import LABELS, label_colon, opening_label
from article2json.extractors.events.lexicon import (LemmaText, TriggerEntry, carried_by_support, cue, cues,
                                                    definite_noun, has_cue, hyphen_prefix, lemma_candidates,
                                                    trigger_lexicon, without_endings)
from article2json.extractors.events.modality import is_infinitive
from article2json.extractors.events.units import Unit
from article2json.extractors.per_doc import sentence_of, token_columns

NOUN_TAGS = {"NOUN", "PROPN"}
CORE_ARGUMENTS = ("nsubj", "nsubjpass", "dobj")  # the subject and object slots of a clause
OBJECT_DEPS = {"dobj", "prt", "compound", "amod", "pobj", "prep", "npadvmod", "attr", "oprd", "nmod", "advmod",
               "acomp"}
AGGREGATE_DEPS = {"advmod", "amod", "npadvmod", "nummod", "det", "quantmod", "predet"}
AGGREGATE_PREPS = cue("aggregate_prep")
NAME_ENTITIES = {"ORG", "EVENT", "WORK_OF_ART", "FAC", "PERSON", "LAW", "PRODUCT", "GPE", "LOC", "NORP"}
REFERENCED = {"AGREE", "CONSULT", "SANCTION", "AID", "MOBILIZE", "RETREAT"}  # nouns named in passing are no news
HARMFUL = {"ASSAULT", "PROTEST", "COERCE", "OTHER"}  # the kinds of event that kill or injure
ARMED_MOVES = {"MOBILIZE", "RETREAT"}  # deployments and withdrawals of armed forces only
COOPERATION = {"CONSULT", "AID", "COOPERATE"}  # acts whose halting reduces relations (a sanction)
SHARED_SUBJECT_REACH = 3  # verbs walked up through "tried to", "and" to find the subject a verb shares
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "SPY", "GOV"})
NON_STATE_ARMED = frozenset({"REB", "UAF", "CRM"})  # rebels, militias and gunmen, criminal groups
BACKING_TYPES = {"SUPPORT", "AID"}  # a participle of these that modifies a noun says who backs it, no event


@dataclass
class Mention:
    """One trigger in one unit. `tokens` are the trigger's tokens (a phrase such as "opened fire"),
    `token` its head. Roles, modality and casualties are filled in by later steps."""

    token: Any
    tokens: tuple
    entry: TriggerEntry
    unit: Unit
    actors: list = field(default_factory=list)
    recipients: list = field(default_factory=list)
    modality: str = "asserted"
    casualties: list = field(default_factory=list)

    @cached_property
    def span(self) -> tuple:
        """The trigger's words that stand next to its head ("opened fire", "drone strike"; only
        "attacks" in "drone and missile attacks")."""
        doc, words = self.token.doc, token_columns(self.token.doc).lower
        indices = {t.i for t in self.tokens}
        indices |= {h for t in self.tokens for h in range(max(t.i - 1, 0), min(t.i + 2, len(doc))) if words[h] == "-"
                    and not (h < t.i and doc[h].whitespace_ or h > t.i and t.whitespace_)}  # "air-strike", not "(AFP) - Fighting"
        first = last = self.token.i
        while first - 1 in indices:
            first -= 1
        while last + 1 in indices:
            last += 1
        return doc[first].idx, doc[last].idx + len(doc[last])

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    @property
    def lemma(self) -> str:
        return self.entry.phrase

    @property
    def weak(self) -> bool:
        return self.entry.kind == "weak"


@lru_cache(maxsize=1)
def object_words() -> dict[str, frozenset[str]]:
    """Triggers that are events only with a fitting object, and the words that fit ("hurled
    stones", "blocked the highway": the takes_KIND and object_KIND classes of trigger_words.tsv)."""
    kinds = [category.removeprefix("takes_") for category in cues() if category.startswith("takes_")]
    return {phrase: cue(f"object_{kind}") for kind in kinds for phrase in cue(f"takes_{kind}")}


def unarmed_moves() -> frozenset[str]:
    """Moves that need no armed party."""
    return frozenset(object_words()) | cue("free_moves")


def pos_class(token) -> str | None:
    """VERB or NOUN; a "noun" with a direct object or a subject is a verb the tagger missed ("storm a
    hospital", "after security forces fire on protesters"), an "adjective" with a determiner that is a
    subject or object is a noun ("began a counteroffensive")."""
    if token.pos_ == "VERB" or token.tag_.startswith("VB") or \
            any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in token.children):
        return "VERB"
    if token.pos_ in NOUN_TAGS or token.pos_ == "ADJ" and (token.dep_ in CORE_ARGUMENTS or token.dep_ == "pobj") \
            and any(c.dep_ == "det" for c in token.children):
        return "NOUN"
    return None


def _neighbours(token, unit: Unit) -> list:
    """The tokens right before and after `token` in its unit, hyphens skipped."""
    found = []
    for step in (-1, 1):
        i = token.i + step
        while 0 <= i < len(token.doc) and token.doc[i].text == "-" and i + step in range(unit.first, unit.last):
            i += step
        if unit.first <= i < unit.last:
            found.append(token.doc[i])
    return found


def _phrase_tokens(token, entry: TriggerEntry, unit: Unit) -> tuple | None:
    """The tokens of a multiword entry headed by `token`, or None when they are not there."""
    tokens = [token]
    candidates = [c for c in token.children if c.dep_ in OBJECT_DEPS and c in unit]
    candidates += [c for prep in candidates if prep.dep_ == "prep" for c in prep.children]
    candidates += [c for noun in candidates if noun.dep_ == "compound" for c in noun.children]  # "tear gas shells"
    candidates += _neighbours(token, unit)
    if entry.pos == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of":
        candidates.append(token.head.head)  # "an exchange of fire": the entry "exchange fire" with "of"
    for word in entry.others:
        match = next((c for c in candidates if word in (c.lemma_.lower(), c.lower_)), None)
        if match is None:
            return None
        tokens.append(match)
    return tuple(sorted(tokens, key=lambda t: t.i))


def _part_of_name(token, unit: Unit) -> bool:
    """Whether a word is inside a name ("Operation Al-Aqsa Flood") or a date ("15 March"); headline
    words in title case are not taken for names."""
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    return not unit.headline and token.pos_ == "PROPN" and token.ent_type_ in NAME_ENTITIES


@lru_cache(maxsize=1)
def _trigger_tails() -> frozenset[str]:
    """Every head word of the trigger lexicon and every ending of one ("out" of "shootout")."""
    return frozenset(head[i:] for head in trigger_lexicon() for i in range(len(head)))


@lru_cache(maxsize=None)
def _trigger_match(lemma: str, word: str) -> str | None:
    """How a word (its lowercased lemma and form) can be a trigger: "whole" when one of its lemma
    candidates is a head word of the lexicon, "end" when one is only the end of one (after a
    hyphenated prefix: "out" of "shoot-out"), else None. A cheap test by word before `_entry_for`
    reads the token."""
    forms = (lemma, word, *without_endings(word))
    if any(form in trigger_lexicon() for form in forms):
        return "whole"
    return "end" if any(form in _trigger_tails() for form in forms) else None


def _entry_for(token, unit: Unit, relaxed: bool = False) -> tuple[TriggerEntry, tuple] | None:
    """The lexicon entry a token is a trigger of. `relaxed` also takes noun modifiers ("Maasai
    attack villages"), for telegraphic sentences the parser reads as one noun phrase."""
    match = _trigger_match(token.lemma_.lower(), token.lower_)
    prefix = hyphen_prefix(token) if match is not None else None
    if match is None or match == "end" and prefix is None:
        return None  # most tokens
    lexicon = trigger_lexicon()
    own = lemma_candidates(token)
    joined = [prefix.lower_ + lemma for lemma in own] if prefix is not None else []
    candidates = joined + own
    if not any(lemma in lexicon for lemma in candidates):  # decided before any parse test
        return None
    pos = pos_class(token)
    title_case = unit.headline and token.pos_ == "PROPN"  # "Protesters Block Highway": any part of speech
    if pos is None or token.dep_ == "compound" and pos == "NOUN" and not (
            relaxed and _telegraphic(token, unit) or title_case or token.head.lemma_.lower() in cue("undertaking")) \
            or _part_of_name(token, unit):
        return None
    if pos == "VERB" and token.dep_ == "amod" and not _verb_read_as_modifier(token) or \
            token.lemma_.lower() in cue("passive_excluded") and _passive(token) or _joined_to_participle(token):
        return None
    if token.tag_ == "VBN" and any(c.dep_ == "det" for c in token.children):
        return None  # "six of the wounded died": people named by what was done to them, not an action
    # "militants fires missiles at ...": a verb the parser read as a modifier; "A mob lynch a
    # suspect": the verb of a body sentence the parser found no verb in (a participle that modifies a noun
    # is none: "a mob lynch two suspected thieves")
    misread = relaxed and (token.dep_ == "compound" and token.head.i > token.i or pos == "NOUN" and not unit.headline
                           and not _has_a_verb(token.doc, unit))
    classes = ("VERB", pos) if misread else (pos,)
    for lemma, wanted in ((lemma, wanted) for wanted in classes for lemma in candidates):
        for entry in lexicon.get(lemma, ()):
            if entry.pos not in ("ANY", wanted) and not title_case or entry.plover == "OTHER" and _weapons_fire(token):
                continue
            if lemma in joined:
                tokens = (prefix, token)
            else:
                tokens = _phrase_tokens(token, entry, unit) if len(entry.words) > 1 else (token,)
            if tokens is not None:
                return entry, tokens
    return None


def _weapons_fire(token) -> bool:
    """Whether a noun like "fire" is the shooting of weapons ("by live fire", "under heavy mortar fire"),
    not a blaze."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in cue("weapons_fire_word") for c in token.children)


def _has_a_verb(doc, unit: Unit) -> bool:
    """Whether a unit has a verb or auxiliary other than a modifier."""
    columns = token_columns(doc)
    return any(columns.pos[i] in ("VERB", "AUX") and columns.dep[i] != "amod" for i in range(unit.first, unit.last))


def _joined_to_participle(token) -> bool:
    """Whether a hyphen joins the word to a participle after it, making a modifier ("bomb-making
    materials", "gun-toting men"): no act of its own."""
    doc, i = token.doc, token.i
    return i + 2 < len(doc) and not token.whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ \
        and doc[i + 2].tag_ in ("VBG", "VBN")


def _verb_read_as_modifier(token) -> bool:
    """Whether a past form the parser hung on the noun after it is the verb of a sentence it left
    without one ("Prison guards in Kamiti flogged inmates"): a noun right before it, a noun the
    sentence's root ("the wounded soldiers", "seven injured people" stay modifiers)."""
    sentence = sentence_of(token)
    return token.head.i > token.i > sentence.start and sentence.root.pos_ in NOUN_TAGS and (
        token.tag_ in ("VBD", "VBN") and token.doc[token.i - 1].tag_ in ("NN", "NNS", "NNP", "NNPS")
        or any(c.dep_ == "nsubj" for c in token.children))  # "members of the league (BCL) assaulted members of ..."


def _telegraphic(token, unit: Unit) -> bool:
    """Whether a noun modifier may be a verb the parser misread ("Maasai attack villages", "Massive
    rally engulfs capital"): a word of its sentence stands before it, and not a determiner or
    possessive ("the aid workers", "Sudan's aid workers", "Aid groups warned"), nor a conjunction that
    joins it to a noun phrase before ("attacks on markets and aid warehouses")."""
    before = next((t for t in reversed(token.doc[unit.first:token.i]) if not t.is_space), None)
    return before is not None and before.tag_ not in ("DT", "PDT", "PRP$", "WP$", "POS", "CC")


def _has_needed_object(token, entry: TriggerEntry, unit: Unit, actor_like) -> bool:
    """Whether a trigger that needs an object has one: an actor or an event ("released
    prisoners", not "released a statement"; an actor's own: "support Turkey's bid"), an actor
    ("executed two hostages"), or the words it needs ("hurled a grenade", "blocked a road"), aimed
    at a target when it must be ("launched rockets at the town"); a party when it has an object at
    all ("met the president", "leaders met"; not "met stiff resistance")."""
    phrase = entry.phrase
    if (entry.head in cue("gathering") or entry.head in cue("rally")) and pos_class(token) == "VERB":
        return _gathers_for_a_cause(token, actor_like)
    if entry.head in cue("procession"):
        return procession_for_a_cause(token)
    if entry.head in cue("march") and pos_class(token) == "VERB":  # not "troops marched into the town", "marched
        # the captives into the bush"
        return not any(c.dep_ == "dobj" for c in token.children) \
            and not any(actor_like(s, ARMED_SECTORS) for s in _own_or_shared_subjects(token))
    if entry.plover == "PROTEST" and entry.mode == "obstruct" and pos_class(token) == "VERB" \
            and any(actor_like(s, NON_STATE_ARMED) for s in _own_or_shared_subjects(token)):
        return False  # "gunmen disarmed the police at the checkpoint and blocked traffic": no protest (state forces
        # that block a road restrict movement: typing's table)
    if entry.head in cue("falls_to"):  # "the town of Bunagana fell to the rebels", not "fell to the ground"
        return any(names_a_place(s) for s in token.children if s.dep_ == "nsubj")
    if entry.head in cue("party_if_object"):  # "leaders met", "met the president"; not "met stiff resistance"
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return not objects or any(actor_like(o) for o in objects)
    wanted = object_words().get(phrase)
    person, any_object = entry.head in cue("needs_person"), entry.head in cue("needs_any_object")
    if wanted is None and not person and not any_object and (entry.head not in cue("needs_object") or
                                                              len(entry.words) > 1):
        return True
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "csubjpass", "dative")]
    if token.tag_ == "VBN":  # "a bomb found in a bus", "Bomb found near a school"
        objects += [token.head] if token.dep_ == "acl" else [c for c in token.children if c.dep_ == "nsubj"]
    if any_object:  # "protesters ... were dispersed by police": a passive whose subject is its conjunct's
        if _by_a_time(token):  # "the rally dispersed by mid-afternoon": what the crowd did, no passive
            return any(c.dep_ in ("dobj", "auxpass") for c in token.children)
        return bool(objects) or any(c.dep_ in ("auxpass", "agent") for c in token.children)
    if wanted is not None:
        if entry.head in cue("needs_aim"):
            return _aimed(token, objects, wanted)
        objects += [p for o in list(objects) for p in o.subtree]  # "a stretch of the highway", "a truck carrying arms"
        if unit.headline:  # title-case headlines are parsed badly: the words that follow will do
            objects += list(token.doc[token.i + 1:min(token.i + 6, unit.last)])
        return any(_forms(o) & wanted for o in objects)
    if person:  # "executed two hostages"; a bare count is people ("19 executed in Guanajuato")
        return any(actor_like(o) or _bare_count(o) for o in objects)
    objects += [p for c in token.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    objects += [p for o in objects for p in o.children if p.dep_ == "poss"]  # "support Turkey's bid"
    return any(actor_like(o) or _entry_for(o, unit) is not None for o in objects)


def _by_a_time(verb) -> bool:
    """Whether what the parser took for the agent of a verb is a time ("dispersed by mid-afternoon")."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    return bool(agents) and all(any(p.ent_type_ in ("DATE", "TIME") for p in a.children) for a in agents)


def _aimed(token, objects: list, wanted: frozenset[str]) -> bool:
    """Whether the object is the weapon itself, aimed at a target ("launched rockets at the town";
    not "launched a missile test", "two missiles into the sea", "on Monday", "attacks launched")."""
    weapons = [o for o in objects if o.dep_ == "dobj" and _forms(o) & wanted]
    targets = [p for word in [token, *weapons] for c in word.children
               if c.dep_ == "prep" and c.lower_ in cue("aimed_prep") for p in c.children if p.dep_ == "pobj"]
    return bool(weapons) and any(p.ent_type_ not in ("DATE", "TIME") for p in targets)


def _describes_someone(token, entry: TriggerEntry) -> bool:
    """A minor act told in a participle that describes who someone is ("a soldier providing
    election security was killed", "aid workers delivering food"), or any act with the aim it
    serves ("the group fighting to topple the government", "the main rebel group fighting for greater
    autonomy"): a role, not an event; and a
    participle that names a state ("two men armed with rifles", "the villagers were not armed"), unless
    someone did it ("were armed by the army"), and the weapons it names; and a participle of backing that says who backs
    someone or something ("a health centre supported by an NGO")."""
    if token.dep_ == "acl" and token.tag_ == "VBG" and (entry.kind == "minor" or _states_an_aim(token)):
        return True  # "al Shabaab, the group fighting to topple the government": what the group is for
    if token.dep_ == "acl" and token.tag_ == "VBN" and entry.plover in BACKING_TYPES:
        return True  # "a health centre supported by an NGO", "troops backed by clan fighters": who backs it
    return token.tag_ == "VBN" and entry.head in cue("state_participle") and \
        not any(c.dep_ in ("agent", "dobj") for c in token.children) or carried(token)


def carried(token) -> bool:
    """Whether a weapon noun is what such a state participle says someone carries ("militants armed
    with machine guns and rocket-propelled grenades attacked a checkpoint"): their kit, not an act."""
    word = token
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    holder = word.head.head
    return token.pos_ == "NOUN" and word.dep_ == "pobj" and word.head.lower_ == "with" and holder.tag_ == "VBN" \
        and holder.lemma_.lower() in cue("state_participle")


def _states_an_aim(token) -> bool:
    """Whether a verb has a to-infinitive of purpose ("fighting to topple the government") or, with no
    object, what it is done for ("the main rebel group fighting for greater autonomy"; not "blaming X
    for Y", nor a time: "firing for hours")."""
    if any(c.dep_ in ("xcomp", "advcl") and is_infinitive(c) for c in token.children):
        return True
    if any(c.dep_ == "dobj" for c in token.children):
        return False
    aims = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
    return any(o.ent_type_ not in ("DATE", "TIME") and o.lemma_.lower() not in cue("time_unit") for o in aims)


def _gathers_for_a_cause(token, actor_like) -> bool:
    """Whether a gathering is a protest: it states what it is for or against ("gathered to demand
    the release of", "assembled against the eviction", "converged in protest"), its people are
    demonstrators ("several hundred demonstrators gathered outside the ministry"), or it is a rally of
    unarmed people with no object ("thousands rallied in the capital", not "rallied support")."""
    if _states_a_cause([token], ("prep", "xcomp", "advcl")):
        return True
    if any(s.lemma_.lower() in cue("demonstration") for s in _own_or_shared_subjects(token)):
        return True  # "several hundred demonstrators gathered outside the ministry"
    if token.lemma_.lower() not in cue("rally") or any(c.dep_ == "dobj" for c in token.children):
        return False
    return any(actor_like(s) and not actor_like(s, ARMED_SECTORS) or _bare_count(s) or s.lower_ in cue("vague_amount")
               for s in _own_or_shared_subjects(token))  # troops that rallied fought on


def _own_or_shared_subjects(verb) -> list:
    """A verb's subjects, else those of the verb it completes or is joined to ("thousands of women
    gathered and tried to march": the women)."""
    for _ in range(SHARED_SUBJECT_REACH):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return subjects
        verb = verb.head
    return []


def procession_for_a_cause(token) -> bool:
    """Whether a procession is a protest: it, or the verb that brings it out, states what it is
    for or against ("a procession demanding the release of", "a procession of students demanding
    ...", "a protest procession", "brought out a procession against the price hike"); a funeral or
    religious procession is not one."""
    holders = [token] + ([token.head] if token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else [])
    holders += [who for of in token.children if of.dep_ == "prep" and of.lower_ == "of" for who in of.children]
    return _states_a_cause(holders, ("prep", "acl", "relcl", "advcl", "xcomp")) or \
        any(c.lemma_.lower() in cue("cause_noun") for c in token.children if c.dep_ in ("compound", "amod"))


def _states_a_cause(holders: list, deps: tuple[str, ...]) -> bool:
    """Whether a dependent (of `deps`) of any of `holders`, or one joined to it, says what a gathering is
    for or against ("gathered outside the station, singing and demanding the release of the three")."""
    return any(states_grievance(d) for holder in holders for c in holder.children if c.dep_ in deps
               for d in (c, *c.conjuncts))


def _bare_count(token) -> bool:
    """A number standing alone for people ("19 executed", "executed six in Mosul"), not a part of
    something ("3 of its plans")."""
    return token.pos_ == "NUM" and token.like_num and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                              for c in token.children)


def _mere_reference(token, entry: TriggerEntry, unit: Unit) -> bool:
    """A talk, deal or sanction named in passing ("despite the truce", "under the 2002 accord"),
    fighting people fled or fear, violence named other than as what happened, a kind of event
    ("such attacks") or earlier ones in general ("previous ceasefires"): a noun that refers to
    something known, not news; so is one a period is counted from ("since the invasion") or a
    person's description names ("a journalist who had covered the protests")."""
    if token.tag_ == "VBG" and _grievance_gerund(token):
        return True  # "clashed over chanting slogans and standing on stage": what the fight was about
    if token.tag_ == "VBG" and token.dep_ == "dobj" and token.head.lemma_.lower() in cue("escaped") \
            and _escaped(token.head):
        return True  # "families who had fled fighting elsewhere": a gerund object, as a noun's
    if pos_class(token) != "NOUN":
        return False
    if any(c.dep_ in ("det", "predet", "amod") and c.lower_ in cue("generic_determiner") for c in token.children):
        return True  # "such bombardments increase the risk of war": a kind of event
    if (token.tag_ in ("NNS", "NNPS") or not any(c.dep_ == "det" for c in token.children)) and any(
            c.dep_ in ("amod", "compound") and c.lower_ in cue("past_series") for c in token.children):
        return True  # "previous ceasefires collapsed within hours", "a landmine left over from earlier fighting":
        # earlier events in general, told before
    if _characterised_kind(token):
        return True  # "Clashes between herders and farmers have become increasingly deadly": a kind of event
    if entry.head in cue("background") and token.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return True
    if token.dep_ == "pobj" and token.head.lower_ in cue("grievance_prep") \
            and token.head.head.lemma_.lower() in cue("feeling_noun"):
        return True  # "as anger over kidnappings grows": what a feeling is about, told elsewhere
    if unit.headline:
        return False
    governor = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ == "pobj" and token.head.lower_ in cue("relation_prep") and governor.lemma_.lower() in cue("relation_word"):
        return True  # "the body had no connection to the abduction": the abduction is told elsewhere
    if token.dep_ == "pobj" and token.head.lower_ in cue("period_start"):
        return True  # "pounded almost daily since Russia's full-scale invasion": when a period began
    if token.dep_ in ("dobj", "pobj") and told_as_earlier(governor) and of_a_person(governor) \
            and definite_noun(token):
        return True  # "arrested a media activist who had covered the protests": who the person is
    if token.dep_ in ("dobj", "pobj") and governor.lemma_.lower() in cue("escaped"):
        return _escaped(governor)
    if token.dep_ == "pobj" and token.head.dep_ == "agent" and governor.lemma_.lower() in cue("displaced_by"):
        return True  # "thousands of people displaced by the war": the war is known, not news
    return entry.plover in REFERENCED and token.dep_ == "pobj"


def _escaped(verb) -> bool:
    """Whether the violence a verb of escape takes is known, not news ("fled the fighting", "fear
    attacks"); a survival told as what happened is news ("survived an ambush") unless a clause on a
    person tells it ("villagers who survived the massacre")."""
    return verb.lemma_.lower() not in cue("survived") or verb.dep_ in ("relcl", "acl", "amod")


def _grievance_gerund(token) -> bool:
    """Whether a gerund (or one joined to it) is the object of a grievance preposition ("over
    chanting slogans")."""
    while token.dep_ == "conj" and token.head.tag_ == "VBG":
        token = token.head
    return token.dep_ == "pcomp" and token.head.lower_ in cue("grievance_prep")


def _characterised_kind(token) -> bool:
    """A bare plural that a present-tense linking verb describes ("Clashes between herders and farmers
    have become increasingly deadly", "Kidnappings are common on the road"): what such events are
    like, not one that happened."""
    verb = token.head
    if token.tag_ != "NNS" or token.dep_ != "nsubj" or verb.lemma_.lower() not in cue("linking_verb") or \
            any(c.dep_ in ("det", "nummod", "poss") for c in token.children):
        return False
    present = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return present and any(c.dep_ in ("acomp", "attr") for c in verb.children)


def _fights_no_enemy(token, entry: TriggerEntry) -> bool:
    """Fighting a fire, a disease or a social ill ("firefighters battled the blaze", "the fight
    against corruption", "the war on poverty"): no one fought anyone."""
    if entry.head not in cue("fights_on"):
        return False
    return any(_forms(f) & (cue("not_foe") | cue("disaster")) for f in acted_on(token))


def acted_on(token) -> list:
    """What a verb or event noun acts on: its direct object and the object of a target preposition
    ("attacked a tank", "an attack on a helicopter", "the fight against corruption")."""
    return [c for c in token.children if c.dep_ == "dobj"] + [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in cue("target_prep")
        for p in c.children if p.dep_ == "pobj"]


def _armed_party(token, actor_like) -> bool:
    """Whether a deployment or withdrawal moves armed forces (not rescuers or investors)."""
    parties = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "compound", "amod")]
    parties += [p for c in token.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in cue("noun_party_prep")
                for p in c.children]
    if token.dep_ in ("xcomp", "conj", "advcl", "dobj") and not any(p.pos_ != "PRON" for p in parties):
        parties = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "troops began
        # their withdrawal": the subject of the verb the move is the object of
    parties += [whole for part in parties if part.like_num or part.lemma_.lower() in cue("quantity")
                for of in part.children if of.dep_ == "prep" and of.lower_ == "of"
                for whole in of.children if whole.dep_ == "pobj"]  # "half of the militia fighters"
    return any(actor_like(p, ARMED_SECTORS) for p in parties)


def _moves_envoys(token) -> bool:
    """Whether a withdrawal moves a state's envoys, inspectors or observers (a cut in relations,
    typed by the table): "will withdraw its ceasefire monitors from the border area"."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in cue("envoy") for c in token.children)


def _forms(token) -> set[str]:
    """A word's lemma, lowercased form and naive singular ("bases" -> "base", whatever the lemmatizer says)."""
    return {token.lemma_.lower(), token.lower_, token.lower_.removesuffix("s"), token.lower_.removesuffix("es")}


def _passive(token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _period_words(prep, trigger) -> list:
    """The words of a period phrase on a trigger that tell an aggregate ("since January", "over
    the past month", "in recent weeks"), and the noun of "in a wave of", "over a period of" (not
    "during a series of raids": an act that happened within it, nor such a phrase on an act of a day);
    none for a phrase that names a cause ("protest over rising prices") or for "since" on a verb
    in the simple past ("protested the closure (since July)")."""
    if prep.lower_ == "since":
        has_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)
        return [] if trigger.tag_ == "VBD" and not has_perfect else [prep]
    words = []
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        if noun.lemma_.lower() in cue("aggregate_noun") and prep.lower_ != "during" and not _on_a_day(trigger):
            words.append(noun)  # not one act "during a series of raids", which happened within it, nor
            # "detained 31 in a series of raids on Wednesday": one day's operation
        elif noun.lemma_.lower() in cue("time_unit"):
            words += noun.subtree  # "over the past month" (aggregate), "in the first week" (not)
    return words


def _on_a_day(trigger) -> bool:
    """Whether a trigger's phrase dates it to a day ("on Wednesday", "before dawn on 3 May")."""
    return any(t.dep_ == "prep" and t.lower_ == "on" and any(c.dep_ == "pobj" and c.ent_type_ == "DATE"
                                                             for c in t.children) for t in trigger.subtree)


def is_aggregate(token) -> bool:
    """Whether a trigger reports repeated actions or a total over a period ("daily attacks",
    "repeatedly accused", "struck a number of times over the past month", "have stepped up attacks")."""
    tokens = []
    for child in token.children:
        if child.dep_ in AGGREGATE_DEPS:
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and child.lemma_.lower() in AGGREGATE_PREPS:
            tokens.extend(_period_words(child, token))
        elif child.dep_ == "advcl":
            tokens.extend(c for c in child.children if c.dep_ == "mark")
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in cue("incident_prep") and head.head.pos_ == "VERB":
        # "lose cattle in raids every year": the raids are as many as the verb's habit
        tokens.extend(t for c in head.head.children if c.dep_ == "npadvmod" and c.lemma_.lower() in cue("time_unit")
                      for t in c.subtree)
    if token.dep_ == "pobj" and head.lemma_.lower() in cue("period_link_prep") and head.head.pos_ in NOUN_TAGS:
        if head.head.tag_ == "NNS" and head.head.lemma_.lower() in cue("long_period"):
            return True  # "months of fighting"
        tokens.append(head.head)
        tokens.extend(c for c in head.head.children if c.dep_ in AGGREGATE_DEPS)
    if token.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lemma_.lower() in cue("aggregate")
                                             for c in token.children):
        return True
    if token.tag_ in ("NNS", "NNPS") and token.dep_ == "dobj" and head.lemma_.lower() in cue("trend_verb") \
            and perfect(head):
        return True  # "Separatist insurgents have stepped up attacks on security forces": a trend
    if token.dep_ == "nsubj" and head.lemma_.lower() in cue("trend_subject_verb") and perfect(head):
        return True  # "settler violence has risen sharply over the past two years"
    if _campaign(token) or token.dep_ == "xcomp" and _campaign(head):
        return True  # "have been attacking Solino for weeks", "has been trying for weeks to seize control of it"
    if token.dep_ in ("advcl", "xcomp") and is_infinitive(token) and head is not token and is_aggregate(head):
        return True  # "have gathered outside Congress every Wednesday to protest against cuts": the aim of a habit
    lemmas = LemmaText(tokens)
    return has_cue("aggregate", lemmas) or not lemmas.words.isdisjoint(cue("aggregate_noun"))


def _campaign(verb) -> bool:
    """Whether a verb in the perfect has a bare plural duration ("has been shelling the town for
    weeks", not "for two days"): a campaign, not one act."""
    return verb.pos_ in ("VERB", "AUX") and perfect(verb) and any(
        c.dep_ == "prep" and c.lower_ in cue("duration_prep") and any(
            n.dep_ == "pobj" and n.tag_ == "NNS" and n.lemma_.lower() in cue("time_unit")
            and not any(d.dep_ == "nummod" for d in n.children) for n in c.children)
        for c in verb.children)


def _unit_mentions(doc, unit: Unit, actor_like, relaxed: bool, ongoing: bool = False) -> list[Mention]:
    mentions: list[Mention] = []
    used: set[int] = set()
    columns = token_columns(doc)
    for i in range(unit.first, unit.last):
        if i in used or _trigger_match(columns.lemma[i], columns.lower[i]) is None:
            continue  # most tokens
        token = doc[i]
        found = _entry_for(token, unit, relaxed)
        if found is None:
            continue
        entry, tokens = found
        if not _has_needed_object(token, entry, unit, actor_like) or is_aggregate(token) and not ongoing:
            continue
        moves_arms = entry.plover in ARMED_MOVES and entry.phrase not in unarmed_moves() \
            or entry.head in cue("armed_only")
        if _mere_reference(token, entry, unit) or _told_of_a_reference(token, unit, relaxed) \
                or moves_arms and not (_armed_party(token, actor_like) or _moves_envoys(token)) \
                or _fights_no_enemy(token, entry) or _describes_someone(token, entry):
            continue
        used.update(t.i for t in tokens)
        mentions.append(Mention(token, tokens, entry, unit))
    return _drop_carriers(_drop_halted(_drop_eased(_drop_disrupted(_drop_consumed(mentions)))))


RELATIVE_REACH = 3  # nouns climbed from a relative clause to the event noun it may tell of


def _told_of_a_reference(token, unit: Unit, relaxed: bool) -> bool:
    """Whether a trigger tells, in a relative clause, what an event named only in passing did ("linked
    to the July 30 suicide bombing of a convention, which killed more than 60 people"): that event's
    toll, no event of the article."""
    if token.dep_ != "relcl":
        return False
    noun = token.head  # the parser may hang the clause on a noun after the event's: "of a convention in Khar",
    # "the suicide bombings ..., claimed by Islamic State, which killed more than 250 people"
    for _ in range(RELATIVE_REACH):
        found = _entry_for(noun, unit, relaxed) if noun.pos_ == "NOUN" else None
        if found is not None:
            return _mere_reference(noun, found[0], unit) or time_counted_from(noun)
        if noun.dep_ != "pobj":
            return False
        above = noun.head.head
        if above.dep_ == "acl" and above.tag_ == "VBN":  # "claimed by Islamic State": the noun it describes
            above = above.head
        if above.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = above
    return False


def time_counted_from(noun) -> bool:
    """Whether an event noun is what a stated time is counted from ("Two days after the raid", "three
    weeks after the Easter Sunday suicide bombings"): told to date another act (incidents: no telling of
    its own event; triggers: its relative clauses tell of it)."""
    preposition = noun.head
    return noun.dep_ == "pobj" and preposition.lower_ in cue("relative_to_event") \
        and (preposition.head.dep_ == "npadvmod" or any(c.dep_ == "npadvmod" for c in preposition.children))


def _drop_disrupted(mentions: list[Mention]) -> list[Mention]:
    """Drop the bombs of "police defused a car bomb packed with explosives" or "a bomb found in a
    bus", and the explosives of "guards seized explosives": a weapon found, taken or disarmed did
    not go off."""
    weapons, parts = set(), set()  # what was disarmed, and the words telling it ("packed with explosives")
    for mention in (m for m in mentions if m.entry.acled_sub == "Disrupted weapons use"):
        token = mention.token
        heads = [token.head] if token.dep_ == "acl" else [c for c in token.children
                                                          if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
        weapons |= {head.i for head in heads}
        parts |= {t.i for head in heads for t in head.subtree}
    return [m for m in mentions if not (m.entry.plover == "ASSAULT" and (
        m.token.i in weapons or m.weak and m.token.i in parts)) and not (m.weak and _taken(m.token))]


def _taken(weapon) -> bool:
    """Whether a weapon word is what someone found or took ("seized explosives and detonators")."""
    while weapon.dep_ == "conj" and weapon.head.i != weapon.i:
        weapon = weapon.head
    verb = weapon.head.lemma_.lower()
    return weapon.dep_ in ("dobj", "nsubjpass") and (verb in cue("takes_arms") or verb in cue("weapon_taken"))


def _drop_eased(mentions: list[Mention]) -> list[Mention]:
    """Drop the curfew of "lifted the curfew" and the blockade of "eased the blockade": a measure
    eased is no measure imposed. Easing a military measure is a retreat, not a concession."""
    eased: set[int] = set()
    retreats: set[int] = set()
    for mention in mentions:
        if mention.entry.phrase in cue("takes_measure"):
            words = [t for o in mention.token.children if o.dep_ in ("dobj", "nsubjpass") for t in o.subtree]
            eased |= {t.i for t in words}
            if any(_forms(t) & cue("military_measure") for t in words):
                retreats.add(mention.token.i)
    return [replace(m, entry=replace(m.entry, plover="RETREAT")) if m.token.i in retreats else m
            for m in mentions if m.token.i not in eased]


def _halting_verb(token):
    """The verb that stops the act a noun names ("suspended talks", "cancelled a planned visit",
    "ended its mediation efforts", "broke off negotiations"), or None."""
    while token.dep_ in ("compound", "conj") and token.head.i != token.i:
        token = token.head
    verb = token.head
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    phrases = {verb.lemma_.lower(), f"{verb.lemma_.lower()} {particle}"}
    return verb if token.dep_ in ("dobj", "nsubjpass") and phrases & cue("halts") else None


def _drop_halted(mentions: list[Mention]) -> list[Mention]:
    """Type the halting of a cooperative act a sanction, which reduces relations: "suspended talks
    with the rebels", "cancelled a planned visit", "ended its mediation". The act halted is no
    event of its own: when the halting verb is a trigger it is the event, else the act's noun is."""
    by_token = {m.token.i: m for m in mentions}
    halted: dict[int, int] = {}  # the noun's token -> the halting verb's token
    for mention in mentions:
        verb = _halting_verb(mention.token) if mention.entry.plover in COOPERATION else None
        if verb is not None:
            halted[mention.token.i] = verb.i
    sanctions = {verb if verb in by_token else noun for noun, verb in halted.items()}
    return [replace(m, entry=replace(m.entry, plover="SANCTION", mode=None)) if m.token.i in sanctions else m
            for m in mentions if not (m.token.i in halted and halted[m.token.i] in by_token)]


def find_mentions(doc, units: list[Unit], actor_like) -> list[Mention]:
    """Every trigger in `units`, in text order, aggregates left out. `actor_like(token)` says
    whether a noun is an actor (for triggers that need one as object). A unit without any
    trigger of an ACLED type (a weapon noun that no verb governs is none: "militants fires missiles")
    is read again taking noun modifiers too."""
    mentions: list[Mention] = []
    for unit in units:
        found = _unit_mentions(doc, unit, actor_like, False)
        if unit.headline:  # "Algerian police detain scores as Hirak march is blocked": a verb the parser made a noun
            known = {m.token.i for m in found}
            found = sorted(found + [m for m in _unit_mentions(doc, unit, actor_like, True)
                                    if _verb_read_as_noun(m) and m.token.i not in known], key=lambda m: m.token.i)
        if not any(m.entry.acled_type and not _weapon_without_verb(m) for m in found):
            # only statements or weapons: "refuse to leave, battle police", "militants fires missiles"
            found = _unit_mentions(doc, unit, actor_like, True)
        mentions += found
    return mentions or _label_mention(doc, units) or _ongoing_mentions(doc, units, actor_like)


def _verb_read_as_noun(mention: Mention) -> bool:
    """Whether a trigger the parser tagged a noun modifier is a word the lexicon knows only as a verb
    ("detain" of "police detain scores")."""
    token = mention.token
    return token.pos_ == "NOUN" and token.dep_ == "compound" \
        and all(entry.pos == "VERB" for entry in trigger_lexicon().get(token.lemma_.lower(), ()))


def _weapon_without_verb(mention: Mention) -> bool:
    """A weapon noun with no verb above it in the parse ("Militants fires missiles at a convoy" read
    as one noun phrase)."""
    return mention.weak and mention.token.pos_ != "VERB" and \
        not any(t.pos_ in ("VERB", "AUX") for t in mention.token.ancestors)


def _ongoing_mentions(doc, units: list[Unit], actor_like) -> list[Mention]:
    """For a report that tells only of violence ongoing over a period ("the ongoing and repeated
    clashes between the army and the rebels", "fighting has continued for weeks"), the triggers of
    the first sentence telling such violence: it is the report's event, at the precision the text
    gives. Counted repeats ("attacked the village three times since January") stay no event."""
    for unit in units:
        if not any(t.lemma_.lower() in cue("ongoing") for t in doc[unit.first:unit.last]):
            continue
        found = [m for m in _unit_mentions(doc, unit, actor_like, False, ongoing=True)
                 if m.entry.acled_type and m.entry.kind == "event"]
        if found:
            return found
    return []


def _label_mention(doc, units: list[Unit]) -> list[Mention]:
    """For a report whose only event is the one its opening label names ("Movement of forces:
    fighters were seen near the border"), the label as the trigger."""
    label, colon = opening_label(doc), label_colon(doc)
    unit = next((u for u in units if colon is not None and colon.i - 1 in range(u.first, u.last)), None)
    if label is None or unit is None:
        return []
    acled_type, sub, plover, mode = LABELS[label]
    entry = TriggerEntry((doc[colon.i - 1].lemma_.lower(),), "NOUN", plover or "MOBILIZE", mode, acled_type, sub,
                         "event")
    return [Mention(doc[colon.i - 1], tuple(doc[unit.first:colon.i]), entry, unit)]


def _drop_carriers(mentions: list[Mention]) -> list[Mention]:
    """Drop a verb that only carries the event its object names ("hosted a protest
    demonstration", "staged an attack"): the object is the event, not a second one of the verb's
    own kind."""
    carried = {m.token.head.i: m for m in mentions if carried_by_support(m.token)}
    return [m for m in mentions if not (m.token.i in carried and carried[m.token.i].entry.plover != m.entry.plover)]


def _drop_consumed(mentions: list[Mention]) -> list[Mention]:
    """Drop single-word mentions whose token is part of an earlier phrase ("fire" in "opened fire")."""
    in_phrases = {t.i for m in mentions for t in m.tokens if t.i != m.token.i}
    return [m for m in mentions if m.token.i not in in_phrases]


TAKEN_DEPS = ("dobj", "nsubjpass", "prt", "attr", "oprd", "compound", "amod")


DESCRIBING_DEPS = ("appos", "relcl")  # what describes a taken thing or person, not what was taken


def taken_phrase(trigger) -> list:
    """The trigger and what it took: its objects, a passive subject and an "of" phrase ("seized
    control of a town", "a cache of weapons was seized", "the seizure of arms"), not the phrases of
    when and why ("seized control of a town after a fierce gun battle") nor what describes it ("X, a
    district coordinator, was seized": a person, not a district)."""
    taken = [c for c in trigger.children if c.dep_ in TAKEN_DEPS or c.dep_ == "prep" and c.lower_ == "of"]
    described = {t.i for child in taken for c in child.children if c.dep_ in DESCRIBING_DEPS for t in c.subtree}
    return [trigger, *(t for child in taken for t in child.subtree if t.i not in described)]
