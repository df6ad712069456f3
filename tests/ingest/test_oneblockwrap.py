"""A page wrapped at a fixed width with no blank line at all: paragraphs found again (ingest/oneblockwrap.py).

The pages are MENAFN's copies of AzerNews reports (2024), wrapped as the site prints them; none is in a labelled set.
"""

from __future__ import annotations

from briefgen.ingest.sourcecredits import credit_kind
from briefgen.ingest.text import clean_page

MUNICH = (
    "(MENAFN- AzerNews)\n"
    "Elnur Enveroglu\n"
    "Currently, the attention of the world is focused on Munich where\n"
    "the 60th security conference is being held. All prominent\n"
    "politicians, leaders of countries, businesspersons, and so on are\n"
    "participating in the event. As a matter of course, Azerbaijan, the\n"
    "biggest and strongest country in its region in terms of economy,\n"
    "demography, and military, is among the attendees, and one of the\n"
    "countries that draws the attention of international media outlets\n"
    "due to the recent occurrences.\n"
    "The first meeting was held yesterday with the Co-General Manager\n"
    "of Leonardo S.p.A of Italy Lorenzo Mariani, as per the latter`s\n"
    "request.\n"
    "President Ilham Aliyev commended the cooperation between\n"
    "Azerbaijan and Leonardo S.p.A.\n"
)

PUTIN_MEETING = (
    "President Ilham Aliyev: Azerbaijan Is Very Pleased With Level Of Mutual Cooperation With Russia\n"
    "8/19/2024 9:25:30 AM\n"
    "(MENAFN- AzerNews)\n"
    "“We are very pleased with the level of mutual cooperation\n"
    "between our countries,” Azernews reports, citing\n"
    "President of Azerbaijan Ilham Aliyev, as he said during a\n"
    "limited-format meeting with President of the Russian Federation\n"
    "Vladimir Putin.\n"
    "The head of state noted:“I would like to emphasize that we are\n"
    "very pleased with the level of mutual cooperation between our\n"
    "countries. The Declaration on Allied Interaction, which we signed\n"
    "in February 2022, is being successfully implemented, and we are\n"
    "observing very positive developments and favorable figures in both\n"
    "political and economic spheres.”\n"
)


def test_each_paragraph_is_joined_where_its_last_line_stops_short() -> None:
    page = clean_page(MUNICH)
    assert page.hard_wrapped
    [part] = page.parts
    assert part.paragraphs[2:] == [
        "Currently, the attention of the world is focused on Munich where the 60th security conference is being held. "
        "All prominent politicians, leaders of countries, businesspersons, and so on are participating in the event. As a "
        "matter of course, Azerbaijan, the biggest and strongest country in its region in terms of economy, demography, and "
        "military, is among the attendees, and one of the countries that draws the attention of international media "
        "outlets due to the recent occurrences.",
        "The first meeting was held yesterday with the Co-General Manager of Leonardo S.p.A of Italy Lorenzo Mariani, as "
        "per the latter`s request.",
        "President Ilham Aliyev commended the cooperation between Azerbaijan and Leonardo S.p.A.",
    ]


def test_the_credit_and_the_byline_over_the_text_stay_lines_of_their_own_and_head_nothing() -> None:
    [part] = clean_page(MUNICH).parts
    assert part.paragraphs[:2] == ["(MENAFN- AzerNews)", "Elnur Enveroglu"]
    assert part.headline is None


def test_a_headline_longer_than_the_wrapping_stays_the_headline() -> None:
    [part] = clean_page(PUTIN_MEETING).parts
    assert part.headline == "President Ilham Aliyev: Azerbaijan Is Very Pleased With Level Of Mutual Cooperation With Russia"
    assert part.paragraphs[1] == (
        "“We are very pleased with the level of mutual cooperation between our countries,” Azernews reports, citing "
        "President of Azerbaijan Ilham Aliyev, as he said during a limited-format meeting with President of the Russian "
        "Federation Vladimir Putin."
    )  # "… reports, citing" stops short of the width but mid-clause: it runs on


def test_a_page_of_one_paragraph_a_line_is_left_as_it_is() -> None:
    text = (
        "Azerbaijani defense minister to visit Turkey\n"
        "BAKU, Azerbaijan, Jan. 31\n"
        "Azerbaijani Defense Minister Zakir Hasanov will pay a working visit to Turkey on February 1, Trend reports.\n"
        "During the visit, the parties will discuss regional security and military education.\n"
        "The visit will last until February 2.\n"
    )
    page = clean_page(text)
    assert not page.hard_wrapped
    assert page.parts[0].paragraphs[-1] == "The visit will last until February 2."


def test_the_syndication_credit_is_a_credit_line() -> None:
    assert credit_kind("(MENAFN- AzerNews)") == "credit line"
    assert credit_kind("(MENAFN- Kuwait News Agency (KUNA))") == "credit line"
    assert credit_kind("(MENAFN)") == "credit line"
    assert credit_kind("(Updated with new figures)") is None


def test_a_title_of_office_ending_a_line_runs_on_into_its_holders_name() -> None:
    text = (
        "Kazakh President\n"
        "Kassym-Jomart Tokayev has arrived in Hungary on a state visit. He was welcomed\n"
        "by the country's Prime Minister Viktor Orbán at the airport of Budapest. During\n"
        "talks with the Hungarian President and Prime Minister, the Head of State is\n"
        "expected to discuss prospects for developing strategic partnerships in\n"
        "political, trade, economic, cultural and humanitarian spheres. President Tokayev\n"
        "also plans to meet with leading Hungarian business figures.\n"
        "Kazakhstan, Hungary expand\n"
        "economic cooperation\n"
        "Notably, for more than\n"
        "30 years of partnership, trade relations between the two countries have been\n"
        "actively developing, and economic projects have been implemented. Trade turnover\n"
        "between Kazakhstan and Hungary exceeded $131 million in the first eight months\n"
        "of this year, which is six percent higher than in 2023.\n"
    )  # intake_final146 (Silk Way TV), cut after its first figure
    [part] = clean_page(text).parts
    assert part.headline is None  # "Kazakh President" opens the lede, it heads nothing
    assert part.paragraphs[0].startswith("Kazakh President Kassym-Jomart Tokayev has arrived in Hungary on a state visit.")
    assert part.paragraphs[1:] == [
        "Kazakhstan, Hungary expand economic cooperation",
        "Notably, for more than 30 years of partnership, trade relations between the two countries have been actively "
        "developing, and economic projects have been implemented. Trade turnover between Kazakhstan and Hungary exceeded "
        "$131 million in the first eight months of this year, which is six percent higher than in 2023.",
    ]
