"""A line of the site's template with a tag left unfilled is furniture, never the headline (templatelines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.text import furniture_kind
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    "line",
    ["Harbourtown, Ostland • [date-today] • Vol IV", "{{ most_read_widget.title }}", "[ad_1]", "Posted by [post-author]"],
)
def test_a_line_with_an_unfilled_tag_is_furniture(line: str) -> None:
    assert furniture_kind(line) == "template line"


@pytest.mark.parametrize(
    "line",
    [
        "The minister [re-elected in May] signed the accord.",
        "Monday, 9 June 2014 08:15 - - {{hits.count}}",
    ],
)
def test_an_editors_insertion_or_a_dated_stamp_stays(line: str) -> None:
    assert furniture_kind(line) != "template line"


def test_the_unfilled_masthead_is_not_the_headline(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Harbourtown, Ostland • [date-today] • Vol IV\n\nFisheries Minister's Tour of the Northern Isles\n\n"
        "The fisheries minister has returned from a four-day tour of the northern isles, where she signed two agreements "
        "on fishing quotas with the island councils.\n"
    )
    assert dry_add(mini_project, tmp_path, page, None)["title"] == "Fisheries Minister's Tour of the Northern Isles"
