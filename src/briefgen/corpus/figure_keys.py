"""Each figure read once per fact for the pairs it is tested in: its unit's keys and its bounds.

Linking tests every two figures of a block for a clash
(:func:`briefgen.corpus.clash.figures_clash`): on the 50,000-fact benchmark
corpus, some 24,000 pairs.  Most are of one unit and far apart ("$12
million" and "$640 million"), and the full test works each of them out
from the two values again: both units' keys, a conversion, the bounds an
approximate figure rounds, a division of decimals.  A fact's figure is read
here once, and :func:`too_far_to_clash` tells such a pair apart in a few
float operations.  It answers only what the full test would answer; a pair
it cannot decide for certain (units of measure, which are converted; open
ends that meet; a gap within a hair of the share allowed) goes to the full
test.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.corpus.clash import NEAR_SHARE, RANGE_SHARE, generic_unit
from briefgen.corpus.conflicts import unit_key
from briefgen.corpus.measure_units import measure_key
from briefgen.corpus.models import Value

#: Far more than a float's error on a gap's share (about 1e-15): a share this close to a bound is left to the full test.
_MARGIN = 1e-9
_NEAR = float(NEAR_SHARE)
_RANGE = float(RANGE_SHARE)


@dataclass(frozen=True, slots=True)
class FigureKeys:
    """A fact's figure as the clash test reads it (see :func:`briefgen.corpus.clash.figures_clash`)."""

    unit: str  # the unit as :func:`~briefgen.corpus.conflicts.unit_key` reads it
    measure: str | None  # the base unit of a unit of measure (:func:`~briefgen.corpus.measure_units.measure_key`)
    low: float | None  # the value's bounds (one figure: its amount twice; None for an open end)
    high: float | None
    one_amount: bool  # one figure, not a range or a bound
    approximate: bool  # "about", "nearly": it holds the figures it rounds
    generic: bool  # money, a share or a multiple (:func:`~briefgen.corpus.clash.generic_unit`)


def figure_keys(value: Value) -> FigureKeys:
    """A value's keys and bounds, worked out once."""
    low, high = value.bounds
    return FigureKeys(
        unit=unit_key(value.unit),
        measure=measure_key(value.unit),
        low=None if low is None else float(low),
        high=None if high is None else float(high),
        one_amount=value.amount is not None,
        approximate=value.approximate,
        generic=generic_unit(value.unit),
    )


def too_far_to_clash(a: FigureKeys, b: FigureKeys) -> bool:
    """True only where ``figures_clash`` of the two facts is False: units never compared, or too far apart.

    Units: the full test compares two figures of one unit key, or two units
    of one measure.  Distance: two figures of one unit, neither a unit of
    measure (so neither is converted), whose gap is a larger share of the
    larger figure than the full test allows them (a tenth, or a half for a
    range, a bound or a count of things), by more than :data:`_MARGIN`.
    Whether the two values agree does not matter: the full test says False
    then too.
    """
    if a.measure is None:
        if a.unit != b.unit:
            return True
    elif a.measure != b.measure:
        return True
    if a.measure is not None or b.measure is not None:
        return False  # converted to one base unit first: the full test decides
    gaps = [b.low - a.high] if b.low is not None and a.high is not None else []
    gaps += [a.low - b.high] if a.low is not None and b.high is not None else []
    top = max((abs(x) for x in (a.low, a.high, b.low, b.high) if x is not None), default=0.0)
    gap = max(gaps, default=0.0)
    if gap <= 0.0 or top == 0.0:
        return False  # they meet, or nearly: the full test decides
    bounded = None in (a.low, a.high, b.low, b.high)
    wide = not a.generic or (not bounded and not (a.one_amount and b.one_amount))
    return gap / top > (_RANGE if wide else _NEAR) + _MARGIN


def amounts_differ(a: FigureKeys, b: FigureKeys) -> bool:
    """True only where two figures are not one amount (``clash._same_amount``): the tests of one figure stated alike fail.

    Bounds that differ as floats differ as written; and unless one of the two is
    approximate, with both ends given, figures of other bounds are never one amount.
    """
    if (a.low, a.high) == (b.low, b.high):
        return False
    return not (a.approximate or b.approximate) or None in (a.low, a.high, b.low, b.high)
