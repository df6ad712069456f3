"""The worth of one deal, stated by two outlets: figures of one occasion that are one figure.

An event proposal joins the reports of one visit, and the discrepancy checks
compare their dates, never their figures.  News gives the worth of a deal
signed on such an occasion next to the deal and the name it goes by: "an
agreement between Qatar and Boeing for the purchase of 160 jets", "a deal for
210 new Boeing aircraft"; "the $240 billion AUKUS submarine deal", "AUKUS, a
$368 billion defence agreement".  Two reports of one occasion whose figures, in one unit,
each sit beside a word for a deal and beside one same name are one figure
stated twice; when they differ, the pair is proposed as one figure so that
``check`` sets them side by side.

Figures too far apart to be one figure reported twice (more than
:data:`~briefgen.corpus.clash.RANGE_SHARE` of the larger) are left alone, as
``check`` leaves them: "$4.8 billion with Boeing" the day before is another deal.

The name must be the deal's, not the occasion's: a name that most reports of
the occasion use (the host country, the visitor) says only that both figures
belong to the visit, and a visit has many figures.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal, InvalidOperation

from briefgen.corpus.clash import RANGE_SHARE, gap_share, is_target, text_names
from briefgen.corpus.conflicts import compared_unit
from briefgen.corpus.discrepancies import values_agree
from briefgen.corpus.evidence import Prepared
from briefgen.corpus.measure_units import in_one_unit
from briefgen.corpus.models import Fact, Value
from briefgen.text.english import MAGNITUDE_WORDS

#: How many words either side of a figure say what it is the figure of.
WINDOW = 8

#: Words (lower case) that make a figure the worth or size of a deal.
_DEAL_WORDS = frozenset(
    [
        "deal",
        "deals",
        "agreement",
        "agreements",
        "pact",
        "contract",
        "contracts",
        "purchase",
        "purchases",
        "order",
        "orders",
        "buy",
        "commitments",
        "package",
    ]
)
_SCALES = {**MAGNITUDE_WORDS, "mn": 10**6, "bn": 10**9}
_NUMBER = re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s*({'|'.join(_SCALES)})?\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+")
#: An aside in brackets ("$200 billion (Rs 16.7 lakh crore) agreement"): a conversion or a gloss, not what the figure is of.
_ASIDE = re.compile(r"\([^()]*\)")
#: Names written in capitals ("AUKUS", "CPEC"), which :func:`text_names` leaves to the drafts' entities.
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")


def _names(text: str) -> frozenset[str]:
    return text_names(text) | {a.lower() for a in _ACRONYM.findall(text)}


def _surroundings(quote: str, value: Value) -> list[str]:
    """The words around each place the quote writes the figure in digits ("$96 billion", "160 jets"), asides left out."""
    wanted = value.stated_numbers
    found = []
    for match in _NUMBER.finditer(quote):
        try:
            number = Decimal(match.group(1).replace(",", "")) * _SCALES.get((match.group(2) or "").lower(), 1)
        except InvalidOperation:
            continue
        if number in wanted:
            before = _WORD.findall(_ASIDE.sub(" ", quote[: match.start()]))[-WINDOW:]
            after = _WORD.findall(_ASIDE.sub(" ", quote[match.end() :]))[:WINDOW]
            found.append(" ".join([*before, match.group(0), *after]))
    return found


def _deal_names(quote: str, value: Value) -> frozenset[str]:
    """The names beside the figure where a deal word is beside it too: what the deal goes by."""
    names: set[str] = set()
    for near in _surroundings(quote, value):
        if _DEAL_WORDS & {w.lower() for w in _WORD.findall(near)}:
            names |= _names(near)
    return frozenset(names)


def _occasion_names(members: list[Fact]) -> frozenset[str]:
    """Names that more than half the reports of the occasion use: the occasion's, not one deal's."""
    if len(members) <= 2:
        return frozenset()
    counted: dict[str, int] = {}
    for fact in members:
        for name in _names(fact.quote):
            counted[name] = counted.get(name, 0) + 1
    return frozenset(n for n, c in counted.items() if 2 * c > len(members))


def deal_figure_clashes(members: list[Prepared]) -> list[tuple[Fact, Fact]]:
    """Pairs of one occasion's reports, from two sources, that give one deal's figure differently."""
    common = _occasion_names([m.fact for m in members])
    named = []
    for item in members:
        value = item.fact.value
        if value is None or is_target(item.fact, item.word_set):
            continue
        names = _deal_names(item.fact.quote, value) - common
        if names:
            named.append((item.fact, value, names))
    found = []
    for (a, va, na), (b, vb, nb) in itertools.combinations(named, 2):
        if a.source == b.source or compared_unit(va.unit) != compared_unit(vb.unit) or not na & nb:
            continue
        share = gap_share(*in_one_unit(va, vb))
        if not values_agree(va, vb) and share is not None and share <= RANGE_SHARE:
            found.append((a, b))
    return found
