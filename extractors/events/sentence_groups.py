"""Mentions of one sentence that describe one action join ("killed in an attack", "repelled an
attack"): a trigger that dominates another in the parse with no separating word between them
("after", "said"), or a later step told in a clause under it ("killed one voter before police
opened fire"; not "two days before"), ground taken after the fighting that took it ("seized the
mine after a gunfight"), a participle telling how an action was done, a lone casualty verb and the
nearest strong trigger, a protest and the demand it was made for or the violence told with it
("rioted, seizing a cell block and clashing with guards"), two nouns naming one kind of attack
that no word parts and that are not the subjects or objects of verbs of their own ("the toll from
a truck bombing rose to six, with 100 wounded in a major militant assault"), an event noun and the
clause "in which" tells what happened in it ("clashes near Pinga, in which four were killed"); unless
the places attached to them cannot be one scene."""

from __future__ import annotations

from article2json.extractors.events.incident import (Event, action_class, another, dated_from_it, definite,
                                                     mention_family, separate)
from article2json.extractors.events.lexicon import cue, seizes_arms
from article2json.extractors.events.link_base import counted_from_another
from article2json.extractors.events.modality import EVENT_SUBJECT_VERBS, semicolon_between
from article2json.extractors.events.scene import places_compatible
from article2json.extractors.events.triggers import CORE_ARGUMENTS, Mention
from article2json.extractors.events.victims import casualty_kind
from article2json.extractors.per_doc import token_columns



def _families_meet(first: Mention, second: Mention) -> bool:
    if first.weak or second.weak:
        return {mention_family(first), mention_family(second)} <= {"ASSAULT", "OTHER"}
    return first.entry.plover == second.entry.plover or _airs_its_demand(first, second) or _airs_its_demand(second, first) \
        or _its_damage(first, second) or _its_damage(second, first) or _its_arrests(first, second) \
        or _its_arrests(second, first) or _done_on_the_way_in(first, second) or _done_on_the_way_in(second, first) \
        or _arms_seized_in_the_arrests(first, second) or _arms_seized_in_the_arrests(second, first) \
        or _arrests_of_the_raid(first, second) or _arrests_of_the_raid(second, first)


def _done_on_the_way_in(move: Mention, act: Mention) -> bool:
    """"The fighters entered the village at dawn, setting fire to dozens of homes": the violence a
    participle on a move into a place tells is what the movers did there, one incident."""
    token = act.token
    return move.entry.head in cue("move_into") and act.entry.plover == "ASSAULT" and token.tag_ == "VBG" \
        and token.dep_ == "advcl" and token.head.i == move.token.i


def _its_arrests(dispersal: Mention, arrest: Mention) -> bool:
    """"Police dispersed the rally and briefly detained 12 students": arrests told in a verb joined to
    the dispersal of a crowd are the same response to it."""
    return dispersal.entry.mode == "crowd-control" and arrest.entry.plover == "COERCE" \
        and arrest.token.dep_ == "conj" and arrest.token.head.i == dispersal.token.i


def _arrests_of_the_raid(raid: Mention, arrest: Mention) -> bool:
    """"Soldiers raided houses before dawn, detaining 14 suspects": arrests told in a participle or a
    verb joined to a raid are the raid's, one operation; so are arrests made "in a raid" ("Police
    arrested eight men in a raid on a farm")."""
    token, noun = arrest.token, raid.token
    if raid.entry.head not in cue("raid") or arrest.entry.plover != "COERCE":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in cue("incident_prep") and noun.head.head.i == token.i:
        return True
    return token.dep_ in ("advcl", "conj") and token.head.i == noun.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)  # not "police arrested 20"


def _arms_seized_in_the_arrests(arrest: Mention, seizure: Mention) -> bool:
    """"Police arrested four men at a roadblock and seized two rifles": arms or other contraband seized
    in a verb joined to an arrest are the same operation (either told first)."""
    first, second = sorted((arrest.token, seizure.token), key=lambda t: t.i)
    return arrest.entry.plover == "COERCE" and seizure.entry.plover != "COERCE" \
        and second.dep_ == "conj" and second.head.i == first.i \
        and seizes_arms(seizure.token)


