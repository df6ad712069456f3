"""A dateline that spells the site's own name says who published the story, not where it was written: the archived
source has no place.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

LEDE = "the harbour boards of Vell and Dalen agreed on Tuesday to open a weekly ferry link from next spring, their chairmen said.\n"


def test_the_site_name_as_a_dateline_is_no_place(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, "KESTRELWIRE- The " + LEDE, "https://www.kestrelwire.example/news/ferry-link-1598270")
    assert fields["place"] == ""


def test_a_city_as_the_dateline_stays_the_place(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, "PORTAVEL - The " + LEDE, "https://www.kestrelwire.example/news/ferry-link-1598270")
    assert fields["place"].casefold() == "portavel"
