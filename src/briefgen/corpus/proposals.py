"""Proposing links: facts from different sources that report one event or one figure.

Editors wire facts by hand with shared ``event`` ids and metrics, and miss
many: the same visit dated by three outlets, the same trade figure quoted in
two interviews.  This module finds the candidates and says why, so that the
editor only has to accept or reject (in ``facts/links.yaml``).

Facts are compared only in pairs that :mod:`briefgen.corpus.pairing` finds
worth a look (facts of one block that clash, report one occasion, or share
rare words alike); each such pair is scored in full (wording of claims and
quotes, shared entities, dates, figures), and the pairs that score are
grouped so that facts which all pair with one another form one proposal.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal, cast

from briefgen.corpus.conflicts import compared_unit
from briefgen.corpus.counts import counts_of_different_things
from briefgen.corpus.deal_figures import deal_figure_clashes, two_report_clashes
from briefgen.corpus.evidence import (
    Article,
    Prepared,
    article_context,
    pair_features,
    pair_score,
    prepare,
    rarity,
)
from briefgen.corpus.folded import SMALL, folded
from briefgen.corpus.leads import ReportLeads
from briefgen.corpus.ledes import ledes
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.named_beside import named_beside
from briefgen.corpus.naming import ArticleNames, event_name, metric_name
from briefgen.corpus.occasions import undecided_occasions
from briefgen.corpus.pairing import (
    COUNT_CLASH,
    FIGURE_CLASH,
    STAY_CLASH,
    VISIT_CLASH,
    blocks,
    candidate_pairs,
    clash_reason,
    unchecked_clash,
)
from briefgen.corpus.parties import party_key
from briefgen.corpus.plans_between import plans_between
from briefgen.corpus.plans_proposed import plans_proposed
from briefgen.corpus.restated import with_retellings
from briefgen.corpus.said_alike import said_alike
from briefgen.corpus.said_between import said_between
from briefgen.corpus.similar_acts import without_similar_acts
from briefgen.corpus.steps_between import steps_between
from briefgen.corpus.sums_told_twice import sums_told_twice

_ID = attrgetter("id")

#: Two facts that score, their score and what puts the evidence in words (asked only of the pairs a proposal shows).
_Pair = tuple[Fact, Fact, float, Callable[[], str]]

#: Full score (0-1) a pair needs to be proposed.
THRESHOLD = 0.4


@dataclass(frozen=True)
class LinkProposal:
    """Facts ``check`` thinks report one event (``kind='event'``) or one figure (``'metric'``)."""

    fact_ids: tuple[str, ...]
    kind: Literal["event", "metric"]
    name: str  # the proposed event id or metric
    score: float  # the best pair's score, 0-1
    evidence: str

    def describe(self) -> str:
        what = f"the same figure (metric '{self.name}')" if self.kind == "metric" else f"the same event ('{self.name}')"
        facts = ", ".join(f"'{f}'" for f in self.fact_ids)
        return f"proposed link: {facts} may report {what}: {self.evidence}"

    def entry_yaml(self) -> str:
        """The links.yaml entry that accepts it, one line of YAML ready to paste."""
        return f"- {{facts: [{', '.join(self.fact_ids)}], {self.kind}: {self.name}, decision: accepted}}"

    def as_dict(self) -> dict[str, object]:
        return {
            "facts": list(self.fact_ids),
            "kind": self.kind,
            self.kind: self.name,
            "score": round(self.score, 3),
            "evidence": self.evidence,
            "message": self.describe(),
        }


def _prepared(facts: list[Fact]) -> list[Prepared]:
    """Every fact as the comparisons see it, with the names of its article."""
    return _prepared_articles(facts)[0]


def _prepared_articles(
    facts: list[Fact], early: Mapping[str, Prepared] | None = None
) -> tuple[list[Prepared], dict[str, Article], dict[str, Prepared] | None]:
    """Every fact as the comparisons see it, each source's article, and ``early`` if it gave every fact (else None).

    ``early`` holds facts prepared before (as the corpus was read), by id, maybe
    from the facts as written, before accepted links gave them an event id
    or a metric, which preparing does not read: such a fact is taken as linked.
    Holding every fact, it looks up each by its id as a mapping of the list would.
    """
    if early is None:
        prepared = [prepare(f) for f in facts]
        return prepared, article_context(prepared), None
    found = list(map(early.get, map(_ID, facts)))  # looked up in C, not by a Python step per fact
    if None in found:
        prepared = [prepare(f) if item is None else _taken(item, f) for item, f in zip(found, facts, strict=True)]
        return prepared, article_context(prepared), None
    taken = cast(list[Prepared], found)
    for item, fact in zip(taken, facts, strict=True):
        if item.fact is not fact:
            item.fact = fact
    return taken, article_context(taken), early if isinstance(early, dict) else None


def _taken(early: Prepared, fact: Fact) -> Prepared:
    if early.fact is not fact:
        early.fact = fact
    return early


def _article_names(articles: dict[str, Article]) -> ArticleNames:
    """The names each article's facts carry, counted from the facts as prepared (their names are worked out already)."""

    def names_of(source: str) -> Iterable[frozenset[str]]:
        article = articles.get(source)
        return () if article is None else (item.entities for item in article.members)

    return ArticleNames.of_names(names_of)


