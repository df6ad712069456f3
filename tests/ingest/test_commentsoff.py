"""A WordPress theme's "Comments Off on <title>" notice, run together with the author's name and read as the headline,
gives the post's title it names; other headlines are left as they are.  The pages are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.commentsoff import title_of_notice
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Web DeskComments Off on NDF and BDF kick off with exercise Hanganee Two", "NDF and BDF kick off with exercise Hanganee Two"),
        ("Comments Off on Avel and Westmark sign a defence pact", "Avel and Westmark sign a defence pact"),
    ],
)
def test_the_notice_gives_the_title_it_names(headline: str, title: str) -> None:
    assert title_of_notice(headline) == title


@pytest.mark.parametrize(
    "headline",
    ["Avel and Westmark sign a defence pact", "Comments on the defence pact are off the table, ministers say"],
)
def test_other_headlines_name_no_title(headline: str) -> None:
    assert title_of_notice(headline) is None


def test_sources_add_takes_the_title_from_the_notice(mini_project: Path, tmp_path: Path) -> None:
    title = "Avel and Westmark kick off with exercise Harbour Two"
    text = (
        f"General\n\n{title}\n\nWeb DeskComments Off on {title}\n\n"
        "The Avel Defence Force and the Westmark Defence Force on Thursday officially kicked off the joint military exercise"
        " called Harbour Two, which is being held in the eastern region.\n\n"
        "The exercise, under the theme Enhancing Joint Cooperation, runs from 15 to 30 June 2023.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.news.example/avel-and-westmark-kick-off-with-exercise-harbour-two/")
    assert fields["title"] == title
