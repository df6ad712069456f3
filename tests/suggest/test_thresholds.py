"""A threshold crossed is a floor; a word that qualifies the counted noun, or a partitive "of his", is not its unit.

Made-up sentences, one per class the round-8 judges reported on unseen news: "exceeded the
10 billion euro mark" says at least €10 billion, not exactly; "more than 100 news
organizations" counts organizations, not news.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _read(sentence: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(v.amount, v.low, v.high, v.unit) for v in find_values(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Farm exports have exceeded the 4 billion euro mark this year.", [(None, "4000000000", None, "EUR")]),
        ("Remittances crossed the $2 billion threshold in March.", [(None, "2000000000", None, "USD")]),
        ("Sales of the new tractors surpassed the 3,000 units milestone.", [(None, "3000", None, "units")]),
        ("Bilateral trade topped the $7 billion level last year.", [(None, "7000000000", None, "USD")]),
    ],
)
def test_a_threshold_crossed_is_a_lower_bound(sentence: str, expected: list[tuple[str | None, str | None, str | None, str]]) -> None:
    """An editor sees "at least" the figure: the sentence says only that the mark was passed."""
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports exceeded the $4 billion forecast.",  # a forecast beaten is not a round mark: read as the words give it
        "Exports reached $4 billion.",
    ],
)
def test_without_a_mark_the_figure_is_not_a_threshold(sentence: str) -> None:
    """Only "the … mark/threshold/barrier/milestone/level" makes the crossing verb a floor."""
    assert [v.low for v in find_values(sentence)] == [None]
    assert [v.amount for v in find_values(sentence)] == ["4000000000"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The agency draws on more than 60 news outlets across the region.", [(None, "60", None, "outlets")]),
        ("The two ministers signed three arms deals.", [("3", None, None, "deals")]),
        ("Twelve goods trains crossed the border.", [("12", None, None, "trains")]),
    ],
)
def test_a_qualifying_word_ending_in_s_is_not_the_unit(
    sentence: str, expected: list[tuple[str | None, str | None, str | None, str]]
) -> None:
    """The thing counted is the noun the qualifier leads to, as the editor would write it."""
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The premier and 9 of his ministers flew to the capital.", [("9", None, None, "ministers")]),
        ("Six of their engineers stayed on site.", [("6", None, None, "engineers")]),
    ],
)
def test_a_part_of_someones_people_counts_the_noun(sentence: str, expected: list[tuple[str | None, str | None, str | None, str]]) -> None:
    """'9 of his ministers' is 9 ministers, with the metric other outlets' '9 ministers' gets."""
    assert _read(sentence) == expected
    assert [v.metric for v in find_values(sentence)] == [expected[0][3]]


def test_a_part_of_a_named_whole_is_still_not_read() -> None:
    """'Two of the agreements' names which ones, not how many there are: no value, as before."""
    assert find_values("Two of the agreements were signed in May.") == []
