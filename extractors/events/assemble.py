"""From mentions to output events: casualty figures attached to the mention whose clause states
them, typing of each event from its merged context, the main event (the one the headline
reports, else the first asserted one), and the output objects in the order of DESIGN section 3."""

from __future__ import annotations

from article2json.extractors.events.actors import ActorDictionary, resolve_actor
from article2json.extractors.events.casualties import VICTIM_KINDS
from article2json.extractors.events.classify import LABELS, Context, EventLabels, classify, opening_label, relabel
from article2json.extractors.events.lexicon import LemmaText, cue, trigger_lexicon
from article2json.extractors.events.linking import Linker
from article2json.extractors.events.merge import Event
from article2json.extractors.events.triggers import BACKGROUND, HARMFUL, Mention
from article2json.extractors.events.typing_model import TypingModel, learned_typing
from article2json.extractors.events.units import Unit

PERIOD_TOLL = 100  # a toll this large stated in the perfect is a running total
ACCEPTANCES = {"AGREE", "SUPPORT", "COOPERATE"}
COOPERATIVE = {"AGREE", "AID", "CONSULT", "COOPERATE", "RETREAT", "CONCEDE", "SUPPORT", "REQUEST", "OTHER"}
OBLIGATION = {"must", "should", "ought", "need"}
STATEMENTS = {"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"}
MATERIAL = {"ASSAULT", "PROTEST", "COERCE"}  # incidents an allegation may name
SD = "Strategic developments"
PROTESTERS = {"protester", "protestor", "demonstrator", "marcher", "rioter"}


def casualty_figures(doc, units: list[Unit], find_casualties) -> tuple[dict[int, list], set[int]]:
    """The casualty figures of each unit (by unit index), totals over periods left out, and the
    tokens that state such totals ("have been killed" in "3,000 have been killed since 2017")."""
    figures, totals = {}, set()
    for unit in units:
        found = find_casualties(doc[unit.first:unit.last])
        totals |= {c.head for c in found if c.aggregate or _running_total(c, doc)}
        figures[unit.index] = [c for c in found if c.head not in totals]
    return figures, totals


def _running_total(casualty, doc) -> bool:
    """A large toll in the perfect ("more than 3,000 people have been killed", "an insurgency that
    has killed 30,000"): the count so far of a conflict, not one event's."""
    size = casualty.count or casualty.low or 0
    predicate = doc[casualty.head]
    verbs = [predicate, predicate.head]
    return size >= PERIOD_TOLL and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have"
                                       for verb in verbs for c in verb.children)


def toll_mentions(doc, units: list[Unit], mentions: list[Mention], figures: dict[int, list]) -> list[Mention]:
    """Mentions for death tolls that no trigger of their paragraph goes with ("Eight men were
    found dead", "Three die in a cattle raid"): the casualty word is the trigger."""
    lexicon = trigger_lexicon()
    found = []
    for unit in units:
        tolls = [c for c in figures.get(unit.index, []) if c.kind in VICTIM_KINDS]
        covered = any(m.unit.paragraph == unit.paragraph and m.unit.start <= unit.start for m in mentions + found)
        if tolls and not covered:
            entry = lexicon["kill" if tolls[0].kind == "killed" else "wound"][0]
            found.append(Mention(doc[tolls[0].head], (doc[tolls[0].head],), entry, unit))
    return found


def attach_casualties(units: list[Unit], mentions: list[Mention], figures: dict[int, list], doc) -> None:
    """Give each casualty figure to the mention of its clause: the trigger that is its predicate,
    else the nearest trigger above it, else the nearest in its sentence, else the latest mention
    earlier in its paragraph that can hurt anyone (an attack, not the accusation about it)."""
    by_unit: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_unit.setdefault(mention.unit.index, []).append(mention)
    for unit in units:
        for casualty in figures.get(unit.index, []):
            owner = _owner(doc[casualty.head], by_unit.get(unit.index, []))
            if owner is None:
                earlier = [m for m in mentions if m.unit.paragraph == unit.paragraph and m.unit.end <= unit.start
                           and not m.unit.headline]
                harmful = [m for m in earlier if m.entry.plover in HARMFUL] or earlier
                owner = harmful[-1] if harmful else None
            if owner is not None:
                owner.casualties.append(casualty)


def _owner(head, mentions: list[Mention]) -> Mention | None:
    if not mentions:
        return None
    for mention in mentions:
        if head in mention.tokens:
            return mention
    ancestors = list(head.ancestors)
    above = [m for m in mentions if m.token in ancestors]
    if above:
        return min(above, key=lambda m: ancestors.index(m.token))
    return min(mentions, key=lambda m: abs(m.token.i - head.i))


