"""Find extractors (entry-point group `article2json.extractors`) and plan the order they run in."""

from __future__ import annotations

import graphlib
from importlib.metadata import entry_points
from typing import Callable, Iterable

from article2json.extractors.base import Extractor

ENTRY_POINT_GROUP = "article2json.extractors"
DOC = "doc"
ALWAYS = ("article",)


class PlanError(ValueError):
    """An unknown extractor, a missing dependency or a dependency cycle."""


def available_extractors(warn: Callable[[str], None] = lambda message: None) -> dict[str, type[Extractor]]:
    """Every extractor registered in the entry-point group, by name. A plugin that fails to
    load, or is not an Extractor, is reported through `warn` and skipped."""
    found: dict[str, type[Extractor]] = {}
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name, e.value)):
        try:
            cls = entry.load()
        except Exception as exc:  # a broken plugin must not take the tool down
            warn(f"extractor plugin '{entry.name}' ({entry.value}) failed to load: {exc}")
            continue
        if not (isinstance(cls, type) and issubclass(cls, Extractor) and cls.name):
            warn(f"extractor plugin '{entry.name}' ({entry.value}) is not an Extractor subclass with a name; skipped")
            continue
        if cls.name in found and found[cls.name] is not cls:
            warn(f"extractor '{cls.name}' is registered twice; keeping {found[cls.name].__module__}")
            continue
        found[cls.name] = cls
    return found


def plan(selected: Iterable[str] | None, available: dict[str, type[Extractor]]) -> list[type[Extractor]]:
    """The extractors to run, in an order where each comes after what it requires.

    `selected` None means all available. Requirements are added automatically; an unknown name,
    a missing requirement or a cycle raises PlanError before any input is read."""
    wanted = list(available) if selected is None else [*ALWAYS, *selected]
    names = ", ".join(sorted(available)) or "none"
    closure: dict[str, type[Extractor]] = {}
    stack = list(wanted)
    while stack:
        name = stack.pop()
        if name in closure:
            continue
        if name not in available:
            raise PlanError(f"unknown extractor '{name}'; available: {names}")
        cls = available[name]
        closure[name] = cls
        for requirement in cls.requires:
            if requirement == DOC:
                continue
            if requirement not in available:
                raise PlanError(f"extractor '{name}' requires '{requirement}', which is not installed; available: {names}")
            stack.append(requirement)
    sorter = graphlib.TopologicalSorter()
    for name in sorted(closure):
        sorter.add(name, *sorted(r for r in closure[name].requires if r != DOC))
    try:
        order = list(sorter.static_order())
    except graphlib.CycleError as exc:
        raise PlanError(f"extractor dependency cycle: {' -> '.join(exc.args[1])}") from None
    return [closure[name] for name in order]
