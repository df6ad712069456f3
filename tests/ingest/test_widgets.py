"""Widgets, loading messages and teaser lists are page furniture, not articles of their own (made-up pages)."""

from __future__ import annotations

import pytest

from briefgen.ingest.text import clean_page, furniture_kind
from briefgen.ingest.widgets import is_list_heading

_LEDE = "The ministers of Freedonia and Sylvania signed twelve agreements in Port Ellis on Tuesday, their offices said."
_SECOND = "Both sides agreed to open a consulate in the northern city of Varna before the end of next year."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Loading...", "loading message"),
        ("Loading…", "loading message"),
        ("No • 50%", "poll widget"),
        ("Yes - 12 %", "poll widget"),
        ("68% yes", "poll widget"),
        ("Browse all stories on Newsbeat", "navigation"),
        ("View original story", "navigation"),
        ("Load more stories", "navigation"),
        ("AA THUMBNAIL SYLVANIA / Port Ellis Daily", "thumbnail caption"),
        ("Loading docks at the port were closed for two days.", None),
        ("Yes, the talks will go on", None),
        ("Sylvania explores new trade routes", None),
        ("Facebook Twitter Pinterest LinkedIn Tumblr Email", "share link"),
        ("Facebook X (Twitter) LinkedIn Email Copy Link", "share link"),
        ("Facebook and Twitter removed the posts", None),
        ("Share this item via WhatsApp", "share link"),
        ("Share", "share link"),
        ("Share this item via WhatsApp whatsapp Share this item on Pocket pocket Share this item via Telegram telegram", "share link"),
        ("Share on Facebook", "share link"),
        ("Share this story on X", "share link"),
        ("Share your views on Telegram channels with us", None),
        ("Shares in Sylvania's port operator rose on Tuesday", None),
        ("Input your search keywords and press Enter.", "search box"),
        ("Hi, what are you looking for?", "search box"),
        ("Type above and press Enter to search. Press Esc to cancel.", "search box"),
        ("Search and hit enter...", "search box"),
        ("What are the two ministers looking for in the talks?", None),
        ("Delegates press ahead and enter the second round of talks", None),
        ("JavaScript is off. Please enable to view full site.", "script notice"),
        ("Please enable JavaScript in your browser to read this page", "script notice"),
        ("Officials said the JavaScript course enabled 300 students to find work", None),
        ("Saved articles", "bookmarks box"),
        ("You have not yet added any article to your bookmarks!", "bookmarks box"),
        ("Newsletter image", "newsletter box"),
        ("Subscribe to the Newsletter", "newsletter box"),
        ("Join 10k+ people to get notified about new posts, news and tips.", "newsletter box"),
        ("Do not worry we don't spam!", "newsletter box"),
        ("The two ministers saved articles of the treaty for a later round", None),
        ("Join 300 people at the forum to get notified of new visa rules, the embassy said.", None),
    ],
)
def test_widget_lines(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_aggregator_page_with_loading_lines_and_a_poll_is_one_article() -> None:
    page = clean_page(
        "Loading...\nLoading...\nBrowse all stories on Newsbeat\n"
        "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis\n"
        f"{_LEDE}\n{_SECOND}\nView original story\nMarkets\nNo • 50%\nYes • 50%\n"
        "Official announcements from either government or major news outlets\nYes • 50%\nNo • 50%\n"
    )
    assert len(page.parts) == 1
    assert page.parts[0].headline == "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis"
    assert page.parts[0].paragraphs[:2] == [_LEDE, _SECOND]
    kinds = {r.kind for r in page.parts[0].removed}
    assert {"loading message", "navigation", "poll widget"} <= kinds


def test_an_empty_bookmarks_box_and_a_newsletter_box_over_the_story_head_no_article() -> None:
    page = clean_page(
        "Search\n\nSaved articles\n\nYou have not yet added any article to your bookmarks!\n\nNewsletter image\n\n"
        "Subscribe to the Newsletter\n\nJoin 10k+ people to get notified about new posts, news and tips.\n\n"
        "Do not worry we don't spam!\n\nFreedonia and Sylvania Sign Twelve Agreements in Port Ellis\n\n"
        f"{_LEDE}\n\n{_SECOND}\n"
    )
    assert len(page.parts) == 1
    assert page.parts[0].headline == "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis"
    assert page.parts[0].paragraphs == [_LEDE, _SECOND]


def test_share_labels_under_a_caption_do_not_head_a_second_article() -> None:
    # A copied page keeps the share buttons' spoken labels; the first of them stood alone on its line and was taken
    # for the headline of a second article, so the page was refused as holding two.
    page = clean_page(
        "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis\n"
        "By A. Writer The Port Ellis Press\nThe two ministers ahead of the signing in Port Ellis on Tuesday.\n"
        "Share this item via WhatsApp\n\nShare\n\n"
        "Share this item via WhatsApp whatsapp Share this item on Pocket pocket Share this item via Telegram telegram\n\n"
        f"{_LEDE}\n\n{_SECOND}\n"
    )
    assert len(page.parts) == 1
    assert page.parts[0].headline == "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis"
    assert page.parts[0].paragraphs[-2:] == [_LEDE, _SECOND]
    assert "share link" in {r.kind for r in page.parts[0].removed}


def test_teaser_list_under_a_thumbnail_caption_is_not_a_second_article() -> None:
    page = clean_page(
        "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis\n"
        f"{_LEDE}\nAA THUMBNAIL SYLVANIA / Port Ellis Daily\nMarch 3, 2024\n"
        "Latest Stories\nFloods close the northern highway for a week\nCentral bank holds its rate at four percent\n"
        "Football: Varna wins the cup after extra time\n"
    )
    assert len(page.parts) == 1
    assert page.parts[0].paragraphs == [_LEDE]
    assert [r.text for r in page.parts[0].removed if r.kind == "teaser"][-1] == "Football: Varna wins the cup after extra time"


def test_a_page_of_two_real_articles_still_has_two_parts() -> None:
    page = clean_page(
        "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis\nShare\n"
        f"{_LEDE}\n{_SECOND}\n"
        "Sylvania Opens a New Rail Line to the Coast\nShare\n"
        "The new line cuts the journey from the capital to the coast to three hours, the rail company said on Monday.\n"
    )
    assert [p.headline for p in page.parts] == [
        "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis",
        "Sylvania Opens a New Rail Line to the Coast",
    ]


def test_a_part_with_no_sentence_is_furniture_of_the_article() -> None:
    page = clean_page(
        "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis\nShare\n"
        f"{_LEDE}\n"
        "More From Our Desk\nShare\nFloods close the northern highway\nCentral bank holds its rate\n"
    )
    assert len(page.parts) == 1
    assert any(r.kind == "furniture part" for r in page.parts[0].removed)


def test_an_articles_last_paragraphs_are_kept_when_they_are_sentences() -> None:
    page = clean_page(f"Freedonia and Sylvania Sign Twelve Agreements in Port Ellis\n{_LEDE}\n{_SECOND}\n")
    assert page.parts[0].paragraphs == [_LEDE, _SECOND]


_MENU_THEN_REPORT = """Close Menu
    What's Hot

    Freedonia Minister Begins Visit to Sylvania Tuesday

    March 17, 2026

    Port Ellis Mayor Faces Fraud Trial as Prosecutors Present Bank Records

    March 17, 2026

    Varna and Ostia Fined Over Crowd Trouble in Cup Qualifier

    March 16, 2026

    Subscribe to Updates

    Get the latest news from the Ellis Courier about politics, business and sport.

    Facebook X (Twitter) Instagram
    Ellis Courier
    • Get In Touch
    • Business
    • Economy
    • Health
    Subscribe
    Ellis Courier
    News

    Freedonia Minister Begins Visit to Sylvania Tuesday

    Share

    The foreign minister of Freedonia will leave the capital on Tuesday for a three-day visit to Sylvania, her office said.

    She will meet the Sylvanian president in Port Ellis on Wednesday, the first such visit in twelve years.
"""


def test_a_menu_of_other_headlines_above_the_report_is_not_an_article() -> None:
    page = clean_page(_MENU_THEN_REPORT)
    assert len(page.parts) == 1
    assert page.parts[0].headline == "Freedonia Minister Begins Visit to Sylvania Tuesday"
    assert page.parts[0].paragraphs == [
        "The foreign minister of Freedonia will leave the capital on Tuesday for a three-day visit to Sylvania, her office said.",
        "She will meet the Sylvanian president in Port Ellis on Wednesday, the first such visit in twelve years.",
    ]
    removed = [r.text for r in page.parts[0].removed]
    assert "What's Hot" in removed
    assert "Port Ellis Mayor Faces Fraud Trial as Prosecutors Present Bank Records" in removed


def test_sentences_under_a_list_heading_are_still_an_article() -> None:
    page = clean_page(
        "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis\nShare\n"
        f"{_LEDE}\n{_SECOND}\n"
        "Latest News\nShare\n"
        "The new line cuts the journey from the capital to the coast to three hours, the rail company said on Monday.\n"
    )
    assert [p.headline for p in page.parts] == ["Freedonia and Sylvania Sign Twelve Agreements in Port Ellis", "Latest News"]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("What's Hot", True),
        ("Trending Now", True),
        ("Most Read", True),
        ("Editor’s Picks", True),
        ("Latest Stories:", True),
        ("Latest Trade Deal Signed in Port Ellis", False),
        ("Top Envoy Quits", False),
        ("Hot Weather Closes Schools", False),
    ],
)
def test_list_headings(line: str, heading: bool) -> None:
    assert is_list_heading(line) is heading


