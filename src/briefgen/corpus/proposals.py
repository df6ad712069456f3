"""Proposing links: facts from different sources that report one event or one figure.

Editors wire facts by hand with shared ``event`` ids and metrics, and miss
many: the same visit dated by three outlets, the same trade figure quoted in
two interviews.  This module finds the candidates and says why, so that the
editor only has to accept or reject (in ``facts/links.yaml``).

Comparing every pair of 50,000 facts is out of the question, so facts are
compared only within *blocks*: facts that share an entity, or a metric, or
(for facts with neither) a month and a topic.  A block too big to compare
whole is narrowed by year, then by month; a block still too big is left out
(a name that every second fact carries says nothing).  Within a block the
wording is compared in bulk by rapidfuzz (sorted content words, Indel
ratio), and only pairs whose wording is close enough are scored in full:
wording of claims and quotes, shared entities, dates, and figures.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from briefgen.corpus.clash import figures_clash, figures_match, same_reported_figure
from briefgen.corpus.conflicts import unit_key
from briefgen.corpus.counts import counts_clash
from briefgen.corpus.evidence import (
    Prepared,
    article_context,
    one_occasion,
    pair_features,
    pair_score,
    prepare,
    rarity,
    shared_context,
    stays_clash,
    visits_clash,
)
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.naming import ArticleNames, event_name, metric_name
from briefgen.corpus.occasions import undecided_occasions

#: Largest block compared whole; larger ones are narrowed by year, then month.
BLOCK_LIMIT = 48
#: Largest block of one name, narrowed to a month, still compared (in windows); a name in more facts
#: than this in one month (the country itself, in a corpus about it) says nothing about which facts
#: go together.  A topic or a unit that big is left out.
WINDOW_LIMIT = 4 * BLOCK_LIMIT
#: Bulk wording score (0-100) a pair needs before it is scored in full.
PREFILTER = 40.0
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


def _block_keys(item: Prepared) -> list[tuple[object, ...]]:
    fact = item.fact
    keys: list[tuple[object, ...]] = [("entity", e) for e in item.entities]
    if fact.value is not None:
        keys.append(("metric", fact.value.metric))
        keys.append(("unit", unit_key(fact.value.unit)))
        keys.append(("figure", unit_key(fact.value.unit), *fact.value.bounds))  # one figure, however it is named
    keys += [("topic", t) for t in fact.topics]  # a draft names no entities: its topics still meet a fact's
    return keys


def _blocks(prepared: list[Prepared]) -> list[list[int]]:
    """Lists of fact indexes to compare among themselves, none larger than :data:`BLOCK_LIMIT`."""
    pending: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for index, item in enumerate(prepared):
        for key in _block_keys(item):
            pending[key].append(index)
    sources = [item.fact.source for item in prepared]
    narrowing = [
        [item.fact.date.year for item in prepared],  # a block too big is narrowed by year,
        [item.fact.date.month or 0 for item in prepared],  # then by month
    ]
    blocks: list[list[int]] = []
    for level in range(3):
        oversized: dict[tuple[object, ...], list[int]] = defaultdict(list)
        for key, members in pending.items():
            if len(members) < 2:
                continue
            first = sources[members[0]]
            if all(sources[i] == first for i in members):
                continue
            if len(members) <= BLOCK_LIMIT:
                blocks.append(members)
            elif level < 2:
                by = narrowing[level]
                for index in members:
                    oversized[(*key, by[index])].append(index)
            elif key[0] == "entity" and len(members) <= WINDOW_LIMIT:
                blocks += _windows(members, prepared)
        pending = oversized
    return blocks


def _windows(members: list[int], prepared: list[Prepared]) -> list[list[int]]:
    """A block still too big after narrowing to a month, as overlapping windows of facts close in date.

    Each fact is compared with the half-block of facts dated nearest it on
    either side, so a busy name is still linked, at a cost that grows with
    the block, not with its square.
    """
    ordered = sorted(members, key=lambda i: (prepared[i].fact.date.sort_key(), i))
    step = BLOCK_LIMIT // 2
    return [ordered[start : start + BLOCK_LIMIT] for start in range(0, len(ordered) - step, step)]


def _candidate_pairs(prepared: list[Prepared], blocks: Iterable[list[int]]) -> set[tuple[int, int]]:
    """Pairs of facts from different sources, in one block, that share a rare word and whose rare words are alike.

    Two facts that speak of a visit and share a name are compared however unlike the rest
    of their words: one outlet's "Lukashenko arrived on Monday evening" and another's
    "during Aleksandr Lukashenko's visit in December" are the reports whose dates the date
    check should compare.
    """
    found: set[tuple[int, int]] = set()
    seen: set[tuple[int, int]] = set()
    ratio = fuzz.ratio
    for members in blocks:
        ordered = sorted(members)
        for position, i in enumerate(ordered):
            item = prepared[i]
            for j in ordered[position + 1 :]:
                other = prepared[j]
                if item.fact.source == other.fact.source or (i, j) in seen:
                    continue
                if ((item.valued and other.valued) or (item.visit and other.visit) or (item.ends and other.ends)) and _clash(item, other):
                    seen.add((i, j))
                    found.add((i, j))
                    continue
                one_visit = item.visit and other.visit and not item.entities.isdisjoint(other.entities)
                if one_visit or (
                    item.happening and other.happening and one_occasion(item, other)
                ):  # however unlike their words: the names a visit is reported with are common ones
                    seen.add((i, j))
                    found.add((i, j))
                    continue
                if item.rare.isdisjoint(other.rare):
                    continue
                seen.add((i, j))
                if ratio(item.words, other.words, score_cutoff=PREFILTER):
                    found.add((i, j))
    return found


def _prepared(facts: list[Fact]) -> list[Prepared]:
    """Every fact as the comparisons see it, with the names of its article."""
    prepared = [prepare(f) for f in facts]
    article_context(prepared)
    return prepared


def _already_linked(a: Fact, b: Fact) -> bool:
    if a.value is not None and b.value is not None:
        return a.value.metric == b.value.metric
    return a.event is not None and a.event == b.event


def _unchecked_clash(pa: Prepared, pb: Prepared) -> bool:
    """Figures of one metric that the discrepancy checks do not compare, though they clash: not both with a period.

    Drafts curated unchanged share the metrics ``suggest`` names ("trade-volume"); two of them
    with no period, or one "in 2023" and one "last year" (read as of its date, no period), are
    compared only once a link says they are one figure, so that link is proposed.
    """
    a, b = pa.fact.value, pb.fact.value
    if a is None or b is None or (a.period and b.period):
        return False
    return figures_clash(pa.fact, pb.fact, pa.word_set, pb.word_set) or counts_clash(
        pa.fact, pb.fact, pa.word_set, pb.word_set, lambda: shared_context(pa, pb)
    )


def candidate_features(facts: list[Fact]) -> list[tuple[Fact, Fact, dict[str, float]]]:
    """Every pair compared in full, with its evidence: what the benchmark fits the weights on."""
    prepared = _prepared(facts)
    idf = rarity(prepared)
    return [
        (facts[i], facts[j], pair_features(prepared[i], prepared[j], idf)) for i, j in sorted(_candidate_pairs(prepared, _blocks(prepared)))
    ]


def scored_pairs(facts: list[Fact], decisions: LinkDecisions, threshold: float = THRESHOLD) -> list[tuple[Fact, Fact, float, str]]:
    """Every undecided pair of facts from different sources that scores ``threshold`` or more."""
    return _scored_pairs(facts, _prepared(facts), decisions, threshold)


def _scored_pairs(
    facts: list[Fact], prepared: list[Prepared], decisions: LinkDecisions, threshold: float
) -> list[tuple[Fact, Fact, float, str]]:
    idf = rarity(prepared)
    pairs = []
    for i, j in sorted(_candidate_pairs(prepared, _blocks(prepared))):
        a, b = facts[i], facts[j]
        if decisions.decided(a.id, b.id) or (_already_linked(a, b) and not _unchecked_clash(prepared[i], prepared[j])):
            continue
        scored = _scored(prepared[i], prepared[j], idf, threshold)
        if scored is not None:
            pairs.append((a, b, *scored))
    return pairs


def _scored(pa: Prepared, pb: Prepared, idf: dict[str, float], threshold: float) -> tuple[float, str] | None:
    """The pair's score and evidence; two figures that state one figure differently are proposed whatever their wording."""
    scored = pair_score(pa, pb, idf, threshold)
    why = _clash(pa, pb)
    if not why:
        return scored
    if scored is None:
        scored = pair_score(pa, pb, idf, 0.0)
        assert scored is not None
    score, evidence = scored
    return max(score, threshold), f"{evidence}; {why}"


