"""Agency datelines, the year of a dateline's day read from the page, and an unknown site's name read from its address.

Every page, place, agency and site here is made up for the test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.ingest.add import add_source
from briefgen.ingest.addressdates import date_in_url
from briefgen.ingest.article import AddOptions
from briefgen.ingest.dayline import month_day, year_of_day
from briefgen.ingest.meta import Found, dateline, dateline_length
from briefgen.ingest.selfnames import host_words, plain_name
from briefgen.ingest.wirelines import wire_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "outlet", "published"),
    [
        ("Vostrograd /NORDPRESS/. The two presidents met on Tuesday.", "Vostrograd", "NORDPRESS", None),
        ("KALMAR BAY /Baltinfo/ Ministers of the two states signed a protocol.", "Kalmar Bay", "Baltinfo", None),
        ("OSTRAVIA, Mar 4, 2021, NORDPRESS. The relations will enter a new stage.", "Ostravia", "NORDPRESS", "2021-03-04"),
        ("Port Elling, 12 June 2022, Kestrel. Ministers met on Monday.", "Port Elling", "Kestrel", "2022-06-12"),
    ],
)
def test_agency_datelines_give_the_place_the_agency_and_a_full_date(paragraph: str, place: str, outlet: str, published: str | None) -> None:
    found = dateline(paragraph)
    assert found["place"].value == place
    assert found["outlet"].value == outlet
    assert (found["published"].value if "published" in found else None) == published
    assert paragraph[dateline_length(paragraph) :].startswith(("The", "Ministers"))


@pytest.mark.parametrize(
    ("paragraph", "place", "day"),
    [
        ("VELMORA, Sept. 3 -- The two states on Tuesday signed a treaty.", "Velmora", "Sept. 3"),
        ("VELMORA, Ostland, April 19 ------ The king welcomed the visiting premier.", "Velmora", "April 19"),  # a typed run of dashes
        ("VELMORA, Ostland, Oct 29, (AP): The king welcomed the president on Monday.", "Velmora", "Oct 29"),
        ("KORVAN HILLS, September 2. /NORDPRESS/. The president has arrived.", "Korvan Hills", "September 2"),
    ],
)
def test_datelines_with_a_month_and_day_give_the_place_and_the_day(paragraph: str, place: str, day: str) -> None:
    found = dateline(paragraph)
    assert found["place"].value == place
    assert found["day"].value == day
    assert "published" not in found  # no year in the dateline: the page must give it


@pytest.mark.parametrize(
    "paragraph",
    [
        "Photo /AP/. The ministers at the signing.",  # a label, not a place
        "The Council /EU/ adopted the text.",
        "Ministers met on Sept. 3 -- and signed nothing.",
    ],
)
def test_lines_that_are_not_agency_datelines(paragraph: str) -> None:
    assert wire_dateline(paragraph) is None
    assert "place" not in dateline(paragraph)


def test_the_day_of_a_dateline_takes_its_year_only_from_a_date_on_the_page_that_agrees() -> None:
    assert month_day("Sept. 3") == (9, 3) and month_day("3 September") == (9, 3) and month_day("Sept.") is None
    # A date line at the top with the same month and day: the year is certain.
    assert year_of_day(9, 3, ["Tuesday, 3 September 2019", "A headline"], None) == (dt.date(2019, 9, 3), "Tuesday, 3 September 2019")
    assert year_of_day(10, 29, ["29/10/2024", "29/10/2024"], None) == (dt.date(2024, 10, 29), "29/10/2024")
    # The address's year and month folders.
    assert year_of_day(9, 3, [], "https://blog.com/2019/09/treaty.html") == (dt.date(2019, 9, 3), "2019/09")
    # A date on another day, a month the address does not hold, or two years: nothing certain.
    assert year_of_day(9, 3, ["Wednesday, 4 September 2019"], None) is None
    assert year_of_day(9, 3, [], "https://blog.com/2019/08/treaty.html") is None
    assert year_of_day(9, 3, ["3 September 2019", "3 September 2018"], None) is None
    # A long sentence is the report, not a date line: a date in it is an event's.
    said = "The two countries first signed a treaty of friendship on 3 September 1993 in the capital after long talks."
    assert year_of_day(9, 3, [said], None) is None


def _add(root: Path, tmp_path: Path, text: str, url: str | None) -> dict[str, str]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    [article] = add_source(root, str(page), AddOptions(url=url, undated=True), dry_run=True).articles
    return dict(article.fields)


def test_a_dateline_day_with_the_year_in_the_date_line_above_the_headline_is_the_publication_date(
    mini_project: Path, tmp_path: Path
) -> None:
    page = (
        "Friday, 7 May 2021\n\n"
        "Ostland and Velmora sign ferry treaty\n\n"
        "KORVAN HILLS, May 7. /NORDPRESS/. The presidents of Ostland and Velmora have signed a treaty on ferry links "
        "between the two countries, the ministries said.\n\n"
        "The treaty runs for ten years and covers two new routes.\n"
    )
    fields = _add(mini_project, tmp_path, page, "https://ferrynotes.com/news/treaty")
    assert fields["place"] == "Korvan Hills"
    assert fields["published"] == "2021-05-07"
    # Without a date line that agrees, the day has no year and the source stays undated.
    fields = _add(mini_project, tmp_path, page.replace("Friday, 7 May 2021\n\n", ""), "https://ferrynotes.com/news/treaty")
    assert fields["published"] == "" and fields["place"] == "Korvan Hills"


def test_a_timestamp_with_seconds_below_the_headline_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Ostland minister arrives in Velmora\n\n"
        "2021-05-07 09:36:28\n\n"
        "Vostrograd /NORDPRESS/. The foreign minister of Ostland arrived in Vostrograd on Thursday night for talks "
        "with his Velmoran counterpart on trade and transit.\n\n"
        "The two ministers will sign a protocol on customs cooperation.\n"
    )
    fields = _add(mini_project, tmp_path, page, "https://nordpress.com/en/read/1234")
    assert fields["published"] == "2021-05-07"
    assert fields["place"] == "Vostrograd"


def test_a_day_folder_with_the_story_number_dates_the_page() -> None:
    assert date_in_url("https://broadcaster.com/world/en/news/20210507_14/") == (dt.date(2021, 5, 7), "20210507_14")
    assert date_in_url("https://broadcaster.com/world/en/news/20211399_14/") is None  # no such day


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://kestreljournal.com/ostland-velmora-treaty", "Kestrel Journal"),
        ("https://www.port-elling-shimpo.com/news/123.html", "Port Elling Shimpo"),
        ("https://thevelmoratimes.com/economy/treaty/", "The Velmora Times"),
        ("https://yy.ostrava.com/mip/show-1", "Ostrava"),  # a short name that does not split: one word
        ("https://theharbourbanner.com/2021/05/treaty", "The Harbour Banner"),  # a nameplate's word
        ("https://portavelafrica.com/treaty", "Portavel Africa"),  # a region's name
        ("https://kestrel.news/2024/10/treaty", "Kestrel"),  # a word: ".news" is only where it lives
        ("https://xqz.news/2024/10/treaty", "XQZ News"),  # three letters: an acronym, which takes the suffix
        ("http://theportavelbanner.blogspot.com/2019/09/treaty.html", "The Portavel Banner"),  # a blog's own label
        ("https://host.example.org/treaty", None),  # a name reserved for examples names no site
        ("https://kestrel-dev.hostingfirm.com/?p=1", None),  # a development copy: the name is the host's
        ("https://kestrel-kestrel-staging.cdn.hostingfirm.com/treaty", None),
        ("https://staging.kestreljournal.com/treaty", "Kestrel Journal"),  # the outlet's own staging copy: its name
        ("https://dev.kestreljournal.com/article/2021-12-10/treaty", "Kestrel Journal"),
        ("https://dev-v4.kestreljournal.com/category/2025/02/11/treaty", "Kestrel Journal"),  # a version, no name
        ("https://www.africa.com/ostland-and-velmora-agree", "Africa"),  # a private registry's suffix is a site too
        ("https://xqzexpress.com/2021/05/07/treaty", "XQZ Express"),
        ("https://promoteostlandinvelmora.com/post/treaty", "Promoteostlandinvelmora"),  # split no certain way: as written
        ("https://news24.com/treaty", "News 24"),  # a number closing the name: after its word
        ("https://xqz24.com/treaty", "XQZ24"),  # onto an acronym
    ],
)
def test_an_unknown_site_is_named_by_its_address_spelled_as_words(url: str, outlet: str | None) -> None:
    found = host_words(url)
    assert (found.value if found else None) == outlet


def test_the_address_names_the_outlet_only_when_nothing_else_does(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Ostland and Velmora agree on ferry routes\n\n"
        "The transport ministers of Ostland and Velmora agreed on Monday to open two ferry routes between "
        "their ports, the ministries said.\n\n"
        "The first route opens in June.\n"
    )
    assert _add(mini_project, tmp_path, page, "https://kestreljournal.com/ferry")["outlet"] == "Kestrel Journal"
    stated = page + "\nPublished in Harbour Courier\n"
    assert _add(mini_project, tmp_path, stated, "https://kestreljournal.com/ferry")["outlet"] == "Harbour Courier"
    assert _add(mini_project, tmp_path, page, None)["outlet"] == ""


def test_a_site_name_written_as_its_address_is_named_without_a_generic_ending(mini_project: Path, tmp_path: Path) -> None:
    assert plain_name(Found("Kestrelpost.com", "", "text")).value == "Kestrelpost"
    assert plain_name(Found("Harbour.Az", "", "text")).value == "Harbour.Az"  # a country's ending is part of the brand
    page = (
        "Alkestra.com\n"
        "The foreign ministers of Ostland and Velmora met in Alkestra on Monday and agreed to open two consulates, "
        "the ministries said.\n"
        "The consulates open in June.\n"
    )
    assert _add(mini_project, tmp_path, page, "https://en.alkestra.com/ministers-meet")["outlet"] == "Alkestra"


def test_an_agency_dateline_on_a_line_of_its_own_above_the_lede_gives_the_place(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Ostland's president meets Velmora's premier\n\n"
        "Vostrograd, April 23, NORDPRESS\n\n"
        "On April 23, the President of Ostland met the Premier of Velmora in Vostrograd to discuss ferry links.\n\n"
        "The two sides signed a protocol on customs cooperation.\n"
    )
    fields = _add(mini_project, tmp_path, page, "https://nordpress.com/en/news/4412")
    assert fields["place"] == "Vostrograd"
    # A line ending in a weekday is no agency's credit: nothing is read as a dateline from it.
    assert dateline("Vostrograd, April 23, Wednesday") == {}


def test_an_agency_name_opening_the_lede_before_a_dash_is_no_place(mini_project: Path, tmp_path: Path) -> None:
    # Lebanon's National News Agency opens its copy with its initials: they say who wrote it, not where.
    page = (
        "Ostland's president arrives in Velmora\n\n"
        "NNA – The President of Ostland arrived in Velmora today, Sunday, on a short visit, the first by an Ostland "
        "president to the country.\n\n"
        "The two presidents will sign a treaty on ferry links.\n"
    )
    assert _add(mini_project, tmp_path, page, "https://ferrynotes.com/news/visit")["place"] == ""
    assert dateline("VOSTROGRAD – The President of Ostland arrived today.")["place"].value == "Vostrograd"
