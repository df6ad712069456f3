"""The scope of a brief: what it may see (the corpus as of its date, in its topics), and its edition's dates.

An edition is one brief as of one date.  Its date is the ``--as-of`` date,
else the brief's own ``as_of``, else the newest dated source in its topics.
The previous edition is the latest edition of the same brief recorded in
``build/manifest.json`` with an earlier date; templates compare against it
(``new_since_last()``, ``superseded()``), so it is one of the edition's
inputs and part of its input hash.  The scope rule (which topics a brief
sees) is written once, in :func:`topics_match`.  This module is kept free of
Jinja, Markdown and WeasyPrint so that deciding what to build stays fast.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Fact
from briefgen.errors import BriefgenError, Problem, Severity
from briefgen.render.brief import Brief
from briefgen.render.records import FactView


@dataclass(frozen=True)
class PreviousEdition:
    """The edition before this one: its date, the facts it cited in note order, and the section citing each.

    ``sections`` runs beside ``fact_ids``: the ``#`` or ``##`` heading of the
    first section citing each fact, None for a fact cited only before the
    first heading.  A manifest
    written before sections were recorded gives none at all (an empty tuple).
    """

    as_of: dt.date
    fact_ids: tuple[str, ...]
    sections: tuple[str | None, ...] = ()

    def section_of(self, fact_id: str) -> str | None:
        """The section of the previous edition that first cited ``fact_id``; None when not recorded."""
        if len(self.sections) != len(self.fact_ids) or fact_id not in self.fact_ids:
            return None
        return self.sections[self.fact_ids.index(fact_id)]


def build_date(as_of: dt.date) -> dt.date:
    """The cover's build date: SOURCE_DATE_EPOCH's day when set, else the edition's as-of date; never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return as_of


def build_label() -> str:
    """What the cover calls :func:`build_date`: "Built" for SOURCE_DATE_EPOCH's day, else "Edition of".

    Without SOURCE_DATE_EPOCH the date is the as-of date, not the day of the
    build, and the cover says so rather than printing a "Built" date that is not one.
    """
    return "Built" if os.environ.get("SOURCE_DATE_EPOCH", "").strip().isdigit() else "Edition of"


def topics_match(topics: Iterable[str], exclude: Iterable[str], fact_topics: Iterable[str]) -> bool:
    """The scope rule: a fact is seen when it has one of the topics (any, when none are named) and none excluded."""
    chosen = set(fact_topics)
    if chosen.intersection(exclude):
        return False
    wanted = set(topics)
    return not wanted or bool(chosen.intersection(wanted))


def names_one_of(entities: Iterable[str], fact: Fact) -> bool:
    """The entity rule: a fact is seen when it names one of the entities (any, when none are named).

    A fact names an entity when its ``entities`` list or its claim mentions it, in any case.
    """
    wanted = [e.casefold() for e in entities]
    if not wanted:
        return True
    named = " ".join([*fact.entities, fact.claim]).casefold()
    return any(entity in named for entity in wanted)


def in_topics(brief: Brief, fact_topics: Iterable[str]) -> bool:
    """Whether a fact is in the brief's scope, by its front matter's ``topics`` and ``exclude_topics``."""
    return topics_match(brief.meta.topics, brief.meta.exclude_topics, fact_topics)


def brief_sees(brief: Brief, fact: Fact) -> bool:
    """Whether a fact is in the brief's scope: by its topics and, when the brief names entities, by them."""
    return in_topics(brief, fact.topics) and names_one_of(brief.meta.entities, fact)


@dataclass
class Scope:
    """What a brief may see: the corpus as of its date, narrowed to its topics, and the edition before it.

    ``previous`` is read by ``new_since_last()`` and ``superseded()``; ``check``
    renders without one.
    """

    corpus: Corpus
    topics: frozenset[str]
    as_of: dt.date
    exclude: frozenset[str] = frozenset()
    previous: PreviousEdition | None = None
    entities: tuple[str, ...] = ()
    _seen: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _in_order: list[Fact] | None = field(default=None, init=False, repr=False, compare=False)

    def in_scope(self, fact_topics: Iterable[str]) -> bool:
        """In the brief's topics (all, when it names none) and in none of its excluded ones."""
        return topics_match(self.topics, self.exclude, fact_topics)

    def facts_in_date_order(self) -> list[Fact]:
        """The corpus's facts, oldest first (as :meth:`Corpus.facts_in_date_order`), sorted once per scope:
        ``facts()`` walks them on every call, dozens of times per render."""
        if self._in_order is None:
            self._in_order = self.corpus.facts_in_date_order()
        return list(self._in_order)

    def sees(self, fact: Fact) -> bool:
        """Whether the brief may show this fact: in its topics and, when it names entities, naming one.

        Helpers ask this of every fact, call after call; the answer is kept per fact id for the scope's life.
        """
        seen = self._seen.get(fact.id)
        if seen is None:
            seen = self._seen[fact.id] = self.in_scope(fact.topics) and names_one_of(self.entities, fact)
        return seen


