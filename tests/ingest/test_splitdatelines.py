"""A dateline alone on its line, the lede below it, still gives the page its place (splitdatelines)."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.meta import find_dateline
from tests.ingest.dry_run import dry_add

# Daily Shadow's report of Boric's talks with Modi, as the page was saved: its dateline on a line of its own.
LEDE = (
    "India and Chile today agreed to launch negotiations on a mutually beneficial Comprehensive Economic Partnership "
    "Agreement, following bilateral talks between Prime Minister Narendra Modi and the visiting President of Chile Gabriel Boric."
)


def test_the_dateline_on_its_own_line_gives_the_place() -> None:
    assert find_dateline(["New Delhi, Apr 1:", LEDE])["place"].value == "New Delhi"


def test_a_label_over_a_paragraph_is_no_dateline() -> None:
    assert find_dateline(["Background:", LEDE]) == {}
    assert find_dateline(["Short Url:", LEDE]) == {}


def test_the_ledes_own_dateline_wins_over_a_release_services_line() -> None:
    # EIN Presswire's line over a Viet Nam News story: the story's place is the one in its lede.
    lede = "HÀ NỘI — Cambodian Prime Minister Hun Manet left Hà Nội on Tuesday, concluding his two-day official visit to Việt Nam."
    assert find_dateline(["VIETNAM, December 12 -", lede])["place"].value == "Hà Nội"


def test_the_page_is_archived_with_its_place(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, f"New Delhi, Apr 1:\n{LEDE}\n", "https://dailyshadow.in/india-chile-talks")
    assert fields["place"] == "New Delhi"
