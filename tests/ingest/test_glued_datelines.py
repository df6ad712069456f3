"""What a reader sees when a dateline's credit is typed against the lede ("Port Avel, July 25 (XNA/OPA):The
minister …"), and when a section label such as "Details:" opens a paragraph the way a place would."""

from __future__ import annotations

from briefgen.ingest.meta import dateline, find_dateline


def test_a_credit_and_colon_typed_against_the_lede_still_give_the_place_and_day() -> None:
    found = dateline("Port Avel, July 25 (XNA/OPA):Ostland's foreign minister will visit Westmark for five days.")
    assert found["place"].value == "Port Avel"
    assert found["day"].value == "July 25"


def test_a_credit_and_double_dash_typed_against_the_lede_give_place_and_credit() -> None:
    found = dateline("Port Avel, Ostland, Oct. 22 (Ostland Press)--The two leaders on Saturday signed a declaration.")
    assert found["place"].value == "Port Avel"
    assert found["day"].value == "Oct. 22"
    assert found["outlet"].value == "Ostland Press"


def test_a_credit_without_a_mark_must_still_be_followed_by_a_space() -> None:
    assert dateline("Port Avel, July 25 (XNA)Ostland's foreign minister will visit Westmark.") == {}


def test_a_details_label_opening_a_paragraph_is_no_place() -> None:
    paragraphs = [
        "Ostland's president has arrived on a state visit to Westmark, where he plans to sign a joint statement.",
        "Details: Earlier, the president's office reported that the two leaders plan to discuss trade.",
    ]
    assert "place" not in find_dateline(paragraphs)
    assert "place" not in dateline("Context: The two countries last signed such a declaration in 2019.")
