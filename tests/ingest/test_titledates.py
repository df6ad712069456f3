"""A headline closing on a full date dates a page that gives itself no other date."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

_RELEASE = (
    "Press release: Prime Minister meets the President of Westmark: 18 April 2018\n\n"
    "A spokesperson said:\n\n"
    "The Prime Minister held a bilateral meeting with the President of Westmark in Port Avel earlier today.\n\n"
    "They agreed to open talks on a fisheries accord before the summer.\n"
)


def test_the_date_a_release_title_closes_on_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, _RELEASE, "https://www.example.org/press-release-pm-meets-westmark")
    assert fields["published"] == "2018-04-18"
    assert fields["title"] == "Press release: Prime Minister meets the President of Westmark: 18 April 2018"


def test_a_date_inside_the_headline_is_an_events(mini_project: Path, tmp_path: Path) -> None:
    text = _RELEASE.replace(
        "Press release: Prime Minister meets the President of Westmark: 18 April 2018",
        "Talks of 18 April 2018 between Westmark and Eastmark resume",
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.example.org/talks-resume")
    assert fields["published"] == ""


def test_any_other_date_of_the_page_comes_first(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, _RELEASE, "https://www.example.org/2018/04/19/press-release-pm-meets-westmark")
    assert fields["published"] == "2018-04-19"
