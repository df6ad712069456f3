"""A line over the story that is the name the table of known sites gives the page's own site is its masthead, not its
headline, also where the address does not spell that name ("State House News Service" over a story saved from
mediawebsite.net/shns); a "PRESS RELEASE" heading in capitals is no dateline; and a government's portal under "www."
at a suffix the public list knows ("www.gov.bw") is the government's.  The pages are made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

_LEDE = (
    "TEGUCIGALPA, Honduras, June 28, 2017 /PRNewswire-USNewswire/ -- This week, the presidents of the two countries launched"
    " a customs union predicted to boost both economies by over one percent."
)
_MORE = "Under the new agreement, the two countries will allow most exports and travelers to cross their borders free of charge."


def test_the_tables_name_for_the_pages_site_over_the_title_is_its_masthead(mini_project: Path, tmp_path: Path) -> None:
    text = f"State House News Service\n\n\nAvel and Westmark Launch Historic Customs Union\n\n\n{_LEDE}\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, "http://www.mediawebsite.net/shns/story/?catSetID=7012&nrid=431291903")
    assert fields["outlet"] == "State House News Service"
    assert fields["title"] == "Avel and Westmark Launch Historic Customs Union"


def test_a_presidencys_name_over_the_title_on_its_own_site_is_its_masthead(mini_project: Path, tmp_path: Path) -> None:
    text = f"Presidency of the Republic of Cyprus\n\nAvel and Westmark Launch Historic Customs Union\n\n{_LEDE}\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://www.presidency.gov.cy/cypresidency/cypresidency.nsf/All/12C7C?OpenDocument")
    assert fields["outlet"] == "Presidency of the Republic of Cyprus"
    assert fields["title"] == "Avel and Westmark Launch Historic Customs Union"


def test_a_press_release_heading_in_capitals_is_no_place(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Ministry of Defence Justice and Security\n\nPress Release\n\n05/09/14\n\n"
        "THE 19TH SESSION OF THE AVEL/WESTMARK JOINT PERMANENT COMMISSION ON DEFENCE AND SECURITY\n\nPRESS RELEASE\n\n"
        "1. The 19th Session of the Avel/Westmark Joint Permanent Commission on Defence and Security was held in Port Avel"
        " from 1st to 5th September 2014.\n\n"
        "2. The delegation of the Republic of Avel was led by the Minister of Defence, Justice and Security.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "http://www.gov.bw/en/Ministries--Authorities/Ministries/PRESS-RELEASE12/")
    assert fields["place"] == ""
    assert fields["outlet"] == "Government of Botswana"
