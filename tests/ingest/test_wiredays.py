"""A wire story's dateline with its full date, standing on its own line lower down a page of agency copy, dates a page
that gives no other date; a date in a sentence does not, and datelines that disagree give nothing.  Every page here is
made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

_FIRST_STORY = (
    "Vell's trip comes as Ostland rethinks its trading ties in the face of new import duties.\n\n"
    "The prime minister is on her third visit to Westmark in two years.\n\n"
    "Her visit follows a trip to Norrland, where on Wednesday she signed a joint declaration.\n\n"
    "Westmark says Marr to visit Norrland next week\n\n"
)
_SECOND_STORY = "Westmark's President Ivo Marr will visit Norrland next week, the foreign ministry said Friday.\n"


def test_a_wire_dateline_lower_down_dates_a_page_with_no_other_date(mini_project: Path, tmp_path: Path) -> None:
    text = _FIRST_STORY + "Port Avel (AFP) April 11, 2031 -\n\n" + _SECOND_STORY
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/reports/Vell_meets_Marr_999.html")
    assert fields["published"] == "2031-04-11"
    assert "wire dateline lower down the page" in fields["notes"]


def test_a_wire_dateline_with_the_date_before_the_agency_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = _FIRST_STORY + "PORT AVEL, 11 April 2031 (Kyodo) -\n\n" + _SECOND_STORY
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/reports/Vell_meets_Marr_999.html")
    assert fields["published"] == "2031-04-11"


def test_a_date_in_a_sentence_is_no_dateline(mini_project: Path, tmp_path: Path) -> None:
    text = _FIRST_STORY + "Talks in Port Avel (AFP) on April 11, 2031 went on late.\n\n" + _SECOND_STORY
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/reports/Vell_meets_Marr_999.html")
    assert fields["published"] == ""


def test_wire_datelines_giving_different_days_date_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = _FIRST_STORY + "Port Avel (AFP) April 11, 2031 -\n\n" + _SECOND_STORY + "\nNorr (AFP) April 9, 2031 -\n\n" + _SECOND_STORY
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/reports/Vell_meets_Marr_999.html")
    assert fields["published"] == ""
