"""One incident, one event: mentions of a sentence that describe one action join ("killed in an
attack", "repelled an attack"), later mentions of the same incident join the latest event of
their kind ("the attack", "attacked its members") unless their date, place, actors or action
differ; different actions (a protest and the police crackdown on it) stay apart."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from article2json.extractors.events.classify import TERRITORY, EventLabels
from article2json.extractors.events.lexicon import LemmaText, cue, has_cue
from article2json.extractors.events.linking import (Linker, dates_compatible, place_key, place_precision,
                                                    places_compatible)
from article2json.extractors.events.modality import EVENT_SUBJECT_VERBS
from article2json.extractors.events.place_choice import contains
from article2json.extractors.events.triggers import Mention

RECALL_PARAGRAPHS = 4  # how far back "the attack" looks for the event named alike
MERGE_WINDOW = 60  # a mention joins one of the latest events; bounds the cost of very long texts
REMOTE_WEAPONS = ("suicide", "chemical", "air", "drone", "shelling")


@dataclass
class Event:
    """Mentions of one incident, in text order, and the event's typing once classified."""

    mentions: list[Mention]
    typing: EventLabels | None = None
    main: bool = False
    fresh: bool = False  # it happened "after", "in response to", "as" another event: not a mention of it
    background: bool = False  # the other side: the event something else happened "after"

    @property
    def body(self) -> list[Mention]:
        return [m for m in self.mentions if not m.unit.headline] or self.mentions

    @property
    def rep(self) -> Mention:
        """The mention that names the event: the first strong trigger outside the headline; a
        disaster rather than the destruction it caused ("houses destroyed in the flood")."""
        strong = [m for m in self.body if m.entry.kind == "event"]
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
            if mention.weak and mention.token.pos_ != "VERB" and not mention.casualties:
                continue  # a war or weapon word gives no parties ("the Gaza-Israel war")
            for found, target in ((mention.actors, actors), (mention.recipients, recipients)):
                for actor in found:
                    if actor.name not in seen:
                        seen.add(actor.name)
                        target.append(actor)
        return actors, recipients


def _perceived(mention: Mention) -> bool:
    """Whether a noun trigger (or the first of a list of them) is the subject of a verb telling it
    was heard or seen: "gunshots and explosions were reported", "heavy gunfire erupted"."""
    token = mention.token
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return mention.token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass") \
        and token.head.lemma_.lower() in cue("perceived")


def _no_incident(mention: Mention) -> bool:
    """A noun that tells no incident of its own: a kind of event ("such attacks increase the
    risk"), or a view of events told elsewhere ("labeled the attacks self-defense")."""
    token = mention.token
    if token.pos_ not in ("NOUN", "PROPN") or mention.casualties:
        return False
    judged = token.dep_ == "dobj" and token.head.lemma_.lower() in cue("judging") and _definite(mention)
    return judged or any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in token.children)


def action_class(mention: Mention) -> str:
    """What kind of action a trigger names, for telling two incidents apart."""
    entry = mention.entry
    if entry.plover != "ASSAULT":
        return entry.plover
    if mention.weak:
        return "generic"
    if entry.acled_type == "Battles":
        return "battle"
    if entry.acled_type == "Explosions/Remote violence" or entry.mode in ("explosives", "aerial", "drone",
                                                                           "heavy-weapons"):
        return "explosive"
    if entry.head in TERRITORY:
        return "territory"
    if entry.mode in ("abduct", "destroy", "crowd-control"):
        return entry.mode
    sentence = LemmaText(mention.token.doc[mention.unit.first:mention.unit.last])
    return "explosive" if any(has_cue(c, sentence) for c in REMOTE_WEAPONS) else "generic"


def _family(mention: Mention) -> str:
    return "ASSAULT" if mention.weak else mention.entry.plover


def _families_meet(first: Mention, second: Mention) -> bool:
    if first.weak or second.weak:
        return {_family(first), _family(second)} <= {"ASSAULT", "OTHER"}
    return first.entry.plover == second.entry.plover


