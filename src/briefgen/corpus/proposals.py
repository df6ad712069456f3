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

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from briefgen.corpus.conflicts import unit_key
from briefgen.corpus.discrepancies import describe_value, values_agree
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact, Value
from briefgen.text.dates import PartialDate

#: Largest block compared whole; larger ones are narrowed by year, then month.
BLOCK_LIMIT = 48
#: Bulk wording score (0-100) a pair needs before it is scored in full.
PREFILTER = 30.0
#: Full score (0-1) a pair needs to be proposed.
THRESHOLD = 0.3

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "this",
        "that",
        "these",
        "those",
        "its",
        "it",
        "their",
        "his",
        "her",
        "he",
        "she",
        "they",
        "we",
        "our",
        "said",
        "says",
        "also",
        "which",
        "who",
        "during",
        "after",
        "before",
        "over",
        "into",
        "than",
        "about",
        "up",
        "more",
        "two",
        "both",
        "sides",
        'side".',
    ]
)
_WORD = re.compile(r"[a-z0-9]+")


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
        """The links.yaml entry that decides it, for the hint and the docs."""
        return f"- facts: [{', '.join(self.fact_ids)}]  {self.kind}: {self.name}  decision: accepted|rejected"

    def as_dict(self) -> dict[str, object]:
        return {
            "facts": list(self.fact_ids),
            "kind": self.kind,
            self.kind: self.name,
            "score": round(self.score, 3),
            "evidence": self.evidence,
            "message": self.describe(),
        }


@dataclass
class _Prepared:
    fact: Fact
    words: str  # sorted unique content words of claim and quote, for the bulk comparison
    word_set: set[str]
    entities: frozenset[str]
    claim: str
    quote: str


def _content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1]


def _prepare(fact: Fact) -> _Prepared:
    word_set = set(_content_words(fact.claim)) | set(_content_words(fact.quote))
    return _Prepared(
        fact=fact,
        words=" ".join(sorted(word_set)),
        word_set=word_set,
        entities=frozenset(e.strip().lower() for e in fact.entities),
        claim=default_process(fact.claim),
        quote=default_process(fact.quote),
    )


def _block_keys(fact: Fact) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = [("entity", e.strip().lower()) for e in fact.entities]
    if fact.value is not None:
        keys.append(("metric", fact.value.metric))
        keys.append(("unit", unit_key(fact.value.unit)))
    if not keys:
        keys = [("topic", t) for t in fact.topics]
    return keys


def _narrowed(key: tuple[str, ...], fact: Fact, level: int) -> tuple[str, ...]:
    if level == 0:
        return key
    if level == 1:
        return (*key, str(fact.date.year))
    return (*key, str(fact.date.year), str(fact.date.month or 0))


def _blocks(facts: list[Fact]) -> list[list[int]]:
    """Lists of fact indexes to compare among themselves, none larger than :data:`BLOCK_LIMIT`."""
    pending: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, fact in enumerate(facts):
        for key in _block_keys(fact):
            pending[key].append(index)
    blocks: list[list[int]] = []
    for level in range(3):
        oversized: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for key, members in pending.items():
            if len(members) < 2 or len({facts[i].source for i in members}) < 2:
                continue
            if len(members) <= BLOCK_LIMIT:
                blocks.append(members)
            elif level < 2:
                for index in members:
                    oversized[_narrowed(key, facts[index], level + 1)].append(index)
        pending = oversized
    return blocks


def _date_score(a: PartialDate, b: PartialDate) -> float:
    if a.year != b.year:
        return 0.0 if abs(a.year - b.year) > 1 else 0.2
    if a.month is None or b.month is None:
        return 0.7
    if a.month != b.month:
        return 0.4
    return 1.0


def _figure_fit(a: Fact, b: Fact) -> str:
    """'same' (same unit, agreeing), 'near' or 'differ' (same unit, conflicting), 'other' (different units), 'one' or 'none'."""
    if a.value is None or b.value is None:
        return "none" if a.value is None and b.value is None else "one"
    if unit_key(a.value.unit) != unit_key(b.value.unit):
        return "other"
    if values_agree(a.value, b.value):
        return "same"
    return "near" if _near(a.value, b.value) else "differ"


def _near(a: Value, b: Value) -> bool:
    """Two figures within a tenth of each other: one figure counted or rounded differently (28 and 29, 80 and 85 km)."""
    low_a, high_a = a.bounds
    low_b, high_b = b.bounds
    x, y = low_a if low_a is not None else high_a, low_b if low_b is not None else high_b
    if x is None or y is None or max(abs(x), abs(y)) == 0:
        return False
    return abs(x - y) / max(abs(x), abs(y)) <= Decimal("0.1")


@dataclass(frozen=True)
class _Pair:
    a: int
    b: int
    score: float
    evidence: str


def _idf_overlap(a: set[str], b: set[str], idf: dict[str, float]) -> tuple[float, float]:
    """Shared words weighted by rarity: over the union (Jaccard) and over the smaller set."""
    shared = sum(idf[w] for w in a & b)
    weight_a, weight_b = sum(idf[w] for w in a), sum(idf[w] for w in b)
    union = weight_a + weight_b - shared
    smaller = min(weight_a, weight_b)
    return (shared / union if union else 0.0), (shared / smaller if smaller else 0.0)


# Weights of the evidence, fitted (logistic regression) on the labelled evaluation set; see docs/performance.md.
_WEIGHTS = {
    "rare_union": 4.2,
    "rare_smaller": 4.8,
    "entities": 1.6,
    "dates": 2.4,
    "same_figure": 1.7,
    "near_figure": 1.5,
    "other_unit": 1.4,
    "one_figure": -0.8,
    "wording": 2.4,
    "hand_wired": 2.0,
    "bias": -9.1,
}


