"""Filters that put data into briefing English: dates, numbers, money, lists.

Formatting is Babel's (CLDR data), not hand-written, so that a brief in
another locale is one setting away.  Each filter's docstring is its help text
in ``briefgen helpers``: the first line says what it does, the ``Example:``
line shows it in use.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation, localcontext
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal, get_currency_symbol, is_currency

from briefgen.text.dates import as_partial_date

DEFAULT_LOCALE = "en_GB"
_HUNDREDTH = Decimal("0.01")
_MAX_EXPONENT = 30  # no briefing figure reaches 10**31
_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))


def _as_decimal(value: Any) -> Decimal:
    """A number from a number, its text, or a fact's value (its amount)."""
    value = getattr(value, "amount", value)
    if isinstance(value, bool) or value is None:
        raise ValueError(f"expected a number, got {value!r}")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"'{value}' is not a number") from None
    if not number.is_finite():
        raise ValueError(f"'{value}' is not a finite number")
    if number and number.adjusted() > _MAX_EXPONENT:
        raise ValueError(f"'{value}' is too large a number for a brief")
    return number


def _format(number: Decimal, pattern: str, locale: str) -> str:
    """Babel's formatting, with room for every digit of the largest number allowed."""
    with localcontext(prec=2 * _MAX_EXPONENT):
        return format_decimal(number, format=pattern, locale=locale)


def date_filter(value: Any, locale: str = DEFAULT_LOCALE) -> str:
    """A date at the precision it is known: day, month or year.

    Example: {{ fact('lukashenko-arrives-islamabad-2024-11-25').date | date }} → 25 November 2024
    """
    partial = as_partial_date(value)
    if partial.day:
        return _formatted_date(partial.first_day, "d MMMM y", locale)
    if partial.month:
        return _formatted_date(partial.first_day, "MMMM y", locale)
    return str(partial.year)


@functools.lru_cache(maxsize=4096)
def _formatted_date(day: dt.date, pattern: str, locale: str) -> str:
    """Babel's date in words, kept: a brief prints the same few dates again and again, render after render."""
    return format_date(day, pattern, locale=locale)


def number_filter(value: Any, locale: str = DEFAULT_LOCALE) -> str:
    """A number with thousands separators and no needless decimals.

    Example: {{ 2700 | number }} → 2,700
    """
    return _format(_as_decimal(value), "#,##0.###", locale)


def money_filter(value: Any, currency: str = "USD", locale: str = DEFAULT_LOCALE) -> str:
    """An amount of money, scaled to million or billion where that reads better.

    Example: {{ 19050000 | money }} → US$19.05 million
    """
    amount = _as_decimal(value)
    sign, amount = ("-", -amount) if amount < 0 else ("", amount)  # -US$5 million, as Babel writes -US$5.00
    symbol = get_currency_symbol(currency, locale=locale)
    for index, (scale, word) in enumerate(_SCALES):
        scaled = amount / scale
        # 999,999,999 reads "US$1 billion", not "US$1,000 million"
        rounds_up = index + 1 < len(_SCALES) and scaled.quantize(_HUNDREDTH, rounding=ROUND_HALF_EVEN) >= 1
        if scaled >= 1 or rounds_up:
            return f"{sign}{symbol}{_format(scaled, '#,##0.##', locale)} {word}"
    cents = "#,##0" if amount == amount.to_integral_value() else "#,##0.00"  # US$950, US$950.50
    return f"{sign}{symbol}{_format(amount, cents, locale)}"


def percent_filter(value: Any, locale: str = DEFAULT_LOCALE) -> str:
    """A percentage given in percent units.

    Example: {{ 30 | percent }} → 30 per cent
    """
    return f"{number_filter(value, locale)} per cent"


def _one_amount(amount: Any, unit: str, locale: str) -> str:
    if len(unit) == 3 and unit.isupper() and is_currency(unit):
        return money_filter(amount, unit, locale)
    if unit == "percent":
        return percent_filter(amount, locale)
    if unit.startswith("percent of "):  # a share of something named: "2 per cent of GDP", spelt as plain shares are
        return f"{percent_filter(amount, locale)} {unit.removeprefix('percent ')}"
    if unit == "times":
        return f"{number_filter(amount, locale)} times"
    return f"{number_filter(amount, locale)} {unit}".strip()


def amount_filter(value: Any, locale: str = DEFAULT_LOCALE) -> str:
    """A fact's value in words fitting its unit: money, per cent, times or a count; a range or bound as stated.

    Example: {{ fact('mtz-to-supply-2700-tractors-2025').value | amount }} → 2,700 tractors
    """
    unit = str(getattr(value, "unit", "") or "")
    about = "about " if getattr(value, "approximate", False) else ""
    amount = getattr(value, "amount", value)
    if amount is not None:
        return about + _one_amount(amount, unit, locale)
    low, high = getattr(value, "low", None), getattr(value, "high", None)
    if low is not None and high is not None:
        return f"{about}{_one_amount(low, unit, locale)} to {_one_amount(high, unit, locale)}"
    if high is not None:
        return f"up to {about}{_one_amount(high, unit, locale)}"
    if low is not None:
        return f"more than {about}{_one_amount(low, unit, locale)}"
    raise ValueError(f"expected a number, got {value!r}")


def join_and_filter(items: Iterable[Any], conjunction: str = "and") -> str:
    """A list in prose: commas, then 'and' before the last item.

    Example: {{ ['rice', 'textiles', 'footwear'] | join_and }} → rice, textiles and footwear
    """
    words = [str(item) for item in items]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


FILTERS = {
    "date": date_filter,
    "number": number_filter,
    "money": money_filter,
    "percent": percent_filter,
    "amount": amount_filter,
    "join_and": join_and_filter,
}
