"""A related story's heading with its one link run onto its line is furniture, never the headline; a made-up page."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

LEDE = (
    "Ostland's Prime Minister Aro Vell on Monday began a three-day visit to Velmora, his first trip abroad this term, "
    "during which he will hold talks with President Mira Tann on trade and shipping."
)


def test_a_related_story_heading_run_onto_its_link_is_not_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = f"Related News Vell to begin visit to Velmora from Monday afternoon\n\n{LEDE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://harbourpost.com/world/item-20391")
    assert fields.get("title") != "Related News Vell to begin visit to Velmora from Monday afternoon"
    assert "Related News" not in fields["body"]
