"""A replica newsstand's page belongs to the paper it shows, in the table lookup and in ``sources add``.  Every page
here is made up."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.sites import known_sites, lookup_site
from tests.ingest.dry_run import dry_add


def test_a_newsstands_page_is_the_paper_it_shows() -> None:
    table = known_sites()
    assert lookup_site("https://www.pressreader.com/ostland/port-avel-herald/20250428/281500756957842", table) == (
        "pressreader.com/ostland/port-avel-herald",
        "Port Avel Herald",
    )
    assert lookup_site("https://www.pressreader.com/catalog", table) == ("pressreader.com", "PressReader")


def test_sources_add_names_the_paper_not_the_newsstand(mini_project: Path, tmp_path: Path) -> None:
    text = "Ostland and Westmark ink shipping pact\n\nPort Avel: Ostland and Westmark signed a shipping agreement on Monday.\n"
    fields = dry_add(mini_project, tmp_path, text, "https://www.pressreader.com/ostland/port-avel-herald/20250428/2815007")
    assert fields["outlet"] == "Port Avel Herald"
