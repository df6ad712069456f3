"""A converted amount says no more than the amount it converts: "up to 20 billion Australian dollars ($13 billion)".

News written for readers abroad converts a local amount into dollars, in
brackets ("($13 billion)") or after "or" (", or about $5.6 billion").  The
conversion repeats the figure before it in another currency, so it carries
that figure's bound and approximation: when the local amount is "up to", the
dollars are a ceiling too, and when it is "about", the dollars are
approximate.  Read on their own they would be offered as an exact amount,
and a wrong figure is worse than none.

The amount converted need not be one the reader could read (a currency named
with no country, "50 billion rupees"): the words before its number still say
whether it is a bound.  When the reader did read it and it is a bound ("a loan
of up to 90.4 billion yen (approximately $573 million)"), the conversion gives
no value of its own: the figure is the bound as the page states it, and a
bound carried onto "approximately $573 million" is our inference, not the
page's words.  Kept, it would also take the whole sentence's draft from the
amount it converts, and the reader would see the dollars alone.
"""

from __future__ import annotations

import dataclasses
import re

from briefgen.suggest.dollar_pairs import drop_other_dollars
from briefgen.suggest.found import FoundValue
from briefgen.suggest.value_words import APPROXIMATE, LOWER_AFTER, LOWER_BOUND, UPPER_AFTER, UPPER_BOUND

# Names of money written after an amount, singular (a plural "s" is allowed): one of them makes the amount money.
_MONEY_NAMES = (
    "dollar|euro|yuan|renminbi|rupee|riyal|rial|dirham|dinar|pound|peso|franc|ruble|rouble|yen|won|ringgit|lira|baht|taka|"
    "rupiah|dong|manat|som|soum|sum|tenge|real|reais|forint|rand|naira|shilling|krone|kroner|krona|kronor|zloty|zlotys|"
    "hryvnia|hryvnias|lari|dram|afghani|lev|leu|lei|koruna|sterling"
)
# Signs and codes before an amount, the local ones too ("Dh10 billion", "SR5 billion", "E£3 billion").
_SIGN = r"(?:(?-i:[A-Z]{1,3})\s?\$|\$|€|£|¥|₹|₩|₺|₫|৳|฿|₦|₱|₨|Rs\.?|(?-i:E£|LE|Dhs?|SR|QR|KD|BD|TL|RM|Rp|Tk)\.?|(?-i:[A-Z]{3}))"
_MAGNITUDE = r"(?:thousand|million|billion|trillion|mn|bn|mln|bln|trln|m|b|k)\b"
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
# The amount converted and the words that open its conversion, at the end of the text before the conversion.
_CONVERTED = re.compile(
    rf"(?:(?P<sign>{_SIGN})\s?)?(?P<n>{_NUMBER})(?:[\s-]*{_MAGNITUDE})?"
    rf"(?P<words>(?:\s+[A-Za-z][\w.]*){{0,3}}?)"
    r"\s*(?:(?P<bracket>\()\s*|,?\s+(?:or|equivalent\s+to|i\.e\.|that\s+is)\s+)"
    r"(?:(?:about|around|approximately|roughly|some|nearly|almost|close\s+to|an\s+estimated|over|more\s+than|up\s+to|"
    r"equivalent\s+to|or|US)\s+)*$",
    re.IGNORECASE,
)
_MONEY_WORD = re.compile(rf"\b(?:{_MONEY_NAMES})s?$|\b(?-i:[A-Z]{{3}})$", re.IGNORECASE)


def _is_money(value: FoundValue) -> bool:
    return value.measure and len(value.unit) == 3 and value.unit.isupper()


def _converted_start(sentence: str, value: FoundValue) -> tuple[int, int] | None:
    """Where the amount that ``value`` converts starts and ends, or None when ``value`` converts nothing."""
    found = _CONVERTED.search(sentence[max(0, value.start - 90) : value.start])
    if not found:
        return None
    offset = max(0, value.start - 90)
    words = found.group("words").strip()
    if not (found.group("sign") or (words and _MONEY_WORD.search(words))):
        return None  # "more than 15 projects ($2 billion)": the brackets give the projects' worth, no conversion
    if found.group("sign") and words and not _MONEY_WORD.search(words) and len(words.split()) > 1:
        return None  # "$2 billion for the two ports ($1 billion each)": words between are no currency's name
    if _same_currency(found.group("sign") or "", words) == value.unit:
        return None  # "up to $5 billion ($2 billion in loans …)", "$5 billion or $6 billion": one currency, no conversion
    return offset + found.start(), offset + found.end("words")


def _same_currency(sign: str, words: str) -> str | None:
    """The currency of the amount converted, where its sign or name says it plainly: "$" and "dollars" are USD, "€" EUR."""
    sign = sign.replace(" ", "").upper()
    if sign in {"$", "US$", "USD"} or (not sign and re.fullmatch(r"(?:US\s+)?dollars?", words, re.IGNORECASE)):
        return "USD"
    if sign in {"€", "EUR"} or (not sign and re.fullmatch(r"euros?", words, re.IGNORECASE)):
        return "EUR"
    return None


def inherit_conversions(sentence: str, values: list[FoundValue]) -> list[FoundValue]:
    """The values, each amount that converts another carrying that amount's bound and approximation."""
    kept: list[FoundValue] = []
    for value in drop_other_dollars(sentence, values):
        span = _converted_start(sentence, value) if _is_money(value) else None
        if span is None:
            kept.append(value)
            continue
        start, end = span
        if any(start <= other.start < end and other.amount is None for other in values if other is not value):
            continue  # the bound is read where the page states it; its conversion is secondary
        before, after = sentence[max(0, start - 30) : start], sentence[end : end + 40]
        approximate = value.approximate or bool(APPROXIMATE.search(before))
        if value.amount is not None and UPPER_BOUND.search(before):
            value = dataclasses.replace(value, amount=None, high=value.amount)
        elif value.amount is not None and (LOWER_BOUND.search(before) or LOWER_AFTER.match(after)):
            value = dataclasses.replace(value, amount=None, low=value.amount)
        elif value.amount is not None and UPPER_AFTER.match(after):
            value = dataclasses.replace(value, amount=None, high=value.amount)
        kept.append(dataclasses.replace(value, approximate=approximate))
    return kept
