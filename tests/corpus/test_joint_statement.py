"""A joint statement or communiqué issued by the two sides is a text of their talks: it speaks of the occasion."""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.occasion_words import speaks_of_occasion
from tests.corpus.builders import make_fact


def speaks(quote: str, kind: str = "event") -> bool:
    fact = make_fact("f", "gazette", quote, "2031-03-04", entities=("Norland", "Sudmark"), kind=kind, topics=("visits",))
    return speaks_of_occasion(prepare(fact))


def test_a_joint_statement_or_communique_speaks_of_the_occasion() -> None:
    assert speaks("The two leaders issued a joint statement on upgrading Norland-Sudmark relations.")
    assert speaks("Norland and Sudmark released a joint communiqué on river transport.")


def test_a_statement_that_is_not_joint_does_not() -> None:
    assert not speaks("Norland issued a statement on river transport.")
