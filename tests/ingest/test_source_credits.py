"""A credit line between the photo and the story ("Source: Reuters", "The Canadian Press", "By Jane Doe, The
Canadian Press") and a bare link label ("Read more") never head a second article: the page is cut
into one article.  A real second article after them still counts.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.sourcecredits import credit_kind
from briefgen.ingest.text import clean_page, furniture_kind
from tests.ingest.dry_run import dry_add

HEADLINE = "Vell and Dalen agree a weekly ferry link"
CAPTION = "The harbour master of Vell greets the Dalen delegation at the quay in Vell on March 3, 2024."
LEDE = "The harbour boards of Vell and Dalen agreed on Tuesday to open a weekly ferry link from next spring, their chairmen said."
SECOND = "The link will carry passengers and freight between the two ports, the statement said."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Source: REUTERS", "credit line"),
        ("Source: Xinhua", "credit line"),
        ("Image credit: ANI", "credit line"),
        ("Courtesy of Xinhua", "credit line"),
        ("Photo: AFP / Getty Images", "credit line"),
        ("Image: Reuters/Ana Berg", "credit line"),
        ("Reuters", "credit line"),
        ("The Canadian Press", "credit line"),
        ("Staff Writers", "credit line"),
        ("By Staff Reporter", "credit line"),
        ("Our Correspondent", "credit line"),
        ("Web Desk", "credit line"),
        ("Read more", "link line"),
        ("Continue reading…", "link line"),
        ("Source says ferry talks have stalled", None),
        ("Source Says Ferry Talks Stalled", None),
        ("Sources: Vell Set To Sign Ferry Deal", None),
        ("Photos: Vell Welcomes Dalen Ferry", None),
        ("Staff Writers Walk Out at Vell Daily", None),
    ],
)
def test_credits_and_link_labels_are_told_from_headlines(line: str, kind: str | None) -> None:
    assert credit_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [("By Jane Doe, The Canadian Press", "byline"), ("By Jane Doe, Reuters", "byline"), ("By Tuesday Night, Ferry Talks Collapse", None)],
)
def test_a_byline_naming_its_agency_is_a_byline(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("credit", ["Source: REUTERS", "By Jane Doe, The Canadian Press"])
def test_a_credit_under_the_photo_heads_no_second_article(credit: str) -> None:
    page = clean_page(f"{HEADLINE}\n\n{CAPTION}\n\n{credit}\n\nBy Ana Berg\n\nPosted March 3, 2024 6:00 am.\n\n{LEDE}\n\n{SECOND}\n")
    [part] = page.parts
    assert part.headline == HEADLINE
    assert part.paragraphs[-2:] == [LEDE, SECOND]


def test_a_second_article_after_a_credit_still_counts() -> None:
    other = "Sylvania's central bank kept its main rate at four per cent on Friday, citing slowing prices at home."
    page = clean_page(
        f"{HEADLINE}\n\nSource: REUTERS\n\n{LEDE}\n\n{SECOND}\n\nSylvania central bank holds rates steady\n\nNovember 21, 2022\n\n{other}\n"
    )
    assert [p.headline for p in page.parts] == [HEADLINE, "Sylvania central bank holds rates steady"]


def test_a_video_player_heads_no_second_article() -> None:
    clip = "Vell harbour opens its new ferry terminal"
    page = clean_page(f"{HEADLINE}\n\n{LEDE}\n\n02:04\n\n{clip}\n\n{clip}\n{SECOND}\n")
    [part] = page.parts
    assert part.paragraphs == [LEDE, SECOND]
    assert [r.text for r in part.removed_of("video player")] == ["02:04", clip, clip]


def test_a_title_printed_once_after_a_time_still_heads_an_article() -> None:
    other = "Sylvania's central bank kept its main rate at four per cent on Friday, citing slowing prices at home."
    page = clean_page(f"{HEADLINE}\n\n{LEDE}\n\n{SECOND}\n\n14:05\n\nSylvania central bank holds rates steady\n\nBy Ana Berg\n\n{other}\n")
    assert [p.headline for p in page.parts] == [HEADLINE, "Sylvania central bank holds rates steady"]


def test_a_byline_with_its_agency_keeps_the_agency_as_its_author(mini_project: Path, tmp_path: Path) -> None:
    page = "Vell and Dalen open a ferry link\n\nBy Jan Kowal, The Associated Press\n\n" + LEDE + "\n"
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["author"] == "Jan Kowal, The Associated Press"
    assert "Associated Press" not in fields["body"]


def test_a_staff_byline_under_the_standfirst_heads_no_second_article() -> None:
    standfirst = "The harbour boards of two islands settle a dispute that had stalled the ferry for a year."
    caption = "The harbour master of Vell greets the Dalen delegation at the quay, March 3. Photo: Vell Daily"
    header = f"- Advertisement -\n\n{HEADLINE}\n\n{standfirst}\n\nStaff Writers\n2 minute read\n{caption}\n{caption}"
    page = clean_page(f"{header}\n\n{LEDE}\n\n{SECOND}\n")
    [part] = page.parts
    assert part.headline == HEADLINE
    assert part.paragraphs[-2:] == [LEDE, SECOND]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("NBC News  / PNG Today", "credit line"),  # a reprint's sources, one of them a "… News"
        ("Vell Today / Reuters", "credit line"),  # or a wire agency
        ("Ferries / Freight", None),  # two words of a section's label: no outlet named
        ("Vell Harbour Board / Dalen Port Authority", None),
    ],
)
def test_the_outlets_a_reprint_names_are_a_credit(line: str, kind: str | None) -> None:
    assert credit_kind(line) == kind


def test_a_reprints_sources_and_a_blogs_footer_head_no_second_article() -> None:
    page = clean_page(
        f"Header Ads\n\n{HEADLINE}\n\n{LEDE}\n\n{SECOND}\n\nNBC News  / PNG Today\n\n"
        "Next : Dalen port board appoints a new chairman\n\nNo comments\n\nPowered by Blogger.\n"
    )
    [part] = page.parts
    assert part.headline == HEADLINE
    assert part.paragraphs[:2] == [LEDE, SECOND]
    assert {r.kind for r in part.removed if r.text in {"Header Ads", "Powered by Blogger."}} == {"blog furniture"}


def test_a_blog_s_via_credit_over_the_copied_stamp_heads_no_second_article(mini_project: Path, tmp_path: Path) -> None:
    # A blog's reprint: the photo's credit, its caption printed twice, where the blog took it from ("via KNA"), then the
    # copied story's stamp and writer over its text.
    caption = "The harbour master of Vell lays a wreath at the base of the Dalen Friendship Monument."
    text = (
        f"Photo by: Ivo Rask\n{caption}\n{caption}\nvia KNA\nMonday, 15 November 2010 20:33 Mara Quist\n"
        f"{LEDE}\n{SECOND}\nThe harbour boards will meet again in May to fix the timetable, the chairmen said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "http://vellnews.blogspot.com/2010/11/ferry-link.html")
    assert fields["published"] == "2010-11-15"
    assert fields["body"].count(LEDE) == 1


@pytest.mark.parametrize("line", ["via KNA", "via Reuters"])
def test_a_via_credit(line: str) -> None:
    assert credit_kind(line) == "credit line"


@pytest.mark.parametrize("line", ["Via Rail Dalen cuts two routes", "via the harbour road, the ferry reaches Vell"])
def test_no_via_credit(line: str) -> None:
    assert credit_kind(line) is None
