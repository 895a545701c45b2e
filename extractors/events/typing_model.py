"""Learned typing: a linear model that weighs an event's evidence (the rules' own label, the
trigger's lexicon entry, the actors' and recipients' sectors, the cue classes near and around the
trigger, weapons, casualties, modality, an opening label, optionally hashed clause lemmas) and
decides its ACLED sub_event_type, hence its event_type and PLOVER type (data/typing_subtypes.tsv).

The features read the same in an analyst's note and in a news story; the clause's words are at
most a minor, strongly damped part (none in the shipped model), because a model of note wording
learns a coder's house style and does not carry over to news (docs/typing.md).

The model file (data/typing_model.json, or a user's `--typing-model FILE`) holds, for each
feature, one weight per sub-event type; scoring is a sum of weights and a softmax in plain
Python. Fitting lives in article2json/train.py (scikit-learn, the `[train]` extra).
"""

from __future__ import annotations

import math
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Iterator

import orjson

from article2json.extractors.events.classify import CROWDS, Context, EventLabels, weapon_of
from article2json.extractors.events.lexicon import data_lines, has_cue

MODEL_FILE = "typing_model.json"
CUE_CLASSES = ("accident", "armed", "armed_people", "battle", "communal", "disaster", "intervention", "labor",
               "mob_justice", "nonviolent", "partisan", "strife", "violent", "crowd", "firearms", "air", "drone",
               "shelling", "grenade", "ied", "suicide", "chemical", "primitive")
LEARNED_BY_DEFAULT = False  # off: it lowered the news scores held out (docs/typing-scores.md)


@dataclass(frozen=True)
class SubtypeTyping:
    """One line of typing_subtypes.tsv: the ACLED event_type of a sub_event_type and the PLOVER
    type and mode an event of that sub-type has when the rules said otherwise (mode None: keep)."""

    event_type: str
    plover: str | None
    mode: str | None


@lru_cache(maxsize=1)
def subtype_typing() -> dict[str, SubtypeTyping]:
    """ACLED sub_event_type -> its event_type and PLOVER type and mode."""
    table = {}
    for sub, event_type, plover, mode in data_lines("typing_subtypes.tsv"):
        table[sub] = SubtypeTyping(event_type, None if plover == "-" else plover, None if mode == "-" else mode)
    return table


def clause_lemmas(context: Context) -> list[str]:
    """The lemmas of the trigger's own phrase, for the hashed word features."""
    return sorted(w for w in context.near.words if w.isalpha() and len(w) > 2)


def event_features(context: Context, rules: EventLabels, modality: str, label: str | None) -> list[str]:
    """The names of the evidence features present for one event (a binary vector, sorted)."""
    entry = context.entry
    found = {f"rule_sub={rules.acled_sub}", f"rule_type={rules.acled_type}", f"rule_plover={rules.plover}",
             f"rule_mode={rules.mode}", f"trigger={context.lemma}", f"trigger_kind={entry.kind}",
             f"trigger_plover={entry.plover}", f"trigger_type={entry.acled_type}", f"trigger_sub={entry.acled_sub}",
             f"trigger_mode={entry.mode}", f"modality={modality}", f"label={label}", f"weapon={weapon_of(context)}",
             f"rule_row={rules.rule}"}
    for role, parties in (("actor", context.actors), ("recipient", context.recipients)):
        found |= {f"{role}={p.sector or ('generic' if p.generic else 'named')}" for p in parties} or {f"{role}=none"}
        found |= {f"{role}_crowd={p.name}" for p in parties if p.name in CROWDS}
        found |= {f"{role}_target" for p in parties if p.target}
    for cue_class in CUE_CLASSES:
        if has_cue(cue_class, context.near):
            found.add(f"near:{cue_class}")
        if has_cue(cue_class, context.around):
            found.add(f"around:{cue_class}")
    for flag in ("killed", "hurt", "passive", "protest_nearby"):
        if getattr(context, flag):
            found.add(flag)
    return sorted(found)


def word_features(lemmas: list[str], buckets: int) -> list[str]:
    """The hashed clause lemmas as features ("word#17"), none when `buckets` is 0."""
    return sorted({f"word#{zlib.crc32(w.encode()) % buckets}" for w in lemmas}) if buckets else []


class TypingModel:
    """A fitted model: classes (ACLED sub-event types), a weight row per feature, biases, the
    number of word hash buckets, and the probability below which the rules' label stands."""

    def __init__(self, data: dict) -> None:
        self.classes: list[str] = data["classes"]
        self.weights: dict[str, list[float]] = data["weights"]
        self.bias: list[float] = data["bias"]
        self.buckets: int = data["buckets"]
        self.threshold: float = data["threshold"]

    @classmethod
    def load(cls, path: str | None = None) -> "TypingModel":
        """The model in `path`, else the one shipped in the package."""
        if path is None:
            return _shipped_model()
        with open(path, "rb") as stream:
            return cls(orjson.loads(stream.read()))

    def probabilities(self, features: list[str]) -> list[float]:
        scores = list(self.bias)
        for name in features:
            row = self.weights.get(name)
            if row is not None:
                scores = [s + w for s, w in zip(scores, row)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def decide(self, features: list[str], lemmas: list[str], rules: EventLabels) -> EventLabels:
        """The typing of an event the rules typed as `rules`: the model's sub-event type when the
        rules gave the event an ACLED type and the model is confident, else the rules' label."""
        if rules.acled_type is None:
            return rules
        probabilities = self.probabilities(features + word_features(lemmas, self.buckets))
        best = max(range(len(self.classes)), key=lambda i: (probabilities[i], -i))
        sub = self.classes[best]
        if probabilities[best] < self.threshold or sub == rules.acled_sub:
            return rules
        typing = subtype_typing()[sub]
        if typing.plover is None or typing.plover == rules.plover:
            return EventLabels(rules.plover, typing.mode or rules.mode, typing.event_type, sub)
        return EventLabels(typing.plover, typing.mode, typing.event_type, sub)


@lru_cache(maxsize=1)
def _shipped_model() -> TypingModel:
    return TypingModel(orjson.loads(files("article2json.extractors").joinpath("data", MODEL_FILE).read_bytes()))


_recorders: list[list] = []


@contextmanager
def recording() -> Iterator[list]:
    """Collect (trigger start, features, clause lemmas, rules' typing) of every event typed in
    the block (for training: features come from our own stages run on each coded text)."""
    log: list = []
    _recorders.append(log)
    try:
        yield log
    finally:
        _recorders.remove(log)


def record(start: int, features: list[str], lemmas: list[str], rules: EventLabels) -> None:
    for log in _recorders:
        log.append((start, features, lemmas, rules))


@lru_cache(maxsize=4)
def model_for(option: str | None) -> TypingModel | None:
    """The model the `typing_model` option names: a file, "rules" (none: the rules alone), or
    None for the default (the shipped model when LEARNED_BY_DEFAULT, else none)."""
    if option == "rules" or option is None and not LEARNED_BY_DEFAULT:
        return None
    return TypingModel.load(None if option in (None, "learned") else option)


def learned_typing(context: Context, rules: EventLabels, modality: str, label: str | None, start: int,
                   model: TypingModel | None) -> EventLabels:
    """The typing of one event: the rules' label, weighed by `model` when there is one."""
    if model is None and not _recorders:
        return rules
    features, lemmas = event_features(context, rules, modality, label), clause_lemmas(context)
    record(start, features, lemmas, rules)
    return rules if model is None else model.decide(features, lemmas, rules)
