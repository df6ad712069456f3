"""A state or regional agency's dateline credit on another site's page names who wrote the copy, not the outlet; and a
name found in capitals is written as the page writes it in ordinary case.

The pages are made up around a sentence of a half-A page (intake_final42's WAM copy on Zawya) on invented sites.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.outlets import spelled_outlet
from briefgen.ingest.reprintedagencies import is_reprinted_agency
from tests.ingest.dry_run import dry_add

WAM_COPY = (
    "UAE, China Presidents meet in Beijing\n\n"
    "BEIJING, 30th May, 2024 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan and President Xi Jinping "
    "of the People's Republic of China met today in Beijing to discuss the longstanding strategic ties.\n\n"
    "The two leaders reviewed cooperation in the economy, trade and investment.\n"
)


def test_a_state_agencys_credit_does_not_name_the_site_that_printed_it(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, WAM_COPY, "https://www.kestrelgazette.com/world/uae-china-presidents-meet")
    assert fields["outlet"] == "Kestrel Gazette"  # the address's name, not "WAM"
    # Without an address the credit is all the text gives.
    assert dry_add(mini_project, tmp_path, WAM_COPY, None)["outlet"] == "WAM"


@pytest.mark.parametrize(("credit", "agency"), [("WAM", True), ("(CMC)", True), ("Bernama", True), ("Kestrel Gazette", False)])
def test_the_agencies_are_known_by_their_short_names(credit: str, agency: bool) -> None:
    assert is_reprinted_agency(credit) is agency


def test_a_name_in_capitals_is_written_as_the_page_writes_it_elsewhere() -> None:
    lines = [
        "(KESTREL EXAMINER) – Ghana President, Nana Akufo-Addo, met with President Muhammadu Buhari at the presidential "
        "villa on Sunday night.",
        "Kestrel Examiner reports that the meeting is coming after traders complained about the closure of their shops.",
    ]
    found = spelled_outlet(lines, "https://www.kestrelexaminer.com/buhari-akufo-addo-meet-in-abuja/")
    assert found is not None and found.value == "Kestrel Examiner"
    # A name the page writes only in capitals keeps them: it may be an acronym.
    found = spelled_outlet(lines[:1], "https://www.kestrelexaminer.com/buhari-akufo-addo-meet-in-abuja/")
    assert found is not None and found.value == "KESTREL EXAMINER"
