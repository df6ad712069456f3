"""Page dates in an address in the forms ``urldates`` reads: the year first with the month and day unpadded, or padded
with the story's words running on, or under a year-and-month folder, and a stamp with its time of day after the date;
the certain forms of ``outlets`` come first.  Every address and page here is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.ingest.addressdates import date_in_url
from briefgen.ingest.urldates import date_in_address, stamped_date_in_url
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/politics/accord-signed-05-03-2025-19-18-24", dt.date(2025, 3, 5)),
        ("https://news.example/politics/accord-signed-2024-7-1-7", dt.date(2024, 7, 1)),
        ("https://news.example/politics/accord-signed-2024-10-7.html", dt.date(2024, 10, 7)),
        ("https://news.example/politics/accord-signed-2024-13-1-7", None),
        ("https://news.example/news/2022-10-22-president-vell-returns-home.ryMYBlxG4j.html", dt.date(2022, 10, 22)),
        ("https://news.example/news/india/vell-to-visit-westmark-latest-updates-2023-08-18-887549", dt.date(2023, 8, 18)),
        ("https://news.example/2024-09/03/c_1017965.htm", dt.date(2024, 9, 3)),
        ("https://news.example/a/202406/20/WS667397b7a31095c51c509e6d.html", dt.date(2024, 6, 20)),
        ("https://news.example/a/202413/20/WS667397b7a31095c51c509e6d.html", None),  # no 13th month
        ("https://news.example/news/china_politics/202406/2246660.html", None),  # a story number, no day folder
        ("https://news.example/news/2022-18-10-president-vell-returns-home.html", None),  # no 18th month
        ("https://news.example/politics/accord-signed-05-03-2025", None),  # no time after it: either order
        (
            "https://www.bmwk.de/Redaktion/EN/Pressemitteilungen/2022/08/20220823-speeding-up-the-roll-out-of-green-hydrogen-canada-and-germany.html",
            dt.date(2022, 8, 23),
        ),
        ("https://news.example/releases/2022/08/20210823-speeding-up-the-roll-out.html", None),  # another year than the folder's
        ("https://news.example/releases/2022/08/20220823000-speeding-up.html", None),  # more digits: an id
        ("https://www.monitor.example/20250423-westmark-and-eastland-sign-visa-waiver/", dt.date(2025, 4, 23)),
        ("https://www.radio.example/en/world/20230109-vell-s-pm-to-meet-president", dt.date(2023, 1, 9)),
        ("https://www.monitor.example/20251323-westmark-and-eastland-sign-visa-waiver/", None),  # no 13th month
        ("https://www.monitor.example/20250423-1187/", None),  # a number after the day, no words
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


def test_a_page_dated_only_by_its_address_is_dated_by_the_year_first_day(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "President Vell to become first Ostland leader in 40 years to visit Westmark\n\n"
        "President Anna Vell is set to visit Westmark on August 25, the first Ostland leader to visit the country in "
        "40 years, the foreign ministry said on Friday.\n\n"
        "Vell will hold talks with President Ivo Marr on shipping and customs, the ministry said.\n"
    )
    url = "https://news.example/news/world/vell-to-visit-westmark-on-august-25-latest-updates-2023-08-18-887549"
    fields = dry_add(mini_project, tmp_path, text, url)
    assert fields["published"] == "2023-08-18"


def test_a_page_whose_text_names_no_day_is_dated_by_its_year_month_folder_and_day_folder(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Ostland, Westmark sign partnership treaty\n\n"
        "Ostland and Westmark on Wednesday signed a comprehensive partnership treaty during President Anna Vell's "
        "state visit to Westmark, the national news agency reported.\n\n"
        "Vell and President Ivo Marr also agreed on new shipping and customs rules, the agency said.\n"
    )
    url = "https://news.example/a/202406/20/WS667397b7a31095c51c509e6d.html"
    fields = dry_add(mini_project, tmp_path, text, url)
    assert fields["published"] == "2024-06-20"


@pytest.mark.parametrize(
    ("url", "text", "day"),
    [
        ("https://news.example/stories/202505280323.html", "Vell landed back home on Saturday, May 24, 2025.", dt.date(2025, 5, 28)),
        ("https://news.example/stories/202505280323", "Vell met Marr in 2024 and again this spring.", dt.date(2025, 5, 28)),
        ("https://news.example/stories/202505280323.html", "The ports signed a deal in 2019.", None),  # no such year: an id
        ("https://news.example/stories/202513280323.html", "Vell landed back home in 2025.", None),  # no thirteenth month
        ("https://news.example/stories/20250528.html", "Vell landed back home in 2025.", None),  # eight digits alone: an id
        # AllAfrica numbers every story by its day: no year in the text is asked for (round 98's fresh sample).
        ("https://allafrica.com/stories/202302030073.html", "Vell ended her visit Tuesday, after a 2019 trip.", dt.date(2023, 2, 3)),
        ("https://allafrica.com/stories/202313030073.html", "Vell ended her visit Tuesday.", None),  # no thirteenth month
    ],
)
def test_a_page_named_by_its_day_and_story_number(url: str, text: str, day: dt.date | None) -> None:
    found = date_in_address(url, text)
    assert (found[0] if found else None) == day


def test_the_address_day_and_number_dates_a_page_before_a_caption_day(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "President Vell back from Westmark where she sealed port investments\n\n"
        "President Anna Vell and Ivo Marr greet the delegation as they arrive in Port Avel, Wednesday, May 21, 2025.\n\n"
        "Port Avel — President Anna Vell has returned from a visit to Westmark, where she secured port investments.\n\n"
        "Vell landed back in Port Avel on Saturday night, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/stories/202505270323.html")
    assert fields["published"] == "2025-05-27"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        # The Japan News (intake_final88): the page is named by its day and the story's number.
        ("https://japannews.yomiuri.co.jp/politics/politics-government/20250327-245596", dt.date(2025, 3, 27)),
        ("https://japannews.yomiuri.co.jp/politics/politics-government/20260116-304489/", dt.date(2026, 1, 16)),
        ("https://www3.nhk.or.jp/nhkworld/en/news/20231103_14/", dt.date(2023, 11, 3)),
        ("https://news.example/world/20251399-245596", None),  # no 13th month: an id
        ("https://news.example/world/20250327", None),  # eight digits alone: an id
    ],
)
def test_a_page_named_by_its_day_and_the_storys_number_after_a_hyphen(url: str, day: dt.date | None) -> None:
    found = date_in_address(url, "")
    assert (found[0] if found else None) == day


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://www.afr.com/news/politics/japan-visit-marks-new-tie-20140701-jgqht", dt.date(2014, 7, 1)),
        ("https://www.smh.com.au/world/asia/leaders-meet-in-port-avel-20190426-p51hge", dt.date(2019, 4, 26)),
        ("https://www.telesurenglish.net/news/Leaders-meet-20231207-0010.html", None),  # a number after: confirmed elsewhere
        ("https://example.com/news/leaders-meet-20231207-story.html", None),
    ],
)
def test_a_day_before_a_story_code_of_letters_ending_the_address(url: str, day: dt.date | None) -> None:
    found = stamped_date_in_url(url)
    assert (found[0] if found else None) == day


def test_a_page_named_by_its_day_and_a_story_code_is_dated_by_it(mini_project: Path, tmp_path: Path) -> None:
    text = "Rask and Vell agree to annual visits\n\nThe prime ministers of Ostland and Westmark will take turns in visiting each other.\n"
    fields = dry_add(mini_project, tmp_path, text, "http://www.afr.com/news/politics/rask-and-vell-agree-20140701-jgqht")
    assert fields["published"] == "2014-07-01"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/world/2023/may/04/vell-and-marr-sign-three-accords", dt.date(2023, 5, 4)),
        ("https://news.example/news/2019/Oct/25/", dt.date(2019, 10, 25)),
        ("https://news.example/news/2019/sept/5/accords", dt.date(2019, 9, 5)),
        ("https://news.example/news/2019/feb/30/accords", None),  # no such day
        ("https://news.example/news/2019/market/25/accords", None),  # a folder that only begins like a month
        ("https://news.example/news/2019/may/accords", None),  # no day
    ],
)
def test_a_year_a_month_name_and_a_day_in_folders(url: str, day: dt.date | None) -> None:
    found = date_in_url(url)
    assert (found[0] if found else None) == day
