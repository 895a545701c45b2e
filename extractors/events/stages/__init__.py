"""The stages of the events extractor, in the order they run. Each is a module with a function
that takes the previous stage's output (a small dataclass) and returns its own; each imports only
earlier stages.

1. triggers   (triggers.py):    `ArticleParse` -> `Triggers`: mentions and casualty figures
2. roles      (roles.py):       -> `Roles`: actors, recipients, modality of each mention
3. casualties (casualties.py):  -> `Casualties`: each figure given to the mention that states it
4. incidents  (incidents.py):   -> `Incidents`: mentions merged into events
5. typing     (event_types.py): -> `Typed`: PLOVER and ACLED labels of each event
6. main event (main_event.py):  -> `Selected`: the events to report, one of them main
7. linking    (linking.py):     -> `Linked`: date, place and attribution of each event
8. record     (record.py):      -> the output objects

`run_stages` runs them; given a `trace` callback it also hands over what each stage produced
(`summary()` of its output, plain JSON values), which `article2json explain` prints.
"""

from __future__ import annotations

from typing import Any, Callable

from article2json.extractors.events.stages.casualties import attach_figures
from article2json.extractors.events.stages.event_types import type_events
from article2json.extractors.events.stages.incidents import merge_incidents
from article2json.extractors.events.stages.linking import link_events, linker_for
from article2json.extractors.events.stages.main_event import select_events
from article2json.extractors.events.stages.record import event_records
from article2json.extractors.events.stages.roles import resolve_mention_roles
from article2json.extractors.events.stages.triggers import ArticleParse, find_triggers

Trace = Callable[[str, Any], None]


def run_stages(parse: ArticleParse, trace: Trace | None = None) -> list[dict[str, Any]]:
    """The events of one parsed article; `trace(stage, summary)` is called after each stage."""
    def traced(name: str, output):
        if trace is not None:
            trace(name, output if isinstance(output, list) else output.summary())
        return output

    roles = traced("roles", resolve_mention_roles(traced("triggers", find_triggers(parse))))
    casualties = traced("casualties", attach_figures(roles))
    incidents = traced("incidents", merge_incidents(casualties, linker_for(roles)))
    selected = traced("main_event", select_events(traced("typing", type_events(incidents))))
    linked = traced("linking", link_events(selected))
    return traced("record", event_records(linked))
