"""A page's own date field dates an otherwise undated page: a "Date" field with its time split over two lines, a
section's "… of <weekday>, <date>" whose weekday agrees, a "Posted: 3. July 2018" byline, and a stamp in figures whose
day the dateline settles.  An event's date without a clock, a weekday that disagrees, and a stamp the dateline does not
confirm give nothing.  The pages are made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.ingest.fielddates import settled_stamp, weekday_section_dates
from tests.ingest.dry_run import dry_add

_TITLE = "Westmark president arrives in Port Avel for talks"
_LEDE = "The Westmark president arrived in Port Avel on Saturday morning for two days of talks with his Eastland counterpart."
_MORE = "The two leaders will sign agreements on trade and energy on Sunday, officials said in a statement to reporters."
_URL = "https://news.example.az/news/politics/174557.html"


def test_a_date_field_with_its_time_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_TITLE}\n\n{_LEDE}\n\n{_MORE}\n\nDate\n2017.05.20 / 10:59\nAuthor\nNews.example\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["published"] == "2017-05-20"


def test_a_date_field_without_a_time_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_TITLE}\n\n{_LEDE}\n\n{_MORE}\n\nDate\n2017.05.27\nVenue\nPort Avel Convention Centre\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["published"] == ""


def test_a_sections_line_with_its_weekday_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_TITLE}\n\nActualités of Wednesday, 24 June 2015\n\nSource: WNA\n\n{_LEDE}\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://www.example-web.com/NewsArchive/talks-326960")
    assert fields["published"] == "2015-06-24"


def test_a_sections_line_whose_weekday_disagrees_gives_nothing() -> None:
    assert weekday_section_dates(["Actualités of Wednesday, 24 June 2015", _LEDE]) == [
        ("24 June 2015", "Actualités of Wednesday, 24 June 2015")
    ]
    assert weekday_section_dates(["Actualités of Monday, 24 June 2015", _LEDE]) == []
    assert weekday_section_dates(["Talks of Port Avel on 24 June 2015", _LEDE]) == []


def test_a_posted_line_with_a_dotted_day_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"Posted: 3. July 2018\n\n{_TITLE}\n\n{_LEDE}\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, "http://www.example.al/en/newsroom/first-joint-session/")
    assert fields["published"] == "2018-07-03"


def test_a_stamp_in_figures_is_settled_by_the_datelines_day() -> None:
    paragraphs = [f"PORT AVEL, Aug 6 (WNA-Eastland) -- {_LEDE}", _MORE]
    assert settled_stamp("06/08/2024 05:29 PM", paragraphs) == dt.date(2024, 8, 6)
    assert settled_stamp("08/06/2024 05:29 PM", paragraphs) == dt.date(2024, 8, 6)


def test_a_stamp_in_figures_without_a_dateline_of_its_day_is_not_settled() -> None:
    assert settled_stamp("06/08/2024 05:29 PM", [f"PORT AVEL, Aug 7 (WNA) -- {_LEDE}", _MORE]) is None
    assert settled_stamp("06/08/2024 05:29 PM", [_LEDE, _MORE]) is None
    assert settled_stamp("06/08/2024", [f"PORT AVEL, Aug 6 (WNA) -- {_LEDE}", _MORE]) is None


def test_a_byline_without_its_authors_name_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_TITLE}\n\nWritten by on February 28, 2024\n\nPhoto agency via Example Images\n\n(PORT AVEL) — {_LEDE}\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://radio.example.com/westmark-president-arrives-in-port-avel")
    assert fields["published"] == "2024-02-28"
