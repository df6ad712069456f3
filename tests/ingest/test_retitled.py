"""A page that prints its story's title again over its photos holds one article; two stories keep two parts.

Made-up pages: what ``sources add`` archives, and what it refuses.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.retitled import fold_repeated_headlines, same_headline
from briefgen.ingest.text import Part, Removed
from tests.ingest.dry_run import dry_add

TITLE = "President Oskaro leaves Norland for home after historic state visit [PHOTOS]"
AGAIN = "Oskaro leaves Norland for home after historic state visit"
STORY = (
    "President Tal Oskaro left Norland for Sudmark on Friday at the end of his historic four-day state visit.\n\n"
    "He was seen off at the Velt air base by Norland's foreign minister."
)
CAPTION = "President Tal Oskaro is seen off at the Velt air base as he departs for Sudmark, May 24, 2031."


def test_the_title_again_over_the_photos_continues_the_article(mini_project: Path, tmp_path: Path) -> None:
    page = f"{TITLE}\n\n{STORY}\n\n{AGAIN}\n\n{AGAIN}\n\n{CAPTION}\n\nImage: courtesy\n"
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == TITLE
    assert "left Norland for Sudmark on Friday" in fields["body"] and CAPTION in fields["body"]
    assert AGAIN not in fields["body"]
    assert "headline printed again lower on the page" in fields["notes"]


def test_two_stories_on_one_page_keep_their_two_parts() -> None:
    """(The real two-story page of the seeds is still refused: tests/ingest/test_add.py.)"""
    other = "Sudmark and Velt agree to reopen their river border crossing"
    parts = [Part(headline=TITLE, paragraphs=STORY.split("\n\n")), Part(headline=other, paragraphs=["The crossing closed in 2029."])]
    fold_repeated_headlines(parts, Removed)
    assert [p.headline for p in parts] == [TITLE, other]


def test_a_headline_is_the_same_title_only_with_every_word_of_the_shorter() -> None:
    assert same_headline(TITLE, AGAIN)
    assert not same_headline(TITLE, "Oskaro leaves Norland for home after talks on grain")
    assert not same_headline("Watch live", "Watch live")  # too short to tell from a label printed twice
