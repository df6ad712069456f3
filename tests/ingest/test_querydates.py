"""A page dated only by the day and serial number its address hands to a script in the query string.  Every address
and page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.dry_run import dry_add

_TEXT = (
    "Vell asks Marr to broker a port deal\n\n"
    "President Anna Vell told President Ivo Marr on August 25 that she hoped he would help settle the port dispute, "
    "as the two leaders held their first summit in Westmark.\n\n"
    "The talks later turned to shipping and customs, the foreign ministry said.\n"
)


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://news.example/view.php?key=20250826001000332", "2025-08-26"),
        ("https://news.example/view.php?id=7&key=20250826001000332", "2025-08-26"),
        ("https://news.example/view.php?key=20250826", ""),  # eight digits alone may be an id
        ("https://news.example/view.php?key=20251326001000332", ""),  # no 13th month: an id
        ("https://news.example/view.php?key=20250326001000332", ""),  # the text never names March: an id
    ],
)
def test_the_query_string_dates_the_page(mini_project: Path, tmp_path: Path, url: str, published: str) -> None:
    assert dry_add(mini_project, tmp_path, _TEXT, url)["published"] == published


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("http://www.b92.example/eng/news/politics.php?yyyy=2014&mm=07&dd=01&nav_id=90832", "2014-07-01"),
        ("https://news.example/archive.php?year=2019&month=3&day=14", "2019-03-14"),
        ("https://news.example/archive.php?yyyy=2014&mm=13&dd=01", ""),  # no 13th month
        ("https://news.example/archive.php?yyyy=2014&mm=07", ""),  # no day: the month's index
        ("https://news.example/archive.php?yyyy=14&mm=07&dd=01", ""),  # a year in two figures is not read
    ],
)
def test_a_named_year_month_and_day_date_the_page(mini_project: Path, tmp_path: Path, url: str, published: str) -> None:
    text = (
        "Serbian and Hungarian cabinets hold joint session\n\n"
        "BELGRADE -- The Hungarian prime minister is visiting Belgrade on Tuesday, where he is meeting his Serbian counterpart.\n\n"
        "The two governments will hold a joint sitting, during which several agreements will be signed.\n"
    )
    assert dry_add(mini_project, tmp_path, text, url)["published"] == published


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://news.example/detail.php?date=2023-05-04&id=77", "2023-05-04"),
        ("https://news.example/detail.php?id=77&d=2023/05/04", "2023-05-04"),
        ("https://news.example/view?pubdate=20230504&no=12", "2023-05-04"),
        ("https://news.example/view?aid=20230504", ""),  # eight figures under a name that says no date: an id
        ("https://news.example/detail.php?date=2023-13-04", ""),  # no 13th month
        ("https://news.example/detail.php?date=04-05-2023", ""),  # day first or month first: not settled
        # The day after the 12th settles the order: The Financial Express of Dhaka's old pages (a real address).
        ("http://www.financialexpress-bd.com/index3.asp?cnd=3/26/2006&section_id=7&newsid=19912&spcl=no", "2006-03-26"),
        ("https://news.example/detail.php?id=77&d=26.10.2023", "2023-10-26"),
        ("https://news.example/detail.php?id=77&d=10/05/2023", ""),  # either could be the month
        ("https://news.example/detail.php?id=77&d=13/31/2023", ""),  # neither is
    ],
)
def test_one_query_value_gives_the_whole_day(mini_project: Path, tmp_path: Path, url: str, published: str) -> None:
    text = (
        "Leaders of Westmark and Ostland sign three accords\n\n"
        "The presidents of Westmark and Ostland signed three accords on trade, energy and schools in the capital on "
        "Thursday, and agreed to meet again next year.\n\n"
        "The two delegations also discussed the border crossings.\n"
    )
    assert dry_add(mini_project, tmp_path, text, url)["published"] == published
