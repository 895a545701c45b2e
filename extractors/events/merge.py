"""One incident, one event, across sentences: later mentions of the same incident join the latest
event of their kind ("the attack", "attacked its members") unless their date, place, actors or
action differ; different actions (a protest and the police crackdown on it) stay apart. (Within a
sentence: `sentence_groups`.)"""

from __future__ import annotations

from article2json.extractors.events.incident import (Event, action_class, another, definite,
                                                     mention_family, separate)
from article2json.extractors.events.lexicon import cue, definite_noun, seizes_arms, typing_words
from article2json.extractors.events.link_base import RELATIVE_TO_EVENT, span_root
from article2json.extractors.events.linking import (Linker, day_from_event, later_death, offset_phrase,
                                                    opens_with_an_offset, shifted_day)
from article2json.extractors.events.place_choice import TOWN_FEATURES, contains
from article2json.extractors.events.scene import (dates_compatible, day_after, near_year, place_key, place_precision,
                                                  one_placed_at_the_other, places_compatible,
                                                  weeks_before)
from article2json.extractors.events.triggers import Mention, taken_phrase

RECALL_PARAGRAPHS = 4  # how far back "the attack" looks for the event named alike
BLAST_MODES = ("explosives", "suicide-attack")  # a blast: the destruction told with it is its damage
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})  # the state's forces, one side of a fight
MERGE_WINDOW = 60  # a mention joins one of the latest events; bounds the cost of very long texts



def _named_alike(event: Event, mention: Mention, paragraphs_apart) -> bool:
    """Whether an event was named with the same word in the same number, not long before ("an
    attack" ... "the attack"; not "the attacks" pages later)."""
    plural = mention.token.tag_ in ("NNS", "NNPS")
    return any(m.entry.head == mention.entry.head and (m.token.tag_ in ("NNS", "NNPS")) == plural
               and paragraphs_apart(m.unit.paragraph, mention.unit.paragraph) <= RECALL_PARAGRAPHS
               for m in event.mentions)


def _tells_later_deaths(event: Event) -> bool:
    """Whether an event only tells that victims told before died later ("a woman among the injured
    died early this morning") or were found later, adding to a toll told before ("search teams had
    recovered three more bodies, bringing the toll to 12"): its day and place are the deaths' or
    the finding's, not the incident's."""
    return event.weak_only and all(later_death(m.token) or _adds_to_a_toll(m) for m in event.mentions)


def _adds_to_a_toll(mention: Mention) -> bool:
    """Whether every figure of a casualty mention adds to or updates a toll told before."""
    return bool(mention.casualties) and all(c.additional or c.update for c in mention.casualties)


def _indefinite(mention: Mention) -> bool:
    token = mention.token
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "det" and c.lower_ in cue("indefinite") or c.dep_ == "nummod" for c in token.children)


def _classes(event: Event) -> set[str]:
    """The kinds of action the event's mentions name, besides unspecific attacks; the damage a
    blast did is the blast's ("the explosion shook the city, smashing windows")."""
    classes = {"battle" if found == "territory" else found for found in map(action_class, event.mentions)} - {"generic"}
    if classes == {"destroy"} and any(m.entry.mode in BLAST_MODES for m in event.mentions):
        return {"explosive"}
    return classes


def _same_action(earlier: Event, later: Event) -> bool:
    """Whether two events may be the same kind of action (a shelling is not a ground clash)."""
    first, second = _classes(earlier), _classes(later)
    return not first or not second or bool(first & second)


def _moves_into_taken(earlier: Event, later: Event) -> bool:
    """Whether a movement into a place follows the taking of a place ("took control of the town of
    Kala ... army units entered the town around midday") or tells how the attackers of an attack
    told before came ("an attack on the village of Mamove ... The assailants entered Mamove late on
    Saturday"): one incident, the taking or the attack."""
    if later.rep.entry.head not in cue("move_into"):
        return False
    return action_class(earlier.rep) == "territory" or mention_family(earlier.rep) == "ASSAULT" and _told_back(later.rep)


