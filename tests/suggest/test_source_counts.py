"""How many people a report cites is no figure of the relation: "two officials told" drafts without a value.

A made-up report (invented countries, people and places): the drafts a reader sees keep the
counts of what the sides signed or ordered, and carry no value counting the report's sources.
"""

from __future__ import annotations

from briefgen.corpus.loader import Corpus
from tests.suggest.drafting import values_by_opening

_BODY = (
    "Norland and Vestria signed nine agreements on energy and transport in Korvik on Tuesday, "
    "two officials told reporters.\n\n"
    "Vestria will buy 12 Norlandic patrol boats under the deal, according to three diplomats.\n\n"
    "Two sources familiar with the talks said Prime Minister Lund will return to Korvik in March."
)


def test_counts_of_what_was_done_keep_their_value_and_counts_of_sources_give_none(corpus: Corpus) -> None:
    values = values_by_opening(corpus, _BODY, 2)
    assert values["Norland and"] == {"metric": "agreements", "amount": "9", "unit": "agreements"}
    assert values["Vestria will"] == {"metric": "norlandic-patrol-boats", "amount": "12", "unit": "boats"}
    assert values["Two sources"] is None