def _separation(token, own: bool) -> str | None:
    """How a word on a dependency path splits two events: "word" for a separating or reporting
    word ("after", "in retaliation for", "as", "said"), "clause" for a relative clause
    ("insurgents who had seized the town"); `own`: the word is the lower trigger itself."""
    if _consequence(token):
        return None
    if not own and token.lemma_.lower() in _separating_words() or \
            any(c.dep_ == "mark" and c.lower_ in cue("separate") for c in token.children):
        return "word"
    return "clause" if token.dep_ == "relcl" else None


@lru_cache(maxsize=1)
def _separating_words() -> frozenset[str]:
    return cue("separate") | cue("report")


def _consequence(token) -> bool:
    """"killed three as a result of the attack": what an action caused is the same incident."""
    return token.lower_ == "as" and any(c.lemma_.lower() in ("result", "consequence") for c in token.children)


def _path(upper, lower, unit) -> tuple[bool, str | None]:
    """Whether `upper` is above `lower` in the parse, and what separates them on the way (see
    `_separation`; a separating word wins over a clause)."""
    token, separated = lower, None
    for _ in range(12):
        if token.i == upper.i:
            return True, separated
        if token.head.i == token.i or token.head not in unit:
            return False, separated
        found = _separation(token, token.i == lower.i)
        if found == "word" or separated is None:
            separated = found
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


def _apart(first, second, unit) -> bool:
    """Whether a separating word lies between `first` and the part of the parse they share
    ("two days before the war, extremists launched an attack")."""
    above = set(second.ancestors) | {second}
    token = first
    for _ in range(12):
        if token in above or token.head.i == token.i or token.head not in unit:
            return False
        if _separation(token, token.i == first.i) == "word":
            return True
        token = token.head
    return False


def _carrier(mention: Mention):
    """The verb that carries an event noun ("clashes broke out"), else the trigger."""
    token = mention.token
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in EVENT_SUBJECT_VERBS:
        return token.head
    return token


def _linked(first: Mention, second: Mention) -> bool:
    if first.modality != second.modality or not _families_meet(first, second):
        return False
    unit = first.unit
    return _dominates(first.token, second.token, unit) or _dominates(second.token, first.token, unit) \
        or _elaborates(first, second) or _elaborates(second, first)


def _orphan_of(orphan: Mention, verb: Mention) -> bool:
    """A noun trigger the parser hung outside its sentence (a first sentence glued to the header
    lines) belongs to the next verb trigger: "Air strikes hit a market"."""
    token = orphan.token
    return token.head not in orphan.unit and verb.token.pos_ == "VERB" and verb.token.i > token.i \
        and orphan.modality == verb.modality and _families_meet(orphan, verb)


def group_sentence(mentions: list[Mention], scene=lambda mention: None) -> list[Event]:
    """The events of one unit's mentions: linked mentions join, unless `scene` (the place attached
    to a mention, or None) puts them in places that cannot be one incident's ("a bomb killed six
    in Burkina Faso, troops in Niger fought off an attack"); a lone casualty verb joins the
    nearest strong trigger it can, else the nearest other casualty verb ("one was killed and 14
    were injured": one toll)."""
    parent = list(range(len(mentions)))
    scenes = {i: [place] for i, place in enumerate(map(scene, mentions)) if place is not None}

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        first, second = find(i), find(j)
        places = scenes.get(first, []) + scenes.get(second, [])
        if first != second and all(places_compatible(a, b) for a in places for b in places):
            parent[second] = first
            scenes[first] = places

    for i, first in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            if _linked(first, mentions[j]) or _orphan_of(first, mentions[j]):
                join(i, j)
    for strong_only in (True, False):  # a lone casualty verb joins a strong trigger, else another casualty verb
        for i, mention in enumerate(mentions):
            alone = sum(find(k) == find(i) for k in range(len(mentions))) == 1
            if mention.weak and alone:
                partners = [k for k, other in enumerate(mentions) if k != i and not (other.weak and strong_only)
                            and other.modality == mention.modality and _families_meet(mention, other)
                            and not _apart(mention.token, other.token, mention.unit)]
                if partners:
                    join(min(partners, key=lambda k: abs(mentions[k].token.i - mention.token.i)), i)
    groups: dict[int, list[Mention]] = {}
    for i, mention in enumerate(mentions):
        groups.setdefault(find(i), []).append(mention)
    events = {root: Event(group) for root, group in groups.items()}
    for i, upper in enumerate(mentions):
        for j, lower in enumerate(mentions):
            if find(i) != find(j) and _path(_carrier(upper), lower.token, upper.unit) == (True, "word"):
                events[find(i)].fresh = True
                events[find(j)].background = True
    return list(events.values())


