"""Retold: a fact that tells again, in nearly the same words, what a part of an occasion tells is a part of it too.

:mod:`briefgen.corpus.occasions` takes a fact into an occasion by its own
words (a visit, talks, a signing, what the sides agreed) and leaves the rest
out, unsure.  Outlets copy one another, so the same sentence, a little
reworded, is often taken in from one report and left out of another: in one
outlet's report of Mirziyoyev's visit to Pakistan "This marks the second
visit of President Mirziyoyev to Pakistan" is a part of the visit, while
another's "The FO noted that this would be President Mirziyoyev's second
visit to Pakistan" is not (dated by what the Foreign Office had said the day
before).  The two are proposed as a link of their own beside the visit's,
and the editor must join them by hand.

Here a fact of no occasion whose pair with a part of an occasion was scored
(:mod:`briefgen.corpus.proposals`) and whose wording is at least
:data:`RETOLD_WORDING` alike that part's (claims and quotes compared as the
pair's score compares them) joins that occasion: it says what the part says,
so it is what the part is.  A looser likeness is not enough: "Putin has
visited Vietnam four times previously", beside "In his first state visit to
Vietnam since 2017 and his fifth in total", shares the names and the words of
a visit, and is background.  A fact that retells parts of two occasions joins
the one whose part it is most alike.  Only the scored pairs that join a fact
of no occasion to a part of one are compared again, so this adds little to
the cost of proposing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from briefgen.corpus.evidence import Prepared, wording
from briefgen.corpus.models import Fact

#: Least wording likeness (0-1, :func:`briefgen.corpus.evidence.wording`) by which a fact retells a part of an occasion.
RETOLD_WORDING = 0.75


def retellings(occasions: Sequence[Sequence[Fact]], pairs: Sequence[tuple[Fact, Fact]], prepared: dict[str, Prepared]) -> list[list[Fact]]:
    """For each occasion (its facts), the facts of no occasion that retell one of them, from the scored ``pairs``.

    ``prepared`` holds each fact as the comparisons see it, by id.  The facts
    returned are in the order their pairs come in; each joins one occasion at most.
    """
    return joined_by_wording(occasions, pairs, prepared, RETOLD_WORDING)


def across(occasions: Sequence[Sequence[Fact]], pairs: Sequence[tuple[Fact, Fact]]) -> Iterator[tuple[Fact, Fact, int]]:
    """Each scored pair that joins a fact of an occasion to a fact of none, in the pairs' order: the occasion's fact,
    the other, and the index of the occasion."""
    home = {fact.id: n for n, facts in enumerate(occasions) for fact in facts}
    for a, b in pairs:
        if (a.id in home) != (b.id in home):
            part, other = (a, b) if a.id in home else (b, a)
            yield part, other, home[part.id]


def joined_by_wording(
    occasions: Sequence[Sequence[Fact]],
    pairs: Sequence[tuple[Fact, Fact]],
    prepared: dict[str, Prepared],
    least: float,
    admits: Callable[[Fact, Fact, int], bool] | None = None,
) -> list[list[Fact]]:
    """For each occasion, the facts of no occasion that a scored pair joins to one of its parts by wording ``least``
    alike or more, each to the occasion of its most alike part; ``admits(part, fact, occasion)``, when given, says
    which pairs may join at all (:mod:`briefgen.corpus.restated` admits statements of the occasion's own reports)."""
    best: dict[str, tuple[float, int, Fact]] = {}
    for part, other, n in across(occasions, pairs):
        if admits is not None and not admits(part, other, n):
            continue
        alike = wording(prepared[part.id], prepared[other.id])
        if alike >= least and (other.id not in best or alike > best[other.id][0]):
            best[other.id] = (alike, n, other)
    found: list[list[Fact]] = [[] for _ in occasions]
    for _, n, fact in best.values():
        found[n].append(fact)
    return found
