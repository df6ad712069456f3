"""A "Date:" field giving the day in figures after its weekday dates an otherwise undated page, the weekday settling
which figure is the day ("Date: Monday 05/11/2018" is 5 November, a Monday) even where a clock typed with a space
("02: 41 pm") keeps the byline readings from the line; a weekday that fits neither order, and fields that disagree,
give nothing.  The pages are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.dry_run import dry_add

_TITLE = "Avel and Westmark agree to convene the second session of the Joint Committee in Port Avel"
_LEDE = (
    "The two countries have agreed to hold the second session of the joint committee in Port Avel next month, headed by their ministers."
)
_MORE = "The statement said the delegation held talks on Monday with the Emir about the outstanding issues between the two countries."
_URL = "https://www.forum.example/showthread.php?3068-Avel-and-Westmark-agree-to-convene"


@pytest.mark.parametrize(
    ("field", "published"),
    [
        ("Date: Thursday, 15-03-2012 02: 41 pm", "2012-03-15"),  # the day first: no fifteenth month
        ("Date: Monday 05/11/2018", "2018-11-05"),  # 5 November 2018 was a Monday, 11 May a Friday
        ("Date : Friday, 11.05.2018 10:30", "2018-05-11"),  # 11 May 2018 was a Friday, 5 November a Monday
    ],
)
def test_a_date_field_whose_weekday_settles_the_figures_dates_the_page(
    mini_project: Path, tmp_path: Path, field: str, published: str
) -> None:
    text = f"{_TITLE}\n\n{field}\n\n{_LEDE}\n\n{_MORE}\n"
    assert dry_add(mini_project, tmp_path, text, _URL)["published"] == published


def test_a_weekday_that_fits_neither_order_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_TITLE}\n\nDate: Tuesday, 15-03-2012 02: 41 pm\n\n{_LEDE}\n\n{_MORE}\n"  # 15 March 2012 was a Thursday
    assert dry_add(mini_project, tmp_path, text, _URL)["published"] == ""


def test_two_fields_that_disagree_give_nothing(mini_project: Path, tmp_path: Path) -> None:
    fields = "Date: Thursday, 15-03-2012 02: 41 pm\n\nDate: Friday, 16-03-2012 10: 05 am"
    text = f"{_TITLE}\n\n{fields}\n\n{_LEDE}\n\n{_MORE}\n"
    assert dry_add(mini_project, tmp_path, text, _URL)["published"] == ""


def test_a_date_field_inside_a_sentence_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    lede = "The next date: Thursday, 15-03-2012 was set for the meeting of the joint committee in Port Avel, the ministry said."
    assert dry_add(mini_project, tmp_path, f"{_TITLE}\n\n{lede}\n\n{_MORE}\n", _URL)["published"] == ""