def _its_damage(protest: Mention, damage: Mention) -> bool:
    """"blocked roads and burned tyres": what protesters destroyed in a verb joined to their
    protest's is the protest turned riot, not an attack of its own; so is the violence a participle
    on the protest's verb tells ("rioted, seizing a cell block and clashing with guards")."""
    if protest.entry.plover != "PROTEST" or damage.entry.plover != "ASSAULT":
        return False
    token = damage.token
    while token.dep_ == "conj" and token.head.tag_ == "VBG":  # "seizing ... and clashing"
        token = token.head
    if token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.i == protest.token.i:
        return True
    return damage.entry.mode == "destroy" and damage.token.dep_ == "conj" and damage.token.head.i == protest.token.i


def _airs_its_demand(protest: Mention, demand: Mention) -> bool:
    """"marched to parliament to demand lower prices", "protested, demanding jobs": the demand is
    what the protest was for, not a request of its own."""
    return protest.entry.plover == "PROTEST" and demand.entry.plover == "REQUEST" \
        and demand.token.head.i == protest.token.i and demand.token.dep_ in ("xcomp", "advcl")


PARTING_WORDS = ("word", "report", "semicolon")  # what parts two acts of a sentence into two events
SEPARATION_RANK = {None: 0, "clause": 1, "report": 2, "semicolon": 3, "word": 4}  # on a path, the strongest counts
LABEL_WORDS = 3  # at most the words of a label that opens a note ("Property destruction:")
COLON_OPENING = 4  # words after a colon searched for the time that opens an earlier incident told as an example


def _separation(token, own: bool) -> str | None:
    """How a word on a dependency path splits two events: "word" for a separating word ("after",
    "in retaliation for", "as"), "report" for a reporting word ("said": what is below is what was
    said, no earlier event), "clause" for a relative clause ("insurgents who had seized the town");
    `own`: the word is the lower trigger itself."""
    if _consequence(token) or _at_a_time(token) or _cause_of_casualties(token) or _named_as(token):
        return None
    if not own and token.lemma_.lower() in cue("separate") or \
            any(c.dep_ == "mark" and c.lower_ in cue("separate") for c in token.children):
        return "word"
    if not own and token.lemma_.lower() in cue("report"):
        return "report"
    return "clause" if token.dep_ == "relcl" else None


def _named_as(token) -> bool:
    """"stormed the village, in what residents described as a reprisal raid": what an act is called
    is the act itself, no event apart."""
    if token.lower_ == "as":
        return token.head.lemma_.lower() in cue("judging")
    return token.lemma_.lower() in cue("judging") and any(c.lower_ == "as" for c in token.children)


def _consequence(token) -> bool:
    """"killed three as a result of the attack", "attacked the village, sparking clashes": what an
    action caused there and then is the same incident (a protest it set off is not: the families
    of the two do not meet)."""
    return token.lower_ == "as" and any(c.lemma_.lower() in cue("consequence_noun") for c in token.children) \
        or token.lemma_.lower() in cue("sparking_verb") and token.tag_ == "VBG" and token.dep_ == "advcl"


def _cause_of_casualties(token) -> bool:
    """"Two people were shot dead after police opened fire on protesters": a clause after a
    casualty verb in the passive that names no agent tells who caused the casualties, so the two
    are one incident (not "Militia torches 19 buses after police kill gang boss": the torching is
    no casualty)."""
    if token.dep_ != "advcl":
        return False
    head = token.head
    verbs = [head, head.head] if head.dep_ == "conj" else [head]  # "were shot dead and five others hospitalised"
    return any(map(_passive_casualty, verbs)) and not any(c.dep_ == "agent" for verb in verbs for c in verb.children)


def _passive_casualty(verb) -> bool:
    """Whether a verb states a casualty in the passive: "were killed", "were shot dead", and a
    participle of the victims ("four others wounded")."""
    states = casualty_kind(verb) or any(casualty_kind(c) for c in verb.children if c.dep_ in ("oprd", "acomp"))
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN"
    return bool(states) and passive


def _at_a_time(token) -> bool:
    """"shortly after 10 p.m.", "before dawn": a separating word whose object is a time of day or a
    date sets no event apart, and neither does a relative clause on such a time ("after 10 p.m.,
    when the attackers opened fire": the opening of fire is the assault that began then); a time
    that measures another act still does ("after two days of fighting")."""
    if token.dep_ == "relcl":
        return _a_time(token.head)
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and _a_time(c) for c in token.children)


