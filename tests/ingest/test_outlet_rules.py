"""General rules of `sources add` for an article's metadata, on made-up pages: who published it, where its
headline is, where it was filed from, and when (from its address).

Each page here is written for the test; the outlets, sites and people are invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.ingest.add import add_source
from briefgen.ingest.addressdates import date_in_url
from briefgen.ingest.article import AddOptions
from briefgen.ingest.meta import dateline, find_dateline
from briefgen.ingest.outlets import registered_domain, spelled_outlet
from briefgen.ingest.source_ids import make_id
from briefgen.ingest.text import clean_page
from tests.conftest import run_cli
from tests.ingest.dry_run import dry_add

WIRE_PAGE = (
    "Portugal and Angola sign fisheries accord\n\n"
    "LISBON (AP) — Portugal and Angola on Tuesday signed an accord on fisheries and port services, "
    "the two governments said in a joint statement.\n\n"
    "The accord runs for five years and covers training for port staff.\n"
)


def test_wire_copy_is_named_after_the_site_that_published_it(mini_project: Path, tmp_path: Path) -> None:
    # On an unknown site, the agency's credit is not the outlet: the outlet stays empty rather than wrong.
    unknown = dry_add(mini_project, tmp_path, WIRE_PAGE, "https://www.coastalherald.example/world/accord")
    assert unknown["outlet"] == ""
    assert 'credits the wire agency "AP"' in unknown["notes"] and "coastalherald.example" in unknown["notes"]
    # A site the project knows names it.
    (mini_project / "facts" / "outlets.yaml").write_text("coastalherald.example: The Coastal Herald\n", encoding="utf-8")
    assert dry_add(mini_project, tmp_path, WIRE_PAGE, "https://www.coastalherald.example/world/accord")["outlet"] == "The Coastal Herald"
    # With no address at all, the credit is all the text gives.
    assert dry_add(mini_project, tmp_path, WIRE_PAGE, None)["outlet"] == "AP"


def test_a_site_known_by_a_number_alone_is_named_by_the_agency_it_credits(mini_project: Path, tmp_path: Path) -> None:
    # A mirror's or a server's own address names no site: the page reads as if it had no address.
    assert dry_add(mini_project, tmp_path, WIRE_PAGE, "http://203.0.113.7/2025/10/22/accord")["outlet"] == "AP"
    assert dry_add(mini_project, tmp_path, WIRE_PAGE, "http://[2001:db8::7]/world/accord")["outlet"] == "AP"


def test_the_site_named_in_the_text_by_its_domain(mini_project: Path, tmp_path: Path) -> None:
    text = WIRE_PAGE.replace("(AP) ", "") + "\nCopyright 2024 Harbour Ledger. All rights reserved.\n"
    fields = dry_add(mini_project, tmp_path, text, "https://news.harbourledger.net/a/1")
    assert fields["outlet"] == "Harbour Ledger"
    assert "Harbour Ledger" in fields["notes"]
    # The same words on another site's page name nothing: that site's address names it instead.
    assert dry_add(mini_project, tmp_path, text, "https://www.otherpaper.net/a/1")["outlet"] == "Other Paper"


@pytest.mark.parametrize(
    ("lines", "url", "outlet"),
    [
        (["The report first ran on Quayside.Info this morning."], "https://quayside.info/x", "Quayside.Info"),
        (["A statement reached the KQRT newsroom."], "https://www.kqrt.com/x", "KQRT"),
        (["Reported by PortWatch staff."], "https://portwatch.org/x", "PortWatch"),
        (["© Lisbon Courier 2024"], "https://www.thelisboncourier.com/x", "Lisbon Courier"),
        (["Read it on The Lisbon Courier."], "https://www.thelisboncourier.com/x", "The Lisbon Courier"),
        # One ordinary capitalised word may only begin a sentence: "Today" is not the site today.example.
        (["Today the two ministers met in Lisbon."], "https://www.today.net/x", None),
        # Part of the name is not the name.
        (["The Harbour section carried it."], "https://www.harbourledger.net/x", None),
        # "and" inside a name, and an outlet word after it (intake_final88).
        (
            ["Posted By Global Banking and Finance Review", "Posted on May 28, 2025"],
            "https://www.globalbankingandfinance.com/france-and-indonesia-sign-preliminary-defence-pact",
            "Global Banking and Finance Review",
        ),
        (["The Yomiuri Shimbun"], "https://www.yomiuri.co.jp/x", "The Yomiuri Shimbun"),
    ],
)
def test_spelled_outlet(lines: list[str], url: str, outlet: str | None) -> None:
    found = spelled_outlet(lines, url)
    assert (found.value if found else None) == outlet


def test_the_registered_domain_of_an_address() -> None:
    assert registered_domain("https://en.coastalherald.co.uk/world/1") == ("coastalherald", "co.uk")
    assert registered_domain("http://127.0.0.1:8000/page") is None


@pytest.mark.parametrize(
    ("url", "date"),
    [
        # A folder named by the day, with the page below it.
        ("https://news.example.org/en/world/20230714/ministers-meet-in-lisbon", dt.date(2023, 7, 14)),
        # As the last part of the address, the same digits are the page's id.
        ("https://news.example.org/en/world/20230714", None),
        # Not a day of the calendar, or a day not yet come: an id.
        ("https://news.example.org/en/world/20231314/ministers-meet", None),
        ("https://news.example.org/en/world/20990714/ministers-meet", None),
    ],
)
def test_a_day_folder_in_the_address(url: str, date: dt.date | None) -> None:
    found = date_in_url(url)
    assert (found[0] if found else None) == date


@pytest.mark.parametrize(
    ("paragraph", "place", "outlet"),
    [
        ("Lisbon, Mar 3: Portugal and Angola agreed on Monday to widen their fisheries accord", "Lisbon", None),
        ("LUANDA. ANGOP – The presidents of Angola and Portugal met on Monday in Luanda", "Luanda", "Angop"),
        ("LISBON, March 3. /LUSA/. Portugal and Angola agreed on Monday to widen their accord", "Lisbon", "LUSA"),
    ],
)
def test_more_datelines(paragraph: str, place: str, outlet: str | None) -> None:
    found = dateline(paragraph)
    assert found["place"].value == place
    assert (found["outlet"].value if "outlet" in found else None) == outlet


MENU_PAGE = """\
Politics
World
Business & Trade
Science
Sport
Culture
Latest news
Search

