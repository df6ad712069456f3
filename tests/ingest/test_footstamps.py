"""A publication stamp at the page's foot, under its follow boxes, dates a page that dates itself nowhere else.
Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

STORY = (
    "Vell and Dalen agree a weekly ferry link\n"
    "The harbour boards of Vell and Dalen agreed to open a weekly ferry link from next spring, their chairmen said in a "
    "joint statement after a meeting that lasted four hours.\n"
    "The link will carry passengers and freight between the two ports, the statement said.\n"
    "Follow us on: Facebook, Twitter, Google News, Instagram\n"
    "Join our official channel and stay updated with the latest headlines\n"
)


def test_the_foot_stamp_dates_a_page_that_states_no_other_date(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, STORY + "Published: 09 Oct 2023, 8:36 AM\n", "https://ferries.example/story/ferry-link")
    assert fields["published"] == "2023-10-09"
    assert "Published: 09 Oct 2023, 8:36 AM" not in fields["body"]
    assert "publication stamp at the page's foot" in fields["notes"]


def test_two_foot_stamps_that_disagree_date_nothing(mini_project: Path, tmp_path: Path) -> None:
    # A box of other stories, each with its own stamp: no day is the page's.
    foot = "Published: 09 Oct 2023, 8:36 AM\nPublished: 02 Oct 2023, 6:10 PM\n"
    fields = dry_add(mini_project, tmp_path, STORY + foot, "https://ferries.example/story/ferry-link")
    assert fields["published"] == ""


def test_a_stamp_under_the_agencys_closing_code_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    # The closing code over the stamp was cut off as an empty part of its own, and the stamp with it.
    page = (
        "Vell and Dalen agree a weekly ferry link\n\n"
        "The harbour boards of Vell and Dalen agreed to open a weekly ferry link from next spring, their chairmen said in "
        "a joint statement after a meeting that lasted four hours.\n\n"
        "The link will carry passengers and freight between the two ports, the statement said.\n\n"
        "(END) KRV/ALD\n\n"
        "Published: 28/9/2023\n"
    )
    fields = dry_add(mini_project, tmp_path, page, "https://ferries.example/story/ferry-link")
    assert fields["published"] == "2023-09-28"
    assert "(END)" not in fields["body"]


RELEASE = (
    "The Prime Minister of Dalen will make an official visit to Vell from 14 to 16 April. He will call on the "
    "President of Vell and meet the Prime Minister, who will host an official lunch.\n\n"
    "The Prime Minister will be accompanied by the Minister of Ports and senior officials.\n\n"
)


def test_a_releases_closing_date_alone_on_the_last_line_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, RELEASE + "14 APRIL 2024\n", None)
    assert fields["published"] == "2024-04-14"
    assert "14 APRIL 2024" not in fields["body"]
    assert "release's closing date" in fields["notes"]


def test_a_date_in_ordinary_type_at_the_foot_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    # A print edition's day or a list's, not a signature block's: a wrong date is worse than none.
    fields = dry_add(mini_project, tmp_path, RELEASE + "14 April 2024\n", None)
    assert fields["published"] == ""


def test_two_dates_alone_at_the_foot_date_nothing(mini_project: Path, tmp_path: Path) -> None:
    # A list of other releases under the text, each under its own day: neither is the page's.
    fields = dry_add(mini_project, tmp_path, RELEASE + "14 APRIL 2024\n\nFerry talks resume\n\n2 MARCH 2024\n", None)
    assert fields["published"] == ""
