"""A photo's caption gives the page neither its place nor its headline: a caption opened by its label in capitals
("IMAGE: …") is no dateline, and a caption written as a whole sentence in the present ("… speaks to the media …
during his visit") is no headline.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.header import headline_like
from briefgen.ingest.meta import find_dateline
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize("label", ["IMAGE", "CAPTION", "SOURCE", "CREDIT"])
def test_a_caption_label_in_capitals_is_no_place(label: str) -> None:
    paragraphs = [
        "President Anna Vell on Sunday met Prime Minister Rask in the capital to discuss trade and shipping.",
        f"{label}: President Anna Vell greets Prime Minister Rask in Port Avel, June 25, 2023. Photograph: Kestrel Photo",
        "The two leaders signed a memorandum on port cooperation after their talks, the ministry said.",
    ]
    assert "place" not in find_dateline(paragraphs)


def test_a_place_in_capitals_before_a_colon_is_still_a_dateline() -> None:
    found = find_dateline(["PORT AVEL: President Anna Vell on Sunday met Prime Minister Rask to discuss trade."])
    assert found["place"].value == "Port Avel"


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Anna Vell speaks to the media from Port Avel during her Westmark visit", False),
        ("President Anna Vell inspects a guard of honour at the start of her state visit", False),
        ("Vell speaks to media in Port Avel", True),
        ("Vell visits the Harbour Palace on her Westmark tour", True),
        ("Rask says the deal is his best work yet", True),
        ("Vell thanks Rask for his hospitality", True),
    ],
)
def test_a_whole_sentence_in_the_present_is_no_headline(line: str, headline: bool) -> None:
    assert headline_like(line) is headline


def test_sources_add_reads_no_headline_or_place_from_captions(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Anna Vell speaks to the media from Port Avel during her Westmark visit\n\n"
        "President Anna Vell told Westmark's premier she wished she could stay longer, before flying home tonight.\n\n"
        "IMAGE: President Anna Vell and Premier Rask exchange gifts at the museum. Photograph: Kestrel Photo\n\n"
        "The visit has been covered widely in the Westmark press, a good sign for trade, officials said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/world/vell-wishes-she-could-stay-longer-1822")
    assert fields.get("title", "") == ""
    assert fields.get("place", "") in ("", None)


@pytest.mark.parametrize("label", ["Above", "Below", "Pictured"])
def test_a_captions_word_for_where_the_photo_stands_is_no_place(label: str) -> None:
    paragraphs = [
        f"{label}: Westmark Foreign Minister Anna Vell (Kestrel Photo/Tom Rask)",
        "By the Westmark Journal staff",
        "Westmark Foreign Minister Anna Vell began an official visit to Eastmark this weekend.",
    ]
    assert "place" not in find_dateline(paragraphs)


def test_a_caption_behind_the_camera_icons_name_leaves_the_headline_above_it(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell reaffirms Westmark's change of position on the border issue before King Rask\n\n"
        "Eastmark habla de nueva etapa con respeto mutuo\n\n"
        "photo_camera PHOTO/KESTREL - King Rask receives the President of Westmark, Anna Vell, at the Royal Palace\n\n"
        "King Rask of Eastmark received the President of Westmark, Anna Vell, at the Royal Palace in Port Avel on Thursday"
        " to begin a new stage in bilateral relations.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.kestrel.example/en/articulo/politics/new-stage/20220407222810155899.html")
    assert fields["title"] == "Vell reaffirms Westmark's change of position on the border issue before King Rask"


def test_a_caption_labelled_in_brackets_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "(Picture caption: The Ostland delegation to Velmora performs a song for the Velmoran Government officials.)\n\n"
        "A delegation led by Prime Minister Anna Vell journeyed to Port Avel to celebrate the anniversary of the treaty "
        "of friendship between the two countries.\n\nThe treaty was signed in 1962.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == ""


def test_a_press_release_label_over_the_title_is_not_the_headline(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Press Release\n\nVisit to Ostland by Minister of Foreign Affairs of the Kingdom of Velmora\n\n"
        "At the invitation of the Minister of Foreign Affairs of Ostland, the Velmoran Foreign Minister paid an official "
        "visit to Ostland on 27 June.\n\nThe two ministers discussed trade and border crossings.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == "Visit to Ostland by Minister of Foreign Affairs of the Kingdom of Velmora"


def test_a_line_cut_where_its_paragraph_was_wrapped_is_no_headline() -> None:
    assert not headline_like("In the letter he sent to parliament about this trip, the")
    assert headline_like("Vell heads to Velmora for talks on the ferry")


def test_a_line_cut_after_a_possessive_word_is_no_headline() -> None:
    # A hard-wrapped lede's first line (Red Pepper's copy, invented names): the possessive's noun is on the next line.
    assert not headline_like("President Anna Vell on Wednesday said as part of his")
    assert not headline_like("The two ministers reviewed the progress of their")
    assert headline_like("Vell praises her")  # "her" may be the object, and is left alone
