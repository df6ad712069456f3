"""A dateline that spells the site's own name says who published the story, not where it was written: the archived
source has no place.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

LEDE = "the harbour boards of Vell and Dalen agreed on Tuesday to open a weekly ferry link from next spring, their chairmen said.\n"


def test_the_site_name_as_a_dateline_is_no_place(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, "KESTRELWIRE- The " + LEDE, "https://www.kestrelwire.example/news/ferry-link-1598270")
    assert fields["place"] == ""


def test_the_site_address_as_a_dateline_is_no_place(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, "KESTRELWIRE.VN - The " + LEDE, "https://en.kestrelwire.vn/news/ferry-link-1598270")
    assert fields["place"] == ""


def test_a_city_as_the_dateline_stays_the_place(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, "PORTAVEL - The " + LEDE, "https://www.kestrelwire.example/news/ferry-link-1598270")
    assert fields["place"].casefold() == "portavel"


MENAFN_PAGE = (
    "MENAFN - The Peninsula) AFP\n\n"
    "Washington: US President Donald Trump handed Hungarian Prime Minister Viktor Orban a one-year exemption from "
    "sanctions for buying Russian oil and gas after the close right-wing allies held a chummy White House meeting on Friday.\n\n"
    "Trump slapped sanctions on Moscow's two largest oil companies in October after losing patience with Russian "
    "President Vladimir Putin over his refusal to end the nearly four-year-old invasion of Ukraine.\n"
)
MENAFN_ADDRESS = "https://menafn.com/1110313763/Trump-Gives-Hungarys-Orban-One-Year-Russia-Oil-Sanctions-Reprieve"


def test_the_dateline_below_a_syndicators_credit_line_is_the_place(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, MENAFN_PAGE, MENAFN_ADDRESS)
    assert fields["place"] == "Washington"
    assert fields["outlet"] == "MENAFN"


def test_below_the_credit_line_only_a_dateline_gives_a_place(mini_project: Path, tmp_path: Path) -> None:
    page = MENAFN_PAGE.replace("Washington: US President", "US President")
    assert dry_add(mini_project, tmp_path, page, MENAFN_ADDRESS)["place"] == ""


def test_the_city_after_the_sites_name_is_the_place(mini_project: Path, tmp_path: Path) -> None:
    # persisma.org's shape (round 91's metadata sample): "PERSISMA, Kigali – President …", the site's name first
    fields = dry_add(
        mini_project, tmp_path, "KESTRELWIRE, Portavel – The " + LEDE, "https://www.kestrelwire.example/news/ferry-link-1598270"
    )
    assert fields["place"] == "Portavel"


def test_a_region_after_a_city_is_no_place_of_its_own(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, "PORTAVEL, Ostland – The " + LEDE, "https://www.kestrelwire.example/news/ferry-link-1598270")
    assert fields["place"].casefold() == "portavel"
