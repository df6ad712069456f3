"""A government's site at its country's government suffix, which the public suffix list does not know, is named
"Government of <country>"; other addresses are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.governmenthosts import government_of_host
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.gov.si/en/news/2023-07-14-prime-minister-golob-in-zagreb/", "Government of Slovenia"),
        ("https://vlada.gov.hr/print.aspx?id=18310&url=print", "Government of Croatia"),
        ("http://gov.me/en/article/138127--prime-minister-dukanovic", "Government of Montenegro"),  # the suffix itself
        ("https://www.gov.me/en/article/138127--prime-minister-dukanovic", "Government of Montenegro"),  # and under "www."
        ("http://www.gov.bw/en/Ministries--Authorities/Ministries/Press-Releases/PRESS-RELEASE12/", "Government of Botswana"),
        ("https://www.president.lv/en/article/president-latvia-joint-coordination", "President of Latvia"),
        ("https://www.government.is/news/article/?NewsId=c44de9c9", "Government of Iceland"),
    ],
)
def test_a_governments_address_names_its_country(url: str, outlet: str) -> None:
    found = government_of_host(url)
    assert found is not None
    assert found.value == outlet


@pytest.mark.parametrize(
    "url",
    [
        "https://mfa.gov.kz/visit",  # a suffix the public list knows: the site's own name is read
        "https://abcnews.go.com/International/visit",  # "go" is a company's name
        "https://www.gov.example/visit",  # no country's code
        "https://www.gov.ph/visit",  # "the Philippines": the table writes it its own way
        "https://moh.gov.hr/visit",  # a ministry's site under the suffix
        "https://president.com/visit",  # no country's code
        "https://president.gov.ua/visit",  # a head of state's site under the suffix, left to the table
        "http://popeinbulgaria.gov.bg/special/en/Press-center/News/meeting",  # a site of its own under the suffix
    ],
)
def test_other_addresses_are_not_read(url: str) -> None:
    assert government_of_host(url) is None


def test_sources_add_names_the_government(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Prime Minister visits the neighbouring capital\n\n"
        "The Prime Minister today paid an official visit at the invitation of his counterpart, and the two signed an"
        " agreement on emergency medical assistance.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.gov.si/en/news/2023-07-14-prime-minister-visit/")
    assert fields["outlet"] == "Government of Slovenia"
