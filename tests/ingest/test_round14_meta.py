"""Metadata rules of round 14: a sentence in the past is no headline, a country closing a site's address is a word of
its name, and a replica newsstand's page belongs to the paper it shows.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.header import headline_like
from briefgen.ingest.selfnames import host_words
from briefgen.ingest.sites import known_sites, lookup_site
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Ostland President Anna Vell received a ceremonial welcome at the Harbour Palace", False),
        ("Prime Minister Rask met the Westmark delegation in Port Avel", False),
        ("Ostland President Anna Vell receives ceremonial welcome at Harbour Palace", True),
        ("Currency swap signed as Vell and Rask meet in Port Avel", True),
        ("Vell welcomed as Ostland and Westmark open the harbour", True),
    ],
)
def test_a_whole_sentence_in_the_past_is_no_headline(line: str, headline: bool) -> None:
    assert headline_like(line) is headline


def test_sources_add_keeps_a_caption_sentence_out_of_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Ostland President Anna Vell received a ceremonial welcome at the Harbour Palace\n"
        "Port Avel: On a three-day visit to Westmark, Ostland President Anna Vell began her engagements this morning.\n"
        "The two sides signed four agreements on shipping and customs, the foreign ministry said in a statement.\n"
    )
    fields = dry_add(
        mini_project, tmp_path, text, "https://news.example/world/ceremonial-welcome-for-ostland-president-at-harbour-palace-1822"
    )
    assert fields.get("title", "") == ""


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://bizwatchnigeria.ng/story/", "Bizwatch Nigeria"),
        ("https://kestrelghana.com/a", "Kestrel Ghana"),
        ("https://thenewskenya.co.ke/a", "The News Kenya"),
        ("https://superwoman.com/a", "Superwoman"),  # "oman" closes a word: not a country's seam
    ],
)
def test_a_country_closing_a_sites_address_is_a_word_of_its_name(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None
    assert found.value == outlet


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


def test_the_english_site_of_peoples_daily_goes_by_its_own_name() -> None:
    assert lookup_site("http://en.people.cn/n3/2024/0508/c90000-20166775.html", known_sites()) == ("en.people.cn", "People's Daily Online")
