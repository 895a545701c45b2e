"""Stage 5, typing: the PLOVER type and mode and the ACLED type and sub-type of each event.

In: `Incidents`. Out: `Typed`: the same events with `Event.typing` set (an `EventLabels`).
`type_event` gathers what typing looks at (the trigger entry, the words near the trigger, in its
sentences and in the article, actors, recipients or victims, whether anyone was hurt) into a
`classify.Context` and calls `classify`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

from article2json.extractors.events.actors import ActorDictionary, names_a_place, resolve_actor
from article2json.extractors.events.casualties import VICTIM_KINDS
from article2json.extractors.events.circumstances import of_a_person, protest_cause, told_as_earlier
from article2json.extractors.events.classify import ARMED, Context, EventLabels, classify, opening_label, weapon_typing
from article2json.extractors.events.lexicon import LemmaText, cue, has_cue, trigger_lexicon, typing_words
from article2json.extractors.events.incident import Event, action_class, dated_from_it, definite
from article2json.extractors.events.stages.incidents import Incidents, event_summary
from article2json.extractors.events.stages.triggers import ArticleParse
from article2json.extractors.events.triggers import acted_on, carried, pos_class, procession_for_a_cause, taken_phrase
from article2json.extractors.events.typing_model import TypingModel, learned_typing, model_for
from article2json.extractors.events.units import Unit
from article2json.extractors.events.victims import of_objects
from article2json.extractors.per_doc import token_columns

ACCEPTANCES = {"AGREE", "SUPPORT", "COOPERATE"}
PROTEST_SEQUEL_SENTENCES = 2  # sentences after a protest, in its paragraph, that may tell how it went


@dataclass(frozen=True)
class Typed:
    """Stage 5 out: body and headline events, each with its `typing`."""

    parse: ArticleParse
    events: list[Event]
    headline: list[Event]
    linker: Any

    def summary(self) -> list[dict]:
        return [{**event_summary(e), "headline": e in self.headline, **labels_summary(e.typing)}
                for e in self.events + self.headline]


def labels_summary(typing: EventLabels) -> dict:
    """The labels, and the typing table row that gave them ("group/row"; None when none did)."""
    return {"type": typing.plover, "mode": typing.mode, "acled": typing.acled(), "rule": typing.rule}


def type_events(incidents: Incidents) -> Typed:
    """Stage 5: type every body and headline event."""
    parse = incidents.parse
    document = LemmaText(parse.doc)
    model = model_for(parse.options.typing_model)
    events = incidents.events + incidents.headline
    for event in events:
        type_event(parse.doc, event, parse.dictionary, document, parse.units, model, events)
    return Typed(parse, incidents.events, incidents.headline, incidents.linker)


def _victims(doc, event: Event, dictionary: ActorDictionary) -> list:
    """The people counted by the event's casualty figures, as actors (for typing); of a part ("3 of
    his guards"), the people it is part of."""
    victims = []
    for mention in event.mentions:
        for casualty in mention.casualties:
            span = doc.char_span(casualty.start, casualty.end, alignment_mode="expand")
            if casualty.kind in VICTIM_KINDS and span is not None and len(span):
                head = span.root
                whole = next(iter(of_objects(head)), None) if head.like_num else None
                tokens = list(whole.subtree) if whole is not None else list(span)  # "3 of his guards": his guards
                victim = resolve_actor(tokens, whole if whole is not None else head, dictionary)
                if victim is not None:
                    victims.append(victim)
    return victims


def _means_used(token) -> list:
    """The words of what an action was done with when a verb of using governs it ("used drones to
    drop grenades": the drones)."""
    verb = token.head
    if token.dep_ not in ("xcomp", "advcl") or verb.lemma_.lower() not in cue("means_verb"):
        return []
    return [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]


def _typing_recipients(recipients: list, victims: list) -> list:
    """Who the event was done to, for typing: its recipients and its armed victims ("Militiaman
    killed as troops attacked rebel positions": the positions are the target, a fighter died), or
    all its victims when it has no recipient."""
    if not recipients:
        return victims
    return recipients + [v for v in victims if v.sector in ARMED - {"CRM"}]


