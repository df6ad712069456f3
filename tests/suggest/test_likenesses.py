"""A count that says what the speakers are ("we are two peninsulas") is a likeness: the draft carries no value.

A made-up report (invented countries, people and places): the drafts a reader sees keep the
counts of what the sides signed and of how many people one of them has, and carry no value
where a leader counts the pair itself.
"""

from __future__ import annotations

from briefgen.corpus.loader import Corpus
from tests.suggest.drafting import values_by_opening

_BODY = (
    "Norland and Vestria signed nine agreements on energy and transport in Korvik on Tuesday.\n\n"
    "“We are two islands, two old seafaring cultures and young republics,” Prime Minister Lund said in Korvik.\n\n"
    "“They are two democracies that trust each other,” President Arvo of Vestria told reporters.\n\n"
    "They are to sign two more agreements on fisheries in March, the Vestrian foreign ministry said."
)


def test_a_count_of_the_speakers_themselves_gives_no_value_and_figures_keep_theirs(corpus: Corpus) -> None:
    values = values_by_opening(corpus, _BODY, 3)
    assert values["Norland and Vestria"] == {"metric": "agreements", "amount": "9", "unit": "agreements"}
    assert values["“We are two"] is None
    assert values["They are two"] is None
    assert values["They are to"] == {"metric": "more-agreements", "amount": "2", "unit": "agreements"}


def test_a_pair_named_after_as_and_followed_by_we_is_a_likeness(corpus: Corpus) -> None:
    body = (
        "Norland and Vestria signed nine agreements on energy and transport in Korvik on Tuesday.\n\n"
        "“As two farming economies, we agreed to share our seed research,” Prime Minister Lund said in Korvik.\n\n"
        "As two agreements on ports were signed, they said more would follow in March."
    )
    values = values_by_opening(corpus, body, 3)
    assert values["“As two farming"] is None
    assert values["As two agreements"] == {"metric": "agreements", "amount": "2", "unit": "agreements"}


def test_the_sides_counted_in_their_role_after_as_give_no_value(corpus: Corpus) -> None:
    body = (
        "Norland and Vestria signed nine agreements on energy and transport in Korvik on Tuesday.\n\n"
        "Prime Minister Lund said on Tuesday that their cooperation as two strong Nordic partners had taken on a new meaning.\n\n"
        "President Arvo said on Tuesday that they had discussed every issue as two allies and strategic partners.\n\n"
        "Vestria joined the grid project in March as two power companies from Norland withdrew from it."
    )
    values = values_by_opening(corpus, body, 4)
    assert values["Prime Minister Lund said"] is None
    assert values["President Arvo said on"] is None
    assert values["Vestria joined the grid"] == {"metric": "power-companies", "amount": "2", "unit": "companies"}
