"""A dateline that credits its copy before the day ("Beijing (Xinhua), Feb 17 --") gives the place and the day; with
the year, the publication date; without it, the year the page settles."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.creditdays import credit_then_day
from tests.ingest.dry_run import dry_add

_LEDE = "President Mara Quist of Ostland held talks with her Veldran counterpart on Monday in the capital."


@pytest.mark.parametrize(
    ("opening", "place", "day", "published"),
    [
        ("Port Avel (Xinhua), Feb 17 -- ", "Port Avel", "Feb 17", None),
        ("PORT AVEL (UNB), 17 February: ", "Port Avel", "17 February", None),
        ("Port Avel (AFP) April 11, 2025 - ", "Port Avel", None, "2025-04-11"),
        ("Updated (AFP), Feb 17 - ", None, None, None),
    ],
)
def test_a_credit_before_the_day_gives_place_and_day(opening: str, place: str | None, day: str | None, published: str | None) -> None:
    found = credit_then_day([opening + _LEDE])
    assert (found["place"].value if "place" in found else None) == place
    assert (found["day"].value if "day" in found else None) == day
    assert (found["published"].value if "published" in found else None) == published


def test_sources_add_dates_the_page_by_such_a_dateline_and_the_addresss_month(mini_project: Path, tmp_path: Path) -> None:
    page = f"Ostland and Veldra sign seven pacts\n\nPort Avel (Xinhua), Feb 17 -- {_LEDE}\n"
    fields = dry_add(mini_project, tmp_path, page, "https://www.example-news.com/2022/02/ostland-and-veldra-sign-seven-pacts")
    assert (fields["place"], fields["published"]) == ("Port Avel", "2022-02-17")


def test_a_staff_byline_before_the_dateline_is_passed_over() -> None:
    found = credit_then_day([f"by Staff Writers Port Avel (AFP) May 04, 2014 {_LEDE}"])
    assert (found["place"].value, found["published"].value) == ("Port Avel", "2014-05-04")


def test_a_named_byline_before_the_dateline_is_not_read_as_one() -> None:
    assert credit_then_day([f"by Mara Quist Port Avel (AFP) May 04, 2014 {_LEDE}"]) == {}