def type_event(doc, event: Event, dictionary: ActorDictionary, document: LemmaText, units: list[Unit],
               model: TypingModel | None = None, events: tuple | list = ()) -> None:
    """Classify an event from its representative trigger and the context of its mentions but those
    that only date another act from it (`document`: the words of the whole article), the rules'
    label weighed by `model` if given.
    Weapons are not looked for in what was hit nor in the phrases of the other `events` of its
    sentences ("gunmen attacked a village, two days after an airstrike on a camp")."""
    rep = event.rep
    following = units[rep.unit.index + 1:rep.unit.index + 1 + PROTEST_SEQUEL_SENTENCES]
    strong = [m for m in event.mentions if not m.weak] or event.mentions  # not "wounded and evacuated by helicopter"
    near = [t.i for m in strong for t in [*m.token.subtree, *_means_used(m.token)] if t in m.unit]
    came_after = [m for m in event.mentions if m is not rep and _told_after_another(m)]
    units = {m.unit for m in event.mentions
             if m is rep or not (dated_from_it(m) or _named_again(m, event) or m in came_after)}
    if rep.entry.plover == "PROTEST":  # how a protest went is often told in the next sentences
        told_what_it_came_after = {m.unit for m in came_after}
        units |= {u for u in following if u.paragraph == rep.unit.paragraph and u not in told_what_it_came_after}
    around = [i for unit in sorted(units, key=lambda u: u.start) for i in range(unit.first, unit.last)]
    actors, recipients = event.roles()
    killed = event.counts_dead
    hurt = any(c.kind in VICTIM_KINDS and (c.count or c.low) for m in event.mentions for c in m.casualties)
    entry = _typing_entry(event)
    not_means = _targets(strong) | _other_events(event, events, units) | _conveyances(doc, around) \
        | _sites(doc, around) | _spoils(event) | _carried_explosives(doc, around)  # no means of this event
    grievance = {i for m in strong for i in protest_cause(m)}  # what it was against and what set it off
    if rep.entry.plover == "PROTEST":  # where an intervention in it is looked for
        grievance |= _not_done(doc, around, events)
    near_words, around_words = LemmaText.of_indices(doc, near), LemmaText.of_indices(doc, around)
    context = Context(entry, entry.head, near_words, around_words, document, actors,
                      _typing_recipients(recipients, _victims(doc, event, dictionary)), killed,
                      _protest_in(doc, around),
                      rep.token.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in rep.token.children),
                      hurt,  # not passive: "which the rebels captured", read as a participle with its subject
                      rep.token.dep_ in ("acl", "amod"),
                      (_without(near_words, doc, near, not_means), _without(around_words, doc, around, not_means)),
                      _without(around_words, doc, around, grievance) if grievance else None,
                      LemmaText([t for t in taken_phrase(rep.token) if t in rep.unit]),
                      frozenset(c.lemma_.lower() for c in rep.token.children if c.dep_ in ("dobj", "nsubjpass")
                                and c.pos_ == "NOUN"),
                      frozenset(c.party for m in event.mentions for c in m.casualties
                                if c.kind == "killed" and c.party and (c.count or c.low) and not c.background),
                      tuple(a for m in event.mentions if action_class(m) == "territory" for a in m.actors))
    event.typing = learned_typing(context, classify(context), event.modality, opening_label(doc), rep.start, model)
    if event.typing.plover in ACCEPTANCES and event.modality == "negated":  # "will not accept": a refusal
        event.typing = EventLabels("REJECT", None, None, None)
        for mention in event.mentions:
            mention.modality = "asserted"


def _without(words: LemmaText, doc, indices: list[int], left_out: set[int]) -> LemmaText:
    """The LemmaText of the tokens at `indices` but those `left_out` (`words`, that of all of them,
    when none is left out)."""
    if left_out.isdisjoint(indices):
        return words
    return LemmaText.of_indices(doc, [i for i in indices if i not in left_out])


def _spoils(event: Event) -> set[int]:
    """The words of what was taken in the incident, other than by its main act ("Explosives and suicide
    jackets were also confiscated" after a raid): seized, not used."""
    return {t.i for m in event.mentions if m is not event.rep and m.entry.mode == "confiscate"
            for t in taken_phrase(m.token)}