def _told_back(mention: Mention, passive: bool = False) -> bool:
    """Whether the subject of a mention's verb, or of the verb it is joined to ("The assailants
    arrived in canoes and opened fire"), refers back to people told before ("The assailants",
    "they"); with `passive`, also a passive subject that counts them ("two of them were shot dead",
    "Four others were arrested")."""
    subjects = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    verb = mention.token
    while verb.dep_ == "conj" and not any(c.dep_ in subjects for c in verb.children):
        verb = verb.head
    return any(c.dep_ in subjects and (c.tag_ == "PRP" or any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
                                       or passive and (c.lower_ in cue("others_word") or any(
                                           p.tag_ == "PRP" for d in c.children if d.lower_ == "of" for p in d.children)))
               for c in verb.children)


def _attackers_again(earlier: Event, later: Event, paragraphs_apart) -> bool:
    """Whether the attackers of an attack told in the paragraph before, referred back to, act again
    ("Boko Haram fighters attacked an army position ... The assailants arrived in canoes and opened fire
    on the post with rocket-propelled grenades"): the attack told in more detail, whatever the weapons."""
    first, then = earlier.rep, later.rep
    return mention_family(first) == mention_family(then) == "ASSAULT" and not then.weak \
        and then.token.pos_ == "VERB" and _told_back(then) \
        and 0 < paragraphs_apart(first.unit.paragraph, then.unit.paragraph) <= 1


def _raid_resisted(earlier: Event, later: Event, paragraphs_apart) -> bool:
    """Whether people told before fight or are arrested in the paragraph of a raid ("officers raided a
    house in Nansana ... The suspects inside opened fire, and two of them were shot dead. Four others were
    arrested"): the raid's fight and arrests, one operation."""
    if not any(m.entry.head in cue("raid") for m in earlier.mentions):
        return False
    then = later.rep
    fight = mention_family(then) == "ASSAULT" and not then.weak
    arrest = then.entry.mode in ("arrest", "detain")
    return (fight or arrest) and then.token.pos_ == "VERB" and _told_back(then, passive=True) \
        and paragraphs_apart(earlier.rep.unit.paragraph, then.unit.paragraph) == 0


def _arms_taken_in_it(earlier: Event, later: Event, paragraphs_apart) -> bool:
    """Whether weapons are taken in a paragraph that tells a deadly fight, or the next one ("Five militants
    were killed in the exchange ... weapons and a motorbike had been recovered"): spoils of the fight, not
    an operation of their own (weapons found where nobody died are: "bombs found near IDP houses")."""
    return (later.rep.entry.mode == "confiscate" or seizes_arms(later.rep.token)) \
        and any(t.lemma_.lower() in typing_words()["seized"] for t in taken_phrase(later.rep.token)[1:]) \
        and earlier.counts_dead \
        and min(paragraphs_apart(m.unit.paragraph, later.rep.unit.paragraph) for m in earlier.mentions) <= 1


def _told_as_another_place(later: Event) -> bool:
    """Whether the later telling marks itself as another occurrence of its kind ("Unrest also flared in
    Bonoua", "Clashes also broke out in ..."): at another place it is another incident, however near
    (not "The gunmen also burnt houses in Toungo": the same attackers' next act)."""
    noun = later.rep.token
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in cue("event_subject_verb") \
        and any(c.dep_ == "advmod" and c.lower_ in cue("elsewhere_adverb") for c in verb.children)


def _counted_from(earlier: Event, later: Event) -> bool:
    """Whether one of `earlier`'s mentions is dated from `later`'s word ("abducted twelve women two
    days before the assault"): that word names another incident."""
    token = later.rep.token
    if not (token.dep_ == "pobj" and token.head.lower_ in RELATIVE_TO_EVENT or any(c.dep_ == "advcl" for c in token.children)):
        return False  # neither the object of "before"/"after" nor the act a clause is measured from
    return any((found := offset_phrase(m)) is not None and found[2].i == token.i for m in earlier.mentions)


def _target_words(event: Event) -> set[str]:
    """The head words of the places and things the event was done to ("a military base": base)."""
    return {r.text.split()[-1].lower() for r in event.roles()[1] if r.target and r.text.split()}