def test_a_search_boxs_prompt_above_the_headline_is_not_an_article_of_its_own() -> None:
    # The prompt is a sentence, so it read as a first article's text and the page as holding two.
    page = clean_page(
        "Input your search keywords and press Enter.\n\n"
        "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis\n\n"
        f"{_LEDE}\n\n{_SECOND}\n"
    )
    assert len(page.parts) == 1
    assert page.parts[0].headline == "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis"
    assert page.parts[0].paragraphs == [_LEDE, _SECOND]
    assert "search box" in {r.kind for r in page.parts[0].removed}


def test_a_furniture_part_keeps_its_own_removed_lines_in_the_notes_in_the_page_order() -> None:
    # A box of follow buttons at the foot, with the page's stamp under it: the stamp is furniture of the box, and the
    # archived source's notes must still name it (the body lost it).
    page = clean_page(
        "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis\nShare\n"
        f"{_LEDE}\n{_SECOND}\n"
        "Follow us on: Facebook, Twitter, Instagram\n"
        "Join our channel and stay updated with the latest headlines\n"
        "Published: 09 Oct 2023, 8:36 AM\n"
    )
    assert len(page.parts) == 1
    tail = [r.text for r in page.parts[0].removed if r.kind == "furniture part"]
    assert tail == [
        "Follow us on: Facebook, Twitter, Instagram",
        "Join our channel and stay updated with the latest headlines",
        "Published: 09 Oct 2023, 8:36 AM",
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Editor's PickPower and Politics", "section label"),  # a list's heading run into a section's name
        ("Top StoriesHarbour News", "section label"),
        ("Trending NowFreedonia and Sylvania sign twelve agreements in Port Ellis on Tuesday", None),  # a headline glued on
        ("McAllister opens the Port Ellis ferry terminal", None),
    ],
)
def test_a_list_heading_glued_to_a_section_name_is_a_label(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_a_teaser_list_cut_off_the_foot_is_recorded_below_the_story() -> None:
    """The rules that read a page's top look at the removed lines above the first paragraph: a teaser list cut off
    the foot of the story must not read as one of them."""
    page = clean_page(
        "Freedonia and Sylvania Sign Twelve Agreements in Port Ellis\n"
        f"{_LEDE}\n{_SECOND}\n"
        "Floods close the northern highway for a week\nCentral bank holds its rate at four percent\n"
        "Football: Varna wins the cup after extra time\n"
    )
    part = page.parts[0]
    assert part.paragraphs == [_LEDE, _SECOND]
    teasers = [r for r in part.removed if r.kind == "teaser"]
    assert teasers[0].text == "Floods close the northern highway for a week"
    assert {r.after for r in teasers} == {2}
    assert [r.after for r in part.removed if r.kind == "headline"] == [0]
