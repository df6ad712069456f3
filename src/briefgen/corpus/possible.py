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
from dataclasses import dataclass

from briefgen.corpus.conflicts import find_conflicts
from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.links import Link, LinkDecisions, LinkEntry, apply_links
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import LinkProposal


@dataclass(frozen=True)
class PossibleConflict:
    """A discrepancy that the proposals named in it would confirm if accepted."""

    discrepancy: Discrepancy
    proposals: tuple[LinkProposal, ...]


def _as_accepted(proposal: LinkProposal) -> Link:
    entry = LinkEntry.model_validate({"facts": list(proposal.fact_ids), proposal.kind: proposal.name, "decision": "accepted"})
    return Link(entry, 0)


def _metric_pairs(decisions: LinkDecisions) -> set[frozenset[str]]:
    return {
        frozenset(pair)
        for link in decisions.accepted()
        if link.entry.metric
        for pair in itertools.combinations(link.entry.facts, 2)
    }


def _dated_disagreement(discrepancy: Discrepancy, facts: dict[str, Fact], undated: set[str]) -> bool:
    """Whether a date conflict stands without the facts whose source states no publication date.

    ``suggest`` dates such a fact by the first year its article mentions: a
    guess, which the editor has to check, not a report to set against another.
    """
    members = [facts[f] for f in discrepancy.fact_ids if facts[f].source not in undated]
    return any(
        a.source != b.source and (a.date.year, a.date.month) != (b.date.year, b.date.month)
        for a, b in itertools.combinations(members, 2)
    )


def possible_conflicts(
    facts: list[Fact], decisions: LinkDecisions, proposals: list[LinkProposal], undated: set[str] | None = None
) -> list[PossibleConflict]:
    """The discrepancies found with every proposal accepted that are not found with the editor's decisions alone.

    ``facts`` are the facts as written (not yet linked); ``undated`` the ids
    of sources that state no publication date, whose facts' dates are not
    set against others.  Notes that two figures are not comparable are left
    out: they are not conflicts.
    """
    if not proposals:
        return []
    confirmed = {(d.kind, d.key, d.fact_ids) for d in find_conflicts(apply_links(facts, decisions), _metric_pairs(decisions))}
    by_id = {f.id: f for f in facts}
    everything = LinkDecisions(decisions.links + [_as_accepted(p) for p in proposals])
    found = []
    for discrepancy in find_conflicts(apply_links(facts, everything), _metric_pairs(everything)):
        if discrepancy.kind == "not-comparable" or (discrepancy.kind, discrepancy.key, discrepancy.fact_ids) in confirmed:
            continue
        if discrepancy.kind == "date" and not _dated_disagreement(discrepancy, by_id, undated or set()):
            continue
        members = set(discrepancy.fact_ids)
        behind = tuple(p for p in proposals if len(members & set(p.fact_ids)) >= 2)
        found.append(PossibleConflict(discrepancy, behind))
    return found
