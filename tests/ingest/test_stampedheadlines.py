"""A live blog entry's headline sheds the date stamps printed before it; a headline that only mentions a date keeps it."""

from __future__ import annotations

import pytest

from briefgen.ingest.stampedheadlines import without_entry_stamps


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "02/16/2024 February 16, 2024 Zelenskyy signs security pact with Macron in Paris",
            "Zelenskyy signs security pact with Macron in Paris",
        ),
        ("16 February 2024 14:05 Zelenskyy signs security pact with Macron in Paris", "Zelenskyy signs security pact with Macron in Paris"),
    ],
)
def test_the_stamps_come_off(line: str, headline: str) -> None:
    assert without_entry_stamps(line) == headline


@pytest.mark.parametrize(
    "line",
    [
        "Boric: Chile and Argentina are brotherly peoples",
        "2024 Benelux summit opens in Brussels",  # a year alone is no stamp
        "February 16, 2024 Talks",  # too little left to be a headline
        "Talks of 18 April 2018 resume in Pretoria",
    ],
)
def test_other_headlines_stay(line: str) -> None:
    assert without_entry_stamps(line) == line
