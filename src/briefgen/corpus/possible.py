"""Conflicts a proposed link would confirm: what ``check`` reports before any link is accepted.

An editor who adds twelve reports and curates their drafts unchanged has set
no link, yet the reports may date one visit to two months or give one trade
figure twice.  The discrepancy checks read only hand-set and accepted links
(a brief never shows a conflict nobody reviewed), so ``check`` also works
out, for the links it proposes, what accepting them would report: each is a
*possible conflict*, printed with its sides and the proposal that would
confirm it.  Accepting the proposal makes it a discrepancy; rejecting it
makes it go away.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from briefgen.corpus.beside import tells_background
from briefgen.corpus.clash import visit_date
from briefgen.corpus.conflicts import find_conflicts
from briefgen.corpus.discrepancies import Discrepancy, values_agree
from briefgen.corpus.links import Link, LinkDecisions, LinkEntry, apply_links
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import LinkProposal
from briefgen.corpus.side_clauses import without_side_dates
from briefgen.corpus.sides import dated_sides, near_sides
from briefgen.corpus.told_apart import apart_sides, parts_and_totals
from briefgen.corpus.written import writes_figure
from briefgen.text.english import FULL_MONTH_PATTERN


@dataclass(frozen=True)
class PossibleConflict:
    """A discrepancy that the proposal named would confirm if accepted."""

    discrepancy: Discrepancy
    proposals: tuple[LinkProposal, ...]


def _as_accepted(proposal: LinkProposal) -> Link:
    entry = LinkEntry.model_validate({"facts": list(proposal.fact_ids), proposal.kind: proposal.name, "decision": "accepted"})
    return Link(entry, 0)


def _metric_pairs(decisions: LinkDecisions) -> set[frozenset[str]]:
    return {frozenset(pair) for link in decisions.accepted() if link.entry.metric for pair in itertools.combinations(link.entry.facts, 2)}


#: Words that date what a quote reports: a month, a weekday, a year, "yesterday", "next month", "last week".
_DATE_WORDS = re.compile(
    rf"\b(?:{FULL_MONTH_PATTERN}"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
    r"|\b(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|(?:this|next|last|coming)\s+(?:week|month|year))\b"
    r"|\b(?:19|20)[0-9]{2}\b"
)


#: A dateline run into the sentence it opens ("August 18, 2024_ Italian Prime Minister Giorgia Meloni recently
#: concluded her first official visit"): the day of the page, not of what the sentence reports.
_OPENING_DATELINE = re.compile(rf"^\s*(?:{FULL_MONTH_PATTERN})\s+[0-3]?[0-9],?\s+(?:19|20)[0-9]{{2}}\s*[_–—-]+\s*")


def _dates_what_it_reports(quote: str) -> bool:
    """Whether a quote has words that date what it reports.

    Dates in a clause on a person ("Foreign Minister Cho Hyun, who also visited
    Washington in late July to meet US Secretary of State Marco Rubio, said
    ...": his own trip, :func:`~briefgen.corpus.side_clauses.without_side_dates`)
    and a dateline run into the sentence's start date something else.
    """
    return _DATE_WORDS.search(without_side_dates(_OPENING_DATELINE.sub("", quote))) is not None


def _dated_by_visit(fact: Fact) -> Fact:
    """A fact proposed as one event with others, dated by the visit its quote dates, if it dates one otherwise.

    "2,700 tractors this year under an agreement reached during Lukashenko's
    visit in December 2024" is dated 2025 for the supply; set against the
    report of his 25 November arrival, its date of the visit is December 2024,
    and what it dates is a visit held, not the plan it reports.
    """
    when = visit_date(fact.quote, fact.date.year)
    if when is None or when.overlaps(fact.date):
        return fact
    done = when.last_day < fact.date.first_day  # a visit before what the fact reports is one held, not one planned
    return fact.model_copy(update={"date": when, "kind": "event" if done else fact.kind})


def _sentence_figures(facts: list[Fact]) -> dict[tuple[str, str], list[Fact]]:
    """The facts with a figure of each sentence of each source: one sentence may state two figures, drafted as two facts."""
    found: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        if fact.value is not None:
            found.setdefault((fact.source, fact.quote.strip()), []).append(fact)
    return found


def _crossed(discrepancy: Discrepancy, facts: dict[str, Fact], sentences: dict[tuple[str, str], list[Fact]]) -> bool:
    """Whether a figure conflict only sets one figure of a sentence against another figure of the same sentence.

    "Rosatom is building at least 20 power units abroad, with contracts
    signed for six more" is two facts in each outlet that carries it; the
    first outlet's 20 against the second's 6 is no disagreement, for the
    second outlet's same sentence also states 20.  A conflict stands only if
    some side states a figure that no sentence of the other sides states.

    A sentence drafted as one fact may write the other figure too: "USD 360
    million to the US in addition to USD 400 million bilateral currency swap
    agreement" is drafted as 360 million, and another outlet's "currency swap
    agreement worth USD 400 million" is the figure that sentence also writes,
    not a second worth of the first.  Two sides are set against each other
    only if neither's quote writes the other's figure.
    """
    members = [facts[f] for f in discrepancy.fact_ids if f in facts]

    def said_by(side: Fact, other: Fact) -> bool:  # the other's sentence states a figure agreeing with this side's
        assert side.value is not None
        siblings = sentences.get((other.source, other.quote.strip()), [])
        return any(s.value is not None and s.value.unit == side.value.unit and values_agree(s.value, side.value) for s in siblings)

    return all(
        a.source == b.source
        or a.value is None
        or b.value is None
        or (said_by(a, b) and said_by(b, a))
        or writes_figure(a.quote, b.value)
        or writes_figure(b.quote, a.value)
        for a, b in itertools.combinations(members, 2)
    )


def _proposed_facts(facts: list[Fact], proposals: list[LinkProposal]) -> tuple[list[Fact], dict[str, Fact]]:
    """The proposed facts as written, and each as weighed: a fact in an event proposal dated by the visit its quote dates.

    The corpus is walked once; everything after reads the proposed facts alone.
    """
    proposed_ids = _ids(proposals)
    return _weighed(proposals, [f for f in facts if f.id in proposed_ids])


def _ids(proposals: list[LinkProposal]) -> set[str]:
    return {f for p in proposals for f in p.fact_ids}


def _weighed(proposals: list[LinkProposal], proposed: list[Fact]) -> tuple[list[Fact], dict[str, Fact]]:
    """``proposed`` (the proposed facts as written) and each as weighed (see :func:`_proposed_facts`)."""
    in_events = {f for p in proposals if p.kind == "event" for f in p.fact_ids}
    return proposed, {f.id: _dated_by_visit(f) if f.id in in_events else f for f in proposed}


def _proposed_written(
    facts: list[Fact], proposals: list[LinkProposal], written: Mapping[str, Fact] | None
) -> tuple[list[Fact], dict[str, Fact]]:
    """What :func:`_proposed_facts` gives, the proposed facts looked up in ``written`` (the same facts by id) if given.

    Each fact read costs most for reaching it in memory (50,000 facts): a few thousand looked up
    by id, not every fact walked.  What follows reads the proposed facts by id alone, in no order.
    """
    if written is None:
        return _proposed_facts(facts, proposals)
    return _weighed(proposals, [written[i] for i in _ids(proposals) if i in written])


class _LeftOut:
    """The proposed facts whose date says nothing of the event (see :func:`~briefgen.corpus.sides.dated_sides`), and
    those that date what the visit follows or goes before (:func:`~briefgen.corpus.beside.tells_background`).

    Asked of the facts of date conflicts only, a few of the proposed facts: each
    fact's quote is read for its date words when first asked, not every quote up front.
    """

    def __init__(self, proposed: list[Fact], by_id: dict[str, Fact], undated: set[str]) -> None:
        self._written = {f.id: f for f in proposed}
        self._by_id = by_id
        self._undated = undated
        self._known: dict[str, bool] = {}

    def __contains__(self, fact_id: object) -> bool:
        if not isinstance(fact_id, str):
            return False
        known = self._known.get(fact_id)
        if known is None:
            f = self._written.get(fact_id)
            known = self._known[fact_id] = f is not None and (
                f.source in self._undated
                or (self._by_id[f.id].date == f.date and (f.kind == "statement" or not _dates_what_it_reports(f.quote)))
                or tells_background(f.quote)  # "the visit comes on the heels of a pact ... last month": the pact's date
            )
        return known


def _from_undated(discrepancy: Discrepancy, by_id: dict[str, Fact], undated: set[str]) -> bool:
    """Whether a side of a conflict on the day of one act comes from an undated page: its "on Tuesday" names no day."""
    return any(f in by_id and by_id[f].source in undated for f in discrepancy.fact_ids)


def possible_conflicts(
    facts: list[Fact], proposals: list[LinkProposal], undated: set[str] | None = None, *, written: Mapping[str, Fact] | None = None
) -> list[PossibleConflict]:
    """The discrepancies each proposal would add if it were accepted.

    Proposals are only made for facts no decision links yet, so each is
    weighed on its own facts.  ``facts`` are the facts as written; ``undated`` the ids
    of sources that state no publication date, whose facts' dates are not
    set against others; ``written``, if given, the same facts by id.  Notes that two
    figures are not comparable are left out: they are not conflicts.
    """
    if not proposals:
        return []
    proposed, by_id = _proposed_written(facts, proposals, written)
    left_out = _LeftOut(proposed, by_id, undated or set())
    found = []
    for proposal in proposals:  # one at a time: two proposals sharing a fact must not chain two events into one
        members = [by_id[f] for f in proposal.fact_ids if f in by_id]
        alone = LinkDecisions([_as_accepted(proposal)])
        for discrepancy in find_conflicts(apply_links(members, alone), _metric_pairs(alone)):
            if discrepancy.kind == "not-comparable":
                continue
            if discrepancy.kind == "date":
                dated = dated_sides(discrepancy, by_id, left_out)
                if dated is None:
                    continue
                discrepancy = dated
            elif discrepancy.kind == "figure":
                near = near_sides(discrepancy, by_id)
                if near is None:
                    continue
                discrepancy = near
            elif discrepancy.kind == "day" and _from_undated(discrepancy, by_id, undated or set()):
                continue
            found.append(PossibleConflict(discrepancy, (proposal,)))
    # the other figures of the sentences on each side, read only for the sources in a figure conflict
    involved = {by_id[f].source for c in found if c.discrepancy.kind == "figure" for f in c.discrepancy.fact_ids if f in by_id}
    if not involved:
        return found
    valued = [f for f in facts if f.value is not None and f.source in involved]  # in one walk, for both
    sentences = _sentence_figures(valued)
    parts = parts_and_totals(valued)
    kept = []
    for conflict in found:
        if conflict.discrepancy.kind != "figure":
            kept.append(conflict)
        elif not _crossed(conflict.discrepancy, by_id, sentences) and (apart := apart_sides(conflict.discrepancy, by_id, parts)):
            kept.append(replace(conflict, discrepancy=apart))  # a part against its total (:mod:`.told_apart`)
    return kept


def without_undated(
    found: list[PossibleConflict], facts: list[Fact], proposals: list[LinkProposal], undated: set[str]
) -> list[PossibleConflict]:
    """``found`` as :func:`possible_conflicts` finds it when told ``undated``, from its answer for no undated source.

    The linking child works the possible conflicts out before the sources
    are read; the facts of an undated source only ever take a date conflict
    away (they date nothing), so its answer, filtered here, is the same.
    """
    if not undated or not found:
        return found
    proposed, by_id = _proposed_facts(facts, proposals)
    left_out = _LeftOut(proposed, by_id, undated)
    kept = []
    for conflict in found:
        if conflict.discrepancy.kind == "day":
            if not _from_undated(conflict.discrepancy, by_id, undated):
                kept.append(conflict)
        elif conflict.discrepancy.kind != "date":
            kept.append(conflict)
        elif (dated := dated_sides(conflict.discrepancy, by_id, left_out)) is not None:
            kept.append(replace(conflict, discrepancy=dated))
    return kept
