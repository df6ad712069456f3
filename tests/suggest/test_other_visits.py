"""A side's leader on a visit to a third country's capital gets no draft; the page's own visit keeps its drafts."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.other_visits import visit_elsewhere
from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences
from briefgen.suggest.third_parties import Sides, page_sides

_TITLE = "Philippines, Vietnam sign rice and coast guard deals"
_LEDE = "Philippine President Ferdinand Marcos Jr. arrived in Hanoi on Monday for talks with Vietnamese Prime Minister Pham Minh Chinh."


def _sides() -> Sides:
    return page_sides(_TITLE, _LEDE, [_LEDE])


def test_the_leader_in_a_third_capital_is_another_relation() -> None:
    assert visit_elsewhere("Marcos was on a visit to Tokyo for a summit in December 2023.", _sides())
    assert visit_elsewhere("The first meeting was in Tokyo hours after Marcos was sworn in.", _sides())


def test_the_other_side_named_keeps_the_sentence() -> None:
    assert not visit_elsewhere("Marcos flew to Tokyo after his talks with Chinh.", _sides())
    assert not visit_elsewhere("Marcos flew to Tokyo after his talks in Vietnam.", _sides())


def test_a_third_country_named_by_its_name_is_left_alone() -> None:
    assert not visit_elsewhere("Marcos will visit Japan next week.", _sides())


def test_a_third_capital_without_a_side_leader_is_left_alone() -> None:
    assert not visit_elsewhere("Kishida was on a visit to Canberra in December 2023.", _sides())


def test_the_drafts_leave_out_the_leaders_trip_elsewhere() -> None:
    body = "\n\n".join(
        [
            _LEDE,
            "Marcos was on a visit to Tokyo for a summit with 10 other leaders in December 2023.",
            "Marcos and Chinh signed two agreements on rice trade and coast guard cooperation.",
        ]
    )
    spans = drafted_spans(body, split_sentences(body), None, False, dt.date(2024, 1, 30), 2024, _TITLE)
    drafted = " ".join(span.text for _, span, _ in spans)
    assert "visit to Tokyo" not in drafted
    assert "signed two agreements on rice trade" in drafted
