"""A part of a day ("last night", "tonight", "this morning", "yesterday evening") dates a statement to that day,
counted from the publication date, or from the day quoted words were said.  Made-up reports."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import relative_phrase, resolve_date

SATURDAY = dt.date(2018, 3, 10)


@pytest.mark.parametrize(
    ("text", "kind", "day", "phrase"),
    [
        (
            "The president, who arrived in Port Ellis last night on a four-day visit, said the two countries would work together.",
            "statement",
            "2018-03-09",
            "last night",
        ),
        ("The president arrived in Port Ellis late last night.", "event", "2018-03-09", "late last night"),
        ("The ministers met yesterday evening at the harbour board's offices.", "event", "2018-03-09", "yesterday evening"),
        ("The two leaders will dine together tonight.", "plan", "2018-03-10", "tonight"),
        ("The president laid a wreath at the war memorial this morning.", "event", "2018-03-10", "this morning"),
        ("The delegation leaves for Valmora tomorrow morning.", "plan", "2018-03-11", "tomorrow morning"),
    ],
)
def test_a_part_of_a_day_dates_the_statement_to_that_day(text: str, kind: str, day: str, phrase: str) -> None:
    resolved = resolve_date(text, SATURDAY, future=kind == "plan", kind=kind, ref_year=None)
    assert resolved is not None
    assert (str(resolved.date), resolved.phrase) == (day, phrase)
    assert resolved.how == "resolved against 2018-03-10"


def test_last_night_in_words_said_the_day_before_is_two_days_back() -> None:
    friday = dt.date(2018, 3, 9)
    resolved = resolve_date(
        "We talked late into the night last night.", SATURDAY, future=False, kind="statement", ref_year=None, spoken=friday
    )
    assert resolved is not None and str(resolved.date) == "2018-03-08"


def test_last_night_in_an_undated_page_is_left_for_the_editor() -> None:
    assert relative_phrase("The president arrived in Port Ellis last night.") == "last night"
    resolved = resolve_date("The president arrived in Port Ellis last night.", None, future=False, kind="event", ref_year=2018)
    assert resolved is not None and str(resolved.date) == "2018" and resolved.how.startswith("unresolved")
