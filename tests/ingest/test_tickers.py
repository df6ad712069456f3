"""A rates ticker above a story (a code, a spaced dash, a figure) is never read as the story's dateline; a currency pair's
rate ("• WSD/USD = 0.01144 0%") is page furniture, and the headline below the ticker is the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.tickers import is_ticker, rates_kind
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


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("• WSD/USD = 0.01144 0%", "rates ticker"),
        ("OSD/USD = 0.28490 -0.12%", "rates ticker"),
        ("EUR/USD = 1.0832", "rates ticker"),
        ("Ostland's WSD/USD rate rose to 0.0114 today, the bank said.", None),
    ],
)
def test_a_currency_pairs_rate_is_a_line_of_a_ticker(line: str, kind: str | None) -> None:
    assert rates_kind(line) == kind


def test_the_headline_below_a_rates_ticker_is_the_title(mini_project: Path, tmp_path: Path) -> None:
    ticker = "\n".join(f"  • {code}/USD = 0.0{n}144 0%" for n, code in enumerate(("WSD", "OSD", "VSD") * 3))
    text = (
        f"{ticker}\n"
        "Vell Opens the Harbour Forum in Port Avel\n\n"
        "President Anna Vell of Ostland opened the harbour forum in Port Avel on Monday, the first of its kind in the region.\n\n"
        "Participants discussed shipping and customs, the organisers said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://harbourtimes.example/vell-opens-the-harbour-forum")
    assert fields["title"] == "Vell Opens the Harbour Forum in Port Avel"
    assert "USD" not in fields["body"]