def _score(pa: _Prepared, pb: _Prepared, idf: dict[str, float]) -> tuple[float, str]:
    """How likely two facts report one thing (0-1), and the evidence in words."""
    a, b = pa.fact, pb.fact
    wording = max(fuzz.token_set_ratio(pa.claim, pb.claim), fuzz.token_set_ratio(pa.quote, pb.quote)) / 100
    wording = (wording + max(fuzz.token_sort_ratio(pa.claim, pb.claim), fuzz.token_sort_ratio(pa.quote, pb.quote)) / 100) / 2
    rare_union, rare_smaller = _idf_overlap(pa.word_set, pb.word_set, idf)
    shared = sorted(pa.entities & pb.entities)
    entity = len(shared) / min(len(pa.entities), len(pb.entities)) if pa.entities and pb.entities else 0.0
    fit = _figure_fit(a, b)
    hand = (a.event is not None and a.event == b.event) or (
        a.value is not None and b.value is not None and a.value.metric == b.value.metric
    )
    w = _WEIGHTS
    logit = (
        w["rare_union"] * rare_union
        + w["rare_smaller"] * rare_smaller
        + w["entities"] * entity
        + w["dates"] * _date_score(a.date, b.date)
        + w["same_figure"] * (fit == "same")
        + w["near_figure"] * (fit == "near")
        + w["other_unit"] * (fit == "other")
        + w["one_figure"] * (fit == "one")
        + w["wording"] * wording
        + w["hand_wired"] * hand
        + w["bias"]
    )
    score = 1 / (1 + math.exp(-logit))
    parts = [f"wording {round(wording * 100)}% alike, rare words {round(rare_smaller * 100)}% shared"]
    if shared:
        parts.append("shared entities: " + ", ".join(e for e in sorted({x for x in a.entities if x.strip().lower() in shared})))
    parts.append(f"dates {a.date} / {b.date}")
    if a.value is not None and b.value is not None:
        parts.append(f"figures {describe_value(a.value)} / {describe_value(b.value)}")
    return score, "; ".join(parts)


def _candidate_pairs(prepared: list[_Prepared], blocks: Iterable[list[int]]) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for members in blocks:
        texts = [prepared[i].words for i in members]
        scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=PREFILTER, dtype="uint8", workers=1)
        rows, cols = scores.nonzero()
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            if r < c:
                i, j = members[r], members[c]
                if prepared[i].fact.source != prepared[j].fact.source:
                    found.add((i, j) if i < j else (j, i))
    return found


def _already_linked(a: Fact, b: Fact) -> bool:
    if a.value is not None and b.value is not None:
        return a.value.metric == b.value.metric
    return a.event is not None and a.event == b.event


def scored_pairs(facts: list[Fact], decisions: LinkDecisions, threshold: float = THRESHOLD) -> list[tuple[Fact, Fact, float, str]]:
    """Every undecided pair of facts from different sources that scores ``threshold`` or more."""
    prepared = [_prepare(f) for f in facts]
    counts: Counter[str] = Counter()
    for item in prepared:
        counts.update(item.word_set)
    total = len(prepared)
    idf = {word: math.log(total / count) for word, count in counts.items()}
    pairs = []
    for i, j in sorted(_candidate_pairs(prepared, _blocks(facts))):
        a, b = facts[i], facts[j]
        if _already_linked(a, b) or decisions.decided(a.id, b.id):
            continue
        score, evidence = _score(prepared[i], prepared[j], idf)
        if score >= threshold:
            pairs.append((a, b, score, evidence))
    return pairs


def _slug(text: str) -> str:
    return "-".join(_WORD.findall(text.lower()))[:60].strip("-")


def _name(kind: str, members: list[Fact]) -> str:
    """The proposed event id or metric: one the facts already use, else one made of a name and a month."""
    if kind == "metric":
        metrics = sorted(m.value.metric for m in members if m.value is not None)
        return metrics[0]
    events = sorted({m.event for m in members if m.event})
    if events:
        return events[0]
    first = min(members, key=lambda m: (m.date.sort_key(), m.id))
    counts: dict[str, int] = defaultdict(int)
    for member in members:
        for entity in member.entities:
            counts[entity] += 1
    who = max(sorted(counts), key=lambda e: counts[e]) if counts else (first.topics[0] if first.topics else "event")
    when = f"{first.date.year}-{first.date.month:02d}" if first.date.month else str(first.date.year)
    return f"{_slug(who)}-{when}"


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
    return [chosen for _, chosen in groups]


def propose_links(facts: list[Fact], decisions: LinkDecisions, threshold: float = THRESHOLD) -> list[LinkProposal]:
    """Undecided links, grouped: facts that all pair with one another form one proposal."""
    pairs = scored_pairs(facts, decisions, threshold)
    proposals = []
    by_id = {f.id: f for f in facts}
    for group in _grouped(pairs):
        ids = sorted({p[0].id for p in group} | {p[1].id for p in group}, key=lambda i: (by_id[i].date.sort_key(), i))
        members = [by_id[i] for i in ids]
        kind: Literal["event", "metric"] = "metric" if all(m.value is not None for m in members) else "event"
        best = max(group, key=lambda p: p[2])
        evidence = f"'{best[0].id}' and '{best[1].id}': {best[3]}"
        proposals.append(LinkProposal(tuple(ids), kind, _name(kind, members), best[2], evidence))
    proposals.sort(key=lambda p: p.fact_ids)
    return proposals
