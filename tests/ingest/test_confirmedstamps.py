"""A stamp in figures with two readings ("Published: 11/7/2019") is read the way the story's dateline names its day.

The page is Andina's of 7 November 2019 (round 106's own sample), cut to its first lines."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.confirmedstamps import stamp_by_dateline
from tests.ingest.dry_run import dry_add

LEDE = (
    "Peruvian President Martin Vizcarra and his Ecuadorian counterpart Lenin Moreno on Thursday started the "
    "Presidential Meeting prior to the 13th Peru-Ecuador Binational Cabinet held in the northern city of Tumbes.\n\n"
    "The Presidential Meeting and 13th Peru-Ecuador Binational Cabinet are held on November 6-7 in northern Tumbes region.\n\n"
    "(END) MVB\n\n"
    "Published: 11/7/2019\n"
)
HEAD = "Andina\n\nPeruvian, Ecuadorian Presidents meet in Tumbes\n\n"


def test_the_datelines_month_and_day_choose_the_stamps_reading(mini_project: Path, tmp_path: Path) -> None:
    page = HEAD + "11:55 | Tumbes (Tumbes region), Nov. 7.\n\n" + LEDE
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["published"] == "2019-11-07"


def test_a_dateline_without_its_day_leaves_the_stamp_unread(mini_project: Path, tmp_path: Path) -> None:
    page = HEAD + "11:55 | Tumbes (Tumbes region).\n\n" + LEDE
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["published"] == ""


def test_a_day_the_story_names_further_down_confirms_nothing() -> None:
    # "November 6-7" in the second paragraph is the meeting's, not the dateline's.
    paragraphs = ["Tumbes (Tumbes region).", "The Presidential Meeting is held on November 7 in northern Tumbes region."]
    assert stamp_by_dateline("11/7/2019", paragraphs) is None


def test_a_stamp_with_full_stops_is_not_read_two_ways() -> None:
    # "05.03.2025" is day first wherever it stands (:func:`briefgen.ingest.meta.parse_header_date`).
    assert stamp_by_dateline("05.03.2025", ["LIMA, March 5 (ANDINA) – The talks opened."]) is None
