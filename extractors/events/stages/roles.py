"""Stage 2, roles: who did what to whom, and whether it is said to have happened.

In: `Triggers`. Out: `Roles`: the same mentions with their actors and recipients (through the
dependency parse, normalised against the actor dictionary) and their modality (asserted, negated,
hypothetical, future), and `is_trigger` (whether a token is part of any trigger), which later
stages ask.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from article2json.extractors.events.modality import modality
from article2json.extractors.events.roles import resolve_roles
from article2json.extractors.events.stages.triggers import ArticleParse, Triggers, mention_summary
from article2json.extractors.events.triggers import Mention


@dataclass(frozen=True)
class Roles:
    """Stage 2 out: the mentions, their actors, recipients and modality set."""

    parse: ArticleParse
    mentions: list[Mention]
    figures: dict[int, list]
    is_trigger: Callable[[object], bool]

    def summary(self) -> list[dict]:
        return [{"trigger": mention_summary(m)["trigger"], "start": m.start, "modality": m.modality,
                 "actor": [a.as_json() for a in m.actors], "recipient": [r.as_json() for r in m.recipients]}
                for m in self.mentions]


def resolve_mention_roles(triggers: Triggers) -> Roles:
    """Stage 2: actors, recipients and modality of every mention. A place named as the object
    of an attack is a targeted place (a recipient), found through the places extractor."""
    mentions = triggers.mentions
    trigger_tokens = {t.i for m in mentions for t in m.tokens}

    def is_trigger(token) -> bool:
        return token.i in trigger_tokens

    found = triggers.parse.found.get("places") or []
    places = [(p["start"], p["end"]) for p in found]
    names = {p["text"] for p in found}
    text = triggers.parse.article.text

    def is_place(start: int, end: int, named_elsewhere: bool = False) -> bool:
        """A place found there, or (`named_elsewhere`) a name found as a place elsewhere ("the
        Sakalalina attack")."""
        return any(s < end and start < e for s, e in places) or named_elsewhere and text[start:end] in names

    for mention in mentions:
        resolve_roles(mention, triggers.parse.dictionary, is_trigger, is_place)
        mention.modality = modality(mention.token, mention.unit, is_trigger)
    return Roles(triggers.parse, mentions, triggers.figures, is_trigger)