def _same_target_again(earlier: Event, later: Event) -> bool:
    """Whether the later event is "the attack" or is done to "the" target the earlier one was done
    to ("overran a military base ... The assault began at 1.30am, when insurgents attacked the base
    from three directions"): one incident, whatever weapons each telling names."""
    if definite(later.rep) and later.rep.entry.head in cue("attack_noun"):
        return True  # "The assault began at 1.30am": the attack told before, whatever it was
    objects = [c for c in later.rep.token.children if c.dep_ in ("dobj", "nsubjpass") and definite_noun(c)]
    return bool(objects) and not {o.lower_ for o in objects}.isdisjoint(_target_words(earlier))


def _affinity(earlier: Event, later: Event) -> int:
    """How much two events share: parties (named or generic), trigger words, a kind of action,
    casualties of the same kinds ("artillery fire killed two ... as forces pounded towns" ... "The
    shells ... killed": the killing)."""
    names = [{a.name for group in e.roles() for a in group if not a.target} for e in (earlier, later)]
    lemmas = [{m.lemma for m in e.mentions if not m.weak} for e in (earlier, later)]
    classes = [_classes(e) for e in (earlier, later)]
    tolls = [{c.kind for m in e.mentions for c in m.casualties} for e in (earlier, later)]
    return len(names[0] & names[1]) + len(lemmas[0] & lemmas[1]) + (classes[0] == classes[1] != set()) \
        + len(tolls[0] & tolls[1]) - _opposite_sides(earlier, later)


def _opposite_sides(earlier: Event, later: Event) -> bool:
    """Whether one event's doers are all the state's forces and the other's all others ("seized by armed
    men" and "special forces ... regained control of the checkpoint"): not likely one act."""
    sides = [{a.sector in STATE_SECTORS for a in e.roles()[0] if not a.target} for e in (earlier, later)]
    return len(sides[0]) == len(sides[1]) == 1 and sides[0] != sides[1]


def specific_names(event: Event, role: int | None = None) -> set[str]:
    """The named parties of an event (of one role: 0 actors, 1 recipients); a state and its
    forces count as one ("Armenia", its army)."""
    parties = event.roles() if role is None else (event.roles()[role],)
    return {f"state {a.country}" if a.country and a.sector in ("GOV", "MIL", "COP") else a.name
            for group in parties for a in group if not a.generic and not a.target}


def _places_taken(event: Event) -> set[str]:
    """The names of the places an event's takings take ("took control of Kibirizi", "Nyanzale, which
    the rebels captured"): a proper noun as the object, or the name a relative clause of taking hangs
    on, lower-cased."""
    names = set()
    for mention in event.mentions:
        if action_class(mention) != "territory":
            continue
        token = mention.token
        objects = [c for c in token.children if c.dep_ == "dobj"]
        objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]  # "took control of Kibirizi"
        objects += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                    if p.dep_ == "pobj"]
        if token.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in token.children):
            objects.append(token.head)  # "Nyanzale, which the rebels captured in mid-February"
        names |= {o.lower_ for o in objects if o.pos_ == "PROPN"}
    return names


def parties_differ(earlier: Event, later: Event) -> bool:
    """Whether two events name different parties: no name in common, and the same role named
    otherwise in each ("Al-Shabaab claimed the attack" may be the bombing of the Hotel Sahafi). In
    fighting either side may be told as actor or target, and the state's forces are in most of it:
    two battles differ only by the other sides they name ("a soldier and three separatist fighters
    were killed in a gunfight ... the clash erupted when a patrol came under fire from the Free
    Papua Movement" is one clash)."""
    if specific_names(earlier) & specific_names(later):
        return False
    if all(any(m.token.lemma_.lower() in cue("battle") for m in e.mentions) for e in (earlier, later)):
        sides = [{name for name in specific_names(e) if not name.startswith("state ")} for e in (earlier, later)]
        return all(sides) and not sides[0] & sides[1]
    return any(specific_names(earlier, role) and specific_names(later, role) for role in (0, 1))


