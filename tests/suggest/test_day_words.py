""" "As of this day" is the day of writing; "to this day" dates nothing of the kind.  Made-up reports."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.dates import resolve_date

SUNDAY = dt.date(2023, 3, 26)


def test_as_of_this_day_is_the_day_of_the_text() -> None:
    text = 'The Government of Vestria shall sever "diplomatic relations" with Ostland as of this day.'
    resolved = resolve_date(text, SUNDAY, future=True, kind="plan", ref_year=2023)
    assert resolved is not None
    assert (str(resolved.date), resolved.phrase) == ("2023-03-26", "this day")


def test_to_this_day_is_no_day() -> None:
    resolved = resolve_date("The two ports have traded to this day.", SUNDAY, future=False, kind="event", ref_year=2023)
    assert resolved is not None
    assert resolved.phrase is None
