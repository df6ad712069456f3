"""Counts in one unit that are counts of different things: not proposed as one figure, so never a conflict.

Invented visit: "nine agreements" against "one agreement on technical
cooperation" beside eight memorandums; "the first meeting of the Supreme
Council" against "the 6th meeting of the Business Council".  A count stated a
little wrong ("26 MoUs" against "24 memorandums") stays one figure.
"""

from __future__ import annotations

from briefgen.corpus.counts import counts_of_different_things
from briefgen.corpus.models import Fact
from tests.corpus.builders import make_fact


def count(fact_id: str, quote: str, amount: str, unit: str) -> Fact:
    return make_fact(fact_id, f"outlet-{fact_id}", quote, "2031-03-28", entities=("Norland", "Sudmark"), amount=amount, unit=unit)


def test_a_count_of_a_part_is_not_the_count_of_the_whole() -> None:
    nine = count("a", "Norland and Sudmark signed nine agreements during the visit.", "9", "agreements")
    one = count("b", "The two sides also signed one agreement on technical cooperation and eight MoUs.", "1", "agreements")
    assert counts_of_different_things([nine, one])


def test_ordinals_of_different_bodies_are_not_one_figure() -> None:
    first = count("a", "The leaders will take part in the first meeting of the Supreme Council.", "1", "meetings")
    sixth = count("b", "The 6th meeting of the Business Council was held in Velt.", "6", "meetings")
    assert counts_of_different_things([first, sixth])


def test_a_count_stated_a_little_wrong_stays_one_figure() -> None:
    more = count("a", "His one-day visit saw 26 MoUs signed.", "26", "MoUs")
    fewer = count("b", "24 memorandums of understanding were signed during his trip.", "24", "MoUs")
    assert not counts_of_different_things([more, fewer])


def test_money_is_left_to_the_figure_checks() -> None:
    big = count("a", "Deals worth $9 billion were signed.", "9000000000", "USD")
    small = count("b", "A loan of $1 billion was agreed.", "1000000000", "USD")
    assert not counts_of_different_things([big, small])
