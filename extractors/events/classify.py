"""EventLabels of an event: PLOVER type and mode, ACLED event_type and sub_event_type, from the
decision table data/typing_table.tsv. Code here states the facts the table's conditions name
(who acted on whom, which cues are around the trigger, what was seized) and walks the table;
which fact leads to which label is data, each row tested by its own example sentence."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from article2json.extractors.events.lexicon import (WEAPON_CUES, LemmaText, TriggerEntry, cue, data_lines, has_cue,
                                                    singular, trigger_lexicon, typing_words)
from article2json.extractors.events.victims import is_person_word, terms as casualty_terms

ARMED = {"MIL", "REB", "UAF", "COP", "SPY", "CRM"}
STATE = {"MIL", "COP", "GOV", "SPY"}
REBELS = {"REB", "UAF"}
PARTISAN_SECTORS = {"PTY", "OPP"}
CROWDS = {"Protesters", "Rioters", "Mob", "Crowd"}
DEMONSTRATORS = {"Protesters", "Rioters"}
CIVILIAN_GROUPS = {"CVL", "EDU", "LAB", "BUS", "AGR", "PTY", "OPP", "REL"}
SD = "Strategic developments"
HEAVY_WEAPONS = {"air", "drone", "shelling"}  # weapon cue categories: a "strike" with these is no labour strike
# What an analyst's label opening a report names (cue categories label_*): ACLED sub-event type and the
# PLOVER type and mode of such an event (None: the event's own).
LABELS = {"label_movement": (SD, "Change to group/activity", "MOBILIZE", None),
          "label_destruction": (SD, "Looting/property destruction", "ASSAULT", "destroy"),
          "label_weapons": (SD, "Disrupted weapons use", "COERCE", "confiscate"),
          "label_arrests": (SD, "Arrests", "COERCE", "arrest"),
          "label_agreement": (SD, "Agreement", "AGREE", None),
          "label_base": (SD, "Headquarters or base established", "MOBILIZE", None),
          "label_other": (SD, "Other", None, None)}
LABEL_LENGTH = 8  # tokens a label may take before its colon


@dataclass(frozen=True)
class EventLabels:
    """The typing of an event; `rule`: the table row that gave it ("group/row"), if any."""

    plover: str
    mode: str | None
    acled_type: str | None
    acled_sub: str | None
    rule: str | None = None

    def acled(self) -> dict | None:
        if self.acled_type is None:
            return None
        return {"event_type": self.acled_type, "sub_event_type": self.acled_sub}


@dataclass
class Context:
    """What typing looks at: the trigger entry and lemma, the words near the trigger (`near`:
    its own phrase), around it (`around`: its sentences) and in the whole article (`document`),
    the actors and recipients, whether anyone was killed (or `hurt`: killed or wounded), whether a
    protest is mentioned around (then a state action is an intervention in it), whether the trigger
    is passive, whether it only describes a noun (`modifier`: "protesters demanding elections"),
    the near and around words without the target of a harming verb nor other attacks' phrases
    (`means`), where weapons are looked for, the around words without a protest's grievance nor the
    acts the text denies ("no one had been detained") (`response`), where an intervention is looked for,
    and the representative trigger's own phrase (`own`), where what was seized is looked for, the
    common nouns it took as objects (`taken`: "seize his keys"), and the fighting sides of the dead
    (`dead_sides`: a police officer and seven gang members), and the actors of its takings of ground
    (`takers`)."""

    entry: TriggerEntry
    lemma: str
    near: LemmaText
    around: LemmaText
    document: LemmaText
    actors: list
    recipients: list
    killed: bool
    protest_nearby: bool = False
    passive: bool = False
    hurt: bool = False
    modifier: bool = False
    means: tuple[LemmaText, LemmaText] | None = None  # near and around without what was hit ("attacked a tank")
    response: LemmaText | None = None  # around without a protest's grievance ("demanding release of those detained")
    # nor the acts denied ("no one had been detained")
    own: LemmaText | None = None  # the representative trigger's own phrase ("recaptured the town", not the
    # "weapons were seized" told with it)
    taken: frozenset[str] = frozenset()  # the lemmas of the common nouns the trigger took as objects ("keys")
    dead_sides: frozenset[str] = frozenset()  # the fighting sides among the dead ("state forces", "armed group")
    takers: tuple = ()  # the actors of the event's takings of ground ("its forces had 'liberated' the town")


@dataclass(frozen=True)
class Row:
    """One row of the typing table: conditions (each a tuple of alternatives (negated, fact)) and
    the outcome cells; `example` is a sentence in which this row types the main event."""

    group: str
    name: str
    conditions: tuple[tuple[tuple[bool, str], ...], ...]
    plover: str
    mode: str
    acled_type: str
    acled_sub: str
    example: str


@lru_cache(maxsize=1)
def typing_table() -> dict[str, tuple[Row, ...]]:
    """The rows of data/typing_table.tsv by group, in order."""
    groups: dict[str, list[Row]] = {}
    for group, name, when, plover, mode, acled_type, acled_sub, example in data_lines("typing_table.tsv"):
        conditions = () if when == "-" else tuple(
            tuple((alternative.startswith("!"), alternative.lstrip("!")) for alternative in token.split("|"))
            for token in when.split())
        groups.setdefault(group, []).append(Row(group, name, conditions, plover, mode, acled_type, acled_sub, example))
    return {group: tuple(rows) for group, rows in groups.items()}


@lru_cache(maxsize=1)
def weapon_typing() -> dict[str, tuple[str, str | None]]:
    """Weapon cue category -> (PLOVER mode, explosion sub-event type or None)."""
    return {weapon: (mode, None if sub == "-" else sub) for weapon, mode, sub in data_lines("typing_weapons.tsv")}


TERRITORY = typing_words()["territory"]


def label_colon(doc):
    """The colon after the first words of a text ("Arrests: ..."), where an opening label would end."""
    tokens = [t for t in doc[:LABEL_LENGTH] if not t.is_space]
    colon = next((t for t in tokens if t.text == ":"), None)
    return colon if colon is not None and colon is not tokens[0] else None


def opening_label(doc) -> str | None:
    """The label category of a text that opens with one ("Movement of forces: ...", "Arrests: ...")."""
    colon = label_colon(doc)
    if colon is None:
        return None
    first = next(t for t in doc if not t.is_space)
    label = doc[first.i:colon.i].text.strip().lower()
    return next((category for category in LABELS if label in cue(category)), None)


def relabel(typing: EventLabels, label: str) -> EventLabels:
    """The typing of an event its report's label names: the label's ACLED type, and its PLOVER
    type unless the label leaves that to the event ("Non-violent activity")."""
    acled_type, sub, plover, mode = LABELS[label]
    if plover is None:
        return EventLabels(typing.plover, typing.mode, acled_type, sub)
    return EventLabels(plover, mode if typing.plover != plover else typing.mode or mode, acled_type, sub)


def weapon_of(context: Context) -> str | None:
    """The weapon category named near the trigger, else (when the lexicon leaves the typing to
    the context) around it."""
    near, around = context.means or (context.near, context.around)
    scopes = (near, around) if context.entry.from_context else (near,)
    for words in scopes:
        found = next((c for c in WEAPON_CUES if has_cue(c, words)), None)
        if found is not None:
            return found
    return None


def has_cue_word(words: LemmaText, word: str) -> bool:
    return words.contains(word) or words.contains(word + "s")


def _sectors(parties: list) -> set:
    return {p.sector for p in parties if p.sector}


def _names(parties: list) -> set:
    return {p.name for p in parties}


def _armed_sectors(parties: list) -> set:
    """The sectors of the parties, an armed one for people the dictionary left without a sector
    but whose words say they bear arms ("2 police reservists", "an armed person", "one militiaman")."""
    return {p.sector if p.sector else "UAF" for p in parties
            if p.sector or set(p.text.lower().replace("-", " ").split()) & cue("armed_people")}


def _crowd_actors(context: Context) -> bool:
    """The actors are a crowd of civilians (protesters, residents, youths, traders), with at most
    people of it told after it without a group ("a crowd attacked homes ... young men threw stones";
    not "ten men stormed the house ... neighbours caught one of them") and
    state forces that broke it up (tear gas, dispersal): their violence is rioting."""
    crowd = [a for a in context.actors if a.sector in CIVILIAN_GROUPS and a.generic and not a.target]
    led = bool(crowd) and min(context.actors, key=lambda a: a.start) in crowd  # the crowd named first
    others = [a for a in context.actors if a not in crowd and not (led and a.sector == "UNK" and a.generic)]
    return bool(crowd) and (not others or all(a.sector in STATE for a in others)
                            and has_cue("intervention", context.around))


def _intervenes(context: Context, weapon: str | None) -> bool:
    """State forces act on a protest mentioned nearby (arrests, tear gas, shooting), not by
    shelling nor by a measure (a curfew), and a fight is one of the police or the crowd, not two groups clashing at a rally."""
    entry = context.entry
    return context.protest_nearby and entry.plover in ("ASSAULT", "COERCE") and \
        not _sectors(context.actors) - STATE and entry.mode not in ("abduct", "destroy") and \
        entry.mode not in cue("measure_mode") and \
        (entry.plover == "COERCE" or weapon != "shelling") and \
        (entry.acled_type != "Battles" or _crowd_or_police_fight(context))


def _crowd_or_police_fight(context: Context) -> bool:
    parties = context.actors + context.recipients
    return bool(_sectors(parties) & STATE or _names(parties) & CROWDS) or \
        any(has_cue_word(context.around, word) for word in typing_words()["crowd_or_police"])


def _place_like(target) -> bool:
    """A target that is a place (a name, a base, a town), not goods ("seized his keys")."""
    words = set(target.text.lower().split())
    words |= {singular(word) for word in words}  # "rebel camps"
    return not target.target or target.text[:1].isupper() or target.sector in ("MIL", "COP") or \
        bool(words & cue("place_noun"))


def _people_taken(context: Context) -> bool:
    """What was seized are people: a recipient that is neither a unit of forces nor a target (a
    person named by an agent noun of no sector too: "seized an opposition organiser", not "captured
    more MNDAA posts")."""
    return any(not r.target for r in context.recipients if r.sector not in (None, "MIL", "COP") or not r.generic
               or r.sector is None and is_person_word(r.text.split()[-1]))


@lru_cache(maxsize=1)
def _abduction_words() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word abduction triggers of the lexicon ("abduct", "kidnap"), and the words that
    tell a death (the casualty lexicon's verbs and states of the kind "killed")."""
    abduct = frozenset(entry.head for entries in trigger_lexicon().values() for entry in entries
                       if entry.mode == "abduct" and len(entry.words) == 1)
    lexicon = casualty_terms()
    kill = frozenset(word for part in ("transitive", "intransitive", "states")
                     for word, kind in lexicon[part].items() if kind == "killed")
    return abduct, kill


def _abducts_civilians(context: Context) -> bool:
    """An attack, raid or storming of civilians by non-state actors told as the taking of people in
    its own words ("stormed a school and abducted 25 pupils"), without a death there ("attacked the
    village, killed 30 and abducted five" is an attack) and without police or soldiers among its
    targets (taking soldiers in a fight is part of the battle)."""
    abduct, kill = _abduction_words()
    recipients = _sectors(context.recipients)
    return bool(recipients & CIVILIAN_GROUPS) and not recipients & {"MIL", "COP"} and \
        not _sectors(context.actors) & STATE and not context.near.words.isdisjoint(abduct) and \
        context.near.words.isdisjoint(kill)


def _armed_sides(context: Context) -> bool:
    """Armed people on both sides: armed recipients of armed actors, armed recipients (not
    criminals) of non-state actors, or state forces fighting another armed group ("gunmen
    attacked ..., police fought them off"); a state named as the attacker of armed men ("Ukraine
    attacked DPR positions") attacks with its forces."""
    actors, recipients = _sectors(context.actors), _armed_sectors(context.recipients)
    if recipients & ARMED and "GOV" in actors:  # a state fighting armed men does so with its forces
        actors = actors - {"GOV"} | {"MIL"}
    return bool(recipients & ARMED and not actors - ARMED or recipients & ARMED - {"CRM"} and not actors & STATE
                or actors & STATE & ARMED and actors & (ARMED - STATE))


def _party_facts(context: Context) -> dict[str, bool]:
    """Facts about both sides of a fight: armed parties (state or not), civilian groups, partisans."""
    armed = (_armed_sectors(context.actors) | _armed_sectors(context.recipients)) & ARMED
    sectors = _sectors(context.actors + context.recipients)
    return {"armed_party": bool(armed), "armed_state_party": bool(armed & STATE),
            "armed_nonstate_party": bool(armed - STATE), "civilian_party": bool(sectors & CIVILIAN_GROUPS),
            "partisan": has_cue("partisan", context.around) or bool(sectors & PARTISAN_SECTORS)}


class Facts:
    """The facts the typing table's conditions name, of one event (named facts computed on first use)."""

    NAMED: dict[str, Callable[["Facts"], bool]] = {
        "armed_actor": lambda f: bool(_sectors(f.context.actors) & ARMED),
        "state_actor": lambda f: bool(_sectors(f.context.actors) & STATE),
        "nonstate_actor": lambda f: bool(_sectors(f.context.actors) - STATE),
        "rebel_actor": lambda f: bool(_sectors(f.context.actors) & REBELS),
        "rebel_taker": lambda f: bool(_sectors(f.context.takers) & REBELS),
        "partisan_actor": lambda f: bool(_sectors(f.context.actors) & PARTISAN_SECTORS),
        "no_actor": lambda f: not f.context.actors,
        "no_sector_actor": lambda f: not _sectors(f.context.actors),
        "no_recipient": lambda f: not f.context.recipients,
        "mob_actor": lambda f: "Mob" in _names(f.context.actors),
        "demonstrator_actor": lambda f: bool(_names(f.context.actors) & DEMONSTRATORS),
        "state_recipient": lambda f: bool(_sectors(f.context.recipients) & STATE),
        "crowd_recipient": lambda f: bool(_names(f.context.recipients) & CROWDS),
        "crowd_actors": lambda f: _crowd_actors(f.context),
        "intervened": lambda f: has_cue("intervention", f.context.response or f.context.around),
        "clashed": lambda f: has_cue("clash_word", f.context.response or f.context.around),
        "protest_around": lambda f: f.context.protest_nearby,
        "weapon": lambda f: f.weapon is not None,
        "heavy_weapon": lambda f: f.weapon in HEAVY_WEAPONS,
        "explosive_weapon": lambda f: f.weapon is not None and weapon_typing()[f.weapon][1] is not None,
        "killed": lambda f: f.context.killed,
        "dead_on_both_sides": lambda f: {"state forces", "armed group"} <= f.context.dead_sides,
        "hurt": lambda f: f.context.hurt,
        "passive": lambda f: f.context.passive,
        "modifier": lambda f: f.context.modifier,
        "intervenes": lambda f: _intervenes(f.context, f.weapon),
        "gunfire": lambda f: has_cue("firearms", f.context.around) and not has_cue("crowd", f.context.around),
        "communal_battle": lambda f: has_cue("communal", f.context.around) and has_cue("battle", f.context.around),
        "seizes_arms": lambda f: any(has_cue_word(f.context.own or f.context.near, w) for w in typing_words()["seized"]),
        "place_object": lambda f: f.context.own is not None and has_cue("place_noun", f.context.own),
        "road_object": lambda f: f.context.own is not None and has_cue("object_road", f.context.own),
        "people_taken": lambda f: _people_taken(f.context),
        "goods_taken": lambda f: bool(f.context.recipients) and not any(map(_place_like, f.context.recipients))
        or not f.context.recipients and not f.context.taken.isdisjoint(cue("goods_noun")),
        "arrest_word": lambda f: any(has_cue_word(f.context.around, w) for w in typing_words()["arrest"]),
        "settlement_recipient": lambda f: any(r.text.split()[-1].lower() in typing_words()["settlement"]
                                              for r in f.context.recipients if r.text.split()),
        "armed_sides": lambda f: _armed_sides(f.context),
        "abducts_civilians": lambda f: _abducts_civilians(f.context),
        "unarmed_no_target": lambda f: f.weapon is None and not f.context.recipients and
        not _armed_sectors(f.context.actors) & ARMED,
    }

    def __init__(self, context: Context) -> None:
        self.context = context
        self.weapon = weapon_of(context)
        self.known: dict[str, bool] = {}

    def holds(self, fact: str) -> bool:
        if fact not in self.known:
            self.known[fact] = self._compute(fact)
        return self.known[fact]

    VALUED: dict[str, Callable[["Facts", str], bool]] = {  # facts "kind:value"
        "plover": lambda f, value: f.context.entry.plover == value,
        "mode": lambda f, value: f.context.entry.mode == value,
        "kind": lambda f, value: f.context.entry.kind == value,
        "pos": lambda f, value: f.context.entry.pos == value,
        "type": lambda f, value: _type_word(f.context.entry.acled_type) == value,
        "lemma": lambda f, value: f.context.lemma in typing_words()[value],
        "cue": lambda f, value: has_cue(value, f.context.around),
        "near": lambda f, value: has_cue(value, f.context.near),
        "doc": lambda f, value: has_cue(value, f.context.document),
        "weapon": lambda f, value: f.weapon == value,
    }

    def _compute(self, fact: str) -> bool:
        kind, _, value = fact.partition(":")
        if not value:
            named = self.NAMED.get(fact)
            return named(self) if named else _party_facts(self.context)[fact]
        return self.VALUED[kind](self, value)

    def value(self, cell: str, column: str, carried: str | None) -> str | None:
        """An outcome cell's value: the first of its `|` alternatives that is not none."""
        for alternative in cell.split("|"):
            found = {"-": None, "^": carried, "=": getattr(self.context.entry, column, None),
                     "weapon": self._weapon_value(column)}.get(alternative, alternative)
            if found is not None:
                return found
        return None

    def _weapon_value(self, column: str) -> str | None:
        if self.weapon is None:
            return None
        mode, explosion = weapon_typing()[self.weapon]
        return mode if column == "mode" else explosion


def _type_word(acled_type: str | None) -> str | None:
    """The first word of an ACLED type ("Explosions" of "Explosions/Remote violence"; "context" for *)."""
    if acled_type is None:
        return None
    return "context" if acled_type == "*" else acled_type.replace("/", " ").split()[0]


COLUMNS = ("plover", "mode", "acled_type", "acled_sub")


def _conditions_hold(row: Row, facts: Facts) -> bool:
    """Whether every condition of `row` has an alternative that holds (loops, not generators:
    this runs for every row tried for every event)."""
    for alternatives in row.conditions:
        for negated, fact in alternatives:
            if facts.holds(fact) != negated:
                break
        else:
            return False
    return True


def _walk(group: str, facts: Facts, carried: str | None) -> EventLabels | None:
    """The labels of the first row of `group` whose conditions hold (None: the group is left)."""
    for row in typing_table()[group]:
        if not _conditions_hold(row, facts):
            continue
        if row.plover == "..":
            return None
        if row.plover.startswith("@"):
            found = _walk(row.plover[1:], facts, facts.value(row.mode, "mode", carried))
            if found is not None:
                return found
            continue
        cells = (row.plover, row.mode, row.acled_type, row.acled_sub)
        return EventLabels(*(facts.value(c, column, carried) for c, column in zip(cells, COLUMNS)),
                           rule=f"{group}/{row.name}")
    return None


def classify(context: Context) -> EventLabels:
    """The typing of one event: the first row of the table's `main` group that holds."""
    return _walk("main", Facts(context), None)
