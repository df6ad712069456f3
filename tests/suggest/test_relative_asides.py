"""Dates in a ", who …" aside give way to the date of the sentence's own act, on invented reports."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.clauses import dated_parts
from briefgen.suggest.dates import find_date
from briefgen.suggest.relative_asides import aside_spans, in_one_aside
from briefgen.suggest.sentences import Sentence, quotable_span

WED_2025_05_14 = dt.date(2025, 5, 14)


def _date(text: str, *, future: bool = False) -> str | None:
    found = find_date(text, WED_2025_05_14, future=future)
    return str(found[0]) if found else None


def _parts(text: str) -> list[str]:
    sentence = Sentence(0, len(text), text, 0)
    return [span.text for span, _ in dated_parts(sentence, quotable_span(sentence), WED_2025_05_14, None)]


def test_an_aside_runs_to_its_closing_comma_or_the_end() -> None:
    text = "Halvorsen, who was sworn in a month ago, met the envoy, whose talks pleased the traders"
    assert [text[a:b] for a, b in aside_spans(text)] == [", who was sworn in a month ago", ", whose talks pleased the traders"]


def test_a_comma_straight_after_the_pronoun_opens_the_aside() -> None:
    text = "On May 12, Berg answered the envoy, who, during the Korvik Forum in February, criticized the tariffs."
    assert [text[a:b] for a, b in aside_spans(text)] == [", who, during the Korvik Forum in February"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The aside tells when another event is due; the invitation names the summit's month.
        ("Berg, who is scheduled to attend a forum in Korvik later this week, invited Lund to the Norland summit in October.", "2024-10"),
        # The aside recalls a speech; the answer is the sentence's act.
        ("On May 12, Berg answered the envoy, who, during the Korvik Forum in February, criticized the tariffs.", "2025-05-12"),
        # The aside tells when the guest arrived; the talks are the sentence's act.
        ("Berg held talks on Tuesday with Lund, who arrived in Korvik on Sunday.", "2025-05-13"),
    ],
)
def test_the_asides_dates_give_way_to_the_acts(text: str, expected: str) -> None:
    assert _date(text) == expected


def test_an_aside_with_the_only_date_keeps_it() -> None:
    assert _date("The ministers welcomed Lund, who arrived in Korvik on Monday.") == "2025-05-12"


def test_a_which_aside_still_dates_the_occasion_it_describes() -> None:
    text = "Lund will be in Korvik for the Norland Forum 2025 Summit, which will take place between Thursday and Saturday."
    assert aside_spans(text) == []


def test_a_span_bound_outside_the_aside_does_not_date_the_act() -> None:
    assert _date("Since 2015 the premier has hosted Lund, who last year opened a plant in Korvik.") == "2024"


def test_one_date_in_an_aside_and_one_outside() -> None:
    text = "Halvorsen, who was sworn in a month ago, will meet the envoy on Friday."
    assert in_one_aside(text, text.index("a month ago"), text.index("on Friday"))
    assert not in_one_aside(text, text.index("Halvorsen"), text.index("on Friday"))


def test_a_sentence_whose_first_date_is_an_asides_is_not_cut_in_two() -> None:
    text = (
        "Halvorsen, who was sworn in for a second term in March, met the Norland premier, Lund, "
        "and other leaders during the visit to Korvik on Monday, officials said."
    )
    assert len(_parts(text)) == 1
    assert _date(text) == "2025-05-12"


def test_two_dated_clauses_with_no_aside_are_still_cut() -> None:
    text = "The ministers met in Korvik on May 3, the premier greeted her guest at the harbour and signed the accord on May 5."
    assert len(_parts(text)) == 2


def test_a_coarser_date_outside_leaves_the_asides_finer_one() -> None:
    text = (  # intake_final18, thedailystar
        'Modi and Muizzu, who is on his first state visit to India after coming to power on an "India out campaign" '
        "in September last year, held talks, jointly inaugurated the new runway at the Hanimadhoo International Airport "
        "and agreed to further strengthen bilateral relations lifting them from a rocky patch last year."
    )
    found = find_date(text, dt.date(2024, 10, 7), future=False)
    assert found is not None
    assert str(found[0]) == "2023-09"
