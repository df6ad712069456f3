"""Metadata from general evidence in a page: labels and widgets above the headline, a topic label the headline
repeats, teasers of other stories, dates
in the address that the text confirms, datelines behind a syndication credit, and an unknown site's outlet named
only from the page's own words.  Every page here is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.ingest.addressdates import date_in_url, date_in_url_confirmed
from briefgen.ingest.header import is_kicker
from briefgen.ingest.meta import dateline, find_dateline
from briefgen.ingest.outlets import address_disowns, copyright_outlet, outlet_in_address, spelled_outlet
from briefgen.ingest.text import clean_page, furniture_kind
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("8.2 C", "weather"),
        ("-3°C", "weather"),
        ("75 °F", "weather"),
        ("2 MIN READ", "reading time"),
        ("5 minutes read", "reading time"),
        ("12 C-130 aircraft were delivered on Monday.", None),
    ],
)
def test_weather_and_reading_time_lines_are_furniture(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_labels_and_widgets_above_the_headline_are_not_the_headline() -> None:
    page = clean_page(
        "14.5 C\nPORTUGAL\n3 MIN READ\nLisbon and Luanda agree on new port fees\n\n"
        "LISBON: Portugal and Angola agreed on Tuesday to lower the fees their ports charge each other's ships.\n"
    )
    [part] = page.parts
    assert part.headline == "Lisbon and Luanda agree on new port fees"
    assert [r.kind for r in part.removed][:3] == ["weather", "section label", "reading time"]


def test_a_section_name_above_a_photo_caption_is_no_headline() -> None:
    [part] = clean_page(
        "Southern Europe\n"
        "The two ministers shake hands in Lisbon on March 3, 2026. Photo: Harbour Ministry/X\n"
        "PORTO, Northern Region - The ministers of Portugal and Angola met on Tuesday to sign a fisheries accord.\n"
    ).parts
    assert part.headline is None
    assert [r.kind for r in part.removed] == ["section label", "photo caption"]
    assert part.paragraphs[0].startswith("PORTO, Northern Region - ")


def test_a_cut_off_teaser_of_another_story_is_not_an_article() -> None:
    page = clean_page(
        "Portugal\n\nFishing Fleet Wins Contract for Cold Store\n\n"
        "The fleet's owners have strengthened their hold on the northern market by winning a contract for...\n\n"
        "HomeNewsHarbour Talks Open in Lisbon\n\nHarbour Talks Open in Lisbon\n\n"
        "Harbour talks between Portugal and Angola opened in Lisbon on Tuesday, with fees on the agenda.\n\n"
        "Both sides said they hoped to finish by June.\n"
    )
    [part] = page.parts
    assert part.headline == "Harbour Talks Open in Lisbon"
    assert [r.kind for r in part.removed].count("teaser") == 2
    assert part.paragraphs[-1] == "Both sides said they hoped to finish by June."


def test_a_paragraph_ending_in_an_ellipsis_inside_the_article_is_kept() -> None:
    [part] = clean_page(
        "Harbour Talks Open in Lisbon\n\nThe talks opened on Tuesday in Lisbon with fees on the agenda.\n\n"
        "The minister listed the ports one by one: Lisbon, Porto, Sines...\n\nA list of fees followed.\n"
    ).parts
    assert part.paragraphs[1] == "The minister listed the ports one by one: Lisbon, Porto, Sines..."


def test_the_headline_shown_above_and_below_its_standfirst_is_one_article(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "WORLD\n2 MIN READ\nPortugal, Angola sign 12 accords in Luanda\n"
        "The accords cover ports, fisheries and the training of customs staff over the next five years.\n"
        "Portugal, Angola sign 12 accords in Luanda\n"
        "The delegations pose after the signing in Luanda. / Photo: Harbour Agency\n"
        "March 4, 2026\n\n"
        "Portugal and Angola signed 12 accords on Wednesday during the Portuguese president's visit to Luanda.\n\n"
        "The accords run for five years.\n"
    )
    assert len(clean_page(text).parts) == 1
    fields = dry_add(mini_project, tmp_path, text, None)  # once refused: "the page holds 2 articles"
    assert fields["title"] == "Portugal, Angola sign 12 accords in Luanda"


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://www.harbourledger.com/index.php/2026/3/4/ports/accords-signed/abc", dt.date(2026, 3, 4)),
        ("https://www.harbourledger.com/2026/11/9/ports", dt.date(2026, 11, 9)),
        ("https://www.harbourledger.com/2026/13/9/ports", None),
        # Day, month and year as folders: a day after the 12th settles the order.
        ("https://www.harbourledger.com/editorial/26/10/2023/ports-accord", dt.date(2023, 10, 26)),
        ("https://www.harbourledger.com/editorial/10/26/2023/ports-accord", dt.date(2023, 10, 26)),
        ("https://www.harbourledger.com/editorial/05/10/2023/ports-accord", None),  # 5 October or 10 May
    ],
)
def test_a_day_written_without_leading_zeros_in_the_address(url: str, date: dt.date | None) -> None:
    found = date_in_url(url)
    assert (found[0] if found else None) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The ministers at the port on March 4, 2026. Photo: Harbour Agency", dt.date(2026, 3, 4)),
        ("The ministers met on 3 April 2026 in Luanda.", dt.date(2026, 4, 3)),
        ("The ministers met on Tuesday in Luanda.", None),  # nothing settles the order, nor that it is a date
        ("The ministers met on May 5, 2026 in Luanda.", None),  # another day: the digits are an id
    ],
)
def test_eight_digits_in_the_address_need_the_text_to_confirm_the_day(text: str, date: dt.date | None) -> None:
    found = date_in_url_confirmed("https://www.harbourledger.com/english/africa/04032026", text)
    assert (found[0] if found else None) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("President Vell landed in Luanda on Monday, December 2, 2024.", dt.date(2024, 12, 2)),
        ("President Vell landed in Luanda on Monday.", None),
    ],
)
def test_day_and_month_folders_in_either_order_need_the_text_to_confirm_the_day(text: str, date: dt.date | None) -> None:
    found = date_in_url_confirmed("https://www.harbourledger.com/article/02/12/2024/vell-lands-in-luanda", text)
    assert (found[0] if found else None) == date


def test_the_address_date_confirmed_by_a_caption_is_published(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Southern Europe\n"
        "The two ministers shake hands in Luanda on March 4, 2026. Photo: Harbour Ministry/X\n"
        "LUANDA, Angola - Portugal and Angola signed a fisheries accord on Wednesday.\n"
        "The accord runs for five years.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.harbourledger.com/english/africa/04032026")
    assert (fields["published"], fields["place"], fields["title"]) == ("2026-03-04", "Luanda", "")


def test_a_dateline_behind_a_syndication_credit() -> None:
    found = find_dateline(["(WIRENET- Lusitania Press Agency (LPA)) LISBON, March 3 (LPA) -- Portugal and Angola signed an accord."])
    assert found["place"].value == "Lisbon" and found["place"].evidence == "LISBON, March 3 (LPA) --"
    # A sentence in brackets is no credit: the paragraph is read as it stands.
    assert find_dateline(["(The talks were delayed, officials said.) LISBON, March 3 -- The accord was signed."]) == {}


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("PORTO, Northern Region - The ministers met on Tuesday.", "Porto"),
        ("GENEVA, Switzerland: The talks resumed on Monday.", "Geneva"),
        ("LUANDA, March 3 (LPA) -- The accord was signed.", "Luanda"),
    ],
)
def test_datelines_with_a_region_or_a_double_dash(paragraph: str, place: str) -> None:
    assert dateline(paragraph)["place"].value == place


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Kestrel News/ The minister arrived on Monday."], "Kestrel News"),
        (["The story first ran in The Kestrel on Monday."], "The Kestrel"),
        (["Kestrel Bay hosted the talks."], None),  # "Bay" names no kind of outlet
        (["Kestrel said on Monday."], None),  # one ordinary word may just open a sentence
    ],
)
def test_a_name_that_spells_the_domain_and_names_a_kind_of_outlet(lines: list[str], outlet: str | None) -> None:
    found = spelled_outlet(lines, "https://www.kestrel.com/world/1")
    assert (found.value if found else None) == outlet


@pytest.mark.parametrize(
    ("url", "text", "outlet"),
    [
        ("https://lisbonbusinessreview.com/talks", "Lisbon hosted the talks.", "Lisbon Business Review"),
        ("https://www.angolatimes.net/a", "The ANGOLA delegation met the Angola ministers.", "Angola Times"),
        ("https://lisbonbusinessreview.com/talks", "The talks opened on Monday.", None),  # the text never names Lisbon
        ("https://www.thenews.com.pk/a", "The News said the talks opened.", None),  # no name of the text in it
        ("https://www.kestrelwatch.com/a", "Kestrel reported the talks.", None),  # no outlet word in it
        ("https://rudolfo.net/a", "Rudolfo reported the talks.", None),
    ],
)
def test_an_unknown_sites_name_from_the_texts_words(url: str, text: str, outlet: str | None) -> None:
    found = outlet_in_address(url, text)
    assert (found.value if found else None) == outlet


def test_a_copyright_line_names_the_outlet_only_when_it_agrees_with_the_address() -> None:
    lines = ["Ships at the quay. © Reuters", "© 2026 Kestrel Daily. All rights reserved."]
    found = copyright_outlet(lines, "https://www.kestrel.com/world/1")
    assert found is not None and (found.value, found.evidence) == ("Kestrel Daily", "© 2026 Kestrel Daily")
    assert copyright_outlet(["© Reuters"], "https://www.kestrel.com/world/1") is None
    assert copyright_outlet(lines, None) is None


def test_a_copyright_name_cut_short_at_the_end_of_the_text_names_no_outlet() -> None:
    url = "https://en.kestreldaily.com/view.php?key=1"
    # a saved excerpt that stops inside the name: only its beginning is there
    assert copyright_outlet(["Ports reopened on Monday.", "Copyright by Kes"], url) is None
    # the same short name with text after it, or the whole name, still names the outlet
    found = copyright_outlet(["Copyright by Kestrel", "Ports reopened on Monday."], url)
    assert found is not None and found.value == "Kestrel"
    found = copyright_outlet(["Ports reopened on Monday.", "Copyright by KestrelDaily"], url)
    assert found is not None and found.value == "KestrelDaily"


def test_sources_add_names_or_leaves_an_unknown_sites_outlet(mini_project: Path, tmp_path: Path) -> None:
    text = "Lisbon Talks Open\n\nLISBON: Portugal and Angola opened port talks on Tuesday.\n\nBoth sides hope to finish by June.\n"
    named = dry_add(mini_project, tmp_path, text, "https://www.lisbonbusinessreview.com/talks-open")
    assert named["outlet"] == "Lisbon Business Review"
    assert "lisbonbusinessreview.com" in named["notes"] and "check it" in named["notes"]
    unknown = dry_add(mini_project, tmp_path, text, "https://www.rudolfo.net/talks-open")
    assert unknown["outlet"] == "Rudolfo"  # the one word its address is
    assert "the site is not in the table of known sites, so check it" in unknown["notes"]
    copyrighted = dry_add(
        mini_project, tmp_path, text + "\n© 2026 Rudolfo Media. All rights reserved.\n", "https://www.rudolfo.net/talks-open"
    )
    assert copyrighted["outlet"] == "Rudolfo Media"


KICKER_PAGE = (
    "$2 billion in port deals signed\n"
    "Portugal's president met Angola's leader in Luanda on Thursday on a visit that will yield port and fishery deals.\n"
    "The two presidents walked through the harbour before the talks.\n"
)
KICKER_URL = "https://www.harbourledger.com/portugal-president-meets-angola-leader-on-harbour-visit"


@pytest.mark.parametrize(
    ("headline", "url", "disowned"),
    [
        ("$2 billion in port deals signed", KICKER_URL, True),
        ("Portugal's president visits Luanda", KICKER_URL, False),  # shares words with the page's name
        ("$2 billion in port deals signed", "https://www.harbourledger.com/news/1234567", False),  # an id, no words
        ("$2 billion in port deals signed", "https://www.harbourledger.com/prezident-uchrashuv-luanda-bandargoh-tashrif", False),
    ],
)
def test_the_address_shows_a_first_line_is_a_kicker(headline: str, url: str, disowned: bool) -> None:
    body = KICKER_PAGE.split("\n", 1)[1]
    assert (address_disowns(headline, url, body) is not None) == disowned


def test_a_kicker_the_address_disowns_stays_in_the_text(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, KICKER_PAGE, KICKER_URL)
    assert fields["title"] == ""
    assert 'The first line "$2 billion in port deals signed" shares no word' in fields["notes"]
    assert dry_add(mini_project, tmp_path, KICKER_PAGE, None)["title"] == "$2 billion in port deals signed"


def test_a_typed_double_dash_ends_a_dateline() -> None:
    assert dateline("KORVIK -- The two presidents on Tuesday agreed to open a second border crossing.")["place"].value == "Korvik"


def test_the_address_that_spells_the_first_line_makes_it_the_headline(mini_project: Path, tmp_path: Path) -> None:
    """A standfirst and a photo id below the headline look like summary points; the page's name in its address says otherwise."""
    page = (
        "Norland and Vestria agree to open second border crossing\n\n"
        "Presidents meet in the capital of Vestria\n\n"
        "20240312N Ahl and Berg\n\n"
        "KORVIK -- The presidents of Norland and Vestria on Tuesday agreed to open a second border crossing by 2026.\n"
    )
    url = "https://news.example.org/Politics/Norland-and-Vestria-agree-to-open-second-border-crossing"
    fields = dry_add(mini_project, tmp_path, page, url)
    assert fields["title"] == "Norland and Vestria agree to open second border crossing"
    assert fields["place"] == "Korvik"
    assert "the page's name in its address spells it" in fields["notes"]
    # An address naming something else leaves the lines as they were: no headline is made up.
    other = dry_add(mini_project, tmp_path, page, "https://news.example.org/Politics/border-talks-end-without-deal-in-korvik-today")
    assert other["title"] == ""