def _a_time(token) -> bool:
    return token.ent_type_ in ("TIME", "DATE") and not any(c.dep_ == "prep" for c in token.children)


def _path(upper, lower, unit) -> tuple[bool, str | None]:
    """Whether `upper` is above `lower` in the parse, and what separates them on the way (see
    `_separation`, and "semicolon" for a semicolon of a headline the parser joined two clauses across;
    in a body, the clause after one goes on with the story: "Gunmen raided the village; five were
    killed"). A separating word wins over a semicolon, a semicolon over a reporting word, and all
    over a clause."""
    token, separated = lower, None
    for _ in range(12):
        if token.i == upper.i:
            return True, "word" if counted_from_another(upper) else separated  # "..., residents said, two
            # days after anti-junta forces captured the town" parsed with "captured" above "killed"
        if token.head.i == token.i or token.head not in unit:
            return False, separated
        found = None if token.dep_ == "relcl" and token.head.i == upper.i \
            else _separation(token, token.i == lower.i)  # "a truck bomb that exploded": the bomb's own clause
        if unit.headline and semicolon_between(token, token.head):  # "Mob torches minister's house; nine killed
            found = max(found, "semicolon", key=SEPARATION_RANK.get)  # in Khamenlok attack": two stories
        if found == "clause":  # what parts acts inside a relative clause does not part them from the noun's
            separated = found  # clause ("a dozen were killed, among them a couple who could not leave before ...")
        else:
            separated = max(separated, found, key=SEPARATION_RANK.get)
        token = token.head
    return False, separated


def _dominates(upper, lower, unit) -> bool:
    above, separated = _path(upper, lower, unit)
    return above and separated is None


def _elaborates(participle: Mention, other: Mention) -> bool:
    """"took part in the attack, shooting dead the mayor": a participle that tells how the
    action of its clause was done."""
    token = participle.token
    return token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.i != other.token.i \
        and other.token not in list(token.subtree) and _dominates(token.head, other.token, participle.unit)


def _closes_the_sentence(participle: Mention, other: Mention, triggers: dict[int, Mention]) -> bool:
    """"Police opened fire on civilians after they refused to leave, killing 3": a participle
    after a comma that ends the sentence (or its reported part: "..., killing 12, officials said")
    tells the outcome of the sentence's main clause when the parser hung it on a clause that
    reports no such event (`triggers`: the sentence's mentions by token index)."""
    token, unit = participle.token, participle.unit
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.i == unit.first or token.doc[token.i - 1].text != ",":
        return False
    main, doc, last = _carrier(other), token.doc, unit.last - 1
    while last > token.i and doc[last].is_punct:
        last -= 1
    reported = main.dep_ == "ccomp" and main.head.lemma_.lower() in cue("report") and main.head.i > token.i
    ends = token.right_edge.i == last or reported and doc[token.right_edge.i + 1].text == ","  # ", officials said"
    if not (ends and main.i < token.i and (main.head.i == main.i or main.head not in unit or reported)
            and _families_meet(participle, other)):
        return False
    between = _below(token, main)
    if between is None or any(t.i in triggers and _families_meet(participle, triggers[t.i]) for t in between):
        return False
    # the clause the parser hung it on ("as herders were preparing to move their cattle") lends it no modality
    return participle.modality == other.modality or any(c.dep_ == "mark" for t in between for c in t.children)


def _below(token, top) -> list | None:
    """The tokens above `token` in the parse and below `top`; None when `top` is not above it."""
    found = []
    for ancestor in token.ancestors:
        if ancestor.i == top.i:
            return found
        found.append(ancestor)
    return None


def _apart(first, second, unit) -> bool:
    """Whether a separating word lies between `first` and the part of the parse they share
    ("two days before the war, extremists launched an attack")."""
    above = set(second.ancestors) | {second}
    token = first
    for _ in range(12):
        if token in above or token.head.i == token.i or token.head not in unit:
            return False
        if _separation(token, token.i == first.i) in PARTING_WORDS:
            return True
        token = token.head
    return False


def _counted_apart(act: Mention, casualty: Mention) -> bool:
    """Whether an act's clause is counted from the one a casualty word tells ("The killing came less
    than a week after a candidate was shot dead"): another act, not the casualty's."""
    return counted_from_another(act.token) and casualty.token not in act.token.subtree


