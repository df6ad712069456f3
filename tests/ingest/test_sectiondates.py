"""A date line with a section's or site's label beside it, run into the headline printed again below it, or split over
two lines dates a page that gives no other; a date in a sentence, a related story's line at the foot, or two lines that
disagree give nothing.  The pages are made up, but for the line of half A's UzDaily page (intake_final132)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.sectiondates import labelled_date
from tests.ingest.dry_run import dry_add

_LEDE = "President Anna Vell arrived in Port Avel on Monday for talks with Prime Minister Tomas Quist on trade and shipping."
_MORE = "The two leaders will sign an agreement on customs on Tuesday, the presidency said in a statement."


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("2021-03-09 | Politics", "2021-03-09"),
        ("17.08.2020, Westmark and the World", "17.08.2020"),
        ("Avelnews.com, 29 Sep 2021 - 10:48, Port Avel,Westmark", "29 Sep 2021 - 10:48"),
        ("14:54 | 29/08/2018 Cooperation", "29/08/2018"),
        ("23.08.2016 р., 14:40", "23.08.2016"),
        ("Talks on 12 May 2021 in Port Avel", None),  # a sentence dating an event: "on", "in" are no label's words
        ("2021-03-09", None),  # a date alone is lonedates' to read
        ("Mon | Jul 16, 2018", None),  # a site's banner, the day the page was looked at
        ("Avel Online , Monday 7 Apr 2025", None),
        ("2021-03-09 | Politics | 2021-03-10", None),
        ("Prime Minister Vell arrives in Port Avel for talks | 2021-03-09", None),  # a related story's title
    ],
)
def test_a_date_line_holds_one_date_and_short_labels(line: str, words: str | None) -> None:
    assert labelled_date(line) == words


def test_a_section_labelled_date_above_the_lede_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"Vell arrives in Port Avel for talks\n\nMenu\n\nArchive\n\n2021-03-09 | Politics\n\n{_LEDE}\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://gov.example/en/news/view/15220")
    assert fields["published"] == "2021-03-09"


def test_a_section_and_date_run_into_the_headline_printed_below_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Currency rates\n\n$1 – 12724.84\n\nSearch\n\n"
        "Economy 22/08/2024 Uzbekistan-Azerbaijan Business Forum takes place in Tashkent\n\n"
        "Uzbekistan-Azerbaijan Business Forum takes place in Tashkent\n\n"
        f"{_LEDE}\n\n{_MORE}\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://daily.example/en/business-forum-takes-place-in-tashkent")
    assert fields["published"] == "2024-08-22"


def test_a_date_split_over_two_lines_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"Vell arrives in Port Avel for talks\n\nMarch 22\n\n12:08 2018\n\n{_LEDE}\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://ministry.example/en/?p=5996")
    assert fields["published"] == "2018-03-22"


def test_a_published_on_label_glued_after_a_lists_date_gives_its_own_date(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell arrives in Port Avel for talks\n\n"
        "21/05/2024PRIME MINISTER HOSTS DINNER FOR VISITING DELEGATION\n\n"
        "24/05/2024Published On: 23/05/2024\n\n"
        f"{_LEDE}\n\n{_MORE}\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://foreignaffairs.example/?p=48818")
    assert fields["published"] == "2024-05-23"


def test_a_labelled_date_at_the_pages_foot_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    lede = " ".join([_LEDE] * 3)
    text = f"Vell arrives in Port Avel for talks\n\n{lede}\n\n{lede}\n\n2021-03-09 | Politics\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://gov.example/en/news/view/15220")
    assert fields["published"] == ""


def test_two_labelled_date_lines_that_disagree_give_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = f"Vell arrives in Port Avel for talks\n\n2021-03-09 | Politics\n\n{_LEDE}\n\n2021-03-10 | Economy\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://gov.example/en/news/view/15220")
    assert fields["published"] == ""
