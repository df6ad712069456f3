"""Partial dates: parsing, refusing impossible dates, ordering, spans and overlaps."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.text.dates import PartialDate, checked_date, coerce_partial_date, parse_cli_date


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2025", PartialDate(2025), "year"),
        ("2025-02", PartialDate(2025, 2), "month"),
        ("2025-02-14", PartialDate(2025, 2, 14), "day"),
        ("2024-02-29", PartialDate(2024, 2, 29), "day"),  # a leap day
        ("2000-02-29", PartialDate(2000, 2, 29), "day"),  # divisible by 400: leap
        ("  2025-12-31 ", PartialDate(2025, 12, 31), "day"),  # surrounding spaces are ignored
        ("1000", PartialDate(1000), "year"),
    ],
)
def test_parse_valid(text: str, expected: PartialDate, precision: str) -> None:
    parsed = PartialDate.parse(text)
    assert parsed == expected
    assert parsed.precision == precision


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-02-30", "'2025-02-30': February 2025 has no day 30"),
        ("2023-02-29", "'2023-02-29': February 2023 has no day 29"),
        ("1900-02-29", "'1900-02-29': February 1900 has no day 29"),  # divisible by 100, not 400
        ("2025-04-31", "'2025-04-31': April 2025 has no day 31"),
        ("2025-01-00", "'2025-01-00': January 2025 has no day 0"),
        ("2025-13", "'2025-13': there is no month 13"),
        ("2025-00", "'2025-00': there is no month 0"),
        ("2025-13-01", "'2025-13-01': there is no month 13"),
        ("0999", "'0999': year 999 is out of range"),
    ],
)
def test_parse_refuses_impossible_dates(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        PartialDate.parse(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "text",
    [
        "",
        "25",
        "2025-2",
        "2025-02-1",
        "2025/02/14",
        "14-02-2025",
        "February 2025",
        "2025-02-14T10:00",
        "20250214",
        "next month",
        "2025-",
        "٢٠٢٥",  # Arabic-Indic digits are digits to Python's \d, not to us
        "２０２５-０２",  # full-width digits
    ],
)
def test_parse_refuses_garbage(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        PartialDate.parse(text)


def test_ordering_is_by_first_day_then_precision() -> None:
    dates = [PartialDate.parse(t) for t in ["2025-02-14", "2024", "2025", "2025-02", "2024-12-31", "2025-01"]]
    assert [str(d) for d in sorted(dates)] == ["2024", "2024-12-31", "2025", "2025-01", "2025-02", "2025-02-14"]
    assert PartialDate(2024, 11) < PartialDate(2024, 11, 1)
    assert PartialDate(2024, 11, 30) < PartialDate(2024, 12)
    assert PartialDate(2025) >= PartialDate(2024, 12, 31)
    assert PartialDate(2025) != PartialDate(2025, 1)


def test_comparison_with_other_types_is_refused() -> None:
    assert PartialDate(2025).__lt__("2025") is NotImplemented
    with pytest.raises(TypeError):
        _ = PartialDate(2025) < "2025"  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2025-02", dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
        ("2025-04", dt.date(2025, 4, 1), dt.date(2025, 4, 30)),
        ("2025-12", dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
        ("2025-02-14", dt.date(2025, 2, 14), dt.date(2025, 2, 14)),
    ],
)
def test_first_and_last_day(text: str, first: dt.date, last: dt.date) -> None:
    date = PartialDate.parse(text)
    assert date.first_day == first
    assert date.last_day == last


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ("2024-11", "2024-11-26", True),
        ("2024-11", "2024-12", False),
        ("2024", "2024-06-01", True),
        ("2024", "2025", False),
        ("2024-11-25", "2024-11-26", False),
        ("2024-11-26", "2024-11-26", True),
        ("2024-12-31", "2025", False),
        ("2024-12", "2024", True),
    ],
)
def test_overlaps_is_symmetric(a: str, b: str, overlap: bool) -> None:
    x, y = PartialDate.parse(a), PartialDate.parse(b)
    assert x.overlaps(y) is overlap
    assert y.overlaps(x) is overlap


@pytest.mark.parametrize("text", ["2025", "2025-02", "2025-02-14", "1999-12-31", "2024-02-29"])
def test_str_round_trip(text: str) -> None:
    assert str(PartialDate.parse(text)) == text


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)), st.sampled_from(["year", "month", "day"]))
def test_str_round_trip_property(day: dt.date, precision: str) -> None:
    date = PartialDate.from_date(day)
    if precision != "day":
        date = PartialDate(day.year, day.month if precision == "month" else None)
    assert PartialDate.parse(str(date)) == date
    assert date.first_day <= day <= date.last_day
    assert date.overlaps(PartialDate.from_date(date.first_day))
    assert date.overlaps(PartialDate.from_date(date.last_day))


def test_parse_cli_date_wants_a_full_date() -> None:
    assert parse_cli_date("2025-02-14") == dt.date(2025, 2, 14)
    with pytest.raises(ValueError, match="must be a full date"):
        parse_cli_date("2025-02")
    with pytest.raises(ValueError, match="has no day 30"):
        parse_cli_date("2025-02-30")


def test_coerce_partial_date() -> None:
    assert coerce_partial_date("2025-02") == PartialDate(2025, 2)
    assert coerce_partial_date(dt.date(2025, 2, 14)) == PartialDate(2025, 2, 14)
    same = PartialDate(2025)
    assert coerce_partial_date(same) is same
    with pytest.raises(ValueError, match="must be written as text"):
        coerce_partial_date(2025)


def test_checked_date_gives_none_where_the_words_name_no_date() -> None:
    assert checked_date(2024, 4, 30) == PartialDate(2024, 4, 30)
    assert checked_date(2024, 4) == PartialDate(2024, 4)
    assert checked_date(2024) == PartialDate(2024)
    assert checked_date(2024, 4, 31) is None  # "the 31st of April"
    assert checked_date(2024, 13) is None
