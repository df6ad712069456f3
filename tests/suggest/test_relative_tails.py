"""A visit's stop told with a tail of what happened there: the stop is weighed on its own (invented names)."""

from __future__ import annotations

import pytest

from briefgen.suggest.relative_tails import before_relative_tail
from briefgen.suggest.worth import check_worthy

STOPS = [
    "President Dahl will visit Norland on Sunday, where he will discuss bilateral relations and current international and regional issues.",
    "The meeting took place at the Kalvik Palace, where Premier Berg was accorded a ceremonial welcome by President Dahl.",
    "The King and Queen will be received by President Dahl at the Alva Palace, where an official welcome ceremony will be held.",
]


@pytest.mark.parametrize("sentence", STOPS)
def test_a_stop_with_a_tail_of_agenda_or_ceremony_is_drafted_for_its_main_clause(sentence: str) -> None:
    assert check_worthy(sentence)


def test_the_main_clause_is_what_comes_before_the_tail() -> None:
    assert before_relative_tail("President Dahl will visit Norland on Sunday, where he will discuss ties.") == (
        "President Dahl will visit Norland on Sunday."
    )
    assert before_relative_tail("President Dahl will visit Norland on Sunday.") is None
    assert before_relative_tail("In Korvik, where talks were held, it rained.") is None  # too short to say anything


def test_a_main_clause_that_is_ceremony_or_courtesy_itself_stays_undrafted() -> None:
    assert not check_worthy("The two sides expressed their warm feelings, during which the anthems of both countries were played.")
    # a sentence opened by a subordinate clause has no main clause before its tail
    assert before_relative_tail("When our ports serve their ships in Alva, where the mills stand, the region prospers.") is None
    assert not check_worthy("A guard of honour was presented, where the national anthems of both countries were played.")