def _toll_reported_beside(casualty: Mention, act: Mention) -> bool:
    """"fighters exchanged fire near Abu Grein, and a commander said two of his men had been killed":
    a toll a report joined to the act's clause tells is the act's."""
    report = casualty.token.head
    return casualty.token.dep_ == "ccomp" and report.lemma_.lower() in cue("report") and report.dep_ == "conj" \
        and report.head.i == act.token.i


def _subordinate_apart(upper, lower) -> bool:
    """Whether `lower` hangs on `upper` through a word that parts two incidents in time ("killed 7
    traders before torching the stalls": the torching is a later act, not what killed them)."""
    return _later_act_word(upper, lower) is not None


def _later_act_word(upper, lower):
    """The word ("before", "until") through which `lower` hangs on `upper` as a later act, or None."""
    if upper not in lower.ancestors:
        return None
    token = lower
    while token.i != upper.i:
        if token.i != lower.i and token.lemma_.lower() in cue("later_act"):
            return token
        mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in cue("later_act")), None)
        if mark is not None:
            return mark
        token = token.head
    return None


def _carrier(mention: Mention):
    """The verb that carries an event noun ("clashes broke out"), else the trigger."""
    token = mention.token
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in EVENT_SUBJECT_VERBS:
        return token.head
    return token


def _toll_of(casualty: Mention, attack: Mention) -> bool:
    """"25 are feared killed following attacks by gunmen", "two died after the attack": the attack a
    casualty verb follows is what killed, one incident whatever the hedge on the toll."""
    noun = attack.token
    return casualty.weak and not attack.weak and attack.entry.plover == "ASSAULT" and noun.dep_ == "pobj" \
        and noun.head.lower_ in cue("after_prep") and noun.head.head.i == casualty.token.i


def _taken_by_fighting(taking: Mention, fight: Mention) -> bool:
    """"seized the mine after a gunfight with soldiers", "captured the town following heavy
    fighting", "took control of the town after two days of fighting": the fighting a taking of ground
    follows is how the ground was taken, one incident; so is fighting a withdrawal before the taking
    followed ("took the town after the militias withdrew following two days of fighting")."""
    noun = fight.token
    preposition = noun.head
    if preposition.lower_ == "of" and preposition.head.lemma_.lower() in cue("time_unit"):
        preposition = preposition.head.head  # "after two days of fighting"
    anchor = preposition.head
    if anchor.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cue("after_prep") for c in anchor.children):
        anchor = anchor.head
    return action_class(taking) == "territory" and action_class(fight) in ("battle", "generic") \
        and not fight.weak and (noun.pos_ == "NOUN" or noun.tag_ == "VBG") and noun.dep_ == "pobj" \
        and preposition.lower_ in cue("after_prep") and taking.token.i in (preposition.head.i, anchor.i)


def _linked(first: Mention, second: Mention, triggers: dict[int, Mention]) -> bool:
    if _toll_of(first, second) or _toll_of(second, first) or _taken_by_fighting(first, second) \
            or _taken_by_fighting(second, first):
        return True
    if first.modality != second.modality or not _families_meet(first, second):
        return False
    if _each_its_own_toll(first, second) or _each_its_own_toll(second, first):
        return False
    unit = first.unit  # a noun's carrying verb counts as the noun ("the fighting broke out when a patrol came under fire")
    return any(_same_act_below(upper, lower.token, unit, triggers)
               for upper_mention, lower in ((first, second), (second, first))
               for upper in {upper_mention.token, _carrier(upper_mention)}) \
        or _elaborates(first, second) or _elaborates(second, first)


def _fights_back(upper: Mention, lower: Mention) -> bool:
    """Whether a relative clause on the party an assault was aimed at tells the party's own violence
    then ("police fired tear gas at a crowd of Serbs who hurled stones at officers"): one incident;
    not what the party had done before ("men who had attacked a post")."""
    verb = lower.token
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) \
            or not upper.entry.plover == lower.entry.plover == "ASSAULT" \
            or not any(c.dep_ == "nsubj" and c.lower_ in cue("relative_pronoun") for c in verb.children):
        return False  # the party acts itself ("who hurled"), not "a camp that was seized in the previous battle"
    party = verb.head
    while party.dep_ == "pobj" and party.head.lower_ == "of" and party.head.head.pos_ in ("NOUN", "PROPN"):
        party = party.head.head  # "a crowd of local Serbs who ...": the crowd
    owner = party.head.head if party.dep_ == "pobj" else party.head
    return owner.i == upper.token.i and party.dep_ in ("dobj", "pobj", "nsubjpass")


