"""A number written in two parts, "6 billion 863.25 million cubic meters", read whole.

Copy from Baku and Moscow writes a volume or a sum as billions and then
millions: "3 billion 38.46 million cubic meters" is 3,038,460,000.  The
reader of values takes the figure from its last part ("38.46 million cubic
meters"), which is wrong by the billions written before it.  Where a whole
number and a larger magnitude word stand right before a value written at a
smaller magnitude, the two parts are one number and are added; where they
cannot be (the second part is as large as the first part's magnitude, or the
value is a range or a bound), the value is left out: a wrong figure is worse
than none.  A decimal said in words ("6-point-6") is read whole the same way, by
:mod:`briefgen.suggest.spoken_decimals`.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from briefgen.suggest.found import FoundValue
from briefgen.suggest.spoken_decimals import spoken_decimals
from briefgen.text.english import MAGNITUDE_WORDS

# "6 billion " right before the value: a whole number and its magnitude, nothing between but a space.
_HEAD = re.compile(r"(?<![\w.,$€£¥-])(?P<n>\d{1,3})\s+(?P<mag>thousand|million|billion|trillion)\s+$", re.IGNORECASE)


def whole_compounds(sentence: str, values: list[FoundValue]) -> list[FoundValue]:
    """``values`` with each second part of a two-part number read as the whole number, or left out when it cannot be."""
    kept: list[FoundValue] = []
    for value in values:
        window = max(0, value.start - 20)
        head = _HEAD.search(sentence[window : value.start])
        scale = (value.scale or "").casefold()
        start = window + head.start("n") if head else value.start
        if head is None or scale not in MAGNITUDE_WORDS or any(o.start < value.start and o.end > start for o in values if o is not value):
            kept.append(value)  # no first part, or one that another value already reads ("$6 billion 500 million")
            continue
        order = MAGNITUDE_WORDS[head.group("mag").casefold()]
        part = Decimal(value.amount) if value.amount is not None else None
        if order <= MAGNITUDE_WORDS[scale] or part is None or part >= order:
            continue  # "6 billion" before a range or a larger part: which number is meant is not certain
        whole = format((Decimal(head.group("n")) * order + part).normalize(), "f")
        kept.append(dataclasses.replace(value, amount=whole, start=start, scale=head.group("mag").casefold()))
    return spoken_decimals(sentence, kept)  # "6-point-6 percent", a number in two parts too
