"""Made-up reports of an occasion, as the tour readers (`corpus/tour_legs.py`, `corpus/tour_days.py`) see them."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.text.dates import PartialDate


@dataclass(frozen=True)
class Report:
    source: str
    carried: tuple[tuple[str, int], ...]
    date: PartialDate
    named: frozenset[str] = frozenset()  # names one of its facts carries, too few times to be a party

    @property
    def parties(self) -> frozenset[str]:
        return frozenset(key for key, _ in self.carried)

    @property
    def names(self) -> frozenset[str]:
        return self.parties | self.named


def report(source: str, date: str, named: tuple[str, ...] = (), **carried: int) -> Report:
    """A report from ``source`` dated ``date`` carrying each name the given number of times, naming ``named`` once."""
    return Report(source, tuple(sorted(carried.items())), PartialDate.parse(date), frozenset(named))
