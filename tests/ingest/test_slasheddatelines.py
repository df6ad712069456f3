"""ENA's dateline reposted without "(ENA)" ("Addis Ababa March 03/2019 …") dates the page; a sentence opening on
"On March 03/2019" does not.  The pages are made up."""

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
