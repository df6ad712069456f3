"""A site's row of section links on one line, bars between, is furniture: never an article of its own.

The row is real: Scoop (scoop.co.nz) prints "World Video | Defence | … | Search" under its paywall notice, over a
minister's media release of 19 December 2004 (a page of the round-106 sample of outlets no set uses).  Kept as text,
the notice and the row were a first article, and the page, holding two, was refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.menurows import menu_row_kind
from briefgen.ingest.text import furniture_kind
from tests.ingest.dry_run import dry_add

SCOOP_ROW = (
    "World Video | Defence | Foreign Affairs | Natural Events | Trade | NZ in World News | NZ National News Video | "
    "NZ Regional News | Search"
)
SCOOP_PAGE = (
    "Scoop has an Ethical Paywall\nLicence needed for work use Learn More\n\n"
    f"{SCOOP_ROW}\n\n \n\nDowner Concludes Pacific Visit\n\nMedia Release\nFA183 - 19 December 2004\n\n"
    "Downer Concludes Pacific Visit\n\n"
    "I have just concluded a very successful visit to the Pacific region, encompassing Papua New Guinea, Solomon "
    "Islands, Vanuatu, New Caledonia and New Zealand. The visit highlighted the enormous progress of our initiatives to "
    "help improve governance, security and living standards in the Pacific.\n\n"
    "In Vanuatu I congratulated the new Government and signed an agreement which reaffirms the commitment of both "
    "countries to support good governance and economic reform.\n"
)


@pytest.mark.parametrize(
    "line", [SCOOP_ROW, "Home | News | Politics | World | Sport", "News | Business & Economy | Opinion | Arts | Contact Us"]
)
def test_a_row_of_section_links_is_a_menu(line: str) -> None:
    assert menu_row_kind(line) == "menu"
    assert furniture_kind(line) == "menu"


@pytest.mark.parametrize(
    "line",
    [
        "Modi in Moscow | Day 2 | Live updates",  # a headline in parts: too few
        "Home | News | World",
        "Economy | Trade rose 5% | Exports | Imports | Deficit",  # a figure
        "Lula meets Fernández | Brasília | talks on trade | the IMF | Mercosur",  # a label in lower case
        "Anwar said | the talks went well. | Prabowo agreed | Jakarta | Sarawak",  # a sentence's stop
    ],
)
def test_lines_with_bars_that_are_no_menu_stay_text(line: str) -> None:
    assert menu_row_kind(line) is None


def test_a_page_under_a_row_of_sections_is_one_article(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, SCOOP_PAGE, "https://m.scoop.co.nz/stories/WO0412/S00281/downer-concludes-pacific-visit.htm")
    assert SCOOP_ROW not in fields["body"]
    assert "I have just concluded a very successful visit to the Pacific region" in fields["body"]
    assert fields["outlet"] == "Scoop"
