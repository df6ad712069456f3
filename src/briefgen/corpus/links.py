"""``facts/links.yaml``: the editor's decisions on links between facts from different sources.

``check`` proposes links (two reports of one event, or of one figure); the
editor accepts or rejects each proposal once, in this one reviewed file, and
the decision is kept: a pair of facts named together in any entry is never
proposed again.  Accepted links then count exactly like hand-set ``event``
ids and shared metrics: the discrepancy checks and the corroboration helper
read the *linked* facts (:func:`apply_links`), while the facts as written
stay untouched (``check --json`` and past editions see what the files say).

An entry::

    - facts: [dawn-2025-01-31-visit, profit-2025-01-31-visit]
      event: lukashenko-visit-2024          # or metric: trade-volume
      decision: accepted                    # accepted | rejected
      evidence: "shared entities: …; wording 87% alike"
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from briefgen.corpus.files import read_text
from briefgen.corpus.models import Fact, OptionalText, Slug, StrictModel
from briefgen.corpus.name_union import NameUnion
from briefgen.errors import BriefgenError, Problem
from briefgen.loading.validation import validate_item
from briefgen.loading.yamlload import load_yaml
from briefgen.project import LINKS_FILE as LINKS_FILE  # where it was always imported from


class LinkEntry(StrictModel):
    """One decision: these facts report one event (or one figure), or they do not."""

    facts: list[Slug] = Field(min_length=2, description="The ids of the facts linked (at least two).")
    event: Slug | None = Field(default=None, description="The event id the facts share, for a link of one happening.")
    metric: Slug | None = Field(default=None, description="The metric the facts' values share, for a link of one figure.")
    decision: Literal["accepted", "rejected"] = Field(description="accepted: the facts are linked; rejected: never propose them again.")
    evidence: OptionalText = Field(default=None, description="Why the link was proposed (kept for the reviewer).")

    @model_validator(mode="after")
    def _one_key(self) -> LinkEntry:
        if self.event is not None and self.metric is not None:
            raise ValueError("give either event or metric, not both (one entry links one event or one figure)")
        if self.decision == "accepted" and self.event is None and self.metric is None:
            raise ValueError("an accepted link needs an event id or a metric")
        return self


@dataclass(frozen=True)
class Link:
    """An entry of links.yaml and the line it starts on."""

    entry: LinkEntry
    line: int

    @property
    def accepted(self) -> bool:
        return self.entry.decision == "accepted"


@dataclass
class LinkDecisions:
    """Every decision in links.yaml, with a fast 'was this pair decided?' test."""

    links: list[Link] = field(default_factory=list)
    _decided: dict[str, set[str]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        decided: dict[str, set[str]] = defaultdict(set)
        for link in self.links:
            for fact_id in link.entry.facts:
                decided[fact_id].update(link.entry.facts)
        self._decided = dict(decided)

    def decided(self, a: str, b: str) -> bool:
        """Whether the editor has already accepted or rejected a link naming both facts."""
        return b in self._decided.get(a, ())

    def accepted(self) -> list[Link]:
        return [link for link in self.links if link.accepted]

    def partners(self, fact_id: str) -> list[str]:
        """The facts linked to ``fact_id`` by accepted entries (itself included, first), in file order."""
        found = [fact_id]
        for link in self.links:
            if link.accepted and fact_id in link.entry.facts:
                found += [f for f in link.entry.facts if f not in found]
        return found


def load_links(root: Path, fact_ids: Iterable[str], draft_ids: Iterable[str]) -> tuple[LinkDecisions, list[Problem]]:
    """Read and check links.yaml; a missing file is no decisions yet, never an error."""
    path = root / LINKS_FILE
    if not path.is_file():
        return LinkDecisions(), []
    text, problems = read_text(path, LINKS_FILE)
    if text is None:
        return LinkDecisions(), problems
    try:
        loaded = load_yaml(text, LINKS_FILE)
    except BriefgenError as exc:
        return LinkDecisions(), exc.problems
    if loaded.data == "":
        return LinkDecisions(), []
    if not isinstance(loaded.data, list):
        hint = "write '- facts: [a, b]' entries with event or metric, and decision: accepted or rejected"
        return LinkDecisions(), [Problem(LINKS_FILE, loaded.line_of(()), "links.yaml must be a list of link entries", hint=hint)]
    known = set(fact_ids)
    drafts = set(draft_ids)
    links: list[Link] = []
    for index, item in enumerate(loaded.data):
        line = loaded.line_of((index,))
        what = f"link #{index + 1}"
        if not isinstance(item, dict):
            problems.append(Problem(LINKS_FILE, line, f"{what}: each link must be a mapping (facts, event or metric, decision)"))
            continue
        entry, found = validate_item(LinkEntry, item, loaded, (index,), LINKS_FILE, what)
        problems += found
        if entry is None:
            continue
        bad = False
        for position, fact_id in enumerate(entry.facts):
            where = loaded.line_of((index, "facts", position))
            if fact_id in drafts:
                problems.append(Problem(LINKS_FILE, where, f"{what}: fact '{fact_id}' is a draft", hint="curate it first, then link it"))
                bad = True
            elif fact_id not in known:
                close = difflib.get_close_matches(fact_id, known, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "run `briefgen check --json` to list fact ids"
                problems.append(Problem(LINKS_FILE, where, f"{what}: unknown fact '{fact_id}'", hint=hint))
                bad = True
            elif fact_id in entry.facts[:position]:
                problems.append(Problem(LINKS_FILE, where, f"{what}: fact '{fact_id}' is named twice"))
                bad = True
        if not bad:
            links.append(Link(entry, line))
    return LinkDecisions(links), problems


def link_problems(decisions: LinkDecisions, facts: dict[str, Fact]) -> list[Problem]:
    """Accepted metric links between facts that state no value: the link cannot mean anything."""
    problems = []
    for link in decisions.accepted():
        if link.entry.metric is None:
            continue
        for fact_id in link.entry.facts:
            fact = facts.get(fact_id)
            if fact is not None and fact.value is None:
                problems.append(
                    Problem(
                        LINKS_FILE,
                        link.line,
                        f"fact '{fact_id}' states no value, so it cannot share metric '{link.entry.metric}'",
                        hint="link it by event instead, or give the fact a value",
                    )
                )
    return problems


def apply_links(facts: list[Fact], decisions: LinkDecisions) -> list[Fact]:
    """The facts as accepted links make them: shared event ids, shared metrics.

    Events an accepted link joins become one event, named by the
    alphabetically first of their ids (so a hand-set id and a proposed one
    merge wherever either is used).  A metric link gives the named metric to
    the values of its facts; two metric links sharing a fact become one.  Facts no link touches are returned as they are.
    """
    accepted = decisions.accepted()
    if not accepted:
        return facts
    events = NameUnion()
    metrics = NameUnion()  # a fact in two metric links joins their metrics
    linked_event: dict[str, str] = {}
    linked_metric: dict[str, str] = {}
    for link in accepted:
        entry = link.entry
        for fact_id in entry.facts:
            if entry.event is not None:
                previous = linked_event.get(fact_id)
                if previous is not None:
                    events.join(previous, entry.event)
                linked_event[fact_id] = entry.event
            elif entry.metric is not None:
                previous = linked_metric.get(fact_id)
                if previous is not None:
                    metrics.join(previous, entry.metric)
                linked_metric[fact_id] = entry.metric
    by_id = {f.id: f for f in facts}
    for fact_id, linked in linked_event.items():
        own = by_id[fact_id].event if fact_id in by_id else None
        if own is not None:
            events.join(own, linked)
    result = []
    for fact in facts:
        update: dict[str, object] = {}
        event = linked_event.get(fact.id, fact.event)
        if event is not None and events.find(event) != fact.event:
            update["event"] = events.find(event)
        metric = linked_metric.get(fact.id)
        metric = metrics.find(metric) if metric is not None else None
        if metric is not None and fact.value is not None and fact.value.metric != metric:
            update["value"] = fact.value.model_copy(update={"metric": metric})
        result.append(fact.model_copy(update=update) if update else fact)
    return result
