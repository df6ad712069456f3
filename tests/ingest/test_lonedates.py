"""A date alone on its line near the top dates a page that gives no other; a date in a sentence does not, and two
such lines that disagree give nothing.  The pages here are made up, but for one with trt.global's lines (half A)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.lonedates import date_alone
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("Aug 26, 2031", True),
        ("- Wednesday, 7 May 2031", True),
        ("June 16, 2031 9:24 PM", True),
        ("3. 4. 2031 16:33", True),
        ("08. Sep 2031.", True),  # a day with its full stop, the month in words (a Serbian ministry's date line)
        ("8. September 2031", True),
        ("Talks on 8. September 2031 in Port Avel", False),
        ("Talks on 3. 4. 2031 in Port Avel", False),
        ("Talks in Port Avel on June 16, 2031", False),
        ("Updated: June 16, 2031", False),
        ("Monday", False),
    ],
)
def test_a_date_line_holds_a_full_date_and_nothing_else(line: str, alone: bool) -> None:
    assert date_alone(line) is alone


def test_a_date_alone_in_the_pieces_details_dates_a_page_with_no_other_date(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell and Quist at a joint press conference in Port Avel\n\n"
        "On her first visit to Westmark, President Anna Vell said the two countries would deepen their partnership.\n\n"
        "- Transcript of press conference\n\n"
        "- Wednesday, 7 May 2031\n\n"
        "The talks on Monday focused on shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-and-quist-press-conference/")
    assert fields["published"] == "2031-05-07"
    assert "date alone on its line" in fields["notes"]


def test_a_date_within_a_sentence_leaves_the_page_undated(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell and Quist at a joint press conference in Port Avel\n\n"
        "On her first visit to Westmark, President Anna Vell said the two countries would deepen their partnership.\n\n"
        "The visit was first planned for Wednesday, 7 May 2031.\n\n"
        "The talks on Monday focused on shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-and-quist-press-conference/")
    assert fields["published"] == ""


def test_two_date_lines_that_disagree_give_no_date(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell and Quist at a joint press conference in Port Avel\n\n"
        "- Wednesday, 7 May 2031\n\n"
        "- Friday, 9 May 2031\n\n"
        "On her first visit to Westmark, President Anna Vell said the two countries would deepen their partnership.\n\n"
        "The talks on Monday focused on shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-and-quist-press-conference/")
    assert fields["published"] == ""


def test_a_date_line_below_the_standfirst_and_the_photos_caption_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "WORLD\n"
        "Egypt's Sisi, Saudi crown prince call for de-escalation in Middle East\n"
        "The meeting between Saudi Crown Prince Mohammed bin Salman and Egypt's President Sisi in Cairo focused on peace "
        "efforts in Gaza and Lebanon, as well as $5 billion investment to aid Egypt's economy.\n"
        "Egypt and Saudi Arabia agree on economic cooperation and peace efforts. / Photo: AFP\n"
        "October 15, 2024\n\n"
        "Saudi Arabia's Crown Prince Mohammed bin Salman met with Egyptian President Abdel Fattah el Sisi in Cairo, calling "
        "for regional de-escalation as Egypt prepares for a fresh $5 billion in Saudi investments.\n\n"
        "The pair reiterated calls for de-escalation and ceasefires in both Gaza and Lebanon, Sisi's office said.\n\n"
        "They also witnessed the formation of a high-level Saudi-Egyptian coordination council.\n\n"
        "Last month, the crown prince announced he had directed the kingdom's sovereign wealth fund to pump $5 billion in "
        "investments in Egypt as an initial phase.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://trt.global/world/article/18220511")
    assert fields["published"] == "2024-10-15"


def test_a_day_written_with_spaced_full_stops_dates_a_release(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Press Advisories\n\n"
        "3. 4. 2031 16:33\n\n"
        "Members of the Government met their Westmark counterparts. They discussed regional cooperation\n\n"
        "A meeting of the governments of Ostland and Westmark took place in Port Avel on Monday.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://government.example/en/media/members-of-the-government-met-204438/")
    assert fields["published"] == "2031-04-03"


def test_a_timed_stamp_right_above_the_headline_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "14 Mar 2031 15:41\n\n"
        "Presidents sign Westmark-Eastland treaty on allied relations\n\n"
        "PORT AVEL. Mar 14 (Wire) - President Anna Vell and her Eastland counterpart signed a treaty on allied relations "
        "following their talks.\n\n"
        "Vell described the signing of the document as historic.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://wire.example/newsroom/top-stories/105377/")
    assert fields["published"] == "2031-03-14"


def test_a_weekday_banner_with_a_time_above_the_headline_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Friday, March 14, 2031 3:58 pm\n\n"
        "Vell confirms Quist's visit to Westmark to strengthen the security agreement\n\n"
        "President Anna Vell confirmed that the Eastland minister would visit Port Avel to discuss the agreement.\n\n"
        "The talks will focus on shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://agency.example/vell-confirms-quist-visit/")
    assert fields["published"] == ""


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("2017-10-02 - 10:49 م", True),  # an Arab site's English edition keeps the Arabic mark of the afternoon
        ("2017-10-02 - 09:15 ص", True),
        ("2017-10-02 - 10:49 بعد الظهر", False),  # other Arabic words are no clock's mark
    ],
)
def test_the_arabic_marks_of_a_clock_are_a_date_lines_words(line: str, alone: bool) -> None:
    assert date_alone(line) is alone
