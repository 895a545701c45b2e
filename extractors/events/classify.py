"""EventLabels of an event: PLOVER type and mode, ACLED event_type and sub_event_type, from its
strongest trigger and the context: weapon words (jets bombing -> Air/drone strike, a planted
device -> Remote explosive/landmine/IED), actors and targets (militants attacking soldiers ->
Battles/Armed clash, gunmen killing villagers -> Violence against civilians/Attack), protest
cues (tear gas, barricades) and accident words (a gas explosion is not an attack)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from article2json.extractors.events.lexicon import WEAPON_CUES, LemmaText, TriggerEntry, cue, has_cue, trigger_lexicon
from article2json.extractors.events.victims import terms as casualty_terms

EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
SD = "Strategic developments"
ARMED = {"MIL", "REB", "UAF", "COP", "SPY", "CRM"}
STATE = {"MIL", "COP", "GOV", "SPY"}
CROWDS = {"Protesters", "Rioters", "Mob"}
DEMONSTRATORS = {"Protesters", "Rioters"}
CROWD_OR_POLICE = {"police", "policeman", "riot", "rioter", "protester", "demonstrator", "protestor"}
CIVILIAN_GROUPS = {"CVL", "EDU", "LAB", "BUS", "AGR", "PTY", "OPP", "REL"}
WEAPON_MODES = {"suicide": "suicide-attack", "chemical": "unconventional", "air": "aerial", "drone": "drone",
                "shelling": "heavy-weapons", "grenade": "explosives", "ied": "explosives",
                "crowd": "crowd-control", "primitive": "primitive", "firearms": "firearms"}
EXPLOSION_SUBTYPES = {"suicide": "Suicide bomb", "chemical": "Chemical weapon", "air": "Air/drone strike",
                      "drone": "Air/drone strike", "shelling": "Shelling/artillery/missile attack",
                      "grenade": "Grenade", "ied": "Remote explosive/landmine/IED"}
TERRITORY = {"capture", "seize", "overrun", "take", "occupy", "recapture", "retake", "retook", "regain", "liberate",
             "overtake"}
REGAIN = {"recapture", "retake", "retook", "regain", "liberate"}
PLACES_ONLY = REGAIN | {"overrun", "occupy", "overtake"}  # what is retaken or overrun is a place, not people
ACCIDENT_PRONE = {"explosion", "blast", "explode"}
SEIZED_THINGS = {"weapon", "arm", "ammunition", "gun", "rifle", "explosive", "drug", "bomb", "cache"}
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
    plover: str
    mode: str | None
    acled_type: str | None
    acled_sub: str | None

    def acled(self) -> dict | None:
        if self.acled_type is None:
            return None
        return {"event_type": self.acled_type, "sub_event_type": self.acled_sub}


@dataclass
class Context:
    """What typing looks at: the trigger entry and lemma, the words near the trigger (`near`:
    its own phrase), around it (`around`: its sentences) and in the whole article (`document`),
    the actors and recipients, whether anyone was killed (or `hurt`: killed or wounded), and
    whether a protest is mentioned around (then a state action is an intervention in it)."""

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
    scopes = (context.near, context.around) if context.entry.from_context else (context.near,)
    for words in scopes:
        found = next((c for c in WEAPON_CUES if has_cue(c, words)), None)
        if found is not None:
            return found
    return None


def _sectors(actors: list) -> set:
    return {a.sector for a in actors if a.sector}


def _names(actors: list) -> set:
    return {a.name for a in actors}


def _armed_sectors(actors: list) -> set:
    """The sectors of the actors, an armed one for people the dictionary left without a sector
    but whose words say they bear arms ("2 police reservists", "an armed person", "one militiaman")."""
    return {a.sector if a.sector else "UAF" for a in actors
            if a.sector or set(a.text.lower().replace("-", " ").split()) & cue("armed_people")}


def _crowd_actors(context: Context) -> bool:
    """Whether the actors are a crowd of civilians (protesters, rioters, residents, youths,
    students, traders), with at most state forces that broke it up (tear gas, dispersal): their
    violence is rioting."""
    crowd = [a for a in context.actors if a.sector in CIVILIAN_GROUPS and a.generic and not a.target]
    others = [a for a in context.actors if a not in crowd]
    return bool(crowd) and (not others or all(a.sector in STATE for a in others)
                            and has_cue("intervention", context.around))


def _riot_typing(context: Context, mode: str | None) -> EventLabels:
    """Violence by a crowd: by demonstrators or against the state (police, officials) a violent
    demonstration; people killed in ethnic, communal or election violence (not mob justice on a
    suspect) an attack by an informal armed group; else mob violence."""
    if (_sectors(context.recipients) & STATE or _names(context.actors) & DEMONSTRATORS) and \
            "Mob" not in _names(context.actors):
        return EventLabels("PROTEST", "riot", "Riots", "Violent demonstration")
    if context.killed and has_cue("strife", context.around) and not has_cue("mob_justice", context.around):
        return EventLabels("ASSAULT", mode, VAC, "Attack")
    return EventLabels("ASSAULT", mode, "Riots", "Mob violence")


def _protest_typing(context: Context, mode: str | None) -> EventLabels:
    entry, around = context.entry, context.around
    if "Mob" in _names(context.actors):
        return EventLabels("PROTEST", "riot", "Riots", "Mob violence")
    if entry.mode == "riot" or entry.acled_type == "Riots" or has_cue("violent", around):
        return EventLabels("PROTEST", entry.mode if entry.mode != "demo" else "riot", "Riots", "Violent demonstration")
    if has_cue("intervention", around):
        sub = "Excessive force against protesters" if context.killed else "Protest with intervention"
        return EventLabels("PROTEST", mode or entry.mode, "Protests", sub)
    return EventLabels("PROTEST", mode or entry.mode, "Protests", "Peaceful protest")


def _crowd_control_typing(context: Context) -> EventLabels:
    """Force against a crowd: a violent crowd, or one that fought ("police battled protesters"),
    makes it a riot; killing or shooting peaceful protesters is excessive force; else the protest
    had an intervention."""
    fought = has_cue("violent", context.around) or context.entry.acled_type == "Battles"
    if fought and not _sectors(context.actors) - STATE:
        return EventLabels("ASSAULT", "crowd-control", "Riots", "Violent demonstration")
    if context.killed or has_cue("firearms", context.around) and not has_cue("crowd", context.around):
        return EventLabels("ASSAULT", "crowd-control", "Protests", "Excessive force against protesters")
    return EventLabels("ASSAULT", "crowd-control", "Protests", "Protest with intervention")


def _intervention_typing(context: Context, mode: str | None) -> EventLabels:
    """A state action against a protest (arrests, tear gas, shooting): ACLED codes the protest
    with intervention, or excessive force when protesters were killed."""
    typing = _crowd_control_typing(context)
    if context.entry.plover == "COERCE":
        return EventLabels("COERCE", context.entry.mode, typing.acled_type, typing.acled_sub)
    return EventLabels("ASSAULT", mode or typing.mode, typing.acled_type, typing.acled_sub)


def _territory_typing(context: Context) -> EventLabels:
    """Capture and seizure: of a place (territory, taken without a fight or by force), of people
    (arrest, abduction), of weapons (disrupted weapons use) or of goods."""
    actors, recipients = _sectors(context.actors), context.recipients
    if _seizes_arms(context):
        return EventLabels("COERCE", "confiscate", SD, "Disrupted weapons use")
    if context.lemma not in PLACES_ONLY and any(
            not r.target for r in recipients if r.sector not in (None, "MIL", "COP") or not r.generic):
        if actors & STATE:
            return EventLabels("COERCE", "arrest", SD, "Arrests")
        return EventLabels("ASSAULT", "abduct", VAC, "Abduction/forced disappearance")
    if not recipients and context.passive:  # "120 were killed and 12 captured": people
        return EventLabels("COERCE", "arrest", SD, "Arrests") if actors & STATE or not actors else \
            EventLabels("ASSAULT", "abduct", VAC, "Abduction/forced disappearance")
    if recipients and not any(_place_like(r) for r in recipients):
        if actors & STATE:
            return EventLabels("COERCE", "confiscate", SD, "Other")
        return EventLabels("ASSAULT", "destroy", SD, "Looting/property destruction")
    if has_cue("nonviolent", context.around):
        return EventLabels("ASSAULT", None, SD, "Non-violent transfer of territory")
    if context.lemma in REGAIN and not actors & {"REB", "UAF"} or actors & STATE:
        return EventLabels("ASSAULT", None, "Battles", "Government regains territory")
    return EventLabels("ASSAULT", None, "Battles", "Non-state actor overtakes territory")


def _seizes_arms(context: Context) -> bool:
    """Whether a seizure takes weapons, ammunition or drugs ("seized explosives")."""
    return any(has_cue_word(context.near, thing) for thing in SEIZED_THINGS)


def _place_like(target) -> bool:
    """A target that is a place (a name, a base, a town), not goods ("seized his keys")."""
    words = set(target.text.lower().split())
    return not target.target or target.text[:1].isupper() or target.sector in ("MIL", "COP") or \
        bool(words & cue("place_noun"))


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
    """Whether an attack, raid or storming of civilians by non-state actors is told as the taking
    of people in its own words ("stormed a school and abducted 25 pupils"), without a death there
    ("attacked the village, killed 30 and abducted five" is an attack) and without police or
    soldiers among its targets (taking soldiers in a fight is part of the battle)."""
    abduct, kill = _abduction_words()
    recipients = _sectors(context.recipients)
    return bool(recipients & CIVILIAN_GROUPS) and not recipients & {"MIL", "COP"} and \
        not _sectors(context.actors) & STATE and not context.near.words.isdisjoint(abduct) and \
        context.near.words.isdisjoint(kill)


def _crowd_or_police_fight(context: Context) -> bool:
    """Whether a fight near a protest is one of the police or of the crowd, not of two groups
    clashing at a rally."""
    parties = context.actors + context.recipients
    return bool(_sectors(parties) & STATE or _names(parties) & CROWDS) or \
        any(has_cue_word(context.around, word) for word in CROWD_OR_POLICE)


def has_cue_word(words: LemmaText, word: str) -> bool:
    return words.contains(word) or words.contains(word + "s")


def _clash_typing(context: Context, mode: str | None) -> EventLabels | None:
    """Fighting between groups: communities, clans or ethnic militias fight battles, and so do
    groups firing guns or said to be armed; party supporters, students or fans without arms riot,
    and so do civilians fighting the police; other groups fighting to the death fight battles."""
    armed = (_armed_sectors(context.actors) | _armed_sectors(context.recipients)) & ARMED
    sectors = _sectors(context.actors + context.recipients)
    partisan = has_cue("partisan", context.around) or bool(sectors & {"PTY", "OPP"})
    if has_cue("communal", context.around) or context.killed and not armed & STATE and not partisan:
        return EventLabels("ASSAULT", mode, "Battles", "Armed clash")
    if not armed & STATE and (has_cue("firearms", context.around) or has_cue("armed", context.around)):
        return EventLabels("ASSAULT", mode or "firearms", "Battles", "Armed clash")  # groups firing guns at each other
    if _crowd_actors(context):
        return _riot_typing(context, mode)
    if has_cue("armed", context.around) or not armed <= STATE:
        return None
    if armed and sectors & CIVILIAN_GROUPS or not armed and partisan:
        return EventLabels("ASSAULT", mode, "Riots", "Mob violence")
    return None


def _communal_battle(context: Context) -> bool:
    """Whether the event is part of fighting between communities, clans or ethnic groups."""
    return has_cue("communal", context.around) and has_cue("battle", context.around)


def _violence_typing(context: Context, mode: str | None) -> EventLabels:
    """Battles, violence against civilians, riots or protest interventions, from who hit whom; a
    raid by state forces that hurt nobody is a security operation."""
    actors, recipients = _sectors(context.actors), _armed_sectors(context.recipients)
    if _communal_battle(context):
        return EventLabels("ASSAULT", mode, "Battles", "Armed clash")
    if _crowd_actors(context):
        return _riot_typing(context, mode)
    if _names(context.recipients) & CROWDS and (actors & STATE or not actors):
        return _crowd_control_typing(context)
    if context.lemma == "raid" and actors & STATE and not context.hurt:
        sub = "Arrests" if has_cue_word(context.around, "arrest") or has_cue_word(context.around, "detain") else "Other"
        return EventLabels("COERCE", None, SD, sub)
    if recipients & ARMED and not actors - ARMED or recipients & ARMED - {"CRM"} and not actors & STATE or \
            actors & STATE & ARMED and actors & (ARMED - STATE):  # "gunmen attacked ..., police fought them off"
        return EventLabels("ASSAULT", mode, "Battles", "Armed clash")
    return EventLabels("ASSAULT", mode, VAC, "Attack")


def _labour_strike(context: Context, weapon: str | None) -> bool:
    """Whether "strike" is a stoppage of work: the noun, or the verb without a target, weapon or
    armed subject ("dockworkers strike over pensions"), with work words around it (or in the
    article, when the noun names no striker or the verb's are unarmed)."""
    at_work = has_cue("labor", context.around)
    if context.entry.pos == "NOUN":
        return weapon not in ("air", "drone", "shelling") and (
            at_work or has_cue("labor", context.document) and not context.actors)
    unarmed = weapon is None and not context.recipients and not _armed_sectors(context.actors) & ARMED
    return unarmed and (at_work or has_cue("labor", context.document))


def classify(context: Context) -> EventLabels:
    """The typing of one event."""
    entry, lemma = context.entry, context.lemma
    weapon = weapon_of(context)
    mode = WEAPON_MODES.get(weapon) if weapon else None
    if lemma in ACCIDENT_PRONE and has_cue("accident", context.around) and not _sectors(context.actors) & ARMED \
            and weapon is None:
        return EventLabels("OTHER", None, None, None)
    if lemma == "strike" and _labour_strike(context, weapon):
        return EventLabels("PROTEST", "strike", "Protests", "Peaceful protest")
    if entry.kind == "weak" and not _sectors(context.actors) & ARMED and (
            has_cue("accident", context.around) or has_cue("disaster", context.around)) and weapon is None:
        return EventLabels("OTHER", None, None, None)
    if entry.plover == "PROTEST":
        return _protest_typing(context, None)
    if context.protest_nearby and entry.plover in ("ASSAULT", "COERCE") and not _sectors(context.actors) - STATE \
            and entry.mode not in ("abduct", "destroy") and (entry.plover == "COERCE" or weapon != "shelling") \
            and (entry.acled_type != "Battles" or _crowd_or_police_fight(context)):
        return _intervention_typing(context, mode)
    if entry.plover != "ASSAULT":
        return EventLabels(entry.plover, entry.mode, entry.acled_type, entry.acled_sub)
    if entry.mode == "crowd-control":
        return _crowd_control_typing(context)
    if entry.acled_type == "Battles":
        clash = _clash_typing(context, entry.mode or mode)
        if clash is not None:
            return clash
    if entry.acled_type != EXPLOSIONS and _crowd_actors(context):
        return _riot_typing(context, entry.mode)
    if entry.mode == "destroy" and (context.hurt or _communal_battle(context)):  # houses burnt and people killed
        return _violence_typing(context, mode or entry.mode)
    if not entry.from_context:
        explosive = entry.acled_type == EXPLOSIONS and weapon in EXPLOSION_SUBTYPES
        sub = EXPLOSION_SUBTYPES[weapon] if explosive and weapon == "suicide" else entry.acled_sub
        return EventLabels("ASSAULT", entry.mode or mode, entry.acled_type, sub)
    if weapon in EXPLOSION_SUBTYPES and not (lemma in TERRITORY and _seizes_arms(context)):  # "seized explosives"
        return EventLabels("ASSAULT", mode, EXPLOSIONS, EXPLOSION_SUBTYPES[weapon])
    if entry.mode == "explosives":
        return EventLabels("ASSAULT", "explosives", EXPLOSIONS, EXPLOSION_SUBTYPES["ied"])
    if lemma in TERRITORY:
        return _territory_typing(context)
    if _abducts_civilians(context):
        return EventLabels("ASSAULT", "abduct", VAC, "Abduction/forced disappearance")
    return _violence_typing(context, mode or entry.mode)
