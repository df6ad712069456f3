"""Bylines in the shapes ``bylines`` reads, as the archived source shows them: a stamp with a reading time after it,
a "from NAME in PLACE" credit over the story, and a credit before an update stamp.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.add import add_source
from briefgen.ingest.article import AddOptions
from tests.ingest.dry_run import dry_add

BODY = (
    "The harbour boards of Vell and Dalen agreed on Tuesday to open a weekly ferry link from next spring, "
    "their chairmen said in a joint statement after a meeting that lasted four hours.\n\n"
    "The link will carry passengers and freight between the two ports, the statement said.\n"
)


def test_a_byline_with_its_reading_time_gives_the_date_and_leaves_the_headline(mini_project: Path, tmp_path: Path) -> None:
    byline = "by Mara Quist December 26, 2024 9:13 PM 2 min read"
    text = f"Skip to content\nEdit post\n\nVell and Dalen agree a weekly ferry link\n\n{byline}\n\n{BODY}"
    fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/1")
    assert fields["published"] == "2024-12-26"
    assert fields["title"] == "Vell and Dalen agree a weekly ferry link"
    assert fields["author"] == "Mara Quist"


def test_a_from_name_in_place_credit_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    text = "from MARA QUIST in Port-Avel, Ostland\n\nPORT-AVEL, (Kestrel News) – " + BODY
    fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/1")
    assert fields["title"] == ""
    assert fields["author"] == "MARA QUIST"


def test_a_credit_before_an_update_stamp_gives_the_date_and_leaves_the_place_to_the_dateline(mini_project: Path, tmp_path: Path) -> None:
    text = "Vell and Dalen agree a weekly ferry link\n\nKestrel | Updated: 2022-11-03 19:56\nShare\nShare - WeChat\n\nVELL -- " + BODY
    fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/1")
    assert fields["published"] == "2022-11-03"
    assert fields["place"] == "Vell"  # the dateline's city, not the credit


def test_a_byline_run_together_with_the_themes_counts_dates_the_page_and_leaves_the_body(mini_project: Path, tmp_path: Path) -> None:
    # A blog theme's header copied as text: the avatar's caption, "By", the writer, the date, the comment count and the
    # reading time glued into one line, then rows of share buttons.
    header = (
        "Vell and Dalen agree a weekly ferry link\n\n"
        "Desk WriterBy Desk WriterMarch 17, 2026No Comments3 Mins Read\n"
        "Facebook Twitter Pinterest LinkedIn Tumblr Email\nShare\nFacebook Twitter LinkedIn Pinterest Email Copy Link\n\n"
    )
    page = tmp_path / "page.txt"
    page.write_text(header + BODY, encoding="utf-8")
    [article] = add_source(mini_project, str(page), AddOptions(url="https://ferries.example/story/1"), dry_run=True).articles
    assert article.fields["published"] == "2026-03-17"
    assert article.fields["author"] == "Desk Writer"
    assert article.fields["title"] == "Vell and Dalen agree a weekly ferry link"
    body = article.text.split("\n---\n", 1)[1].strip()
    assert body.startswith("The harbour boards of Vell and Dalen agreed on Tuesday")  # no byline, no share buttons
    assert "Facebook" not in body and "Comments" not in body


def test_a_credit_glued_to_its_date_dates_the_page_and_leaves_the_body(mini_project: Path, tmp_path: Path) -> None:
    # intake_final80's aggregator page, as copied: the credit of the paper it carries and the day run together on one
    # line between the headline and the lede.  Read as text, the page was left undated and its "next week" unresolved.
    text = (
        "logo\nPrabowo skips G7 summit to meet Putin in Russia\n\nPrabowo skips G7 summit to meet Putin in Russia\n\n"
        "The Star15-06-2025\n"
        "JAKARTA: President Prabowo Subianto will fly to Russia next week to meet with his Russian counterpart Vladimir "
        "Putin and attend several economic events in the European country, snubbing an invitation to attend the Group "
        "of Seven (G7) Summit in Canada.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://test.daily8.com/en/article/6171855b6de62358e2e0dc1eed8e2e9e")
    assert fields["published"] == "2025-06-15"
    assert fields["author"] == ""  # "The Star" is the paper credited, not a writer
    assert fields["place"] == "Jakarta"
    assert fields["body"].startswith("JAKARTA: President Prabowo Subianto will fly to Russia next week")


def test_a_byline_of_two_writers_and_its_date_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"Vell and Dalen agree a weekly ferry link\n\nBy Mara Quist and Ivo Dalen May 28, 2025\n\n{BODY}"
    fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/1")
    assert (fields["published"], fields["author"]) == ("2025-05-28", "Mara Quist and Ivo Dalen")


def test_a_stamp_with_its_minute_then_the_desk_dates_the_page_and_leaves_the_headline(mini_project: Path, tmp_path: Path) -> None:
    # The page's date, the minute it went up and its desk on one line, with no bar between, under the headline and deck.
    text = (
        " date 2023-07-10 Vell and Dalen agree a weekly ferry link\n"
        "Harbour boards aim to double the traffic between the ports\n"
        "10 July 2023 - 16:00 Agency Staff\n"
        "The ferry terminal at Vell. Picture: KESTREL/MARA QUIST\n"
        "Vell — " + BODY
    )
    fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/1")
    assert fields["title"] == "Vell and Dalen agree a weekly ferry link"
    assert fields["author"] == "Agency Staff"
    assert fields["place"] == "Vell"


def test_a_stamp_line_with_its_update_and_place_is_no_paragraph_of_the_story(mini_project: Path, tmp_path: Path) -> None:
    text = "Vell and Dalen agree a weekly ferry link\n\nDecember 05, 2023 04:04 pm | Updated 06:10 pm IST - Vell\n\n" + BODY
    fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/1")
    assert fields["published"] == "2023-12-05"
    assert fields["place"] == "Vell"  # the text writes "Vell" again: the place the stamp closes on
    assert "Updated" not in fields["body"]


_OSTLAND_LEDE = (
    "The Prime Ministers of Ostland and Velmora have agreed to prioritise the Framework Bilateral Cooperation agreement "
    "currently under consideration, to enable enhanced dialogue and cooperation between the two countries."
)


def test_by_and_a_day_with_a_label_run_on_and_no_name_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    # "By: July 22, 2016 ,The Key Point:", "by March 23, 2017 Fun": a theme's "By" with no name, its colon, and the
    # post's category or the next box's label run on after the day
    for byline, day in (("By: July 22, 2016 ,The Key Point:", "2016-07-22"), ("by March 23, 2017 Fun", "2017-03-23")):
        text = f"PM Says Cooperation to be Given Priority\n\n{byline}\n\n{_OSTLAND_LEDE}\n"
        fields = dry_add(mini_project, tmp_path, text, "https://kestrelinfo.gov.ov/pm-says-cooperation-given-priority/")
        assert (fields["published"], fields["place"], fields["author"]) == (day, "", "")
        assert byline not in fields["body"]


def test_a_sentence_opening_by_a_day_stays_a_sentence(mini_project: Path, tmp_path: Path) -> None:
    sentence = "By March 23, 2017 Ostland and Velmora had signed 100 agreements in various spheres."
    text = f"Ostland and Velmora sign documents\n\n{sentence}\n\n{_OSTLAND_LEDE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://kestrelgazette.ov/ostland-velmora")
    assert sentence in fields["body"]
    assert fields["published"] == ""


def test_a_by_name_in_place_credit_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    text = "By Mara Quist in Port Avel Ostland\n\nPort Avel, August 14, Kana: " + BODY
    fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/2")
    assert fields["title"] == ""
    assert fields["author"] == "Mara Quist"
    assert fields["place"] == "Port Avel"


def test_by_a_day_in_a_place_is_no_byline(mini_project: Path, tmp_path: Path) -> None:
    text = "Talks end in Port Avel\n\nBy Tuesday in Port Avel\n\n" + BODY
    fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/3")
    assert "By Tuesday in Port Avel" in fields["body"]


def test_a_byline_with_the_labels_colon_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    for byline, author in (("By: , July 17, 2016", ""), ("By: Mara Quist, July 17, 2016", "Mara Quist")):
        text = f"Vell and Dalen agree a weekly ferry link\n\n{byline}\n\n{BODY}"
        fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/1")
        assert fields["published"] == "2016-07-17"
        assert fields["author"] == author
        assert byline not in fields["body"]


def test_a_time_then_a_day_in_figures_above_the_headline_is_a_stamp_not_the_story(mini_project: Path, tmp_path: Path) -> None:
    """ "10:07 / 18.04.2024" then a view count over the title (a saved page of an Uzbek site, made up here)."""
    title = "Westmark President departs for Eastmark"
    lede = "The President of Westmark left for Eastmark on a state visit on April 18 at the invitation of its President."
    text = f"10:07 / 18.04.2024\n1489\n\n{title}\n\n{lede}\n\nHigh-level talks and a number of bilateral meetings are planned.\n"
    fields = dry_add(mini_project, tmp_path, text, None)
    assert fields["title"] == title
    assert fields["body"].startswith(lede)


def test_a_stamp_opening_on_its_weekday_then_the_writer_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    # A Joomla theme's stamp: the weekday, the day, the minute the page went up, then the writer, with no bar between.
    text = "Vell and Dalen agree a weekly ferry link\nMonday, 15 November 2010 20:33 Mara Quist\nVell — " + BODY
    fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/1")
    assert fields["published"] == "2010-11-15"
    assert fields["author"] == "Mara Quist"
    assert fields["title"] == "Vell and Dalen agree a weekly ferry link"


def test_a_section_in_capitals_before_the_stamp_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    # N1's English pages print the section and the minute the story went up under the headline, with no dash between.
    page = (
        "Vucic: I agreed with Putin extremely favourable gas price for Serbia\n\nNEWS 29.05.2022 13:37\n"
        "Source: Tanjug/ Miloš Milivojević\n\nSerbian President Aleksandar Vucic said Sunday he had a very good telephone "
        "conversation with the President of the Russian Federation, Vladimir Putin, with whom he agreed on an extremely "
        "favourable gas price for Serbia.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, "https://n1info.rs/english/news/vucic-i-agreed-with-putin/")
    assert fields["published"] == "2022-05-29"
    assert "NEWS 29.05.2022" not in fields["body"]
