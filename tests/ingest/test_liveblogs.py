"""A live blog's panel over its entries is furniture, and its newest entry's glued stamp dates a page nothing else dates
(pages of the round-109 sample: ABC's "Federal politics live" and a copy of it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.liveblogs import LIVE_BLOG_CONTROL
from briefgen.ingest.liveentries import live_entry_date
from briefgen.ingest.text import Part
from tests.ingest.dry_run import dry_add

_ABC_LIVE = (
    "live\n"
    "Federal politics live: Anthony Albanese and PNG PM James Marape sign landmark defence treaty\n"
    "Anthony Albanese and PNG Prime Minister James Marape have signed a landmark defence treaty in Canberra.\n"
    "Meanwhile, Deputy Leader of the Opposition Ted O'Brien has dismissed Andrew Hastie's exit from the Coalition frontbench.\n"
    "Follow our live coverage below.\n"
    "Key Events\n"
    "Submit a comment or question\n"
    "Live updates\n"
    "Scott Morrison says Donald Trump should receive Nobel Peace Prize if he stops Gaza war\n"
    "Former Australian prime minister Scott Morrison says US President Donald Trump should win a Nobel Peace Prize if he"
    " manages to end the war in Gaza.\n"
)


@pytest.mark.parametrize("line", ["Key Events", "Submit a comment or question", "Live updates", "live", "Follow our live coverage below."])
def test_the_panel_lines_are_furniture(line: str) -> None:
    assert LIVE_BLOG_CONTROL.fullmatch(line)


@pytest.mark.parametrize("line", ["Key events in the talks were the signing of two agreements.", "Live exports resume"])
def test_text_about_events_is_not(line: str) -> None:
    assert not LIVE_BLOG_CONTROL.fullmatch(line)


def test_the_live_page_is_one_article(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(
        mini_project, tmp_path, _ABC_LIVE, "https://newsapp.abc.net.au/news/2025-10-06/federal-politics-live-blog-october-6/105849122"
    )
    assert fields["title"] == "Federal politics live: Anthony Albanese and PNG PM James Marape sign landmark defence treaty"
    assert fields["published"] == "2025-10-06"
    assert "Key Events" not in fields["body"]


def test_the_newest_entry_stamp_dates_the_page() -> None:
    part = Part(
        paragraphs=[
            "1 month ago 3",
            "3m agoMon 6 Oct 2025 at 1:40am",
            "Marape says treaty isn't about geopolitics",
            "James Marape has repeated that the treaty has nothing to do with geopolitics and the relationship with China.",
        ]
    )
    [found] = live_entry_date(part)
    assert (found.value, found.evidence) == ("2025-10-06", "3m agoMon 6 Oct 2025 at 1:40am")


def test_a_date_in_an_entry_is_no_stamp() -> None:
    part = Part(paragraphs=["Abiy was last in Kenya on December 9, 2020, on an official visit.", "Mon 6 Oct 2025 at 1:40am"])
    assert live_entry_date(part) == []
