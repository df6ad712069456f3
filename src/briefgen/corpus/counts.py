"""Two counts of one occasion that cannot both be right: "26 MoUs signed" against "24 memorandums".

:func:`briefgen.corpus.clash.figures_clash` asks two figures for the same
time (dates that overlap) and three words in common besides the figures, so
that two trade figures are only set against each other when their words
say they measure one thing.  Counts of one occasion are reported otherwise:
one outlet writes on the day of the signing, another four days later ("His
much-anticipated one-day visit saw 26 MoUs signed"), and the words around
the count share little ("24 memorandums of understanding were signed
during his trip").  Yet the unit says what is counted, and two articles
about the same people written days apart are about one occasion.  So two
counts are read as one count stated differently when:

* the unit is a kind of thing (MoUs, agreements, years), not money, a share
  or a multiple, the same in both (or two names of the texts of one signing,
  "37 agreements" and "Thirty-six documents", :mod:`.named_texts`), and each states one amount (no range, no
  period), or one states an amount and the other an open bound that leaves
  it out ("over a dozen agreements" against "11 bilateral agreements",
  :func:`compared_amounts`);
* the amounts differ by a tenth of the larger at most (any gap, for a
  length in days: "a three-day visit" against "a four-day visit"; half,
  for two counts each told as the signing itself, :mod:`.signings`) and
  cannot both be true (an approximate count holds what it rounds);
* the facts are dated within :data:`~briefgen.corpus.clash.REPORT_DAYS` of
  each other, unless either is dated by a year alone (see
  :func:`dated_by_year_only`), both or neither a target, not exports against imports, and
  share at least one word besides figures and names ("signed", "first
  time");
* their articles share :data:`~briefgen.corpus.clash.CONTEXT_NAMES` names
  (asked last: it costs the most).

Two batches of one visit ("34 investment agreements" on the Wednesday,
"another 20" on the Thursday) differ by far more than a tenth and stay apart.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from briefgen.corpus.clash import CONTEXT_NAMES, RANGE_SHARE, REPORT_DAYS, aims_alike, generic_unit, text_names, within_days
from briefgen.corpus.conflicts import unit_key
from briefgen.corpus.discrepancies import values_agree
from briefgen.corpus.measured_from import measured_from_two_places
from briefgen.corpus.models import Fact, Value
from briefgen.corpus.named_texts import named_two_ways, two_names
from briefgen.corpus.signings import signing_share
from briefgen.corpus.tours import tour_and_visit

_NUMBER_WORDS = frozenset({"billi", "milli", "thous", "dolla", "perce", "cent"})
#: Units of an occasion's length in whole days: "a three-day visit" against "a four-day visit" of one stay are a
#: quarter apart, yet a day off is the whole disagreement, so any gap is one length stated differently.
_LENGTH_UNITS = frozenset({"day"})


def _single(value: Value) -> Decimal | None:
    """The one amount a value states, or None for a range, an open bound or a figure of a period."""
    if value.period or value.amount is None or value.low is not None or value.high is not None:
        return None
    return value.amount


def _open_bound(value: Value) -> Decimal | None:
    """The one end of a bound with the other open ("more than 30", "at least six"), or None for anything else."""
    if value.period or value.amount is not None or (value.low is None) == (value.high is None):
        return None
    return value.low if value.low is not None else value.high


def compared_amounts(a: Value, b: Value) -> tuple[Decimal, Decimal] | None:
    """The two amounts set against each other: two single counts, or a single count and the other's open bound.

    Politico's "The pair signed 11 bilateral agreements" and Xinhua's "they witnessed the signing of over a
    dozen agreements" (intake_final78) count one signing in Belgrade; more than twelve cannot be eleven.  A
    bound is as near to a count as its closed end: "over a dozen" is 12 against 11, a twelfth apart, and
    the tenth :func:`counts_clash` allows decides as for two counts.  A bound that holds the count ("more
    than 30" and 32) agrees with it, and a range states two ends, not one count: neither is compared.
    """
    x, y = _single(a), _single(b)
    if x is None and y is not None:
        x = _open_bound(a)
    elif y is None and x is not None:
        y = _open_bound(b)
    return (x, y) if x is not None and y is not None else None


def dated_by_year_only(a: Fact, b: Fact) -> bool:
    """Whether either fact is dated by a year alone: a date that cannot say the two reports are days apart.

    ``suggest`` dates the sentences of an undated page by the first year the
    page mentions (a guess for the editor to check), so one page's "the
    sides signed 37 agreements" may be dated 2022 and another's "36
    agreements" 2008, though both report the same signing.  A count has no
    period of its own, and a year is no day: the date cannot tell one
    occasion from another, so the other tests (a tenth apart, a shared word,
    the articles' shared names) decide alone.
    """
    return a.date.month is None or b.date.month is None


def counts_clash(a: Fact, b: Fact, words_a: set[str], words_b: set[str], shared_context: Callable[[], int]) -> bool:
    """Whether two facts count one thing of one occasion differently (see the module's rules)."""
    if a.source == b.source or a.value is None or b.value is None or generic_unit(a.value.unit):
        return False
    unit, unit_b = unit_key(a.value.unit), unit_key(b.value.unit)
    if unit != unit_b and not two_names(unit, unit_b):  # "37 agreements" and "Thirty-six documents" (:mod:`.named_texts`)
        return False
    amounts = compared_amounts(a.value, b.value)
    if amounts is None:
        return False
    x, y = amounts
    if x == y or max(abs(x), abs(y)) == 0:
        return False
    if tour_and_visit(a, b):  # "a six-day trip to three nations" against "a three-day visit" to one of them
        return False
    if measured_from_two_places(a, b):  # "2,100 km northeast of Brisbane", "2,000 km northeast of Australia"
        return False
    near = 1 if unit in _LENGTH_UNITS else signing_share(a, b, unit)
    if abs(x - y) / max(abs(x), abs(y)) > near or values_agree(a.value, b.value):
        return False
    if unit != unit_b and not named_two_ways(a, b, unit, unit_b):
        return False
    if not (dated_by_year_only(a, b) or within_days(a.date, b.date, REPORT_DAYS)) or not aims_alike(a, b, words_a, words_b):
        return False
    names = {n[:5] for n in text_names(a.quote) | text_names(b.quote)}
    if not any(not w.isdigit() and w not in _NUMBER_WORDS and w not in names for w in words_a & words_b):
        return False
    return shared_context() >= CONTEXT_NAMES


def counts_of_different_things(members: list[Fact]) -> bool:
    """Whether facts that count things in one unit count different things: amounts too far apart to be one count.

    "Nine agreements were signed" and "one agreement on economic and technical
    cooperation and eight MoUs"; "the first meeting of the Supreme Council" and
    "the 6th meeting of the Business Council": the smaller count is of a
    part, or of another body, not the same count stated wrong.  A count of
    one thing misreported stays near the other (:func:`counts_clash` asks a
    tenth); two counts whose gap is more than half the larger
    (:data:`~briefgen.corpus.clash.RANGE_SHARE`) are not proposed as one figure.
    Money, shares and multiples are left to the figure checks.
    """
    amounts = []
    for fact in members:
        if fact.value is None or generic_unit(fact.value.unit):
            return False
        amount = _single(fact.value)
        if amount is None:
            return False
        amounts.append(abs(amount))
    top = max(amounts, default=Decimal(0))
    return top > 0 and (top - min(amounts)) / top > RANGE_SHARE
