"""A ticker's label, a list of the sections a post is filed under, a photo's credit and a verbless caption are site
furniture, never the headline ``sources add`` archives; made-up pages and sites."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.sitelabels import site_label_kind
from tests.ingest.dry_run import dry_add

LEDE = (
    "VOSTROGRAD, May 3 (OPA) - Ostland agreed on Friday to give Velmora two ferry terminals worth 60 million crowns as "
    "the countries deepen their cooperation at sea.\n\n"
    "The agreement was struck at a meeting of the two transport ministers.\n"
)


def test_a_tickers_label_over_the_dateline_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, "News Flash\n\n" + LEDE, None)
    assert fields["title"] == ""
    assert "News Flash" not in fields["body"] and fields["body"].startswith("VOSTROGRAD, May 3")


def test_the_list_under_a_categories_heading_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    page = "Categories\n-Top News Ostland Velmora News\n\nOstland, Velmora deepen sea ties\n\n" + LEDE
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == "Ostland, Velmora deepen sea ties"
    assert "Top News" not in fields["body"]


def test_a_photo_credit_and_caption_glued_to_the_date_line_are_no_headline(mini_project: Path, tmp_path: Path) -> None:
    page = " date 2024-05-03 Harbour Post file photo\n\nThe Ostland transport minister speaks in Vostrograd in April 2023.\n\n"
    fields = dry_add(mini_project, tmp_path, page + LEDE, None)
    assert fields["title"] == ""
    assert "file photo" not in fields["body"]


def test_a_verbless_caption_of_who_stands_with_whom_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    page = " date 2024-05-03 PM Rask with the Velmoran PM In Vostrograd\n\n" + LEDE
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == ""
    assert fields["body"].startswith("VOSTROGRAD, May 3")


def test_headlines_with_a_verb_are_not_labels() -> None:
    assert site_label_kind("Leaders pose for photo") is None
    assert site_label_kind("Rask meets Vell in Vostrograd") is None
    assert site_label_kind("Breaking ground on the new port") is None
    assert site_label_kind("Jan Rask/Olev Vell Summit") is None
    assert site_label_kind("Rask Meets with Vell in Vostrograd") is None
    assert site_label_kind("Vell Holds Talks with the Ostland PM at Port Avel") is None
    assert site_label_kind("PM Rask with the Velmoran PM In Vostrograd") == "photo caption"


@pytest.mark.parametrize(
    "first",
    [
        "Rask and Vell at the harbour Image: Vostrograd Port Authority via OPA",
        "PM Rask. (Image Credit: Rask's office). Image Credit: OPA |",
        "Jan Kowal/The Harbour Post",
        "Report This Content",
    ],
)
def test_credited_captions_credit_lines_and_report_links_are_no_headline(mini_project: Path, tmp_path: Path, first: str) -> None:
    fields = dry_add(mini_project, tmp_path, f"{first}\n\nOstland, Velmora deepen sea ties\n\n" + LEDE, None)
    assert fields["title"] == "Ostland, Velmora deepen sea ties"
    assert first not in fields["body"]


def test_headlines_with_a_slash_or_a_photo_label_first_are_not_credits() -> None:
    assert site_label_kind("Rask/Vell talks end in Vostrograd") is None
    assert site_label_kind("Photos: Rask meets Vell in Vostrograd") is None
    assert site_label_kind("Report says Ostland ferry deal is near") is None


def test_a_caption_behind_its_pictures_source_label_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    # A share bar's "Follow us on" glued to the label, and a caption ending in a full stop over a dateline: the shape
    # a headline written as a sentence would have, but a headline never opens by saying where its picture came from.
    page = " date 2024-05-03 Follow us on Image Source : OPA PM Rask greets the Velmoran PM at the harbour.\n\n"
    fields = dry_add(mini_project, tmp_path, page + LEDE, None)
    assert fields["title"] == ""
    assert "Image Source" not in fields["body"] and fields["body"].startswith("VOSTROGRAD, May 3")


def test_a_headline_about_a_pictures_source_is_no_caption() -> None:
    assert site_label_kind("Image sources of the summit questioned by fact-checkers") is None
    assert site_label_kind("Image Source : OPA PM Rask at the harbour") == "photo caption"


def test_a_row_of_the_sites_menu_glued_to_the_date_line_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    text = " date 2024-07-05 World Ostland Society Opinion Science Sport Incidents Business\n" + LEDE
    fields = dry_add(mini_project, tmp_path, text, "https://harbourtimes.example/news/ferry-terminals")
    assert fields["title"] == ""
    assert fields["body"].startswith("VOSTROGRAD, May 3 (OPA)")


@pytest.mark.parametrize(
    "line",
    [
        "Ostland Business Leaders Meet Westmark Energy Ministers",  # a title-case headline: most words name no section
        "World News and Opinion from Ostland",  # a small word joins them
    ],
)
def test_a_title_case_headline_of_section_words_is_no_menu_row(line: str) -> None:
    assert site_label_kind(line) is None


def test_a_pictures_label_and_its_owner_after_a_bar_is_a_credit(mini_project: Path, tmp_path: Path) -> None:
    assert site_label_kind("Images | Akorda") == "photo credit"
    assert site_label_kind("Photo | Harbour Agency") == "photo credit"
    assert site_label_kind("Photos | Rask meets Vell in Vostrograd") is None  # a sentence after the bar
    fields = dry_add(mini_project, tmp_path, "Images | Akorda\n\n" + LEDE, None)
    assert fields["title"] == ""
    assert "Images | Akorda" not in fields["body"]


def test_a_posts_categories_run_together_are_no_headline(mini_project: Path, tmp_path: Path) -> None:
    assert site_label_kind("BlogFeatured ArticlesPress Statement") == "menu"
    assert site_label_kind("Duncan MurrayNCA NewsWire") is None  # a byline run into its agency's initials
    assert site_label_kind("McCain Meets DeSantis") is None  # one small letter before each inner capital
    text = "BlogFeatured ArticlesPress Statement\n\nJoint Statement of the 12th Ostland – Westmark Annual Consultation\n\n" + LEDE
    fields = dry_add(mini_project, tmp_path, text, None)
    assert fields["title"] == "Joint Statement of the 12th Ostland – Westmark Annual Consultation"


def test_a_row_of_icon_labels_is_no_run_of_categories() -> None:
    assert site_label_kind("ArrowIcon ShareIcon MailIcon PrintIcon") is None
