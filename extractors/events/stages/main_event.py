"""Stage 6, the main event: which event the article reports, and which events to report.

In: `Typed`. Out: `Selected`: the events to report in text order, exactly one of them `main`: a
body event the headline reports, else an unmatched headline event, else the event the text leads
with. Statements and minor acts are kept only as the main event. A brief report (one short
paragraph) tells one incident: its toll figures go to the main event (brief.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from article2json.extractors.events.brief import brief_report, one_incident
from article2json.extractors.events.casualties import VICTIM_KINDS
from article2json.extractors.events.classify import LABELS, EventLabels, opening_label, relabel
from article2json.extractors.events.lexicon import cue, seizes_arms
from article2json.extractors.events.incident import Event
from article2json.extractors.events.scene import place_precision
from article2json.extractors.events.stages.event_types import Typed, labels_summary
from article2json.extractors.events.stages.incidents import event_summary
from article2json.extractors.events.stages.triggers import ArticleParse

COOPERATIVE = {"AGREE", "AID", "CONSULT", "COOPERATE", "RETREAT", "CONCEDE", "SUPPORT", "REQUEST", "OTHER"}
STATEMENTS = {"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"}
MATERIAL = {"ASSAULT", "PROTEST", "COERCE"}  # incidents an allegation may name
SUBORDINATE_DEPS = {"advcl", "acl", "relcl", "xcomp"}
SD = "Strategic developments"
PROMISE_REACH = 5  # words above a trigger searched for a verb that makes its statement a promise


@dataclass(frozen=True)
class Selected:
    """Stage 6 out: the events to report, in text order, one of them main."""

    parse: ArticleParse
    events: list[Event]
    linker: Any

    def summary(self) -> list[dict]:
        return [{**event_summary(e), "main": e.main, **labels_summary(e.typing)} for e in self.events]


def select_events(typed: Typed) -> Selected:
    """Stage 6: mark the main event, drop reactions around it, and in a brief report give the
    report's toll to the main event."""
    kept = choose_main(typed.events, typed.headline, typed.linker)
    if brief_report(typed.parse.units):
        kept = one_incident(kept, [e for e in typed.events if e not in kept])
    return Selected(typed.parse, sorted(kept, key=lambda e: e.rep.start), typed.linker)


def _headline_score(headline: Event, event: Event, linker: Any) -> float:
    """How well a body event matches a headline event: best of one PLOVER type, else of one ACLED
    type ("Protesters shot dead as police break up rally" may be typed a riot over a body that tells
    the shooting as an assault), else of one casualty figure or trigger word both state, whatever the
    typing of a headline the parser misread ("Five herders killed as villagers storm camp", "storm" taken for a
    noun, leaves a killing without a cause); then by ACLED type, trigger words, named parties, a
    casualty figure both state, a place below a country both name, and modality."""
    if headline.typing is None or event.typing is None:
        return 0.0
    same_plover = headline.typing.plover == event.typing.plover
    same_acled = headline.typing.acled_type is not None and headline.typing.acled_type == event.typing.acled_type
    shared_figure = bool(_figures(headline) & _figures(event))
    shared_word = bool({m.lemma for m in headline.mentions} & {m.lemma for m in event.mentions})
    if not (same_plover or same_acled or shared_figure or shared_word):  # "Eight held in farm raid" over
        return 0.0  # "arrested eight men in a raid": the raid is how the arrests were made
    score = (3.0 if same_plover else 2.0 if same_acled else 1.0) + same_acled
    score += shared_word
    names = {a.name for group in headline.roles() for a in group}
    score += len(names & {a.name for group in event.roles() for a in group})
    score += shared_figure  # "kills at least 13" over the body's 13, not its 100
    score += bool(_scenes(headline, linker) & _scenes(event, linker))  # "strikes mosque in Mazar-i-Sharif": not
    # the earlier bombing in Kandahar the body recalls with the same verb
    return score + 2 * (event.modality == "asserted") - event.background


def _scenes(event: Event, linker: Any) -> set[str]:
    """The places below a country attached to an event's mentions (its body mentions for a body event),
    by resolved name."""
    scenes = map(linker.attached_place, event.mentions if event.headline_only else event.body)
    return {p["name"].lower() for p in scenes if p is not None and place_precision(p) != "country"}


