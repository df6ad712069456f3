"""A day the header prints without its year dates the page with the year and month of the address's folders, when
the two agree and nothing else dates the page.  Every address and page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.dry_run import dry_add

_HEADLINE = "Vell and Marr sign three accords in Westmark\n\n"
_REPORT = (
    "President Anna Vell of Westmark and President Ivo Marr of Ostland signed three accords on trade, energy and "
    "schools in the capital on Thursday, and agreed to meet again next month.\n\n"
    "The two delegations also discussed the border crossings, the foreign ministry said.\n"
)
_ADDRESS = "https://news.example/news/2023/05/vell-and-marr-sign-three-accords/"


@pytest.mark.parametrize(
    "line",
    ["Posted on May 4", "Thursday, May 4", "May 4 | admin", "By Jane Doe, May 4", "4 May, 10:22", "Updated May 4, 10:22 AM", "Thu, May 4"],
)
def test_a_yearless_stamp_under_a_month_folder_dates_the_page(mini_project: Path, tmp_path: Path, line: str) -> None:
    fields = dry_add(mini_project, tmp_path, f"{_HEADLINE}{line}\n\n{_REPORT}", _ADDRESS)
    assert fields["published"] == "2023-05-04"


@pytest.mark.parametrize(
    "address",
    [
        "https://news.example/news/2023-05/vell-and-marr-sign-three-accords",
        "https://news.example/news/202305/vell-and-marr-sign-three-accords.html",
        "https://news.example/world/2023/may/vell-and-marr-sign-three-accords",
    ],
)
def test_the_folder_may_be_written_several_ways(mini_project: Path, tmp_path: Path, address: str) -> None:
    assert dry_add(mini_project, tmp_path, f"{_HEADLINE}Posted on May 4\n\n{_REPORT}", address)["published"] == "2023-05-04"


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("Posted on April 30", _ADDRESS),  # another month than the folder's: nothing settled
        ("Friday, May 4", _ADDRESS),  # 4 May 2023 was a Thursday: no stamp of this page
        ("Posted on May 4", "https://news.example/news/vell-and-marr-sign-three-accords/"),  # no folder gives the year
        ("Posted on May 4", "https://news.example/news/2023/05/"),  # a month's index, no page below it
    ],
)
def test_a_stamp_that_does_not_agree_dates_nothing(mini_project: Path, tmp_path: Path, line: str, address: str) -> None:
    assert dry_add(mini_project, tmp_path, f"{_HEADLINE}{line}\n\n{_REPORT}", address)["published"] == ""


def test_two_stamps_of_two_days_date_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_HEADLINE}May 4\n\nMay 5\n\n{_REPORT}"
    assert dry_add(mini_project, tmp_path, text, _ADDRESS)["published"] == ""


def test_a_yearless_day_at_the_foot_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    assert dry_add(mini_project, tmp_path, f"{_HEADLINE}{_REPORT}\nPosted on May 4\n", _ADDRESS)["published"] == ""


def test_a_full_date_elsewhere_comes_first(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_HEADLINE}Posted on May 4\n\nWESTMARK, May 5, 2023 -- {_REPORT}"
    assert dry_add(mini_project, tmp_path, text, _ADDRESS)["published"] == "2023-05-05"
