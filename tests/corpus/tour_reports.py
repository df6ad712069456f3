"""Made-up reports of an occasion, as the tour readers (`corpus/tour_legs.py`, `corpus/tour_days.py`) see them."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.text.dates import PartialDate


@dataclass(frozen=True)
class Report:
    source: str
    carried: tuple[tuple[str, int], ...]
    date: PartialDate

    @property
    def parties(self) -> frozenset[str]:
        return frozenset(key for key, _ in self.carried)


def report(source: str, date: str, **carried: int) -> Report:
    """A report from ``source`` dated ``date`` carrying each name the given number of times."""
    return Report(source, tuple(sorted(carried.items())), PartialDate.parse(date))
