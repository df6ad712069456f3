"""A fact as the link comparisons see it, found among its report's prepared facts rather than prepared again.

The rules that join statements to an occasion (:mod:`briefgen.corpus.said_between`,
:mod:`briefgen.corpus.said_alike`) ask, fact by fact, for what
:func:`briefgen.corpus.evidence.prepare` made of each: its dates, its words, its
context.  ``reports`` already holds each source's prepared facts; a source's list is
indexed by fact id the first time one of its facts is asked for, and a fact of no
report (one a test hands in alone) is prepared then.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from briefgen.corpus.evidence import Prepared, prepare
from briefgen.corpus.models import Fact


def report_items(reports: Mapping[str, Sequence[Prepared]]) -> Callable[[Fact], Prepared]:
    """A lookup of each fact's prepared form among ``reports`` (each source's prepared facts)."""
    prepared: dict[str, Prepared] = {}

    def item(fact: Fact) -> Prepared:
        if fact.id not in prepared:
            prepared.update((each.fact.id, each) for each in reports.get(fact.source, ()))
        return prepared.get(fact.id) or prepare(fact)

    return item
