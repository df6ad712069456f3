"""Page shapes met on the final test sets of round 75, on made-up pages: a reader-support appeal over the headline,
a caption credited to an agency in brackets, a caption in a picture's table cell, and a site's name of two words
in a dateline's brackets."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.meta import dateline
from briefgen.ingest.sitelabels import site_label_kind
from tests.ingest.dry_run import dry_add

LEDE = (
    "Ostland's president hosted the Velmoran prime minister in Vostrograd on Wednesday for talks on trade and the "
    "ferry link between the two countries.\n\n"
    "The two leaders agreed to open a joint commission on shipping before the end of the year.\n"
)


def test_a_reader_support_appeal_over_the_headline_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    page = " date 2025-05-14 Support The Harbour Times!\nRask Meets With Velmoran Prime Minister in Vostrograd\n\n" + LEDE
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == "Rask Meets With Velmoran Prime Minister in Vostrograd"
    assert "Support The Harbour Times" not in fields["body"]


def test_a_caption_closed_by_an_agency_in_brackets_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, " date 2022-07-25 President Jan Rask (Yonhap)\n" + LEDE, None)
    assert fields["title"] == ""
    assert fields["body"].startswith("Ostland's president hosted")


def test_a_caption_in_its_pictures_table_cell_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "![]() |\nPresident Jan Rask speaks as Prime Minister Olev Vell listens during their press conference in "
        "Vostrograd, Thursday. Harbour Agency |\nRask and Vell agree to open a joint shipping commission\nBy Anna Kovar\n" + LEDE
    )
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == "Rask and Vell agree to open a joint shipping commission"
    assert "press conference" not in fields["body"]


def test_a_headline_ending_in_a_bar_or_an_agencys_name_is_still_a_headline() -> None:
    assert site_label_kind("Rask and Vell agree on ferries |") is None  # no sentence closed before the bar
    assert site_label_kind("Talks in Vostrograd end. Harbour Agency |") == "photo caption"


def test_a_sites_name_of_two_words_in_a_datelines_brackets_gives_the_place() -> None:
    found = dateline("Vostrograd (Harbour Window) – Ostland's shipyards plan to build ferries for Velmora.")
    assert found["place"].value == "Vostrograd"
    assert "outlet" not in found  # the bracket may credit the copy's writer: the page's outlet is read elsewhere
    assert dateline("The Council (Harbour Window) – Ostland's shipyards plan to build ferries.") == {}
