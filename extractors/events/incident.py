"""An event as merging builds it: the mentions of one incident, in text order, and what they say
together (its representative mention, modality, parties, whether it tells an incident at all)."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import is_

from article2json.extractors.events.classify import TERRITORY, EventLabels
from article2json.extractors.events.lexicon import LemmaText, cue, definite_noun, has_cue, seizes_arms
from article2json.extractors.events.triggers import Mention, time_counted_from
from article2json.extractors.events.victims import is_person
from article2json.extractors.per_doc import sentence_of, token_columns

CONTACT_PREPS = cue("contact_prep")  # "stepped on a landmine", "drove over a mine"
REMOTE_WEAPONS = ("suicide", "chemical", "air", "drone", "shelling")


@dataclass
class Event:
    """Mentions of one incident, in text order, and the event's typing once classified."""

    mentions: list[Mention]
    typing: EventLabels | None = None
    main: bool = False
    fresh: bool = False  # it happened "after", "in response to", "as" another event: not a mention of it
    background: bool = False  # the other side: the event something else happened "after"
    _rep: tuple | None = field(default=None, init=False, repr=False, compare=False)  # (mentions, their rep)

    @property
    def body(self) -> list[Mention]:
        return [m for m in self.mentions if not m.unit.headline] or self.mentions

    @property
    def rep(self) -> Mention:
        """The mention that names the event: the first strong trigger outside the headline that no
        other trigger of its sentence governs, one that tells what happened rather than a word for
        violence in general ("Violence erupted ... one faction attacked the other"), an assault rather
        than a move into a place ("entered the village, setting fire to homes": the burning), a disaster
        rather than the destruction it caused ("houses destroyed in the flood"), not a participle that
        describes someone hit ("a woman struck by a stray bullet"). Kept until the mentions change."""
        kept = self._rep
        if kept is None or len(kept[0]) != len(self.mentions) or not all(map(is_, kept[0], self.mentions)):
            kept = self._rep = (tuple(self.mentions), self._representative())
        return kept[1]

    def _representative(self) -> Mention:
        strong = [m for m in self.body if m.entry.kind == "event"]
        strong = [m for m in strong if m.entry.head not in cue("background")] or strong
        if any(m.entry.plover == "ASSAULT" for m in strong):  # "entered the village, setting fire to homes"
            strong = [m for m in strong if m.entry.head not in cue("move_into")]
        taking = [m for m in strong if m.entry.plover == "COERCE" or m.entry.head in TERRITORY and seizes_arms(m.token)]
        deadly = any(c.kind == "killed" for m in self.mentions for c in m.casualties)
        if deadly and any(m.entry.plover == "ASSAULT" and m not in taking for m in strong):
            strong = [m for m in strong if m not in taking]  # "Officers seized nine rifles and arrested 14 ... one
            # officer, who was shot during an exchange of fire": a deadly raid is its fighting, not what it seized
        elif deadly and taking and all(m in taking for m in strong):  # "Kenyan forces kill four members of al
            strong = [m for m in self.body if m.entry.plover == "ASSAULT"][:1] or strong  # Shabaab and recover
            # weapons": the killing, told by a weaker word
        strong = [m for m in strong if not _under_another(m, strong)] or strong
        strong = [m for m in strong if not _describes_a_person(m)] or strong
        # "a woman struck by a stray bullet": who was hit, told by the way, not what happened ("officers came
        # under heavy fire")
        disasters = [m for m in strong if m.entry.plover == "OTHER"]
        if disasters and all(m.entry.mode == "destroy" for m in strong if m.entry.plover != "OTHER"):
            return disasters[0]
        return (strong or [m for m in self.body if not m.weak] or self.body)[0]

    @property
    def ordered(self) -> list[Mention]:
        """The mentions, representative first."""
        rep = self.rep
        return [rep] + [m for m in self.mentions if m is not rep]

    @property
    def modality(self) -> str:
        return self.rep.modality

    @property
    def headline_only(self) -> bool:
        return all(m.unit.headline for m in self.mentions)

    @property
    def counts_dead(self) -> bool:
        """Whether a mention of the event counts someone killed."""
        return any(c.kind == "killed" and (c.count or c.low) for m in self.mentions for c in m.casualties)

    @property
    def weak_only(self) -> bool:
        return all(m.weak for m in self.mentions)

    @property
    def minor(self) -> bool:
        """Whether only minor acts name the event (gave, received, offered)."""
        return all(m.entry.kind == "minor" for m in self.mentions)

    @property
    def substantive(self) -> bool:
        """False for a weapon named without any action or toll ("assembled IEDs", "tear gas canisters");
        a weapon noun heard or seen is an event ("explosions were heard near the front line")."""
        if all(_no_incident(m) for m in self.mentions):
            return False
        return not all(m.weak and m.token.pos_ != "VERB" for m in self.mentions) or \
            any(m.casualties or _perceived(m) for m in self.mentions)

    def roles(self) -> tuple[list, list]:
        """Actors and recipients over all mentions, representative first, without repeats; a name
        keeps the role it was first given."""
        actors, recipients, seen = [], [], set()
        for mention in self.ordered:
            if names_no_act(mention):
                continue  # a war or weapon word gives no parties ("the Gaza-Israel war")
            for found, target in ((mention.actors, actors), (mention.recipients, recipients)):
                for actor in found:
                    if actor.name not in seen:
                        seen.add(actor.name)
                        target.append(actor)
        return actors, recipients