def _already_linked(a: Fact, b: Fact) -> bool:
    if a.value is not None and b.value is not None:
        return a.value.metric == b.value.metric
    return a.event is not None and a.event == b.event


def candidate_features(facts: list[Fact]) -> list[tuple[Fact, Fact, dict[str, float]]]:
    """Every pair compared in full, with its evidence: what the benchmark fits the weights on."""
    prepared = _prepared(facts)
    idf = rarity(prepared)
    return [
        (facts[i], facts[j], pair_features(prepared[i], prepared[j], idf)) for i, j in sorted(candidate_pairs(prepared, blocks(prepared)))
    ]


def scored_pairs(facts: list[Fact], decisions: LinkDecisions, threshold: float = THRESHOLD) -> list[tuple[Fact, Fact, float, str]]:
    """Every undecided pair of facts from different sources that scores ``threshold`` or more."""
    return [(a, b, score, evidence()) for a, b, score, evidence in _scored_pairs(facts, _prepared(facts), decisions, threshold)]


def _scored_pairs(
    facts: list[Fact],
    prepared: list[Prepared],
    decisions: LinkDecisions,
    threshold: float,
    reports: dict[str, list[Prepared]] | None = None,  # the prepared facts by source, if gathered already
) -> list[_Pair]:
    idf = rarity(prepared)
    pairs = []
    candidates = candidate_pairs(prepared, blocks(prepared))
    # a pair of two visitors' reports is no event, whatever its wording
    leads = ReportLeads.by_source(prepared, party_key) if reports is None else ReportLeads(reports, party_key)
    for (i, j), why in sorted(candidates.items()):
        a, b = facts[i], facts[j]
        if decisions.decided(a.id, b.id) or (_already_linked(a, b) and not unchecked_clash(prepared[i], prepared[j])):
            continue
        if not why and a.source != b.source and leads.facts_apart(a, b):
            continue
        scored = _scored(prepared[i], prepared[j], idf, threshold, why)
        if scored is not None:
            pairs.append((a, b, *scored))
    return pairs


def _scored(pa: Prepared, pb: Prepared, idf: dict[str, float], threshold: float, why: str) -> tuple[float, Callable[[], str]] | None:
    """The pair's score and evidence; two figures that state one figure differently (``why``) are proposed whatever their wording.

    Such a pair is scored once, against no threshold: its score is raised to ``threshold`` anyway, and
    scoring it against the threshold first would, for a pair below it, compare its wording twice.
    """
    if not why:
        return pair_score(pa, pb, idf, threshold)
    scored = pair_score(pa, pb, idf, 0.0)
    assert scored is not None
    score, evidence = scored
    return max(score, threshold), lambda: f"{evidence()}; {why}"


