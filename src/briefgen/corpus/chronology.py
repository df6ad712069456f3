"""A reported fact cannot have happened after the article that reports it was published.

An event, a figure or a statement dated after its source's publication date
is a date the quote cannot back: a misread "next month", a year typed wrong,
or a draft's placeholder date (a source first archived undated, drafted with
the year of drafting, then given its real date) kept by an editor who did
not run ``suggest --force``.  A plan is the one kind whose date may lie ahead.
"""

from __future__ import annotations

from briefgen.corpus.models import Fact, Origin, Source
from briefgen.errors import Problem
from briefgen.project import SOURCES_DIR

_WHAT = {"event": "an event", "figure": "a figure", "statement": "a statement"}


def dated_after_its_source(fact: Fact, source: Source, origin: Origin) -> Problem | None:
    """The error for a fact (not a plan) whose date begins after its source was published, else None."""
    if fact.kind == "plan" or source.published is None or fact.date.first_day <= source.published:
        return None
    return Problem(
        origin.path,
        origin.date_line or origin.line,
        f"fact '{fact.id}': dated {fact.date}, after its source '{source.id}' was published "
        f"({source.published.isoformat()}); {_WHAT[fact.kind]} cannot be later than its report",
        hint=f"date it as the quote does (the source's date is in {SOURCES_DIR}/{source.id}.md), or make it kind: plan "
        "if it is something due",
    )
