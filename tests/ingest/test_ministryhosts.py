"""A foreign ministry's site the table does not list is named from its address's country code; other addresses, and
countries whose names the table writes its own way, are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.ministryhosts import ministry_of_host
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("http://mfa.gov.kz/index.php/ru/astana-calling/61", "Ministry of Foreign Affairs of Kazakhstan"),
        ("https://mofa.gov.gh/news/visit", "Ministry of Foreign Affairs of Ghana"),
        ("https://www.mfa.go.th/en/content/visit", "Ministry of Foreign Affairs of Thailand"),
        ("https://mfa.am/en/press-release/visit", "Ministry of Foreign Affairs of Armenia"),
        ("https://foreignaffairs.gov.fj/?p=48818", "Ministry of Foreign Affairs of Fiji"),  # the ministry spelled out
        ("https://www.cancilleria.gob.ec/ecuador-and-colombia-meet/", "Ministry of Foreign Affairs of Ecuador"),  # in Spanish
    ],
)
def test_a_ministrys_address_names_its_country(url: str, outlet: str) -> None:
    found = ministry_of_host(url)
    assert found is not None
    assert found.value == outlet


@pytest.mark.parametrize(
    "url",
    [
        "https://mfa.gov.ph/visit",  # "the Philippines"
        "https://mofa.gov.ae/visit",  # "the United Arab Emirates"
        "https://mfa.news/visit",  # no country's code
        "https://mfa.com/visit",
        "https://news.gov.kz/visit",  # no ministry's name
        "https://foreignaffairs.co.nz/2020/11/27/visit/",  # a company's site, not a government's suffix
    ],
)
def test_other_addresses_are_not_read(url: str) -> None:
    assert ministry_of_host(url) is None


def test_sources_add_names_the_ministry(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Westmark's New President Pays Historic State Visit to Eastmark\n\n"
        "President Anna Vell and President Tomas Quist discussed relations between the neighbouring states during the"
        " visit, the first to the capital since her election.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "http://mfa.gov.kz/index.php/en/astana-calling/61")
    assert fields["outlet"] == "Ministry of Foreign Affairs of Kazakhstan"
