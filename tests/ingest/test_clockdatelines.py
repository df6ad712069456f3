"""A dateline behind the time the story was filed ("11:55 | Tumbes (Tumbes region), Nov. 7."), alone on its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.clockdatelines import clock_dateline
from tests.ingest.dry_run import dry_add

_LEDE = (
    "The presidents of Ostland and Velmora on Thursday started the Presidential Meeting prior to the 13th Binational "
    "Cabinet held in the northern city of Port Elling."
)


@pytest.mark.parametrize(
    ("line", "place", "day"),
    [
        ("11:55 | Tumbes (Tumbes region), Nov. 7.", "Tumbes", "Nov. 7"),
        ("14:15 | Trujillo (La Libertad region), Oct. 20.", "Trujillo", "Oct. 20"),
        ("08:45 | Lima, Feb. 29 (ANDINA).", "Lima", "Feb. 29"),
    ],
)
def test_the_clock_then_the_dateline(line: str, place: str, day: str) -> None:
    found = clock_dateline(["Ostland, Velmora presidents meet", line, _LEDE])
    assert (found["place"].value, found["day"].value) == (place, day)


@pytest.mark.parametrize(
    "line",
    [
        "11:55 | Updated 2 hours ago",  # a stamp, no place and day
        "11:55 Tumbes (Tumbes region), Nov. 7.",  # no bar
        f"11:55 | Tumbes (Tumbes region), Nov. 7. {_LEDE}",  # not alone on its line
    ],
)
def test_other_lines_with_a_clock_are_no_dateline(line: str) -> None:
    assert clock_dateline([line, _LEDE]) == {}


def test_the_page_reads_the_place_and_the_day_with_the_addresss_year(mini_project: Path, tmp_path: Path) -> None:
    text = f"Andean Agency\n\nOstland, Velmora presidents meet in Port Elling\n\n11:55 | Port Elling (Elling region), Nov. 7.\n\n{_LEDE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://kestrelagency.ov/english/2019/11/ostland-velmora-presidents-meet")
    assert (fields["place"], fields["published"]) == ("Port Elling", "2019-11-07")
