"""Which line is the headline once the address is known, as the archived source shows it: a republished feed's closing
line names the post, an address may write an apostrophe as a hyphen, and a story number and file type end an address
without being words of the title.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

BODY = (
    "The harbour boards of Vell and Dalen agreed on Tuesday to open a weekly ferry link from next spring, "
    "their chairmen said in a joint statement after a meeting that lasted four hours.\n\n"
    "The link will carry passengers and freight between the two ports, the statement said.\n"
)


def test_a_feed_footer_names_the_headline_and_leaves_the_body(mini_project: Path, tmp_path: Path) -> None:
    text = BODY + "\nThe post Vell and Dalen to open a ferry link next spring appeared first on Kestrel Daily.\n"
    fields = dry_add(mini_project, tmp_path, text, "https://reprints.example/2025/01/13/ferry-link")
    assert fields["title"] == "Vell and Dalen to open a ferry link next spring"
    assert fields["published"] == "2025-01-13"


def test_an_address_writes_an_apostrophe_as_a_hyphen(mini_project: Path, tmp_path: Path) -> None:
    headline = "Outcomes of the Visit of the President of the People's Republic of Ostland to the Kingdom of Vell from 17 to 18 April 2025"
    text = f"Share on\n{headline}\n{BODY}"
    url = "https://ports.example/blogs/outcomes-of-the-visit-of-the-president-of-the-people-s-republic-of-ostland-to-the-kingdom-of-vell-from-17-to-18-april-2025"
    assert dry_add(mini_project, tmp_path, text, url)["title"] == headline


def test_a_story_number_and_file_type_are_no_words_of_the_title(mini_project: Path, tmp_path: Path) -> None:
    url = "https://ports.example/20240630/vells-mayor-to-visit-dalen-on-july-2-4--1119186694.html"
    text = f"{url}\nVell's Mayor to Visit Dalen on July 2-4\n{BODY}"
    assert dry_add(mini_project, tmp_path, text, url)["title"] == "Vell's Mayor to Visit Dalen on July 2-4"
