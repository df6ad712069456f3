"""The wording filters: dates, numbers, money, per cents and lists as a British briefing writes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from briefgen.render.records import ValueView
from briefgen.render.wording import FILTERS, amount_filter, date_filter, join_and_filter, money_filter, number_filter, percent_filter
from briefgen.text.dates import PartialDate


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-26", "26 November 2024"),
        ("2025-02-01", "1 February 2025"),
        ("2025-02", "February 2025"),
        ("2025", "2025"),
        (PartialDate(2024, 11, 26), "26 November 2024"),
        (PartialDate(2025, 2), "February 2025"),
        (PartialDate(2025), "2025"),
        (dt.date(2024, 1, 5), "5 January 2024"),
        (dt.datetime(2024, 1, 5, 23, 59), "5 January 2024"),
    ],
)
def test_date_at_the_precision_it_is_known(value: object, expected: str) -> None:
    assert date_filter(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("soon", "'soon' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)"),
        (None, "'None' is not a date"),
        ("2025-02-30", "February 2025 has no day 30"),
        ("2025-13", "there is no month 13"),
        ("26/11/2024", "is not a date"),
    ],
)
def test_a_date_that_is_not_a_date_is_a_readable_value_error(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        date_filter(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2700, "2,700"),
        ("2700", "2,700"),
        (Decimal("19050000"), "19,050,000"),
        (Decimal("19.050"), "19.05"),
        (0.5, "0.5"),
        (1.23456, "1.235"),
        (0, "0"),
        (-1500, "-1,500"),
        (ValueView("tractors", Decimal("2700"), "tractors", None), "2,700"),
    ],
)
def test_number(value: object, expected: str) -> None:
    assert number_filter(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (19_050_000, "US$19.05 million"),
        (50_200_000, "US$50.2 million"),
        (1_000_000_000, "US$1 billion"),
        (1_500_000_000_000, "US$1.5 trillion"),
        (1_000_000, "US$1 million"),
        (950, "US$950"),
        (999_999, "US$999,999"),
        (950.5, "US$950.50"),
        (0, "US$0"),
        ("19050000", "US$19.05 million"),
        (999_999_999, "US$1 billion"),
        (-19_050_000, "-US$19.05 million"),
        (-950, "-US$950"),
    ],
)
def test_money_in_dollars(value: object, expected: str) -> None:
    assert money_filter(value) == expected


def test_money_in_other_currencies() -> None:
    assert money_filter(5_000_000, "EUR") == "€5 million"
    assert money_filter(2_500, "GBP") == "£2,500"
    assert money_filter(2_000_000_000, "PKR").endswith("2 billion")
    assert money_filter(2_000_000_000, "PKR").startswith("PKR")


@pytest.mark.parametrize(("value", "expected"), [(30, "30 per cent"), ("2.5", "2.5 per cent"), (Decimal("100"), "100 per cent")])
def test_percent(value: object, expected: str) -> None:
    assert percent_filter(value) == expected


@pytest.mark.parametrize(
    ("unit", "amount", "expected"),
    [
        ("USD", "19050000", "US$19.05 million"),
        ("EUR", "1000000000", "€1 billion"),
        ("percent", "30", "30 per cent"),
        ("percent of GDP", "3.5", "3.5 per cent of GDP"),
        ("times", "3", "3 times"),
        ("tractors", "2700", "2,700 tractors"),
        ("TEU", "5000", "5,000 TEU"),  # three capitals, but not a currency
    ],
)
def test_amount_by_unit(unit: str, amount: str, expected: str) -> None:
    assert amount_filter(ValueView("m", Decimal(amount), unit, None)) == expected


@pytest.mark.parametrize(
    ("low", "high", "approximate", "expected"),
    [
        ("64000000000", "65000000000", True, "about US$64 billion to US$65 billion"),
        (None, "2000000000", False, "up to US$2 billion"),
        ("120", None, False, "more than US$120"),
    ],
)
def test_amount_of_a_range_or_a_bound(low: str | None, high: str | None, approximate: bool, expected: str) -> None:
    view = ValueView("m", None, "USD", None, Decimal(low) if low else None, Decimal(high) if high else None, approximate)
    assert amount_filter(view) == expected


def test_amount_of_a_bare_number_has_no_unit() -> None:
    assert amount_filter(2700) == "2,700"


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], ""),
        (["rice"], "rice"),
        (["rice", "textiles"], "rice and textiles"),
        (["rice", "textiles", "footwear"], "rice, textiles and footwear"),
        ((n for n in ("a", "b", "c", "d")), "a, b, c and d"),
        ([1, 2], "1 and 2"),
    ],
)
def test_join_and(items: object, expected: str) -> None:
    assert join_and_filter(items) == expected  # type: ignore[arg-type]


def test_join_and_with_another_conjunction() -> None:
    assert join_and_filter(["tea", "coffee"], "or") == "tea or coffee"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "expected a number, got None"),
        (True, "expected a number, got True"),
        ("lots", "'lots' is not a number"),
        ("", "'' is not a number"),
        ([1, 2], r"'\[1, 2\]' is not a number"),
        ("NaN", "'NaN' is not a finite number"),
        ("inf", "'inf' is not a finite number"),
        ("1e40", "'1e40' is too large a number for a brief"),
    ],
)
@pytest.mark.parametrize("function", [number_filter, money_filter, percent_filter])
def test_a_non_number_is_a_readable_value_error(function: object, value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        function(value)  # type: ignore[operator]


def test_every_filter_documents_itself_with_an_example() -> None:
    for name, function in FILTERS.items():
        doc = function.__doc__ or ""
        assert doc.strip().splitlines()[0], name
        assert "Example:" in doc, name


def test_filters_read_a_fact_s_value_in_a_brief(tmp_path: Path) -> None:
    from tests.rendering import make_project, render

    project = make_project(tmp_path)
    body = (
        "{{ fact('trade-2019').value | money }}; {{ fact('trade-2019').value | amount }}; "
        "{{ fact('trade-2019').value | number }}; {{ 1234.5 | number }}; {{ ['a', 'b', 'c'] | join_and }}\n"
    )
    assert render(project, body).page.text == "US$50.2 million; US$50.2 million; 50,200,000; 1,234.5; a, b and c"
