"""A date among the story's details under its reading time dates a page that gives no other, however far down the
site's menu pushes it; the same date line with no reading time above it, or past a sentence of the story, does not.
The lines are those of the Federal Government's page on Scholz's press statement in Astana (intake_final76)."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.readingtimes import detail_lines
from tests.ingest.dry_run import dry_add

_MENU = "".join(f"  • {entry}\n\n" for entry in ("Home Page", "Chancellor", "Federal Government", "News", "Service", "Media Center"))
_HEADLINE = "Further boosting a comprehensive partnership\n\n"
_DECK = (
    "Press statement delivered by the Federal Chancellor in Kazakhstan Further boosting a comprehensive partnership\n\n"
    "Germany and Kazakhstan were linked by a comprehensive partnership, said Federal Chancellor Scholz during his visit to "
    "Astana. The Federal Chancellor stressed that Russia could contribute to bringing the war against Ukraine to an end at "
    "any time by stopping its acts of aggression.\n\n"
)
_DETAILS = "  • Transcript of press conference\n  • Monday, 16 September 2024\n"
_STORY = (
    "“Central Asia is gaining importance and it is essential for Germany, as a large Central European country, to be "
    "available as a business partner and a partner for the countries of Central Asia,” said Federal Chancellor Scholz "
    "following a meeting with President Kassym-Jomart Tokayev in Kazakhstan’s capital Astana.\n"
)
_URL = "https://www.bundesregierung.de/breg-en/news/federal-chancellor-statement-kazakhstan-2308904"


def test_the_details_are_the_short_lines_right_after_the_reading_time() -> None:
    paragraphs = ["• News", "2 min reading time", "• Transcript of press conference", "• Monday, 16 September 2024", _STORY.strip()]
    assert detail_lines(paragraphs) == ["• Transcript of press conference", "• Monday, 16 September 2024"]


def test_a_date_under_the_reading_time_dates_the_page_below_the_sites_menu(mini_project: Path, tmp_path: Path) -> None:
    text = _HEADLINE + _MENU + _DECK + "2 min reading time\n\n" + _DETAILS + "\n" + _STORY
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["published"] == "2024-09-16"
    assert "Monday, 16 September 2024" in fields["notes"]


def test_the_same_date_line_with_no_reading_time_above_it_leaves_the_page_undated(mini_project: Path, tmp_path: Path) -> None:
    text = _HEADLINE + _MENU + _DECK + _DETAILS + "\n" + _STORY
    assert dry_add(mini_project, tmp_path, text, _URL)["published"] == ""


def test_a_date_line_past_a_sentence_of_the_story_is_no_detail(mini_project: Path, tmp_path: Path) -> None:
    text = _HEADLINE + _MENU + _DECK + "2 min reading time\n\n" + _STORY + "\n  • Monday, 16 September 2024\n"
    assert dry_add(mini_project, tmp_path, text, _URL)["published"] == ""
