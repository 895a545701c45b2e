"""Who did what to whom: the actor and recipient noun phrases of a trigger, read from the
dependency parse (subjects, objects, passive agents, "attack by X on Y", "clashes between X and
Y", "an attack carried out by X", "ISIS attack", "X claimed responsibility for the attack"), then
normalised against the actor dictionary."""

from __future__ import annotations

from article2json.extractors.countries import countries
from article2json.extractors.events.actors import (ENTITY_ACTORS, NOT_ACTORS, Actor, ActorDictionary, agent_noun,
                                                  phrase_head, phrase_text, phrase_tokens, resolve_actor)
from dataclasses import replace

from article2json.extractors.events.lexicon import WEAPON_CUES, cue, hedged_head, light_verb
from article2json.extractors.events.speakers import is_reporting_verb, reporting_verbs, trailing_source
from article2json.extractors.events.triggers import Mention
from article2json.extractors.events.victims import terms

TARGET_PREPS = cue("target_prep")
PARTY_PREPS = cue("party_prep")
GIFT_PREPS = cue("gift_prep")
OWNER_PREPS = cue("owner_prep")
TOPIC_VERBS = cue("topic_verb")
OWN_TARGETS = {"ASSAULT", "COERCE", "CONSULT"}  # PLOVER types whose object is the target itself: attacked, held, visited
AIMED_MODES = {"firearms", "crowd-control", "explosives"}  # "fired at", "hurled a grenade at"
SYMMETRIC_PREPS = cue("symmetric_prep")
OF_NOUNS = cue("of_event_noun")
CLAIM_VERBS = cue("support") | cue("claim_verb")  # "claimed", "accepted responsibility for"
INHERIT_DEPS = {"xcomp", "conj", "advcl", "acomp", "pcomp"}
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}
SAYER_PRONOUNS = cue("sayer_pronoun")  # a reported clause's subject that stands for who reports it
PERSON_PRONOUNS = cue("person_pronoun")  # ... and those that stand for who reports it when that is a person


def _weapon(token) -> bool:
    lemma = token.lemma_.lower()
    return any(lemma in cue(category) for category in WEAPON_CUES)


def _with_conjuncts(token) -> list:
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            found.extend(_with_conjuncts(child))
    return found


def subject_of(verb, unit, depth: int = 0) -> tuple[list, bool]:
    """The subject nouns of a verb and whether they are passive subjects; a verb without a subject
    shares the one of the verb it depends on ("were able to repel", "attacked ..., killing")."""
    if depth > 4 or verb not in unit:
        return [], False
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj") and child in unit:
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return [verb.head], child.dep_ == "nsubjpass"
            return _with_conjuncts(child), child.dep_ == "nsubjpass"
    hedge = hedged_head(verb)
    if hedge is not None:
        return subject_of(hedge, unit, depth + 1)  # "Gunmen believed to belong to X killed ...": the gunmen
    if verb.dep_ == "acl" and (verb.tag_ == "VBG" or any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)):
        return [verb.head], False  # "gunmen firing ...", "a group of youths tied up and assaulted ..." (a verb read as modifier)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children):
        return [verb.head], True  # "the guards killed in the ambush", "a village attacked by rebels"
    if verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i:
        return subject_of(verb.head, unit, depth + 1)
    return _orphan_subject(verb, unit), False


def _orphan_subject(verb, unit) -> list:
    """A noun before `verb` that the parser attached outside the sentence (a first sentence glued
    to the headline): taken as the subject the verb lacks."""
    orphans = [t for t in verb.doc[unit.first:verb.i] if t.pos_ in ("NOUN", "PROPN") and t.head not in unit]
    return _with_conjuncts(orphans[-1]) if orphans else []


