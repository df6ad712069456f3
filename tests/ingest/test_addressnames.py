"""An unknown site on a throwaway ending is named by its bare address (addressnames).  The pages are made up; the
addresses are of the reserved kind or name no real newsroom."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.addressnames import address_name, bare_address
from tests.ingest.dry_run import dry_add

_STORY = (
    "Kestrel and Osprey strengthen ties with ten agreements\n\n"
    "The two presidents oversaw the signing of ten memorandums of understanding on Tuesday, covering energy, trade "
    "and education.\n\nThe leaders also agreed to meet again next year.\n"
)


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://kestrelcloud.top/kestrel-and-osprey-strengthen-ties", "kestrelcloud.top"),
        ("https://global.kestrel24.cf/2022/09/ten-agreements.html", "global.kestrel24.cf"),
        ("https://www.energykestrel.pro/en/ten-agreements", "energykestrel.pro"),
        ("https://kestrel.zone/2023/05/ten-agreements/", "kestrel.zone"),
    ],
)
def test_a_site_on_a_throwaway_ending_is_named_by_its_address(url: str, name: str) -> None:
    found = bare_address(url)
    assert found is not None and found.value == name


@pytest.mark.parametrize(
    "url", ["https://kestreldaily.com/ten-agreements", "https://kestrel.news/ten-agreements", "https://kestrel.co.ke/x", None]
)
def test_a_site_on_an_ordinary_ending_is_not(url: str | None) -> None:
    assert bare_address(url) is None


def test_the_address_is_the_last_resort_after_the_titles_site_name() -> None:
    found = address_name("Ten agreements signed – Kestrel Cloud", "https://kestrelcloud.top/ten-agreements")
    assert found is not None and found.value == "Kestrel Cloud"
    found = address_name("Ten agreements signed", "https://kestrelcloud.com/ten-agreements")
    assert found is not None and found.value == "Kestrelcloud"  # an ordinary ending: the name spelled from the address


def test_sources_add_names_a_throwaway_site_by_its_address(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, _STORY, "https://kestrelcloud.top/kestrel-and-osprey-strengthen-ties")
    assert fields["outlet"] == "kestrelcloud.top"


def test_sources_add_still_spells_an_ordinary_sites_name(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, _STORY, "https://kestrelcloud.com/kestrel-and-osprey-strengthen-ties")
    assert fields["outlet"] == "Kestrelcloud"


def test_a_site_at_a_public_suffix_itself_is_named_by_its_address_without_www() -> None:
    """The public suffix list leaves "www" as the registered name of "www.gov.uk": never an outlet's name."""
    assert address_name(None, "https://www.gov.uk/government/news/pm-meets-president").value == "gov.uk"
    assert address_name(None, "https://www.nic.in/notice/visit").value == "nic.in"
    assert address_name(None, "https://www.dawn.com/news/1").value == "Dawn"  # a registered name: spelled as words
