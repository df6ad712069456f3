"""A dateline whose region is written beyond ASCII or abbreviated by the wires still gives its city as the place.

The ledes are from labelled pages (an AP report from Bogor, a report from the Woodside summit), set under the
dateline shapes the wires use for a state or a country written in its own spelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.datelineshapes import shaped_dateline
from briefgen.ingest.meta import dateline
from tests.ingest.dry_run import dry_add

_BOGOR = (
    "Turkish President Recep Tayyip Erdogan met his Indonesian counterpart Prabowo Subianto on Wednesday for talks aimed "
    "at strengthening economic and defense ties between the two Muslim-majority nations."
)
_WOODSIDE = (
    "President Joe Biden and Chinese President Xi Jinping shook hands and pledged to steer their countries away from "
    "conflict Wednesday as they met for the first time in a year at a high-stakes summit in Woodside."
)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("ANKARA, Türkiye —", "Ankara"),
        ("ISTANBUL, Türkiye (AA) –", "Istanbul"),
        ("WOODSIDE, Calif. (AP) —", "Woodside"),
        ("CAMP DAVID, Md. —", "Camp David"),
        ("HALIFAX, N.S. —", "Halifax"),
        ("WASHINGTON, D.C. —", "Washington"),
        ("WASHINGTON, DC —", "Washington"),
        ("Washington DC:", "Washington"),
        ("Washington, D.C.:", "Washington"),
        ("Washington D.C. –", "Washington"),
        ("Washington DC -", "Washington"),
        ("Washington, DC —", "Washington"),
    ],
)
def test_a_region_beyond_ascii_or_abbreviated_closes_the_dateline(opening: str, place: str) -> None:
    assert dateline(f"{opening} {_BOGOR}")["place"].value == place


def test_a_title_case_place_with_its_state_abbreviated_before_a_dash() -> None:
    assert shaped_dateline([f"Woodside, Calif. — {_WOODSIDE}"], [])["place"].value == "Woodside"


def test_a_date_after_the_comma_is_no_region() -> None:
    found = dateline(f"ISLAMABAD, Jan. 5 (APP): {_BOGOR}")
    assert found["place"].value == "Islamabad"
    assert found["day"].value == "Jan. 5"


def test_sources_add_reads_the_place_of_an_ap_dateline_with_a_state(mini_project: Path, tmp_path: Path) -> None:
    text = f"Biden and Xi meet in California\n\nWOODSIDE, Calif. (AP) — {_WOODSIDE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/world/biden-and-xi-meet-in-california")
    assert fields["place"] == "Woodside"


@pytest.mark.parametrize("opening", ["Washington -", "Breaking News –", "Washington Post —"])
def test_a_title_case_line_before_a_dash_without_the_district_is_no_dateline(opening: str) -> None:
    assert "place" not in dateline(f"{opening} {_BOGOR}")