_STAY_CLASH = "one stay ended on different days"
_VISIT_CLASH = "one visit dated to different months"
_FIGURE_CLASH = "one figure stated differently (same unit and time, within a tenth, or ranges that do not meet)"
_COUNT_CLASH = (
    "one count of one occasion stated differently (same kind of thing, within a tenth, articles about the same people, days apart)"
)


def _clash(pa: Prepared, pb: Prepared) -> str:
    """Why two facts are proposed for their disagreement (see :mod:`briefgen.corpus.clash`), or ''."""
    if pa.valued and pb.valued and figures_clash(pa.fact, pb.fact, pa.word_set, pb.word_set):
        return _FIGURE_CLASH
    if pa.valued and pb.valued and counts_clash(pa.fact, pb.fact, pa.word_set, pb.word_set, lambda: shared_context(pa, pb)):
        return _COUNT_CLASH
    if pa.valued and pb.valued and figures_match(pa.fact, pb.fact, pa.word_set, pb.word_set):
        return "one figure stated alike (same amount, unit and time, the same words for what it measures)"
    if pa.valued and pb.valued and same_reported_figure(pa.fact, pb.fact, pa.word_set, pb.word_set, lambda: shared_context(pa, pb)):
        return "one figure stated alike (same amount and unit, articles about the same people and places, days apart)"
    if pa.ends and pb.ends and stays_clash(pa, pb):
        return f"{_STAY_CLASH} ({pa.ends} / {pb.ends})"
    if pa.visit and pb.visit and visits_clash(pa, pb):
        when = ", ".join(str(d) for d in (pa.when, pb.when) if d is not None)
        return _VISIT_CLASH + (f" (the quote dates the visit {when})" if when else "")
    return ""


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
    for i, j in sorted(_candidate_pairs(prepared, _blocks(prepared))):
        if (i < first_draft) == (j < first_draft):
            continue
        fact, draft = (i, j) if i < first_draft else (j, i)
        if _already_linked(everything[fact], everything[draft]):
            continue
        scored = _scored(prepared[draft], prepared[fact], idf, threshold)
        if scored is not None:
            found.append((everything[draft], everything[fact], *scored))
    found.sort(key=lambda p: (p[0].id, -p[2], p[1].id))
    return found


