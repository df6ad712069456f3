"""A dateline whose full date writes the day with an ordinal, a credit in brackets and a dash after it, dates an
otherwise undated page ("PORT AVEL, Jan. 24th, 2006 [Avel Presse] ---", "HALLTOWN, ST. ORMEN, NOVEMBER 12TH 2014
(OPM) –"); a sentence opening on such a date, or a dateline without the credit and dash, gives nothing.  The pages
are made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

_TITLE = "Westmark's Prime Minister to visit Port Avel"
_MORE = "The two leaders will sign agreements on trade and energy on Thursday, officials said in a statement to reporters."
_URL = "https://www.avelpresse.example/spip.php?article4000"


def test_a_title_case_dateline_with_an_ordinal_day_and_a_bracketed_credit_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    lede = "Port of Avel, Jan. 24th, 2006 [Avel Presse] --- Westmark's Prime Minister arrives in Port Avel today for meetings."
    fields = dry_add(mini_project, tmp_path, f"{_TITLE}\n\n{lede}\n\n{_MORE}\n", _URL)
    assert fields["published"] == "2006-01-24"


def test_a_capitals_dateline_with_its_island_and_an_ordinal_day_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    lede = "HALLTOWN, ST. ORMEN, NOVEMBER 12TH 2014 (OPM) – The Federation's Minister of Foreign Affairs will meet his counterpart."
    fields = dry_add(mini_project, tmp_path, f"{lede}\n\n{_MORE}\n", "https://ormenpages.example/amp/minister-heads-to-avel")
    assert fields["published"] == "2014-11-12"


def test_a_sentence_opening_on_an_ordinal_date_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    lede = "On Jan. 24th, 2006 (a Tuesday) – Westmark's Prime Minister arrived in Port Avel for meetings with his counterpart."
    fields = dry_add(mini_project, tmp_path, f"{_TITLE}\n\n{lede}\n\n{_MORE}\n", _URL)
    assert fields["published"] == ""


def test_an_ordinal_date_in_a_sentence_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    lede = "Westmark's Prime Minister will visit Port Avel on Jan. 24th, 2006 for meetings with his counterpart, the ministry said."
    fields = dry_add(mini_project, tmp_path, f"{_TITLE}\n\n{lede}\n\n{_MORE}\n", _URL)
    assert fields["published"] == ""
