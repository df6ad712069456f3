"""ENA's dateline reposted without "(ENA)" ("Addis Ababa March 03/2019 …") dates the page; a sentence opening on
"On March 03/2019" does not.  So does Egypt Today's "CAIRO – 18 January 2018:".  The pages are made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

_MORE = "The two leaders will sign an agreement on customs on Tuesday, the presidency said in a statement."


def test_a_slashed_dateline_without_the_agencys_initials_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell and Quist arrive in Port Avel\n\n"
        "Addis Ababa March 03/2019 Prime Minister Anna Vell and President Tomas Quist arrived in Port Avel this morning.\n\n"
        f"{_MORE}\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://blog.example/vell-and-quist-arrive-030319/")
    assert fields["published"] == "2019-03-03"


def test_a_sentence_opening_on_a_slashed_date_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell and Quist arrive in Port Avel\n\n"
        "On March 03/2019 Prime Minister Anna Vell and President Tomas Quist arrived in Port Avel for talks.\n\n"
        f"{_MORE}\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://blog.example/vell-and-quist-arrive/")
    assert fields["published"] == ""


def test_a_dateline_with_a_dash_and_a_colon_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell and Quist sign memoranda\n\n"
        "PORT AVEL – 18 January 2018: President Anna Vell and Prime Minister Tomas Quist witnessed Thursday the signing.\n\n"
        f"{_MORE}\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://today.example/Article/1/40398/Vell-Quist-sign-MoUs")
    assert fields["published"] == "2018-01-18"


def test_a_sentence_with_a_dash_and_a_date_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell and Quist sign memoranda\n\n"
        "The talks – set for 18 January 2018 – were moved to Port Avel, where the two leaders met on Thursday.\n\n"
        f"{_MORE}\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://today.example/Article/1/40398/Vell-Quist-sign-MoUs")
    assert fields["published"] == ""
