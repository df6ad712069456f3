"""A weekday date line right below the headline dates a page that gives itself no other date; beside another day lower
down, it does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.dry_run import dry_add

_LEDE = (
    "Cape Town - Westmark and Eastmark ministers have signed three agreements with one another, including one to set up"
    " a bi-national commission, following a meeting between the two presidents.\n\n"
    "The commission will meet annually, alternating between the two capitals, the ministers said.\n"
)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (f"Westmark, Eastmark sign agreement to set up bi-national commission\n\nTuesday, November 6, 2012\n\n{_LEDE}", "2012-11-06"),
        (f"Westmark and Eastmark agree to buy gas\n\nSunday, March 3, 2019\n\n{_LEDE}", "2019-03-03"),
    ],
)
def test_a_weekday_date_below_the_headline_dates_the_page(mini_project: Path, tmp_path: Path, text: str, published: str) -> None:
    assert dry_add(mini_project, tmp_path, text, "https://news.example/westmark-eastmark-commission")["published"] == published


def test_two_days_below_the_headline_are_a_list(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Westmark, Eastmark sign agreement to set up bi-national commission\n\nTuesday, November 6, 2012\n\n"
        f"Friday, November 9, 2012\n\n{_LEDE}"
    )
    assert dry_add(mini_project, tmp_path, text, "https://news.example/westmark-eastmark-commission")["published"] == ""


def test_a_weekday_line_below_the_headline_under_the_sites_banner_is_the_storys(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Thursday, April 25, 2024\n\nLogo Westmark News\n\nWestmark summit accord aims for customs union\n\n"
        f"Friday, July 1, 2016\n\n{_LEDE}"
    )
    assert dry_add(mini_project, tmp_path, text, "https://news.example/westmark-summit-customs-union")["published"] == "2016-07-01"


def test_the_banners_day_again_below_the_headline_settles_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Thursday, April 25, 2024\n\nLogo Westmark News\n\nWestmark summit accord aims for customs union\n\n"
        f"Thursday, April 25, 2024\n\n{_LEDE}"
    )
    assert dry_add(mini_project, tmp_path, text, "https://news.example/westmark-summit-customs-union")["published"] != "2016-07-01"


def test_a_cms_error_above_the_headline_is_no_part_of_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Error message\n\nUser warning: The following module is missing from the file system: file_entity. in"
        " _drupal_trigger_error_with_delayed_logging() (line 1128 of /var/www/un/includes/\n\n"
        f"Westmark and Eastmark Sign MOU on Development Cooperation\n\nTuesday, September 24, 2013\n\n{_LEDE}"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://mission.example/node/69")
    assert fields["published"] == "2013-09-24"
    assert fields["title"] == "Westmark and Eastmark Sign MOU on Development Cooperation"
