"""What a reader sees for four page shapes of a sixth fresh sample of pages, written on lines of half A's pages
(intake_final82's and intake_final98's) as those sites print them: a caption naming the person pictured by office alone
over a lede that names them again, a caption marking where a person stands as "(middle)" over the headline, an
agency's credit after the dateline's country without brackets ("KINGSTON, Jamaica, CMC –"), and the heading of the
document a page prints below its report ("COMMUNIQUE: …"), which is no dateline."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.header import headline_like
from briefgen.ingest.meta import dateline, dateline_length, find_dateline
from briefgen.ingest.officecaptions import names_by_office
from tests.ingest.dry_run import dry_add

# intake_final82: "Jakarta. President Prabowo Subianto is set to receive an official visit by his Turkish counterpart …".
_LEDE = "President Prabowo Subianto is set to receive an official visit by his Turkish counterpart Recep Tayyip Erdogan next week."
_SECOND = (
    "Erdogan visited Indonesia in 2022 when Southeast Asia's largest economy presided over the G20 during Joko Widodo's "
    "presidency. During his last visit, both countries agreed to establish the so-called High-Level Strategic Council."
)
# intake_final98: "Georgetown [Guyana]: Prime Minister Narendra Modi on Wednesday arrived in Guyana, …".
_ARRIVED = "Prime Minister Narendra Modi on Wednesday arrived in Guyana, the first Indian PM to visit the country in 56 years."
_URL = "https://www.kestrelwire.co.ov/news/erdogan-to-meet-prabowo-in-indonesia-next-week"


def test_a_person_named_by_office_over_a_lede_naming_him_is_a_caption_and_no_headline(mini_project: Path, tmp_path: Path) -> None:
    text = f"Indonesian President Prabowo Subianto\n\n{_LEDE}\n\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["title"] == ""
    assert fields["body"].startswith("President Prabowo Subianto is set to receive")
    assert "Indonesian President Prabowo Subianto" not in fields["body"]


def test_the_name_must_be_written_again_below_as_it_stands() -> None:
    assert names_by_office("Indonesian President Prabowo Subianto", _LEDE)
    assert names_by_office("Turkish President Erdogan", _SECOND)
    # a title-case headline capitalises its verb: its words after the office are no name the lede repeats
    assert not names_by_office("President Prabowo Welcomes Erdogan", _LEDE)
    assert not names_by_office("Prabowo to receive Erdogan next week", _LEDE)
    assert not names_by_office("President Prime Minister", "President Prime Minister")


def test_a_headline_below_a_caption_naming_by_office_is_still_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = f"Indonesian President Prabowo Subianto\n\nErdogan to meet Prabowo in Indonesia next week\n\n{_LEDE}\n\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["title"] == "Erdogan to meet Prabowo in Indonesia next week"


def test_a_caption_marking_the_middle_of_the_picture_gives_way_to_the_headline(mini_project: Path, tmp_path: Path) -> None:
    caption = "President Prabowo Subianto (middle), with ministers of his cabinet, interacts with his Turkish counterpart"
    assert not headline_like(caption)
    text = f"{caption}\n\nErdogan to meet Prabowo in Indonesia next week\n\n{_LEDE}\n\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["title"] == "Erdogan to meet Prabowo in Indonesia next week"


def test_an_agency_credit_after_the_country_closes_the_dateline() -> None:
    found = dateline(f"GEORGETOWN, Guyana, CMC – {_ARRIVED}")
    assert found["place"].value == "Georgetown"
    assert "outlet" not in found  # the agency wrote the copy; it is not the page's outlet
    assert dateline_length(f"GEORGETOWN, Guyana, CMC – {_ARRIVED}") == len("GEORGETOWN, Guyana, CMC – ")


def test_the_country_alone_still_closes_the_dateline_and_a_word_is_no_credit() -> None:
    assert dateline(f"GEORGETOWN, Guyana – {_ARRIVED}")["place"].value == "Georgetown"
    assert "place" not in dateline(f"GEORGETOWN, Guyana, Prime – {_ARRIVED}")


def test_a_document_heading_below_the_report_is_no_dateline() -> None:
    paragraphs = [_LEDE, _SECOND, _ARRIVED, _ARRIVED, _ARRIVED, _ARRIVED, "COMMUNIQUE: Strategic council Indonesia and Turkiye"]
    assert find_dateline(paragraphs) == {}
    assert "place" not in dateline("STATEMENT: The two leaders agreed to meet again in Ankara.")
