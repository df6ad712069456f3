"""The headings of a blog theme's writer's box and related post's box are furniture: the page holds one article.

The lines are real (a TieLabs theme on algeriatelevision.com, round 91's metadata sample); the page below is made up
around them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.commentforms import comment_form_kind
from briefgen.ingest.themeboxes import theme_box_kind
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize("line", ["Check Also", "About Kristine McNally", "About Jane Doe"])
def test_a_theme_box_heading_is_furniture(line: str) -> None:
    assert theme_box_kind(line) == comment_form_kind(line) == "theme box"


@pytest.mark.parametrize(
    "line",
    ["About PM Modi's Visit To Guyana", "About Gopi", "About Us", "About Me", "Check also the ministry's statement on trade."],
)
def test_other_lines_are_no_theme_box(line: str) -> None:
    assert theme_box_kind(line) is None


def test_the_boxes_cut_no_second_article(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Morocco, Israel sign agreements to mark historic visit\n\n"
        "A historic meeting between the foreign ministers of Morocco and Israel took place in Rabat on Wednesday.\n\n"
        "Nasser Bourita and his Israeli counterpart Yair Lapid signed agreements on political consultations, aviation "
        "and culture.\n\n"
        "About Kristine McNally\n\n\n"
        "Check Also\n\n"
        "Who will participate in the next elections in Morocco? – Middle East Monitor\n\n"
        "In a few weeks, Morocco will hold parliamentary elections to decide who will lead the …\n\n"
        "Leave a Reply\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://algeriatelevision.com/morocco-israel-sign-agreements-to-mark-historic-visit/")
    assert fields["title"] == "Morocco, Israel sign agreements to mark historic visit"
    assert "Kristine" not in fields["body"]
