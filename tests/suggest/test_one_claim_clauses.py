"""A sentence dating two things that reports one claim is drafted whole: the clause boundaries that part no events."""

from __future__ import annotations

import pytest

from briefgen.suggest.one_claim_clauses import inside_a_date_or_brackets, tells_one_claim
from briefgen.suggest.sentences import Sentence, quotable_span
from tests.suggest.clause_parts import dated_pieces


def _whole(text: str) -> list[str]:
    return [quotable_span(Sentence(0, len(text), text, 0)).text]


@pytest.mark.parametrize(
    "text",
    [
        # A comma inside brackets: "this morning (June 5, 2025) from Ostby where she landed yesterday".
        "The premier reached Korvik this morning (June 5, 2025) from Ostby where she landed yesterday on the first leg of her tour.",
        # A participle going on with the head's act.
        "The premier and her husband left Korvik on Wednesday evening, concluding their state visit to Norland on "
        "May 28-29 at the invitation of President Dalen.",
        # The head's purpose.
        "The premier arrived in Norland on Tuesday, June 3, for the harbour talks with President Dalen during the "
        "Korvik forum taking place in the capital this week.",
    ],
)
def test_a_sentence_reporting_one_claim_is_drafted_whole(text: str) -> None:
    assert [part for part, _ in dated_pieces(text)] == _whole(text)


def test_the_whole_sentence_keeps_the_claims_own_date() -> None:
    text = (
        "The premier and her husband left Korvik on Wednesday evening, concluding their state visit to Norland on "
        "May 28-29 at the invitation of President Dalen."
    )
    assert [date for _, date in dated_pieces(text)] == ["2025-06-04"]


@pytest.mark.parametrize(
    "text",
    [
        # A tail with a verb of its own after the participle: a second act, dated by its own words.
        "The premier met business leaders in Korvik on Wednesday, anticipating that the harbour talks will continue on June 9.",
        # A second clause opened by "and" and its weekday.
        "The premier arrived in Korvik on Sunday, June 1, for a three-day visit to the harbour and on Monday, June 2, "
        "the two leaders signed the rail accord at the palace.",
    ],
)
def test_a_tail_reporting_an_act_of_its_own_is_still_drafted_apart(text: str) -> None:
    assert len(dated_pieces(text)) == 2


def test_the_commas_of_a_date_and_of_brackets_are_no_boundaries() -> None:
    text = "signed on Tuesday, June 3, 2025, three accords (June 5, 2025) more"
    assert inside_a_date_or_brackets(text, text.index(", June"), text.index(", June") + 2)
    assert inside_a_date_or_brackets(text, text.index(", 2025,"), text.index(", 2025,") + 2)
    assert inside_a_date_or_brackets(text, text.rindex(", 2025"), text.rindex(", 2025") + 2)
    assert not inside_a_date_or_brackets(text, text.index(", three"), text.index(", three") + 2)


def test_a_tail_telling_who_reported_the_head_is_still_cut_away() -> None:
    assert not tells_one_claim("The premier will visit Korvik next week", "the ministry said on Friday")


def test_an_aside_closed_by_the_comma_leaves_a_head_without_a_clause() -> None:
    assert tells_one_claim("The visit, which began on Tuesday", "followed a trip by the king to Norland in May")
    assert not tells_one_claim("The premier, who arrived on Tuesday, signed the accord", "and the king came in May")
