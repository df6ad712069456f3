"""Choosing a brief's key points by a stated rule, so a new brief says what matters without template code.

The rule, in the order an editor can change with ``key_points(order=…)``:

1. Topics take turns: each topic's best fact first, then each topic's second
   best, and so on (at most ``per_topic`` rounds), so a brief's key points
   cover its subjects rather than repeat its busiest one; a fact that carries
   several topics is taken once.
2. Candidates are ranked by the criteria of ``order``, each breaking the ties
   of the one before it:

   - ``kind``: events and figures before plans, plans before statements
     (``kinds`` sets that order: what happened and what was counted is what a
     principal asks first);
   - ``recent``: the newer month first (a fact dated by year alone counts
     from its first month), so a key point is news;
   - ``corroborated``: a fact that another source confirms (the same event, or
     the same figure for the same period, from a different source) before a
     single-source one.

3. Within a round the candidates are taken in rank order, until ``limit`` key
   points are chosen, and at most ``per_source`` from any one article (so one
   long report cannot fill the list); a plan that no later source reports
   done is flagged as open.

The functions here work on facts only, so the rule can be tested and
documented apart from templates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from briefgen.corpus.models import Fact

CRITERIA = ("kind", "recent", "corroborated")
KINDS = ("event", "figure", "plan", "statement")
# Events and figures rank alike: both are what happened.
_KIND_RANK = {"event": 0, "figure": 0}


@dataclass(frozen=True)
class Pick:
    """A fact chosen as a key point, the topic it stands for, and what the rule saw in it."""

    fact: Fact
    topic: str
    corroborated: bool


def corroborated_ids(facts: Iterable[Fact]) -> set[str]:
    """Facts that a fact from another source confirms: the same event, or the same metric and period."""
    groups: dict[tuple[str, ...], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.event:
            groups[("event", fact.event)].append(fact)
        if fact.value is not None and fact.value.period:
            groups[("figure", fact.value.metric, fact.value.period)].append(fact)
    found: set[str] = set()
    for members in groups.values():
        if len({f.source for f in members}) > 1:
            found.update(f.id for f in members)
    return found


def ranking(order: Sequence[str], kinds: Sequence[str], confirmed: set[str]) -> Callable[[Fact], tuple[int, ...]]:
    """The sort key that puts the best key point first, by the criteria of ``order``."""
    unknown = [c for c in order if c not in CRITERIA]
    if unknown:
        raise ValueError(f"unknown criterion '{unknown[0]}' (use {', '.join(CRITERIA)})")
    bad_kinds = [k for k in kinds if k not in KINDS]
    if bad_kinds:
        raise ValueError(f"unknown kind '{bad_kinds[0]}' (use {', '.join(KINDS)})")

    def key(fact: Fact) -> tuple[int, ...]:
        first = fact.date.first_day
        parts = {
            "recent": -(first.year * 12 + first.month),
            "corroborated": 0 if fact.id in confirmed else 1,
            "kind": _kind_rank(fact.kind, kinds),
        }
        return (*(parts[c] for c in order), -first.toordinal())

    return key


def _kind_rank(kind: str, kinds: Sequence[str]) -> int:
    """Position of a kind in ``kinds``; with the default order, events and figures share the first place."""
    if tuple(kinds) == KINDS:
        return _KIND_RANK.get(kind, KINDS.index(kind) if kind in KINDS else len(KINDS))
    return list(kinds).index(kind) if kind in kinds else len(kinds)


def choose(
    facts: Sequence[Fact],
    topics: Sequence[str],
    *,
    limit: int,
    per_topic: int,
    per_source: int = 2,
    order: Sequence[str] = CRITERIA,
    kinds: Sequence[str] = KINDS,
    confirmed: set[str] | None = None,
) -> list[Pick]:
    """The key points among ``facts`` (all in scope), one topic at a time in ``topics`` order."""
    confirmed = corroborated_ids(facts) if confirmed is None else confirmed
    key = ranking(order, kinds, confirmed)
    queues = {topic: sorted((f for f in facts if topic in f.topics), key=lambda f: (key(f), f.id)) for topic in topics}
    taken: set[str] = set()
    by_source: dict[str, int] = defaultdict(int)
    chosen: list[Pick] = []
    for _ in range(per_topic):
        round_picks: list[Pick] = []
        for topic in topics:
            queue = queues[topic]
            while queue and (queue[0].id in taken or by_source[queue[0].source] >= per_source):
                queue.pop(0)
            if queue:
                fact = queue.pop(0)
                taken.add(fact.id)
                by_source[fact.source] += 1
                round_picks.append(Pick(fact=fact, topic=topic, corroborated=fact.id in confirmed))
        round_picks.sort(key=lambda p: (key(p.fact), p.fact.id))
        chosen.extend(round_picks)
        if len(chosen) >= limit or not round_picks:
            break
    return chosen[:limit]