def _not_done(doc, indices: list[int], events: tuple | list) -> set[int]:
    """The trigger words among the tokens at `indices` that tell no act: denied ("no one had been
    detained"), a verb said not to happen ("troops were deployed but did not intervene") or rejected
    as triggers ("the marchers dispersed": no object, so nobody dispersed them)."""
    told = {m.token.i: m.modality for e in events for m in e.mentions}
    columns = token_columns(doc)
    return {i for i in indices if told.get(i) == "negated" or i not in told and columns.pos[i] == "VERB" and (
        any(columns.dep[c] == "neg" for c in columns.children[i]) or columns.lemma[i] in cue("needs_any_object")
        or _ended_by_itself(columns, i))}


def _ended_by_itself(columns, verb: int) -> bool:
    """Whether a verb without an object or a passive tells what a protest or its crowd did itself
    ("the march broke up peacefully", "the crowd dispersed"), not what was done to it."""
    children = columns.children[verb]
    return not any(columns.dep[c] in ("dobj", "auxpass", "agent") for c in children) and any(
        columns.dep[c] == "nsubj" and columns.lemma[c] in _gathered_people() for c in children)


@lru_cache(maxsize=1)
def _gathered_people() -> frozenset[str]:
    """Words for a protest or the people in it ("protesters", "the crowd", "the march")."""
    return cue("protesters") | cue("assembly_noun") | frozenset(_protest_words())


def _other_events(event: Event, events: tuple | list, units: set) -> set[int]:
    """The words of the phrases of the other attacks told in the event's sentences, but of those
    whose phrase holds the event's own trigger ("militiamen armed with machetes" is no attack),
    unless only as what it is dated from ("Hours after the assault, aircraft struck hideouts": the
    assault used no aircraft); none for a bare toll ("a boy was killed after a landmine went off":
    the weapon is what killed)."""
    own = {m.token.i for m in event.mentions if not dated_from_it(m)}
    words: set[int] = set()
    if event.weak_only:
        return words
    for mention in (m for other in events if other is not event and other.rep.entry.plover == "ASSAULT"
                    for m in other.mentions if m.unit in units):
        phrase = {t.i for t in mention.token.subtree}
        if not own & phrase:
            words |= phrase
    return words


def _told_after_another(mention) -> bool:
    """Whether a sentence names the event again only to tell what it came after ("The rally came two
    days after a night of unrest, where young men blocked streets with burning tyres"): its other words
    are the other act's, no evidence of how the event went."""
    token = mention.token
    return token.dep_ in ("nsubj", "nsubjpass") and definite(mention) and any(
        c.dep_ == "prep" and c.lower_ in cue("after_prep") for c in token.head.children)


def _named_again(mention, event: Event) -> bool:
    """Whether a sentence only names the event again by a casualty noun ("Police were investigating
    whether the killing was linked to the July 30 suicide bombing"): its other words are about
    something else, no evidence of how the event was done."""
    return mention.weak and definite(mention) and all(m.weak for m in event.mentions if m.unit is mention.unit)


def _sites(doc, indices: list[int]) -> set[int]:
    """A word that is a weapon alone but a site after what is dug there or before a noun of no
    event ("a gold mine", "the mine shafts", not "a mine attack"; mine_site_word and mined of
    event_cues.tsv), among the tokens at `indices`: no weapon of the event."""
    events, columns = trigger_lexicon(), token_columns(doc)
    return {i for i in indices if columns.lemma[i] in cue("mine_site_word")
            and (columns.dep[i] == "compound" and columns.pos[columns.head[i]] == "NOUN"
                 and columns.lemma[columns.head[i]] not in events
                 or any(columns.dep[c] in ("compound", "amod") and columns.lemma[c] in cue("mined")
                        for c in columns.children[i]))}


