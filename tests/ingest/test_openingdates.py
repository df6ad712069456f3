"""A full date opening the lede and cut off from its sentence by a dash or an underscore dates the page; a date the
sentence is about does not.  The page is an entry of a press review in a development set (intake_final38)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

_URL = "https://www.adnkronos.com/rassegna-stampa/inglese/china-meloni-strengthens-ties-with-china-during-official-visit_44t6qlh3xi2W"
_SENTENCE = (
    "Italian Prime Minister Giorgia Meloni recently concluded her first official visit to China, where she met with "
    "President Xi Jinping and other Chinese leaders. The news was reported by globaltimes.cn.\n"
)


def test_a_date_opening_the_lede_before_an_underscore_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, "August 18, 2024_ " + _SENTENCE, _URL)
    assert fields["published"] == "2024-08-18"
    assert "August 18, 2024" in fields["notes"]


def test_a_date_the_sentence_is_about_leaves_the_page_undated(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, "On August 18, 2024, " + _SENTENCE[0].lower() + _SENTENCE[1:], _URL)
    assert fields["published"] == ""


def test_a_reporters_name_and_a_dotted_date_glued_to_the_lede_date_the_page(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, "Hatim Khan – 05.03.2018 " + _SENTENCE, "https://observer.example/_news/meloni-in-china")
    assert fields["published"] == "2018-03-05"


def test_dotted_figures_after_no_name_or_dash_leave_the_page_undated(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, "Version 05.03.2018 " + _SENTENCE, "https://observer.example/_news/meloni-in-china")
    assert fields["published"] == ""
