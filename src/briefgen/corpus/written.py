"""Where a sentence writes a figure: its digits or words, scaled ("$2bn", "USD 360 mn", "three").

A drafted figure is an amount; the sentence it was drafted from writes it
as the outlet did.  Two checks need to find it there: what aims at a figure
is read from where the sentence writes it (:mod:`~briefgen.corpus.aimed`),
and a sentence that writes two figures says which of them is the other
outlet's (:mod:`~briefgen.corpus.possible`).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from briefgen.corpus.models import Value
from briefgen.text.english import MAGNITUDE_WORDS, NUMBER_WORDS, words_pattern

_SCALES = {**MAGNITUDE_WORDS, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9}
#: A number as a sentence writes it: digits (after a currency written close, "USD100", "Ksh2.4") or words
#: ("thirty-six", "three"), with the word that scales it ("$2bn", "$100-billion", "3 billion").
_NUMBER = re.compile(
    rf"(?:(?<![\d.,])(\d[\d,]*(?:\.\d+)?)|\b({words_pattern(NUMBER_WORDS)})\b)(?:[\s-]*({words_pattern(_SCALES)})\b)?",
    re.IGNORECASE,
)
#: An aside in brackets: a conversion or a gloss of the figure before it ("Rs 30 billion (USD 360 mn)").
_ASIDE = re.compile(r"\([^()]*\)")
#: The word just after a number: what it counts ("3-day", "five days").
_NEXT_WORD = re.compile(r"[\s-]*(\w+)")


def _amount(match: re.Match[str]) -> Decimal | None:
    """The amount a matched number writes, scaled ("3 billion" is 3,000,000,000)."""
    digits, word, scale = match.groups()
    try:
        number = Decimal(digits.replace(",", "")) if digits else Decimal(NUMBER_WORDS[word.lower()])
    except InvalidOperation:
        return None
    return number * _SCALES.get((scale or "").lower(), 1)


def written_figure(text: str, amounts: frozenset[Decimal]) -> re.Match[str] | None:
    """Where ``text`` first writes one of ``amounts`` (a figure's amount, or either end of its range), if it does."""
    return next((m for m in _NUMBER.finditer(text) if _amount(m) in amounts), None)


def writes_figure(text: str, value: Value) -> bool:
    """Whether ``text`` writes ``value``'s amount (or an end of its range) as a figure in its unit.

    A figure in brackets is left out: "2.7 billion euros ($3 billion)" converts the euros, and does not
    write the 3 billion euros another outlet gives.
    """
    amounts = value.stated_numbers
    plain = _ASIDE.sub(lambda aside: " " * len(aside.group(0)), text)
    return any(_amount(m) in amounts and _of_unit(plain, m, value.unit) for m in _NUMBER.finditer(plain))


def _of_unit(text: str, match: re.Match[str], unit: str) -> bool:
    """Whether the number matched is a figure in ``unit``: scaled ("400 million"), or followed by the unit's word.

    A small number alone says nothing of what it counts: "a three-day visit to expand ties between the two
    countries" writes three days, not two.
    """
    if match.group(3):  # a scaled number ("7 million") is an amount, not a day or a count of something else
        return True
    stem = unit.lower().rstrip("s")
    following = _NEXT_WORD.match(text, match.end())
    return bool(stem) and following is not None and following.group(1).lower().startswith(stem)
