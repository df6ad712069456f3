"""The relation's two sides counted with a word of praise give no figure: "two brotherly countries" rescues no line.

The sentences are written for these tests (invented relations), not taken from the evaluation sets.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.counted_sides import without_counted_sides
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "Latvia and Estonia, which share a long history, are two brotherly countries with long-standing relations.",
        "As two independent states, Latvia and Estonia always stand by each other.",
        "We, two friends and neighbours, will move forward together and jointly address all issues.",
        "The minister praised the growing alignment of our two economies and our common interests.",
    ],
)
def test_courtesy_counting_the_sides_is_not_drafted(sentence: str) -> None:
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a rank or a choice among more is a count
        "The retreat is a format we hold only with our two closest neighbours.",
        "The leaders of the region's two largest economies had not spoken for a year.",
        # a count of something else, and the sides counted next to a real figure
        "Two brotherly countries signed 14 agreements on Monday.",
        "Estonia will send two rescue teams to Latvia.",
    ],
)
def test_counts_and_ranks_stay_drafted(sentence: str) -> None:
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("are two brotherly countries with ties", "are  with ties"),
        ("as two independent, sovereign states", "as "),
        ("we, two friends and neighbours, agree", "we, , agree"),
        ("the trajectory of our two economies", "the trajectory of "),
        ("our two closest neighbours", "our two closest neighbours"),
        ("two ancient seafaring nations", "two ancient seafaring nations"),
        ("two partners of the consortium", "two partners of the consortium"),
    ],
)
def test_only_the_sides_are_struck(text: str, left: str) -> None:
    assert without_counted_sides(text) == left
