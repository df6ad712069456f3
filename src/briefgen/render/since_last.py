"""What reports published since the previous edition say about the claims that edition made.

An editor re-reading a standing brief wants to know, section by section,
which of its claims newer reports back, which they dispute and which they
take further; a reader wants the same, each newer report cited.  The
claims are the facts the previous edition cited (the manifest records them,
with the section that first cited each); the newer reports are the facts
in the brief's scope from sources published after that edition's date
(``new_since_last()``).  A newer fact, set against a claim:

* **contradicts** it when the conflict checks say the two cannot both be
  true (:func:`briefgen.corpus.conflicts.find_conflicts` on the pair, as
  accepted links make them: different figures for one measure and period,
  different months for one event);
* else **confirms** it when they say one thing: an accepted entry of
  ``facts/links.yaml`` joins them (as ``corroboration()`` reads it), or
  they give agreeing figures for one metric and period, or they report one
  event (shared ``event`` id) as having happened on the same date, or they
  quote the same words or make the same claim;
* else **adds** to it: the same event, a figure for the same metric, or a
  shared topic and a shared name (one not in the brief's front matter
  ``entities``, which every fact in scope names).  A newer fact adds to one
  claim only, the one it is closest to (event, then metric, then the most
  names shared; the earlier note on a tie), and never to a claim when it
  already confirms or contradicts one.

Nothing here matches facts in a new way: links, event ids, metrics and
conflicts are the corpus's own.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from briefgen.corpus.conflicts import find_conflicts, unit_key
from briefgen.corpus.discrepancies import values_agree
from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Fact
from briefgen.render.records import FactView
from briefgen.render.scope import PreviousEdition


@dataclass(frozen=True)
class ClaimUpdateView:
    """One claim the previous edition made, and the newer reports that confirm, contradict or add to it."""

    claim: FactView
    confirms: tuple[FactView, ...]
    contradicts: tuple[FactView, ...]
    adds: tuple[FactView, ...]


@dataclass(frozen=True)
class SectionUpdateView:
    """One section of the previous edition (its heading; none when not recorded) and its claims that newer reports touch."""

    heading: str | None
    claims: tuple[ClaimUpdateView, ...]


def _folded(fact: Fact) -> tuple[str, str]:
    """The fact's quote and claim as compared for "the same words": case and spacing ignored."""
    return " ".join(fact.quote.casefold().split()), " ".join(fact.claim.casefold().split())


def _same_figure(old: Fact, new: Fact) -> bool:
    """Agreeing figures for one metric, one period and one unit."""
    a, b = old.value, new.value
    if a is None or b is None or a.metric != b.metric or not a.period or a.period != b.period:
        return False
    return unit_key(a.unit) == unit_key(b.unit) and values_agree(a, b)


def _says_the_same(old: Fact, new: Fact, partners: set[str], words: dict[str, tuple[str, str]]) -> bool:
    """Whether ``new`` confirms ``old`` (see the module docstring); ``words`` holds each fact's :func:`_folded` text."""
    if new.id in partners or _same_figure(old, new):
        return True
    if old.event is not None and old.event == new.event and old.kind == new.kind == "event" and old.date == new.date:
        return True
    (old_quote, old_claim), (new_quote, new_claim) = words[old.id], words[new.id]
    return old_quote == new_quote or old_claim == new_claim


def _closeness(old: Fact, new: Fact, ignored: set[str]) -> tuple[int, int] | None:
    """How close ``new`` is to ``old`` for adding to it: (kind of tie, names shared), None when unrelated."""
    if old.event is not None and old.event == new.event:
        return (3, 0)
    if old.value is not None and new.value is not None and old.value.metric == new.value.metric:
        return (2, 0)
    names = {e.casefold() for e in old.entities} & {e.casefold() for e in new.entities} - ignored
    if names and set(old.topics) & set(new.topics):
        return (1, len(names))
    return None


class _Pairs:
    """The conflict test of one pair of (linked) facts, as the corpus's discrepancy checks decide it."""

    def __init__(self, corpus: Corpus) -> None:
        self.metric_links = {
            frozenset(pair) for link in corpus.links.accepted() if link.entry.metric for pair in itertools.combinations(link.entry.facts, 2)
        }
        self.in_conflict: dict[str, set[str]] = {}
        for discrepancy in corpus.discrepancies():
            for fact_id in discrepancy.fact_ids:
                self.in_conflict.setdefault(fact_id, set()).update(discrepancy.fact_ids)

    def conflict(self, old: Fact, new: Fact) -> bool:
        if new.id not in self.in_conflict.get(old.id, ()):
            return False
        pair = frozenset((old.id, new.id))
        found = find_conflicts([old, new], {pair} if pair in self.metric_links else set())
        return any(d.kind != "not-comparable" for d in found)


def claim_updates(
    previous: PreviousEdition, corpus: Corpus, newer: Iterable[str], view: Callable[[str], FactView], entities: Iterable[str] = ()
) -> list[SectionUpdateView]:
    """The previous edition's claims that newer facts touch, by section in the order that edition printed them.

    ``corpus`` is the edition's (as of its date); ``newer`` the ids of the
    facts in scope published after the previous edition; ``view`` makes a
    fact's template record; ``entities`` the brief's own, which say nothing.
    """
    linked = {f.id: f for f in corpus.linked_facts()}
    claims = [linked[f] for f in dict.fromkeys(previous.fact_ids) if f in linked]
    fresh = [linked[f] for f in newer if f in linked and f not in previous.fact_ids]
    pairs = _Pairs(corpus)
    words = {f.id: _folded(f) for f in [*claims, *fresh]}
    found: dict[str, dict[str, list[str]]] = {c.id: {"confirms": [], "contradicts": [], "adds": []} for c in claims}
    placed: set[str] = set()
    for old in claims:
        partners = set(corpus.links.partners(old.id))
        for new in fresh:
            if pairs.conflict(old, new):
                found[old.id]["contradicts"].append(new.id)
                placed.add(new.id)
            elif _says_the_same(old, new, partners, words):
                found[old.id]["confirms"].append(new.id)
                placed.add(new.id)
    ignored = {e.casefold() for e in entities}
    for new in fresh:
        if new.id in placed:
            continue
        ranked = [(score, -n, old.id) for n, old in enumerate(claims) if (score := _closeness(old, new, ignored)) is not None]
        if ranked:
            found[max(ranked)[2]]["adds"].append(new.id)
    sections: dict[str | None, list[ClaimUpdateView]] = {}
    for old in claims:
        touched = found[old.id]
        if not any(touched.values()):
            continue
        update = ClaimUpdateView(
            claim=view(old.id),
            confirms=tuple(view(f) for f in touched["confirms"]),
            contradicts=tuple(view(f) for f in touched["contradicts"]),
            adds=tuple(view(f) for f in touched["adds"]),
        )
        sections.setdefault(previous.section_of(old.id), []).append(update)
    return [SectionUpdateView(heading, tuple(updates)) for heading, updates in sections.items()]
