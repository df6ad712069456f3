"""One builder of the small facts that the corpus linking tests are made of.

Why: the tests of occasions, stays, roles, figure links and link proposals each
need many short facts whose claim is simply their quote. Each module used to
write the same dictionary for `Fact.model_validate` again; one builder keeps
those facts the same shape everywhere, and a change to the Fact model is made
here once. A module whose call sites share a positional signature keeps a
one-line wrapper that names its own defaults (its topic, its parties).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.parties import party_key
from briefgen.corpus.possible import possible_conflicts
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.spoken import spoken_at
from briefgen.text.dates import PartialDate


def make_fact(
    fact_id: str,
    source: str,
    quote: str,
    date: str,
    *,
    entities: Sequence[str] = (),
    kind: str | None = None,
    topics: Sequence[str] = ("trade",),
    event: str | None = None,
    claim: str | None = None,
    **value: Any,
) -> Fact:
    """A validated fact; keyword `value` fields (as strings, metric `m-<id>` unless given) make it a figure.

    The claim is the quote unless one is given, and the kind is "figure" when a
    value is given and "event" otherwise, unless `kind` says which.
    """
    data: dict[str, Any] = {
        "id": fact_id,
        "claim": quote if claim is None else claim,
        "source": source,
        "quote": quote,
        "date": date,
        "kind": kind if kind is not None else ("figure" if value else "event"),
        "topics": list(topics),
        "entities": list(entities),
    }
    if event:
        data["event"] = event
    if value:
        data["value"] = {"metric": f"m-{fact_id}", **{name: str(field) for name, field in value.items()}}
    return Fact.model_validate(data)


def conflicts_found(*facts: Fact) -> list[Discrepancy]:
    """The conflicts ``check`` would report for these facts with no link set: proposals, then possible conflicts."""
    proposals = propose_links(list(facts), LinkDecisions())
    return [p.discrepancy for p in possible_conflicts(list(facts), proposals)]


def conflicts_described(*facts: Fact) -> list[str]:
    """What ``check`` says of each conflict :func:`conflicts_found` finds, as an editor reads it."""
    return [d.describe() for d in conflicts_found(*facts)]


def said_at_occasion(quote: str, entities: tuple[str, ...], sides: tuple[str, str], date: str) -> bool:
    """Whether a statement with this quote, these entities and date is read as said at the occasion of ``sides``."""
    fact = make_fact("s", "page", quote, date, entities=entities, kind="statement", topics=("visits",))
    return spoken_at(prepare(fact), frozenset(map(party_key, entities)), frozenset(map(party_key, sides)), PartialDate.parse(date))
