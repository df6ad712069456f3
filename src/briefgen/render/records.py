"""Read-only views of sources and facts, as templates see them.

Templates run in a sandbox and get plain frozen records rather than the
pydantic models, so a template can read a fact's fields and nothing else:
no methods that copy, dump or reach the corpus.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from markupsafe import Markup

from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Fact, Source
from briefgen.render.wording import date_filter
from briefgen.text.dates import PartialDate


@dataclass(frozen=True)
class SourceView:
    id: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    author: str | None
    url: str | None
    place: str | None

    @property
    def label(self) -> str:
        """How a reader names the article: outlet, else headline, else its date ('a report of 31 January 2025'), as bibliographies do."""
        if self.outlet:
            return self.outlet
        if self.title:
            return f"“{self.title}”"
        return f"a report of {date_filter(self.published)}" if self.published else "an undated report"


@dataclass(frozen=True)
class ValueView:
    metric: str
    amount: Decimal | None  # None for a range or a bound
    unit: str
    period: str | None
    low: Decimal | None = None
    high: Decimal | None = None
    approximate: bool = False


@dataclass(frozen=True)
class FactView:
    id: str
    claim: str
    quote: str
    date: PartialDate
    kind: str
    topics: tuple[str, ...]
    entities: tuple[str, ...]
    place: str | None
    event: str | None
    value: ValueView | None
    source: SourceView

    @property
    def cite(self) -> Markup:
        """The citation mark for this fact, ready to place after a sentence."""
        return Markup(f"[@{self.id}]")


@dataclass(frozen=True)
class DiscrepancyView:
    kind: str
    key: str
    facts: tuple[FactView, ...]
    message: str
    statements: tuple[str, ...] = ()  # what each fact states, in the order of ``facts`` ("until Saturday 10 December 2022")

    @property
    def cite(self) -> Markup:
        return Markup("[" + "; ".join(f"@{f.id}" for f in self.facts) + "]")


def source_view(source: Source) -> SourceView:
    return SourceView(
        id=source.id,
        title=source.title,
        outlet=source.outlet,
        published=source.published,
        author=source.author,
        url=source.url,
        place=source.place,
    )


def fact_view(fact: Fact, corpus: Corpus) -> FactView:
    value = fact.value
    return FactView(
        id=fact.id,
        claim=fact.claim,
        quote=fact.quote,
        date=fact.date,
        kind=fact.kind,
        topics=tuple(fact.topics),
        entities=tuple(fact.entities),
        place=fact.place,
        event=fact.event,
        value=ValueView(value.metric, value.amount, value.unit, value.period, value.low, value.high, value.approximate) if value else None,
        source=source_view(corpus.sources[fact.source]),
    )


def discrepancy_view(discrepancy: Discrepancy, corpus: Corpus) -> DiscrepancyView:
    facts = tuple(fact_view(corpus.facts[fid], corpus) for fid in discrepancy.fact_ids)
    return DiscrepancyView(
        kind=discrepancy.kind, key=discrepancy.key, facts=facts, message=discrepancy.describe(), statements=discrepancy.statements
    )


@dataclass(frozen=True)
class CorroborationView:
    """Who reports one claim: the facts that say it, their outlets, how many independent origins, the first report."""

    facts: tuple[FactView, ...]  # oldest report first
    outlets: tuple[SourceView, ...]  # one per outlet, in the order they first reported it
    origins: int  # outlets running one agency copy or press release count once
    first: FactView
    note: str  # "reported by Dawn, 31 January 2025, and Profit, 31 January 2025"

    @property
    def cite(self) -> Markup:
        """One citation mark for every fact: one note naming each outlet."""
        return Markup("[" + "; ".join(f"@{f.id}" for f in self.facts) + "]")

    @property
    def summary(self) -> str:
        """'2 outlets, 1 origin'."""
        outlets = len(self.outlets)
        return f"{outlets} outlet{'' if outlets == 1 else 's'}, {self.origins} origin{'' if self.origins == 1 else 's'}"
