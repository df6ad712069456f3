"""A month in capitals heads a day of a programme: "THURSDAY JULY 12" is the 12th, not the Thursday before."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.dates import find_date

_SATURDAY = dt.date(2018, 7, 7)


def _found(text: str) -> tuple[str, str] | None:
    found = find_date(text, _SATURDAY, future=True)
    return None if found is None else (str(found[0]), found[1])


def test_a_day_heading_in_capitals_is_its_date() -> None:
    assert _found("THURSDAY JULY 12\nThe president of Vestria will arrive in Korvik from the summit.") == ("2018-07-12", "JULY 12")


def test_a_heading_with_a_comma_too() -> None:
    assert _found("FRIDAY, JULY 13 The president will meet the king.") == ("2018-07-13", "JULY 13")


def test_may_in_capitals_is_the_verb_of_a_headline() -> None:
    assert _found("TALKS MAY 12 NATIONS JOIN") is None
