"""A dateline alone on its line whose place holds an apostrophe ("Nuku’alofa", "N'Djamena") gives the place and the
day; a possessive is no place.  The pages are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.meta import dateline, is_day_line
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("line", "place", "published"),
    [
        ("Nuku’alofa, 11 February 2025", "Nuku’alofa", "2025-02-11"),
        ("N'Djamena, March 10, 2024", "N'Djamena", "2024-03-10"),
        ("Ta'izz, 3 May", "Ta'izz", None),
    ],
)
def test_a_place_with_an_apostrophe_heads_a_day_line(line: str, place: str, published: str | None) -> None:
    found = dateline(line)
    assert is_day_line(line)
    assert found["place"].value == place
    assert (found["published"].value if "published" in found else None) == published


@pytest.mark.parametrize("line", ["Women's, March 10", "Children’s, 11 February 2025", "Today’s, March 10, 2024"])
def test_a_possessive_is_no_place(line: str) -> None:
    assert not is_day_line(line)


def test_sources_add_reads_the_place(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Westmark-Eastmark High-Level Consultations\n\n"
        "Nuku’alofa, 11 February 2025\n\n"
        "The governments of Westmark and Eastmark reaffirmed their partnership at the 2025 High-Level Consultations.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://pmo.gov.wm/westmark-eastmark-consultations")
    assert fields["place"] == "Nuku’alofa"
    assert fields["published"] == "2025-02-11"
    assert fields["title"] == "Westmark-Eastmark High-Level Consultations"
