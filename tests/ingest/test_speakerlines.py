"""A deck quoting a speaker under his name is no dateline.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add


def test_a_speakers_deck_gives_no_place(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell and Doran United on Reopening the Harbour Talks\n"
        "Before the Summit, Vell and Doran Inspect the Guard\n"
        'Vell: "A New Chapter for Both Countries"\n'
        "President Anna Vell said on Monday that Ostland and Westmark would reopen the harbour talks stalled since 2019.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/en/article/2025042817560945610")
    assert fields["place"] == ""
    assert fields["title"] == "Vell and Doran United on Reopening the Harbour Talks"


def test_a_dateline_above_a_quoted_lede_is_still_read(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Ostland and Westmark reopen harbour talks\n\n"
        'PORT AVEL: "A new chapter begins today," President Anna Vell said on Monday as the harbour talks reopened.\n'
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/ostland-and-westmark-reopen-harbour-talks")
    assert fields["place"] == "Port Avel"