def _each_its_own_toll(upper: Mention, lower: Mention) -> bool:
    """Whether a headline clause the parser hung as the complement of a casualty verb with its own
    subject tells another act: each verb has its own subject and its own dead ("cattle raiders kill six
    in Ihorombe, two suspects lynched", read as "two suspects lynched [that] raiders kill six")."""
    verb, other = upper.token, lower.token
    if not upper.unit.headline or other.dep_ != "ccomp" or other.head.i != verb.i:
        return False
    tolls = [{(c.start, c.end) for c in m.casualties if c.kind == "killed"} for m in (upper, lower)]
    return all(tolls) and not tolls[0] & tolls[1] and all(
        any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) for token in (verb, other))


def _same_act_below(upper, lower, unit, triggers: dict[int, Mention]) -> bool:
    """Whether `lower` tells `upper`'s act: it hangs below it with nothing parting them, or as a later
    step of the incident told in a clause under it ("They killed one voter before police opened fire")."""
    above, separated = _path(upper, lower, unit)
    return above and (separated is None or separated == "word" and (
        _told_before_next(upper, lower) or not _parted_by_an_act(upper, lower, triggers))
        or separated == "clause" and _participle_misattached(upper, lower))


def _parted_by_an_act(upper, lower, triggers: dict[int, Mention]) -> bool:
    """Whether the separating word between `upper` and `lower` below it parts two acts: a word on
    the way ("after the raid"), or the mark of the lower act's own clause or of a clause that tells
    an act ("after rebels attacked and looted the town"); not the mark of a clause that tells none
    ("shot the man as residents tried to defend their homes from the settlers, who torched 30
    houses": "as" marks the trying, and the torching is the shooting's incident; "shot residents as
    they fled and set fire to houses", parsed with "set" joined to "fled")."""
    def tells_an_act(verb) -> bool:  # its own word, its subject's or object's ("after clashes between two
        # communities lasted", "two days after officers used tear gas"), or a time counted from it
        return counted_from_another(verb) or any(t.i in triggers and triggers[t.i].entry.kind != "minor" for t in (
            verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))))

    token = lower
    while token.i != upper.i and token.head.i != token.i:
        own = token.i == lower.i
        if _separation(token, own) == "word" and (
                own or token.lemma_.lower() in cue("separate") or tells_an_act(token)):
            return True
        token = token.head
    return False


def _participle_misattached(upper, lower) -> bool:
    """"shooting residents who tried to flee and setting fire to granaries": a participle joined by
    "and" to a verb that is none (the parser hung it in the relative clause) continues the
    participle above it."""
    return upper.tag_ == "VBG" and lower.tag_ == "VBG" and lower.dep_ == "conj" and lower.head.tag_ != "VBG"


def _named_twice(first: Mention, second: Mention) -> bool:
    """Two nouns naming one kind of act in one sentence name one act, unless a word parts them or
    calls the second another ("the toll from a truck bombing rose to six, with 100 wounded in a
    major militant assault"; not "a bombing two days after an attack", "a second blast")."""
    tokens = (first.token, second.token)
    if any(t.pos_ not in ("NOUN", "PROPN") or t.tag_ in ("NNS", "NNPS") for t in tokens) or first.weak or second.weak:
        return False
    classes = {action_class(first), action_class(second)} - {"generic"}
    return first.entry.plover == second.entry.plover == "ASSAULT" and len(classes) <= 1 \
        and first.modality == second.modality and not (separate(second) or another(second)) \
        and not (_apart(*tokens, first.unit) or _apart(*reversed(tokens), first.unit)) \
        and not _own_clauses(*tokens)


