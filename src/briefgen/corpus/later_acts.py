"""The terms of an agreement recalled by a later act: one figure across two occasions.

:mod:`briefgen.corpus.occasions` reads a later act at home (a cabinet's
approval, a ratification) as its own occasion, apart from the visit during
which the agreement was signed.  The act and the signing still give the
agreement's own terms ("up to 153 cusecs each"): those facts are proposed
together here, as the same figure, while the rest of the two occasions stay apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from briefgen.corpus.evidence import Prepared
from briefgen.text.dates import PartialDate


class Article(Protocol):
    """An article's occasion as read here (:class:`briefgen.corpus.occasions.ArticleOccasion`)."""

    @property
    def source(self) -> str: ...
    @property
    def date(self) -> PartialDate: ...
    @property
    def members(self) -> list[int]: ...
    @property
    def act(self) -> bool: ...


A = TypeVar("A", bound=Article)


def figure(item: Prepared) -> tuple[float, str] | None:
    """A fact's figure as terms are compared: its top (the ceiling of "up to 153", or the amount) and its unit."""
    value = item.fact.value
    top = None if value is None else value.high if value.high is not None else value.amount
    return None if value is None or top is None else (float(top), value.unit.lower().rstrip("s"))


def terms_recalled(articles: list[A], prepared: list[Prepared], party_key: Callable[[str], str]) -> list[list[tuple[A, list[int]]]]:
    """A later act's facts that give a figure of the agreement it acts on, with the earlier reports of that figure.

    "The cabinet approved the MoU on up to 153 cusecs" and "the MoU on 153
    cusecs signed during the visit" give the agreement's own terms: the same
    figure, though the approval is another occasion.  Each act is joined only
    with facts of other sources, dated before it, that give its figure and
    share a name with it.
    """
    found: list[list[tuple[A, list[int]]]] = []
    for act in (a for a in articles if a.act):
        figures = {i: figure(prepared[i]) for i in act.members if figure(prepared[i])}
        earlier = [
            (a, i) for a in articles if not a.act and a.source != act.source and a.date.last_day < act.date.first_day for i in a.members
        ]
        matched = [
            (a, i)
            for a, i in earlier
            if (f := figure(prepared[i]))
            and any(
                f == g and set(map(party_key, prepared[i].fact.entities or ())) & set(map(party_key, prepared[j].fact.entities or ()))
                for j, g in figures.items()
            )
        ]
        if matched:
            joined = {j for j, g in figures.items() if any(figure(prepared[i]) == g for _, i in matched)}
            found.append([(act, sorted(joined))] + [(a, [i]) for a, i in matched])
    return found