def _victims(doc, event: Event, dictionary: ActorDictionary) -> list:
    """The people counted by the event's casualty figures, as actors (for typing)."""
    victims = []
    for mention in event.mentions:
        for casualty in mention.casualties:
            span = doc.char_span(casualty.start, casualty.end, alignment_mode="expand")
            if casualty.kind in VICTIM_KINDS and span is not None and len(span):
                victim = resolve_actor(list(span), span.root, dictionary)
                if victim is not None:
                    victims.append(victim)
    return victims


def type_event(doc, event: Event, dictionary: ActorDictionary, document: LemmaText, units: list[Unit],
               model: TypingModel | None = None) -> None:
    """Classify an event from its representative trigger and the context of all its mentions
    (`document`: the words of the whole article), the rules' label weighed by `model` if given."""
    rep = event.rep
    following = units[rep.unit.index + 1:rep.unit.index + 2]
    strong = [m for m in event.mentions if not m.weak] or event.mentions  # not "wounded and evacuated by helicopter"
    near = [t for m in strong for t in m.token.subtree if t in m.unit]
    units = {m.unit for m in event.mentions}
    if rep.entry.plover == "PROTEST":  # how a protest ended is often told in the next sentence
        units |= {u for u in following if u.paragraph == rep.unit.paragraph}
    around = [t for unit in sorted(units, key=lambda u: u.start) for t in doc[unit.first:unit.last]]
    actors, recipients = event.roles()
    killed = any(c.kind == "killed" and (c.count or c.low) for m in event.mentions for c in m.casualties)
    hurt = any(c.kind in VICTIM_KINDS and (c.count or c.low) for m in event.mentions for c in m.casualties)
    entry = _typing_entry(event)
    context = Context(entry, entry.head, LemmaText(near), LemmaText(around), document, actors,
                      recipients or _victims(doc, event, dictionary), killed, _protest_in(around),
                      rep.token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in rep.token.children), hurt)
    event.typing = learned_typing(context, classify(context), event.modality, opening_label(doc), rep.start, model)
    if event.typing.plover in ACCEPTANCES and event.modality == "negated":  # "will not accept": a refusal
        event.typing = EventLabels("REJECT", None, None, None)
        for mention in event.mentions:
            mention.modality = "asserted"


def _typing_entry(event: Event):
    """The lexicon entry that types an event: a plain attack takes the sharper word of its own
    sentence ("attacked and clashed with", "fired to disperse", "attacked a farm and destroyed
    houses" when nobody was hurt)."""
    rep = event.rep
    if not rep.entry.from_context:
        return rep.entry
    same = [m for m in event.mentions if m.unit is rep.unit and not m.weak and not m.entry.from_context]
    hurt = any(c.kind in VICTIM_KINDS for m in event.mentions for c in m.casualties)
    for wanted in ("crowd-control", "Battles", "destroy"):
        for mention in same:
            if wanted in (mention.entry.mode, mention.entry.acled_type) and not (wanted == "destroy" and hurt):
                return mention.entry
    return rep.entry


def _protest_in(tokens: list) -> bool:
    """Whether a protest is mentioned among `tokens` (a protest trigger, or protesters)."""
    lexicon = trigger_lexicon()
    return any(t.lemma_.lower() in PROTESTERS or t.dep_ != "compound" and t.ent_type_ != "DATE" and any(
        e.plover == "PROTEST" and len(e.words) == 1 for e in lexicon.get(t.lemma_.lower(), ())) for t in tokens)


def _headline_score(headline: Event, event: Event) -> float:
    if headline.typing is None or event.typing is None or headline.typing.plover != event.typing.plover:
        return 0.0
    score = 3.0 + (headline.typing.acled_type == event.typing.acled_type)
    score += bool({m.lemma for m in headline.mentions} & {m.lemma for m in event.mentions})
    names = {a.name for group in headline.roles() for a in group}
    score += len(names & {a.name for group in event.roles() for a in group})
    return score + 2 * (event.modality == "asserted") - event.background


def choose_main(events: list[Event], headline_events: list[Event]) -> list[Event]:
    """Mark the main event and return the events to report: a body event the headline reports,
    else an unmatched headline event, else the first asserted event. Statements (accusations,
    denials, demands, praise, threats) and minor diplomatic acts are reported only when they are
    the main event: around an incident they are reactions, not events."""
    events = _with_main(events, headline_events)
    return [e for e in events if e.main or e.typing.plover not in STATEMENTS and not e.minor]