def test_the_sites_name_over_the_article_is_its_masthead_not_its_headline(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Korvik Post Euro\n\n"
        "Norland and Vestria renew their ties after a decade\n\n"
        "The presidents of Norland and Vestria met on Wednesday, September 4, 2024, in Korvik and signed four accords.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, "https://euro.korvikpost.com/politics/7220")
    assert (fields["outlet"], fields["title"]) == ("Korvik Post Euro", "Norland and Vestria renew their ties after a decade")
    assert 'the site\'s name over the article, "Korvik Post Euro" (its masthead)' in fields["notes"]
    # On another site the same line is the page's headline-like first line, as before.
    elsewhere = dry_add(mini_project, tmp_path, page, "https://www.example.org/politics/7220")
    assert elsewhere["title"] == "Korvik Post Euro"


def test_a_dashed_day_month_year_in_the_address_is_read_only_as_the_text_confirms() -> None:
    url = "https://harbour.example/news/ports-agree-05-03-2025-19-18-24"
    assert date_in_url_confirmed(url, "The boards met on March 5, 2025 in Tarvel.") == (dt.date(2025, 3, 5), "05-03-2025")
    assert date_in_url_confirmed(url, "The boards met on 3 May 2025 in Tarvel.") == (dt.date(2025, 5, 3), "05-03-2025")
    assert date_in_url_confirmed(url, "The boards met in Tarvel.") is None  # March or May: no date rather than a guess
    assert date_in_url_confirmed("https://harbour.example/news/05-032025", "on March 5, 2025") is None  # mixed separators


def test_a_topic_label_the_headline_repeats_is_no_headline() -> None:
    topic = "XII High-Level Meeting between Ostland and Westmark"
    headline = "Vell: The High-Level Meeting between Ostland and Westmark opens a new stage of relations"
    assert is_kicker(topic, headline)
    assert not is_kicker(headline, "The two governments agreed on a working agenda for the coming years.")


def test_a_page_name_stamped_with_its_day_and_time_is_read_only_as_the_text_confirms() -> None:
    url = "https://harbour.example/english/news/ports-agree-ferry-link-07102023230931.html"
    assert date_in_url_confirmed(url, "The chairmen are pictured in Tarvel on July 10, 2023.") == (dt.date(2023, 7, 10), "07102023230931")
    assert date_in_url_confirmed(url, "The boards met on 7 October 2023 in Tarvel.") == (dt.date(2023, 10, 7), "07102023230931")
    assert date_in_url_confirmed(url, "The boards met in Tarvel.") is None  # July or October: no date rather than a guess
    assert date_in_url_confirmed("https://harbour.example/news/ports-0710202399", "on July 10, 2023") is None  # no time of day
