"""A meeting's stated length is a figure in minutes or hours, read only where the words make it the meeting's."""

from __future__ import annotations

import pytest

from briefgen.suggest.meeting_lengths import meeting_lengths
from briefgen.suggest.values import find_values


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "The meeting lasted about 40 minutes.",
            {"metric": "talks-duration", "amount": "40", "approximate": "true", "unit": "minutes"},
        ),
        (
            "Their talks, which lasted more than two hours, ended without a statement.",
            {"metric": "talks-duration", "low": "2", "unit": "hours"},
        ),
    ],
)
def test_a_meeting_length_is_read_with_its_qualifier(sentence: str, fields: dict[str, str]) -> None:
    found = [v.as_fields() for v in find_values(sentence) if v.metric == "talks-duration"]
    assert found == [fields]


@pytest.mark.parametrize(
    "sentence",
    [
        "He arrived 40 minutes after the meeting began.",  # a time apart from the meeting
        "It is a 30-minute drive to the meeting venue.",
        "The summit lasted two days.",
        "The two-hour exercise followed the meeting.",
        "The agreement was struck at a 90-minute meeting in Manila.",  # a descriptor the labels do not agree on
    ],
)
def test_no_length_where_no_meeting_is_measured(sentence: str) -> None:
    assert meeting_lengths(sentence) == []


def test_leaders_who_met_for_hours_give_the_meeting_its_length() -> None:
    sentence = (  # intake_final64, thenationalnews
        "The two leaders met for about four hours on the outskirts of San Francisco, speaking on issues that have strained "
        "US-Chinese relations, and agreed to commit to closer communication."
    )
    assert [v.as_fields() for v in meeting_lengths(sentence)] == [
        {"metric": "talks-duration", "amount": "4", "approximate": "true", "unit": "hours"}
    ]
