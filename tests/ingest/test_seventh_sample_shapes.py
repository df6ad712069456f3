"""What a reader sees for the page shapes of a seventh fresh sample of pages, written on lines of half A's pages
(intake_final110's and intake_final82's) as those sites print them: a print dateline with its country and a dash
before the day alone on the first line, a byline that prints "By" and the day with no name, a photo credited
"Photo/Name" above the lede, "Published in" over a list of the site's sections, a site's logo in capitals with no
vowel, a site's credit typed against the place and the lede ("Addis Ababa(Kestrel24)-…"), and a mailing list's
archived message: its row of bracketed links, its "Subject:" and "NEWS -" tags and its year-and-month folder."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.header import CAPTION, headline_like
from briefgen.ingest.meta import dateline, find_dateline, is_day_line
from briefgen.ingest.outlets import stated_outlet
from briefgen.ingest.toolbars import toolbar_kind
from tests.ingest.dry_run import dry_add

# intake_final110: "Maldivian president Mohamed Muizzu arrived in China on Monday on a five-day state visit …".
_LEDE = (
    "Maldivian president Mohamed Muizzu arrived in China on Monday on a five-day state visit during which he is due to "
    "hold talks with his Chinese counterpart Xi Jinping and sign several agreements to bolster the bilateral ties."
)
_SECOND = "Muizzu, who is regarded as pro-China, is accompanied by his wife Sajidha Mohamed and a high-level delegation."
# intake_final82: "President Prabowo Subianto is set to receive an official visit by his Turkish counterpart …".
_PRABOWO = "President Prabowo Subianto is set to receive an official visit by his Turkish counterpart Recep Tayyip Erdogan next week."
_URL = "https://www.kestreldaily.co.ov/news/muizzu-in-china-to-sign-several-pacts"


def test_a_print_dateline_with_its_country_and_a_dash_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    text = f"Beijing, China – January 8, 2024\n\n{_LEDE}\n\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["title"] == ""
    assert (fields["place"], fields["published"]) == ("Beijing", "2024-01-08")
    assert fields["body"].startswith("Beijing, China – January 8, 2024\n\nMaldivian president")


def test_the_day_line_shapes_and_what_is_none() -> None:
    assert is_day_line("Beijing, China – January 8, 2024")
    assert is_day_line("Beijing, January 8")
    assert is_day_line("BEIJING – 8 January 2024")
    found = dateline("Beijing, China – January 8, 2024")
    assert (found["place"].value, found["published"].value) == ("Beijing", "2024-01-08")
    assert "published" not in dateline("Beijing, China – January 8")  # no year: the day alone dates nothing
    assert not is_day_line("Updated – January 8, 2024")  # a stamp's label, not a place
    assert not is_day_line("Tuesday – January 8, 2024")
    assert not is_day_line("Muizzu arrives in Beijing – January 8, 2024 talks")


def test_a_headline_above_a_print_dateline_stays_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = f"Muizzu in China to sign several pacts\n\nBeijing, China – January 8, 2024\n\n{_LEDE}\n\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert (fields["title"], fields["place"], fields["published"]) == ("Muizzu in China to sign several pacts", "Beijing", "2024-01-08")


def test_by_and_a_day_with_no_name_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"Muizzu in China to sign several pacts\n\nBy 8 January 2024\n\n{_LEDE}\n\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert (fields["title"], fields["published"], fields["author"]) == ("Muizzu in China to sign several pacts", "2024-01-08", "")
    assert "By 8 January 2024" not in fields["body"]


def test_a_caption_credited_with_a_slash_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    caption = "President Mohamed Muizzu is welcomed at the Great Hall of the People. Photo/Jane Doe"
    assert CAPTION.search(caption)
    assert CAPTION.search("President Mohamed Muizzu is welcomed at the Great Hall. Photo / Jane Doe")
    assert headline_like("Muizzu brings charm offensive to Beijing")
    fields = dry_add(mini_project, tmp_path, f"{caption}\n\n{_LEDE}\n\n{_SECOND}\n", _URL)
    assert fields["title"] == ""
    assert fields["body"].startswith("Maldivian president")


def test_published_in_a_list_of_sections_names_no_outlet() -> None:
    line = "Wednesday 7 February 2024 | Written by Jane Doe | Published in Economy, National, New Zealand, Regional"
    assert stated_outlet([line]) is None
    found = stated_outlet(["Published in Dawn, March 5th, 2024"])  # a paper's own line: the name, then the day
    assert found is not None and found.value == "Dawn"


def test_a_logo_in_capitals_without_a_vowel_is_no_place() -> None:
    assert find_dateline(["CSPRCSPR", _LEDE, _SECOND]) == {}
    assert find_dateline(["BEIJING", _LEDE, _SECOND])["place"].value == "Beijing"


def test_a_credit_typed_against_the_place_and_the_lede_closes_the_dateline() -> None:
    assert dateline(f"Beijing(Kestrel24)-{_LEDE}")["place"].value == "Beijing"
    assert dateline(f"Beijing (Kestrel24) - {_LEDE}")["place"].value == "Beijing"
    assert "place" not in dateline(f"Beijing(Kestrel24)-based {_LEDE}")


def test_a_mailing_list_archive_gives_its_headline_place_and_day(mini_project: Path, tmp_path: Path) -> None:
    navigation = "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index ][Thread Index ]"
    assert toolbar_kind(navigation) == "toolbar"
    assert toolbar_kind("[edit]") is None
    text = (
        f"{navigation}\n\nNEWS - Muizzu in China\n\nSubject: NEWS - Muizzu in China to sign several pacts\n\n"
        f"Muizzu in China to sign several pacts\n\nBEIJING, Jan 8 (Reuters) - {_LEDE}\n\n{_SECOND}\n"
    )
    url = "http://www.kestrellibrary.org/reg.news/archives/202401/msg00527.html"
    fields = dry_add(mini_project, tmp_path, text, url)
    assert (fields["title"], fields["place"], fields["published"]) == ("Muizzu in China to sign several pacts", "Beijing", "2024-01-08")


def test_news_and_subject_before_a_dash_or_colon_are_no_place() -> None:
    assert "place" not in dateline(f"NEWS - {_PRABOWO}")
    assert "place" not in dateline(f"Subject: {_PRABOWO}")