def _figures(event: Event) -> set[tuple[str, int]]:
    """The figures of dead and hurt an event's mentions state, as (kind, count); not of arrests, which
    may follow the event the headline names ("break up protest, detaining 14")."""
    return {(c.kind, figure) for m in event.mentions for c in m.casualties
            if c.kind in VICTIM_KINDS and (figure := c.count if c.count is not None else c.low) is not None}


def choose_main(events: list[Event], headline_events: list[Event], linker: Any) -> list[Event]:
    """Mark the main event and return the events to report: a body event the headline reports,
    else an unmatched headline event, else the first asserted event. Statements (accusations,
    denials, demands, praise, threats) and minor diplomatic acts are reported only when they are
    the main event: around an incident they are reactions, not events."""
    events = _with_main(events, headline_events, linker)
    return [e for e in events if e.main or e.typing.plover not in STATEMENTS and not e.minor
            and not _pulls_back_from_the_fight(e, events, linker.index.paragraphs_apart)]


def _pulls_back_from_the_fight(event: Event, events: list[Event], paragraphs_apart) -> bool:
    """Whether an event only tells a side pulling back (and minor acts: "were evacuated by helicopter")
    in the paragraph of another event's fighting, taking, entry or seizure of arms, or the paragraph after
    ("Militants opened fire on troops ... but withdrew when reinforcements arrived", "The rebels entered the
    town after troops withdrew"): how that incident ended, no event of its own."""
    if not any(m.entry.head in cue("pull_back") for m in event.mentions) \
            or not all(m.entry.head in cue("pull_back") or m.entry.kind == "minor" for m in event.mentions):
        return False
    told = event.rep.unit.paragraph
    return any(0 <= paragraphs_apart(m.unit.paragraph, told) <= 1 and m.unit.start <= event.rep.unit.start
               and (m.entry.plover == "ASSAULT" and not m.weak or m.entry.head in cue("move_into") or seizes_arms(m.token))
               for other in events if other is not event and other.modality == "asserted" for m in other.mentions)


def _with_main(events: list[Event], headline_events: list[Event], linker: Any) -> list[Event]:
    if any(e.modality == "asserted" for e in events):
        headline_events = [h for h in headline_events if h.modality == "asserted"]
    headline_events = [h for h in headline_events if not h.minor] or headline_events
    # "Army says it retook the town; rebels deny": the act, not the reaction to it
    headline_events = [h for h in headline_events if h.typing.plover not in STATEMENTS] or headline_events
    lead = min((m.unit.paragraph for e in events for m in e.body if not m.unit.headline), default=None)
    # the body's lead tells what the headline reports: its events win a tie ("Gunmen kill dozens in overnight
    # attack" is the lead's attack, not a bus the same kind of gunmen shot at in January)
    pairs = [(score + any(m.unit.paragraph == lead for m in e.body), h, e) for h in headline_events for e in events
             if (score := _headline_score(h, e, linker)) > 0]
    primary = [h for h in headline_events if not h.background] or headline_events  # not what it came "after"
    told = [p for p in pairs if any(p[1] is h for h in primary)]
    best = None
    if told:
        # "Mob torches minister's house; nine killed in Khamenlok attack" over a lead on the burning: the body
        # event the first of several headline events tells best, when the body leads with it, is the news,
        # whatever the other one's figures
        first = max((p for p in told if p[1] is min(headline_events, key=lambda h: h.rep.start)),
                    key=lambda p: p[0], default=None)
        lead = min(e.rep.start for e in events)
        leads = [first] if first and len(headline_events) > 1 and first[2].rep.start == lead else []
        _, headline, best = max(leads or told, key=lambda p: p[0])
        # "One dead, 23 arrested after rival supporters clash": the headline's dead are of the violence the
        # body tells before the arrests it led to (not "Police arrest dozens after riot": the arrests are the news)
        violence = [p for p in pairs if p[2].typing.acled_type not in (None, SD) and p[2].rep.start < best.rep.start]
        dead = any(_tells_dead(h) for h in headline_events)
        if best.typing.acled_type == SD and violence and dead:
            _, headline, best = max(violence, key=lambda p: p[0])
        # "Three dead as police clear miners' blockade": the dead are of the clearing the body tells,
        # not of the blockade it tells apart; not dead of what the headline's news came after ("Militia
        # torches 19 buses after police kill gang boss": the torching)
        deadly = [p for p in told if _tells_dead(p[2]) and not p[2].background]  # not a death told as what
        # something followed ("a protester was shot dead in 2012, after which ...")
        if any(_tells_dead(h) for h in primary) and deadly and not _tells_dead(best) and not leads:
            _, headline, best = max(deadly, key=lambda p: p[0])
        _take_headline_toll(best, headline)
    if best is None and primary:
        best = next((h for h in primary if h.modality == "asserted"), None)
        if best is not None:
            events = [best] + events
    if best is None and events:
        best = _leading(events)
    if best is not None:
        best.main = True
    return events


