"""The outlet as the page names itself: its own inquiry, its byline signed with agencies, its masthead line, over the
table's wording or the address's spelling.  The lines are those of half-A pages (almanacnews.com, Le Monde read through
a web proxy, sputnikglobe.com, punchng.com, ogreszinas.news, zambianews365.com)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.dry_run import dry_add

ALMANAC = (
    "Biden and Xi offer hope of improved relations at Woodside meeting\n\n"
    "It's been an eventful couple of years for Filoli, which saw the estate's popular gardens host the long-running PBS "
    "series Antiques Roadshow in 2022. The Almanac has reached out to Filoli for comment on hosting the bilateral summit "
    "between the two world leaders.\n"
)
LE_MONDE = (
    "Macron begins first state visit to Germany by a French president in 24 years\n\n"
    "French President Emmanuel Macron was greeted on Sunday by German President Frank-Walter Steinmeier at the start of a "
    "three-day state visit.\n\n"
    "Le Monde with AP and AFP\n\n"
    "German President Frank-Walter Steinmeier and French President Emmanuel Macron arrive to visit a Democracy festival.\n"
)
SPUTNIK = (
    "Putin to Pay 2-Day Visit to Azerbaijan, Discuss Development of Bilateral Relations\n\n"
    "Sputnik International\n\n"
    "Russian President Vladimir Putin will visit Azerbaijan on Sunday, where he will discuss bilateral relations and "
    "current international and regional issues.\n"
)
PUNCH = (
    "Video: Tinubu arrives in China for state visit\n\n"
    "President Bola Tinubu has arrived in Beijing, China, for a state visit.\n\n"
    "PUNCH had earlier reported that Chinese leader President Xi Jinping invited Tinubu to pay a state visit to China.\n"
)
BNN = (
    "Putin to Erdogan: Russia is ready to discuss the grain deal\n\n"
    "BNN previously reported that Russia withdrew in July from the deal reached a year ago by the UN and Turkey to ease "
    "the global food crisis by facilitating Ukrainian grain exports over the Black Sea.\n"
)


def _outlet(project: Path, tmp_path: Path, text: str, url: str) -> tuple[str, str]:
    fields = dry_add(project, tmp_path, text, url)
    return fields["outlet"], fields["notes"]


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        (ALMANAC, "https://almanacnews.com/news/2023/11/15/president-joe-biden-and-chinese-president-xi-jinping-offer-hope", "The Almanac"),
        (LE_MONDE, "http://www.samonrye.com/prokzi/index.php?q=aHR0cHM6Ly93d3cubGVtb25kZS5mci9lbi8", "Le Monde"),
        (PUNCH, "https://punchng.com/video-tinubu-arrives-in-china-for-state-visit/", "PUNCH"),
    ],
)
def test_the_page_naming_itself_in_its_own_voice_names_the_outlet(
    mini_project: Path, tmp_path: Path, text: str, url: str, outlet: str
) -> None:
    found, notes = _outlet(mini_project, tmp_path, text, url)
    assert found == outlet
    assert "in its own voice" in notes


def test_another_newsrooms_inquiry_names_nothing(mini_project: Path, tmp_path: Path) -> None:
    # The Almanac's line reprinted on a site whose address it does not spell is not that site's name.
    found, _ = _outlet(mini_project, tmp_path, ALMANAC, "https://hosted.ap.org/dailycourier/article/fc930bc6069fa21980de8e39972ade24/x")
    assert found != "The Almanac"


def test_another_outlets_earlier_report_is_not_the_pages_name(mini_project: Path, tmp_path: Path) -> None:
    found, _ = _outlet(mini_project, tmp_path, BNN, "https://ogreszinas.news/putin-to-erdogan-russia-is-ready-to-discuss-the-grain-deal")
    assert found != "BNN"


def test_a_masthead_line_says_more_than_the_tables_name(mini_project: Path, tmp_path: Path) -> None:
    url = "https://sputnikglobe.com/20240817/putin-to-pay-2-day-visit-to-azerbaijan-1119807095.html"
    found, notes = _outlet(mini_project, tmp_path, SPUTNIK, url)
    assert found == "Sputnik International"
    assert "masthead" in notes


def test_a_masthead_cut_short_of_the_address_is_not_the_name(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Zambia News\n\nPresident Hakainde Hichilema Returns Home from China\n\n"
        "President Hakainde Hichilema has returned to Zambia alongside his wife, Mutinta, following a fruitful six-day "
        "state visit to the People’s Republic of China.\n"
    )
    found, _ = _outlet(mini_project, tmp_path, text, "https://zambianews365.com/president-hichilema-re/")
    assert found == "Zambia News 365"


def test_a_country_opening_the_address_is_not_the_pages_name(mini_project: Path, tmp_path: Path) -> None:
    # PUNCH's sentence with a country for its subject, on a site whose address opens with that country's name.
    text = PUNCH.replace("PUNCH had earlier reported", "China had earlier reported")
    found, _ = _outlet(mini_project, tmp_path, text, "https://www.chinadaily.com.cn/a/202409/01/WS66d3.html")
    assert found != "China"
