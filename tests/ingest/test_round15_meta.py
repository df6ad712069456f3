"""Metadata rules of round 15: a photo's caption between headline and byline splits no article, a weekday is never a
place, a date banner dates a page that gives no other date, a publication stamp may close with the place, and a site's
full name comes from the line that signs its articles or from "<outlet word> of <place>" in its address.  Every page
here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.meta import dateline
from briefgen.ingest.selfnames import host_words
from briefgen.ingest.signoffs import signed_outlet
from briefgen.ingest.sites import known_sites, lookup_site
from briefgen.ingest.stampplaces import stamp_place
from tests.ingest.dry_run import dry_add


def test_a_caption_between_headline_and_byline_keeps_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Ostland and Westmark deepen cooperation during Vell's visit to Port Avel\n\n"
        "President Anna Vell, right, arrives for a signing ceremony in Port Avel, Wednesday May 29, 2024. (Jo Lind/Pool Photo)\n\n"
        "By Mara Quist, Kestrel Wire\n\n"
        "Posted May 29, 2024 8:17 am.\n\n"
        "PORT AVEL (KW) — Ostland and Westmark on Wednesday signed agreements deepening their cooperation on shipping.\n\n"
        "The agreements include a customs union and a new ferry line between the two capitals, the ministry said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/2024/05/29/ostland-and-westmark-deepen-cooperation/")
    assert fields["title"] == "Ostland and Westmark deepen cooperation during Vell's visit to Port Avel"
    assert fields["place"] == "Port Avel"


def test_a_weekday_opening_a_dated_line_is_no_place() -> None:
    found = dateline("Wednesday, December 6, 2023 – President Anna Vell has secured another loan for the harbour.")
    assert "place" not in found
    assert found["published"].value == "2023-12-06"


def test_a_place_opening_a_dated_line_is_still_read() -> None:
    assert dateline("Port Avel, December 6, 2023 – President Anna Vell has secured a loan.")["place"].value == "Port Avel"


def test_a_date_banner_dates_a_page_with_no_other_date(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Tuesday, May 28, 2024\n\n"
        "Vell attends the harbour forum in Port Avel\n\n"
        "Ostland's President Anna Vell recently embarked on a state visit to Westmark, where she will attend the forum.\n\n"
        "The talks will focus on deepening cooperation in shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-attends-the-harbour-forum-in-port-avel/")
    assert fields["published"] == "2024-05-28"
    assert "date banner" in fields["notes"]


def test_a_date_banner_gives_way_to_the_byline(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Tuesday, May 28, 2024\n\n"
        "Vell attends the harbour forum in Port Avel\n\n"
        "By Mara Quist | May 20, 2024\n\n"
        "Ostland's President Anna Vell recently embarked on a state visit to Westmark, where she will attend the forum.\n\n"
        "The talks will focus on deepening cooperation in shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-attends-the-harbour-forum-in-port-avel/")
    assert fields["published"] == "2024-05-20"


@pytest.mark.parametrize(
    ("stamp", "place"),
    [
        ("Published - December 05, 2023 04:04 pm IST - Port Avel", "Port Avel"),
        ("Published - December 05, 2023 04:04 pm IST - Mara Quist", None),  # a name the text never writes: no place
        ("Published - December 05, 2023 04:04 pm IST", None),
        ("Updated - December 05, 2023 04:04 pm IST - Port Avel", None),
    ],
)
def test_a_publication_stamp_may_close_with_the_place(stamp: str, place: str | None) -> None:
    found = stamp_place([stamp], "Ostland's president was welcomed at the palace in Port Avel on Tuesday.")
    assert (found.value if found else None) == place


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Ostland extends its loans.", "The Kestrel DAILY POST"], "The Kestrel Daily Post"),
        (["Ostland extends its loans.", "Kestrel Post"], None),  # the address's own spelling is another reading's
        (["Ostland extends its loans.", "The Harbour DAILY POST"], None),  # another name
        (["Ostland extends its loans to the Kestrel Daily Post readers."], None),  # a sentence, not a signature
    ],
)
def test_a_signature_line_gives_the_sites_full_name(lines: list[str], outlet: str | None) -> None:
    found = signed_outlet(lines, "https://kestrel-post.com/2023/12/ostland-extends-its-loans/")
    assert (found.value if found else None) == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://timesofmiddleeast.com/vell-visits/", "Times of Middle East"),
        ("https://voiceofostland.com/vell-visits/", "Voice of Ostland"),
        ("https://thetimesofwestmark.com/vell-visits/", "The Times of Westmark"),
        ("https://en.kpqrx.gov.cn/2024-05/30/c_1.htm", "KPQRX"),  # a short name with no vowel is an acronym
    ],
)
def test_an_address_spells_outlet_of_place_and_acronyms(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None and found.value == outlet


def test_citynews_toronto_is_listed_under_its_own_name() -> None:
    assert lookup_site("https://toronto.citynews.ca/2024/05/29/a/", known_sites())[1] == "CityNews Toronto"  # type: ignore[index]
    assert lookup_site("https://citynews.ca/2024/05/29/a/", known_sites())[1] == "CityNews"  # type: ignore[index]


def test_a_banner_with_the_time_of_day_is_a_clock_and_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Tuesday, May 28, 2024 10:15 AM\n\n"
        "Vell attends the harbour forum in Port Avel\n\n"
        "Ostland's President Anna Vell recently embarked on a state visit to Westmark, where she will attend the forum.\n\n"
        "The talks will focus on deepening cooperation in shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-attends-the-harbour-forum-in-port-avel/")
    assert fields["published"] == ""
