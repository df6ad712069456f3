"""A sentence that opens with who said it, where and when, then "that" and what was said, is drafted.

The reporting clause alone ("the ministry said in a statement on Friday") is no claim, and a quote that
is only that clause is dropped; the "that" after it brings in the statement, and the sentence whole is
the claim. Sentences from the labelled pages, where such claims went undrafted.
"""

from __future__ import annotations

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.suggest.sentences import attribution_only
from tests.suggest.drafting import drafted

STATED_AFTER_THE_CLAUSE = [
    "Press Secretary Karine Jean-Pierre said in a statement that the meeting would take place on Nov. 15 in San Francisco.",
    "The British government said on Wednesday that it has agreed to a partnership with Qatar that will see the Gulf state "
    "invest 1 billion pounds ($1.3 billion) in climate technologies.",
    "Erdoğan said in the news conference that Israel must end its occupation of Palestinian lands and compensate for the "
    "damage it has caused.",
    "Hungarian Prime Minister Viktor Orban said after a visit to the White House on Friday that President Trump has granted "
    "his country an exemption from US sanctions on Russian energy.",
    # No "that", but a clause of its own after the day: what was said, not where or when (Reuters, on Serbia's gas).
    "Serbian President Aleksandar Vucic said on Sunday he had agreed a three-year gas supply contract in a phone call with "
    "Russian President Vladimir Putin.",
]


@pytest.mark.parametrize("sentence", STATED_AFTER_THE_CLAUSE)
def test_a_that_after_the_reporting_clause_brings_in_the_statement(sentence: str) -> None:
    assert not attribution_only(sentence.rstrip("."))


@pytest.mark.parametrize(
    "clause",
    [
        "the foreign ministry said in a statement on Friday",
        "Erdogan also said in an article published in the New Uzbekistan newspaper Tuesday",
        "Tamm had said in a press statement, ahead of the meeting",
    ],
)
def test_the_clause_alone_is_still_only_who_said_it(clause: str) -> None:
    assert attribution_only(clause)


@pytest.mark.parametrize("sentence", STATED_AFTER_THE_CLAUSE)
def test_the_sentence_is_drafted_whole(corpus: Corpus, sentence: str) -> None:
    quotes = [" ".join(str(d.fields["quote"]).split()) for d in drafted(corpus, sentence)]
    assert quotes == [sentence.rstrip(".")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tinubu’s itinerary is said to include visits to prominent Chinese firms such as Huawei Technologies",
        "UK officials are said to hope the plan can be scaled up if the initial phase is successful",
    ],
)
def test_hearsay_in_the_passive_is_no_reporting_clause(sentence: str) -> None:
    assert not attribution_only(sentence)