def _tells_dead(event: Event) -> bool:
    return any(c.kind == "killed" and (c.count or c.low) for m in event.mentions for c in m.casualties)


def _take_headline_toll(event: Event, headline: Event) -> None:
    """The headline's figures join the body's telling of its event as one more statement of its
    toll: a kind the body does not count ("Market fire: 40 dead, 25 hurt" over a body that counts
    only the dead), or counts lower ("Two men killed by mob" over a body that tells one death at
    the scene and the other in passing); totals.py keeps the larger of restated tolls, adds the
    sides, counts the headline's figure as told after the body's additions ("a second man died
    overnight" is one of "Two men killed"), and lets an update in the body win."""
    event.rep.casualties.extend(replace(c, headline=True) for m in headline.mentions for c in m.casualties)


def _leading(events: list[Event]) -> Event:
    """The event a text without a headline leads with: in the first sentence that has events,
    the one highest in the parse ("Lebanon complained ... over two air raids" is a complaint).
    An aim or refusal there is the statement that was made ("Sudan must return the helicopter":
    a demand), typed as such; an allegation without an accuser leads with the incident alleged,
    and vague "violence" with the first incident the text tells.
    A text opening with a label ("Recruitment: ...") leads with the
    event of that kind, else its first event, typed as the label says."""
    told = [e for e in events if not _unreported(e)] or events
    first_unit = min(m.unit.index for e in told for m in e.mentions)

    def rank(event: Event) -> tuple:
        leading = [m for m in event.mentions if m.unit.index == first_unit]
        depth = min(len(list(m.token.ancestors)) for m in leading)
        unsaid = event.modality != "asserted"
        return unsaid and event.weak_only, depth, unsaid, min(m.start for m in leading)
    candidates = [e for e in told if any(m.unit.index == first_unit for m in e.mentions)]
    label = opening_label(events[0].rep.token.doc)
    if label is not None:
        leading = next((e for e in candidates if e.typing.acled_sub == LABELS[label][1]), min(candidates, key=rank))
        leading.typing = relabel(leading.typing, label)
        return leading
    alleged = [e for e in candidates if e.typing.plover in MATERIAL and any(
        _allegation(f) and f.rep.token.dep_ not in SUBORDINATE_DEPS and f.rep.token in e.rep.token.ancestors
        for f in candidates)]
    if alleged:
        return min(alleged, key=rank)
    candidates = _incidents_first(candidates)
    leading = _incident_behind(_violence_first(min(candidates, key=rank), candidates), candidates)
    if leading.rep.entry.head in cue("background"):  # "Violence erupted ... One faction attacked the other"
        specific = [e for e in events if e.typing.acled_type and e.modality == "asserted"
                    and e.rep.entry.head not in cue("background")]
        leading = min(specific, key=lambda e: e.rep.start) if specific else leading
    if leading.modality != "asserted":
        leading.typing = EventLabels(_statement_type(leading), None, None, None)
        for mention in leading.mentions:
            mention.modality = "asserted"
    return leading


def _violence_first(leading: Event, candidates: list[Event]) -> Event:
    """Of coordinated actions ("arrested and beat a man to death", "entered the town and beat
    residents"), the violence, which is what the report is coded by, before a move or an arrest."""
    if leading.typing.acled_type not in (None, SD):
        return leading
    token = leading.rep.token
    violent = [e for e in candidates if e.typing.acled_type not in (None, SD) and e.modality == "asserted"
               and not e.weak_only and (e.rep.token.dep_ == "conj" and e.rep.token.head == token
                                        or token.dep_ == "conj" and token.head == e.rep.token)]
    return violent[0] if violent else leading