class Merger:
    """Cross-sentence merging, with the linker for dates and places."""

    def __init__(self, linker: Linker) -> None:
        self.linker = linker
        self._merged: list[Event] = []  # the events merged so far
        self._asked: list[Event] = []  # the events whose date is being worked out from another's

    def _textual_date(self, event: Event) -> str | None:
        """The date the text gives the event; a bare toll ("six others had been wounded") has only the
        dates of its own sentence: one its paragraph named before may be of something else ("We
        buried them the next morning")."""
        date_of = self.linker.own_date if event.weak_only else self.linker.textual_date
        for mention in event.ordered:
            item = date_of(mention)
            if item is not None:
                return item["value"]
        found = day_from_event(event.ordered[0], self._day_of_told, lambda: self._day_of_the_act_before(event))
        opening = self.linker.opening_offset(event.ordered[0]) if found is None else None
        if opening is not None:  # "Hours later, angry youths set fire ...": from the day of the act told before
            return shifted_day(self._day_of_the_act_before(event), opening[0])
        return found[0] if found else None

    def _day_of_the_act_before(self, event: Event) -> str | None:
        """The textual date of the latest event merged so far that is told before `event`."""
        before = [e for e in self._merged if e.rep.start < event.rep.start]
        return self._date_of_told(before[-1]) if before else None

    def _day_of_told(self, words: set[int]) -> str | None:
        """The textual date of the event told so far by one of the token indexes `words` ("Hours after
        the bombing, aircraft struck ...": the bombing's day)."""
        return self._date_of_told(next((e for e in self._merged
                                        if any(t.i in words for m in e.mentions for t in m.tokens)), None))

    def _date_of_told(self, told: Event | None) -> str | None:
        """The textual date of an event told so far, worked out once along a chain of events dated
        from each other."""
        if told is None or told in self._asked:  # never round in a circle of events dated from each other
            return None
        self._asked.append(told)
        try:
            return self._textual_date(told)
        finally:
            self._asked.pop()

    def scene(self, mention: Mention) -> dict | None:
        """The place attached to a mention in the parse, with its precision."""
        item = self.linker.attached_place(mention)
        return None if item is None else {**item, "precision": place_precision(item)}

    def _own_place(self, event: Event) -> dict | None:
        """The place attached to one of the event's mentions, else the place framing its paragraph
        ("In Niger, ...": a roundup's part about one country)."""
        item = next(filter(None, map(self.scene, event.ordered)), None)
        frame = self.linker.frame_place(event.rep) if item is None else None
        return item or frame and {**frame, "precision": place_precision(frame)}

    def can_merge(self, earlier: Event, later: Event, named: bool = False) -> bool:
        """Whether `later` can be told of the same incident as `earlier`; `named`: it names it
        alike ("the bombing"), so only the place of that word counts, not a place the parse hung
        on another word of its sentence."""
        if earlier.modality != later.modality:
            return False
        if later.fresh or separate(later.rep) or opens_with_an_offset(later.rep):
            return False
        if (_indefinite(later.rep) and not later.weak_only or another(later.rep)) and \
                not self._corroborated(earlier, later):
            return False
        if not self._dates_agree(earlier, later):
            return False
        there, here = self._own_place(earlier), self.scene(later.rep) if named else self._own_place(later)
        if not _tells_later_deaths(later) and not places_compatible(there, here):
            return False  # victims told before may die elsewhere ("died in hospital in Narathiwat town")
        if _told_as_another_place(later) and there and here and place_key(there["name"]) != place_key(here["name"]):
            return False  # "Unrest also flared in Bonoua, about 60 km east of Abidjan": another place's
        return not parties_differ(earlier, later) and not self._takes_another_place(earlier, later)

    def _takes_another_place(self, earlier: Event, later: Event) -> bool:
        """Whether a later taking names a place taken that is neither a place the earlier event took nor
        a town its sentences name for it ("have taken control of Kibirizi after two days of fighting ... Nyanzale,
        which the rebels captured in mid-February"): another incident, whatever the gazetteer knows of
        the place."""
        taken = _places_taken(later)
        if not taken:
            return False
        towns = {p["name"].lower() for p in map(self.linker.own_place, earlier.mentions)
                 if p is not None and p.get("feature") in TOWN_FEATURES}
        known = _places_taken(earlier) | towns
        return bool(known) and not taken & known

    def _dates_agree(self, earlier: Event, later: Event) -> bool:
        """Whether the two events' dates may be one day: the dates the text gives them (see
        `dates_compatible`), or any day since for the later deaths of victims told before; neither
        happened after the other was already reported ("residents said on Monday that gunmen
        attacked" is not Wednesday's bombing); and an event the text leaves undated (dated by the
        dateline) is not one the text dates years before ("a civil war in 1992"), nor, when the
        undated one is told first, a new one it dates weeks before (neither naming one told before:
        "protests", not "the protests" or "the blast")."""
        dates = [self._textual_date(e) for e in (earlier, later)]
        if _tells_later_deaths(later):
            return not day_after(*dates)
        if not dates_compatible(*dates):
            return False
        reports = [self.linker.report_date(e.rep) for e in (earlier, later)]
        if day_after(dates[0], reports[1]) or day_after(dates[1], reports[0]):
            return False
        reference, known = self.linker.reference, dates[0] or dates[1]
        if dates[0] is None and reference is not None and weeks_before(dates[1], reference) \
                and not definite(earlier.rep) and not definite(later.rep):
            return False  # "Protests also took place in Nakuru ... Last month, 39 were killed in protests"
        return None not in dates or not known or reference is None or near_year(known, reference.year)

    def _corroborated(self, earlier: Event, later: Event) -> bool:
        """Whether a mention with "a"/"an" still tells the same incident: the same death toll,
        a common named actor or target, the same kinds of parties just after it, or the same place, or in the next paragraph a place inside
        the country or division the earlier one was told in ("raided a village in north Niger" ...
        "an attack in the village of Banibangou in the Tillaberi region"), or the known town an unknown
        village of the other is placed in ("a clash at Jibu Ward in Wukari LGA" ... "an attack ... in Wukari")."""
        tolls = [{c.count for m in e.mentions for c in m.casualties if c.kind == "killed" and c.count}
                 for e in (earlier, later)]
        places = [self._own_place(e) for e in (earlier, later)]
        same_place = all(places) and place_key(places[0]["name"]) == place_key(places[1]["name"])
        inner = places[1] or self.linker.own_place(later.rep)  # the place of its sentence
        if places[0] and inner and (places[0]["precision"] in ("country", "admin1") and contains(places[0], inner)
                                    or one_placed_at_the_other(places[0], inner)):
            same_place |= self.linker.index.paragraphs_apart(earlier.rep.unit.paragraph, later.rep.unit.paragraph) <= 1
        targets = [_target_words(e) for e in (earlier, later)]
        return bool(tolls[0] & tolls[1]) or bool(specific_names(earlier) & specific_names(later)) or same_place \
            or bool(targets[0] & targets[1]) or self._same_sides_next(earlier, later) or self._one_of_them(earlier, later)

    def _one_of_them(self, earlier: Event, later: Event) -> bool:
        """Whether a later telling picks one of the things an event was told with in the plural, in its
        paragraph or the next ("dropped bombs on a monastery compound ... one bomb landed beside the
        dining hall"): a part of that incident."""
        noun = later.rep.token
        return any(c.dep_ == "nummod" and c.lower_ in cue("one_of_many") for c in noun.children) \
            and any(m.token.lemma_ == noun.lemma_ and m.token.tag_ in ("NNS", "NNPS") for m in earlier.mentions) \
            and self.linker.index.paragraphs_apart(earlier.rep.unit.paragraph, later.rep.unit.paragraph) <= 1

    def _same_sides_next(self, earlier: Event, later: Event) -> bool:
        """Whether a later telling with no place of its own names only parties of the kinds (sectors)
        an event told just before names, in its paragraph or the next ("insurgents ambushed an army
        convoy ... Soldiers returned fire, and at least 10 insurgents were killed in a gunfight")."""
        sectors, known = ({a.sector for group in e.roles() for a in group if a.sector and not a.target}
                          for e in (later, earlier))
        return bool(sectors) and sectors <= known and self._own_place(later) is None \
            and self.linker.index.paragraphs_apart(earlier.rep.unit.paragraph, later.rep.unit.paragraph) <= 1

    def merge(self, events: list[Event]) -> list[Event]:
        """Each event joins the latest earlier event of its kind when they can be one incident."""
        merged: list[Event] = []
        self._merged = merged
        for event in events:
            candidates = [e for e in reversed(merged[-MERGE_WINDOW:]) if self._may_join(e, event)]
            if definite(event.rep):  # "the raid" looks past what was only feared or denied
                candidates = [e for e in candidates if e.modality == event.modality]
            target = self._target(candidates, event)
            if target is not None:
                target.mentions.extend(event.mentions)
            else:
                merged.append(event)
        return merged

    def _may_join(self, earlier: Event, later: Event) -> bool:
        """Whether `later` may tell `earlier`'s incident by its kind of action: the same kind, or
        "the" target or attack again, or a move into a place taken; not an event its sentence told apart
        from one of `earlier`'s mentions, unless it names "the" target again."""
        if _counted_from(earlier, later):
            return False
        same_kind, apart = self._same_kind(earlier, later), self.linker.index.paragraphs_apart
        if later.rep.unit in [m.unit for m in earlier.mentions]:
            return _same_target_again(earlier, later) and (same_kind or _moves_into_taken(earlier, later)) \
                or _raid_resisted(earlier, later, apart) or _arms_taken_in_it(earlier, later, apart)
        if same_kind and _same_action(earlier, later) or _moves_into_taken(earlier, later) \
                or _attackers_again(earlier, later, apart) or _raid_resisted(earlier, later, apart) \
                or _arms_taken_in_it(earlier, later, apart):
            return True
        return same_kind and _same_target_again(earlier, later)

    def _target(self, candidates: list[Event], event: Event) -> Event | None:
        """The event a later one joins: the one named alike ("the attack"), else the latest of its
        kind (for a bare toll, told as it is: an ambush that was only being prepared does not hide the
        strike told before it); of the events first told in the same sentence that it can join, the one
        sharing most with it ("Gunmen attacked a village as a reprisal for earlier clashes. Five were killed": the
        attack, not the clashes it followed); else the latest with the same scene."""
        if definite(event.rep):
            named_alike = [e for e in candidates if _named_alike(e, event.rep, self.linker.index.paragraphs_apart)
                           and self.can_merge(e, event, named=True)]
            if named_alike:
                return named_alike[0]
            at_its_place = [e for e in candidates if self._told_at_its_place(e, event) and self.can_merge(e, event, named=True)]
            if at_its_place:  # "The attack on Yandoton Daji came a day after ...": the incident at Yandoton Daji,
                return at_its_place[0]  # not the latest one told (police dispersing a protest in the town)
        if not candidates:
            return None
        told_alike = next((e for e in candidates if e.modality == event.modality), candidates[0]) \
            if event.weak_only else candidates[0]
        latest = [e for e in candidates if e.rep.unit is told_alike.rep.unit and self.can_merge(e, event)]
        if latest:
            # of equals the one told as what happened, not as what it followed, then the latest (candidates run back)
            return max(latest, key=lambda e: (_affinity(e, event), not e.background))
        return next((e for e in candidates if self._same_scene(e, event) and self.can_merge(e, event)), None)

    def _told_at_its_place(self, earlier: Event, later: Event) -> bool:
        """Whether a town the text names on a definite event noun ("the attack on Yandoton Daji",
        "the Sakalalina attack") is the place of the earlier event, by name."""
        noun, there = later.rep.token, self._own_place(earlier)
        if there is None or noun.pos_ != "NOUN":
            return False
        doc, unit = noun.doc, later.rep.unit
        return any(root is not None and (root.dep_ == "pobj" and root.head.head.i == noun.i  # "the attack on X"
                                         or root.dep_ == "compound" and root.head.i == noun.i)  # "the X attack"
                   and place_key(item["name"]) == place_key(there["name"])
                   for item in self.linker.places if unit.start <= item["start"] and item["end"] <= unit.end
                   and item.get("feature") in TOWN_FEATURES
                   for root in [span_root(doc, item["start"], item["end"])])

    def _same_scene(self, earlier: Event, later: Event) -> bool:
        """Whether the later event is told in a paragraph framed by a place ("In Niger, gunmen
        attacked an army post") that is the earlier event's place or contains it ("troops in Niger
        fought off an attack"): a roundup returns to an incident after telling another. A place of
        the later event's own is not enough (two explosions in one city are two incidents)."""
        if any(map(self.scene, later.mentions)):
            return False
        first, frame = self._own_place(earlier), self.linker.frame_place(later.rep)
        return first is not None and frame is not None and (
            place_key(first["name"]) == place_key(frame["name"]) or contains(frame, first))

    @staticmethod
    def _same_kind(earlier: Event, later: Event) -> bool:
        if later.weak_only:
            return mention_family(earlier.rep) in ("ASSAULT", "OTHER")
        return mention_family(earlier.rep) == mention_family(later.rep)
