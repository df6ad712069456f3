"""A date under a label that says it is the day of publication dates the page, wherever the page prints it.

The line is Khabarhub's (english.khabarhub.com), printed at the foot of its report, with a space before the colon and
a 24-hour clock with "PM" after it; the same page opens with the site's banner of the day it was looked at, "Sunday,
December 21st, 2025", which had been taken for the date of a report published two years earlier.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.bylines import byline_date_text
from tests.ingest.dry_run import dry_add

LEDE = (
    "KATHMANDU; A joint meeting of the ministers for foreign affairs of Nepal and Sri Lanka is to take place in "
    "Kathmandu on December 21-22."
)
LAST = "The bilateral relations have been founded on mutual harmony, understanding and cooperation."


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Publish Date : 12 October 2023 14:14 PM", "12 October 2023 14:14 PM"),
        ("Publication date: 12 October 2023", "12 October 2023"),
        ("Date: November 20, 2024", "November 20, 2024"),
    ],
)
def test_a_labelled_publication_date_is_read(line: str, when: str) -> None:
    assert byline_date_text(line) == when


def test_the_labelled_date_outranks_the_sites_banner(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Sunday, December 21st, 2025\n\nNepal-Sri Lanka foreign ministers to meet in Kathmandu\n\n"
        f"{LEDE}\n\n{LAST}\n\nPublish Date : 12 October 2023 14:14 PM\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://english.khabarhub.com/?p=322041")
    assert fields["published"] == "2023-10-12"
    assert fields["title"] == "Nepal-Sri Lanka foreign ministers to meet in Kathmandu"
    assert fields["body"] == f"{LEDE}\n\n{LAST}\n"


def test_the_imperative_label_behind_a_bar_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Ostland-Vell bilateral talks on\n\nPublish | 14 Jul 2017, 11:57\n\n"
        "The visiting President of Vell and the Prime Minister of Ostland are now in a bilateral meeting in Port Avel.\n\n"
        f"{LAST}\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.kestrelnews.com/ostland/4370/print")
    assert fields["published"] == "2017-07-14"
    assert fields["title"] == "Ostland-Vell bilateral talks on"