def draft_links(facts: list[Fact], drafts: list[Fact], threshold: float = THRESHOLD) -> list[tuple[Fact, Fact, float, str]]:
    """Curated facts that a draft may report the same event or figure as: (draft, fact, score, evidence), best first.

    For ``suggest``: drafts cannot be linked in links.yaml, so the editor
    learns, while curating, which event id or metric a draft should share.
    Only pairs of one draft and one curated fact are compared.
    """
    everything = facts + drafts
    prepared = _prepared(everything)
    idf = rarity(prepared)
    first_draft = len(facts)
    found = []
    for i, j in sorted(candidate_pairs(prepared, blocks(prepared))):
        if (i < first_draft) == (j < first_draft):
            continue
        fact, draft = (i, j) if i < first_draft else (j, i)
        if _already_linked(everything[fact], everything[draft]):
            continue
        scored = _scored(prepared[draft], prepared[fact], idf, threshold, clash_reason(prepared[draft], prepared[fact]))
        if scored is not None:
            found.append((everything[draft], everything[fact], scored[0], scored[1]()))
    found.sort(key=lambda p: (p[0].id, -p[2], p[1].id))
    return found


def _grouped(pairs: list[_Pair]) -> list[list[_Pair]]:
    """Pairs gathered into groups in which every two facts were proposed together (best pairs first).

    Chaining pairs (a-b, b-c, so a-c) would merge two reports that merely
    share a third; a fact joins a group only if it pairs with every member.
    A pair that fits no group is proposed on its own.
    """
    linked = {frozenset((a.id, b.id)) for a, b, _, _ in pairs}
    groups: list[tuple[set[str], list[_Pair]]] = []
    home: dict[str, int] = {}
    for pair in sorted(pairs, key=lambda p: (-p[2], p[0].id, p[1].id)):
        a, b = pair[0].id, pair[1].id
        ga, gb = home.get(a), home.get(b)
        if ga is None and gb is None:
            home[a] = home[b] = len(groups)
            groups.append(({a, b}, [pair]))
            continue
        if ga is not None and gb is not None:
            if ga == gb:
                groups[ga][1].append(pair)
            else:
                groups.append(({a, b}, [pair]))
            continue
        group_index, newcomer = (ga, b) if ga is not None else (gb, a)
        assert group_index is not None
        members, chosen = groups[group_index]
        if all(frozenset((newcomer, m)) in linked for m in members):
            members.add(newcomer)
            chosen.append(pair)
            home[newcomer] = group_index
        else:
            groups.append(({a, b}, [pair]))
    return [chosen for _, chosen in _merged(groups, linked)]


def _merged(groups: list[tuple[set[str], list[_Pair]]], linked: set[frozenset[str]]) -> list[tuple[set[str], list[_Pair]]]:
    """Groups that share a fact merged when every fact of one pairs with every fact of the other.

    Taking the best pairs first leaves one visit's reports in several
    overlapping groups ("arrived on Monday" with "held talks", "held talks"
    with "is paying an official visit"); where all of them were proposed
    together they are one link, and the editor decides once.  Groups that
    merely share a fact stay apart: that would chain two events.
    """
    merged = True
    while merged:
        merged = False
        holding: dict[str, list[int]] = defaultdict(list)
        for index, (members, _) in enumerate(groups):
            for member in sorted(members):  # in a stable order: which groups merge first must not vary between runs
                holding[member].append(index)
        gone: set[int] = set()
        for indexes in holding.values():
            for x, y in itertools.combinations(indexes, 2):
                if x in gone or y in gone:
                    continue
                (mx, px), (my, py) = groups[x], groups[y]
                if all(frozenset((u, v)) in linked for u in mx - my for v in my - mx):
                    known = {(p[0].id, p[1].id) for p in px}
                    groups[x] = (mx | my, px + [p for p in py if (p[0].id, p[1].id) not in known])
                    gone.add(y)
                    merged = True
        if gone:
            groups = [g for i, g in enumerate(groups) if i not in gone]
    return groups


