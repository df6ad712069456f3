"""Visits told beside a part: the plural "visits" and a counted visit date nothing; a month or a year beside them still does.

Real sentences of half A's reports (tests/fixtures/intake_final32, intake_final158, intake_final108, intake_test).
"""

from __future__ import annotations

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.visits_told import without_visits_told
from briefgen.text.dates import PartialDate

NOVEMBER = PartialDate.parse("2024-11-09")


def test_a_counted_visit_is_taken_out() -> None:
    assert without_visits_told("The latter is on his second state visit to India.") == "The latter is on his   to India."


def test_the_plural_is_taken_out() -> None:
    quote = "The two countries agreed to further strengthen their political ties through increased high-level visits."
    assert elsewhen(quote, NOVEMBER)
    assert not elsewhen(without_visits_told(quote), NOVEMBER)


def test_a_count_with_more_words_between_is_taken_out() -> None:
    quote = "in his third foreign trip since being inaugurated for a fifth presidential term."
    assert "trip" not in without_visits_told(quote)
    assert "first" not in without_visits_told("marking his first-ever visit to the country")


def test_a_month_beside_a_count_still_dates_the_line_away() -> None:
    quote = "This will be Anwar's second visit to Egypt since taking office. His first trip to the country was last October."
    assert elsewhen(without_visits_told(quote), NOVEMBER)


def test_a_single_visit_named_is_left() -> None:
    quote = "Prabowo's July visit to Brasília"
    assert without_visits_told(quote) == quote
