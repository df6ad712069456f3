"""A teaser under a "Related" box heads no second article: the page is archived as one, under its own title."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.text import clean_page
from tests.ingest.dry_run import dry_add

STORY = (
    "Visiting president begins official visit to the Alpine republic\n\n"
    "RADIO.EX - The visiting president arrived in the capital on Friday morning, starting an official visit at the "
    "invitation of his counterpart.\n\n"
    "During the visit, the two presidents will hold talks and attend a business forum.\n\n"
    "Related\n\n"
    "Visiting president departs for official visit\n"
    "Visiting president departs for official visit\n\n"
    "RADIO.EX - The visiting president left home on Thursday night to pay an official visit to the republic.\n\n"
    "Visiting president departs for official visit\n\n"
    "Visiting president departs for official visit\n\n"
    "RADIO.EX - The visiting president le\n"
)


def test_a_related_teaser_cut_short_is_no_second_article() -> None:
    page = clean_page(STORY)
    assert len(page.parts) == 1
    part = page.parts[0]
    assert part.headline == "Visiting president begins official visit to the Alpine republic"
    assert part.paragraphs[-1].startswith("During the visit")  # neither the heading nor the teaser's lede
    removed = {(r.kind, r.text) for r in part.removed}
    assert ("link line", "Related") in removed
    assert ("related teaser", "Visiting president departs for official visit") in removed


def test_the_archived_source_names_the_teaser_and_keeps_the_story(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, STORY, "https://radio.example/visit")
    assert fields["title"] == "Visiting president begins official visit to the Alpine republic"
    assert "a related story's teaser under the box's heading" in fields["notes"]
    assert "left home on Thursday night" not in fields["body"]


def test_a_story_under_the_heading_with_whole_lines_stays_a_part() -> None:
    """A saved page may print the box's heading just above a second, whole story: nothing is cut short there."""
    whole = STORY.replace("RADIO.EX - The visiting president le\n", "The president will also visit two cities.\n")
    assert len(clean_page(whole).parts) == 2


def test_a_cut_copy_without_the_heading_is_left_to_the_other_rules() -> None:
    assert len(clean_page(STORY.replace("Related\n\n", "")).parts) == 2