def _with_main(events: list[Event], headline_events: list[Event]) -> list[Event]:
    best, best_score = None, 0.0
    headline_events = [h for h in headline_events if not h.background] or headline_events
    if any(e.modality == "asserted" for e in events):
        headline_events = [h for h in headline_events if h.modality == "asserted"]
    headline_events = [h for h in headline_events if not h.minor] or headline_events
    for headline in headline_events:
        for event in events:
            score = _headline_score(headline, event)
            if score > best_score:
                best, best_score = event, score
    if best is None and headline_events:
        best = next((h for h in headline_events if h.modality == "asserted"), None)
        if best is not None:
            events = [best] + events
    if best is None and events:
        best = _leading(events)
    if best is not None:
        best.main = True
    return events


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
        depth = min(len(list(m.token.ancestors)) for m in event.mentions if m.unit.index == first_unit)
        unsaid = event.modality != "asserted"
        return unsaid and event.weak_only, depth, unsaid, event.rep.start
    candidates = [e for e in told if any(m.unit.index == first_unit for m in e.mentions)]
    label = opening_label(events[0].rep.token.doc)
    if label is not None:
        leading = next((e for e in candidates if e.typing.acled_sub == LABELS[label][1]), min(candidates, key=rank))
        leading.typing = relabel(leading.typing, label)
        return leading
    alleged = [e for e in candidates if e.typing.plover in MATERIAL and any(
        _allegation(f) and f.rep.token in e.rep.token.ancestors for f in candidates)]
    if alleged:
        return min(alleged, key=rank)
    candidates = _incidents_first(candidates)
    leading = _violence_first(min(candidates, key=rank), candidates)
    if leading.rep.entry.head in BACKGROUND:  # "Violence erupted ... One faction attacked the other"
        specific = [e for e in events if e.typing.acled_type and e.modality == "asserted"
                    and e.rep.entry.head not in BACKGROUND]
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


def _unreported(event: Event) -> bool:
    """A casualty, act or thing said not to have happened ("No fatalities reported", "number not
    provided", "no violence"): no event, unlike a refusal ("would not meet their demands")."""
    return event.modality == "negated" and (event.weak_only or event.minor or event.rep.token.pos_ != "VERB")


def _incidents_first(candidates: list[Event]) -> list[Event]:
    """Of the events of a leading sentence, an incident (a protest, an attack, an arrest) before
    the statements its actors made with it ("protested, demanding ...", "hold a protest blaming
    ...", "protest, accuse ..."): a demand made while protesting is part of the protest."""
    incidents = {i for e in candidates if e.typing.plover in MATERIAL and e.typing.acled_type
                 and e.modality == "asserted" and not e.weak_only for i in _incident_words(e.rep.token)}
    accompanying = [e for e in candidates if e.typing.acled_type is None and _governor(e.rep.token) in incidents]
    return [e for e in candidates if e not in accompanying] if accompanying else candidates


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
    an offer (of something cooperative) or a threat (of something hostile)."""
    if event.modality == "negated":
        return "REJECT"
    verbs = [event.rep.token, *list(event.rep.token.ancestors)[:3]]
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION for verb in verbs for c in verb.children):
        return "REQUEST"
    return "AGREE" if event.typing.plover in COOPERATIVE else "THREATEN"


def _confidence(event: Event, date: dict | None, location: dict | None, actors: list, recipients: list) -> float:
    score = 0.35 + 0.15 * bool(actors) + 0.1 * bool(recipients) + 0.05 * event.main
    score += 0.1 * bool(date and date["basis"] != "dateline") + 0.1 * bool(location and location["text"])
    score += 0.1 * any(m.casualties for m in event.mentions) + 0.05 * (len(event.mentions) > 1)
    if event.weak_only:
        score -= 0.1
    if event.modality != "asserted":
        score *= 0.6
    return round(min(score, 1.0), 2)


def event_json(event: Event, number: int, doc, linker: Linker, totals) -> dict:
    """The output object of one event, keys in the order of DESIGN section 3."""
    rep, typing = event.rep, event.typing
    actors, recipients = event.roles()
    speaker = next((a.country for a in actors if a.country), None) if typing.plover in STATEMENTS | {"SANCTION"} \
        else None
    date, location = linker.date(event.ordered), linker.place(event.ordered, speaker)
    casualties = sorted({(c.start, c.end, c.kind): c for m in event.mentions for c in m.casualties}.values(),
                        key=lambda c: (c.start, c.kind))
    killed, wounded = totals(casualties) if casualties else (None, None)
    return {
        "id": f"e{number}", "main": event.main, "type": typing.plover, "mode": typing.mode, "acled": typing.acled(),
        "trigger": {"text": linker.article.text[rep.start:rep.end], "start": rep.start, "end": rep.end},
        "sentence": {"start": rep.unit.start, "end": rep.unit.end},
        "actor": [a.as_json() for a in actors], "recipient": [r.as_json() for r in recipients],
        "date": date, "location": location, "killed": killed, "wounded": wounded,
        "casualties": [c.as_json() for c in casualties], "attribution": linker.attribution(event.ordered),
        "modality": event.modality, "confidence": _confidence(event, date, location, actors, recipients),
    }
