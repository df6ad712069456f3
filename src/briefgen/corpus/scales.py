"""One sum written with the same digits on two scales: "$450 billion" against "$450 million".

A figure misreported by its magnitude word is far from the figure it
misreports, a thousand times over, so the tests of one figure stated
differently (:func:`~briefgen.corpus.clash.figures_clash` asks a tenth, or
half, of the larger) never set the two side by side: The National's
"after Saudi Arabia made $450 billion worth of investments in US companies"
against Trump's "Last time I went to Saudi Arabia, they put up $450
million" (intake_final62).  Yet the same digits on two scales of one
currency are no chance: one of the two outlets wrote the wrong word.

So two sums are one sum written on two scales when:

* both are one amount (no range, no bound, no period) of the same money (a
  currency's code or name), and each quote wrote its scale (million,
  billion, trillion, the value's ``scale``), the two scales different;
* the digits written before the scale are the same and are not a single
  digit ("$2 million" and "$2 billion" are as often two sums as one): 450 and
  450, 1.5 and 1.5;
* their words speak of one measure, as for any two figures of one thing
  (both or neither a target, three words in common besides names and
  figures), and their articles are about the same people
  (:data:`~briefgen.corpus.clash.CONTEXT_NAMES` names in common, asked last).

The facts' dates are not asked: a sum told again is often told later, in
passing, as Trump told his "last time"; the same digits are what says it is
one sum.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from briefgen.corpus.clash import CONTEXT_NAMES, currency_code, one_measure
from briefgen.corpus.conflicts import unit_key
from briefgen.corpus.models import Fact, Value
from briefgen.text.english import MAGNITUDE_WORDS

#: Money units written as words (a currency's code, three capitals, is money as written).
_MONEY_WORDS = frozenset({"dollar", "dollars", "euro", "euros", "rupee", "rupees", "pound", "pounds", "yuan", "yen"})


def _written(value: Value) -> Decimal | None:
    """The digits a value's sum is written with before its scale word ("450" of "$450 billion"), or None."""
    if value.amount is None or value.period or value.scale is None:
        return None
    factor = MAGNITUDE_WORDS.get(value.scale.strip().lower())  # the words a value's ``scale`` may hold
    return None if factor is None else (value.amount / Decimal(factor)).normalize()


def _money(unit: str) -> bool:
    """Whether a unit is money: a currency's code (USD) or name (yuan, pounds)."""
    written = unit.strip()
    return currency_code(written) or written.lower() in _MONEY_WORDS


def on_two_scales(a: Value, b: Value) -> bool:
    """Whether two values are one sum of one currency written with the same digits, more than one, on two scales."""
    if a.scale is None or b.scale is None or a.scale.strip().lower() == b.scale.strip().lower():
        return False  # asked first: most figures of a pair write no scale, or the same
    if not (_money(a.unit) and unit_key(a.unit) == unit_key(b.unit)):
        return False
    digits = _written(a)
    return digits is not None and digits == _written(b) and len(digits.as_tuple().digits) > 1


def scales_clash(a: Fact, b: Fact, words_a: set[str], words_b: set[str], shared_context: Callable[[], int]) -> bool:
    """Whether two facts of different sources state one sum on two scales (see the module's rules)."""
    if a.source == b.source or a.value is None or b.value is None or not on_two_scales(a.value, b.value):
        return False
    return one_measure(a, b, words_a, words_b) and shared_context() >= CONTEXT_NAMES
