"""A site's name and motto printed twice at the top of the page (once per layout) is furniture, and the headline below
it is the title; a headline printed twice is not such a header.  Written on intake_final110's lede."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.twiceheaders import twice_printed_header
from tests.ingest.dry_run import dry_add

_HEADER = ["Kestrel Pasifika", "The Pacific voice on", "Ostland television", "since 1987"]
# intake_final110: "Maldivian president Mohamed Muizzu arrived in China on Monday on a five-day state visit …".
_LEDE = (
    "Maldivian president Mohamed Muizzu arrived in China on Monday on a five-day state visit during which he is due to "
    "hold talks with his Chinese counterpart Xi Jinping and sign several agreements to bolster the bilateral ties."
)
_URL = "https://www.kestrelplus.co.ov/community/muizzu-arrives-in-china-for-five-day-state-visit"


def test_the_block_printed_twice_is_found() -> None:
    assert twice_printed_header([*_HEADER, *_HEADER, "Muizzu arrives in China for five-day state visit", _LEDE]) == 4
    assert twice_printed_header(["Muizzu arrives in China", "Muizzu arrives in China", _LEDE]) == 0
    assert twice_printed_header([*_HEADER, "Muizzu arrives in China for five-day state visit", *_HEADER]) == 0
    long_line = "Muizzu arrives in China for a five-day state visit"
    assert twice_printed_header([long_line, "Photo: Jane Doe", long_line, "Photo: Jane Doe", _LEDE]) == 0


def test_the_reader_sees_the_headline_below_the_twice_printed_header(mini_project: Path, tmp_path: Path) -> None:
    header = "\n\n".join(_HEADER)
    text = f"{header}\n\n{header}\n\nMuizzu arrives in China for five-day state visit\n\n{_LEDE}\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["title"] == "Muizzu arrives in China for five-day state visit"
    assert fields["body"].startswith("Maldivian president")
    assert "since 1987" not in fields["body"]