def _own_clauses(first, second) -> bool:
    """Whether two nouns are each the subject or object of a verb of its own ("a bomb killed six
    soldiers, troops fought off an attack") or the subject and the object of one that tells no
    consequence ("The bombardment followed a raid on Saturday"), or lie in coordinated clauses."""
    if all(t.dep_ in CORE_ARGUMENTS for t in (first, second)) and (
            first.head.i != second.head.i
            or first.dep_ != second.dep_ and first.head.lemma_.lower() not in cue("sparking_verb")):
        return True  # the subject and object of one verb: "The bombardment followed a raid" (not "a raid
        # sparked a gunfight": what an act set off there and then is that act)
    lines = [first, *first.ancestors], [second, *second.ancestors]
    shared = next((t for t in lines[0] if t in lines[1]), None)
    below = [t for line in lines for t in (line[:line.index(shared)] if shared is not None else line)]
    return any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") for t in below)


def _means_of(weapon: Mention, act: Mention) -> bool:
    """Whether a weapon noun is what an act used ("fired mortars towards the hills", "hurled a
    grenade at the crowd"): one incident, wherever the weapon was aimed."""
    return weapon.weak and weapon.entry.mode is not None and weapon.token.pos_ in ("NOUN", "PROPN") and not act.weak \
        and weapon.token.dep_ == "dobj" and weapon.token.head.i == act.token.i


def _orphan_of(orphan: Mention, verb: Mention) -> bool:
    """A noun trigger the parser hung outside its sentence (a first sentence glued to the header
    lines) belongs to the next verb trigger: "Air strikes hit a market"."""
    token = orphan.token
    return token.head not in orphan.unit and verb.token.pos_ == "VERB" and verb.token.i > token.i \
        and orphan.modality == verb.modality and _families_meet(orphan, verb)


def _hung_on_the_report(noun: Mention, verb: Mention, triggers: dict[int, Mention]) -> bool:
    """"Bandits abducted 43 people, most of them women, in a raid on the village, residents said":
    an event noun after "in" or "during" that the parser hung on the reporting verb tells the
    incident of the nearest event verb before it (nobody "said in a raid")."""
    token = noun.token
    preposition = token.head
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or preposition.lower_ not in cue("incident_prep") \
            or preposition.head.lemma_.lower() not in cue("report") or noun.modality != verb.modality:
        return False
    before = [m for i, m in triggers.items() if m.token.pos_ == "VERB" and i < preposition.i]
    return bool(before) and verb is max(before, key=lambda m: m.token.i) and _families_meet(noun, verb)


def _subject_hung_on_the_report(noun: Mention, verb: Mention) -> bool:
    """"Police said the bomb, packed into a gas cylinder, was detonated by phone": an event noun the
    parser made the object of the reporting verb is the subject of a passive event verb the report
    governs that has no subject of its own (nobody "said the bomb")."""
    token, clause = noun.token, verb.token
    report = token.head
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and report.lemma_.lower() in cue("report") \
        and token.i < clause.i and any(a.i == report.i for a in clause.ancestors) \
        and any(c.dep_ == "auxpass" for c in clause.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and noun.modality == verb.modality and _families_meet(noun, verb)


def _subject_hung_on_a_preposition(noun: Mention, verb: Mention) -> bool:
    """"The fall of the town came days after a drone strike on a minibus near Bichena killed nine
    passengers": an event noun the parser made the object of "after" (or another preposition) on a
    verb, followed, without "and" or "or", by a verb without a subject that the parser joined to that
    verb, is that verb's subject (nothing else "killed nine passengers"). The parse's place of the
    verb is the other clause's, so the scene does not part them."""
    token, clause = noun.token, verb.token
    preposition = token.head
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and preposition.dep_ == "prep" \
        and clause.dep_ == "conj" and clause.head.i == preposition.head.i and token.i < clause.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and not any(t.dep_ == "cc" for t in token.doc[token.i + 1:clause.i]) \
        and noun.modality == verb.modality and _families_meet(noun, verb)


def _when_clause_of(act: Mention, clause_mention: Mention) -> bool:
    """"The fighting broke out near X, in Y district, when a patrol came under fire, the command
    said": a "when" clause tells the moment of the act whose verb it hangs on, also where the parser
    hung it on a noun of that act's phrase ("district") or on the reporting verb that carries the act
    (nobody "said when"): one incident."""
    clause, carried = clause_mention.token, _carrier(act)
    if clause.dep_ not in ("advcl", "relcl") or carried.i > clause.i \
            or not any(c.dep_ in ("advmod", "mark") and c.lower_ in cue("when_mark") for c in clause.children):
        return False
    anchor = clause.head
    while anchor.pos_ not in ("VERB", "AUX") and anchor.head.i != anchor.i:
        anchor = anchor.head
    told = anchor.i == carried.i or anchor.lemma_.lower() in cue("report") and carried.dep_ == "ccomp" \
        and carried.head.i == anchor.i
    return told and act.modality == clause_mention.modality and _families_meet(act, clause_mention)


def _told_in_which(mention: Mention, event: Mention, triggers: dict[int, Mention]) -> bool:
    """"clashes late on Friday near Pinga, in which four people were killed": a clause opened by "in
    which" or "during which" tells what happened in the event noun nearest before it, though the
    parse hangs the clause on a place or time told after that noun ("near Pinga, in neighbouring
    Walikale territory, in which"); not when a verb of a clause stands between."""
    clause = mention.token
    for _ in range(3):
        if clause.dep_ == "relcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    opener = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ in cue("incident_prep")
                   and any(w.lower_ == "which" for w in c.children)), None)
    if clause.dep_ != "relcl" or opener is None or clause.head.i in triggers:
        return False
    noun, doc = event.token, event.token.doc
    nearest = max((i for i, m in triggers.items() if m.token.pos_ == "NOUN" and i < opener.i), default=None)
    return noun.i == nearest and noun.i < clause.head.i \
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in doc[noun.i + 1:opener.i])