def _carried_explosives(doc, indices: list[int]) -> set[int]:
    """The words of the explosive weapons people are said to carry ("militants armed with machine guns
    and rocket-propelled grenades attacked a checkpoint") among the tokens at `indices`: their kit, which
    does not make a ground attack a shelling or a grenade attack (the guns they carry still tell it was
    armed)."""
    explosive = _explosive_words()
    found: set[int] = set()
    for i in indices:
        token = doc[i]
        if token.pos_ == "NOUN" and carried(token):
            others = {t.i for c in token.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            phrase = [t for t in token.subtree if t.i not in others]  # "machine guns", not "and grenades"
            if any(t.lemma_.lower() in explosive for t in phrase):
                found |= {t.i for t in phrase}
    return found


@lru_cache(maxsize=1)
def _explosive_words() -> frozenset[str]:
    """The words of the weapon cue classes that type an explosion (typing_weapons.tsv)."""
    return frozenset().union(*(cue(c) for c, (_mode, sub) in weapon_typing().items() if sub is not None))


def _conveyances(doc, indices: list[int]) -> set[int]:
    """The words of what carried people or goods ("evacuated by helicopter to Niamey", "flown by
    plane to the capital") or backed a force ("troops backed by armoured vehicles and a helicopter")
    among the tokens at `indices`: a vehicle that is no weapon of the event."""
    carriers, columns = cue("conveyance") | cue("backing"), token_columns(doc)
    return {t.i for i in indices if columns.dep[i] in ("prep", "agent") and columns.lower[i] in cue("conveyance_prep")
            and columns.lemma[columns.head[i]] in carriers
            for p in columns.children[i] if columns.dep[p] == "pobj" for t in doc[p].subtree}


def _targets(mentions: list) -> set[int]:
    """The words of what a harming verb hit ("attacked a tank", "destroyed an APC", "an attack on
    a helicopter"): a weapon named there was the target, not the means."""
    hit = set()
    for mention in mentions:
        token = mention.token
        if token.lemma_.lower() not in cue("harms_object"):
            continue
        hit |= {t.i for o in acted_on(token) for t in _noun_phrase(o)}
    return hit


def _noun_phrase(noun) -> list:
    """A noun with its modifiers and coordinated nouns, not the phrases hung on it ("a police post
    with grenades": the post, not the grenades)."""
    words = [noun]
    for child in noun.children:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "conj", "cc"):
            words += _noun_phrase(child)
    return words


def _typing_entry(event: Event):
    """The lexicon entry that types an event: a plain attack takes the sharper word of its own
    sentence ("attacked and clashed with", "fired to disperse", "raided the village and raped
    women" when nobody was killed, "stormed the camp and took control of it", "attacked a farm and
    destroyed houses" when nobody was hurt; a weak word only in the trigger's own phrase: "killed in
    an explosion", or in an event of weak words only: "were killed after an explosion went off")."""
    rep = event.rep
    if not rep.entry.from_context:
        return rep.entry
    heads = {m.token for m in event.mentions}
    same = [m for m in event.mentions if m.unit is rep.unit and (
        not m.weak and (not m.entry.from_context or _takes_a_place(m)) or _phrase_of(m.token, rep.token, heads)
        or _phrase_of(rep.token, m.token, heads) or event.weak_only)]
    hurt = any(c.kind in VICTIM_KINDS for m in event.mentions for c in m.casualties)
    killed = any(c.kind == "killed" for m in event.mentions for c in m.casualties)
    for wanted in ("crowd-control", "sexual", "territory", "Battles", "destroy", "explosives"):
        sharper = next((m for m in same if _tells_kind(m, wanted, hurt, killed)), None)
        if sharper is not None:
            return sharper.entry
    return rep.entry


def _tells_kind(mention, wanted: str, hurt: bool, killed: bool) -> bool:
    """Whether a mention tells the kind of act `wanted` (a mode or ACLED type, or "territory": a
    place taken); a destruction does not when people were hurt, nor a rape when people were killed."""
    if wanted == "territory":
        return _takes_a_place(mention)
    if wanted not in (mention.entry.mode, mention.entry.acled_type):
        return False
    return not (wanted == "destroy" and hurt or wanted == "sexual" and killed)


def _takes_a_place(mention) -> bool:
    """Whether a mention tells a place taken: a verb that takes only places ("overran", "retook"), or
    one of taking whose object is a place or its control ("took control of it", "seized the town";
    not "seizing weapons", "captured two fighters", nor "soldiers occupying Aksum": who they are)."""
    words = typing_words()
    if mention.entry.head not in words["territory"] or mention.token.dep_ in ("acl", "amod"):
        return False
    if mention.entry.head in words["places_only"]:
        return True
    return any(names_a_place(t) or t.lower_ == "control" for t in taken_phrase(mention.token)[1:])