def _separate(mention: Mention) -> bool:
    """"a separate airstrike", "a second blast", "an earlier attack": explicitly a new incident."""
    return any(c.lower_ in ("separate", "second", "third", "new", "earlier", "previous")
               for c in mention.token.children if c.dep_ in ("det", "amod"))


def _another(mention: Mention) -> bool:
    """"another attack": a new incident, or the latest of a series (then the same figures tell it)."""
    return any(c.lower_ == "another" for c in mention.token.children if c.dep_ == "det")


def _named_alike(event: Event, mention: Mention) -> bool:
    """Whether an event was named with the same word in the same number, not long before ("an
    attack" ... "the attack"; not "the attacks" pages later)."""
    plural = mention.token.tag_ in ("NNS", "NNPS")
    return any(m.entry.head == mention.entry.head and (m.token.tag_ in ("NNS", "NNPS")) == plural
               and mention.unit.paragraph - m.unit.paragraph <= RECALL_PARAGRAPHS for m in event.mentions)


def _definite(mention: Mention) -> bool:
    """"the attack", "their attack": a noun that refers back, best to the event named alike."""
    return mention.token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and c.lower_ not in cue("indefinite") for c in mention.token.children)


def _indefinite(mention: Mention) -> bool:
    token = mention.token
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "det" and c.lower_ in cue("indefinite") or c.dep_ == "nummod" for c in token.children)


def _classes(event: Event) -> set[str]:
    """The kinds of action the event's mentions name, besides unspecific attacks."""
    return {"battle" if action_class(m) == "territory" else action_class(m) for m in event.mentions} - {"generic"}


def _same_action(earlier: Event, later: Event) -> bool:
    """Whether two events may be the same kind of action (a shelling is not a ground clash)."""
    first, second = _classes(earlier), _classes(later)
    return not first or not second or bool(first & second)


def _affinity(earlier: Event, later: Event) -> int:
    """How much two events share: parties (named or generic), trigger words, a kind of action."""
    names = [{a.name for group in e.roles() for a in group if not a.target} for e in (earlier, later)]
    lemmas = [{m.lemma for m in e.mentions if not m.weak} for e in (earlier, later)]
    classes = [_classes(e) for e in (earlier, later)]
    return len(names[0] & names[1]) + len(lemmas[0] & lemmas[1]) + (classes[0] == classes[1] != set())


def _after(value: str | None, bound: str | None) -> bool:
    """Whether a day (YYYY-MM-DD) comes after another day; False when either is not a day."""
    days = [v[:10] for v in (value, bound) if v and len(v) >= 10 and v[4] == "-" and "W" not in v]
    return len(days) == 2 and days[0] > days[1]


def _near_year(value: str, year: int) -> bool:
    """Whether a date value lies in `year` or the year before (a date with no year digits counts)."""
    return not value[:4].isdigit() or int(value[:4]) in (year - 1, year)


def specific_names(event: Event) -> set[str]:
    """The named parties of an event; a state and its forces count as one ("Armenia", its army)."""
    actors, recipients = event.roles()
    return {f"state {a.country}" if a.country and a.sector in ("GOV", "MIL", "COP") else a.name
            for a in actors + recipients if not a.generic and not a.target}