def _agents(token) -> list:
    return [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _prep_objects(token, preps: set[str]) -> list:
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def _verb_roles(verb, mention: Mention, unit) -> tuple[list, list]:
    subjects, passive = subject_of(verb, unit)
    passive = passive or any(c.dep_ == "auxpass" for c in verb.children) or _reduced_passive(verb, mention) \
        or verb.lemma_.lower() in terms()["intransitive"]  # "the suspect had already died": a victim
    # an object after "according to" describes the source ("..., according to an official of the MSA, a
    # pro-government armed group"), which the parser may hang on the verb
    sourced = min((c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"), default=len(verb.doc))
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < sourced]
    preps = _target_preps(mention)
    objects += _prep_objects(verb, preps)
    objects += [p for c in verb.children if c.dep_ == "dobj" for p in _prep_objects(c, preps)
                if c.lemma_.lower() in cue("fired_object")]  # "opened fire on", "exchanged fire with"
    if passive:
        return _agents(verb), subjects + objects
    if verb.lemma_.lower() in cue("falls_to"):  # "the town fell to the rebels": taken by them
        return _prep_objects(verb, {"to"}), subjects
    return subjects, objects


def _reduced_passive(verb, mention: Mention) -> bool:
    """A past participle of a one-sided harming verb with a subject of its own and no auxiliary,
    object or coordinated verb (which may share an object: "assaulted and killed a man"): the
    passive of headlines and captions ("Five soldiers killed in ambush"), whose subject is what
    the verb was done to (not "a minibus collided", "rebels clashed"). A casualty verb, which
    always takes an object, reads so also when tagged as a past tense ("Three farmers killed,
    two wounded in blast"; not "rebels attacked at dawn")."""
    entry = mention.entry
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and mention.weak
    return (participle and entry.plover in ("ASSAULT", "COERCE") and entry.acled_type != "Battles"
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass", "dobj") or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                        for c in verb.children))


def _target_preps(mention: Mention) -> set[str]:
    """The prepositions that introduce a trigger's target: "with" for clashes and talks, "at"
    for shooting and throwing."""
    preps = set(TARGET_PREPS)
    if mention.entry.plover != "ASSAULT" or mention.entry.acled_type == "Battles":
        preps |= SYMMETRIC_PREPS
    if mention.entry.mode in AIMED_MODES:
        preps |= cue("aimed_target_prep")
    if mention.entry.mode == "destroy":  # "set fire to the station"
        preps |= cue("damage_target_prep")
    return preps


def _noun_roles(noun, mention: Mention, unit) -> tuple[list, list]:
    modifiers = [c for c in noun.children if c.dep_ in MODIFIER_DEPS]
    names = {c.i for c in modifiers if c.dep_ == "compound" and c.pos_ == "PROPN"}
    # a name the parse hung on the noun word by word ("al-Shabaab attack") is one actor, headed by
    # its last word (whose phrase takes in the name's words before it: `phrase_tokens`)
    actors = [c for c in modifiers if not (c.i in names and c.i + 1 in names)]
    actors += _prep_objects(noun, cue("noun_agent_prep"))
    recipients = _prep_objects(noun, _target_preps(mention))
    recipients += [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "compound":  # "Bandits attack village" read as one noun phrase
        recipients.append(noun.head)
        top = noun.head  # "Protesters torch government offices": the phrase's head holds the subject
        while top.dep_ == "compound" and top.head.i != top.i:
            top = top.head
        actors += [c for head in {noun.head, top} for c in head.children if c.dep_ == "compound" and c.i < noun.i]
    if noun.lemma_.lower() in OF_NOUNS:
        recipients += _prep_objects(noun, {"of"})
    for acl in (c for c in noun.children if c.dep_ == "acl"):
        actors += _agents(acl)
        recipients += [c for c in acl.children if c.dep_ == "dobj"] if acl.tag_ == "VBG" else []
    between = _prep_objects(noun, {"between"}) or _prep_objects(noun.head, {"between"})
    if between:
        sides = _with_conjuncts(between[0])
        actors, recipients = actors + sides[:1], recipients + sides[1:]
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "pobj") and light_verb(verb):
        subjects, passive = subject_of(verb, unit)
        actors += _agents(verb) if passive or noun.dep_ == "nsubjpass" else subjects
    actors += _claimants(noun, unit)
    return actors, recipients


def _claimants(noun, unit) -> list:
    """Who claimed `noun`, an attack: "Al-Shabaab claimed responsibility for the attack", "the
    group took credit for the bombing"."""
    credit = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if credit is None or credit.lemma_.lower() not in cue("claim_noun") or credit.dep_ not in ("dobj", "nsubjpass"):
        return []
    verb = credit.head
    if verb.lemma_.lower() not in CLAIM_VERBS:
        return []
    subjects, passive = subject_of(verb, unit)
    return _agents(verb) if passive or credit.dep_ == "nsubjpass" else subjects


def role_tokens(mention: Mention, names_people=lambda token: False) -> tuple[list, list]:
    """The head tokens of the actor and recipient phrases of a mention; the speakers of its
    sentence's reporting verbs take no part in what they report. `names_people(token)`: whether
    the dictionary reads a common noun's phrase as people of a sector ("18 Rwandan rebels")."""
    token, unit = mention.token, mention.unit
    carrier = _misread_verb(token)
    if carrier is not None:
        actors, recipients = _verb_roles(carrier, mention, unit)
    elif token.pos_ == "VERB" or token.tag_.startswith("VB"):
        actors, recipients = _verb_roles(token, mention, unit)
    else:
        actors, recipients = _noun_roles(token, mention, unit)
    if mention.entry.kind == "defend":
        actors, recipients = recipients, actors
    if mention.entry.plover != "ASSAULT":
        particles = [t for t in mention.tokens if t.dep_ == "prep" and t.head.i == token.i]  # "called for"
        objects = [p for t in particles for p in t.children if p.dep_ == "pobj"]
        recipients = _party_recipients(token, recipients, mention.entry.plover == "AID", names_people, objects)
    sayers = [sayer for actor in actors for sayer in _sayer_of(actor, unit)]
    actors = [actor for actor in actors if not _sayer_of(actor, unit)] + sayers
    speakers = speaker_tokens(mention) - set(sayers)
    return _clean(actors, mention, speakers), _clean(recipients, mention, speakers)


def _misread_verb(token):
    """The word after a noun trigger that the parser made the clause's verb, with its subject and
    object ("two gunmen on a motorcycle shot dead a driver", read as "a motorcycle shot" and "dead"
    with "gunmen" and "driver"): the trigger's roles are that word's; else None."""
    if token.pos_ not in ("NOUN", "PROPN") or token.i + 1 >= len(token.doc):
        return None
    after = token.doc[token.i + 1]
    has = {c.dep_ for c in after.children}
    return after if after.pos_ == "ADJ" and token.head.i != after.i and {"nsubj", "dobj"} <= has else None


def _names_party(token) -> bool:
    """Whether a word names a party to an act: a name ("Pakistan", "the Kremlin", "Kofi Annan"; not a
    facility or a landmark) or people by an agent ending ("hostage-takers", "peacekeepers")."""
    if token.ent_type_ in NOT_ACTORS or token.ent_type_ in ("FAC", "LOC"):
        return False
    return token.ent_type_ in ENTITY_ACTORS or token.pos_ == "PROPN" or token.pos_ == "NOUN" and agent_noun(token)


def _party_recipients(token, recipients: list, giving: bool, names_people, objects: list = (),
                      depth: int = 0) -> list:
    """Who a non-violent act is done to, with or against. A party named after a preposition on the
    trigger or on its object comes before the object, which is often what is given ("sent arms to
    Pakistan", "offered its troops to the president", "accepted demands from the rebels"); without
    any recipient, the subject of a clause the trigger demands ("demanded that the US cancel ...") or
    the recipients of a clause telling what it is for ("staged rallies to protest the decision")
    whose verb does not name a topic ("met to discuss the participation of communities"). "for"
    names the recipient of a gift ("aid for Romania"), not whom a demand is addressed to ("demanded
    jobs for teachers"). `objects`: the objects of the trigger's own preposition ("called for sanctions
    against Nigeria")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative")] + list(objects)
    preps = PARTY_PREPS | GIFT_PREPS if giving and not depth else PARTY_PREPS
    named = [p for head in (token, *objects) for p in _prep_objects(head, preps)
             if _names_party(p) or names_people(p)]
    recipients = [r for r in recipients if r.ent_type_ not in NOT_ACTORS]  # not "on Tuesday"
    if named or recipients or depth > 1:
        return named or recipients
    demanded = [s for c in token.children if c.dep_ == "ccomp" for s in c.children
                if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") and s.ent_type_ not in NOT_ACTORS]
    if demanded:
        return demanded
    for clause in (c for c in token.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                   and c.lemma_.lower() not in TOPIC_VERBS):
        found = _party_recipients(clause, [c for c in clause.children if c.dep_ == "dobj"], giving, names_people,
                                  depth=depth + 1)
        if found:
            return found
    return []


def _party_heads(head, mention: Mention, dictionary: ActorDictionary) -> list:
    """A thing a non-violent act is done to stands for its parties: who it belongs to or comes from
    ("froze the assets of the two men", "rejected calls by Kofi Annan"), else who its modifiers name
    ("supported Turkey's efforts", "rejected a U.S. request"); people, names and places stand for
    themselves ("blocked the Kitui road")."""
    def names_people(token) -> bool:
        return _people_of_a_sector(token, mention, dictionary)

    if head.pos_ != "NOUN" or agent_noun(head) or head.lemma_.lower() in cue("place_noun") or names_people(head):
        return [head]
    owners = [p for p in _prep_objects(head, OWNER_PREPS) if _names_party(p) or names_people(p)]
    modifiers = [c for c in head.children if c.dep_ in MODIFIER_DEPS and (_names_party(c) or names_people(c))]
    return [p for p in owners or modifiers if p in mention.unit and p not in mention.tokens] or [head]


def _people_of_a_sector(token, mention: Mention, dictionary: ActorDictionary) -> bool:
    """Whether the dictionary reads the phrase a noun heads as people of a sector ("18 Rwandan rebels")."""
    actor = resolve_actor(phrase_tokens(token, mention.unit), token, dictionary)
    return actor is not None and actor.sector is not None


def _sayer_of(pronoun, unit) -> list:
    """Who a subject pronoun of a reported clause stands for: the subject of the reporting verb
    ("the army said it had killed 12 militants", "government forces said they had driven the fighters
    out": the army, the forces); none for another word or clause, nor in a quote the verb follows
    ("'They set fire to the granaries,' said a resident": they are the attackers); "he" and "she"
    stand for a person who reports ("President Bouteflika said he is prepared to lift the ban"), not
    for police who report what a suspect did."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in SAYER_PRONOUNS | PERSON_PRONOUNS:
        return []
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or not is_reporting_verb(clause.head) or clause.head.i > pronoun.i:
        return []
    sayers = [s for s in clause.head.children if s.dep_ == "nsubj" and s.pos_ != "PRON" and s in unit]
    return sayers if pronoun.lower_ in SAYER_PRONOUNS else [s for s in sayers if s.ent_type_ == "PERSON"]


def speaker_tokens(mention: Mention) -> set:
    """The head words of who reports the mention's sentence: the subjects of its reporting verbs
    ("police said"), and a source the sentence ends with that the parser took for the last items
    of a list (speakers.py). A verb whose subject is the trigger's own is no reporting verb here:
    the trigger itself ("the group claimed the attack"), or one the trigger hangs from without a
    clause of its own ("claimed to have overrun", "said to be recruiting")."""
    speakers = set()
    unit, doc = mention.unit, mention.token.doc
    for i in reporting_verbs(doc, unit.first, unit.last):
        verb = doc[i]
        if verb in mention.tokens or _shares_subject(mention.token, verb):
            continue
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c in unit):
            speakers.update(_with_conjuncts(subject))
        if verb.i > mention.token.i:
            speakers.update(trailing_source(verb, unit.first))
    return speakers


def _shares_subject(trigger, verb) -> bool:
    """Whether `trigger` hangs from `verb` through complements that have no subject of their own
    (xcomp, pcomp, conj; not a reported clause, ccomp)."""
    token = trigger
    while token.head.i != token.i and token.dep_ != "ccomp":
        if token.head.i == verb.i:
            return True
        token = token.head
    return False


def _clean(tokens: list, mention: Mention, speakers: set) -> list:
    found = []
    for token in tokens:
        for head in _with_conjuncts(token):
            if head.lemma_.lower() not in cue("crowd_noun"):  # "a crowd of young men": resolve_actor weighs both
                head = phrase_head(head)
            if head in mention.unit and head not in mention.tokens and head not in found and head not in speakers:
                found.append(head)
    return found


def _named_place(head) -> bool:
    """"Bagamoyo, a small port town": a name explained as a place."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in cue("place_noun") for c in head.children)


def _each_country(head, actor: Actor | None, dictionary: ActorDictionary) -> list:
    """The actor of a phrase, one per country when coordinated demonyms name the forces or
    governments of several ("Thai and Cambodian troops": Thailand's forces and Cambodia's)."""
    if actor is None or actor.sector not in ("MIL", "GOV"):
        return [] if actor is None else [actor]
    demonyms = [c for m in head.children if m.dep_ in MODIFIER_DEPS and any(x.dep_ == "conj" for x in m.children)
                for c in [m, *(x for x in m.children if x.dep_ == "conj")]]
    each = [found for token in demonyms if (found := demonym_actor(token, dictionary, actor.sector == "MIL"))]
    return each if len({a.country for a in each}) > 1 else [actor]


def demonym_actor(token, dictionary: ActorDictionary, military: bool) -> Actor | None:
    """"Russian" in "Russian airstrikes": the country's forces (or its government)."""
    code = dictionary.country_in([token])
    if code is None or token.pos_ not in ("ADJ", "PROPN", "NOUN"):
        return None
    name = next(c.name for c in countries() if c.code == code)
    text, start, end = phrase_text([token])
    if military:
        return Actor(f"Military Forces of {name}", text, start, end, "MIL", code)
    return Actor(name, text, start, end, "GOV", code)


def resolve_roles(mention: Mention, dictionary: ActorDictionary, is_trigger, is_place) -> None:
    """Fill `mention.actors` and `mention.recipients` with normalised actors; a phrase the places
    extractor found (`is_place(start, end)`) is a target, not a group of people, and a name on the
    trigger noun that it found elsewhere (`named_elsewhere`) no party at all."""
    actor_heads, recipient_heads = role_tokens(mention, lambda token: _people_of_a_sector(token, mention, dictionary))
    military = mention.entry.plover == "ASSAULT"
    parties = set()
    if mention.entry.plover not in OWN_TARGETS:
        recipient_heads = [party for head in recipient_heads for party in _party_heads(head, mention, dictionary)]
        parties = {head for head in recipient_heads if head.dep_ in MODIFIER_DEPS}
    for heads, target in ((actor_heads, mention.actors), (recipient_heads, mention.recipients)):
        for head in heads:
            if is_trigger(head):
                continue
            tokens = phrase_tokens(head, mention.unit)
            tokens = [t for t in tokens if t.i > max(m.i for m in mention.tokens)] or tokens if \
                any(t in mention.tokens for t in tokens) else tokens
            actor = resolve_actor(tokens, head, dictionary)
            if head.dep_ in MODIFIER_DEPS and (head.head.i == mention.token.i or head in parties):
                if actor is None or actor.sector is None and head.pos_ != "PROPN":
                    actor = demonym_actor(head, dictionary, military)
            if head.i == mention.token.head.i and actor is not None and actor.sector is None:
                continue  # the noun a trigger modifies ("Ethnic clashes pit") is only taken when it is an actor
            if actor is not None and actor.sector is None and _weapon(head):
                continue  # "attacked with grenades": a weapon, not a target
            named_place = is_place(head.idx, head.idx + len(head)) or _named_place(head)
            if actor is not None and not actor.target and named_place:
                actor = replace(actor, target=True)
            if actor is not None and target is mention.actors and actor.target and actor.generic:
                continue  # a place, facility or vehicle is no agent
            if actor is not None and target is mention.actors and actor.sector is None and not named_place \
                    and head.dep_ in MODIFIER_DEPS and head.head.i == mention.token.i \
                    and is_place(head.idx, head.idx + len(head), named_elsewhere=True):
                continue  # a name on the event noun that the text gives a place elsewhere ("the Kotulo attack")
            for each in _each_country(head, actor, dictionary):
                if each.name not in {a.name for a in target}:
                    target.append(each)
    actor_names = {a.name for a in mention.actors}
    mention.recipients[:] = [r for r in mention.recipients if r.name not in actor_names]
