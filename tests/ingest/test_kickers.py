"""A kicker before a colon and a subheading in capitals name what a story is about, not where it was filed
(kickers); real datelines keep their place.  The sentences are from labelled pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.kickers import names_occasion
from briefgen.ingest.meta import find_dateline
from tests.ingest.dry_run import dry_add

_KICKER_LEDE = (
    "India-China Meeting: Hours ahead of the Shanghai Cooperation Organisation (SCO) summit, Prime Minister Narendra "
    "Modi held bilateral talks with Chinese President Xi Jinping in the port city of Tianjin."
)
_SUBHEADED = [
    "This was stated by Prime Minister Giorgia Meloni in joint statements to the press together with German Chancellor "
    "Friedrich Merz , after the Italy-Germany intergovernmental summit in Villa Pamphili where they signed an agreement.",
    "THE STATEMENTS",
    '"We are at a particularly complex juncture, which forces Europe to choose whether to be the protagonist of its '
    'own destiny or rather to suffer it ," the Prime Minister added.',
]


@pytest.mark.parametrize(
    ("place", "occasion"),
    [
        ("India-China Meeting", True),
        ("The Statements", True),
        ("SCO Summit", True),
        ("New Delhi", False),
        ("Kuwait City", False),
        ("Port Louis", False),
        ("Summit", False),  # a town of that name, alone before its colon
        ("Joint Communique", True),  # a document's kind set as its heading
        ("Joint Declaration", True),
    ],
)
def test_a_heading_ends_on_an_occasion_a_place_on_a_name(place: str, occasion: bool) -> None:
    assert names_occasion(place) is occasion


def test_a_subheading_in_capitals_is_no_place() -> None:
    assert "place" not in find_dateline(_SUBHEADED)


def test_a_capitals_dateline_above_the_lede_keeps_its_place() -> None:
    assert find_dateline(["GEORGETOWN", "Prime Minister Narendra Modi on Wednesday arrived in Guyana."])["place"].value == "Georgetown"


def test_sources_add_reads_no_place_from_a_kicker(mini_project: Path, tmp_path: Path) -> None:
    text = f" date 2025-08-31 {_KICKER_LEDE}\n"
    url = "https://zeenews.india.com/india/pm-modi-chinese-president-xi-jinping-hold-bilateral-talks-in-tianjin-2953795.html"
    fields = dry_add(mini_project, tmp_path, text, url)
    assert fields.get("place", "") == ""
    assert fields["published"] == "2025-08-31"


def test_sources_add_keeps_a_dateline_before_its_colon(mini_project: Path, tmp_path: Path) -> None:
    text = "Georgetown: Prime Minister Narendra Modi on Wednesday arrived in Guyana, the first Indian PM to visit in 56 years.\n"
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/world/pm-modi-arrives-in-guyana")
    assert fields["place"] == "Georgetown"


def test_a_speechs_hall_in_its_standfirst_is_no_place_but_still_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Speech by the President of the Republic at the State Dinner hosted in honour of the President of Velmora\n\n"
        "Avel National Palace, 9 December 2015\n\n"
        "It is with great pleasure and satisfaction that we welcome President Anna Vell to Ostland, as well as the entire "
        "delegation accompanying her on this State Visit.\n\nOstland and Velmora have a long tradition of relations.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["place"] == ""
    assert fields["published"] == "2015-12-09"
    assert names_occasion("Avel National Palace") and not names_occasion("Port Avel")


def test_a_communiques_heading_in_capitals_is_no_place() -> None:
    lede = (
        "1. At the invitation of the Prime Minister of the Kingdom of Cambodia, the Prime Minister of the Lao People’s "
        "Democratic Republic paid an official visit to the Kingdom of Cambodia from 12 to 13 September 2019."
    )
    assert "place" not in find_dateline(["JOINT COMMUNIQUE", lede])
    assert find_dateline(["JOINT COMMUNIQUE", "Phnom Penh, 12 September 2019", lede])["place"].value == "Phnom Penh"


def test_sources_add_reads_a_communiques_place_and_day(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "JOINT COMMUNIQUE\n\nBetween the Government of Ostland\n\nAnd\n\nthe Government of Velmora\n\n"
        "Avel, 12 September 2019\n\n1. At the invitation of the Prime Minister of Velmora, the Prime Minister of Ostland "
        "paid an official visit to Velmora from 12 to 13 September 2019.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["place"] == "Avel"
    assert fields["published"] == "2019-09-12"


@pytest.mark.parametrize("place", ["Insubcontinent Exclusive", "HARBOUR POST EXCLUSIVE", "Westmark Interview"])
def test_a_sites_name_and_the_pieces_kind_is_no_place(place: str) -> None:
    assert names_occasion(place)


def test_the_dateline_below_a_sites_exclusive_label_is_the_place(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "INSUBCONTINENT EXCLUSIVE:\nKATHMANDU: Minister for Foreign Affairs Anna Rask has left for a three-day official "
        "visit to Westmark at the invitation of her counterpart, Jon Vell.\nRask is accompanied by three joint "
        "secretaries of the foreign, commerce and energy ministries.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://insubcontinent.com/filter/article.php?id=259311")
    assert fields["place"].casefold() == "kathmandu"
