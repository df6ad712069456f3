"""A ceremony named only in a sentence's opening phrase dates its main clause; the talks of that clause are drafted.

Sentences of half A's pages (`intake_final118`, `intake_final22`), labelled and undrafted before, and sentences
whose main clause is ceremony itself, which stay as they were.
"""

from __future__ import annotations

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.suggest.ceremony_leads import after_ceremony_lead
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import drafted, spans_after_visit_lede

TALKS_AFTER_A_CEREMONY = [
    "Following the welcome ceremony, the Vietnamese Party General Secretary and the Malaysian Prime Minister had a retreat and held talks.",
    "After the ceremonial welcome at the Rashtrapati Bhavan and the wreath laying at Rajghat on Saturday, Macron and "
    "Modi went in for their official bilateral talks at the Hyderabad House.",
]

CEREMONY_STILL = [
    "After the welcoming ceremony, the two leaders posed for a family photo.",
    "The official welcoming ceremony for General Secretary To Lam and his spouse was held at the Prime Minister’s Office in Putrajaya.",
    "Following their discussions, a lunch will be given in his honour.",  # no host named: see .hosted_welcomes
]


@pytest.mark.parametrize("sentence", TALKS_AFTER_A_CEREMONY)
def test_talks_told_after_a_ceremony_are_drafted_whole(corpus: Corpus, sentence: str) -> None:
    assert after_ceremony_lead(sentence) is not None
    assert check_worthy(sentence)
    assert [" ".join(str(d.fields["quote"]).split()) for d in drafted(corpus, sentence)] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", CEREMONY_STILL)
def test_a_ceremony_in_the_main_clause_is_still_not_drafted(sentence: str) -> None:
    assert not check_worthy(sentence)
    assert spans_after_visit_lede(sentence) == spans_after_visit_lede()


def test_the_opening_phrase_is_cut_at_its_comma() -> None:
    assert after_ceremony_lead(TALKS_AFTER_A_CEREMONY[0]) == (
        "the Vietnamese Party General Secretary and the Malaysian Prime Minister had a retreat and held talks."
    )
    assert after_ceremony_lead("The talks followed the welcome ceremony, officials said.") is None
