"""A trail of section names from a site's news pages ("News / Nation") is furniture, not the headline below which it
stands; the page's words are from a labelled page (``intake_final100``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.text import clean_page
from tests.ingest.dry_run import dry_add

_PAGE = (
    " date 2023-03-26 \n"
    "News / Nation\n\n"
    "China, Honduras establish diplomatic relations\n\n"
    "China and Honduras established diplomatic relations on Sunday.\n"
    "China and Honduras signed a joint communique in Beijing on Sunday on the establishment of diplomatic relations.\n\n"
    "The communique was signed by Chinese State Councilor and Foreign Minister Qin Gang and Honduran Foreign Minister "
    "Eduardo Reina after they held talks.\n"
)


def test_sources_add_takes_the_headline_below_a_news_trail(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, _PAGE, "https://www.shine.cn/news/nation/2303266297/")
    assert fields["title"] == "China, Honduras establish diplomatic relations"
    assert fields["published"] == "2023-03-26"


@pytest.mark.parametrize("trail", ["News / Nation", "Home / World / Asia", "News > Politics"])
def test_a_trail_of_section_names_is_no_headline(trail: str) -> None:
    page = clean_page(f"{trail}\n\nTwo ports agree on a ferry link\n\n{_PAGE.split(chr(10), 4)[4]}")
    assert page.parts[0].headline == "Two ports agree on a ferry link"