def group_sentence(mentions: list[Mention], scene=lambda mention: None) -> list[Event]:
    """The events of one unit's mentions: linked mentions join, unless `scene` (the place attached
    to a mention, or None) puts them in places that cannot be one incident's ("a bomb killed six
    in Burkina Faso, troops in Niger fought off an attack"); a lone casualty verb (or casualty verbs
    joined only to each other: "were killed and four wounded when militants attacked") joins the
    nearest strong trigger it can (not one the sentence only dates its act from: "Two days after the
    raid, mothers of people killed by police held a vigil", nor one counted from it: "The killing came
    a week after a candidate was shot dead"), else the nearest other casualty verb
    ("one was killed and 14 were injured": one toll)."""
    parent = list(range(len(mentions)))
    parts = [_part_after_dated_colons(mention) for mention in mentions]
    triggers = {mention.token.i: mention for mention in mentions}
    scenes = {i: [place] for i, place in enumerate(map(scene, mentions)) if place is not None}

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def join(i: int, j: int, whatever_the_scene: bool = False) -> None:
        first, second = find(i), find(j)
        places = scenes.get(first, []) + scenes.get(second, [])
        if first != second and parts[i] == parts[j] and (
                whatever_the_scene or all(places_compatible(a, b) for a in places for b in places)):
            parent[second] = first
            scenes[first] = places

    for i, first in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            if _means_of(first, mentions[j]) or _means_of(mentions[j], first) \
                    or _subject_hung_on_a_preposition(first, mentions[j]):
                join(i, j, whatever_the_scene=True)
            elif _linked(first, mentions[j], triggers) or _orphan_of(first, mentions[j]) or _named_twice(first, mentions[j]) \
                    or _told_in_which(mentions[j], first, triggers) \
                    or _hung_on_the_report(first, mentions[j], triggers) \
                    or _hung_on_the_report(mentions[j], first, triggers) \
                    or _subject_hung_on_the_report(first, mentions[j]) \
                    or _when_clause_of(first, mentions[j]) \
                    or _closes_the_sentence(first, mentions[j], triggers) \
                    or _closes_the_sentence(mentions[j], first, triggers) \
                    or _fights_back(first, mentions[j]) or _fights_back(mentions[j], first):
                join(i, j)
    for strong_only in (True, False):  # a lone casualty verb joins a strong trigger, else another casualty verb
        for i, mention in enumerate(mentions):
            alone = all(other.weak for k, other in enumerate(mentions) if find(k) == find(i))  # "were killed and
            # four soldiers wounded when militants attacked": casualty verbs only, joined to each other
            if mention.weak and alone:
                partners = [k for k, other in enumerate(mentions) if k != i and not (other.weak and strong_only)
                            and not dated_from_it(other) and not _counted_apart(other, mention)
                            and other.modality == mention.modality and _families_meet(mention, other)
                            and (not _apart(mention.token, other.token, mention.unit)
                                 or _toll_reported_beside(mention, other))
                            and not _subordinate_apart(mention.token, other.token)
                            and not _each_its_own_toll(mention, other) and not _each_its_own_toll(other, mention)]
                if partners:
                    join(min(partners, key=lambda k: abs(mentions[k].token.i - mention.token.i)), i)
    groups: dict[int, list[Mention]] = {}
    for i, mention in enumerate(mentions):
        groups.setdefault(find(i), []).append(mention)
    events = {root: Event(group) for root, group in groups.items()}
    for i, upper in enumerate(mentions):
        for j, lower in enumerate(mentions):
            carrier = _carrier(upper)  # not what a minor word tells ("shot as residents tried to defend their homes")
            if find(i) != find(j) and lower.entry.kind != "minor" and lower.entry.head not in cue("pull_back") \
                    and _path(carrier, lower.token, upper.unit) == (True, "word") \
                    and _parted_by_an_act(carrier, lower.token, triggers):  # "entered the town after troops
                # withdrew": the entry ends the fight the withdrawal ended, no new incident
                events[find(i)].fresh |= not _sequel(carrier, lower.token) \
                    and not _told_before_next(carrier, lower.token) \
                    and not any(map(definite, groups[find(i)]))  # "the bombing was revenge for ...": told before
                events[find(j)].background |= not any(not m.weak and m.unit is upper.unit and m.token.is_ancestor(upper.token)
                                                      for m in groups[find(j)])  # "took the town after the militias
                # withdrew following two days of fighting": the fighting is the taking's, not what it followed
    if mentions and _denies_a_link(mentions[0]):
        for event in events.values():
            event.fresh = True  # "the body found beside the highway had no connection to the abduction"
    return list(events.values())


