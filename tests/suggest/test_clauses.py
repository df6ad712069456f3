"""One draft per dated event: sentences that date two events in two clauses, on invented reports."""

from __future__ import annotations

import pytest

from briefgen.suggest.dates import find_date
from briefgen.suggest.sentences import Sentence, quotable_span
from tests.suggest.clause_parts import THU_2025_06_05, dated_pieces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A comma splice: the meeting on the 3rd, the welcome and the invitation for the 4th.
        (
            "The ministers met in Korvik on June 3, the premier greeted her guest at the harbour and confirmed "
            "the invitation to open the Korvik Forum 2025 on June 4.",
            [
                ("The ministers met in Korvik on June 3, the premier greeted her guest at the harbour", "2025-06-03"),
                ("confirmed the invitation to open the Korvik Forum 2025 on June 4", "2025-06-04"),
            ],
        ),
        # A list of dated results after a comma: the background, then the accords and their months.
        (
            "Since the minister came to Norland in May 2016, ties have grown into a strategic partnership, "
            "accords including the customs treaty in March 2021 and the visa deal in April 2023.",
            [
                ("Since the minister came to Norland in May 2016, ties have grown into a strategic partnership", "2016-05"),
                ("accords including the customs treaty in March 2021 and the visa deal in April 2023", "2021-03"),
            ],
        ),
    ],
)
def test_a_sentence_dating_two_events_is_drafted_as_two(text: str, expected: list[tuple[str, str]]) -> None:
    assert dated_pieces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # One date, or two that are the same day: one event.
        "The two sides signed a grain accord on June 3 and agreed to meet again.",
        # Years alone date backgrounds more often than events.
        "Trade, which stood at $2 billion in 2019, reached $3 billion in 2024, officials said.",
        # A second date with no clause boundary before it belongs to the same clause.
        "The visit from June 3 to June 5 ends with a forum.",
        # Parts too short to stand as statements.
        "Talks began on June 3, ending June 4.",
    ],
)
def test_a_sentence_with_one_dated_event_stays_whole(text: str) -> None:
    assert [part for part, _ in dated_pieces(text)] == [quotable_span(Sentence(0, len(text), text, 0)).text]


def test_a_year_in_a_name_dates_nothing() -> None:
    found = find_date("She will speak at the Korvik Forum 2025 in Dubai on June 4.", THU_2025_06_05, future=True)
    assert found is not None and str(found[0]) == "2025-06-04"
    in_2024 = find_date("In 2024, the port handled more ships.", None, future=False)
    assert in_2024 is not None and str(in_2024[0]) == "2024"


def test_the_conjunction_opening_the_second_clause_is_left_out_of_its_quote() -> None:
    text = "The ministers agreed to open the rail link on 1 March 2026, as Norland will finish its checks in February 2026."
    assert [part for part, _ in dated_pieces(text)] == [
        "The ministers agreed to open the rail link on 1 March 2026",
        "Norland will finish its checks in February 2026",
    ]


def test_the_end_of_a_stay_does_not_cut_a_sentence_into_two_events() -> None:
    """ "arrived on June 2 …, on a visit that will last until June 6": one event, the arrival; not two drafts."""
    text = "The premier arrived in Korvik on June 2, on an official visit that will last until Friday, June 6, the agency said."
    assert [date for _, date in dated_pieces(text)] == ["2025-06-02"]


def test_a_span_s_start_does_not_cut_a_sentence_into_two_events() -> None:
    """ "Since May 2019 … six meetings, including the last one in early June": one count over a span, one draft."""
    text = "Since May 2019, the two premiers have held six meetings, including the last one in early June at the Korvik summit."
    assert [date for _, date in dated_pieces(text)] == ["2025-06"]


def test_a_tail_that_ranks_the_heads_occasion_takes_the_heads_day() -> None:
    text = (
        "The envoy is on a three-day visit to Norland that began Tuesday, her first trip abroad since she took up "
        "the post last October amid a dispute over the harbour treaty."
    )
    dates = [date for _, date in dated_pieces(text)]
    assert dates and all(date == "2025-06-03" for date in dates)


def test_a_tail_with_an_event_of_its_own_keeps_its_own_day() -> None:
    text = (
        "The envoy arrived in Norland on Tuesday to open the new consulate, "
        "the delegation then signed the harbour treaty in Korvik on May 20."
    )
    assert [date for _, date in dated_pieces(text)] == ["2025-06-03", "2025-05-20"]


def test_a_stay_holding_the_heads_day_does_not_cut_a_sentence_into_two_events() -> None:
    """ "left on Wednesday, concluding her visit from June 3 to 5": one occasion, dated by the departure."""
    text = (
        "The premier left Korvik on Wednesday afternoon, concluding her state visit to Ostland from June 3 to 5, "
        "made at the invitation of President Dalen."
    )
    assert [date for _, date in dated_pieces(text)] == ["2025-06-04"]


@pytest.mark.parametrize(
    "text",
    [
        # Invented, in the form of round 82's ninth date sample: a plan, then more of what its talks will cover.
        "The minister will visit Norland on Saturday for talks on the rail link, and the talks are likely to cover the "
        "tariffs, as well as Tuesday's flooding in the border towns and customs co-operation.",
        "The premier will host her guest on Saturday for a working dinner at the harbour, along with Monday's winners "
        "of the regional prize for innovation.",
    ],
)
def test_a_tail_adding_to_the_heads_list_does_not_cut_a_sentence_into_two_events(text: str) -> None:
    assert [part for part, _ in dated_pieces(text)] == [quotable_span(Sentence(0, len(text), text, 0)).text]


@pytest.mark.parametrize(
    "text",
    [
        # Invented, in the form of round 84's tenth date sample: the head's meeting, then how near it is to another.
        "The Norland cabinet is set to meet virtually on Saturday, just ahead of the anticipated visit by the Korvik "
        "foreign minister to the capital next Wednesday.",
        "The two ministers signed the fisheries accord on Monday, shortly after the customs talks in the harbour town on Sunday evening.",
    ],
)
def test_a_tail_telling_how_near_another_occasion_is_does_not_cut_a_sentence(text: str) -> None:
    assert [part for part, _ in dated_pieces(text)] == [quotable_span(Sentence(0, len(text), text, 0)).text]


def test_a_tail_with_a_verb_after_a_word_of_nearness_still_cuts() -> None:
    text = "The ministers met in Korvik on June 3, and just days later the premier signed the customs treaty on June 4."
    assert [date for _, date in dated_pieces(text)] == ["2025-06-03", "2025-06-04"]
