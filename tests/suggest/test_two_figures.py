"""A sentence with two figures: each reading belongs to the thing it measures, and a span of time is no figure.

An editor compares a claim's figure with another outlet's.  When a sentence
states a visit's length and a count of accords, or a sum of money and how
fast it grew, the sum and the count must still be read: were a draft to carry
only the other figure, the conflict between two outlets' sums would go unseen.
"""

from __future__ import annotations

from briefgen.suggest.values import find_values


def _read(sentence: str) -> list[tuple[str | None, str | None, str]]:
    return [(v.amount, v.low, v.unit) for v in find_values(sentence)]


def test_a_visit_length_and_a_count_of_accords_are_both_read() -> None:
    sentence = "The minister, who is on a 4-day official visit to Peru, signed 7 accords with his counterpart."
    assert _read(sentence) == [("4", None, "days"), ("7", None, "accords")]


def test_a_sum_of_money_is_read_beside_a_growth_in_words() -> None:
    sentence = "Trade between Chile and Norway has reached almost 12 billion euros and in just three years it has more than doubled."
    assert ("12000000000", None, "EUR") in _read(sentence)


def test_the_time_since_a_last_session_gives_way_to_the_count_of_agreements() -> None:
    sentence = "The council meets in Oslo nine years after its last session, and the two sides are expected to sign 14 agreements."
    assert _read(sentence) == [("14", None, "agreements")]


def test_a_span_of_years_before_a_sum_is_not_read_as_the_figure() -> None:
    assert _read("Over the past ten years, exports from Chile to Norway grew to 3 billion dollars.") == [("3000000000", None, "USD")]