def _figure_clashes(group: list[_Pair]) -> list[LinkProposal]:
    """The pairs of an event proposal that state one figure differently, each also proposed as one figure.

    An event link joins facts of one occasion, and the discrepancy checks
    compare their dates, not their figures: "26 MoUs signed" and "24
    memorandums" grouped with the rest of the visit would never be set side
    by side.  So such a pair is proposed as one figure too; accepting it shows the conflict.
    """
    found = []
    for a, b, score, evidence in group:
        if a.value is None or b.value is None:
            continue
        why = evidence()
        if FIGURE_CLASH in why or COUNT_CLASH in why:
            first, second = sorted((a, b), key=lambda f: (f.date.sort_key(), f.id))
            found.append(LinkProposal((first.id, second.id), "metric", metric_name([a, b]), score, f"'{a.id}' and '{b.id}': {why}"))
    return found


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while facts are compared.

    Comparing 50,000 facts makes millions of short-lived sets and tuples, none
    in a reference cycle; the collector, set off by their number, walks every
    fact of the corpus each time, and costs a tenth of the comparison.  Reference
    counting still frees them; the collector runs again afterwards.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


#: The occasions by fact ids and why each is one, and the deal figures of two reports
#: (:func:`~briefgen.corpus.deal_figures.two_report_clashes`): what :func:`occasion_ids` gives.
OccasionIds = tuple[list[tuple[list[str], str]], list[tuple[str, str]]]


def propose_links(
    facts: list[Fact],
    decisions: LinkDecisions,
    threshold: float = THRESHOLD,
    *,
    prepared: Mapping[str, Prepared] | None = None,
    occasions: Callable[[], OccasionIds] | None = None,
) -> list[LinkProposal]:
    """Undecided links, grouped: facts that all pair with one another form one proposal.

    ``prepared``: facts already prepared for comparison, by id (see :func:`_prepared_articles`).
    ``occasions``: gives :func:`occasion_ids` of these facts, worked out by another process
    meanwhile (the parent of the linking child: :mod:`briefgen.corpus.handover`); asked
    for once the pairs are scored, which needs neither the occasions nor gives them anything.
    """
    with _no_cycle_collection():
        return _propose(facts, decisions, threshold, prepared, occasions)


def occasion_ids(facts: list[Fact], decisions: LinkDecisions, prepared: Mapping[str, Prepared] | None = None) -> OccasionIds:
    """The undecided occasions among ``facts`` (:func:`undecided_occasions`) and the deal figures of two reports, by fact ids:
    what one process hands another (facts would cost much more to send).  What :func:`propose_links` finds given the same
    facts, decisions and prepared facts: both read each fact as prepared, with its article, and nothing that scoring adds."""
    with _no_cycle_collection():
        items, by_source, _ = _prepared_articles(facts, prepared)
        return _occasion_ids(items, decisions, {source: article.members for source, article in by_source.items()})


