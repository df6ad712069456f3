"""A capital opening the lede with only a full stop or a comma after it is the dateline; a name, an abbreviation or a
list of countries in the same place is not."""

from __future__ import annotations

import pytest

from briefgen.ingest.ledeplaces import lede_place, opens_on_capital


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        ("Jakarta. President Prabowo Subianto is set to receive an official visit by his Turkish counterpart next week.", "Jakarta"),
        ("Nicosia. Prime Minister Narendra Modi said on Monday that he and the Cypriot President expressed concern.", "Nicosia"),
        ("New Delhi, Seeking to strengthen bilateral ties, India and the Maldives on Monday inked a currency swap.", "New Delhi"),
        ("New Delhi, (| Prime Minister Narendra Modi will embark on a four-day visit to South Africa and Greece.", "New Delhi"),
        ("Mr. Modi and Mr. Tusk are expected to sign bilateral strategic cooperation agreements on Thursday.", None),
        ("Moscow, Beijing and New Delhi have agreed to hold the next round of talks in the spring.", None),
        ("Kishida, Marcos agree to start talks on a new defence pact to boost deterrence in the region.", None),
        ("Tokyo, Japan will host the next summit of the seven leaders in the spring of next year.", None),
        # A seat of government other than the library's capital, its name joined by a small word (The Citizen's shape).
        (
            "Dar es Salaam. Westmark President Anna Vell is due to arrive in the country today for a two-day official visit.",
            "Dar es Salaam",
        ),
        ("Port of Spain, Ministers from both countries signed three agreements on Monday.", "Port of Spain"),
        ("President of Westmark, Anna Vell has announced that her government will open an embassy.", None),
    ],
)
def test_a_capital_before_a_full_stop_or_a_comma_opens_the_lede(lede: str, place: str | None) -> None:
    found = lede_place([lede])
    assert (found.value if found else None) == place


def test_a_place_no_capital_counts_before_a_full_stop_when_the_page_says_something_happens_there() -> None:
    lede = "Port Avel. President Mara Quist received her Veldran counterpart at the palace on Monday morning."
    assert lede_place([lede, "The talks in Port Avel lasted three hours."]).value == "Port Avel"  # type: ignore[union-attr]
    assert lede_place([lede, "The talks lasted three hours."]) is None


def test_a_lede_opening_on_a_capital_is_no_headline_however_it_ends() -> None:
    # The Citizen's lede without its closing full stop reads as a headline; its dateline says it is the lede.
    lede = "Dar es Salaam. Westmark President Anna Vell is due to arrive in the country today for a two-day official visit"
    assert opens_on_capital(lede)
    assert not opens_on_capital("Vell in Dar es Salaam for a two-day official visit")
    assert not opens_on_capital("Mr. Vell is due to arrive in the country today for a two-day official visit")
    found = lede_place(["By Lena Marsh", lede, "President Vell is expected to arrive at the airport at 10.30am."])
    assert found is not None and found.value == "Dar es Salaam"
