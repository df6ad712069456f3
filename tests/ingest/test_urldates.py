"""Page dates in an address in the forms ``urldates`` reads: the year first with the month and day unpadded, and a
stamp with its time of day after the date; the certain forms of ``outlets`` come first.  Every address here is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.ingest.urldates import date_in_address, stamped_date_in_url


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/politics/accord-signed-05-03-2025-19-18-24", dt.date(2025, 3, 5)),
        ("https://news.example/politics/accord-signed-2024-7-1-7", dt.date(2024, 7, 1)),
        ("https://news.example/politics/accord-signed-2024-10-7.html", dt.date(2024, 10, 7)),
        ("https://news.example/politics/accord-signed-2024-13-1-7", None),
        ("https://news.example/politics/accord-signed-05-03-2025", None),  # no time after it: either order
    ],
)
def test_stamped_dates_in_the_address(url: str, day: dt.date | None) -> None:
    found = stamped_date_in_url(url)
    assert (found[0] if found else None) == day


def test_the_certain_address_forms_come_first() -> None:
    assert date_in_address("https://news.example/2024/05/06/accord-2024-7-1-7", "") == (dt.date(2024, 5, 6), "2024/05/06")


@pytest.mark.parametrize(
    ("url", "text", "day"),
    [
        ("https://news.example/english/world/17012025-amp", "In 2024 the two ports signed a deal.", dt.date(2025, 1, 17)),
        ("https://news.example/english/world/17012025", "The ports signed a deal in 2025.", dt.date(2025, 1, 17)),
        ("https://news.example/english/world/17012025-amp", "The ports signed a deal in 2019.", None),  # no such year: an id
        ("https://news.example/english/world/05032025-amp", "In 2024 the two ports signed a deal.", None),  # March or May
    ],
)
def test_eight_digits_naming_the_page(url: str, text: str, day: dt.date | None) -> None:
    found = date_in_address(url, text)
    assert (found[0] if found else None) == day