Portugal and Angola widen fisheries accord

Politics
March 3, 10:15 LISBON

The two governments agreed to extend the accord by five years

Share

LISBON, March 3. /LUSA/. Portugal and Angola agreed on Monday to extend their fisheries accord by five years.

The two governments agreed to extend the accord by five years, the foreign ministry said, and to train port staff.
"""


def test_a_site_menu_and_a_section_label_are_not_headlines() -> None:
    page = clean_page(MENU_PAGE)
    assert len(page.parts) == 1
    [part] = page.parts
    assert part.headline == "Portugal and Angola widen fisheries accord"
    assert "Politics" not in part.paragraphs and "Sport" not in part.paragraphs
    assert {r.kind for r in part.removed if r.text == "Politics"} == {"menu", "section label"}


def test_short_header_lines_right_above_the_text_are_no_menu() -> None:
    """Header lines run together with single line breaks right above the text: none is taken for a menu entry."""
    [part] = clean_page(
        "Angola, Portugal sign deals\nStaff Reporter\nLisbon bureau\nTrade desk\nPrint edition\n"
        "The two governments signed five agreements on Monday in Lisbon, the ministry said.\n"
    ).parts
    assert "menu" not in {r.kind for r in part.removed}
    assert "Angola, Portugal sign deals" in [part.headline, *part.paragraphs]


def test_a_page_with_a_site_menu_is_added_without_part(mini_project: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(MENU_PAGE, encoding="utf-8")
    added = run_cli("sources", "add", str(page), "--url", "https://lusa.example/en/1", "--undated", "--id", "lusa-accord", cwd=mini_project)
    assert added.code == 0, added.stderr
    archived = (mini_project / "facts" / "sources" / "lusa-accord.md").read_text(encoding="utf-8")
    assert 'title: "Portugal and Angola widen fisheries accord"' in archived
    assert "place: Lisbon" in archived


def test_a_second_headline_needs_the_first_article_to_have_begun() -> None:
    """A headline-like line between a headline and its text is a standfirst; after a paragraph, a new article."""
    standfirst = clean_page(
        "Ministers open new rail freight link\n\nFirst trains run on Monday\n\nShare\n\n"
        "The ministers of transport opened the link on Monday and signed a customs protocol.\n"
    )
    assert len(standfirst.parts) == 1
    two = clean_page(
        "Ministers open new rail freight link\n\nThe ministers of transport opened the link on Monday, officials said.\n\n"
        "Port of Sines expands container terminal\n\nShare\n\nThe port authority said on Tuesday it would add two berths.\n"
    )
    assert [p.headline for p in two.parts] == ["Ministers open new rail freight link", "Port of Sines expands container terminal"]


def test_a_name_alone_above_the_lede_is_the_byline(mini_project: Path, tmp_path: Path) -> None:
    text = "Marta Quintela\n\nThe foreign ministers of Portugal and Angola met on Monday in Lisbon to review the fisheries accord.\n"
    [part] = clean_page(text).parts
    assert part.headline is None
    assert [r.kind for r in part.removed] == ["byline"]
    fields = dry_add(mini_project, tmp_path, text, None)
    assert (fields["title"], fields["author"]) == ("", "Marta Quintela")
    # A short headline in capitals names who the story is about, and the lede names them again.
    [short] = clean_page("Costa Meets Ramos\n\nPrime Minister Costa met President Ramos on Monday in Lisbon for talks.\n").parts
    assert short.headline == "Costa Meets Ramos"
    # A short headline of section words is not a name.
    [headline] = clean_page("Energy Relations\n\nThe ministers met on Monday in Lisbon to review the accord.\n").parts
    assert headline.headline == "Energy Relations"


def test_a_headline_ending_in_a_full_stop_above_a_dateline() -> None:
    headline = clean_page(
        "Angola’s visit raises hope of doubling trade ahead of schedule.\n\n"
        "Luanda, Mar 3 (ANGOP): Angola and Portugal on Monday said trade could double before the target year.\n"
    )
    assert headline.parts[0].headline == "Angola’s visit raises hope of doubling trade ahead of schedule."
    # A full sentence (an article, an auxiliary verb) is the article's summary, kept in its text.
    summary = clean_page(
        "The accord was signed at the joint commission in Luanda.\n\n"
        "LUANDA, Mar 3 (ANGOP): Angola and Portugal on Monday signed a fisheries accord.\n"
    )
    assert summary.parts[0].headline is None
    assert summary.parts[0].paragraphs[0] == "The accord was signed at the joint commission in Luanda."


HTML_BODY = (
    "<body><article><h1>Ministers meet in Lisbon</h1>"
    "<p>LISBON, March 3 (AP) — The foreign ministers of Portugal and Angola met on Monday in Lisbon to review the fisheries "
    "accord and the port services agreement signed last year.</p>"
    "<p>They agreed to meet again next year in Luanda, the ministry said in a statement released after the talks.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        # What the page declares as its name: OpenGraph, or the JSON-LD publisher (here inside an @graph).
        ("<meta property='og:site_name' content='Harbour Ledger'>", "Harbour Ledger"),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-03-04",'
            ' "publisher": {"@type": "Organization", "name": "Harbour Ledger"}}]}</script>',
            "Harbour Ledger",
        ),
        # Not declarations: a Twitter handle, a copyright line, a Facebook address; the site is then only the
        # address's name as written, the last resort.
        ("<meta name='twitter:site' content='@harbourledger'>", "Promoteostlandinvelmora"),
        ("<meta name='copyright' content='© 2024 Harbour Ledger Ltd'>", "Promoteostlandinvelmora"),
        ("<meta property='article:publisher' content='https://www.facebook.com/harbourledger'>", "Promoteostlandinvelmora"),
        ("", "Promoteostlandinvelmora"),
    ],
)
def test_an_html_page_names_its_site_only_by_declaring_it(mini_project: Path, tmp_path: Path, head: str, outlet: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ministers meet</title>{head}</head>{HTML_BODY}")
    options = AddOptions(url="https://www.promoteostlandinvelmora.net/world/1", undated=True)  # splits no certain way
    [article] = add_source(mini_project, str(page), options, dry_run=True).articles
    assert article.fields["outlet"] == outlet


def test_a_section_label_over_the_headline_is_not_the_headline() -> None:
    [part] = clean_page(
        "Portugal–Angola Relations\n\nPortugal and Angola widen their fisheries accord\n\n"
        "The two governments agreed on Monday to extend the fisheries accord by five years.\n"
    ).parts
    assert part.headline == "Portugal and Angola widen their fisheries accord"
    assert ("section label", "Portugal–Angola Relations") in [(r.kind, r.text) for r in part.removed]
    # A short headline in words of its own, over a standfirst, stays the headline.
    [plain] = clean_page(
        "Ministers Open Rail Link\n\nFirst freight trains are to run on the new line from Monday\n\n"
        "The ministers of transport opened the link on Monday and signed a customs protocol.\n"
    ).parts
    assert plain.headline == "Ministers Open Rail Link"
    [deal] = clean_page(
        "Portugal–Angola Trade Deal\n\nBoth sides agree to cut tariffs on fish and cork from next year\n\n"
        "The trade ministers signed the deal on Monday in Luanda after two days of talks.\n"
    ).parts
    assert deal.headline == "Portugal–Angola Trade Deal"


def test_the_dateline_below_a_list_of_summary_points() -> None:
    points = [f"Point {n}: both sides agree on a further step in trade and transport" for n in range(1, 7)]
    found = find_dateline([*points, "LISBON: Portugal and Angola on Monday widened their accord."])
    assert found["place"].value == "Lisbon"
    # Below the article's own long paragraphs, a later "Place:" opening is no dateline.
    long = "The two governments agreed to extend the accord, " * 6
    assert find_dateline([long] * 5 + ["Luanda: The next round is due in May."]) == {}


def test_an_id_from_the_lede_leaves_its_dateline_out() -> None:
    lede = "LISBON (AP) — Portugal and Angola on Tuesday signed an accord on fisheries"
    made = make_id(outlet=None, headline=None, lede=lede, published=dt.date(2024, 3, 5))
    assert made == "portugal-angola-tuesday-signed-accord-2024-03-05"


def test_an_html_pages_declared_name_comes_before_readings_of_its_text(mini_project: Path, tmp_path: Path) -> None:
    """A print edition's "Published in …" line on a page that declares its own name: the declaration names the site."""
    body = HTML_BODY.replace("</h1>", "</h1><p>Published in Coastal Review on March 4, 2024</p>")
    head = "<meta property='og:site_name' content='Harbour Ledger'>"
    page = tmp_path / "page.html"
    page.write_text(f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ministers meet</title>{head}</head>{body}")
    options = AddOptions(url="https://www.promoteostlandinvelmora.net/world/1", undated=True)  # spells no name
    [article] = add_source(mini_project, str(page), options, dry_run=True).articles
    assert article.fields["outlet"] == "Harbour Ledger"
    page.write_text(f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ministers meet</title></head>{body}")
    [article] = add_source(mini_project, str(page), options, dry_run=True).articles
    assert article.fields["outlet"] == "Coastal Review"  # without a declaration, the text's statement


def test_www_names_no_site_on_a_private_registrys_suffix() -> None:
    # "africa.com" is a registry's suffix for its customers' sites and a site of its own: "www" is no registered name
    assert registered_domain("https://www.africa.com/ostland-and-velmora-agree") == ("africa", "com")
    assert registered_domain("https://kestrel.africa.com/ostland") == ("kestrel", "africa.com")
    assert registered_domain("https://www.bbc.co.uk/news") == ("bbc", "co.uk")