def _incident_behind(leading: Event, candidates: list[Event]) -> Event:
    """A statement made as or after an incident that killed people ("the minister warned of war as
    148 were killed", "vowed revenge after gunmen killed 12 soldiers"): the incident is the news."""
    if leading.typing.plover not in STATEMENTS or leading.typing.acled_type:
        return leading
    statement = leading.rep.token
    for event in candidates:
        token, above = event.rep.token, list(event.rep.token.ancestors)
        deadly = any(c.kind == "killed" and (c.count or c.low) for m in event.mentions for c in m.casualties)
        if event is leading or event.typing.plover not in MATERIAL or not event.typing.acled_type \
                or event.modality != "asserted" or not deadly or statement not in above:
            continue
        path = [token, *above[:above.index(statement)]]
        if any(c.dep_ == "mark" and c.lower_ in cue("occasion") for t in path for c in t.children) \
                or any(t.dep_ == "prep" and t.lower_ in cue("occasion") for t in path):
            return event
    return leading


def _unreported(event: Event) -> bool:
    """A casualty, act or thing said not to have happened ("No fatalities reported", "number not
    provided", "no violence"): no event, unlike a refusal ("would not meet their demands")."""
    return event.modality == "negated" and (event.weak_only or event.minor or event.rep.token.pos_ != "VERB")


def _incidents_first(candidates: list[Event]) -> list[Event]:
    """Of the events of a leading sentence, an incident (a protest, an attack, an arrest) before
    the statements its actors made with it ("protested, demanding ...", "hold a protest blaming
    ...", "protest, accuse ..."): a demand made while protesting is part of the protest. A
    statement in a subordinate clause ("protest after it is alleged ...", "stage protest to
    demand ...") or whose subject is the incident (a misparsed "protest blaming ...") gives way to an incident however the parser attached it."""
    incidents = {i for e in candidates if e.typing.plover in MATERIAL and e.typing.acled_type
                 and e.modality == "asserted" and not e.weak_only for i in _incident_words(e.rep.token)}
    accompanying = [e for e in candidates if e.typing.acled_type is None and (
        _governor(e.rep.token) in incidents
        or any(c.dep_ == "nsubj" and c.i in incidents for c in e.rep.token.children)
        or incidents and e.typing.plover in STATEMENTS and e.rep.token.dep_ in SUBORDINATE_DEPS)]
    said = [e for e in candidates  # what the statement said ("accusing X of kidnapping")
            if e.rep.token.i not in incidents
            and any(e is not a and e.rep.token in a.rep.token.subtree for a in accompanying)]
    return [e for e in candidates if e not in accompanying and e not in said] if accompanying else candidates


def _incident_words(token) -> set[int]:
    """A trigger and the light verb that carries it ("went on strike", "staged a protest")."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return {token.i, verb.i} if token.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in cue("support") else {token.i}


def _governor(token) -> int:
    """The verb or noun a participle, coordinated verb or clause hangs on ("protested, demanding")."""
    return token.head.i if token.dep_ in ("advcl", "conj", "acl", "xcomp", "relcl") else -1


def _allegation(event: Event) -> bool:
    """An allegation without an accuser ("Army accused of bombing ...", "Alleged shelling by ...",
    "Police blamed for the killing"): it frames the incident it names, which the report is about."""
    token = event.rep.token
    helpers = {c.dep_ for c in token.children}
    return event.typing.plover == "ACCUSE" and token.tag_ == "VBN" and "agent" not in helpers and (
        "auxpass" in helpers or "aux" not in helpers)


def _statement_type(event: Event) -> str:
    """What saying that something will, would, must or will not happen is: a refusal, a demand,
    an offer (of something cooperative, or of lifting, returning or supporting something hostile:
    "prepared to lift the ban") or a threat (of something hostile, or of anything on a condition:
    "will withdraw its troops unless ...")."""
    if event.modality == "negated":
        return "REJECT"
    verbs = [event.rep.token, *list(event.rep.token.ancestors)[:3]]
    if any(c.dep_ == "mark" and c.lower_ == "unless" for verb in verbs[:1] for clause in verb.children
           if clause.dep_ == "advcl" for c in clause.children):
        return "THREATEN"  # "will withdraw its troops unless ...": a condition makes it a threat
    if any(c.dep_ == "aux" and c.lower_ in cue("obligation") for verb in verbs for c in verb.children):
        return "REQUEST"
    governors = list(event.rep.token.ancestors)[:PROMISE_REACH]
    promised = any(verb.lemma_.lower() in cue("promise") for verb in governors)  # "will return weapons seized"
    return "AGREE" if event.typing.plover in COOPERATIVE or promised else "THREATEN"