def scope_for(brief: Brief, corpus: Corpus, as_of: dt.date | None, previous: PreviousEdition | None = None) -> Scope:
    """The corpus as the brief may see it: its date, its topics and the topics it excludes."""
    date = edition_date(brief, corpus, as_of)
    return Scope(
        corpus=corpus.as_of(date),
        topics=frozenset(brief.meta.topics),
        as_of=date,
        exclude=frozenset(brief.meta.exclude_topics),
        previous=previous,
        entities=tuple(brief.meta.entities),
    )


def edition_date(brief: Brief, corpus: Corpus, as_of: dt.date | None) -> dt.date:
    """The date of the edition: ``--as-of``, else the brief's ``as_of``, else its newest source's date."""
    problems = [
        Problem(brief.path, None, f"unknown topic '{topic}' in front matter '{field}'")
        for field, topics in (("topics", brief.meta.topics), ("exclude_topics", brief.meta.exclude_topics))
        for topic in sorted(set(topics))
        if topic not in corpus.vocabulary.topics
    ]
    if problems:
        raise BriefgenError(problems)
    date = as_of or brief.meta.as_of
    if date is not None:
        return date
    dates = _dates_in_scope(brief, corpus)
    if not dates:
        raise BriefgenError(
            [
                Problem(
                    brief.path,
                    None,
                    "no dated source in the brief's topics, so there is no as-of date",
                    hint="set as_of in the front matter",
                )
            ]
        )
    return max(dates)


def _dates_in_scope(brief: Brief, corpus: Corpus) -> list[dt.date]:
    """The newest publication date of each set of topics the brief admits (their max is its newest source in scope).

    The corpus keeps that index by topics; a brief narrowed to some people or
    organisations (``entities``) reads the facts themselves.
    """
    if brief.meta.entities:
        relevant = {f.source for f in corpus.facts.values() if brief_sees(brief, f)}
        return [s.published for sid, s in corpus.sources.items() if sid in relevant and s.published]
    return [date for topics, date in corpus.newest_by_topics().items() if in_topics(brief, topics)]


def staleness(brief: Brief, visible: Corpus, as_of: dt.date) -> str | None:
    """The notice shown when the newest source in scope is older than ``stale_after_days`` at ``as_of``.

    ``visible`` is the corpus as of the edition's date.
    """
    dates = _dates_in_scope(brief, visible)
    if not dates:
        return None
    age = (as_of - max(dates)).days
    if age <= brief.meta.stale_after_days:
        return None
    return (
        f"Possibly out of date: the newest source in this brief's scope was published {age} days before the as-of date "
        f"(threshold {brief.meta.stale_after_days} days)."
    )


def staleness_warning(brief: Brief, visible: Corpus, as_of: dt.date) -> Problem | None:
    """The terminal form of :func:`staleness`, naming the brief and the edition."""
    notice = staleness(brief, visible, as_of)
    if notice is None:
        return None
    text = notice.removeprefix("Possibly out of date: ").removesuffix(".")
    return Problem(brief.path, None, f"edition as of {as_of.isoformat()} is possibly out of date: {text}", Severity.WARNING)


def supersedes(newer: Fact, older: Fact) -> bool:
    """Whether ``newer`` reports on what ``older`` did: the same event, or the same figure for the same period."""
    if newer.id == older.id:
        return False
    if older.event is not None and newer.event == older.event:
        return True
    return (
        older.value is not None
        and newer.value is not None
        and newer.value.metric == older.value.metric
        and newer.value.period == older.value.period
    )


@dataclass(frozen=True)
class SupersededView:
    """A fact the previous edition cited, and the newer facts that report on the same thing."""

    fact: FactView
    by: tuple[FactView, ...]
