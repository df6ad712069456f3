"""The place a page's header prints on a line of its own: a wire's credit and the place, a reporter in a place, the
place between the writer and the day, a place in capitals under the headline.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.headerplaces import header_place
from briefgen.ingest.text import clean_page
from tests.ingest.dry_run import dry_add

_LEDE = (
    "President Mara Quist of Ostland held talks with her Veldran counterpart in Port Avel on Monday, and the two signed seven "
    "agreements on trade, energy and transport."
)


def _place(page: str) -> str | None:
    found = header_place(clean_page(page).parts[0])
    return found.value if found else None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Press Trust of India Port Avel", "Port Avel"),
        ("AP Port Avel", "Port Avel"),
        ("AP Photo", None),  # the picture's credit, no place
        ("Reuters Staff", None),
    ],
)
def test_a_wires_credit_line_names_where_the_copy_was_filed(line: str, place: str | None) -> None:
    page = f"Ostland and Veldra sign seven pacts\n\nThe two leaders met for three hours\n\n{line}\n\n2 min read\n\n{_LEDE}\n"
    assert _place(page) == place


def test_a_reporter_in_a_place_above_the_first_sentence_gives_the_place() -> None:
    page = f"Quist begins state visit to Veldra\n\n.Seven ministers on the delegation\n\nJana Morrow in Port Avel\n\n{_LEDE}\n"
    assert _place(page) == "Port Avel"


def test_a_crosshead_below_the_texts_first_sentences_is_no_reporters_line() -> None:
    page = f"Quist begins state visit to Veldra\n\n{_LEDE}\n\nTransit Project in Port Avel\n\n{_LEDE}\n"
    assert _place(page) is None


def test_a_place_between_the_writer_and_the_day_is_the_place() -> None:
    page = f"Ostland and Veldra sign seven pacts\n\nJana Morrow\n\nPort Avel\n\nNovember 19, 2025\n\n{_LEDE}\n"
    assert _place(page) == "Port Avel"


def test_a_place_in_capitals_under_the_headline_is_no_section_label() -> None:
    caption = "President Mara Quist arrives at the palace in Port Avel on Monday. (Photo: AFP)"
    assert _place(f"Ostland and Veldra sign seven pacts\n\nAVELGRAD\n\n{caption}\n\n{_LEDE}\n") == "Avelgrad"
    assert _place(f"Ostland and Veldra sign seven pacts\n\nPOLITICS\n\n{caption}\n\n{_LEDE}\n") is None


def test_sources_add_reads_the_place_of_a_credit_line(mini_project: Path, tmp_path: Path) -> None:
    page = f"date 2024-08-20 Ostland and Veldra sign seven pacts\n\nAP Port Avel\n\n2 min read\n\n{_LEDE}\n"
    fields = dry_add(mini_project, tmp_path, page, "https://www.example-news.com/world/ostland-and-veldra-sign-seven-pacts")
    assert fields["place"] == "Port Avel"
    assert 'Place is from the credit line "AP Port Avel"' in fields["notes"]


def test_a_reporter_and_a_capital_around_a_slash_give_the_place() -> None:
    page = f"Ostland and Veldra sign seven pacts\n\nJana Morrow / Dhaka\n\n{_LEDE}\n"
    assert _place(page) == "Dhaka"
    assert _place(f"Ostland and Veldra sign seven pacts\n\nJana Morrow / Mara Quist\n\n{_LEDE}\n") is None
