"""What the corpus says about an event's date: per month, how many sources place it there.

"Two reports place the visit in November 2024, one in December 2024" is a
count an editor should not type: the next source changes it.  The view
groups the facts of one event (set by hand or by an accepted link in
``facts/links.yaml``) by the month they date it to, and counts sources, not
facts, so two facts of one article are one report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from briefgen.render.records import FactView, SourceView
from briefgen.render.wording import date_filter
from briefgen.text.dates import PartialDate
from briefgen.text.english import number_word


@dataclass(frozen=True)
class PlacementView:
    """One month an event is dated to, and the sources that date it there."""

    month: PartialDate  # to the month (to the year where a source gives only the year)
    count: int  # how many sources place the event in this month
    sources: tuple[SourceView, ...]  # oldest first
    facts: tuple[FactView, ...]  # every fact of those sources that dates the event to this month

    @property
    def cite(self) -> Markup:
        """One citation mark for every fact that places the event in this month."""
        return Markup("[" + "; ".join(f"@{f.id}" for f in self.facts) + "]")

    @property
    def count_words(self) -> str:
        """The count as a sentence says it: "one", "two" … "ten", then digits."""
        return number_word(self.count)

    @property
    def phrase(self) -> str:
        """'two place it in November 2024', 'one places it in December 2024'."""
        verb = "places" if self.count == 1 else "place"
        return f"{self.count_words} {verb} it in {date_filter(self.month)}"


def _month_of(date: PartialDate) -> PartialDate:
    return PartialDate(date.year, date.month)


def placements_of(facts: Iterable[FactView]) -> list[PlacementView]:
    """The given facts of one event grouped by month, oldest month first; sources oldest first within each."""
    by_month: dict[PartialDate, list[FactView]] = {}
    for fact in facts:
        by_month.setdefault(_month_of(fact.date), []).append(fact)
    found = []
    for month in sorted(by_month, key=lambda m: (m.first_day, m.last_day)):
        members = by_month[month]
        sources: dict[str, SourceView] = {}
        for fact in sorted(members, key=lambda f: (f.source.published is None, f.source.published, f.id)):
            sources.setdefault(fact.source.id, fact.source)
        ordered = tuple(sorted(members, key=lambda f: (list(sources).index(f.source.id), f.id)))
        found.append(PlacementView(month=month, count=len(sources), sources=tuple(sources.values()), facts=ordered))
    return found
