"""A president's or prime minister's office at its initials under its country's government suffix is named as the
office; other initials and addresses are not.  Made-up pages, real address shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.officehosts import office_of_host
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://op.gov.gy/?p=9188", "Office of the President of Guyana"),
        ("https://opm.go.ug/visit-of-the-prime-minister", "Office of the Prime Minister of Uganda"),
        ("https://www.pmo.gov.pk/news_details.php?news_id=1", "Prime Minister's Office of Pakistan"),
    ],
)
def test_an_offices_initials_name_the_office_and_its_country(url: str, outlet: str) -> None:
    found = office_of_host(url)
    assert found is not None
    assert found.value == outlet


@pytest.mark.parametrize(
    "url",
    [
        "https://www.pm.gov.au/media/statement",  # "pm": the prime minister in person on one site, the office on another
        "http://www.pm.gov.tn/pm/actualites/actualite.php?id=1",
        "https://op.gov.ph/visit",  # "the Philippines": the table writes it its own way
        "https://op.example.com/visit",  # no government suffix
        "https://opm.gov.example/visit",  # no country's code
    ],
)
def test_other_addresses_are_not_read(url: str) -> None:
    assert office_of_host(url) is None


def test_sources_add_names_the_office_of_the_president(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Georgetown, Guyana—(August 16, 2021) His Excellency the President said that the four-day State visit by the "
        "President of the neighbouring republic is integral to advancing important discussions.\n\n"
        "The two countries will review cooperation on infrastructure, trade and security.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, "https://op.gov.gy/?p=9188")
    assert fields["outlet"] == "Office of the President of Guyana"
