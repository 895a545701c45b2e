"""The circumstances of a casualty figure that decide whether it is one event's toll.

`is_aggregate(predicate)`: a total over a period ("since the start of the year", "this year",
"over the past months") or over many incidents ("numerous attacks ... leaving hundreds of casualties").
"""

from __future__ import annotations

from article2json.extractors.events.victims import children

AGGREGATE_AGENTS = {"insurgency", "conflict", "war", "uprising", "campaign", "crackdown"}
MANY_WORDS = {"numerous", "repeated", "countless", "frequent", "dozens", "hundreds"}
PERIOD_NOUNS = {"year", "month", "week", "decade", "period"}


def is_aggregate(predicate) -> bool:
    """Whether the figure of `predicate` is a total over a period or over many incidents."""
    clause = predicate
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    scope = [predicate, clause]
    if clause.dep_ in ("advcl", "xcomp", "conj", "acl") and not children(clause, "nsubj", "nsubjpass"):
        scope.append(clause.head)
    for holder in scope:
        for child in holder.children:
            objects = children(child, "pobj") if child.dep_ in ("prep", "agent") else [child]
            if child.dep_ == "prep" and child.lower_ == "since":
                return True
            if child.dep_ == "prep" and child.lower_ in ("in", "over", "during", "throughout", "within") \
                    and any(_is_period(obj) for obj in objects):
                return True
            if (child.dep_ == "npadvmod" and _is_period(child)) or (
                    child.dep_ in ("nsubj", "nsubjpass", "agent") and any(map(_is_many_incidents, objects))):
                return True
    return False


def _is_period(noun) -> bool:
    words = {child.lower_ for child in noun.children}
    lemma = noun.lemma_.lower()
    if lemma not in PERIOD_NOUNS:
        return False
    return bool(words & {"past", "recent", "previous"}) or (
        bool(words & {"this", "last"}) and (lemma in ("year", "decade") or noun.tag_ == "NNS"))


def _is_many_incidents(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in AGGREGATE_AGENTS or (
        noun.tag_ == "NNS" and any(child.lower_ in MANY_WORDS for child in noun.children))
