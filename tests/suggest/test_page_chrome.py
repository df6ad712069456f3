"""The page's own lines (words to the reader, counters, series links, update notes, list lead-ins, links) are not drafted.

Real lines of the development sets (intake_final36, 38, 46, 62, 68, 72 and intake_test), each with a sentence
of the report around it that stays a draft.
"""

from __future__ import annotations

import functools

from briefgen.suggest.page_chrome import is_page_chrome, link_list_lines
from tests.suggest.drafting import spans_drafted

_drafted = functools.partial(spans_drafted, ref_year=2025)


_REPORT = (
    "On Sunday, both Prime Ministers will join the G7 summit in Kananaskis, Alberta, alongside President Trump "
    "and the leaders of France, Italy, Japan, Germany, and the EU."
)


def test_a_newsletter_prompt_between_paragraphs_is_not_drafted() -> None:
    prompt = (
        "Sign up for our Politics Essential newsletter for insightful political analysis and up-to-date coverage "
        "delivered straight to your inbox."
    )
    drafted = _drafted(f"{_REPORT}\n{prompt}\n")
    assert not any("newsletter" in text for text in drafted)
    assert any(text.startswith("On Sunday, both Prime Ministers will join the G7 summit") for text in drafted)


def test_the_readers_lines_and_the_pages_counters_are_chrome() -> None:
    for line in (
        "Sign up for TPR Today, Texas Public Radio's newsletter that brings our top stories to your inbox each morning",
        "Follow us on Image Source : SOCIAL Prime Minister Narendra Modi reaches Kuwait for a 2-day visit",
        "Get the answers with SCMP Knowledge, our new platform of curated content with explainers, FAQs, analyses and "
        "infographics brought to you by our award-winning team",
        "2 min read Last Updated : Jun 05 2023 | 11:33 PM IST",
        "1 pages in this article",
        "Part of a series: President Trump's 2025 Gulf Trip",
        "or see Part 1: President Trump's Gulf Trip: Previewing the Agenda",
        "Adds detail from Mexico's foreign ministry statement in paragraphs 2,3, 5 and 7",
    ):
        assert is_page_chrome(line), line


def test_a_lead_in_handing_over_to_its_list_is_not_drafted_but_its_items_are() -> None:
    body = (
        "The central agreement signed was the Strategic Economic Partnership Document, aimed at deepening bilateral "
        "economic collaboration. According to officials, the agreements include:\n"
        "A historic $142 billion defence sales deal, marking the largest such agreement in US history.\n"
    )
    drafted = _drafted(body)
    assert not any(text.startswith("According to officials") for text in drafted)
    assert any(text.startswith("A historic $142 billion defence sales deal") for text in drafted)


def test_a_lead_in_that_counts_its_items_stays_a_claim() -> None:
    assert is_page_chrome("The deals inked today include,")
    assert not is_page_chrome("The two sides signed 16 agreements covering diverse sectors, including:")
    assert not is_page_chrome("The agreements signed include a contract for France's Safran to supply airline Spice Jet with engines")


def test_the_links_under_read_also_are_not_drafted() -> None:
    body = (
        "The visit follows Ukrainian Foreign Minister Dmytro Kuleba's trip to Beijing on July 23-25, his first since "
        "Russia's full-scale invasion began.\n"
        "Read also:\n"
        "- China invites Ukraine's foreign minister for talks on \u201cachieving peace\u201d with Russia\n"
        "- EU Commission limits participation in Hungarian presidency events after Orb\u00e1n's visits to Russia and China\n"
    )
    assert link_list_lines(body) == frozenset({2, 3})
    drafted = _drafted(body)
    assert not any("China invites Ukraine" in text or "EU Commission limits" in text for text in drafted)
    assert any(text.startswith("The visit follows Ukrainian Foreign Minister Dmytro Kuleba") for text in drafted)


def test_the_headlines_of_a_box_of_the_outlets_other_stories_are_not_drafted() -> None:
    # Two boxes of intake_final142 and 152: "More To Read" over marked items, "Next In Nation" over headlines set one a
    # line with no stop; the report line after each box ends the list and is drafted.
    body = (
        "President William Ruto and First Lady Rachel will leave Kenya on Tuesday for a two-day official trip to Japan.\n"
        "More To Read\n"
        "- Kenya dodges Western Sahara stance, reaffirms One-China Policy in new foreign blueprint\n"
        "- Ruto issues 3,000 title deeds to residents of Garissa Town\n"
        "The itinerary includes visits to Emperor Naruhito's residence and a summit meeting with Prime Minister Fumio "
        "Kishida on Wednesday.\n"
        "Next In Nation\n"
        "\n"
        "New rules to benefit workers\n"
        "\u2018We adopt balanced foreign policy\u2019\n"
    )
    assert link_list_lines(body) == frozenset({2, 3, 7, 8})
    drafted = _drafted(body)
    assert not any("Western Sahara" in text or "title deeds" in text or "balanced foreign policy" in text for text in drafted)
    assert any(text.startswith("The itinerary includes visits to Emperor Naruhito") for text in drafted)


def test_a_heading_over_report_lines_ending_as_sentences_heads_no_list() -> None:
    body = "Most Popular\nThe two leaders signed four agreements on energy and trade in Bangkok on Thursday.\n"
    assert link_list_lines(body) == frozenset()
    broken = "More To Read\nHe said that despite the increase in bilateral trade, South Africa wanted to\nnarrow its deficit.\n"
    assert link_list_lines(broken) == frozenset()


def test_a_list_after_a_report_line_is_no_list_of_links() -> None:
    body = (
        "Also read\n"
        "This message holds special importance given Cyprus' ongoing conflict with Turkiye.\n"
        "- Modi and Christodoulides agreed a roadmap for the India-Cyprus partnership to 2029\n"
    )
    assert link_list_lines(body) == frozenset()


def test_a_paywall_boxs_offer_is_chrome_and_a_reported_price_is_not() -> None:
    # A subscription box printed between a lede and the rest of a Canadian report (intake_final106): each line has a
    # price or a term, so each passed as a claim.
    for line in (
        "$1 per week for 24 weeks*",
        "$4.75/week*",
        "$1 for the first 4 weeks*",
        "Billed as $4.00 plus GST every four weeks",
        "After 24 weeks, price increases to the regular rate of $19.00 plus GST every four weeks",
        "$1 will be added to your next bill",
        "After your 4 weeks access is complete your rate will increase by $0.00 a X percent off the regular rate",
        "Access News Break, our award-winning app",
        "Offer available to new and qualified returning subscribers only",
    ):
        assert is_page_chrome(line), line
    for line in (
        "Workers earn $300 a month in the garment factories, the minister said.",
        "India will invest $5 billion a year in the project until 2030.",
        "$2 billion a year in trade now passes through the port, officials said.",
        "Access to the port was agreed on Tuesday.",
    ):
        assert not is_page_chrome(line), line


def test_the_report_around_a_paywall_box_is_still_drafted() -> None:
    box = "To continue reading, please subscribe:\nMonthly Digital Subscription\n$1 per week for 24 weeks*\n"
    drafted = _drafted(f"{_REPORT}\n{box}Billed as $4.00 plus GST every four weeks. Cancel any time.\n")
    assert not any("$" in text for text in drafted)
    assert any(text.startswith("On Sunday, both Prime Ministers will join the G7 summit") for text in drafted)