def _phrase_of(word, head, triggers: set) -> bool:
    """Whether `word` hangs from `head` through no verb but other triggers and no coordination
    ("killed in an explosion", "three wounded in a blast"; not "killed two and explosions were
    heard")."""
    while word.head.i != word.i and word.i != head.i:
        if word.dep_ == "conj":
            return False
        word = word.head
        if word.i != head.i and word.pos_ in ("VERB", "AUX") and word not in triggers:
            return False
    return word.i == head.i


ACCUSATION_REACH = 4  # words above a protest noun searched for the verb accusing someone of it
PERIOD_REACH = 6  # words above a protest word searched for "after days of"


def _protest_in(doc, indices: list[int]) -> bool:
    """Whether a protest is mentioned among the tokens at `indices` (a protest trigger, or
    protesters), other than one yet to come ("arrested activists a day before a protest march"), one
    a person had taken part in or covered, or one people are accused of."""
    protesters, triggers, lemmas = cue("protesters"), _protest_words(), token_columns(doc).lemma
    for i in indices:
        lemma = lemmas[i]
        if (lemma in protesters or lemma in triggers) and _over_a_past_period(doc[i]):
            continue  # "a crackdown after days of confrontations between protesters and police": what led to it
        if lemma in protesters or lemma in cue("work_stoppage") and _a_labour_stoppage(doc[i]):
            return True
        if lemma not in triggers:
            continue
        token = doc[i]
        pos = pos_class(token) or "NOUN"  # "an apartment block" is no blocking
        if pos in triggers[lemma] and token.dep_ != "compound" and token.ent_type_ != "DATE" and \
                not (token.tag_ == "VBN" and token.dep_ == "amod") and \
                (lemma not in cue("procession") or procession_for_a_cause(token)) and not _still_to_come(token) \
                and not _in_a_persons_past(token) and not _accused_of(token):
            return True  # (not a funeral procession; not "the blockaded town", a state)
    return False


def _over_a_past_period(token) -> bool:
    """Whether a word lies in what went on over a period an act followed ("after days of confrontations
    between protesters and police", "following weeks of protests")."""
    for word in islice(token.ancestors, PERIOD_REACH):
        if word.lower_ == "of" and word.head.lemma_.lower() in cue("time_unit") and word.head.tag_ == "NNS" \
                and word.head.head.lower_ in cue("after_prep"):
            return True
    return False


def _a_labour_stoppage(token) -> bool:
    """Whether a stoppage noun is a labour protest by the words of its own phrase ("a 48-hour general
    strike", "the teachers' strike"), not an air strike."""
    return token.pos_ == "NOUN" and has_cue("labor", LemmaText([t for t in token.subtree if t.i <= token.i]))


def _accused_of(token) -> bool:
    """Whether a noun is what people are accused or charged of ("arrested 17 activists, accusing them
    of plotting violent demonstrations"): no protest the act intervened in."""
    return any(word.lemma_.lower() in cue("accusation_verb") for word in islice(token.ancestors, ACCUSATION_REACH))


def _in_a_persons_past(token) -> bool:
    """Whether a noun is what a person had done before, told to say who they are ("arrested a media
    activist who had covered the protests"): not a protest the act intervened in."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return token.dep_ in ("dobj", "pobj") and told_as_earlier(verb) and of_a_person(verb)


def _still_to_come(token) -> bool:
    """Whether a noun is what another act came before ("before a protest march", "ahead of a rally",
    "The protests followed the arrest") or what is announced or called for ("held a press conference
    to announce the protests", "called for protests")."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in cue("foretelling_verb"):
        return True
    if token.dep_ == "nsubj" and verb.lemma_.lower() in cue("following_verb"):
        return True  # "The protests followed the arrest of two coordinators": after what the sentence tells
    for _ in range(3):
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in cue("later_act"):
            return True
    return False


@lru_cache(maxsize=1)
def _protest_words() -> dict[str, set[str]]:
    """The one-word protest triggers of the lexicon, with the parts of speech they are triggers as
    ("VERB", "NOUN"), but for gatherings (protests only with a cause)."""
    words: dict[str, set[str]] = {}
    for head, entries in trigger_lexicon().items():
        for entry in entries:
            if entry.plover == "PROTEST" and len(entry.words) == 1 and head not in cue("gathering"):
                words.setdefault(head, set()).update(("VERB", "NOUN") if entry.pos == "ANY" else (entry.pos,))
    return words
