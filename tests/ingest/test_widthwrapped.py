"""A page wrapped at a width with no blank line: lines joined where a sentence runs on, headings kept apart.

A real page of the development sets (half A), and the own sample's page of one paragraph a line.
"""

from __future__ import annotations

from briefgen.ingest.text import clean_page
from briefgen.ingest.widthwrapped import breaks_inside

# intake_final146, Silk Way TV: the report wrapped at about eighty characters, a subheading wrapped inside it.
SILKWAY = (
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
    "of this year, which is six percent higher than in 2023. Last year, the two\n"
    "countries recorded a trade volume of $187.5 million. Meanwhile, Hungarian investments\n"
    "in Kazakhstan's economy have exceeded $300 million over the past 20 years.\n"
)
# Own sample (hanoitimes.vn, 2019): one paragraph a line, no blank line; no sentence runs over a break.
HANOI = (
    "US President Donald Trump has thanks the Vietnamese people for a warm welcome after the Air Force One brought him "
    "to Hanoi on Tuesday evening for the second one-on-one meeting with North Korean leader Kim Jong Un.\n"
    "“Just arrived in Vietnam. Thank you to all of the people for the great reception in Hanoi. Tremendous crowds, and "
    "so much love!” he tweeted.\n"
    "At the time of writing, his tweet got nearly 12,700 retweets and over 72,000 likes.\n"
    "A screenshot of President Trump's tweet\n"
    "On the 30-kilometer trip from the airport to the JW Marriott hotel, Vietnamese people along the road cheered to "
    "welcome the president.\n"
    "People gathered on Tuesday evening to welcome President Trump. Photo: Huu Khoa/VnExpress\n"
)


def test_a_page_wrapped_in_one_block_is_joined_where_its_sentences_run_on() -> None:
    page = clean_page(SILKWAY, one_article=True)
    assert page.hard_wrapped
    assert page.parts[0].paragraphs == [
        "Kazakh President Kassym-Jomart Tokayev has arrived in Hungary on a state visit. He was welcomed by the country's "
        "Prime Minister Viktor Orbán at the airport of Budapest. During talks with the Hungarian President and Prime "
        "Minister, the Head of State is expected to discuss prospects for developing strategic partnerships in political, "
        "trade, economic, cultural and humanitarian spheres. President Tokayev also plans to meet with leading Hungarian "
        "business figures.",
        "Kazakhstan, Hungary expand economic cooperation",
        "Notably, for more than 30 years of partnership, trade relations between the two countries have been actively "
        "developing, and economic projects have been implemented. Trade turnover between Kazakhstan and Hungary exceeded "
        "$131 million in the first eight months of this year, which is six percent higher than in 2023. Last year, the two "
        "countries recorded a trade volume of $187.5 million. Meanwhile, Hungarian investments in Kazakhstan's economy "
        "have exceeded $300 million over the past 20 years.",
    ]


def test_a_page_of_one_paragraph_a_line_is_left_as_it_is() -> None:
    page = clean_page(HANOI, one_article=True)
    assert not page.hard_wrapped
    assert len(page.parts[0].paragraphs) == 6


def test_breaks_inside_a_sentence() -> None:
    assert breaks_inside("He was welcomed", "by the country's Prime Minister")
    assert breaks_inside("Notably, for more than", "30 years of partnership")
    assert breaks_inside("Kazakh President", "Kassym-Jomart Tokayev has arrived")
    assert not breaks_inside("Kazakhstan, Hungary expand economic cooperation", "Notably, for more than")
    assert not breaks_inside("also plans to meet with leading Hungarian business figures.", "Kazakhstan, Hungary expand")
