"""A dateline of a place and a wire's credit with no dash after it ("Paris (Agencies) French President …") names the
place; a bracket that credits no wire does not make a place of the words before it."""

from __future__ import annotations

import pytest

from briefgen.ingest.undashedcredits import undashed_credit_dateline


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        (
            "Paris (Agencies) French President Emmanuel Macron and Ukrainian President Vladimir Zelensky met in Paris.",
            "Paris",
        ),
        (
            "Addis Ababa (AFP) Prime Minister Abiy Ahmed welcomed President William Ruto of Kenya for a one-day working visit.",
            "Addis Ababa",
        ),
    ],
)
def test_the_place_before_the_credit(lede: str, place: str) -> None:
    assert undashed_credit_dateline([lede])["place"].value == place


@pytest.mark.parametrize(
    "lede",
    [
        "Ministry (MoFA) officials said the talks would resume.",  # an office's initials credit no wire
        "Prime Minister Christopher Luxon met with Australian Prime Minister Anthony Albanese in Queenstown.",
    ],
)
def test_no_place_without_a_wire_credit(lede: str) -> None:
    assert undashed_credit_dateline([lede]) == {}