class Merger:
    """Cross-sentence merging, with the linker for dates and places."""

    def __init__(self, linker: Linker) -> None:
        self.linker = linker

    def _textual_date(self, event: Event) -> str | None:
        for mention in event.ordered:
            item = self.linker.textual_date(mention)
            if item is not None:
                return item["value"]
        return None

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

    def can_merge(self, earlier: Event, later: Event) -> bool:
        if earlier.modality != later.modality:
            return False
        if later.fresh or _separate(later.rep):
            return False
        if (_indefinite(later.rep) and not later.weak_only or _another(later.rep)) and \
                not self._corroborated(earlier, later):
            return False
        if not self._dates_agree(earlier, later):
            return False
        if not places_compatible(self._own_place(earlier), self._own_place(later)):
            return False
        first, second = specific_names(earlier), specific_names(later)
        return not first or not second or bool(first & second)

    def _dates_agree(self, earlier: Event, later: Event) -> bool:
        """Whether the two events' dates may be one day: the dates the text gives them (see
        `dates_compatible`); neither happened after the other was already reported ("residents said on
        Monday that gunmen attacked" is not Wednesday's bombing); and an event the text leaves
        undated (dated by the dateline) is not one the text dates years before ("a civil war in 1992")."""
        dates = [self._textual_date(e) for e in (earlier, later)]
        if not dates_compatible(*dates):
            return False
        reports = [self.linker.report_date(e.rep) for e in (earlier, later)]
        if _after(dates[0], reports[1]) or _after(dates[1], reports[0]):
            return False
        reference, known = self.linker.reference, dates[0] or dates[1]
        return None not in dates or not known or reference is None or _near_year(known, reference.year)

    def _corroborated(self, earlier: Event, later: Event) -> bool:
        """Whether a mention with "a"/"an" still tells the same incident: the same death toll,
        a common named actor or target, or the same place."""
        tolls = [{c.count for m in e.mentions for c in m.casualties if c.kind == "killed" and c.count}
                 for e in (earlier, later)]
        places = [self._own_place(e) for e in (earlier, later)]
        same_place = all(places) and place_key(places[0]["name"]) == place_key(places[1]["name"])
        targets = [{r.text.split()[-1].lower() for r in e.roles()[1] if r.target} for e in (earlier, later)]
        return bool(tolls[0] & tolls[1]) or bool(specific_names(earlier) & specific_names(later)) or same_place \
            or bool(targets[0] & targets[1])

    def merge(self, events: list[Event]) -> list[Event]:
        """Each event joins the latest earlier event of its kind when they can be one incident."""
        merged: list[Event] = []
        for event in events:
            candidates = [e for e in reversed(merged[-MERGE_WINDOW:]) if self._same_kind(e, event)
                          and _same_action(e, event) and event.rep.unit not in {m.unit for m in e.mentions}]
            if _definite(event.rep):  # "the raid" looks past what was only feared or denied
                candidates = [e for e in candidates if e.modality == event.modality]
            target = self._target(candidates, event)
            if target is not None:
                target.mentions.extend(event.mentions)
            else:
                merged.append(event)
        return merged

    def _target(self, candidates: list[Event], event: Event) -> Event | None:
        """The event a later one joins: the one named alike ("the attack"), else the latest of its
        kind; of the events first told in the same sentence that it can join, the one sharing most
        with it; else the latest with the same scene."""
        if _definite(event.rep):
            named_alike = [e for e in candidates if _named_alike(e, event.rep) and self.can_merge(e, event)]
            if named_alike:
                return named_alike[0]
        if not candidates:
            return None
        latest = [e for e in candidates if e.rep.unit is candidates[0].rep.unit and self.can_merge(e, event)]
        if latest:
            return max(latest, key=lambda e: _affinity(e, event))  # of equals the latest: candidates run backwards
        return next((e for e in candidates if self._same_scene(e, event) and self.can_merge(e, event)), None)

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
            return _family(earlier.rep) in ("ASSAULT", "OTHER")
        return _family(earlier.rep) == _family(later.rep)

