"""Stage 3, casualties: each casualty figure goes to the mention whose clause states it.

In: `Roles` (mentions and the figures of each unit). Out: `Casualties`: the mentions, each with
the figures it states (`Mention.casualties`), each with the side its victims are on
(`Casualty.party`: state forces, armed group, or None); a figure no trigger of its
sentence takes goes to the latest earlier mention of its paragraph that can hurt anyone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from article2json.extractors.events.actors import ActorDictionary, resolve_actor
from article2json.extractors.events.casualties import Casualty
from article2json.extractors.events.circumstances import protest_cause
from article2json.extractors.events.link_base import counted_from_another
from article2json.extractors.events.victims import terms
from article2json.extractors.events.stages.roles import Roles
from article2json.extractors.events.stages.triggers import ArticleParse
from article2json.extractors.events.triggers import HARMFUL, Mention
from article2json.extractors.events.units import Unit


@dataclass(frozen=True)
class Casualties:
    """Stage 3 out: the mentions with their casualty figures."""

    parse: ArticleParse
    mentions: list[Mention]
    is_trigger: Callable[[object], bool]

    def summary(self) -> list[dict]:
        return [{"trigger": self.parse.doc.text[m.start:m.end], "start": m.start,
                 "casualties": [{**c.as_json(), **_flags(c)} for c in m.casualties]}
                for m in self.mentions if m.casualties]


def _flags(casualty) -> dict:
    """The circumstances of a figure that decide how it counts (shown by `explain`)."""
    names = ("aggregate", "background", "claimed", "additional", "subordinate", "update")
    return {"flags": [name for name in names if getattr(casualty, name)], "group": list(casualty.group),
            "party": casualty.party, "parts": casualty.parts}


def attach_figures(roles: Roles) -> Casualties:
    """Stage 3: give every figure of every unit to its mention, with the side its victims are on."""
    parse = roles.parse
    figures = {unit: [replace(c, party=victim_side(c, parse.doc, parse.dictionary)) for c in found]
               for unit, found in roles.figures.items()}
    attach_casualties(parse.units, roles.mentions, figures, parse.doc)
    return Casualties(parse, roles.mentions, roles.is_trigger)


def victim_side(casualty: Casualty, doc, dictionary: ActorDictionary) -> str | None:
    """The fighting side of a figure's victims: "state forces" (soldiers, police) or "armed group"
    (rebels, attackers), from their actor sector (data/casualty_terms.json `party_of_sector`);
    None for anyone else (civilians, officials, named people, "the victim", "killing five")."""
    if casualty.update and casualty.who is None:
        return _toll_side(doc[casualty.head], dictionary)
    span = doc.char_span(casualty.start, casualty.end, alignment_mode="expand")
    nouns = [t for t in span or () if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or casualty.who is None:
        return None
    actor = resolve_actor(list(span), nouns[-1], dictionary)
    return None if actor is None else terms()["party_of_sector"].get(actor.sector)


def _toll_side(toll, dictionary: ActorDictionary) -> str | None:
    """The side an updated toll counts, named after its noun or before it ("bringing the toll among
    troops to eight", "bringing the army's losses to eight": state forces), else None."""
    nouns = [noun for prep in toll.children if prep.dep_ == "prep" and prep.lower_ in terms()["toll_side_preps"]
             for noun in prep.children if noun.dep_ == "pobj"]
    nouns += [noun for noun in toll.children if noun.dep_ == "poss"]
    sides = [terms()["party_of_sector"].get(actor.sector) for noun in nouns if noun.pos_ in ("NOUN", "PROPN")
             for actor in [resolve_actor(list(noun.subtree), noun, dictionary)] if actor is not None]
    return sides[0] if sides else None


def attach_casualties(units: list[Unit], mentions: list[Mention], figures: dict[int, list], doc) -> None:
    """Give each casualty figure to the mention of its clause: the trigger that is its predicate,
    else the nearest trigger above it, else the nearest in its sentence that can hurt anyone, else the latest mention
    earlier in its paragraph that can hurt anyone (an attack, not the accusation about it); in
    the headline, the latest earlier mention of the headline. A figure told in what a protest was
    about or what set it off is background to the protest ("demanding justice for two workers who
    were beaten to death")."""
    by_unit: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_unit.setdefault(mention.unit.index, []).append(mention)
    for unit in units:
        for casualty in figures.get(unit.index, []):
            owner = _owner(doc[casualty.head], by_unit.get(unit.index, []))
            if owner is None:
                earlier = [m for m in mentions if m.unit.paragraph == unit.paragraph and m.unit.end <= unit.start
                           and m.unit.headline == unit.headline]  # "Market fire: 40 dead, 25 hurt"
                harmful = [m for m in earlier if m.entry.plover in HARMFUL] or earlier
                owner = harmful[-1] if harmful else None
            if owner is not None:
                if casualty.subordinate and _in_its_clause(owner, casualty, doc):
                    casualty = replace(casualty, subordinate=False)  # its own act's toll: "came a day after
                    # two gunmen opened fire at a restaurant, killing four Israelis"
                cause = casualty.head in protest_cause(owner)
                owner.casualties.append(replace(casualty, background=True) if cause else casualty)


def _in_its_clause(owner: Mention, casualty: Casualty, doc) -> bool:
    """Whether a figure of a subordinate clause that counts a time from another act ("came a day
    after two gunmen opened fire at a restaurant, killing four Israelis") is given to the act that
    clause tells: an act apart from the main clause's, whose own toll it is, not a side remark
    (a cause told in a clause, "protesting the killing of two guards", stays one)."""
    clause = casualty.group[1]  # the clause's head; not a superseded report's verb ("Early reports had said")
    return 0 <= clause < len(doc) and counted_from_another(doc[clause]) and owner.token in doc[clause].subtree


def _owner(head, mentions: list[Mention]) -> Mention | None:
    if not mentions:
        return None
    for mention in mentions:
        if head in mention.tokens:
            return mention
    ancestors = list(head.ancestors)
    above = [m for m in mentions if m.token in ancestors]
    if above:
        nearest = min(above, key=lambda m: ancestors.index(m.token))
        if nearest.entry.plover in HARMFUL:
            return nearest
        verb = head if head.pos_ == "VERB" else next((a for a in ancestors if a.pos_ == "VERB"), head)
        # "agreed to a ceasefire two days after a shootout left three people dead": the shootout's dead
        return next((m for m in mentions if m.entry.plover in HARMFUL and m.token.head.i == verb.i
                     and m.token.dep_ in ("nsubj", "nsubjpass")), nearest)
    harmful = [m for m in mentions if m.entry.plover in HARMFUL] or mentions  # "a raid sparked gunfire that left
    return min(harmful, key=lambda m: abs(m.token.i - head.i))  # eight dead, as residents accused officers": the raid