def _part_after_dated_colons(mention: Mention) -> int:
    """How many colons that open with a time ("The raid was the second abduction this year: in February,
    gunmen seized 17 passengers") come before the mention in its sentence: what such a colon opens is
    an earlier incident given as an example, which no mention before it is part of; not the colon after a
    label ("Looting: On 4 April, ...")."""
    doc, unit = mention.token.doc, mention.unit
    columns = token_columns(doc)
    return sum(1 for colon in range(unit.first, mention.token.i) if columns.lower[colon] == ":"  # as written
               and colon - unit.first > LABEL_WORDS  # a clause, not a label ("Looting: On 4 April, gunmen raided")
               and any(columns.dep[i] in ("nsubj", "nsubjpass") for i in range(unit.first, colon))
               and any(doc[i].ent_type_ in ("DATE", "TIME")
                       for i in range(colon + 1, min(colon + 1 + COLON_OPENING, unit.last))))


def _denies_a_link(mention: Mention) -> bool:
    """Whether the mention's sentence says what it tells is not linked to an event told elsewhere
    ("had no connection to the abduction", "was unrelated to the attack", "was not linked to the
    clashes"; trigger_words relation_word)."""
    doc, lemmas = mention.token.doc, token_columns(mention.token.doc).lemma
    tokens = [doc[i] for i in range(mention.unit.first, mention.unit.last) if lemmas[i] in cue("relation_word")]
    return any(t.lower_ == "unrelated" or any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no"
                                              for c in t.children) for t in tokens)


def _told_before_next(upper, lower) -> bool:
    """Whether the upper act is a step followed by the lower one in a clause ("Two soldiers were killed
    before the remaining troops withdrew", "The militants detonated a car bomb at the gate before
    gunmen entered"), not an event the lower one came after, nor one it came before ("Two weeks
    before the attack, gunmen killed 11 soldiers"), nor one days apart ("two days before that")."""
    word = _later_act_word(upper, lower) if lower.pos_ == "VERB" else None
    return word is not None and not any(c.dep_ == "npadvmod" for c in word.children)  # not "two days before"


def _sequel(upper, lower) -> bool:
    """Whether the word parting two events makes the lower one a sequel of the upper one ("the
    explosion, followed by gunfire"): the upper one is then no new incident, and may be one told
    before."""
    token = lower
    while token.i != upper.i and token.head.i != token.i:
        if token.lemma_.lower() in cue("sequel") and token.tag_ == "VBN":
            return True
        token = token.head
    return False
