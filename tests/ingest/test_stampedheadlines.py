"""A live blog entry's headline sheds the date stamps printed before it, a release's title the stamp and time printed
after it; a headline that only mentions a date keeps it.  The releases are the Finnish president's office's pages."""

from __future__ import annotations

import pytest

from briefgen.ingest.stampedheadlines import without_closing_stamp, without_entry_stamps, without_stamps


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


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("President of Estonia to make state visit to Finland 27.2.2017 10:26", "President of Estonia to make state visit to Finland"),
        (
            "President of Estonia to make his first visit to Finland 12.10.2021 12:26:18 EEST | Press release",
            "President of Estonia to make his first visit to Finland",
        ),
    ],
)
def test_a_releases_closing_stamp_comes_off(line: str, headline: str) -> None:
    assert without_closing_stamp(line) == headline
    assert without_stamps(line) == headline


@pytest.mark.parametrize(
    "line",
    [
        "PM meeting with Taoiseach Varadkar of Ireland: 5 February 2024",  # a date in words is what the title is about
        "Talks end 27.2.2017",  # no time of day: no release's stamp
        "Summit 27.2.2017 10:26",  # too little left to be a headline
    ],
)
def test_a_title_ending_on_its_date_keeps_it(line: str) -> None:
    assert without_closing_stamp(line) == line
