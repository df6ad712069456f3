"""Page dates an address states plainly, here the day, the month's whole name and the year as the page name's last
words.  The first address is real: the Greek foreign ministry's page of the Nicosia Declaration (round 106's sample of
outlets no set uses), which prints no date of its own above the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.ingest.addressdates import date_in_url
from tests.ingest.dry_run import dry_add

NICOSIA = "https://mfa.gr/en/cyprusegyptgreece-2nd-trilateral-summit-nicosia-declaration-29-april-2015"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        (NICOSIA, dt.date(2015, 4, 29)),
        ("https://news.example/statements/joint-statement-for-the-annual-leaders-meeting-monday-4-march-2024", dt.date(2024, 3, 4)),
        ("https://news.example/releases/vell-receives-marr-at-the-palace-9-june-2023", dt.date(2023, 6, 9)),
        ("https://news.example/blogs/outcomes-of-the-state-visit-from-17-to-18-april-2025", None),  # a span's last day
        ("https://news.example/article/official-visit-11-13-march-2025", None),  # the same, a hyphen for "to"
        ("https://news.example/article/official-visit-11-and-12-march-2025", None),
        ("https://news.example/article/summit-31-february-2025", None),  # no such day
    ],
)
def test_a_day_month_and_year_in_words_end_the_page_name(url: str, day: dt.date | None) -> None:
    found = date_in_url(url)
    assert (found[0] if found else None) == day


def test_the_declaration_page_is_dated_by_its_address(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "We, Nicos Anastasiades, President of the Republic of Cyprus, Abdel-Fattah Al-Sisi, President of the Arab "
        "Republic of Egypt and Alexis Tsipras, Prime Minister of the Hellenic Republic, have met in Nicosia for the "
        "second Cyprus-Egypt-Greece Trilateral Summit.\n\n"
        "This 2nd Trilateral Summit further strengthens our well-established tripartite partnership promoting peace, "
        "stability, security and prosperity and cooperation in all fields in the Eastern Mediterranean.\n"
    )
    assert dry_add(mini_project, tmp_path, text, NICOSIA)["published"] == "2015-04-29"
