"""The killed and wounded totals of one event from the casualty figures attached to it.

Figures of one group add up: the main clauses of a sentence ("four soldiers and six militants
were killed" -> 10, "one attacker was shot dead while a police officer was found dead" -> 2), or
the clauses one source reports; unless one figure is the sum of the others ("six were killed,
four in the raid and two in an ambush" -> 6). A restated toll ("the dead included ...") is a
group of its own. Different groups restate one toll, so the largest wins, unless they count
different sides ("four soldiers were killed", "six attackers were killed" -> 10: the `party` of
each figure, set by the casualties stage); groups made only of additions ("another 2 were
killed", "three civilians were also killed") are added to it, unless a whole toll stated after
them ("Total fatalities: 13") or the headline's figure, which sums up the report, already counts
them, or a figure of their side told after them above the side's other figures does ("Three soldiers
killed" over "two soldiers and two rebels were killed ... a third soldier died": 5) (not a bound the toll without them does not reach: "kills more than 20" over 12 soldiers and 8
fighters dead, "three civilians were also killed": 23). An updated toll ("the death toll rose to 45", "revised the toll down to 8") or one stated
as the whole ("a total of five deaths", "in total 9 people died") wins over every figure before
it; an update of one side's toll ("bringing the toll among troops to eight") leaves the other
sides' deaths standing, and so does one that restates a side's number ("bringing the toll to nine"
after "killing nine soldiers") for the other sides' deaths told after it. Figures in
subordinate clauses or parentheses ("a man who had killed his wife was lynched") count only when
no main clause states one, or when they count a side no main figure counts while every main figure
counts a side ("nine soldiers were killed ... a sweep in which the bodies of 14 assailants were
recovered" -> 23). Totals over periods,
causes and earlier events ("a protest over the death of a driver") are left out, and so are the
claims of a side or of an alternative source when an unclaimed figure counts the same side or
people of no known side, and figures of "casualties" (dead and hurt alike) when another figure
counts the dead. A range ("between
6 and 10") counts its lower bound. A toll the text splits over several records ("Fatalities
spread across 3 days") leaves this record its even share, rounded down.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from article2json.extractors.events.casualties import Casualty


def event_totals(casualties: list[Casualty]) -> tuple[int | None, int | None]:
    """(killed, wounded) for one event; None when no number is stated."""
    return _total(casualties, "killed"), _total(casualties, "wounded")


def _value(figure: Casualty) -> int | None:
    if figure.count is not None:
        return figure.count
    return figure.low if figure.low is not None and figure.high is not None else None


def _total(casualties: list[Casualty], kind: str) -> int | None:
    """The toll of one kind; this record's even share of it when a later note splits it over
    several records ("Fatalities spread across 3 days") and no toll is stated after that."""
    total = _whole_toll(casualties, kind)
    share = next((f for f in reversed(casualties) if f.kind == kind and f.parts), None)
    if total is None or share is None or any(f.kind == kind and f.update and f.start > share.start
                                             for f in casualties):
        return total
    return total // share.parts


def _whole_toll(casualties: list[Casualty], kind: str) -> int | None:
    figures = [f for f in casualties if f.kind == kind and not (f.aggregate or f.background)
               and _value(f) is not None]
    figures = _without_contested_claims(figures)
    if not all(f.mixed for f in figures):  # "three people were killed ... we received nine casualties": 3
        figures = [f for f in figures if not f.mixed]
    if not figures:
        return None
    figures = _without_side_remarks(figures)
    updates = [f for f in figures if f.update]
    if updates:  # "the toll rose to 13": the latest update, and what was added after it
        latest = max(updates, key=lambda f: f.start)
        later = [f for f in figures if f.start > latest.start]
        others = _other_sides(latest.party, figures) if latest.party is not None \
            else _other_sides(_side_of_update(latest, figures), later)  # a side read from its number: what follows
        return _value(latest) + sum(_value(f) for f in later if f.additional) + others
    groups: dict[tuple[int, int], dict[str, int]] = {}
    parties: dict[tuple[int, int], dict[str, Casualty]] = {}
    for figure in figures:  # a figure restated word for word in its group counts once
        groups.setdefault(figure.group, {})[figure.text.lower()] = _value(figure)
        parties.setdefault(figure.group, {})[figure.text.lower()] = figure
    sums = {key: _group_sum(list(group.values())) for key, group in groups.items()}
    added = {f.group for f in figures if f.additional} - {f.group for f in casualties if not f.additional}
    sides = {}
    for figure in figures:
        sides.setdefault(figure.group, set()).add(figure.party)
    stated = {key: total for key, total in sums.items() if key not in added}
    starts = {key: _told_at(key, figures) for key in groups}
    split = {key: _by_side(parties[key].values()) for key in stated}
    base = _sides_total(stated, sides, split)
    wholes = [key for key in stated if _side(sides[key]) is None and not _above(key, figures, base)]
    added = {key for key in added if not any(starts[other] > starts[key] for other in wholes)
             and not _side_counted_after(key, stated, sides, split, starts)}
    return base + sum(sums[key] for key in added)


def _side_counted_after(added: tuple[int, int], stated: dict, sides: dict, split: dict, starts: dict) -> bool:
    """Whether a figure of the added deaths' side, told after them (the headline's: after
    everything), is above every other figure of that side, so already counts them ("Three soldiers
    killed" over "two soldiers and two rebels were killed ... a third soldier died"; not "Two
    soldiers killed" over "two soldiers dead ... a third soldier died")."""
    side = _side(sides[added])
    if side is None:
        return False
    told = {key: stated[key] if _side(sides[key]) == side else split[key].get(side, 0) for key in stated}
    return any(starts[key] > starts[added] and _side(sides[key]) == side
               and all(deaths < told[key] for other, deaths in told.items() if other != key) for key in told)


def _side_of_update(update: Casualty, figures: list[Casualty]) -> str | None:
    """The side an update of no stated side counts: the one side whose figure gave its number before
    ("killing nine soldiers" ... "bringing the toll to nine": the soldiers' toll, so the "Fourteen
    attackers were killed" told after it are more dead)."""
    sides = {f.party for f in figures if f.party is not None and not f.update and _value(f) == _value(update)}
    return sides.pop() if len(sides) == 1 else None


def _other_sides(party: str | None, figures: list[Casualty]) -> int:
    """The deaths of the other sides, when an update counts one side (`party`) only ("Eleven attackers
    were killed" ... "bringing the toll among troops to eight": 8 + 11): the largest figure of each."""
    if party is None:
        return 0
    by_side: dict[str, int] = {}
    for figure in figures:
        if figure.party not in (None, party) and not figure.update:
            by_side[figure.party] = max(by_side.get(figure.party, 0), _value(figure))
    return sum(by_side.values())


def _above(group: tuple[int, int], figures: list[Casualty], base: int) -> bool:
    """Whether a group states only lower bounds above `base`, the toll without additions ("kills more
    than 20" over 12 soldiers and 8 fighters told dead): it cannot already count the additions that
    take the toll past it ("three civilians were also killed": 23)."""
    told = [f for f in figures if f.group == group]
    return all(f.high is None and f.low is not None and f.low > base for f in told)


def _without_side_remarks(figures: list[Casualty]) -> list[Casualty]:
    """The figures without those of subordinate clauses and parentheses when a main clause states
    one, unless they count a side that no main figure counts while every main figure counts a
    side ("killing at least 11 soldiers" ... "a sweep in which the bodies of 17 assailants were
    recovered": 28)."""
    main = [f for f in figures if not f.subordinate]
    if not main:
        return figures
    sides = {f.party for f in main}
    return main if None in sides else [f for f in figures if not f.subordinate or
                                       f.party is not None and f.party not in sides]


def _told_at(group: tuple[int, int], figures: list[Casualty]) -> float:
    """Where a group of figures is told: its first figure's offset; after everything for the
    headline's, which sums up the toll as the report finally tells it ("Two men killed" over a
    body that adds "a second man died overnight" to a first death: 2, not 3)."""
    told = [f for f in figures if f.group == group]
    return math.inf if all(f.headline for f in told) else min(f.start for f in told)


def _without_contested_claims(figures: list[Casualty]) -> list[Casualty]:
    """The figures without the claims that an unclaimed figure contests: every claim when an
    unclaimed figure counts people of no known side; else the claims about a side an unclaimed
    figure counts ("nine soldiers were killed" ... "the group said its fighters killed 30
    soldiers" -> 9; "four soldiers died and the army said its troops killed 12 attackers" -> 16)."""
    counted = {f.party for f in figures if not f.claimed}
    if not counted:
        return figures
    return [f for f in figures if not f.claimed or None not in counted and f.party is not None
            and f.party not in counted]


def _side(parties: set) -> str | None:
    """The one side a group of figures counts; None for a whole toll (several sides, or people of
    no known side)."""
    return next(iter(parties)) if len(parties) == 1 else None


def _by_side(figures) -> dict[str, int]:
    """The deaths a group tells of each side, when every figure of it counts a known side."""
    split: dict[str, int] = {}
    for figure in figures:
        if figure.party is None:
            return {}
        split[figure.party] = split.get(figure.party, 0) + _value(figure)
    return split


def _sides_total(stated: dict[tuple[int, int], int], sides: dict[tuple[int, int], set],
                 split: dict[tuple[int, int], dict[str, int]]) -> int:
    """The toll of the groups that restate or complete each other: the deaths of each side (the
    largest group that counts only that side: "four soldiers were killed", "troops killed six
    attackers", or a side's part of a group that counts known sides: "two soldiers and two rebels
    died") add up; a group that counts several sides or people of no known side is a whole toll of
    its own, and the largest whole wins."""
    by_side: dict[str, int] = {}
    wholes = []
    for key, total in stated.items():
        side = _side(sides[key])
        if side is None:
            wholes.append(total)
        for side, deaths in (split[key].items() if side is None else [(side, total)]):
            by_side[side] = max(by_side.get(side, 0), deaths)
    return max([sum(by_side.values()), *wholes]) if stated else 0


def _group_sum(values: list[int]) -> int:
    """The sum of a group's figures (in text order), or the first one when the others after it
    break it down ("six were killed, four in the raid and two in an ambush" -> 6; "a clerk, his
    wife and two children" -> 4)."""
    total = sum(values)
    return values[0] if len(values) > 2 and 2 * values[0] == total else total
