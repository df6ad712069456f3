"""A rates ticker above a story (a code, a spaced dash, a figure) is never read as the story's dateline."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.tickers import is_ticker
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("line", "ticker"),
    [
        ("UZS – -0.12%", True),
        ("$1 – 12724.84", True),
        ("€1 – 14223.83", True),
        ("WSD – +1.5%", True),
        ("PORT AVEL – President Anna Vell arrived on Monday.", False),
        ("PORT AVEL – 2031 will be a year of trade, the minister said.", False),
    ],
)
def test_a_ticker_line_is_a_code_and_a_figure(line: str, ticker: bool) -> None:
    assert is_ticker(line) is ticker


def test_the_dateline_below_a_ticker_gives_the_place(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "$1 – 12724.84\n\n"
        "WSD – -0.12%\n\n"
        "€1 – 14223.83\n\n"
        "WSD – 0.23%\n\n"
        "Westmark-Eastland Business Forum takes place in Port Avel\n\n"
        "Port Avel, Westmark (Daily Wire) — On 22 August 2031, ahead of the state visit of President Anna Vell, the "
        "business forum took place in Port Avel.\n\n"
        "Participants highlighted the pace of cooperation between the two countries, the organisers said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://dailywire.example/en/business-forum-takes-place/")
    assert fields["place"] == "Port Avel"
