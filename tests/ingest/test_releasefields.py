"""A page's own "Release date" or "Release time" field at its top dates an otherwise undated page, even with the next
field run into it ("Release Date: Jan 15, 2010Contact: 888-249-NEWS"); two such fields that disagree, or a release
date named inside a sentence, give nothing.  The pages are made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

_TITLE = "Avel Chamber to Lead Trade Delegation to Westmark"
_LEDE = "PORT AVEL—The Avel Chamber of Commerce embarks on a six-day trade delegation, beginning January 16, to meet leaders."
_MORE = "The delegation will meet government and private sector leaders in Westmark on Monday, the chamber said in a statement."
_URL = "http://www.avelchamber.example/press/releases/chamber-lead-trade-delegation-westmark"


def test_a_release_date_field_with_the_next_field_run_into_it_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"Release Date: Jan 15, 2010Contact: 888-249-NEWS\n\n{_TITLE}\n\n{_LEDE}\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["published"] == "2010-01-15"


def test_a_release_time_field_in_figures_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"Member Countries\n\n{_TITLE}\n\nRelease time:2023-12-07\n\n{_LEDE}\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://forum.example.mo/pt/economic_trade/view/7622")
    assert fields["published"] == "2023-12-07"


def test_release_fields_that_disagree_give_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = f"Release Date: Jan 15, 2010Contact: 888-249-NEWS\n\nRelease time:2010-02-01\n\n{_TITLE}\n\n{_LEDE}\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["published"] == ""


def test_a_release_date_named_in_a_sentence_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    lede = "The release date: Jan 15, 2010 was set by the chamber for its report on the trade delegation to Westmark."
    fields = dry_add(mini_project, tmp_path, f"{_TITLE}\n\n{lede}\n\n{_MORE}\n", _URL)
    assert fields["published"] == ""
