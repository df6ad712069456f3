"""A news section's name alone in capitals, heading a box of related links at the foot of a short page, is no
dateline: the page keeps no place.  A city in capitals above the lede still is one.  Made-up pages."""

from __future__ import annotations

from briefgen.ingest.meta import find_dateline

_STORY = [
    "New Prime Minister of Ostland, Mara Quist, will visit Veldra this month, the foreign minister said.",
    "The official said the visit proves that Ostland values its ties with Veldra.",
]
_LINKS = [
    "- Ostland and Veldra to hold joint meeting in Port Avel - Foreign Minister Tomas Ulan",
    "- Minister Tomas Ulan met the deputy prime minister of Ostland",
]


def test_a_section_name_over_related_links_is_no_place() -> None:
    assert "place" not in find_dateline([*_STORY, "POLITICS", *_LINKS])


def test_a_city_in_capitals_over_the_lede_is_still_the_place() -> None:
    assert find_dateline(["AVELGRAD", *_STORY])["place"].value == "Avelgrad"