def _describes_a_person(mention: Mention) -> bool:
    """Whether a mention is a past participle that describes a person ("a woman struck by a stray
    bullet", "two pupils kidnapped in the raid")."""
    token = mention.token
    return token.dep_ == "acl" and token.tag_ == "VBN" and is_person(token.head)


def _under_another(mention: Mention, others: list[Mention]) -> bool:
    """Whether the mention lies in a participle phrase on a noun that another trigger of its sentence
    governs ("soldiers backed by air strikes recaptured the town": the strikes back the recapture,
    which is what happened)."""
    line = list(mention.token.ancestors)
    for other in others:
        if other is not mention and other.unit is mention.unit and other.token in line:
            if any(t.dep_ == "acl" for t in line[:line.index(other.token)]):
                return True
    return False


def _perceived(mention: Mention) -> bool:
    """Whether a noun trigger (or the first of a list of them) is the subject of a verb telling it
    was heard, seen or went off ("gunshots and explosions were reported", "heavy gunfire erupted",
    "an explosion occurred"), what someone set off ("a farmer stepped on a landmine"), or what
    there was ("there were explosions near the bank")."""
    token = mention.token
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if mention.token.pos_ not in ("NOUN", "PROPN"):
        return False
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in CONTACT_PREPS:
        head = head.head
    return token.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in cue("perceived") or \
        token.dep_ in ("dobj", "pobj") and head.lemma_.lower() in cue("set_off") or \
        token.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children) and \
        token.lemma_.lower() in cue("happened") and not any(c.lower_ == "no" for c in token.children)


def _no_incident(mention: Mention) -> bool:
    """A noun that tells no incident of its own: a view of events told elsewhere ("labeled the
    attacks self-defense"). (A kind of event, "such attacks", is no trigger at all: triggers.py.)"""
    token = mention.token
    if token.pos_ not in ("NOUN", "PROPN") or mention.casualties:
        return False
    return token.dep_ == "dobj" and token.head.lemma_.lower() in cue("judging") and definite(mention)


def names_no_act(mention: Mention) -> bool:
    """A war or weapon word with no toll ("the Gaza-Israel war"): it names no act, so it gives an
    event no parties and no scene."""
    return mention.weak and mention.token.pos_ != "VERB" and not mention.casualties


def definite(mention: Mention) -> bool:
    """"the attack", "their attack": a noun that refers back, best to the event named alike."""
    return definite_noun(mention.token)


def mention_family(mention: Mention) -> str:
    """The kind of action a mention may be merged under: any assault for a casualty verb or weapon word."""
    return "ASSAULT" if mention.weak else mention.entry.plover


def dated_from_it(mention: Mention) -> bool:
    """Whether a mention names its event only as what another act is dated from by a stated time
    ("Two days after the raid, mothers held a vigil", "Hours after the bombing", "on the same day as
    the Kampala protest"): its sentence
    tells the other act, not how this one went (not "killed after flooding": the cause)."""
    token = mention.token
    if token.dep_ == "pobj" and token.head.lower_ in cue("same_time"):  # "on the same day as the Kampala protest"
        return any(c.dep_ == "amod" and c.lower_ in cue("same_time") for c in token.head.head.children)
    return time_counted_from(token)


def action_class(mention: Mention) -> str:
    """What kind of action a trigger names, for telling two incidents apart."""
    entry = mention.entry
    if entry.plover != "ASSAULT":
        return entry.plover
    if mention.weak:
        return "generic"
    if entry.acled_type == "Battles":  # a gunfight goes with any attack or battle
        return "generic" if entry.mode == "firearms" else "battle"
    if entry.acled_type == "Explosions/Remote violence" or entry.mode in ("explosives", "aerial", "drone",
                                                                           "heavy-weapons"):
        return "explosive"
    if entry.head in TERRITORY:
        return "territory"
    if entry.mode in ("abduct", "destroy", "crowd-control"):
        return entry.mode
    sentence = LemmaText(mention.token.doc[mention.unit.first:mention.unit.last])
    return "explosive" if any(has_cue(c, sentence) for c in REMOTE_WEAPONS) else "generic"


def separate(mention: Mention) -> bool:
    """"a separate airstrike", "a second blast", "an earlier attack": explicitly a new incident; so is
    every act of a sentence framed as one ("In a separate incident on Monday, troops recaptured the
    village after heavy fighting") or opened as one ("Separately, police said rebels shot dead a driver")."""
    def new(noun) -> bool:
        return any(c.lower_ in cue("new_incident") for c in noun.children if c.dep_ in ("det", "amod"))
    sentence, doc, lemmas = sentence_of(mention.token), mention.token.doc, token_columns(mention.token.doc).lemma
    opening = next((t for t in sentence if not t.is_punct and not t.is_space), None)
    return new(mention.token) or opening is not None and opening.lower_ in cue("separate_opening") \
        or any(lemmas[i] in cue("incident_frame") and new(doc[i]) for i in range(sentence.start, sentence.end))


def another(mention: Mention) -> bool:
    """"another attack": a new incident, or the latest of a series (then the same figures tell it)."""
    return any(c.lower_ == "another" for c in mention.token.children if c.dep_ == "det")