def _grouped(pairs: list[tuple[Fact, Fact, float, str]]) -> list[list[tuple[Fact, Fact, float, str]]]:
    """Pairs gathered into groups in which every two facts were proposed together (best pairs first).

    Chaining pairs (a-b, b-c, so a-c) would merge two reports that merely
    share a third; a fact joins a group only if it pairs with every member.
    A pair that fits no group is proposed on its own.
    """
    linked = {frozenset((a.id, b.id)) for a, b, _, _ in pairs}
    groups: list[tuple[set[str], list[tuple[Fact, Fact, float, str]]]] = []
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


def _merged(
    groups: list[tuple[set[str], list[tuple[Fact, Fact, float, str]]]], linked: set[frozenset[str]]
) -> list[tuple[set[str], list[tuple[Fact, Fact, float, str]]]]:
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


def _figure_clashes(group: list[tuple[Fact, Fact, float, str]]) -> list[LinkProposal]:
    """The pairs of an event proposal that state one figure differently, each also proposed as one figure.

    An event link joins facts of one occasion, and the discrepancy checks
    compare their dates, not their figures: "26 MoUs signed" and "24
    memorandums" grouped with the rest of the visit would never be set side
    by side.  So such a pair is proposed as one figure too; accepting it shows the conflict.
    """
    found = []
    for a, b, score, why in group:
        if a.value is not None and b.value is not None and (_FIGURE_CLASH in why or _COUNT_CLASH in why):
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


def propose_links(facts: list[Fact], decisions: LinkDecisions, threshold: float = THRESHOLD) -> list[LinkProposal]:
    """Undecided links, grouped: facts that all pair with one another form one proposal."""
    with _no_cycle_collection():
        return _propose(facts, decisions, threshold)


def _propose(facts: list[Fact], decisions: LinkDecisions, threshold: float) -> list[LinkProposal]:
    prepared = _prepared(facts)
    pairs = _scored_pairs(facts, prepared, decisions, threshold)
    proposals = []
    by_id = {f.id: f for f in facts}
    articles = ArticleNames(facts)
    for group in _grouped(pairs):
        ids = sorted({p[0].id for p in group} | {p[1].id for p in group}, key=lambda i: (by_id[i].date.sort_key(), i))
        members = [by_id[i] for i in ids]
        units = {unit_key(m.value.unit) for m in members if m.value is not None}
        # one figure when every fact states one, in one unit; facts of one visit that state unlike figures are one event
        kind: Literal["event", "metric"] = "metric" if all(m.value is not None for m in members) and len(units) == 1 else "event"
        best = max(group, key=lambda p: p[2])
        evidence = f"'{best[0].id}' and '{best[1].id}': {best[3]}"
        name = metric_name(members) if kind == "metric" else event_name(members, articles)
        proposals.append(LinkProposal(tuple(ids), kind, name, best[2], evidence))
        if kind == "event":
            proposals += _figure_clashes(group)
    occasions = [
        LinkProposal(tuple(m.id for m in members), "event", event_name(members, articles), threshold, why)
        for members, why in undecided_occasions(prepared, decisions)
    ]
    within = [frozenset(o.fact_ids) for o in occasions]  # an event proposal inside an occasion is decided with it, unless it shows a clash
    proposals = [
        p
        for p in proposals
        if p.kind == "metric"
        or _STAY_CLASH in p.evidence
        or _VISIT_CLASH in p.evidence
        or not any(w.issuperset(p.fact_ids) for w in within)
    ] + occasions
    proposals.sort(key=lambda p: p.fact_ids)
    return proposals
