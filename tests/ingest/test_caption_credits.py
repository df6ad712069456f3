"""Photo captions are never headlines: a caption closed by a bracketed credit ("(Photo: VNA)") heads no second
article, where a person stands or a social account's credit makes a line a caption, a whole sentence in the past is
no headline, and a caption between headline and byline keeps the headline.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.header import CAPTION, headline_like
from briefgen.ingest.text import clean_page
from tests.ingest.dry_run import dry_add

_BODY = [
    "Hanoi (VNA) - The two presidents held talks on Monday on trade, energy and education, the ministry said.",
    "They agreed to raise two-way trade and to open a new direct flight between the two capitals next year.",
    "The visiting president also met students at the university and laid a wreath at the monument.",
]


@pytest.mark.parametrize("credit", ["(Photo: VNA)", "(Photo: Reuters)", "(Image: AFP)", "(Photos: Jane Doe)"])
def test_captioned_photo_line_is_no_part_start(credit: str) -> None:
    caption = f"The talks between the two presidents in Hanoi on May 26 {credit}"
    page = clean_page("\n\n".join(["Two presidents hold talks in Hanoi", caption, *_BODY]) + "\n")
    assert len(page.parts) == 1
    part = page.parts[0]
    assert part.headline == "Two presidents hold talks in Hanoi"
    assert part.paragraphs == _BODY
    assert ("photo caption", caption) in [(r.kind, r.text) for r in part.removed]


def test_headline_without_credit_still_heads_its_article() -> None:
    page = clean_page("\n\n".join(["Two presidents hold talks in Hanoi (update)", *_BODY]) + "\n")
    assert [p.headline for p in page.parts] == ["Two presidents hold talks in Hanoi (update)"]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Ostland President Anna Vell (left) with PM Rask in Port Avel on Monday (October 7, 2024) | X (@OstlandMFA)", True),
        ("PM Rask (R) greets President Vell", True),
        ("Leaders at the harbour | @OstlandMFA", True),
        ("Ostland and Westmark sign currency swap", False),
        ("Westmark keeps its seat (left out of talks)", False),
    ],
)
def test_where_a_person_stands_or_a_social_credit_makes_a_caption(line: str, caption: bool) -> None:
    assert bool(CAPTION.search(line)) is caption
    assert headline_like(line) is not caption


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Ostland President Anna Vell received a ceremonial welcome at the Harbour Palace", False),
        ("Prime Minister Rask met the Westmark delegation in Port Avel", False),
        ("Ostland President Anna Vell receives ceremonial welcome at Harbour Palace", True),
        ("Currency swap signed as Vell and Rask meet in Port Avel", True),
        ("Vell welcomed as Ostland and Westmark open the harbour", True),
    ],
)
def test_a_whole_sentence_in_the_past_is_no_headline(line: str, headline: bool) -> None:
    assert headline_like(line) is headline


def test_sources_add_keeps_a_caption_sentence_out_of_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Ostland President Anna Vell received a ceremonial welcome at the Harbour Palace\n"
        "Port Avel: On a three-day visit to Westmark, Ostland President Anna Vell began her engagements this morning.\n"
        "The two sides signed four agreements on shipping and customs, the foreign ministry said in a statement.\n"
    )
    fields = dry_add(
        mini_project, tmp_path, text, "https://news.example/world/ceremonial-welcome-for-ostland-president-at-harbour-palace-1822"
    )
    assert fields.get("title", "") == ""


def test_a_caption_between_headline_and_byline_keeps_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Ostland and Westmark deepen cooperation during Vell's visit to Port Avel\n\n"
        "President Anna Vell, right, arrives for a signing ceremony in Port Avel, Wednesday May 29, 2024. (Jo Lind/Pool Photo)\n\n"
        "By Mara Quist, Kestrel Wire\n\n"
        "Posted May 29, 2024 8:17 am.\n\n"
        "PORT AVEL (KW) — Ostland and Westmark on Wednesday signed agreements deepening their cooperation on shipping.\n\n"
        "The agreements include a customs union and a new ferry line between the two capitals, the ministry said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/2024/05/29/ostland-and-westmark-deepen-cooperation/")
    assert fields["title"] == "Ostland and Westmark deepen cooperation during Vell's visit to Port Avel"
    assert fields["place"] == "Port Avel"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Ostland has faced power cuts at home because of record demand for winter heating. / Reuters", True),
        ("President Vell greets PM Rask at the harbour in Port Avel. Jane Doe / POOL / AFP", True),
        ("Vell hopes Westmark trip will boost trade / Reuters", False),
        ("The harbour opened in 2019. /PCS.", False),
    ],
)
def test_a_sentence_closed_by_a_slashed_credit_is_a_caption(line: str, caption: bool) -> None:
    assert bool(CAPTION.search(line)) is caption


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "Official welcome ceremony on Monday morning at Castille Place, Valletta, between Libya’s Prime Minister Fayez "
            "al-Sarraj and Prime Minister Robert Abela. Photo DOI",
            True,
        ),
        ("President Vell greets PM Rask at the harbour in Port Avel. Photo Jane Doe", True),
        ("Rask and Vell at the signing in Port Avel. PHOTO AFP", True),
        ("Vell's photo op: Westmark leader visits Ostland", False),
        ("The talks closed with a family photo. Photo op ends the summit", False),
    ],
)
def test_a_sentence_closed_by_a_photo_credit_is_a_caption(line: str, caption: bool) -> None:
    assert bool(CAPTION.search(line)) is caption


def test_sources_add_reads_no_headline_from_a_credited_caption(mini_project: Path, tmp_path: Path) -> None:
    caption = "Official welcome ceremony at Castille Place, Valletta, between Prime Minister Vell and Prime Minister Rask. Photo DOI"
    lede = "The Westmark Prime Minister on Monday arrived in Ostland for an official visit."
    fields = dry_add(mini_project, tmp_path, f" date 2020-07-06 {caption}\n\n{lede}\n", "https://news.example/vell-visit/")
    assert fields["title"] == ""
    assert fields["body"] == f"{lede}\n"


def test_headline_repeated_over_its_photo_below_the_standfirst_heads_no_second_article() -> None:
    headline = "Vell hopes Westmark trip will boost ties with the region"
    standfirst = "Anna Vell arrived in Port Avel on Monday on the first visit by an Ostland president in 11 years."
    caption = "Ostland has faced power cuts at home because of record demand for winter heating. / Reuters"
    page = clean_page("\n".join([headline, standfirst, headline, caption, "February 21, 2022", "", *_BODY]) + "\n")
    assert [p.headline for p in page.parts] == [headline]
    part = page.parts[0]
    assert part.paragraphs == [standfirst, *_BODY]
    assert ("photo caption", caption) in [(r.kind, r.text) for r in part.removed]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("President Vell with his Ostland counterpart at State House in Port Avel on Tuesday: Photo/State House Westmark", True),
        ("Rask and Vell at the signing in Port Avel: PHOTO/PSCU", True),
        ("Vell and Rask sign ferry pact: Photo/Video", False),
        ("Vell and Rask sign ferry pact: PHOTOS/VIDEO", False),
        ("Vell's visit in pictures: 20 photos from Port Avel", False),
        ("Westmark and Ostland sign photo/video exchange pact", False),
    ],
)
def test_a_caption_closed_by_a_slashed_photo_owner_after_a_colon_is_a_caption(line: str, caption: bool) -> None:
    assert bool(CAPTION.search(line)) is caption


def test_a_twice_printed_caption_with_its_photo_owner_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    headline = "List of 8 things Presidents Vell and Rask agreed on day 1 of the visit"
    caption = "President Vell with his Ostland counterpart at State House in Port Avel on Tuesday: Photo/State House Westmark"
    lede = "Ostland's President Anna Rask arrived in Westmark on Tuesday morning for her two-day official visit."
    text = (
        f"Inside Politics\n\n{headline}\n\nWednesday, May 5th, 2021 09:07 | By\nRask during state visit to Westmark\n"
        f"{caption}\n{caption}\n\n{lede}\n\nShe was welcomed at State House by President Vell.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.pd.example/news/list-of-8-things-75032/")
    assert (fields["title"], fields["published"]) == (headline, "2021-05-05")


def test_story_told_in_one_paragraph_with_its_sign_off_is_no_caption() -> None:
    # A page that runs the whole story as one paragraph closed by the agency's sign-off ("…-VNA") ends as a caption
    # does; at well over a hundred words it is the article, not a picture's line, and the page is archived.
    story = " ".join(_BODY * 4) + " The delegation then left for the next stop of the tour.-VNA"
    caption = "The two presidents at the press conference after talks (Photo: VNA)"
    page = clean_page(f"{caption}\n\n{story}\n")
    assert [part.paragraphs for part in page.parts] == [[story]]
    assert ("photo caption", caption) in [(r.kind, r.text) for r in page.parts[0].removed]


def test_short_line_with_a_sign_off_stays_a_caption() -> None:
    caption = "The two presidents shake hands before their talks in Hanoi on Monday. -VNA"
    page = clean_page("\n\n".join([caption, *_BODY]) + "\n")
    assert page.parts[0].paragraphs == _BODY


def test_a_story_in_one_paragraph_above_a_headline_is_kept_as_text() -> None:
    # Whether a line is a caption is asked in one way throughout the cut: the long paragraph with its sign-off is the
    # page's text, not a caption standing above the next headline, so none of its words is dropped.
    story = " ".join(_BODY * 4) + " The delegation then left for the next stop of the tour.-VNA"
    page = clean_page(f"{story}\n\nPresidents open the new embassy in Hanoi\n\n" + "\n\n".join(_BODY) + "\n")
    assert story in [paragraph for part in page.parts for paragraph in part.paragraphs]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("President Vell meets Prime Minister Rask at the harbour in Port Avel on Jan. 12.Jo Lind/The Kestrel Wire", True),
        ("Rask and Vell at the signing in Port Avel.Mara Quist/KW", True),
        ("The two sides signed a 50/50 joint venture on shipping in Port Avel on Monday.", False),
        ("Vell said.Westmark/Ostland talks go on", False),
    ],
)
def test_a_credit_glued_to_the_captions_full_stop_makes_a_caption(line: str, caption: bool) -> None:
    assert bool(CAPTION.search(line)) is caption


def test_sources_add_takes_a_caption_with_a_glued_credit_for_neither_headline_nor_body(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Skip to main content\n\n"
        "Open this photo in gallery:\n\n"
        "President Anna Vell meets Prime Minister Olaf Rask in Port Avel on Jan. 12.Jo Lind/The Kestrel Wire\n\n"
        "Ostland's President Anna Vell pressed Westmark on Thursday to supply liquefied gas to Port Avel.\n\n"
        "The two leaders, who met for three hours of talks, also agreed to open a ferry line next year.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, None)
    assert fields.get("title", "") == ""
    assert fields["body"].startswith("Ostland's President Anna Vell pressed Westmark")


@pytest.mark.parametrize(
    "caption",
    [
        "Anthony Albanese and Kausea Natano. — © ap",
        "Greek PM Kyriakos Mitsotakis welcomes Cypriot President Nicos Anastasiades at the Maximos Mansion in Athens, "
        "September 10, 2019. © Reuters / Alkis Konstantinidis",  # RT's page: the sign alone, the agency and photographer
        "The joint declaration commits the two nations to a long-term peace settlement after four decades of armed "
        "conflict that has left thousands dead. /REUTERS/Kevin Lamarque",
    ],
)
def test_copyright_and_slashed_agency_credits_close_a_caption(caption: str) -> None:
    assert CAPTION.search(caption) is not None
    assert CAPTION.search("Australia and Tuvalu sign a pact on climate and security") is None
