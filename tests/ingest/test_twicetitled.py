"""A headline printed twice above the article's text is the headline, and the short lines above its first copy are
page furniture; made-up pages and sites."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.text import Part
from briefgen.ingest.twicetitled import headline_printed_twice
from tests.ingest.dry_run import dry_add

TITLE = "Ostland and Velmora sign ferry deal, open two new sea routes"
LEDE = (
    "VOSTROGRAD -- Ostland and Velmora signed a ferry agreement on Friday that opens two new sea routes between "
    "their ports, the transport ministry said."
)
PAGE = f"Stay in touch\n\nTransport\n\n{TITLE}\n\nMira Kolev\n\nPublished\n\n{TITLE}\n\n{LEDE}\n\nThe routes open in May.\n"


def test_the_title_printed_twice_is_the_headline_not_the_label_above_it(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, PAGE, None)
    assert fields["title"] == TITLE
    assert TITLE not in fields["body"] and "Stay in touch" not in fields["body"]
    assert fields["body"].count("signed a ferry agreement") == 1


def test_a_headline_as_long_as_the_repeated_line_is_kept() -> None:
    part = Part(headline=TITLE, paragraphs=["Ferry deal opens two routes to the north", "Ferry deal opens two routes to the north", LEDE])
    assert headline_printed_twice(part).headline == TITLE


def test_a_short_line_printed_twice_is_no_title() -> None:
    part = Part(headline="Stay in touch", paragraphs=["Published", "Mira Kolev", "Published", LEDE])
    assert headline_printed_twice(part).headline == "Stay in touch"


def test_a_line_printed_twice_below_the_first_paragraph_is_no_title() -> None:
    part = Part(headline="Stay in touch", paragraphs=[LEDE, TITLE, "Mira Kolev", TITLE])
    assert headline_printed_twice(part).headline == "Stay in touch"


def test_a_photo_caption_printed_twice_does_not_displace_the_headline() -> None:
    # The picture's caption, with its credit after a slash, is shown twice under the headline (as alt text and as the
    # caption); a caption is never the title, whatever its length.
    caption = "The two ministers at the signing ceremony in the port of Vostrograd / photo courtesy: Press Office"
    part = Part(headline="Ostland, Velmora sign ferry deal", paragraphs=[caption, caption, LEDE])
    assert headline_printed_twice(part).headline == "Ostland, Velmora sign ferry deal"


STOPPED_TITLE = "President of Ostland H.E. Anna Vell pays an official visit to the Republic of Velmora."


def test_a_title_closed_by_a_full_stop_printed_twice_at_the_top_is_the_headline(mini_project: Path, tmp_path: Path) -> None:
    page = (
        f"{STOPPED_TITLE}\n\n{STOPPED_TITLE}\n\n"
        "President of Ostland H.E. Anna Vell, who pays an official visit to Velmora on February 25, 2024, was greeted "
        "with an official ceremony by the President of Velmora.\n\nSeveral agreements are planned to be signed.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == STOPPED_TITLE
    assert STOPPED_TITLE not in fields["body"]


def test_a_lede_or_caption_printed_twice_with_commas_is_no_title() -> None:
    lede = "President Anna Vell, yesterday, arrived in Port Avel for a two-day State visit."
    part = Part(headline=None, paragraphs=[lede, lede, "The two leaders held talks on trade and transport links."])
    assert headline_printed_twice(part).headline is None


def test_the_last_crumb_of_a_bulleted_trail_and_the_title_below_it_are_one_title(mini_project: Path, tmp_path: Path) -> None:
    trail = f"Since 1975\n\n  • facebook\n\n  • Home\n\n  • World\n\n  • {TITLE}\n\n"
    fields = dry_add(mini_project, tmp_path, f"{trail}{TITLE}\n\nNovember 8, 2024 10:02 GMT\n\n{LEDE}\n\nThe routes open in May.\n", None)
    assert fields["title"] == TITLE
    assert fields["published"] == "2024-11-08"  # the stamp below the title is still read as the page's
    assert "facebook" not in fields["body"] and "Since 1975" not in fields["body"]


def test_a_ticker_of_bulleted_lines_printed_twice_gives_no_title() -> None:
    ticker = ["• ABC/USD = 0.01144 0%", "• DEF/USD = 0.00203 0%", "• ABC/USD = 0.01144 0%", "• DEF/USD = 0.00203 0%"]
    part = Part(headline=None, paragraphs=[*ticker, TITLE, LEDE])
    assert headline_printed_twice(part).headline is None


def test_a_bare_date_under_a_title_printed_twice_below_site_furniture_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    """MIDA's page (intake_final152): the site's buttons and labels above the title block, the title twice, then the
    day alone on its line over the lede.  The lines above the title are no paragraphs of the story, so the day stands
    at its top."""
    page = (
        f"English\n\ncontrastBtn oku-icon\n\n|\n\nplusBtn crossBtn minusBtn\n\n|\n\nThis site\n\nis mobile\n\nresponsive\n\n"
        f"sticky-logo\n\n{TITLE}\n\n{TITLE}\n\n10 Mar 2024\n\n{LEDE}\n\nThe routes open in May.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, None)
    assert (fields["title"], fields["published"]) == (TITLE, "2024-03-10")


def test_a_title_case_title_with_a_comma_printed_twice_is_the_headline(mini_project: Path, tmp_path: Path) -> None:
    title = "During the Minister’s First Visit to Port Avel, Ostland and Westmark Sign Ten Agreements for Cooperation."
    lede = (
        "PORT AVEL: On Tuesday, when the Foreign Minister of Ostland, Anna Rask, paid her first official visit to Port Avel, "
        "the two countries signed ten agreements for collaboration."
    )
    fields = dry_add(mini_project, tmp_path, f"{title}\n\n{title}\n\n{lede}\n", None)
    assert fields["title"] == title
    assert fields["body"].count(title) == 0


def test_a_sentence_printed_twice_under_a_photo_s_credit_is_its_caption(mini_project: Path, tmp_path: Path) -> None:
    caption = "The Foreign Minister of Ostland lays a wreath at the base of the Westmark Friendship Monument."
    lede = "The Foreign Minister of Ostland, Anna Rask, arrived in Port Avel on Tuesday for two days of talks, her office said."
    page = f"Photo by: Ivo Dahl\n{caption}\n{caption}\n15 November 2010 20:33 Mara Quist\n{lede}\nThe talks end on Wednesday.\n"
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] != caption
