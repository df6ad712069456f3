"""A count of someone's family ("three of his daughters") or a summary of what was just listed ("two major
outcomes") is no figure: the draft carries no value, and a count of what was signed keeps its own.

A made-up report (invented countries, people and places).
"""

from __future__ import annotations

from briefgen.corpus.loader import Corpus
from tests.suggest.drafting import values_by_opening

_BODY = (
    "Norland and Vestria signed nine agreements on energy and transport in Korvik on Tuesday.\n\n"
    "President Arvo travelled with ministers, three of his daughters and the governor of Korvik, the palace said.\n\n"
    "The two leaders agreed to reopen the border and restore flights, two major outcomes of their talks in Korvik.\n\n"
    "Vestria will send 40 engineers to the Korvik port in March, the Vestrian foreign ministry said."
)


def test_a_count_of_kin_or_of_outcomes_gives_no_value_and_other_counts_keep_theirs(corpus: Corpus) -> None:
    values = values_by_opening(corpus, _BODY, 3)
    assert values["Norland and Vestria"] == {"metric": "agreements", "amount": "9", "unit": "agreements"}
    assert values["President Arvo travelled"] is None
    assert values["The two leaders"] is None
    assert values["Vestria will send"] == {"metric": "engineers", "amount": "40", "unit": "engineers"}