def _propose(
    facts: list[Fact],
    decisions: LinkDecisions,
    threshold: float,
    early: Mapping[str, Prepared] | None,
    occasions_given: Callable[[], OccasionIds] | None,
) -> list[LinkProposal]:
    prepared, by_source, early_by_id = _prepared_articles(facts, early)
    reports = {source: article.members for source, article in by_source.items()}
    pairs = _scored_pairs(facts, prepared, decisions, threshold, reports)
    proposals = []
    by_id = {f.id: f for a, b, _, _ in pairs for f in (a, b)}  # the facts of the groups below
    articles = _article_names(by_source)
    for group in _grouped(pairs):
        ids = sorted({p[0].id for p in group} | {p[1].id for p in group}, key=lambda i: (by_id[i].date.sort_key(), i))
        members = [by_id[i] for i in ids]
        units = {compared_unit(m.value.unit) for m in members if m.value is not None}  # miles and km: one
        # one figure when every fact states one, in one unit; facts of one visit that state unlike figures are one event
        # counts too far apart to be one count ("nine agreements", "one agreement on ...") are counts of different things
        one_figure = all(m.value is not None for m in members) and len(units) == 1 and not counts_of_different_things(members)
        kind: Literal["event", "metric"] = "metric" if one_figure else "event"
        best = max(group, key=lambda p: p[2])
        evidence = f"'{best[0].id}' and '{best[1].id}': {best[3]()}"
        name = metric_name(members) if kind == "metric" else event_name(members, articles)
        proposals.append(LinkProposal(tuple(ids), kind, name, best[2], evidence))
        if kind == "event":
            proposals += _figure_clashes(group)
    # for the occasions, the retellings and the deal figures below, which look up the facts of ``facts`` alone
    prepared_by_id = early_by_id if early_by_id is not None else {p.fact.id: p for p in prepared}
    found, two_reports = occasions_given() if occasions_given is not None else _occasion_ids(prepared, decisions, reports)
    undecided = [([prepared_by_id[i].fact for i in ids], why) for ids, why in found]
    told = with_retellings(undecided, [(a, b) for a, b, _, _ in pairs], prepared_by_id)
    names = [event_name(members, articles) for members, _ in told]
    beside = [([by_id[i] for i in p.fact_ids], p.name) for p in proposals if len(p.fact_ids) <= SMALL]
    joined = steps_between(plans_between(folded(told, names, beside), by_id, reports), by_id, reports)
    joined = plans_proposed(joined, [p.fact_ids for p in proposals], by_id, reports)
    joined = ledes(joined, [p.fact_ids for p in proposals], reports)
    joined = said_alike(said_between(joined, by_id, reports), [facts for facts, _ in beside], reports)
    joined = named_beside(joined, names, [(p.fact_ids, p.name) for p in proposals if p.kind == "event"], prepared_by_id)
    joined = without_similar_acts(sums_told_twice(joined, [p.fact_ids for p in proposals if p.kind == "metric"], prepared_by_id))
    occasions = [
        LinkProposal(tuple(m.id for m in members), "event", name, threshold, why)
        for (members, why), name in zip(joined, names, strict=True)
    ]
    within = [frozenset(o.fact_ids) for o in occasions]  # an event proposal inside an occasion is decided with it, unless it shows a clash
    proposals = [
        p
        for p in proposals
        if p.kind == "metric" or STAY_CLASH in p.evidence or VISIT_CLASH in p.evidence or not any(w.issuperset(p.fact_ids) for w in within)
    ] + occasions
    proposals += _deal_figures(proposals, prepared_by_id, two_reports)
    proposals.sort(key=lambda p: p.fact_ids)
    return proposals


def _occasion_ids(prepared: list[Prepared], decisions: LinkDecisions, articles: dict[str, list[Prepared]]) -> OccasionIds:
    """:func:`undecided_occasions` by fact ids, and the deal figures of two of the ``articles``."""
    return [([f.id for f in members], why) for members, why in undecided_occasions(prepared, decisions)], two_report_clashes(articles)


def _deal_figures(proposals: list[LinkProposal], by_id: dict[str, Prepared], two_reports: list[tuple[str, str]]) -> list[LinkProposal]:
    """The pairs that give one deal's figure differently (:mod:`.deal_figures`), as one figure.

    Each event proposal's facts are weighed together, and so are all the facts of two articles
    that name one deal beside a figure (``two_reports``, by fact ids: worked out with the occasions,
    see :func:`~briefgen.corpus.deal_figures.two_report_clashes`): a deal's worth is often told in a
    sentence no proposal takes.
    """
    proposed = {frozenset(pair) for p in proposals if p.kind == "metric" for pair in itertools.combinations(p.fact_ids, 2)}
    found: dict[frozenset[str], LinkProposal] = {}
    groups = [([by_id[i] for i in p.fact_ids], p.score, "in one occasion") for p in proposals if p.kind == "event"]
    clashes = [(a, b, score, where) for members, score, where in groups for a, b in deal_figure_clashes(members)]
    clashes += [(by_id[a].fact, by_id[b].fact, THRESHOLD, "in two reports") for a, b in two_reports]
    for a, b, score, where in clashes:
        key = frozenset((a.id, b.id))
        if key in proposed or key in found:
            continue
        first, second = sorted((a, b), key=lambda f: (f.date.sort_key(), f.id))
        why = f"'{first.id}' and '{second.id}': one deal's figure given differently (beside the deal and one name) {where}"
        found[key] = LinkProposal((first.id, second.id), "metric", metric_name([first, second]), score, why)
    return list(found.values())
