"""A decimal said in words, "6-point-6 percent", read whole.

Broadcast copy (Seoul's English services) spells a decimal point out: "grown
by an average of 6-point-6 percent a year", "2-point-5 billion dollars".
The reader of values takes the figure from the part after the point ("6
percent"), which is wrong by the whole number written before it.  Where a
whole number and "point" stand right before a value, the two are one number:
the value is read whole at the magnitude its own words give; where it cannot
be (a range or a bound, or a part read at no whole magnitude), the value is
left out, because a wrong figure is worse than none.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from briefgen.suggest.found import FoundValue

# "6-point-" or "6 point " right before the value: the whole number and the spoken point, nothing else between.
_HEAD = re.compile(r"(?<![\w.,$€£¥-])(?P<n>\d{1,3})[\s-]point[\s-]$", re.IGNORECASE)
_PART = re.compile(r"\d+(?![\d.,])")


def _whole(head: str, part: str, amount: str) -> str | None:
    """The number ``head``.``part`` at the magnitude that makes ``part`` the ``amount`` read, or None when none does."""
    digits = Decimal(part)
    if digits == 0:
        return None
    magnitude = Decimal(amount) / digits
    if magnitude != magnitude.to_integral_value() or str(int(magnitude)).rstrip("0") != "1":
        return None  # not a power of ten: the value was not read from these digits alone
    return format((Decimal(f"{head}.{part}") * magnitude).normalize(), "f")


def spoken_decimals(sentence: str, values: list[FoundValue]) -> list[FoundValue]:
    """``values`` with each part after a spoken point read as the whole decimal, or left out when it cannot be."""
    kept: list[FoundValue] = []
    for value in values:
        window = max(0, value.start - 12)
        head = _HEAD.search(sentence[window : value.start])
        if head is None:
            kept.append(value)
            continue
        part = _PART.match(sentence, value.start)
        whole = _whole(head.group("n"), part.group(), value.amount) if part and value.amount is not None else None
        if whole is not None and value.low is None and value.high is None:
            kept.append(dataclasses.replace(value, amount=whole, start=window + head.start("n")))
    return kept
