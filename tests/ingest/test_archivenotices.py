"""A former government's archive notice above a page is furniture, not the page's first article (archivenotices).
The notice is the Government of Montenegro's (gov.me), over its pages of 2014."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.text import furniture_kind
from tests.ingest.dry_run import dry_add

_NOTICE = (
    "Please note: The page below represents the archived content relating to the previous Government of Montenegro. "
    "Some of the information might be inaccurate or outdated."
)


@pytest.mark.parametrize(
    "line",
    [
        _NOTICE,
        "This page has been archived and is no longer updated.",
        "This content is archived and may be out of date.",
        "This site contains information from March 2003-June 2008. Click HERE to go the CURRENT website.",
        "Click here to go to the current website",
    ],
)
def test_an_archive_notice_is_furniture(line: str) -> None:
    assert furniture_kind(line) == "archive notice"


@pytest.mark.parametrize(
    "line",
    [
        "The archived cables, some of them outdated, were released on Monday.",
        "This agreement replaces the archived protocol of 1998.",
        "Click here to go to the current list of signed agreements.",
        "Voters were told to click here to go to the current register, the minister said on Monday.",
    ],
)
def test_a_sentence_about_archives_stays_text(line: str) -> None:
    assert furniture_kind(line) is None


def test_the_notice_makes_no_second_article(mini_project: Path, tmp_path: Path) -> None:
    lede = (
        "Podgorica, Montenegro (27 April 2014) – Prime Minister Milo Đukanović congratulated Serbian Prime Minister "
        "Aleksandar Vučić on his appointment, adding that historical ties between Montenegro and Serbia represent strong "
        "basis for further improvement of friendly relations."
    )
    text = (
        f"{_NOTICE}\nArchive\n\nPrime Minister Đukanović congratulates Serbian Prime Minister Vučić on his appointment\n\n"
        f"Published on: Apr 28, 2014 3:17 PM Author: Biro\n{lede}\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "http://gov.me/en/article/138127--prime-minister-dukanovic-congratulates")
    assert fields["title"] == "Prime Minister Đukanović congratulates Serbian Prime Minister Vučić on his appointment"
    assert fields["published"] == "2014-04-28"
    assert fields["place"] == "Podgorica"
    assert fields["outlet"] == "Government of Montenegro"


def test_a_former_administrations_link_to_the_current_site_makes_no_second_article(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "This site contains information from March 2003-June 2008. Click HERE to go the CURRENT website.\n\n"
        "Trade Minister to Lead Mission to Ostland for Talks on a Fisheries Accord\n\nTuesday, May 6, 2008\n\n"
        "The trade minister will lead a mission of forty companies to Ostland next week, where the two governments are "
        "to sign an accord on fisheries and open talks on a trade agreement, the ministry said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, None)
    assert fields["title"] == "Trade Minister to Lead Mission to Ostland for Talks on a Fisheries Accord"
    assert "CURRENT website" not in fields["body"]
